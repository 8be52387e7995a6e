// Electronegativity over the app's sources (`npm run test:security`, part of `npm test`). Fails on any
// HIGH or MEDIUM finding, and on any `eng-disable` comment that does not give its reason on the same
// line (`// eng-disable CHECK_ID -- why this is safe`). The scanner runs offline: its HTTP client is
// replaced by one that refuses, and the check that downloads Electron's release list is left out.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'src');
const require = createRequire(import.meta.url);
const scannerDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const scannerRequire = createRequire(join(scannerDir, 'dist/runner.js'));
const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// No network from the test command: every request the scanner tries fails at once, as it would offline.
const gotPath = scannerRequire.resolve('got');
const refuse = () => Promise.reject(new Error('offline'));
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(refuse, { get: refuse }) };

const silence = console.log;
console.log = () => undefined; // The scanner reports its offline translation fallback on stdout.
await scannerRequire('./locales/i18n.js')();
const { issues, errors } = await scannerRequire('./runner.js')(
  {
    input,
    isRelative: true,
    isSarif: false,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    severitySet: undefined,
    confidenceSet: undefined,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: devDependencies.electron.replace(/^[^\d]*/, ''),
    parserPlugins: []
  },
  false
);
console.log = silence;

const failures = [];
for (const issue of issues) {
  const line = `${issue.file}:${issue.location.line}`;
  if (issue.severity.value >= 2) failures.push(`${issue.severity.name} ${issue.id} at src/${line}: ${issue.description}`);
  else console.log(`  note: ${issue.severity.name} ${issue.id} at src/${line}`);
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js|mjs|svelte|html)$/.test(entry.name)) yield path;
  }
}

let justified = 0;
for (const file of sourceFiles(input)) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!/eng-disable/.test(text)) return;
      const where = `${relative(root, file)}:${index + 1}`;
      if (index === 0) failures.push(`${where}: a whole-file eng-disable is not allowed; disable the check on the finding's line`);
      else if (!/eng-disable[ \t]+[\w \t]+--[ \t]*\S.{9,}/.test(text)) failures.push(`${where}: eng-disable without a reason (“-- why”)`);
      else justified += 1;
    });
}

for (const error of errors ?? []) failures.push(`could not parse ${error.file}: ${error.message ?? error}`);

if (failures.length > 0) {
  console.error(`Electronegativity: ${failures.length} problem(s)\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log(`Electronegativity: no high or medium finding in src/ (${justified} justified exception(s)).`);

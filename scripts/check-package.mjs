// Packaging check (`npm run test:package`, part of `npm test`): assembles the app's ASAR from the same
// file list electron-builder uses (electron-builder.yml's `files` and `asarUnpack`, its default
// exclusions, and the production dependency tree) with @electron/asar, then asserts what is inside.
// What it cannot do here: rebuild better-sqlite3 for Electron's ABI and produce the real installers;
// both need Electron's downloads (see the README, "Build installers").
import { createPackageFromFiles, listPackage, statFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The glob library electron-builder itself matches `files` with, so both read the patterns alike.
const { Minimatch } = createRequire(require.resolve('app-builder-lib/package.json'))('minimatch');
const { excludedExts, excludedNames } = require('app-builder-lib/out/fileMatcher');

/** Budget for the app (ASAR plus unpacked files), so a stray dependency or asset shows up at once. */
const SIZE_BUDGET_BYTES = 10 * 1024 * 1024;

const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const toPosix = (path) => path.split(sep).join('/');
const glob = (pattern) => new Minimatch(pattern, { dot: true });

if (!existsSync(join(root, 'out/main/index.js'))) {
  const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit'
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// electron-builder's own exclusions, added to the configured patterns.
const defaultExclusions = [
  `**/*.{${excludedExts},pdb}`,
  '**/._*',
  '**/electron-builder.{yaml,yml,json,json5,toml,ts}',
  `**/{${excludedNames}}`,
  `${config.directories?.buildResources ?? 'build'}{,/**/*}`,
  `${config.directories?.output ?? 'dist'}{,/**/*}`
].map(glob);
const patterns = config.files.map((pattern) => ({ exclude: pattern.startsWith('!'), glob: glob(pattern.replace(/^!/, '')) }));

/** Last matching pattern wins; node_modules files start included (the dependency walker chose them). */
function selected(path, includedByDefault) {
  let included = includedByDefault;
  for (const pattern of patterns) if (pattern.glob.match(path)) included = !pattern.exclude;
  return included && !defaultExclusions.some((exclusion) => exclusion.match(path));
}

function* walk(dir, skip = () => false) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(entry.name, path)) continue;
    if (entry.isDirectory()) yield* walk(path, skip);
    else yield path;
  }
}

// 1. The app's own files.
const appFiles = [...walk(root, (name, path) => dirname(path) === root && ['node_modules', '.git'].includes(name))].filter((file) =>
  selected(toPosix(relative(root, file)), false)
);

// 2. Production dependencies (dependencies and optionalDependencies, recursively), with the files
//    electron-builder's node-module copier leaves out.
const moduleExcludedFiles = new Set([
  'CHANGELOG.md',
  'ChangeLog',
  'changelog.md',
  'Changelog.md',
  'Changelog',
  'binding.gyp',
  'node_gyp_bins',
  ...excludedNames.split(',')
]);
const moduleTopLevelExcluded = new Set([
  'karma.conf.js',
  '.coveralls.yml',
  'README.md',
  'readme.markdown',
  'README',
  'readme.md',
  'Readme.md',
  'Readme',
  'readme',
  'test',
  'tests',
  '__tests__',
  'powered-test',
  'example',
  'examples',
  '.bin'
]);
function packageDir(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir)
      throw new Error(`Production dependency ${name} is not installed (needed by ${relative(root, from) || 'the app'})`);
  }
}
const modules = new Map();
(function collect(from, manifest) {
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
    let dir;
    try {
      dir = packageDir(name, from);
    } catch (error) {
      if (manifest.optionalDependencies?.[name]) continue;
      throw error;
    }
    if (modules.has(dir)) continue;
    modules.set(dir, name);
    collect(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
  }
})(root, pkg);
const moduleFiles = [];
for (const dir of modules.keys()) {
  for (const file of walk(dir, (name, path) => {
    if (name === 'node_modules' || moduleExcludedFiles.has(name) || name.startsWith('._')) return true;
    if (dirname(path) === dir && moduleTopLevelExcluded.has(name)) return true;
    if (path.endsWith(`Release${sep}${name}`) && (name === '.deps' || name === 'obj.target')) return true;
    return dirname(path).endsWith('build') && (name === 'Makefile' || /\.(mk|gypi|Makefile)$/.test(name));
  })) {
    if (!lstatSync(file).isSymbolicLink() && selected(toPosix(relative(root, file)), true)) moduleFiles.push(file);
  }
}

// 3. The ASAR itself.
const staging = mkdtempSync(join(tmpdir(), 'caio-path-asar-'));
const archive = join(staging, 'app.asar');
const failures = [];
let files = [];
const check = (ok, message) => ok || failures.push(message);
try {
  files = [...appFiles, ...moduleFiles].sort();
  const unpack = config.asarUnpack.length === 1 ? config.asarUnpack[0] : `{${config.asarUnpack.join(',')}}`;
  await createPackageFromFiles(root, archive, files, undefined, { unpack });
  const inside = new Set(listPackage(archive, { isPack: false }).map((path) => path.replace(/\\/g, '/').replace(/^\//, '')));
  const has = (path) => inside.has(path);

  // Entries: the package's main, browser mode, preload, renderer, icon.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const main = manifest.main.replace(/^\.\//, '');
  for (const entry of [
    main,
    'out/main/browser.js',
    'out/preload/index.js',
    'out/renderer/index.html',
    'resources/icon.png',
    'package.json'
  ]) {
    check(has(entry), `missing ${entry}`);
  }
  check(
    [...inside].some((path) => /^out\/renderer\/assets\/index-[\w-]+\.js$/.test(path)),
    'missing the renderer’s script'
  );
  check(
    [...inside].some((path) => /^out\/main\/.*\.js$/.test(path) && readFileSync(join(root, path), 'utf8').includes('resources/icon.png')),
    'the main process does not reference the packaged icon'
  );

  // Every module the built main process loads at run time is packed.
  const builtins = new Set([...builtinModules, 'electron']);
  for (const file of [...inside].filter((path) => /^out\/main\/.*\.js$/.test(path))) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:require|import)\(["']([^"'./][^"']*)["']\)/g)) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (builtins.has(name) || name.startsWith('node:')) continue;
      check(has(`node_modules/${name}/package.json`), `${file} loads ${name}, which is not in the package`);
    }
  }

  // better-sqlite3's native driver is unpacked next to the ASAR, where Electron can load it.
  const driver = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  check(has(driver), `missing ${driver}`);
  if (has(driver)) {
    check(statFile(archive, driver).unpacked === true, `${driver} is inside the ASAR instead of unpacked`);
    check(existsSync(join(`${archive}.unpacked`, driver)), `${driver} is not in app.asar.unpacked`);
  }
  check(has('node_modules/better-sqlite3/lib/index.js'), 'missing better-sqlite3’s JavaScript');

  // Nothing that should stay on the developer's machine.
  const shipped = [...inside];
  const forbidden = [
    [/\.map$/, 'a source map'],
    [/(^|\/)(tests?|__tests__)\//, 'a test folder'],
    [/\.(test|spec)\.[cm]?[jt]s$/, 'a test file'],
    [/(^|\/)test_extension\.node$/, 'a test binary'],
    [/^(src|tests|bench|scripts|docs)\//, 'project sources'],
    [/(^|\/)\.env/, 'an environment file'],
    [/\.db(-wal|-shm)?$/, 'a database']
  ];
  for (const [pattern, what] of forbidden) {
    const found = shipped.filter((path) => pattern.test(path) && statFile(archive, path).files === undefined);
    check(found.length === 0, `${what} is packaged: ${found.slice(0, 3).join(', ')}`);
  }

  const unpackedBytes = [...walk(`${archive}.unpacked`)].reduce((total, file) => total + statSync(file).size, 0);
  const total = statSync(archive).size + unpackedBytes;
  check(
    total <= SIZE_BUDGET_BYTES,
    `the app weighs ${(total / 1048576).toFixed(1)} MiB, over its ${SIZE_BUDGET_BYTES / 1048576} MiB budget`
  );

  if (process.argv.includes('--verbose') || failures.length > 0) {
    // Where the bytes go, largest first: the first place to look when the budget is exceeded.
    const sizes = new Map();
    for (const file of files) {
      const path = toPosix(relative(root, file));
      const inModule = `/${path}`.split('/node_modules/').at(-1);
      const key = path.startsWith('node_modules/')
        ? inModule
            .split('/')
            .slice(0, inModule.startsWith('@') ? 2 : 1)
            .join('/')
        : path.split('/')[0];
      sizes.set(key, (sizes.get(key) ?? 0) + statSync(file).size);
    }
    for (const [key, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${(bytes / 1024).toFixed(0).padStart(8)} KiB  ${key}`);
  }
  if (failures.length === 0) {
    const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
    console.log(
      `Packaging check: app.asar holds ${inside.size} entries from ${appFiles.length} app files and ${modules.size} production packages; ` +
        `${mib(statSync(archive).size)} packed + ${mib(unpackedBytes)} unpacked = ${mib(total)} (budget ${mib(SIZE_BUDGET_BYTES)}).`
    );
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`Packaging check failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}

// Packaging check (`npm run test:package`, part of `npm test`): assembles the app's ASAR from the same
// file list electron-builder uses (electron-builder.yml's `files` and `asarUnpack`, its default
// exclusions, and the production dependency tree) with @electron/asar, then asserts what is inside.
// What it cannot do here: rebuild better-sqlite3 for Electron's ABI and produce the real installers;
// both need Electron's downloads (see the README, "Build installers").
import { createPackageFromFiles, listPackage, statFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { packageFiles, toPosix, walk } from './package-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Budget for the app (ASAR plus unpacked files), so a stray dependency or asset shows up at once. */
const SIZE_BUDGET_BYTES = 10 * 1024 * 1024;

const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));

if (!existsSync(join(root, 'out/main/index.js'))) {
  const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit'
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { appFiles, moduleFiles, modules } = packageFiles(root, config);

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

// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the Node build that
// tests and browser mode use untouched. Needs Electron's headers, so it runs only on the desktop
// start and packaging paths, never during `npm install`.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const target = join(root, '.electron-native');
const marker = join(target, `electron-${electronVersion}`);

if (existsSync(marker) && existsSync(join(target, 'better_sqlite3.node'))) process.exit(0);

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(target, 'build-tree');
rmSync(work, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) });

const gyp = join(dirname(require.resolve('node-gyp/package.json')), 'bin/node-gyp.js');
const result = spawnSync(
  process.execPath,
  [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
  { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } }
);
if (result.status !== 0) {
  console.error('Could not build better-sqlite3 for Electron (Electron headers are needed).');
  process.exit(1);
}
cpSync(join(work, 'build/Release/better_sqlite3.node'), join(target, 'better_sqlite3.node'));
cpSync(join(work, 'package.json'), marker);
rmSync(work, { recursive: true, force: true });

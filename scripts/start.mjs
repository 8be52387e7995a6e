// `npm start`: the desktop app when Electron's binary is available, browser mode otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// --help and --version are answered by browser mode's entry, without starting Electron or a server.
const answersOnly = args.some((arg) => ['--help', '-h', '--version', '-v'].includes(arg));
const forceBrowser = args.includes('--browser') || answersOnly;
const passThrough = args.filter((arg) => arg !== '--browser');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt() {
  const built = join(root, 'out/main/browser.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(root, 'src'))) return;
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit'
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** Browser mode; `reason` (package, binary or native) makes it say, in the user's language, why. */
function startBrowser(reason) {
  const explain = reason ? ['--electron-missing', reason] : [];
  run(process.execPath, [join(root, 'out/main/browser.js'), ...explain, ...passThrough]);
}

ensureBuilt();
if (forceBrowser) {
  startBrowser();
} else {
  let electron = findElectronBinary();
  if (!electron.path && !process.env.CI) {
    // Electron downloads its binary lazily; give it one quiet chance before falling back.
    spawnSync(process.execPath, [join(electronPackageDir(), 'install.js')], { stdio: 'ignore', timeout: 120_000 });
    electron = findElectronBinary();
  }
  if (!electron.path) {
    startBrowser(electron.reason);
  } else {
    const native = spawnSync(process.execPath, [join(root, 'scripts/rebuild-native.mjs'), '--for-start'], {
      cwd: root,
      stdio: 'inherit'
    });
    if (native.status !== 0) startBrowser('native');
    else
      run(electron.path, ['.', ...passThrough], {
        ...process.env,
        CAIO_PATH_SQLITE_BINDING: join(root, '.electron-native/better_sqlite3.node')
      });
  }
}

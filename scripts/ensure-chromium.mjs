// Makes sure the end-to-end tests have a Chromium, installing Debian's when it can.
import { spawnSync } from 'node:child_process';
import chromium from './chromium.cjs';

const found = chromium.findChromium();
if (found) {
  process.exit(0);
}
if (process.env.CAIO_PATH_CHROMIUM) {
  console.error(`CAIO_PATH_CHROMIUM points to ${process.env.CAIO_PATH_CHROMIUM}, which does not exist.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('No Chromium found for the end-to-end tests; installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && chromium.findChromium()) process.exit(0);
}
console.error(
  'No Chromium was found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CAIO_PATH_CHROMIUM to its path.'
);
process.exit(1);

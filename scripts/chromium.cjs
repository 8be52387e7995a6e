// Where the end-to-end tests find a Chromium: a configured path, the system's, or Playwright's cache.
const { existsSync, readdirSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name.startsWith('chromium'))
    .flatMap((name) => [join(root, name, 'chrome-linux', 'chrome'), join(root, name, 'chrome-linux64', 'chrome')]);
}

/** @returns {string | undefined} */
function findChromium() {
  const configured = process.env.CAIO_PATH_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : undefined;
  return [...SYSTEM_PATHS, ...playwrightCache()].find((path) => existsSync(path));
}

module.exports = { findChromium };

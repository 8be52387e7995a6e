/**
 * Browser figures: time to an interactive dashboard, status change to re-render, and JS heap, each
 * next to a baseline measured in the same run. Drives Debian's Chromium against the real server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../scripts/chromium.cjs';
import { kb, ms, ratio, row } from './stats';
import { SECURITY_HEADERS } from '../src/main/server/security-headers';
import { REQUEST_PATH } from '../src/shared/transport';

const ROOT = join(__dirname, '..');

export async function startAppServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/browser.js'), '--no-browser', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'en_GB.UTF-8' }
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
  return { url, child };
}

/**
 * Serves a folder of static files on 127.0.0.1, for the bare Svelte baseline page; with `appHeaders`,
 * with the security headers the app's own pages are served with.
 */
export async function serveStatic(dir: string, appHeaders = false): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = request.url === '/' ? '/index.html' : (request.url ?? '/');
    readFile(join(dir, path.split('?')[0]!))
      .then((body) => {
        response.writeHead(200, {
          ...(appHeaders ? SECURITY_HEADERS : {}),
          'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'text/html'
        });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Headless Chromium builds the address bar's WebUI popup for every new tab (hundreds of
      // chrome:// requests while the page loads); a desktop window of the app has no address bar.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'
    ]
  });
}

/**
 * Records, inside the page, the first animation frame in which `selector` matches a visible element
 * (as an epoch time in `window.__shownAt`). Playwright's own waiting polls with a growing back-off
 * (0, 20, 50, 100, 100, 500 ms…), which would round every figure up to its next poll.
 */
function watchFor(selector: string): string {
  // Source text: the bench runs through tsx, whose helpers do not exist inside the page.
  return `(() => {
    const check = () => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (element && element.checkVisibility()) window.__shownAt = performance.timeOrigin + performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`;
}

/** One fresh load of `url`: from asking for the page to the frame that shows `selector`. */
async function loadTime(browser: Browser, url: string, selector: string): Promise<number> {
  const page = await browser.newPage();
  await page.addInitScript(watchFor(selector));
  const start = Date.now();
  await page.goto(url);
  // Functions, not text, here: the app's CSP refuses text evaluated as code.
  const shown = await page.waitForFunction(() => Reflect.get(globalThis, '__shownAt') as number | undefined);
  const shownAt = (await shown.jsonValue()) as number;
  await page.close();
  // The next load starts with the machine at rest, not while this tab's process is torn down.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return shownAt - start;
}

const median = (samples: number[]) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/** Median of `runs` timings of a fresh page load until `selector` is visible. */
export async function timeToVisible(browser: Browser, url: string, selector: string, runs = 7): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await loadTime(browser, url, selector));
  return median(samples);
}

/** A page load to time: its address and what shows it is ready. */
export interface Load {
  url: string;
  selector: string;
}

/** The plan screen's address (`#plan`) and its first milestone row. */
export const planLoad = (url: string): Load => ({ url: `${url}#plan`, selector: '[role="row"][aria-level="2"]' });

/**
 * Median of `runs` fresh loads of each page, taken in turns (one of each, then again): the machine's
 * pace drifts over a run, and figures compared with each other should each see the same drift.
 */
export async function timeInTurns<K extends string>(browser: Browser, loads: Record<K, Load>, runs = 9): Promise<Record<K, number>> {
  const names = Object.keys(loads) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let run = 0; run < runs; run += 1) {
    for (const name of names) samples[name].push(await loadTime(browser, loads[name].url, loads[name].selector));
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<K, number>;
}

/** Counts the requests the page sends to the server (one HTTP request each). */
export function countRequests(page: Page): { count: () => number; reset: () => void } {
  let sent = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === REQUEST_PATH) sent += 1;
  });
  return { count: () => sent, reset: () => (sent = 0) };
}

/**
 * Median time from choosing the other language in Settings to the navigation showing it, with a
 * plan loaded; the radio is clicked inside the page so only the app's own work is timed.
 */
export async function languageSwitchTime(page: Page, runs = 6): Promise<number> {
  // Animation frames only run in the page in front.
  await page.bringToFront();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const [value, expected] = run % 2 === 0 ? ['fr', 'Tableau de bord'] : ['en', 'Dashboard'];
    const timing = (await page.evaluate(`new Promise((resolve) => {
      const input = document.querySelector('input[type="radio"][value=${JSON.stringify(value)}]');
      const nav = document.querySelector('nav button');
      const start = performance.now();
      input.click();
      // A switch that never shows is reported as such, not waited for forever.
      const check = () => {
        if (nav.textContent.trim() === ${JSON.stringify(expected)}) resolve(performance.now() - start);
        else if (performance.now() - start > 10000) resolve(Number.NaN);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })`)) as number;
    samples.push(timing);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

/** Used JS heap after a forced garbage collection. */
export async function heapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize;
}

/**
 * Times from a status shortcut on the first milestone to its row showing the new status, measured
 * inside the page: from the keydown to the moment the row's status text has changed and the page is
 * laid out with it (a mutation observer sees the change; reading the badge's box then lays the page
 * out). Done, then back to do, `pairs` times. Not to the next animation frame: where in a frame a
 * change lands is chance, a wait of anything up to 16.7 ms that is none of the app's work and that
 * swamped the difference between the two plans.
 */
async function statusChanges(page: Page, pairs: number): Promise<number[]> {
  await page.bringToFront();
  await page.locator('[role="row"][aria-level="2"]').first().focus();
  const samples: number[] = [];
  for (let run = 0; run < pairs * 2; run += 1) {
    const [key, expected] = run % 2 === 0 ? ['d', 'Done'] : ['r', 'To do'];
    // Passed as source text: the bench runs through tsx, whose helpers do not exist inside the page.
    const timing = (await page.evaluate(`new Promise((resolve) => {
      const element = document.activeElement;
      const shows = () => {
        const badge = element.querySelector('[class*="status-"]');
        return badge && badge.textContent === ${JSON.stringify(expected)} ? badge : undefined;
      };
      const observer = new MutationObserver(() => {
        const badge = shows();
        if (!badge) return;
        badge.getBoundingClientRect();
        observer.disconnect();
        resolve(performance.now() - start);
      });
      observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
      const start = performance.now();
      element.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }));
      // A change that never shows is reported as such, not waited for forever.
      setTimeout(() => {
        observer.disconnect();
        resolve(Number.NaN);
      }, 10000);
    })`)) as number;
    samples.push(timing);
  }
  return samples;
}

/**
 * Rounds of status changes (a pair each: done, then back to do) per page: enough changes that the
 * median settles (a change also waits on main's answer, which shares the machine with the browser).
 */
export const STATUS_ROUNDS = 20;

/**
 * Median status-change time on each page, the pages taking turns (a pair of changes each), once both
 * are idle: what one page does in the background then weighs on both figures alike.
 */
export async function statusChangeTimes<K extends string>(pages: Record<K, Page>, rounds = STATUS_ROUNDS): Promise<Record<K, number>> {
  const names = Object.keys(pages) as K[];
  for (const name of names) await pages[name].waitForLoadState('networkidle');
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names) samples[name].push(...(await statusChanges(pages[name], 1)));
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<K, number>;
}

export { kb, ms, ratio, row };

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const ROOT = join(__dirname, '..', '..');

/** The real browser-mode server (built app, real SQLite file) on a fresh data folder. */
export class AppServer {
  private child: ChildProcess | undefined;
  url = '';
  restarted = false;

  /** `clock`: the date and time the server's clock starts at (CAIO_PATH_CLOCK), for tests that set today. */
  constructor(
    readonly dataDir: string,
    public clock?: string
  ) {}

  get origin(): string {
    return new URL(this.url).origin;
  }

  get token(): string {
    return new URL(this.url).searchParams.get('token') ?? '';
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [join(ROOT, 'out/main/browser.js'), '--no-browser', '--data-dir', this.dataDir], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'en_GB.UTF-8', ...(this.clock ? { CAIO_PATH_CLOCK: this.clock } : {}) },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    this.child = child;
    let output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`Server exited with ${code}:\n${output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = undefined;
  }

  /**
   * Sends requests to the running app as its page would (token and all), one after the other: to
   * fill a plan with more milestones than a test would type. Fails on any error answer.
   */
  async call(messages: { channel: string; input?: unknown }[]): Promise<unknown[]> {
    const answers: unknown[] = [];
    for (const message of messages) {
      const response = await fetch(`${this.origin}/api/request`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-caio-token': this.token },
        body: JSON.stringify(message)
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!result.ok) throw new Error(`A request failed: ${JSON.stringify(result.error)}`);
      answers.push(result.value);
    }
    return answers;
  }

  /** Quits and starts again on the same data folder, as a person closing and reopening the app. */
  async restart(): Promise<void> {
    this.restarted = true;
    await this.stop();
    await this.start();
  }
}

/** Page object for the app shell and its screens. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly server: AppServer
  ) {}

  /** Opens the app; on a first run the wizard is skipped unless `wizard` is asked for. */
  async open(options: { wizard?: boolean } = {}): Promise<void> {
    await this.page.goto(this.server.url);
    const heading = this.page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    if (options.wizard) return;
    const skip = this.page.getByRole('button', { name: /Skip and build my plan by hand|Passer et construire mon plan moi-même/ });
    if (await skip.isVisible()) await skip.click();
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }

  wizardNext() {
    return this.page.getByRole('button', { name: /^(Start|Next|Commencer|Suivant)$/ }).click();
  }

  nav(name: string | RegExp) {
    return this.page.getByRole('navigation').getByRole('button', { name });
  }

  async go(name: string | RegExp): Promise<void> {
    await this.nav(name).click();
    await expect(this.nav(name)).toHaveAttribute('aria-current', 'page');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Opens the plan menu (switch, new plan, rename, duplicate, archive, delete) unless it is open. */
  async openPlanMenu(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'Plans', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Creates a plan: from the form shown when there is none yet, else from the plan menu. */
  async createPlan(name: string): Promise<void> {
    const field = this.page.getByLabel(/Name of the new plan|Nom du nouveau plan/);
    // The screen shows the form once it knows there is no plan, else the plan menu's button: wait for one.
    await expect(field.or(this.page.getByRole('button', { name: 'Plans', exact: true })).first()).toBeVisible();
    if (!(await field.isVisible())) await this.openPlanMenu();
    await field.fill(name);
    await this.page.getByRole('button', { name: /Create plan|Créer le plan/ }).click();
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async addMilestone(title: string, options: { stage?: string; kind?: string; due?: string } = {}): Promise<void> {
    const form = this.page.locator('form.add-milestone');
    await form.getByLabel(/Milestone title|Intitulé/).fill(title);
    if (options.stage) await form.getByLabel(/^(Stage|Phase)$/).selectOption({ label: options.stage });
    if (options.kind) await form.getByLabel(/^(Kind|Type)$/).selectOption({ label: options.kind });
    if (options.due) await form.getByLabel(/Due date|Échéance/).fill(options.due);
    await form.getByRole('button', { name: /^(Add|Ajouter)$/ }).click();
    await expect(this.milestone(title)).toBeVisible();
    await expect(form.getByLabel(/Milestone title|Intitulé/)).toHaveValue('');
  }

  /** Moves keyboard focus to a milestone's row, as Tab and the arrow keys would. */
  async focusRow(title: string): Promise<void> {
    const grid = this.page.getByRole('treegrid');
    await grid.getByRole('row').first().focus();
    for (let step = 0; step < 60; step += 1) {
      const focused = this.page.locator('[role="row"]:focus');
      if (((await focused.textContent()) ?? '').includes(title)) return;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`No row titled ${title}`);
  }

  /** Types in the plan's search box, as a person looks for a milestone in a long list. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('search').getByRole('searchbox').fill(text);
  }

  /**
   * A picture of the whole page as a person scrolling it sees it: the window is made as tall as the
   * page first, because the plan list paints only the rows near the window (content-visibility).
   */
  async screenshotWhole(path: string): Promise<void> {
    // The README's pictures are taken on request (SCREENSHOTS=1): a test run leaves the tree as it was.
    if (!process.env.SCREENSHOTS) return;
    const before = this.page.viewportSize()!;
    const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
    await this.page.setViewportSize({ width: before.width, height: Math.max(before.height, height) });
    await this.page.screenshot({ path, fullPage: true });
    await this.page.setViewportSize(before);
  }

  /** The due date a milestone's row shows, as written on screen after `due` (“Due ”, « Échéance : »). */
  async dueOf(title: string, due: string): Promise<string> {
    const text = (await this.milestone(title).textContent()) ?? '';
    const at = text.indexOf(due);
    expect(at, `${title} shows a due date in “${text}”`).toBeGreaterThanOrEqual(0);
    return /^\d{1,2}(er)? \S+ \d{4}/.exec(text.slice(at + due.length))![0];
  }

  /** A milestone's row in the plan list. */
  milestone(title: string) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('row').filter({ has: this.page.locator('.milestone-title', { hasText: new RegExp(`^${escaped}`) }) });
  }
}

interface Fixtures {
  server: AppServer;
  app: AppPage;
}

interface Options {
  /** A local date and time (`2026-12-07T10:00:00`) both the server and the page take as now; unset, the real time. */
  clock: string | undefined;
}

export const test = base.extend<Fixtures & Options>({
  clock: [undefined, { option: true }],
  server: async ({ clock }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caio-path-e2e-'));
    const server = new AppServer(dataDir, clock);
    await server.start();
    await use(server);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, server, clock }, use) => {
    if (clock) await page.clock.setFixedTime(new Date(clock));
    // Offline proof: any request that is not to the app's own local server is recorded and blocked.
    const foreign: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin)) await route.continue();
      else {
        foreign.push(url);
        await route.abort();
      }
    });
    const problems: string[] = [];
    page.on('console', (message) => {
      // A restart cuts the old page's event stream; that page is then left for the new address.
      const cutByRestart = server.restarted && /net::ERR_(INCOMPLETE_CHUNKED_ENCODING|CONNECTION_REFUSED)/.test(message.text());
      if (message.type() === 'error' && !cutByRestart) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await use(new AppPage(page, server));
    expect(foreign, 'requests that left the machine').toEqual([]);
    expect(problems, 'console errors (CSP violations included)').toEqual([]);
  }
});

export { expect };

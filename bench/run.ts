/**
 * `npm run bench`: figures for the plans people have (300 milestones, the yardstick) and a stress line
 * of 10,000, each next to a baseline measured in the same run (raw better-sqlite3, a bare Svelte page
 * built the same way, a plan of 10 milestones). Prints; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser, Page } from '@playwright/test';
import { createCore } from '../src/main/core';
import { createMilestoneRepository, LIST_BY_PLAN_SQL, type NewMilestone } from '../src/main/repositories/milestone-repository';
import { MILESTONE_KINDS, type PlanDetail } from '../src/shared/model';
import { kb, measure, measureAsync, ms, ratio, row } from './stats';
import {
  countRequests,
  heapBytes,
  languageSwitchTime,
  launch,
  serveStatic,
  startAppServer,
  statusChangeTimes,
  STATUS_ROUNDS,
  planLoad,
  timeInTurns
} from './browser';
import { benchSkills } from './skills';
import { benchBackup } from './data';

const ROOT = resolve(__dirname, '..');
/** The stress line: far more milestones than anyone plans. */
const MILESTONES = 10_000;
/** The yardstick: a long plan of the size people really keep. */
const YARDSTICK = 300;

async function seedPlan(count = MILESTONES) {
  const dataDir = mkdtempSync(join(tmpdir(), 'caio-path-bench-'));
  const core = createCore({ dataDir, mode: 'browser', version: 'bench' });
  await core.router.handle('settings:update', { language: 'en', theme: 'light' });
  await core.router.handle('onboarding:skip', undefined);
  const created = await core.router.handle('plans:create', { name: 'Bench plan' });
  if (!created.ok) throw new Error('could not create the bench plan');
  const { plan, stages } = created.value as PlanDetail;
  const rows: NewMilestone[] = Array.from({ length: count }, (_, index) => ({
    planId: plan.id,
    stageId: stages[index % stages.length]!.id,
    templateId: null,
    title: `Milestone ${index + 1}`,
    kind: MILESTONE_KINDS[index % MILESTONE_KINDS.length]!,
    status: index % 3 === 0 ? 'done' : 'todo',
    dueDate: `2027-${String((index % 12) + 1).padStart(2, '0')}-15`,
    duePinned: index % 7 === 0,
    completedDate: null,
    notes: index % 10 === 0 ? 'Some notes about this milestone.' : ''
  }));
  createMilestoneRepository(core.db).createMany(rows, new Date().toISOString());
  await core.router.handle('settings:update', { activePlanId: plan.id });
  return { core, dataDir, planId: plan.id };
}

/**
 * Re-planning (a pace change: every open planned milestone gets a new date, written in one
 * transaction, and the answer carries the rows that moved) next to reading the same plan's screen.
 */
async function benchReplan(lines: string[], count: number) {
  const { core, dataDir, planId } = await seedPlan(count);
  await core.router.handle('plans:get', { planId });
  const read = await measureAsync(20, () => core.router.handle('plans:get', { planId }));
  const replan = await measureAsync(20, (index) => core.router.handle('plans:setPace', { planId, hoursPerWeek: index % 2 === 0 ? 5 : 20 }));
  lines.push(row(`re-plan on a pace change (${count}) median`, ms(replan.median), ms(read.median), ratio(replan.median, read.median)));
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

async function benchData(lines: string[]) {
  await benchReplan(lines, YARDSTICK);
  await benchReplan(lines, MILESTONES);
  const { core, dataDir, planId } = await seedPlan();
  const ids = core.db.prepare<[number], number>('SELECT id FROM milestones WHERE plan_id = ?').pluck().all(planId);

  // The same SQL the repository runs; the difference is the router's validation, mapping and dispatch.
  const rawList = core.db.prepare(LIST_BY_PLAN_SQL);
  const raw = measure(30, () => rawList.all(planId));
  const routed = await measureAsync(30, () => core.router.handle('milestones:list', { planId }));
  lines.push(row(`router milestones:list (${MILESTONES}) median`, ms(routed.median), ms(raw.median), ratio(routed.median, raw.median)));
  lines.push(row(`router milestones:list (${MILESTONES}) p95`, ms(routed.p95), ms(raw.p95), ratio(routed.p95, raw.p95)));

  const rawUpdate = core.db.prepare('UPDATE milestones SET status = ?, updated_at = ? WHERE id = ?');
  const statuses = ['done', 'todo'] as const;
  const rawU = measure(300, (index) => rawUpdate.run(statuses[index % 2], new Date().toISOString(), ids[index % ids.length]));
  const routedU = await measureAsync(300, (index) =>
    core.router.handle('milestones:update', { milestoneId: ids[index % ids.length], status: statuses[(index + 1) % 2] })
  );
  lines.push(row('router milestones:update median', ms(routedU.median), ms(rawU.median), ratio(routedU.median, rawU.median)));
  lines.push(row('router milestones:update p95', ms(routedU.p95), ms(rawU.p95), ratio(routedU.p95, rawU.p95)));
  await benchBackup(lines, core, MILESTONES);
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Gzip size of the scripts index.html loads up front. */
function initialScriptBytes(outDir: string): number {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
  return [...scripts, ...preloads].reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0);
}

async function buildBaseline(): Promise<string> {
  const baselineOut = mkdtempSync(join(tmpdir(), 'caio-path-baseline-'));
  await build({
    root: join(ROOT, 'bench/baseline'),
    base: './',
    logLevel: 'silent',
    configFile: false,
    plugins: [svelte({ configFile: false })],
    build: { outDir: baselineOut, emptyOutDir: true }
  });
  return baselineOut;
}

function benchBundle(lines: string[], baselineOut: string) {
  const app = initialScriptBytes(join(ROOT, 'out/renderer'));
  const bare = initialScriptBytes(baselineOut);
  lines.push(row('initial renderer JS (gzip)', kb(app), kb(bare), ratio(app, bare)));
}

/** Seeds a plan, closes the database and serves it with the real browser-mode server. */
async function servePlan(count: number) {
  const { core, dataDir } = await seedPlan(count);
  core.close();
  const { url, child } = await startAppServer(dataDir);
  return {
    url,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** A plan's screen opened on its list in a fresh tab, ready for keys. */
async function openPlanPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
  await page.waitForSelector('[role="row"][aria-level="2"]');
  return page;
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.waitForSelector('input[type="radio"][value="fr"]');
}

async function benchRenderer(lines: string[], baselineOut: string) {
  const browser = await launch();
  // The bare page is served with the app's own security headers, as the app's pages are: their cost
  // (COOP's switch of browsing context group alone is some 70 ms per fresh tab) is then in both figures.
  const bare = await serveStatic(baselineOut, true);
  const plain = await serveStatic(baselineOut);
  const ordinary = await servePlan(YARDSTICK);
  const large = await servePlan(MILESTONES);
  const small = await servePlan(10);
  try {
    const times = await timeInTurns(browser, {
      bare: { url: bare.url, selector: 'button' },
      plain: { url: plain.url, selector: 'button' },
      dashboard: { url: ordinary.url, selector: '.hero.projection' },
      plan: planLoad(ordinary.url),
      largeDashboard: { url: large.url, selector: '.hero.projection' },
      largePlan: planLoad(large.url)
    });
    const { bare: bareTime, plain: plainTime } = times;
    lines.push(
      row(
        'bare Svelte page, served with the app’s headers',
        ms(bareTime),
        ms(plainTime),
        `${ratio(bareTime, plainTime)} (baseline: no headers)`
      )
    );
    lines.push(row(`dashboard interactive, ${YARDSTICK} milestones`, ms(times.dashboard), ms(bareTime), ratio(times.dashboard, bareTime)));
    lines.push(row(`plan screen interactive, ${YARDSTICK} milestones`, ms(times.plan), ms(bareTime), ratio(times.plan, bareTime)));

    const ordinaryPage = await openPlanPage(browser, ordinary.url);
    const largePage = await openPlanPage(browser, large.url);
    const smallPage = await openPlanPage(browser, small.url);
    // Counted once the page is idle: the requests of its start and its prefetching are not the changes'.
    await ordinaryPage.waitForLoadState('networkidle');
    const requests = countRequests(ordinaryPage);
    const changes = await statusChangeTimes({ ordinary: ordinaryPage, large: largePage, small: smallPage });
    // Let the last answers land before counting the status changes made on the 300-milestone plan.
    await ordinaryPage.waitForLoadState('networkidle');
    const perChange = requests.count() / (STATUS_ROUNDS * 2);
    lines.push(
      row(
        `status change → row re-rendered, ${YARDSTICK}`,
        ms(changes.ordinary),
        ms(changes.small),
        `${ratio(changes.ordinary, changes.small)} (baseline: 10 milestones)`
      )
    );
    lines.push(row('requests sent per status change', String(perChange), '1', `${ratio(perChange, 1)} (expected: 1)`));

    // The language switch with each plan loaded; baseline: the same switch with the small plan.
    for (const page of [ordinaryPage, largePage, smallPage]) await openSettings(page);
    const switches = { ordinary: await languageSwitchTime(ordinaryPage), large: await languageSwitchTime(largePage) };
    const smallSwitch = await languageSwitchTime(smallPage);
    lines.push(
      row(
        `language switch, plan of ${YARDSTICK} loaded`,
        ms(switches.ordinary),
        ms(smallSwitch),
        `${ratio(switches.ordinary, smallSwitch)} (baseline: 10 milestones)`
      )
    );

    lines.push('', `Stress line: a plan of ${MILESTONES} milestones`);
    lines.push(
      row(`dashboard interactive, ${MILESTONES} milestones`, ms(times.largeDashboard), ms(bareTime), ratio(times.largeDashboard, bareTime))
    );
    lines.push(
      row(`plan screen interactive, ${MILESTONES} milestones`, ms(times.largePlan), ms(bareTime), ratio(times.largePlan, bareTime))
    );
    lines.push(
      row(
        `status change → row re-rendered, ${MILESTONES}`,
        ms(changes.large),
        ms(changes.small),
        `${ratio(changes.large, changes.small)} (baseline: 10 milestones)`
      )
    );
    lines.push(
      row(
        `language switch, plan of ${MILESTONES} loaded`,
        ms(switches.large),
        ms(smallSwitch),
        `${ratio(switches.large, smallSwitch)} (baseline: 10 milestones)`
      )
    );

    const emptyPage = await browser.newPage();
    const { core, dataDir } = await seedPlan(0);
    core.close();
    const empty = await startAppServer(dataDir);
    await emptyPage.goto(empty.url);
    await emptyPage.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
    await emptyPage.waitForSelector('[role="treegrid"]');
    const emptyHeap = await heapBytes(emptyPage);
    await largePage.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
    await largePage.waitForSelector('[role="row"][aria-level="2"]');
    const largeHeap = await heapBytes(largePage);
    lines.push(
      row(`renderer JS heap, plan of ${MILESTONES}`, kb(largeHeap), kb(emptyHeap), `${ratio(largeHeap, emptyHeap)} (baseline: empty plan)`)
    );
    empty.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  } finally {
    ordinary.stop();
    large.stop();
    small.stop();
    bare.server.close();
    plain.server.close();
    await browser.close();
  }
}

async function main() {
  const lines = [`CAIO Path benchmark — ${new Date().toISOString()} — node ${process.version}`, ''];
  // Each part's figures are printed as soon as they are measured, so a part that fails loses only its own.
  const flush = () => console.log(lines.splice(0).join('\n'));
  await benchData(lines);
  flush();
  const baselineOut = await buildBaseline();
  benchBundle(lines, baselineOut);
  flush();
  await benchRenderer(lines, baselineOut);
  flush();
  await benchSkills(lines, baselineOut);
  rmSync(baselineOut, { recursive: true, force: true });
  flush();
}

void main();

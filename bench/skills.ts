/**
 * Skills figure (issue 9): the skills screen interactive (radar drawn, every rating ready) with 20
 * dated assessments of every skill, next to the bare Svelte page measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/main/core';
import { SKILLS } from '../src/shared/content/skills';
import { launch, serveStatic, startAppServer, timeToVisible } from './browser';
import { ms, ratio, row } from './stats';

const ASSESSMENTS = 20;

function isoDaysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Weekly assessments where every skill changes each time, so each one is stored. */
async function seedAssessments(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caio-path-bench-skills-'));
  const core = createCore({ dataDir, mode: 'browser', version: 'bench' });
  await core.router.handle('settings:update', { language: 'en', theme: 'light' });
  await core.router.handle('onboarding:skip', undefined);
  await core.router.handle('plans:create', { name: 'Bench plan' });
  for (let index = 0; index < ASSESSMENTS; index += 1) {
    const ratings = SKILLS.map((skill, position) => ({ skillId: skill.id, level: (index + position) % 5, note: `Week ${index + 1}` }));
    const result = await core.router.handle('skills:assess', { assessedOn: isoDaysAgo(7 * (ASSESSMENTS - index)), ratings });
    if (!result.ok) throw new Error(`could not seed assessment ${index}: ${result.error.code}`);
  }
  core.close();
  return dataDir;
}

export async function benchSkills(lines: string[], baselineOut: string): Promise<void> {
  const dataDir = await seedAssessments();
  const browser = await launch();
  // Served with the app's headers, like the app (see run.ts).
  const bare = await serveStatic(baselineOut, true);
  const app = await startAppServer(dataDir);
  try {
    const bareTime = await timeToVisible(browser, bare.url, 'button');
    const samples: number[] = [];
    const fromClick: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const page = await browser.newPage();
      const start = performance.now();
      await page.goto(app.url);
      await page.getByRole('navigation').waitFor();
      const clicked = performance.now();
      await page.getByRole('navigation').getByRole('button', { name: 'Skills' }).click();
      await page.waitForSelector('[data-testid="skills-radar"]', { state: 'visible' });
      await page.waitForSelector(`#rate-${SKILLS.at(-1)!.id.replace('.', '\\.')} input:checked`, { state: 'attached' });
      samples.push(performance.now() - start);
      fromClick.push(performance.now() - clicked);
      await page.close();
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const skills = median(samples);
    const screen = median(fromClick);
    lines.push(
      row(`skills screen interactive, ${ASSESSMENTS}×${SKILLS.length} ratings`, ms(skills), ms(bareTime), ratio(skills, bareTime))
    );
    // The same, counted from the click on Skills in a running app (the app's start left out).
    lines.push(row('  of which from the click on Skills', ms(screen), ms(bareTime), ratio(screen, bareTime)));
  } finally {
    app.child.kill('SIGTERM');
    bare.server.close();
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

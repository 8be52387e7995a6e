import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import type { Clock } from '../../src/main/clock';
import type { Evidence, EvidenceWrite, Milestone, MilestoneWrite } from '../../src/shared/model';

const cleanups: Array<() => void> = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caio-path-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock fixed at a given local date (noon, so time zones cannot shift the day). */
export function fixedClock(isoDay: string): Clock {
  return { now: () => new Date(`${isoDay}T12:00:00`) };
}

/** A real core on a real SQLite file in a temp folder. */
export function testCore(clock: Clock = fixedClock('2026-11-24')): Core {
  const core = createCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test', clock });
  cleanups.push(() => core.close());
  return core;
}

/** Calls the router and returns the value, failing the test on an error result. */
export async function call<T = unknown>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = await core.router.handle(channel, input);
  if (!result.ok) throw new Error(`${channel} failed with ${result.error.code}: ${result.error.message ?? ''}`);
  return result.value as T;
}

/** The milestone a create or update answered with (writes also answer with the plan's new progress). */
export async function callMilestone(core: Core, channel: 'milestones:create' | 'milestones:update', input: unknown): Promise<Milestone> {
  return (await call<MilestoneWrite>(core, channel, input)).milestone;
}

/** The evidence an `evidence:add` answered with. */
export async function callEvidence(core: Core, input: unknown): Promise<Evidence> {
  return (await call<EvidenceWrite>(core, 'evidence:add', input)).evidence;
}

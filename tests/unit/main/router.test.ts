import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src/shared/contract';
import { createRouter, type Handlers } from '../../../src/main/router';
import { AppError } from '../../../src/shared/errors';
import type { DashboardSummary, Milestone, PlanDetail } from '../../../src/shared/model';
import { DEFAULT_PROFILE } from '../../../src/main/services/progress-service';
import { call, callMilestone, fixedClock, testCore } from '../helpers';

function rowCounts(core: ReturnType<typeof testCore>) {
  const count = (table: string) => core.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
  return { plans: count('plans'), stages: count('stages'), milestones: count('milestones'), settings: count('settings') };
}

describe('router', () => {
  it('answers a wrong-shaped request with invalid_input and changes no row', async () => {
    const core = testCore();
    const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Master in AI' });
    const stageId = detail.stages[0]!.id;
    const before = rowCounts(core);
    const bad: Array<[string, unknown]> = [
      ['plans:create', { name: '' }],
      ['plans:create', { name: 42 }],
      ['plans:create', { name: 'ok', extra: true }],
      ['plans:rename', { planId: -1, name: 'x' }],
      ['milestones:create', { planId: detail.plan.id, stageId, title: 'x', kind: 'astrology' }],
      ['milestones:create', { planId: detail.plan.id, stageId, title: 'x', kind: 'course', dueDate: '2027-13-45' }],
      ['milestones:update', { milestoneId: 1, status: 'finished' }],
      ['settings:update', { language: 'de' }],
      ['settings:update', 'fr']
    ];
    for (const [channel, input] of bad) {
      const result = await core.router.handle(channel, input);
      expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(rowCounts(core)).toEqual(before);
  });

  it('refuses an unknown request and reports missing rows as not_found', async () => {
    const core = testCore();
    expect(await core.router.handle('plans:drop', {})).toEqual({ ok: false, error: { code: 'unknown_request' } });
    expect(await core.router.handle('__proto__', {})).toEqual({ ok: false, error: { code: 'unknown_request' } });
    expect(await core.router.handle('plans:get', { planId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.router.handle('milestones:update', { milestoneId: 999, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    });
  });

  it('maps an unexpected failure to internal and logs it, without leaking the message', async () => {
    const log = vi.fn();
    const handlers = Object.fromEntries(
      channels.map((channel) => [
        channel,
        () => {
          throw new Error('disk on fire');
        }
      ])
    ) as unknown as Handlers;
    const router = createRouter(handlers, log);
    expect(await router.handle('plans:list', undefined)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledOnce();
    const failing = {
      ...handlers,
      'plans:list': () => {
        throw new AppError('not_found');
      }
    } as Handlers;
    expect(await createRouter(failing, log).handle('plans:list', undefined)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('creates a plan with the five standard stages, adds, renames, completes and deletes a milestone', async () => {
    const core = testCore(fixedClock('2026-11-24'));
    const detail = await call<PlanDetail>(core, 'plans:create', { name: '  Via an MBA  ' });
    expect(detail.plan.name).toBe('Via an MBA');
    expect(detail.stages.map((stage) => stage.templateId)).toEqual([
      'stage.education',
      'stage.first-ai-role',
      'stage.leadership',
      'stage.caio',
      'stage.beyond'
    ]);
    const created = await callMilestone(core, 'milestones:create', {
      planId: detail.plan.id,
      stageId: detail.stages[1]!.id,
      title: 'First model in production',
      kind: 'experience',
      dueDate: '2027-09-30'
    });
    const renamed = await callMilestone(core, 'milestones:update', { milestoneId: created.id, title: 'First LLM feature shipped' });
    expect(renamed.title).toBe('First LLM feature shipped');
    const done = await callMilestone(core, 'milestones:update', { milestoneId: created.id, status: 'done' });
    expect(done).toMatchObject({ status: 'done', completedDate: '2026-11-24' });
    const reopened = await callMilestone(core, 'milestones:update', { milestoneId: created.id, status: 'in_progress' });
    expect(reopened.completedDate).toBeNull();
    await call(core, 'milestones:delete', { milestoneId: created.id });
    expect(await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id })).toEqual([]);
  });

  it('refuses a milestone in a stage of another plan', async () => {
    const core = testCore();
    const a = await call<PlanDetail>(core, 'plans:create', { name: 'A' });
    const b = await call<PlanDetail>(core, 'plans:create', { name: 'B' });
    const result = await core.router.handle('milestones:create', {
      planId: a.plan.id,
      stageId: b.stages[0]!.id,
      title: 'x',
      kind: 'skill'
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call<Milestone[]>(core, 'milestones:list', { planId: a.plan.id })).toHaveLength(0);
  });

  it('summarises the dashboard: counts, overdue and the next five due', async () => {
    const core = testCore(fixedClock('2026-11-24'));
    const { plan, stages } = await call<PlanDetail>(core, 'plans:create', { name: 'A' });
    const add = (title: string, dueDate: string) =>
      callMilestone(core, 'milestones:create', { planId: plan.id, stageId: stages[0]!.id, title, kind: 'course', dueDate });
    await add('Overdue', '2026-10-01');
    for (let month = 1; month <= 7; month += 1) await add(`Future ${month}`, `2027-0${month}-01`);
    const summary = await call<DashboardSummary>(core, 'dashboard:summary');
    expect(summary.plan?.name).toBe('A');
    expect(summary.progress?.overdueCount).toBe(1);
    expect(summary.progress?.total).toBe(8);
    expect(summary.progress?.nextDue.map((item) => item.title)).toEqual(['Future 1', 'Future 2', 'Future 3', 'Future 4', 'Future 5']);
    // A plan made by hand aims at no company size: no pay to show.
    expect(summary.salaryBand).toBeNull();
  });

  it('gives the dashboard the pay figures of the company size the followed plan aims at', async () => {
    const core = testCore();
    await call(core, 'profile:update', { profile: { ...DEFAULT_PROFILE, targetCompanySize: 'multinational' } });
    const generated = await call<PlanDetail>(core, 'plans:createFromRoute', { name: 'Route', routeId: 'route.business' });
    await call(core, 'settings:update', { activePlanId: generated.plan.id });
    const summary = await call<DashboardSummary>(core, 'dashboard:summary');
    expect(summary.plan?.targetCompanySize).toBe('multinational');
    expect(summary.salaryBand).toEqual({ id: 'salary.multinational', min: 120_000, max: null });
  });

  it('persists settings and emits a settings:changed event', async () => {
    const core = testCore();
    const seen: unknown[] = [];
    core.events.subscribe((event, payload) => seen.push([event, payload]));
    await call(core, 'settings:update', { language: 'fr', theme: 'dark' });
    const expected = { language: 'fr', theme: 'dark', activePlanId: null, onboarded: false, remindersEnabled: true, reminderDays: 7 };
    expect(await call(core, 'settings:get')).toEqual(expected);
    expect(seen).toEqual([['settings:changed', expected]]);
  });
});

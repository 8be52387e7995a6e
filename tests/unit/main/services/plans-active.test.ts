import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../src/main/core';
import type { Milestone, PlanDetail, PlanScreen } from '../../../../src/shared/model';
import { call, testCore } from '../../helpers';

let core: Core | undefined;
afterEach(() => core?.close());

const opened = async (app: Core) => (await call<PlanScreen | null>(app, 'plans:active'))?.plan.name ?? null;

describe('the plan the plan screen opens on (plans:active)', () => {
  it('is none without plans, then the plan the settings follow, else the first not archived, else the first', async () => {
    core = testCore();
    expect(await opened(core)).toBeNull();
    const first = await call<PlanDetail>(core, 'plans:create', { name: 'First' });
    const second = await call<PlanDetail>(core, 'plans:create', { name: 'Second' });
    await call(core, 'settings:update', { activePlanId: second.plan.id });
    expect(await opened(core)).toBe('Second');

    // The plan the settings follow is deleted: the first plan not archived.
    await call(core, 'plans:delete', { planId: second.plan.id });
    await call(core, 'plans:create', { name: 'Third' });
    await call(core, 'plans:archive', { planId: first.plan.id, archived: true });
    expect(await opened(core)).toBe('Third');
  });

  it('answers with the same screen plans:get gives for that plan', async () => {
    core = testCore();
    const plan = await call<PlanDetail>(core, 'plans:createFromRoute', { name: 'Route', routeId: 'route.engineering' });
    await call(core, 'settings:update', { activePlanId: plan.plan.id });
    expect(await call(core, 'plans:active')).toEqual(await call<PlanScreen>(core, 'plans:get', { planId: plan.plan.id }));
  });

  it('lists every milestone with all the screen shows, in display order, without the stored timestamps', async () => {
    core = testCore();
    const plan = await call<PlanDetail>(core, 'plans:createFromRoute', { name: 'Route', routeId: 'route.engineering' });
    const [first] = plan.milestones;
    await call(core, 'milestones:update', { milestoneId: first!.id, status: 'done', notes: 'Finished early' });
    await call(core, 'evidence:add', { milestoneId: first!.id, description: 'Certificate' });
    const screen = await call<PlanScreen>(core, 'plans:get', { planId: plan.plan.id });
    const stored = await call<Milestone[]>(core, 'milestones:list', { planId: plan.plan.id });
    expect(screen.milestones).toEqual(stored.map(({ createdAt: _created, updatedAt: _updated, ...shown }) => shown));
    expect(screen.milestones[0]).toMatchObject({ status: 'done', notes: 'Finished early', evidenceCount: 1 });
    expect(Object.keys(screen.milestones[0]!)).not.toContain('createdAt');
  });
});

/** Dates that can exist: due dates between 1950 and 2100, completions and certificates never in the future. */
import { describe, expect, it } from 'vitest';
import type { Milestone, PlanDetail } from '../../../../src/shared/model';
import { call, callMilestone, testCore } from '../../helpers';

async function planWithOne() {
  const core = testCore();
  const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Dates' });
  const milestone = await callMilestone(core, 'milestones:create', {
    planId: detail.plan.id,
    stageId: detail.stages[0]!.id,
    title: 'Course',
    kind: 'course'
  });
  return { core, planId: detail.plan.id, stageId: detail.stages[0]!.id, milestone };
}

const stored = async (core: ReturnType<typeof testCore>, id: number) =>
  (await call<{ milestone: Milestone }>(core, 'milestones:get', { milestoneId: id })).milestone;

describe('dates that can exist', () => {
  it('refuses a due date in 1900 or 2200 with its own reason, and stores nothing', async () => {
    const { core, planId, stageId, milestone } = await planWithOne();
    for (const dueDate of ['1900-01-01', '2200-01-01']) {
      expect(await core.router.handle('milestones:update', { milestoneId: milestone.id, dueDate })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'date_out_of_range' }
      });
      expect(await core.router.handle('milestones:create', { planId, stageId, title: 'Old', kind: 'course', dueDate })).toMatchObject({
        ok: false,
        error: { message: 'date_out_of_range' }
      });
    }
    expect(await stored(core, milestone.id)).toEqual(milestone);
    expect(await call<Milestone[]>(core, 'milestones:list', { planId })).toHaveLength(1);
  });

  it('accepts the range’s own ends', async () => {
    const { core, milestone } = await planWithOne();
    for (const dueDate of ['1950-01-01', '2100-12-31']) {
      expect((await callMilestone(core, 'milestones:update', { milestoneId: milestone.id, dueDate })).dueDate).toBe(dueDate);
    }
  });

  it('refuses a completion date or a date obtained in the future, and an expiry not after the date obtained', async () => {
    const { core, milestone } = await planWithOne();
    expect(
      await core.router.handle('milestones:update', { milestoneId: milestone.id, status: 'done', completedDate: '2026-11-25' })
    ).toMatchObject({
      ok: false,
      error: { message: 'date_in_future' }
    });
    expect((await stored(core, milestone.id)).status).toBe('todo');
    const evidence = { milestoneId: milestone.id, description: 'Certificate' };
    expect(await core.router.handle('evidence:add', { ...evidence, obtainedDate: '2027-01-01' })).toMatchObject({
      ok: false,
      error: { message: 'date_in_future' }
    });
    expect(await core.router.handle('evidence:add', { ...evidence, obtainedDate: '2026-01-01', expiryDate: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { message: 'expiry_before_obtained' }
    });
    expect((await stored(core, milestone.id)).evidenceCount).toBe(0);
    // Today is fine.
    expect(
      (await callMilestone(core, 'milestones:update', { milestoneId: milestone.id, status: 'done', completedDate: '2026-11-24' }))
        .completedDate
    ).toBe('2026-11-24');
  });

  it('pins a date the person types, and hands it back to the schedule on request', async () => {
    const { core, milestone } = await planWithOne();
    expect(milestone.duePinned).toBe(false);
    expect(milestone.dueDate).not.toBeNull();
    const pinned = await callMilestone(core, 'milestones:update', { milestoneId: milestone.id, dueDate: '2027-09-30' });
    expect(pinned).toMatchObject({ dueDate: '2027-09-30', duePinned: true });
    const unpinned = await callMilestone(core, 'milestones:update', { milestoneId: milestone.id, duePinned: false });
    expect(unpinned).toMatchObject({ dueDate: milestone.dueDate, duePinned: false });
  });
});

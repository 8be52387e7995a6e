import { describe, expect, it } from 'vitest';
import type { Milestone, MilestoneRemoval, MilestoneWrite, PlanChange, PlanDetail, PlanProgress } from '../../../../src/shared/model';
import { call, callMilestone, testCore } from '../../helpers';

async function planOfThree() {
  const core = testCore();
  const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Answers' });
  const [first, second] = detail.stages;
  const made: Milestone[] = [];
  for (const title of ['One', 'Two', 'Three']) {
    made.push(await callMilestone(core, 'milestones:create', { planId: detail.plan.id, stageId: first!.id, title, kind: 'course' }));
  }
  await callMilestone(core, 'milestones:create', { planId: detail.plan.id, stageId: second!.id, title: 'Elsewhere', kind: 'skill' });
  return { core, planId: detail.plan.id, first: first!, second: second!, made };
}

const list = (core: ReturnType<typeof testCore>, planId: number) => call<Milestone[]>(core, 'milestones:list', { planId });

/** The rows, as stored now, whose due date the write moved (the schedule re-plans what follows). */
async function rescheduled(
  core: ReturnType<typeof testCore>,
  planId: number,
  before: Milestone[],
  written: number[]
): Promise<Milestone[]> {
  const dates = new Map(before.map((m) => [m.id, m.dueDate]));
  return (await list(core, planId)).filter((m) => !written.includes(m.id) && dates.get(m.id) !== m.dueDate);
}

describe('every write answers with what the screen shows', () => {
  it('a status change answers with the row and the same progress plans:progress gives', async () => {
    const { core, planId, made } = await planOfThree();
    const before = await list(core, planId);
    const written = await call<MilestoneWrite>(core, 'milestones:update', { milestoneId: made[1]!.id, status: 'done' });
    expect(written.milestone).toMatchObject({ id: made[1]!.id, status: 'done' });
    // The row, then every row the schedule moved (done early, it frees its slot: what follows comes closer).
    const moved = await rescheduled(core, planId, before, [made[1]!.id]);
    expect(moved.map((m) => m.title)).toEqual(['Three', 'Elsewhere']);
    expect(written.milestones).toEqual([written.milestone, ...moved]);
    expect(written.progress).toEqual(await call<PlanProgress>(core, 'plans:progress', { planId }));
    expect(written.progress.resolved).toBe(1);
    expect(written.plan.id).toBe(planId);
  });

  it('a delete answers with the rows that moved up and the progress without it', async () => {
    const { core, planId, made } = await planOfThree();
    const before = await list(core, planId);
    const removed = await call<MilestoneRemoval>(core, 'milestones:delete', { milestoneId: made[0]!.id });
    expect(removed.removedMilestoneIds).toEqual([made[0]!.id]);
    // The rows that moved up, then the rows the schedule moved (the next stage starts sooner).
    const moved = await rescheduled(core, planId, before, [made[1]!.id, made[2]!.id]);
    expect(moved.map((m) => m.title)).toEqual(['Elsewhere']);
    expect(removed.milestones.map((m) => [m.title, m.position])).toEqual([
      ['Two', 0],
      ['Three', 1],
      ['Elsewhere', 0]
    ]);
    expect(removed.milestones.slice(2)).toEqual(moved);
    expect(removed.progress.total).toBe(3);
    expect(removed.undoToken).toBeGreaterThan(0);
  });

  it('a move answers with every row of both stages, as stored', async () => {
    const { core, planId, second, made } = await planOfThree();
    const change = await call<PlanChange>(core, 'milestones:move', { milestoneId: made[0]!.id, stageId: second.id, position: 0 });
    const stored = await list(core, planId);
    expect(change.milestones.sort((a, b) => a.id - b.id)).toEqual(stored.sort((a, b) => a.id - b.id));
  });
});

describe('milestones:update with a stage', () => {
  it('edits and moves in one request: the end of the new stage without a position, or the position given', async () => {
    const { core, planId, second, made } = await planOfThree();
    const moved = await call<MilestoneWrite>(core, 'milestones:update', { milestoneId: made[0]!.id, stageId: second.id, notes: 'kept' });
    expect(moved.milestone).toMatchObject({ stageId: second.id, position: 1, notes: 'kept' });
    const atTop = await call<MilestoneWrite>(core, 'milestones:update', { milestoneId: made[1]!.id, stageId: second.id, position: 0 });
    expect(atTop.milestone.position).toBe(0);
    const stored = await list(core, planId);
    expect(stored.filter((m) => m.stageId === second.id).map((m) => [m.title, m.position])).toEqual([
      ['Two', 0],
      ['Elsewhere', 1],
      ['One', 2]
    ]);
    expect(stored.filter((m) => m.stageId !== second.id).map((m) => [m.title, m.position])).toEqual([['Three', 0]]);
  });

  it('changes nothing when the stage belongs to another plan: neither the move nor the edit', async () => {
    const { core, planId, made } = await planOfThree();
    const other = await call<PlanDetail>(core, 'plans:create', { name: 'Other' });
    const before = await list(core, planId);
    const result = await core.router.handle('milestones:update', {
      milestoneId: made[0]!.id,
      stageId: other.stages[0]!.id,
      title: 'Renamed'
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await list(core, planId)).toEqual(before);
  });
});

describe('an explicitly undefined field', () => {
  it('never overwrites a stored value (IPC keeps undefined keys that JSON would drop)', async () => {
    const { core, planId, made } = await planOfThree();
    await call(core, 'milestones:update', { milestoneId: made[0]!.id, notes: 'Keep these notes', dueDate: '2027-03-01' });
    const before = (await list(core, planId)).find((m) => m.id === made[0]!.id)!;
    const written = await call<MilestoneWrite>(core, 'milestones:update', {
      milestoneId: made[0]!.id,
      title: undefined,
      kind: undefined,
      status: undefined,
      dueDate: undefined,
      notes: undefined,
      stageId: undefined,
      position: undefined
    });
    const after = (await list(core, planId)).find((m) => m.id === made[0]!.id)!;
    expect({ ...after, updatedAt: before.updatedAt }).toEqual(before);
    expect(written.milestone.notes).toBe('Keep these notes');
  });

  it('in settings leaves the stored setting alone', async () => {
    const { core } = await planOfThree();
    await call(core, 'settings:update', { language: 'fr', theme: 'dark', reminderDays: 12 });
    await call(core, 'settings:update', { language: undefined, theme: undefined, reminderDays: undefined, remindersEnabled: undefined });
    expect(await call(core, 'settings:get')).toMatchObject({ language: 'fr', theme: 'dark', reminderDays: 12, remindersEnabled: true });
  });
});

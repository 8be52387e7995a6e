import { describe, expect, it } from 'vitest';
import type { Milestone, MilestoneDetail, Plan, PlanDetail, PlanScreen, Undoable } from '../../../../src/shared/model';
import { call, callEvidence, callMilestone, fixedClock, testCore } from '../../helpers';

async function planWithMilestones(core: ReturnType<typeof testCore>, count = 4) {
  const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Hand-built' });
  const [education, firstRole] = detail.stages;
  const made: Milestone[] = [];
  for (let index = 0; index < count; index += 1) {
    made.push(
      await callMilestone(core, 'milestones:create', {
        planId: detail.plan.id,
        stageId: education!.id,
        title: `Step ${index}`,
        kind: 'course',
        dueDate: `2027-0${index + 1}-01`
      })
    );
  }
  return { detail, education: education!, firstRole: firstRole!, made };
}

const titlesAndPositions = (list: Milestone[], stageId: number) =>
  list
    .filter((m) => m.stageId === stageId)
    .sort((a, b) => a.position - b.position)
    .map((m) => [m.title, m.position]);

describe('reorder and move', () => {
  it('reorders within a stage, keeping positions dense and unique', async () => {
    const core = testCore();
    const { detail, education, made } = await planWithMilestones(core);
    await call(core, 'milestones:move', { milestoneId: made[3]!.id, stageId: education.id, position: 0 });
    await call(core, 'milestones:move', { milestoneId: made[0]!.id, stageId: education.id, position: 99 });
    const list = await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id });
    expect(titlesAndPositions(list, education.id)).toEqual([
      ['Step 3', 0],
      ['Step 1', 1],
      ['Step 2', 2],
      ['Step 0', 3]
    ]);
  });

  it('moves between stages, closing the gap in one and opening a place in the other', async () => {
    const core = testCore();
    const { detail, education, firstRole, made } = await planWithMilestones(core);
    await call(core, 'milestones:move', { milestoneId: made[1]!.id, stageId: firstRole.id, position: 0 });
    await call(core, 'milestones:move', { milestoneId: made[2]!.id, stageId: firstRole.id, position: 0 });
    const list = await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id });
    expect(titlesAndPositions(list, education.id)).toEqual([
      ['Step 0', 0],
      ['Step 3', 1]
    ]);
    expect(titlesAndPositions(list, firstRole.id)).toEqual([
      ['Step 2', 0],
      ['Step 1', 1]
    ]);
  });

  it('refuses to move a milestone into another plan’s stage', async () => {
    const core = testCore();
    const { made } = await planWithMilestones(core);
    const other = await call<PlanDetail>(core, 'plans:create', { name: 'Other' });
    const result = await core.router.handle('milestones:move', { milestoneId: made[0]!.id, stageId: other.stages[0]!.id, position: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('undo', () => {
  it('restores a deleted milestone exactly: position, notes, dates, status and evidence', async () => {
    const core = testCore(fixedClock('2026-11-24'));
    const { detail, education, made } = await planWithMilestones(core);
    const target = made[1]!;
    await call(core, 'milestones:update', { milestoneId: target.id, status: 'done', notes: 'Passed with 87%.\nCertificate in Drive.' });
    const evidence = await callEvidence(core, {
      milestoneId: target.id,
      description: 'AWS ML Specialty certificate',
      url: 'https://example.org/cert/123',
      obtainedDate: '2026-11-20',
      expiryDate: '2029-11-20'
    });
    const before = await call<MilestoneDetail>(core, 'milestones:get', { milestoneId: target.id });

    const { undoToken } = await call<Undoable>(core, 'milestones:delete', { milestoneId: target.id });
    const afterDelete = await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id });
    expect(titlesAndPositions(afterDelete, education.id)).toEqual([
      ['Step 0', 0],
      ['Step 2', 1],
      ['Step 3', 2]
    ]);
    expect(core.db.prepare('SELECT COUNT(*) FROM evidence').pluck().get()).toBe(0);

    await call(core, 'undo:restore', { undoToken });
    expect(await call<MilestoneDetail>(core, 'milestones:get', { milestoneId: target.id })).toEqual(before);
    expect(before.evidence).toEqual([evidence]);
    const afterUndo = await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id });
    expect(titlesAndPositions(afterUndo, education.id)).toEqual([
      ['Step 0', 0],
      ['Step 1', 1],
      ['Step 2', 2],
      ['Step 3', 3]
    ]);
    // A token works once.
    expect(await core.router.handle('undo:restore', { undoToken })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('restores a deleted plan with its stages, milestones, notes and evidence', async () => {
    const core = testCore();
    const { detail, made } = await planWithMilestones(core);
    await call(core, 'milestones:update', { milestoneId: made[0]!.id, notes: 'keep me' });
    await call(core, 'evidence:add', { milestoneId: made[0]!.id, description: 'Transcript' });
    const before = await call<PlanDetail>(core, 'plans:get', { planId: detail.plan.id });
    const { undoToken } = await call<Undoable>(core, 'plans:delete', { planId: detail.plan.id });
    expect(await call<Plan[]>(core, 'plans:list')).toEqual([]);
    await call(core, 'undo:restore', { undoToken });
    expect(await call<PlanDetail>(core, 'plans:get', { planId: detail.plan.id })).toEqual(before);
    expect(core.db.prepare('SELECT description FROM evidence').pluck().all()).toEqual(['Transcript']);
  });

  it('restores deleted evidence', async () => {
    const core = testCore();
    const { made } = await planWithMilestones(core, 1);
    const evidence = await callEvidence(core, {
      milestoneId: made[0]!.id,
      description: 'Badge',
      obtainedDate: '2026-10-01'
    });
    const { undoToken } = await call<Undoable>(core, 'evidence:delete', { evidenceId: evidence.id });
    await call(core, 'undo:restore', { undoToken });
    expect((await call<MilestoneDetail>(core, 'milestones:get', { milestoneId: made[0]!.id })).evidence).toEqual([evidence]);
  });
});

describe('plans as scenarios', () => {
  it('duplicates a plan with its milestones, notes and evidence, independent of the original', async () => {
    const core = testCore();
    const { detail, made } = await planWithMilestones(core, 2);
    await call(core, 'milestones:update', { milestoneId: made[0]!.id, notes: 'n', status: 'skipped' });
    await call(core, 'evidence:add', { milestoneId: made[1]!.id, description: 'Proof' });
    const copy = await call<PlanDetail>(core, 'plans:duplicate', { planId: detail.plan.id, name: 'Copy' });
    expect(copy.milestones.map((m) => [m.title, m.status, m.notes, m.evidenceCount])).toEqual([
      ['Step 0', 'skipped', 'n', 0],
      ['Step 1', 'todo', '', 1]
    ]);
    await call(core, 'milestones:delete', { milestoneId: copy.milestones[0]!.id });
    expect((await call<PlanDetail>(core, 'plans:get', { planId: detail.plan.id })).milestones).toHaveLength(2);
  });

  it('gives a duplicate made months later the same dates and CAIO date as its source, at the source’s own pace', async () => {
    let day = '2026-12-07';
    const core = testCore({ now: () => new Date(`${day}T12:00:00`) });
    const source = await call<PlanDetail>(core, 'plans:createFromRoute', { name: 'Engineering', routeId: 'route.engineering' });
    await call(core, 'plans:setPace', { planId: source.plan.id, hoursPerWeek: 12 });
    day = '2027-04-15';
    const original = await call<PlanScreen>(core, 'plans:get', { planId: source.plan.id });
    const copy = await call<PlanDetail>(core, 'plans:duplicate', { planId: source.plan.id, name: 'What if' });
    const copied = await call<PlanScreen>(core, 'plans:get', { planId: copy.plan.id });
    expect(copied.plan.hoursPerWeek).toBe(12);
    expect(copied.progress.projectedDate).toBe(original.progress.projectedDate);
    expect(copied.milestones.map((m) => m.dueDate)).toEqual(original.milestones.map((m) => m.dueDate));
  });

  it('creates a plan from a route with generated milestones, and archives it to the end of the list', async () => {
    const core = testCore();
    const first = await call<PlanDetail>(core, 'plans:createFromRoute', { name: 'Via an MBA', routeId: 'route.business' });
    expect(first.plan.routeId).toBe('route.business');
    expect(first.milestones.some((m) => m.templateId === 'bus.degree')).toBe(true);
    await call(core, 'plans:create', { name: 'Blank' });
    const archived = await call<Plan>(core, 'plans:archive', { planId: first.plan.id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await call<Plan[]>(core, 'plans:list')).map((plan) => plan.name)).toEqual(['Blank', 'Via an MBA']);
    expect((await call<Plan>(core, 'plans:archive', { planId: first.plan.id, archived: false })).archivedAt).toBeNull();
  });

  it('refuses bad evidence (not a web link, expiry before it was obtained) and stores nothing', async () => {
    const core = testCore();
    const { made } = await planWithMilestones(core, 1);
    for (const input of [
      { milestoneId: made[0]!.id, description: 'x', url: 'javascript:alert(1)' },
      { milestoneId: made[0]!.id, description: 'x', url: 'file:///etc/passwd' },
      { milestoneId: made[0]!.id, description: 'x', obtainedDate: '2027-01-01', expiryDate: '2026-01-01' },
      { milestoneId: made[0]!.id, description: '   ' }
    ]) {
      expect(await core.router.handle('evidence:add', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(core.db.prepare('SELECT COUNT(*) FROM evidence').pluck().get()).toBe(0);
  });

  it('adds and renames a stage of one’s own', async () => {
    const core = testCore();
    const { detail } = await planWithMilestones(core, 0);
    const stage = await call<{ id: number; position: number }>(core, 'stages:create', { planId: detail.plan.id, title: 'Side projects' });
    expect(stage.position).toBe(5);
    expect(await call(core, 'stages:rename', { stageId: stage.id, title: 'Open source' })).toMatchObject({ title: 'Open source' });
  });
});

describe('undo after the deleted id would have been reused', () => {
  it('restores the newest milestone after a new one was added, under its own id', async () => {
    const core = testCore();
    const { detail, education, made } = await planWithMilestones(core, 2);
    const newest = made[1]!;
    const { undoToken } = await call<Undoable>(core, 'milestones:delete', { milestoneId: newest.id });
    const added = await callMilestone(core, 'milestones:create', {
      planId: detail.plan.id,
      stageId: education.id,
      title: 'Added',
      kind: 'skill'
    });
    expect(added.id).toBeGreaterThan(newest.id);
    await call(core, 'undo:restore', { undoToken });
    const list = await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id });
    expect(list.find((m) => m.id === newest.id)?.title).toBe(newest.title);
    expect(list.find((m) => m.id === added.id)?.title).toBe('Added');
  });

  it('restores the newest plan after a new one was created', async () => {
    const core = testCore();
    const { detail } = await planWithMilestones(core, 1);
    const before = await call<PlanDetail>(core, 'plans:get', { planId: detail.plan.id });
    const { undoToken } = await call<Undoable>(core, 'plans:delete', { planId: detail.plan.id });
    const other = await call<PlanDetail>(core, 'plans:create', { name: 'Another' });
    expect(other.plan.id).not.toBe(detail.plan.id);
    expect(other.stages.map((stage) => stage.id).some((id) => before.stages.some((stage) => stage.id === id))).toBe(false);
    await call(core, 'undo:restore', { undoToken });
    expect(await call<PlanDetail>(core, 'plans:get', { planId: detail.plan.id })).toEqual(before);
    expect((await call<Plan[]>(core, 'plans:list')).map((plan) => plan.name).sort()).toEqual(['Another', detail.plan.name].sort());
  });

  it('refuses to put evidence back once its milestone was deleted and replaced, and never attaches it elsewhere', async () => {
    const core = testCore();
    const { detail, education, made } = await planWithMilestones(core, 2);
    const target = made[1]!;
    const evidence = await callEvidence(core, { milestoneId: target.id, description: 'Certificate' });
    const evidenceUndo = await call<Undoable>(core, 'evidence:delete', { evidenceId: evidence.id });
    await call<Undoable>(core, 'milestones:delete', { milestoneId: target.id });
    const replacement = await callMilestone(core, 'milestones:create', {
      planId: detail.plan.id,
      stageId: education.id,
      title: 'Unrelated',
      kind: 'skill'
    });
    const result = await core.router.handle('undo:restore', { undoToken: evidenceUndo.undoToken });
    expect(result).toMatchObject({ ok: false, error: { code: 'cannot_restore' } });
    expect((await call<MilestoneDetail>(core, 'milestones:get', { milestoneId: replacement.id })).evidence).toEqual([]);
    expect(core.db.prepare('SELECT COUNT(*) FROM evidence').pluck().get()).toBe(0);
  });

  it('restores the evidence once its milestone is restored first: the very row it came from', async () => {
    const core = testCore();
    const { made } = await planWithMilestones(core, 2);
    const target = made[1]!;
    const evidence = await callEvidence(core, { milestoneId: target.id, description: 'Certificate' });
    const evidenceUndo = await call<Undoable>(core, 'evidence:delete', { evidenceId: evidence.id });
    const milestoneUndo = await call<Undoable>(core, 'milestones:delete', { milestoneId: target.id });
    await call(core, 'undo:restore', { undoToken: milestoneUndo.undoToken });
    await call(core, 'undo:restore', { undoToken: evidenceUndo.undoToken });
    expect((await call<MilestoneDetail>(core, 'milestones:get', { milestoneId: target.id })).evidence).toEqual([evidence]);
  });

  it('refuses a milestone whose plan was deleted and replaced', async () => {
    const core = testCore();
    const { detail, made } = await planWithMilestones(core, 1);
    const { undoToken } = await call<Undoable>(core, 'milestones:delete', { milestoneId: made[0]!.id });
    await call<Undoable>(core, 'plans:delete', { planId: detail.plan.id });
    await call<PlanDetail>(core, 'plans:create', { name: 'New' });
    expect(await core.router.handle('undo:restore', { undoToken })).toMatchObject({ ok: false, error: { code: 'cannot_restore' } });
    expect(core.db.prepare('SELECT COUNT(*) FROM milestones').pluck().get()).toBe(0);
  });

  it('undo tokens expire: after 30 minutes, and beyond the last 20 deletions', async () => {
    let now = new Date('2026-11-24T12:00:00Z');
    const core = testCore({ now: () => now });
    const { made } = await planWithMilestones(core, 1);
    const evidence = await callEvidence(core, { milestoneId: made[0]!.id, description: 'Old' });
    const { undoToken } = await call<Undoable>(core, 'evidence:delete', { evidenceId: evidence.id });
    now = new Date('2026-11-24T12:31:00Z');
    expect(await core.router.handle('undo:restore', { undoToken })).toMatchObject({ ok: false, error: { code: 'undo_expired' } });

    const tokens: number[] = [];
    for (let index = 0; index < 21; index++) {
      const item = await callEvidence(core, { milestoneId: made[0]!.id, description: `E${index}` });
      tokens.push((await call<Undoable>(core, 'evidence:delete', { evidenceId: item.id })).undoToken);
    }
    expect(await core.router.handle('undo:restore', { undoToken: tokens[0] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call(core, 'undo:restore', { undoToken: tokens[20] });
  });
});

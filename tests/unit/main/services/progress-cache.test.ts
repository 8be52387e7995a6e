import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCore } from '../../../../src/main/core';
import type { Milestone, PlanChange, PlanDetail } from '../../../../src/shared/model';
import { call, fixedClock, tempDir } from '../../helpers';

const clock = fixedClock('2026-12-03');

/** Writes of every kind, picked by index so that they apply to whatever rows exist at that moment. */
const action = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), stage: fc.nat(6), due: fc.option(fc.integer({ min: 1, max: 28 })) }),
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('todo', 'in_progress', 'done', 'skipped') }),
  fc.record({ kind: fc.constant('date' as const), pick: fc.nat(), day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ kind: fc.constant('restage' as const), pick: fc.nat(), stage: fc.nat(6), position: fc.option(fc.nat(8)) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), stage: fc.nat(6), position: fc.nat(8) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('evidence' as const), pick: fc.nat() })
);

describe('the cached rows behind every write answer', () => {
  it('always give the progress a fresh reading of the database gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        const dataDir = tempDir();
        const core = createCore({ dataDir, mode: 'browser', version: 'test', clock });
        const fresh = () => createCore({ dataDir, mode: 'browser', version: 'test', clock });
        try {
          const detail = await call<PlanDetail>(core, 'plans:createFromRoute', { name: 'Cached', routeId: 'route.engineering' });
          const planId = detail.plan.id;
          const stages = detail.stages;
          const undoTokens: number[] = [];
          for (const step of actions) {
            const list = await call<Milestone[]>(core, 'milestones:list', { planId });
            const target = list.length > 0 && 'pick' in step ? list[step.pick % list.length]! : undefined;
            let answer: PlanChange | undefined;
            if (step.kind === 'create') {
              answer = await call<PlanChange>(core, 'milestones:create', {
                planId,
                stageId: stages[step.stage % stages.length]!.id,
                title: 'Added',
                kind: 'course',
                dueDate: step.due === null ? null : `2027-02-${String(step.due).padStart(2, '0')}`
              });
            } else if (step.kind === 'undo') {
              const token = undoTokens.pop();
              if (token) await core.router.handle('undo:restore', { undoToken: token });
            } else if (!target) {
              continue;
            } else if (step.kind === 'status') {
              answer = await call<PlanChange>(core, 'milestones:update', { milestoneId: target.id, status: step.status });
            } else if (step.kind === 'date') {
              answer = await call<PlanChange>(core, 'milestones:update', {
                milestoneId: target.id,
                dueDate: `2026-11-${String(step.day).padStart(2, '0')}`
              });
            } else if (step.kind === 'restage') {
              answer = await call<PlanChange>(core, 'milestones:update', {
                milestoneId: target.id,
                stageId: stages[step.stage % stages.length]!.id,
                ...(step.position === null ? {} : { position: step.position })
              });
            } else if (step.kind === 'move') {
              answer = await call<PlanChange>(core, 'milestones:move', {
                milestoneId: target.id,
                stageId: stages[step.stage % stages.length]!.id,
                position: step.position
              });
            } else if (step.kind === 'delete') {
              const removed = await call<PlanChange & { undoToken: number }>(core, 'milestones:delete', { milestoneId: target.id });
              undoTokens.push(removed.undoToken);
              answer = removed;
            } else {
              await call(core, 'evidence:add', { milestoneId: target.id, description: 'Proof' });
            }
            const reader = fresh();
            const truth = await call(reader, 'plans:progress', { planId });
            const screen = await call(reader, 'plans:get', { planId });
            reader.close();
            if (answer) expect(answer.progress).toEqual(truth);
            expect(await call(core, 'plans:progress', { planId })).toEqual(truth);
            // The plan screen kept from the last read is never older than the database.
            expect(await call(core, 'plans:get', { planId })).toEqual(screen);
          }
        } finally {
          core.close();
        }
      }),
      { numRuns: 25 }
    );
  }, 120_000);
});

describe('the progress kept between reads', () => {
  it('is worked out again when the day changes, with nothing written', async () => {
    let day = '2027-02-10';
    const movingClock = { now: () => new Date(`${day}T12:00:00`) };
    const dataDir = tempDir();
    const core = createCore({ dataDir, mode: 'browser', version: 'test', clock: movingClock });
    try {
      const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Days' });
      await call(core, 'milestones:create', {
        planId: detail.plan.id,
        stageId: detail.stages[0]!.id,
        title: 'Due',
        kind: 'course',
        dueDate: '2027-02-15'
      });
      const before = await call<{ overdueCount: number }>(core, 'plans:progress', { planId: detail.plan.id });
      expect(before.overdueCount).toBe(0);
      day = '2027-02-20';
      const after = await call<{ overdueCount: number }>(core, 'plans:progress', { planId: detail.plan.id });
      expect(after.overdueCount).toBe(1);
      const reader = createCore({ dataDir, mode: 'browser', version: 'test', clock: movingClock });
      expect(after).toEqual(await call(reader, 'plans:progress', { planId: detail.plan.id }));
      reader.close();
    } finally {
      core.close();
    }
  });
});

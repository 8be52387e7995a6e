/**
 * Properties of the one schedule over random plans and random sequences of edits, through the real
 * router on a real SQLite file (docs/adr/0008-one-schedule.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/main/services/dates';
import { CAIO_GOAL_ID, MILESTONE_KINDS, type PlanChange, type PlanDetail, type PlanScreen } from '../../../../src/shared/model';
import { ROUTE_IDS } from '../../../../src/shared/content/routes';
import type { Profile } from '../../../../src/shared/profile';
import type { Clock } from '../../../../src/main/clock';
import { call, testCore } from '../../helpers';

const START = '2026-12-07';

const profileArb = fc.record({
  educationLevel: fc.constantFrom('bac+3', 'bac+5'),
  field: fc.constantFrom('computer-science', 'business'),
  yearsExperience: fc.integer({ min: 0, max: 20 }),
  currentRole: fc.constantFrom('student', 'data-ai-practitioner', 'it-manager', 'product-business'),
  targetCompanySize: fc.constantFrom('mid-size', 'large'),
  hoursPerWeek: fc.integer({ min: 1, max: 40 }),
  achieved: fc.subarray(['bachelor', 'ml-course', 'ai-role', 'led-team'] as const)
}) as fc.Arbitrary<Profile>;

/** An edit, naming milestones by an index into the plan's current list. */
const editArb = fc.oneof(
  fc.record({ type: fc.constant('done' as const), pick: fc.nat(), daysAgo: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ type: fc.constant('skip' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('reopen' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('pace' as const), hours: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ type: fc.constant('pin' as const), pick: fc.nat(), offset: fc.integer({ min: -60, max: 3000 }) }),
  fc.record({ type: fc.constant('unpin' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('move' as const), pick: fc.nat(), stage: fc.nat(), position: fc.nat({ max: 30 }) }),
  fc.record({
    type: fc.constant('add' as const),
    stage: fc.nat(),
    kind: fc.constantFrom(...MILESTONE_KINDS),
    offset: fc.option(fc.integer({ min: 0, max: 2000 }))
  }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 200 }) })
);

type Core = ReturnType<typeof testCore>;

interface World {
  core: Core;
  planId: number;
  today: () => string;
  wait: (days: number) => void;
  /** The pinned dates the person set, by milestone id: the schedule must never move them. */
  pinned: Map<number, string>;
}

async function world(profile: Profile, routeId: (typeof ROUTE_IDS)[number]): Promise<World> {
  let day = START;
  const clock: Clock = { now: () => new Date(`${day}T12:00:00`) };
  const core = testCore(clock);
  const detail = await call<PlanDetail>(core, 'onboarding:complete', { profile, routeId, planName: 'Property plan' });
  const pinned = new Map(detail.milestones.filter((m) => m.duePinned && m.dueDate).map((m) => [m.id, m.dueDate!] as const));
  return { core, planId: detail.plan.id, today: () => day, wait: (days) => (day = addDays(day, days)), pinned };
}

const screen = (w: World) => call<PlanScreen>(w.core, 'plans:get', { planId: w.planId });
const isOpen = (status: string) => status === 'todo' || status === 'in_progress';

type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

async function applyEdit(w: World, edit: Edit): Promise<void> {
  const { milestones, stages } = await screen(w);
  const pick = (index: number) => (milestones.length === 0 ? undefined : milestones[index % milestones.length]!);
  const handle = (channel: string, input: unknown) => w.core.router.handle(channel, input);
  switch (edit.type) {
    case 'done': {
      const m = pick(edit.pick);
      if (m) await handle('milestones:update', { milestoneId: m.id, status: 'done', completedDate: addDays(w.today(), -edit.daysAgo) });
      if (m) w.pinned.delete(m.id);
      break;
    }
    case 'skip': {
      const m = pick(edit.pick);
      if (m) await handle('milestones:update', { milestoneId: m.id, status: 'skipped' });
      if (m) w.pinned.delete(m.id);
      break;
    }
    case 'reopen': {
      const m = pick(edit.pick);
      if (m && !isOpen(m.status)) {
        await handle('milestones:update', { milestoneId: m.id, status: 'todo' });
        if (m.duePinned && m.dueDate) w.pinned.set(m.id, m.dueDate);
      }
      break;
    }
    case 'pace':
      await call(w.core, 'plans:setPace', { planId: w.planId, hoursPerWeek: edit.hours });
      break;
    case 'pin': {
      const m = pick(edit.pick);
      if (m && isOpen(m.status)) {
        const date = addDays(w.today(), edit.offset);
        await call(w.core, 'milestones:update', { milestoneId: m.id, dueDate: date });
        w.pinned.set(m.id, date);
      }
      break;
    }
    case 'unpin': {
      const m = pick(edit.pick);
      if (m) await call(w.core, 'milestones:update', { milestoneId: m.id, duePinned: false });
      if (m) w.pinned.delete(m.id);
      break;
    }
    case 'move': {
      const m = pick(edit.pick);
      const stage = stages[edit.stage % stages.length]!;
      if (m) await call(w.core, 'milestones:move', { milestoneId: m.id, stageId: stage.id, position: edit.position });
      break;
    }
    case 'add': {
      const stage = stages[edit.stage % stages.length]!;
      const dueDate = edit.offset === null ? null : addDays(w.today(), edit.offset);
      const written = await call<{ milestone: { id: number } }>(w.core, 'milestones:create', {
        planId: w.planId,
        stageId: stage.id,
        title: 'Added',
        kind: edit.kind,
        dueDate
      });
      if (dueDate) w.pinned.set(written.milestone.id, dueDate);
      break;
    }
    case 'delete': {
      const m = pick(edit.pick);
      if (m) await call(w.core, 'milestones:delete', { milestoneId: m.id });
      if (m) w.pinned.delete(m.id);
      break;
    }
    case 'wait':
      w.wait(edit.days);
      break;
  }
}

/** The invariants every state of the plan must hold, read back as the plan screen reads it. */
async function check(w: World): Promise<void> {
  const { milestones, stages, progress } = await screen(w);
  const today = w.today();
  const stageRank = new Map(stages.map((stage) => [stage.id, stage.position]));
  const ordered = [...milestones].sort(
    (a, b) => stageRank.get(a.stageId)! - stageRank.get(b.stageId)! || a.position - b.position || a.id - b.id
  );
  const goal = milestones.filter((m) => m.templateId === CAIO_GOAL_ID).sort((a, b) => a.id - b.id)[0];
  // The CAIO date is the goal milestone's due date.
  if (goal && isOpen(goal.status)) expect(progress.projectedDate).toBe(goal.dueDate);
  let latest = '';
  for (const m of ordered) {
    if (!isOpen(m.status)) continue;
    expect(m.dueDate, `milestone ${m.id} has a date`).not.toBeNull();
    if (!m.duePinned) {
      // No open planned milestone before today, nor before one it follows.
      expect(m.dueDate! >= today, `planned ${m.id} not before today`).toBe(true);
      expect(m.dueDate! >= latest, `planned ${m.id} not before the one above it`).toBe(true);
    }
    if (m.dueDate! > latest) latest = m.dueDate!;
  }
  // Pinned dates never move.
  for (const [id, date] of w.pinned) {
    const m = milestones.find((item) => item.id === id);
    if (m && isOpen(m.status)) expect({ id, date: m.dueDate, pinned: m.duePinned }).toEqual({ id, date, pinned: true });
  }
}

describe('the schedule over random plans and random edits', () => {
  it(
    'keeps one set of dates: the CAIO date is the goal’s, nothing planned before today or before what it follows, pinned dates never move',
    { timeout: 300_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          profileArb,
          fc.constantFrom(...ROUTE_IDS),
          fc.array(editArb, { maxLength: 12 }),
          async (profile, routeId, edits) => {
            const w = await world(profile, routeId);
            await check(w);
            for (const edit of edits) {
              await applyEdit(w, edit);
              await check(w);
            }
            w.core.close();
          }
        ),
        { numRuns: 30 }
      );
    }
  );

  it('doubling the hours per week never moves any date later', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(profileArb, fc.constantFrom(...ROUTE_IDS), fc.array(editArb, { maxLength: 8 }), async (profile, routeId, edits) => {
        const w = await world(profile, routeId);
        for (const edit of edits) if (edit.type !== 'pace') await applyEdit(w, edit);
        const before = await screen(w);
        const hours = before.plan.hoursPerWeek ?? profile.hoursPerWeek;
        const change = await call<PlanChange>(w.core, 'plans:setPace', { planId: w.planId, hoursPerWeek: Math.min(80, hours * 2) });
        const after = await screen(w);
        for (const m of after.milestones) {
          const old = before.milestones.find((item) => item.id === m.id)!;
          if (isOpen(m.status)) expect(m.dueDate! <= old.dueDate!, `milestone ${m.id}`).toBe(true);
        }
        if (before.progress.projectedDate && after.progress.projectedDate) {
          expect(after.progress.projectedDate <= before.progress.projectedDate).toBe(true);
        }
        // What moved is said: the count of new dates and the CAIO date before and after.
        const moved = after.milestones.filter((m) => m.dueDate !== before.milestones.find((item) => item.id === m.id)!.dueDate).length;
        expect(change.replan?.moved ?? 0).toBe(moved);
        w.core.close();
      }),
      { numRuns: 25 }
    );
  });
});

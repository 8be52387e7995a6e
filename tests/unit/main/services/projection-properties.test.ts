/** Properties the projection must hold over random plans and histories (docs/adr/0003-projection-model.md). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRACE_DAYS, projectPlan, type ProjectionInput } from '../../../../src/main/services/projection';
import { addDays } from '../../../../src/main/services/dates';
import { MILESTONE_KINDS, type Milestone, type Stage } from '../../../../src/shared/model';
import { MILESTONE_TEMPLATES } from '../../../../src/shared/content/routes';
import { EDUCATION_LEVELS } from '../../../../src/shared/profile';
import { complete } from './projection-support';

const BASE = '2026-01-01';
const TEMPLATE_IDS = [...MILESTONE_TEMPLATES.keys()];

const stageCount = fc.integer({ min: 1, max: 5 });
const milestoneArb = fc.record({
  stage: fc.nat(),
  kind: fc.constantFrom(...MILESTONE_KINDS),
  template: fc.option(fc.constantFrom(...TEMPLATE_IDS), { nil: null }),
  status: fc.constantFrom('todo', 'in_progress', 'done', 'skipped', 'todo', 'done'),
  /** Days before the day looked at that it was completed; mostly recent, so pace comes into play. */
  completedDaysAgo: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1200 })),
  createdAlreadyDone: fc.boolean()
});

/** A random plan with a random history, and a day to look at it from. */
const scenario = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 1000 }),
    stages: stageCount,
    milestones: fc.array(milestoneArb, { minLength: 1, maxLength: 30 }),
    hoursPerWeek: fc.integer({ min: 1, max: 80 }),
    educationLevel: fc.constantFrom(...EDUCATION_LEVELS),
    todayOffset: fc.oneof(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 900 }))
  })
  .map((raw): ProjectionInput => {
    const planStart = addDays(BASE, raw.startOffset);
    const today = addDays(planStart, raw.todayOffset);
    const stages: Stage[] = Array.from({ length: raw.stages }, (_, index) => ({
      id: index + 1,
      planId: 1,
      templateId: 'stage.education',
      title: null,
      position: index
    }));
    const milestones = raw.milestones.map((m, index): Milestone => {
      const done = m.status === 'done';
      const completedDate = done ? addDays(today, -m.completedDaysAgo) : null;
      const created = `${planStart}T09:00:00.000Z`;
      const template = m.template ? MILESTONE_TEMPLATES.get(m.template) : undefined;
      return {
        id: index + 1,
        planId: 1,
        stageId: (m.stage % raw.stages) + 1,
        templateId: m.template,
        title: m.template ? null : `M${index}`,
        kind: template?.kind ?? m.kind,
        status: m.status,
        dueDate: null,
        completedDate,
        position: index,
        notes: '',
        evidenceCount: 0,
        createdAt: created,
        updatedAt: done && !m.createdAlreadyDone ? `${completedDate}T18:00:00.000Z` : created
      };
    });
    return {
      planId: 1,
      planStart,
      stages,
      milestones,
      profile: { hoursPerWeek: raw.hoursPerWeek, educationLevel: raw.educationLevel },
      today
    };
  });

const open = (input: ProjectionInput) => input.milestones.filter((m) => m.status === 'todo' || m.status === 'in_progress');

describe('projection properties', () => {
  it('completing a milestone never moves the projected date later', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (input, pick) => {
        const candidates = open(input);
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const before = projectPlan(input).projectedDate;
        const after = projectPlan({ ...input, milestones: complete(input.milestones, target.id, input.today) }).projectedDate;
        fc.pre(before !== null);
        expect(after, `${target.kind} ${target.templateId ?? ''}`).not.toBeNull();
        expect(after! <= before!, `${before} → ${after}`).toBe(true);
      }),
      { numRuns: 400 }
    );
  });

  it('in a plan’s first weeks, the clock alone changes nothing while the projected date is still ahead', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: GRACE_DAYS }), (input, day) => {
        // Nothing happened yet: a plan as generated, looked at on two days of its first four weeks.
        const fresh = {
          ...input,
          milestones: input.milestones.map((m) => (m.status === 'done' ? { ...m, completedDate: null, updatedAt: m.createdAt } : m))
        };
        const later = addDays(fresh.planStart, GRACE_DAYS);
        const atEnd = projectPlan({ ...fresh, today: later });
        fc.pre(atEnd.projectedDate !== null && atEnd.projectedDate > later);
        const atDay = projectPlan({ ...fresh, today: addDays(fresh.planStart, day) });
        expect(atDay.projectedDate).toBe(atEnd.projectedDate);
        const ahead = (progress: typeof atEnd) =>
          progress.stages.map((stage) => (stage.projectedDate! > later ? stage.projectedDate : null));
        expect(ahead(atDay)).toEqual(ahead(atEnd));
      }),
      { numRuns: 300 }
    );
  });

  it('the same plan and history always give the same date, whatever order the rows come in', () => {
    fc.assert(
      fc.property(scenario, fc.func(fc.integer()), (input, order) => {
        const shuffled = [...input.milestones].sort((a, b) => order(a.id) - order(b.id) || a.id - b.id);
        const first = projectPlan(input);
        expect(projectPlan(structuredClone(input))).toEqual(first);
        expect(projectPlan({ ...input, milestones: shuffled, stages: [...input.stages].reverse() }).projectedDate).toBe(
          first.projectedDate
        );
      }),
      { numRuns: 200 }
    );
  });
});

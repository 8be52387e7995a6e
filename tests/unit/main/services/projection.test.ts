import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GRACE_DAYS, MAX_PACE_FACTOR, projectPlan, type ProjectionInput } from '../../../../src/main/services/projection';
import { addDays } from '../../../../src/main/services/dates';
import type { Milestone, MilestoneKind, MilestoneStatus, Stage } from '../../../../src/shared/model';
import type { Profile } from '../../../../src/shared/profile';
import { complete, storedPlan } from './projection-support';

const TODAY = '2026-11-24';
const START = '2026-11-24';
const stages: Stage[] = [
  { id: 1, planId: 1, templateId: 'stage.education', title: null, position: 0 },
  { id: 2, planId: 1, templateId: 'stage.caio', title: null, position: 1 }
];
const hours = (hoursPerWeek: number) => ({ hoursPerWeek, educationLevel: 'bac+3' as const });

let nextId = 1;
function milestone(stageId: number, kind: MilestoneKind, status: MilestoneStatus = 'todo', extra: Partial<Milestone> = {}): Milestone {
  const id = nextId++;
  return {
    id,
    planId: 1,
    stageId,
    templateId: null,
    title: `M${id}`,
    kind,
    status,
    dueDate: null,
    completedDate: status === 'done' ? '2026-12-01' : null,
    position: id,
    notes: '',
    evidenceCount: 0,
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: status === 'done' ? '2026-12-01T10:00:00.000Z' : '2026-11-24T10:00:00.000Z',
    ...extra
  };
}

const project = (milestones: Milestone[], extra: Partial<ProjectionInput> = {}) =>
  projectPlan({ planId: 1, planStart: START, stages, milestones, profile: hours(10), today: TODAY, ...extra });

describe('progress', () => {
  it('counts skipped milestones as resolved, overall and per stage', () => {
    const milestones = [
      milestone(1, 'course', 'done'),
      milestone(1, 'course', 'skipped'),
      milestone(1, 'course', 'in_progress'),
      milestone(2, 'experience', 'todo')
    ];
    const progress = project(milestones);
    expect([progress.total, progress.resolved]).toEqual([4, 2]);
    expect(progress.stages.map((stage) => [stage.total, stage.resolved])).toEqual([
      [3, 2],
      [1, 0]
    ]);
  });

  it('counts overdue work and lists the next five due, soonest first', () => {
    const milestones = [
      milestone(1, 'course', 'todo', { dueDate: '2026-01-01' }),
      milestone(1, 'course', 'done', { dueDate: '2026-02-01' }),
      ...['2027-05-01', '2027-01-01', '2027-03-01', '2027-02-01', '2027-04-01', '2027-06-01'].map((dueDate) =>
        milestone(2, 'skill', 'todo', { dueDate })
      )
    ];
    const progress = project(milestones);
    expect(progress.overdueCount).toBe(1);
    expect(progress.nextDue.map((m) => m.dueDate)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01']);
  });

  it('lists as next due the five open milestones due first from today, by date then id, whatever their order', () => {
    const day = fc.integer({ min: -40, max: 40 }).map((offset) => addDays(TODAY, offset));
    const row = fc.record({
      status: fc.constantFrom<MilestoneStatus>('todo', 'in_progress', 'done', 'skipped'),
      dueDate: fc.option(day, { nil: null })
    });
    // In any order: the rows of a plan come by stage and position, not by date.
    const plan = fc
      .array(row, { maxLength: 40 })
      .map((rows) => rows.map((r, index) => milestone(1, 'course', r.status, { id: index + 1, dueDate: r.dueDate })))
      .chain((milestones) => fc.shuffledSubarray(milestones, { minLength: milestones.length }));
    fc.assert(
      fc.property(plan, (milestones) => {
        const expected = milestones
          .filter((m) => m.status !== 'done' && m.status !== 'skipped' && m.dueDate !== null && m.dueDate >= TODAY)
          .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || a.id - b.id)
          .slice(0, 5);
        expect(project(milestones).nextDue.map((m) => m.id)).toEqual(expected.map((m) => m.id));
      })
    );
  });
});

describe('projection', () => {
  it('with no history, projects from the plan’s first day at the hours per week', () => {
    // Two 40-hour courses at 10 h/week: 8 weeks; then a 26-week role.
    const milestones = [milestone(1, 'course'), milestone(1, 'course'), milestone(2, 'experience')];
    const progress = project(milestones);
    expect(progress.basis).toEqual({ kind: 'hours', hoursPerWeek: 10, delayWeeks: 0 });
    expect(progress.hasGoal).toBe(false);
    expect(progress.stages.map((stage) => stage.projectedDate)).toEqual(['2027-01-19', '2027-07-20']);
    expect(progress.projectedDate).toBe('2027-07-20');
  });

  it('with no history, equals the generated plan’s own schedule, on every route', () => {
    const student: Profile = {
      educationLevel: 'bac+2',
      field: 'business',
      yearsExperience: 0,
      currentRole: 'student',
      targetCompanySize: 'large',
      hoursPerWeek: 12,
      achieved: ['agile']
    };
    for (const routeId of ['route.engineering', 'route.business', 'route.it-leader'] as const) {
      const plan = storedPlan(student, routeId, START);
      const progress = projectPlan({ planId: 1, planStart: START, ...plan, profile: student, today: '2026-12-10' });
      expect(progress.projectedDate, routeId).toBe(plan.caioDate);
    }
  });

  it('fewer hours per week push the projected date later', () => {
    const milestones = [milestone(1, 'course'), milestone(2, 'compliance')];
    const fast = project(milestones);
    const slow = project(milestones, { profile: hours(5) });
    expect(slow.projectedDate! > fast.projectedDate!).toBe(true);
  });

  it('a milestone completed early frees the rest of its slot, and no more', () => {
    // Two 4-week courses, then a 26-week role. The first is done after one week: three weeks earlier.
    const open = [milestone(1, 'course'), milestone(1, 'course'), milestone(2, 'experience')];
    const before = project(open, { today: '2026-12-01' });
    const after = project(complete(open, open[0]!.id, '2026-12-01'), { today: '2026-12-01' });
    expect([before.projectedDate, after.projectedDate]).toEqual(['2027-07-20', '2027-06-29']);
  });

  it('undone work within the grace period changes nothing; beyond it, it pushes the date by the extra lateness', () => {
    const milestones = [milestone(1, 'course'), milestone(2, 'experience')];
    // The course was planned to end 2026-12-22; the role follows for 26 weeks.
    const onTime = project(milestones, { today: addDays('2026-12-22', GRACE_DAYS) });
    expect(onTime.projectedDate).toBe('2027-06-22');
    expect(onTime.basis).toMatchObject({ delayWeeks: 0 });
    const late = project(milestones, { today: addDays('2026-12-22', GRACE_DAYS + 14) });
    expect(late.projectedDate).toBe('2027-07-06');
    expect(late.basis).toMatchObject({ kind: 'hours', delayWeeks: 2 });
  });

  it('milestones achieved before the plan (wizard answers, past years, unknown dates) take no time and never count as pace', () => {
    const achieved = [
      milestone(1, 'diploma', 'done', { completedDate: null, updatedAt: '2026-11-24T10:00:00.000Z' }),
      milestone(1, 'diploma', 'done', { completedDate: '2019', updatedAt: '2026-11-24T10:00:00.000Z' }),
      milestone(1, 'course', 'done', { completedDate: START, updatedAt: '2026-11-24T10:00:00.000Z' })
    ];
    const progress = project([...achieved, milestone(1, 'course')], { today: '2027-03-01' });
    expect(progress.basis.kind).toBe('hours');
    expect(progress.projectedDate).toBe(project([milestone(1, 'course')], { today: '2027-03-01' }).projectedDate);
  });

  it('projects the CAIO goal at the end of its stage, even when later stages remain', () => {
    const goal = milestone(2, 'experience', 'todo', { templateId: 'milestone.caio' });
    const beyond: Stage = { id: 3, planId: 1, templateId: 'stage.beyond', title: null, position: 2 };
    const milestones = [milestone(1, 'course'), goal, milestone(3, 'experience')];
    const progress = project(milestones, { stages: [...stages, beyond] });
    expect(progress.hasGoal).toBe(true);
    expect(progress.projectedDate).toBe(progress.stages[1]!.projectedDate);
    expect(progress.stages[2]!.projectedDate! > progress.projectedDate!).toBe(true);
  });

  it('a finished plan projects its last completion date', () => {
    const milestones = [
      milestone(1, 'course', 'done', { completedDate: '2026-03-01' }),
      milestone(2, 'course', 'skipped'),
      milestone(2, 'course', 'done', { completedDate: '2026-06-15' })
    ];
    const progress = project(milestones);
    expect(progress.basis).toEqual({ kind: 'finished', date: '2026-06-15' });
    expect(progress.projectedDate).toBe('2026-06-15');
    expect(progress.stages.every((stage) => stage.projectedDate === null)).toBe(true);
  });

  it('an empty plan has nothing to project', () => {
    const progress = project([]);
    expect(progress.projectedDate).toBeNull();
    expect(progress.total).toBe(0);
  });
});

describe('recent pace', () => {
  // Twelve 40-hour courses (4 weeks each at 10 h/week), then a 26-week role; the plan began on START.
  const courses = () => Array.from({ length: 12 }, () => milestone(1, 'course'));
  const withCompletions = (dates: string[]) => {
    let list = [...courses(), milestone(2, 'experience')];
    dates.forEach((date, index) => (list = complete(list, list[index]!.id, date)));
    return list;
  };

  it('does not count until there are several completions over several weeks in a plan some weeks old', () => {
    const today = '2027-01-20';
    // Two completions: not enough.
    expect(project(withCompletions(['2026-12-01', '2027-01-10']), { today }).basis.kind).toBe('hours');
    // Three, but within ten days: not enough.
    expect(project(withCompletions(['2027-01-05', '2027-01-10', '2027-01-15']), { today }).basis.kind).toBe('hours');
    // Three over several weeks, but the plan is only four weeks old.
    expect(project(withCompletions(['2026-11-26', '2026-12-10', '2026-12-20']), { today: '2026-12-22' }).basis.kind).toBe('hours');
    // Three over several weeks in an eight-week-old plan: 12 planned weeks done in 57 days.
    const brisk = project(withCompletions(['2026-12-01', '2026-12-20', '2027-01-15']), { today });
    expect(brisk.basis).toEqual({ kind: 'pace', hoursPerWeek: 10, delayWeeks: 0, recentCount: 3, weeks: 8, factor: 1.47 });
  });

  it('is bounded: however fast the recent completions, the remaining study work goes at most 1.5 times the planned pace', () => {
    const today = '2027-01-20';
    const list = withCompletions(['2026-12-01', '2026-12-10', '2026-12-20', '2027-01-01', '2027-01-10', '2027-01-15']);
    const progress = project(list, { today });
    expect(progress.basis).toMatchObject({ kind: 'pace', factor: MAX_PACE_FACTOR });
    // Six courses left: 24 planned weeks at 1.5 times the pace is 16 weeks from where the studies stand.
    const withoutPace = project(list, { today: '2026-12-30' });
    expect(progress.projectedDate! < withoutPace.projectedDate!).toBe(true);
  });

  it('a slow pace never pushes the date: only overdue work does', () => {
    const today = '2027-02-20';
    const progress = project(withCompletions(['2026-12-01', '2026-12-20', '2027-01-15']), { today });
    expect(progress.basis.kind).toBe('hours');
  });
});

describe('regressions from the issue', () => {
  const karine: Profile = {
    educationLevel: 'bac+5',
    field: 'business',
    yearsExperience: 12,
    currentRole: 'product-business',
    targetCompanySize: 'large',
    hoursPerWeek: 5,
    achieved: ['business-degree']
  };
  const lea: Profile = {
    educationLevel: 'bac+3',
    field: 'computer-science',
    yearsExperience: 0,
    currentRole: 'student',
    targetCompanySize: 'large',
    hoursPerWeek: 15,
    achieved: ['bachelor']
  };

  it('one tick on a new plan moves the date only by what that milestone had left', () => {
    const plan = storedPlan(karine, 'route.business', START);
    const input = { planId: 1, planStart: START, stages: plan.stages, profile: karine, today: '2026-11-26' };
    const before = projectPlan({ ...input, milestones: plan.milestones });
    const first = plan.milestones.find((m) => m.templateId === 'bus.data-foundations')!;
    const after = projectPlan({ ...input, milestones: complete(plan.milestones, first.id, '2026-11-26') });
    expect(before.projectedDate).toBe(plan.caioDate);
    // The data foundations course had 30 weeks left at 5 h/week; the date moves by those weeks, not by years.
    expect([before.projectedDate, after.projectedDate]).toEqual(['2034-10-31', '2034-04-06']);
    expect(after.basis.kind).toBe('hours');
  });

  it('two early ticks by a student bring the date closer, never later', () => {
    const plan = storedPlan(lea, 'route.engineering', START);
    const input = { planId: 1, planStart: START, stages: plan.stages, profile: lea, today: '2026-12-15' };
    const before = projectPlan({ ...input, milestones: plan.milestones });
    const [a, b] = plan.milestones.filter((m) => m.kind === 'course' && m.status === 'todo');
    const after = projectPlan({ ...input, milestones: complete(complete(plan.milestones, a!.id, '2026-12-08'), b!.id, '2026-12-15') });
    expect(before.projectedDate).toBe(plan.caioDate);
    expect([before.projectedDate, after.projectedDate]).toEqual(['2036-09-21', '2036-06-10']);
    expect(after.basis.kind).toBe('hours');
  });
});

import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../../../src/main/services/projection';
import type { Milestone, MilestoneKind, MilestoneStatus, Stage } from '../../../../src/shared/model';

const TODAY = '2026-11-24';
const stages: Stage[] = [
  { id: 1, planId: 1, templateId: 'stage.education', title: null, position: 0 },
  { id: 2, planId: 1, templateId: 'stage.caio', title: null, position: 1 }
];

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
    completedDate: status === 'done' ? '2026-01-01' : null,
    position: id,
    notes: '',
    evidenceCount: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra
  };
}

describe('progress', () => {
  it('counts skipped milestones as resolved, overall and per stage', () => {
    const milestones = [
      milestone(1, 'course', 'done'),
      milestone(1, 'course', 'skipped'),
      milestone(1, 'course', 'in_progress'),
      milestone(2, 'experience', 'todo')
    ];
    const progress = projectPlan({ planId: 1, stages, milestones, hoursPerWeek: 10, today: TODAY });
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
    const progress = projectPlan({ planId: 1, stages, milestones, hoursPerWeek: 10, today: TODAY });
    expect(progress.overdueCount).toBe(1);
    expect(progress.nextDue.map((m) => m.dueDate)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01']);
  });
});

describe('projection', () => {
  it('with no progress yet, projects from the hours per week alone', () => {
    // Two 40-hour courses at 10 h/week: 8 weeks; then a 26-week role.
    const milestones = [milestone(1, 'course'), milestone(1, 'course'), milestone(2, 'experience')];
    const progress = projectPlan({ planId: 1, stages, milestones, hoursPerWeek: 10, today: TODAY });
    expect(progress.basis).toEqual({ kind: 'hours', hoursPerWeek: 10 });
    expect(progress.hasGoal).toBe(false);
    expect(progress.stages.map((stage) => stage.projectedDate)).toEqual(['2027-01-19', '2027-07-20']);
    expect(progress.projectedDate).toBe('2027-07-20');
  });

  it('fewer hours per week push the projected date later', () => {
    const milestones = [milestone(1, 'course'), milestone(2, 'compliance')];
    const fast = projectPlan({ planId: 1, stages, milestones, hoursPerWeek: 10, today: TODAY });
    const slow = projectPlan({ planId: 1, stages, milestones, hoursPerWeek: 5, today: TODAY });
    expect(slow.projectedDate! > fast.projectedDate!).toBe(true);
  });

  it('uses the recent pace: finishing planned work quickly brings the date closer, and says so', () => {
    const open = [milestone(1, 'course'), milestone(1, 'course')];
    const recent = [0, 1, 2, 3, 4, 5].map((index) =>
      milestone(1, 'course', 'done', { completedDate: `2026-11-0${index + 1}`, updatedAt: '2026-11-10T00:00:00.000Z' })
    );
    const baseline = projectPlan({ planId: 1, stages, milestones: open, hoursPerWeek: 10, today: TODAY });
    const brisk = projectPlan({ planId: 1, stages, milestones: [...open, ...recent], hoursPerWeek: 10, today: TODAY });
    // Six 4-week courses done in the last 90 days (12.9 weeks): a pace factor of about 1.87.
    expect(brisk.basis).toEqual({ kind: 'pace', hoursPerWeek: 10, recentCount: 6, factor: 1.87 });
    expect(brisk.projectedDate! < baseline.projectedDate!).toBe(true);
  });

  it('ignores milestones that were created already done (achievements from the wizard) when measuring pace', () => {
    const created = '2026-11-20T10:00:00.000Z';
    const milestones = [
      milestone(1, 'diploma', 'done', { completedDate: '2026-11-20', createdAt: created, updatedAt: created }),
      milestone(1, 'course')
    ];
    expect(projectPlan({ planId: 1, stages, milestones, hoursPerWeek: 10, today: TODAY }).basis.kind).toBe('hours');
  });

  it('projects the CAIO goal at the end of its stage, even when later stages remain', () => {
    const goal = milestone(2, 'experience', 'todo', { templateId: 'milestone.caio' });
    const beyond: Stage = { id: 3, planId: 1, templateId: 'stage.beyond', title: null, position: 2 };
    const milestones = [milestone(1, 'course'), goal, milestone(3, 'experience')];
    const progress = projectPlan({ planId: 1, stages: [...stages, beyond], milestones, hoursPerWeek: 10, today: TODAY });
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
    const progress = projectPlan({ planId: 1, stages, milestones, hoursPerWeek: 10, today: TODAY });
    expect(progress.basis).toEqual({ kind: 'finished', date: '2026-06-15' });
    expect(progress.projectedDate).toBe('2026-06-15');
    expect(progress.stages.every((stage) => stage.projectedDate === null)).toBe(true);
  });

  it('an empty plan has nothing to project', () => {
    const progress = projectPlan({ planId: 1, stages, milestones: [], hoursPerWeek: 10, today: TODAY });
    expect(progress.projectedDate).toBeNull();
    expect(progress.total).toBe(0);
  });
});

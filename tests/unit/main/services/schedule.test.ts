/** The one schedule (docs/adr/0008-one-schedule.md): durations per kind, pinned dates, catching up, order. */
import { describe, expect, it } from 'vitest';
import { CATCH_UP_DAYS, schedulePlan, type ScheduleInput, type ScheduleRow } from '../../../../src/main/services/schedule';
import { addDays } from '../../../../src/main/services/dates';
import type { MilestoneKind } from '../../../../src/shared/model';

const START = '2026-12-07';
const stages = [
  { id: 1, position: 0 },
  { id: 2, position: 1 }
];

let nextId = 0;
function row(kind: MilestoneKind, overrides: Partial<ScheduleRow> = {}): ScheduleRow {
  nextId += 1;
  return {
    id: nextId,
    stageId: 1,
    templateId: null,
    kind,
    status: 'todo',
    dueDate: null,
    duePinned: false,
    completedDate: null,
    position: nextId,
    ...overrides
  };
}

function schedule(rows: ScheduleRow[], overrides: Partial<ScheduleInput> = {}) {
  return schedulePlan({ stages, rows, hoursPerWeek: 10, profile: { educationLevel: 'bac+3' }, start: START, today: START, ...overrides });
}

describe('the one schedule', () => {
  it('gives a master’s two years of calendar time whatever the spare hours, and a course its hours at the person’s pace', () => {
    const master = row('diploma', { templateId: 'eng.master' });
    const course = row('course', { templateId: 'eng.deep-learning' });
    for (const hoursPerWeek of [3, 5, 20]) {
      const due = schedule([master, course], { hoursPerWeek });
      expect(due.get(master.id)).toBe(addDays(START, 104 * 7));
      // 120 hours at this pace, after the master's.
      expect(due.get(course.id)).toBe(addDays(START, 104 * 7 + Math.round((120 / hoursPerWeek) * 7)));
    }
  });

  it('runs roles alongside the studies of their stage, and starts a stage when the one before ends', () => {
    const course = row('course');
    const role = row('experience', { templateId: 'eng.first-role' });
    const next = row('skill', { stageId: 2, position: 0 });
    const due = schedule([course, role, next]);
    expect(due.get(course.id)).toBe(addDays(START, 28));
    expect(due.get(role.id)).toBe(addDays(START, 104 * 7));
    expect(due.get(next.id)).toBe(addDays(START, 104 * 7 + 21));
  });

  it('never moves a pinned date, and starts what follows it after it', () => {
    const exam = row('course', { dueDate: '2027-06-15', duePinned: true });
    const after = row('course');
    const due = schedule([exam, after]);
    expect(due.get(exam.id)).toBe('2027-06-15');
    expect(due.get(after.id)).toBe(addDays('2027-06-15', 28));
  });

  it('keeps an overdue pinned date where it is, and gives planned work that fell behind a week from today', () => {
    const pinned = row('compliance', { dueDate: '2026-12-01', duePinned: true });
    const late = row('course');
    const today = addDays(START, 60);
    const due = schedule([pinned, late], { today });
    expect(due.get(pinned.id)).toBe('2026-12-01');
    expect(due.get(late.id)).toBe(addDays(today, CATCH_UP_DAYS));
  });

  it('never gives a step a later date for more hours per week, even when the slower pace left it just inside the week', () => {
    // 40 h at 10 h/week ends 28 days in; at 20 h/week, 14 days in. Eight days later the slow step is
    // still 20 days out, the fast one 6 days out: a week from today for both, never later at the faster pace.
    const course = row('course');
    const today = addDays(START, 8);
    const slow = schedule([course], { today, hoursPerWeek: 10 }).get(course.id)!;
    const fast = schedule([course], { today, hoursPerWeek: 20 }).get(course.id)!;
    expect(slow).toBe(addDays(START, 28));
    expect(fast).toBe(addDays(today, CATCH_UP_DAYS));
    expect(fast <= slow).toBe(true);
    // At 40 h/week the step's slot ended yesterday: still a week from today, not later than at 20.
    expect(schedule([course], { today, hoursPerWeek: 40 }).get(course.id)).toBe(addDays(today, CATCH_UP_DAYS));
  });

  it('lets a step done early free its slot, and skipped steps and wizard achievements take no time', () => {
    const early = row('course', { status: 'done', completedDate: addDays(START, 7) });
    const skipped = row('course', { status: 'skipped' });
    const achieved = row('diploma', { status: 'done', completedDate: '2016' });
    const next = row('course');
    const due = schedule([early, skipped, achieved, next]);
    expect(due.has(early.id)).toBe(false);
    expect(due.get(next.id)).toBe(addDays(START, 7 + 28));
  });

  it('never dates a step before one above it in the plan', () => {
    const role = row('experience');
    const course = row('course');
    const due = schedule([role, course]);
    expect(due.get(course.id)! >= due.get(role.id)!).toBe(true);
  });
});

/**
 * The one schedule of a plan: the due date of every open milestone. Pure. The rules are written
 * down in docs/adr/0008-one-schedule.md; in short:
 *
 * - The plan is walked in its order (stages by position, milestones by position) from its first day.
 *   Study steps (diplomas, courses, skills, compliance, visibility) follow one another; work steps
 *   (roles, leadership) follow one another alongside them; a stage starts when the one before ends.
 * - Durations: a diploma, a role or leadership experience takes calendar time; every other step takes
 *   its effort hours at the person's hours per week (never less than its calendar length).
 * - Done steps end on their completion date (never before their slot opens); skipped steps and what
 *   was achieved before the plan began take no time.
 * - A pinned date (typed by the person, or external: an exam, a diploma's end, a legal deadline)
 *   never moves; what follows it starts after it.
 * - Open planned work is never due sooner than CATCH_UP_DAYS from today: a step whose slot ended (or
 *   ends within that week) without it being done gets a week from today, and everything after it
 *   flows from there. One floor for every step keeps the schedule monotone: more hours per week, or
 *   a step done earlier, never moves a date later.
 * - A step is never due before a step above it in the plan, so the list reads in date order.
 */
import type { IsoDate, MilestoneKind, MilestoneStatus, ProjectionMilestone } from '@shared/model';
import { MILESTONE_TEMPLATES } from '@shared/content/routes';
import { dayNumber, isoOfDay } from './dates';
import { templateEffort, type EffortProfile } from './effort';

/** The least time given to open planned work, from today: a step behind gets this long to catch up. */
export const CATCH_UP_DAYS = 7;

/** Steps that take calendar time whatever the hours per week. */
const CALENDAR_KINDS: ReadonlySet<MilestoneKind> = new Set(['diploma', 'experience', 'leadership']);
/** Steps on the work track (time in a post), alongside the study track. */
const WORK_KINDS: ReadonlySet<MilestoneKind> = new Set(['experience', 'leadership']);

/** Typical size of a milestone written by hand, by kind: weeks of calendar time, or effort hours. */
export const DEFAULT_SIZE: Record<MilestoneKind, { effortHours: number; calendarWeeks: number }> = {
  diploma: { effortHours: 0, calendarWeeks: 52 },
  course: { effortHours: 40, calendarWeeks: 0 },
  experience: { effortHours: 0, calendarWeeks: 26 },
  skill: { effortHours: 30, calendarWeeks: 0 },
  leadership: { effortHours: 0, calendarWeeks: 26 },
  compliance: { effortHours: 30, calendarWeeks: 0 },
  visibility: { effortHours: 15, calendarWeeks: 0 }
};

/** What the schedule reads of a milestone. */
export type ScheduleRow = ProjectionMilestone;

export interface ScheduleInput {
  stages: ReadonlyArray<{ id: number; position: number }>;
  rows: readonly ScheduleRow[];
  hoursPerWeek: number;
  /** What a template's size depends on (a bachelor's from bac+2 is shorter). */
  profile: EffortProfile;
  /** The plan's first day. */
  start: IsoDate;
  today: IsoDate;
  /**
   * False only to find the order a generated plan should list its steps in: each track then runs at
   * its own pace, without the rule that nothing is due before the step above it.
   */
  ordered?: boolean;
}

export const isOpen = (row: { status: MilestoneStatus }) => row.status === 'todo' || row.status === 'in_progress';

/** Done before the plan began (a wizard answer: a year, an unknown date, or an earlier day): takes no time. */
export function achievedBeforePlan(row: Pick<ScheduleRow, 'status' | 'completedDate'>, start: IsoDate): boolean {
  return row.status === 'done' && (row.completedDate === null || row.completedDate.length !== 10 || row.completedDate < start);
}

/** Days a milestone takes at `hoursPerWeek`. */
export function durationDays(
  row: Pick<ScheduleRow, 'kind' | 'templateId'>,
  hoursPerWeek: number,
  profile: EffortProfile,
  start: IsoDate
): number {
  const template = row.templateId ? MILESTONE_TEMPLATES.get(row.templateId) : undefined;
  const size = template ? templateEffort(template, profile, start) : DEFAULT_SIZE[row.kind];
  const weeks = CALENDAR_KINDS.has(row.kind) ? size.calendarWeeks : Math.max(size.calendarWeeks, size.effortHours / hoursPerWeek);
  return Math.round(weeks * 7);
}

/** Hours of study a milestone still asks (calendar-time steps ask none of the person's spare hours). */
export function effortHours(row: Pick<ScheduleRow, 'kind' | 'templateId'>, profile: EffortProfile, start: IsoDate): number {
  if (CALENDAR_KINDS.has(row.kind)) return 0;
  const template = row.templateId ? MILESTONE_TEMPLATES.get(row.templateId) : undefined;
  return (template ? templateEffort(template, profile, start) : DEFAULT_SIZE[row.kind]).effortHours;
}

/** The rows in the plan's order: stages by position, then milestones by position. */
export function inPlanOrder<R extends Pick<ScheduleRow, 'id' | 'stageId' | 'position'>>(
  stages: ReadonlyArray<{ id: number; position: number }>,
  rows: readonly R[]
): R[] {
  const stageRank = new Map(
    [...stages].sort((a, b) => a.position - b.position || a.id - b.id).map((stage, index) => [stage.id, index] as const)
  );
  const rank = (row: R) => stageRank.get(row.stageId) ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.position - b.position || a.id - b.id);
}

/**
 * The due date of every open milestone, by id: pinned ones as they are, planned ones from the rules
 * above. Done and skipped milestones are not in the result.
 */
export function schedulePlan(input: ScheduleInput): Map<number, IsoDate> {
  const days = scheduleDays(input);
  const due = new Map<number, IsoDate>();
  for (const [id, day] of days) due.set(id, isoOfDay(day));
  return due;
}

/** The same schedule in day numbers (days since 1970-01-01), for callers comparing many dates. */
export function scheduleDays(input: ScheduleInput): Map<number, number> {
  const { stages, hoursPerWeek, profile, start, today, ordered = true } = input;
  const first = dayNumber(start);
  const now = dayNumber(today);
  // A step's length depends only on its template (or kind): worked out once for each.
  const lengths = new Map<string, number>();
  const lengthOf = (row: ScheduleRow) => {
    const key = row.templateId ?? row.kind;
    let days = lengths.get(key);
    if (days === undefined) lengths.set(key, (days = durationDays(row, hoursPerWeek, profile, start)));
    return days;
  };
  const due = new Map<number, number>();
  let stageStart = first;
  // The latest due date so far in the plan's order: nothing below it is due earlier.
  let floor = first;
  let stageId: number | undefined;
  let study = first;
  let work = first;
  let stageEnd = first;
  for (const row of inPlanOrder(stages, input.rows)) {
    if (row.stageId !== stageId) {
      stageId = row.stageId;
      stageStart = stageEnd;
      study = work = stageStart;
    }
    if (row.status === 'skipped' || achievedBeforePlan(row, start)) continue;
    const onWork = WORK_KINDS.has(row.kind);
    const slotStart = onWork ? work : study;
    let end: number;
    if (row.status === 'done') {
      end = Math.max(slotStart, dayNumber(row.completedDate!));
    } else if (row.duePinned && row.dueDate) {
      const pinned = dayNumber(row.dueDate);
      end = Math.max(slotStart, pinned);
      due.set(row.id, pinned);
      if (ordered) floor = Math.max(floor, pinned);
    } else {
      const planned = slotStart + lengthOf(row);
      end = Math.max(planned, now + CATCH_UP_DAYS);
      if (ordered) end = floor = Math.max(floor, end);
      due.set(row.id, end);
    }
    if (onWork) work = end;
    else study = end;
    stageEnd = Math.max(stageEnd, end);
  }
  return due;
}

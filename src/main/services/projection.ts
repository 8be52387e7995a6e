/**
 * Progress and the projected date of a plan. Pure. The rules are written down in
 * docs/adr/0003-projection-model.md; in short:
 *
 * - The plan is scheduled from its first day with the same rule that generated it (effort.ts,
 *   scheduling.ts): with no history the projection is the plan's own schedule, and the clock alone
 *   changes nothing while the work is on time.
 * - A milestone completed before its planned end frees the rest of its slot; steps achieved before
 *   the plan began (wizard answers, past diplomas) take no slot and never count as pace.
 * - Work still undone more than GRACE_DAYS after its planned end pushes everything after it: it is
 *   taken to end no sooner than today minus the grace. Open work is never projected before today.
 * - Recent pace speeds up the remaining study work only with enough evidence (several completions
 *   over several weeks, in a plan some weeks old), by at most MAX_PACE_FACTOR. Slowness shows up as
 *   overdue work instead, so completing a milestone can never move the date later.
 */
import type { Milestone, MilestoneKind, PlanProgress, ProjectionBasis, ProjectionMilestone, Stage, StageProgress } from '@shared/model';
import { CAIO_GOAL_ID, MILESTONE_TEMPLATES } from '@shared/content/routes';
import { addDays, dayNumber, daysBetween, laterOf } from './dates';
import { durationWeeks, WORK_KINDS, type Effort } from './scheduling';
import { templateEffort, type EffortProfile } from './effort';

/** How late undone work may run before it pushes the rest of the plan. */
export const GRACE_DAYS = 28;
export const PACE_WINDOW_DAYS = 90;
/** Evidence needed before pace counts: completions, the weeks they span, the plan's age. */
export const PACE_MIN_COMPLETIONS = 3;
export const PACE_MIN_SPAN_DAYS = 21;
export const PACE_MIN_PLAN_AGE_DAYS = 42;
export const MAX_PACE_FACTOR = 1.5;

/** Typical effort of a milestone written by hand, by kind. */
const DEFAULT_EFFORT: Record<MilestoneKind, Effort> = {
  diploma: { effortHours: 600, calendarWeeks: 52 },
  course: { effortHours: 40, calendarWeeks: 0 },
  experience: { effortHours: 0, calendarWeeks: 26 },
  skill: { effortHours: 30, calendarWeeks: 0 },
  leadership: { effortHours: 0, calendarWeeks: 26 },
  compliance: { effortHours: 30, calendarWeeks: 0 },
  visibility: { effortHours: 15, calendarWeeks: 0 }
};

export const isResolved = (milestone: Pick<Milestone, 'status'>) => milestone.status === 'done' || milestone.status === 'skipped';
const isOpen = (milestone: Pick<Milestone, 'status'>) => !isResolved(milestone);

export interface ProjectionInput<M extends ProjectionMilestone = Milestone> {
  planId: number;
  /** The plan's first day, `YYYY-MM-DD`. */
  planStart: string;
  stages: Stage[];
  /** Full milestones or only the projected fields (main loads the lean rows; tests pass milestones). */
  milestones: M[];
  profile: EffortProfile & { hoursPerWeek: number };
  today: string;
}

/** Done before the plan began: a wizard answer (date unknown, a year, or created already done) or an earlier date. */
export function achievedBeforePlan(milestone: ProjectionMilestone, planStart: string): boolean {
  if (milestone.status !== 'done') return false;
  return milestone.completedDate === null || milestone.completedDate < planStart || milestone.createdAt === milestone.updatedAt;
}

function weeksOf(milestone: ProjectionMilestone, input: ProjectionInput<ProjectionMilestone>): number {
  const template = milestone.templateId ? MILESTONE_TEMPLATES.get(milestone.templateId) : undefined;
  const effort = template ? templateEffort(template, input.profile, input.planStart) : DEFAULT_EFFORT[milestone.kind];
  return durationWeeks(effort, input.profile.hoursPerWeek);
}

interface Pace {
  recentCount: number;
  weeks: number;
  factor: number;
}

/** Planned study weeks completed in the window over the weeks elapsed in it, once the evidence suffices. */
function paceOf(input: ProjectionInput<ProjectionMilestone>): Pace | null {
  const { planStart, today, milestones } = input;
  if (daysBetween(planStart, today) < PACE_MIN_PLAN_AGE_DAYS) return null;
  const windowStart = laterOf(planStart, addDays(today, -PACE_WINDOW_DAYS));
  const recent = milestones.filter(
    (m) => m.status === 'done' && !achievedBeforePlan(m, planStart) && m.completedDate! >= windowStart && m.completedDate! <= today
  );
  if (recent.length < PACE_MIN_COMPLETIONS) return null;
  const dates = recent.map((m) => m.completedDate!).sort();
  if (daysBetween(dates[0]!, dates.at(-1)!) < PACE_MIN_SPAN_DAYS) return null;
  const planned = recent.filter((m) => !WORK_KINDS.has(m.kind)).reduce((sum, m) => sum + weeksOf(m, input), 0);
  const elapsed = daysBetween(windowStart, today) / 7;
  const factor = Math.min(MAX_PACE_FACTOR, planned / elapsed);
  if (factor <= 1) return null;
  return { recentCount: recent.length, weeks: Math.round(elapsed), factor: Math.round(factor * 100) / 100 };
}

interface Schedule {
  stageEnds: Array<string | null>;
  goalDate: string | null;
  lastDate: string | null;
}

// The schedule adds and compares days as plain numbers (dayNumber), written back as dates at the end.
const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The CAIO goal; should a plan hold it twice, the first one made. */
function goalOf<M extends ProjectionMilestone>(milestones: M[]): M | undefined {
  return milestones.filter((m) => m.templateId === CAIO_GOAL_ID).sort((a, b) => a.id - b.id)[0];
}

/** What the schedule reads of each milestone, worked out once for both passes. */
interface Step {
  id: number;
  open: boolean;
  work: boolean;
  weeks: number;
  /** Completion day, for resolved steps (done ones carry a full date here). */
  completed: number;
}

/** Position order within a stage (the order main reads rows in already, most often). */
const byPosition = (a: ProjectionMilestone, b: ProjectionMilestone) => a.position - b.position || a.id - b.id;

/** `list` in position order: sorted only when it is not already. */
function inPositionOrder(list: ProjectionMilestone[]): ProjectionMilestone[] {
  for (let index = 1; index < list.length; index += 1) {
    if (byPosition(list[index - 1]!, list[index]!) > 0) return list.sort(byPosition);
  }
  return list;
}

/** The scheduled milestones of each stage in stage order, each stage's steps in position order. */
function stepsByStage(input: ProjectionInput<ProjectionMilestone>): Array<{ stage: Stage; steps: Step[] }> {
  const { planStart, stages, milestones } = input;
  // A milestone's weeks depend only on its template (or, without one, its kind) within one
  // projection: worked out once for each.
  const byTemplate = new Map<string, number>();
  const byKind: Partial<Record<MilestoneKind, number>> = {};
  const weeksOnce = (m: ProjectionMilestone) => {
    const template = m.templateId ? MILESTONE_TEMPLATES.get(m.templateId) : undefined;
    if (!template) return (byKind[m.kind] ??= weeksOf(m, input));
    let found = byTemplate.get(template.id);
    if (found === undefined) byTemplate.set(template.id, (found = weeksOf(m, input)));
    return found;
  };
  const byStage = new Map<number, ProjectionMilestone[]>();
  for (const m of milestones) {
    if (m.status === 'skipped' || achievedBeforePlan(m, planStart)) continue;
    const list = byStage.get(m.stageId);
    if (list) list.push(m);
    else byStage.set(m.stageId, [m]);
  }
  return [...stages]
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((stage) => ({
      stage,
      steps: inPositionOrder(byStage.get(stage.id) ?? []).map((m) => {
        const open = isOpen(m);
        return { id: m.id, open, work: WORK_KINDS.has(m.kind), weeks: weeksOnce(m), completed: open ? 0 : dayNumber(m.completedDate!) };
      })
    }));
}

/** Schedules the plan from its first day; `late` applies the overdue rule. Dates as day numbers until the end. */
function schedule(
  input: ProjectionInput<ProjectionMilestone>,
  stages: ReturnType<typeof stepsByStage>,
  goalId: number | undefined,
  factor: number,
  late: boolean
): Schedule {
  const today = dayNumber(input.today);
  const lateFloor = late ? today - GRACE_DAYS : -Infinity;
  // addDays rounds the days it adds: the same rounding keeps these dates the generator's dates.
  const addWeeks = (day: number, weeks: number) => day + Math.round(weeks * 7);
  let cursor = dayNumber(input.planStart);
  let goalDate: number | null = null;
  const stageEnds = stages.map(({ steps }) => {
    let study = cursor;
    let work = cursor;
    let anyOpen = false;
    let goalOpen = false;
    for (const step of steps) {
      if (step.open) anyOpen = true;
      if (step.id === goalId) {
        goalOpen = step.open;
        continue;
      }
      const start = step.work ? work : study;
      const planned = addWeeks(start, step.weeks / (step.work ? 1 : factor));
      let end: number;
      if (step.open) {
        end = Math.max(planned, lateFloor);
      } else {
        const completed = Math.min(step.completed, today);
        const early = completed < planned ? Math.max(start, completed) : planned;
        end = Math.max(early, late ? completed - GRACE_DAYS : -Infinity);
      }
      if (step.work) work = end;
      else study = end;
    }
    let end = Math.max(study, work);
    if (goalOpen) end = goalDate = Math.max(end, lateFloor);
    cursor = end;
    return anyOpen ? end : null;
  });
  // Open work cannot be finished in the past: a projection is today at the earliest.
  const notBefore = (day: number | null) => (day === null ? null : isoOfDay(Math.max(day, today)));
  return {
    stageEnds: stageEnds.map(notBefore),
    goalDate: notBefore(goalDate),
    lastDate: notBefore(stageEnds.filter((day) => day !== null).at(-1) ?? null)
  };
}

function basisFor(input: ProjectionInput<ProjectionMilestone>, pace: Pace | null, delayDays: number): ProjectionBasis {
  const { milestones, profile } = input;
  if (milestones.every(isResolved)) {
    const dates = milestones
      .map((m) => m.completedDate)
      .filter((date): date is string => date !== null)
      .sort();
    return { kind: 'finished', date: dates.at(-1) ?? null };
  }
  const delayWeeks = Math.max(0, Math.round(delayDays / 7));
  if (!pace) return { kind: 'hours', hoursPerWeek: profile.hoursPerWeek, delayWeeks };
  return { kind: 'pace', hoursPerWeek: profile.hoursPerWeek, delayWeeks, ...pace };
}

/** Progress whose `nextDue` holds the kind of rows the projection was given. */
export type Projection<M extends ProjectionMilestone = Milestone> = Omit<PlanProgress, 'nextDue'> & { nextDue: M[] };

export function projectPlan<M extends ProjectionMilestone = Milestone>(input: ProjectionInput<M>): Projection<M> {
  const { planId, stages, milestones, today } = input;
  const pace = paceOf(input);
  const factor = pace?.factor ?? 1;
  const goal = goalOf(milestones);
  const steps = stepsByStage(input);
  const planned = schedule(input, steps, goal?.id, factor, true);
  const onTime = schedule(input, steps, goal?.id, factor, false);
  const pick = (result: Schedule) => (goal ? result.goalDate : result.lastDate);

  let projectedDate: string | null;
  let basis: ProjectionBasis;
  if (goal && isResolved(goal)) {
    // The goal reached is a fact, whatever remains beyond it.
    projectedDate = goal.completedDate;
    basis = basisFor(input, pace, 0);
  } else if (milestones.length > 0 && milestones.every(isResolved)) {
    basis = basisFor(input, null, 0);
    projectedDate = basis.kind === 'finished' ? basis.date : null;
  } else {
    projectedDate = pick(planned);
    const baseline = pick(onTime);
    basis = basisFor(input, pace, projectedDate && baseline ? daysBetween(baseline, projectedDate) : 0);
  }

  const sorted = [...stages].sort((a, b) => a.position - b.position || a.id - b.id);
  // Each stage's counts in one pass over the plan, not one pass per stage.
  const counts = new Map<number, { total: number; open: number }>();
  for (const m of milestones) {
    let count = counts.get(m.stageId);
    if (!count) counts.set(m.stageId, (count = { total: 0, open: 0 }));
    count.total += 1;
    if (isOpen(m)) count.open += 1;
  }
  const stageProgress = stages.map((stage): StageProgress => {
    const { total, open } = counts.get(stage.id) ?? { total: 0, open: 0 };
    const index = sorted.findIndex((item) => item.id === stage.id);
    return {
      stageId: stage.id,
      total,
      resolved: total - open,
      projectedDate: open > 0 ? (planned.stageEnds[index] ?? null) : null
    };
  });

  const open = milestones.filter(isOpen);
  return {
    planId,
    hasGoal: goal !== undefined,
    total: milestones.length,
    resolved: milestones.length - open.length,
    overdueCount: open.filter((m) => m.dueDate !== null && m.dueDate < today).length,
    stages: stageProgress,
    projectedDate: milestones.length === 0 ? null : projectedDate,
    basis,
    nextDue: firstDue(open, today, NEXT_DUE_COUNT)
  };
}

/** How many of the milestones due next a plan's progress lists. */
export const NEXT_DUE_COUNT = 5;

/** Due first: the earlier date (ISO dates compare as text), then the lower id. */
const dueBefore = (a: ProjectionMilestone, b: ProjectionMilestone) => a.dueDate! < b.dueDate! || (a.dueDate === b.dueDate && a.id < b.id);

/**
 * The `count` open milestones due first from today, in that order: one pass keeping the best few, as
 * every write's answer works this out and sorting thousands of rows for five cost more than the rest.
 */
function firstDue<M extends ProjectionMilestone>(open: M[], today: string, count: number): M[] {
  const first: M[] = [];
  for (const milestone of open) {
    if (milestone.dueDate === null || milestone.dueDate < today) continue;
    if (first.length === count && !dueBefore(milestone, first[count - 1]!)) continue;
    let index = Math.min(first.length, count - 1);
    while (index > 0 && dueBefore(milestone, first[index - 1]!)) index -= 1;
    first.splice(index, 0, milestone);
    if (first.length > count) first.pop();
  }
  return first;
}

/**
 * A plan's progress, read off its one schedule (schedule.ts): the CAIO date is the goal milestone's
 * due date, a stage ends with its last open milestone, overdue work is pinned work past its date.
 * Pure; the rows' due dates are the schedule's (progress-service keeps them so).
 */
import type { IsoDate, PlanProgress, ProjectionBasis, Stage, StageProgress } from '@shared/model';
import { CAIO_GOAL_ID, HEAD_OF_AI_IDS } from '@shared/model';
import { isOpen, type ScheduleRow } from './schedule';

export interface ProjectionInput {
  planId: number;
  stages: Stage[];
  /** The plan's rows, due dates as scheduled. */
  rows: readonly ScheduleRow[];
  hoursPerWeek: number;
  today: IsoDate;
}

/** Progress without the few milestones due next (read from SQL by the progress service). */
export type Projection = Omit<PlanProgress, 'nextDue' | 'firstGoal'>;

const latest = (dates: Array<string | null>): IsoDate | null =>
  dates.reduce<IsoDate | null>((max, date) => (date !== null && (max === null || date > max) ? date : max), null);

/** A goal; should a plan hold it twice, the first one made. */
function goalOf(rows: readonly ScheduleRow[], ids: readonly string[] = [CAIO_GOAL_ID]): ScheduleRow | undefined {
  return rows.filter((row) => row.templateId !== null && ids.includes(row.templateId)).sort((a, b) => a.id - b.id)[0];
}

/** The day a step is reached: its due date while open, the day it was done; none once skipped. */
function reached(row: ScheduleRow | undefined): IsoDate | null {
  if (!row || row.status === 'skipped') return null;
  // Done before the plan began, its day may be a year or unknown: no date to show.
  return isOpen(row) ? row.dueDate : row.completedDate?.length === 10 ? row.completedDate : null;
}

export function projectPlan({ planId, stages, rows, hoursPerWeek, today }: ProjectionInput): Projection {
  const open = rows.filter(isOpen);
  const goal = goalOf(rows);
  let projectedDate: IsoDate | null;
  if (goal)
    projectedDate = isOpen(goal) ? goal.dueDate : goal.status === 'done' ? goal.completedDate : latest(open.map((row) => row.dueDate));
  else projectedDate = open.length > 0 ? latest(open.map((row) => row.dueDate)) : latest(rows.map((row) => row.completedDate));

  const overdue = open.filter((row) => row.dueDate !== null && row.dueDate < today);
  const basis: ProjectionBasis =
    open.length === 0
      ? { kind: 'finished', date: latest(rows.map((row) => row.completedDate)) }
      : { kind: 'hours', hoursPerWeek, overduePinned: overdue.length };

  // Each stage's counts and last open date in one pass over the plan.
  const byStage = new Map<number, StageProgress>(
    stages.map((stage) => [stage.id, { stageId: stage.id, total: 0, resolved: 0, projectedDate: null }])
  );
  for (const row of rows) {
    const stage = byStage.get(row.stageId);
    if (!stage) continue;
    stage.total += 1;
    if (!isOpen(row)) stage.resolved += 1;
    else if (row.dueDate !== null && (stage.projectedDate === null || row.dueDate > stage.projectedDate)) stage.projectedDate = row.dueDate;
  }
  const stageProgress = [...byStage.values()];

  return {
    planId,
    hasGoal: goal !== undefined,
    total: rows.length,
    resolved: rows.length - open.length,
    overdueCount: overdue.length,
    stages: stageProgress,
    projectedDate: rows.length === 0 ? null : projectedDate,
    headOfAiDate: reached(goalOf(rows, HEAD_OF_AI_IDS)),
    basis
  };
}

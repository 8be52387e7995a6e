/**
 * Progress and projected dates for a plan. Pure.
 *
 * Each unresolved milestone needs the weeks its template says (or a default for its kind) at the
 * person's hours per week. Study steps follow one another and move at the person's recent pace;
 * work steps (roles, leadership) take their calendar time alongside. Stages follow one another from
 * today. Skipped milestones count as resolved.
 */
import type { Milestone, MilestoneKind, PlanProgress, ProjectionBasis, Stage, StageProgress } from '@shared/model';
import { CAIO_GOAL_ID, MILESTONE_TEMPLATES } from '@shared/content/routes';
import { addDays, addWeeks } from './dates';
import { durationWeeks, WORK_KINDS, type Effort } from './scheduling';

export const PACE_WINDOW_DAYS = 90;
const MIN_FACTOR = 0.25;
const MAX_FACTOR = 4;

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

function effort(milestone: Milestone): Effort {
  return (milestone.templateId && MILESTONE_TEMPLATES.get(milestone.templateId)) || DEFAULT_EFFORT[milestone.kind];
}

/** Weeks of study (at `hoursPerWeek`) and calendar weeks of work a milestone needs. */
function weeks(milestone: Milestone, hoursPerWeek: number): { study: number; work: number } {
  const total = durationWeeks(effort(milestone), hoursPerWeek);
  return WORK_KINDS.has(milestone.kind) ? { study: 0, work: total } : { study: total, work: 0 };
}

/** Completed by the person recently, not created already done (achievements ticked at onboarding). */
function recentlyCompleted(milestones: Milestone[], today: string): Milestone[] {
  const since = addDays(today, -PACE_WINDOW_DAYS);
  return milestones.filter(
    (m) =>
      m.status === 'done' && m.completedDate !== null && m.completedDate > since && m.completedDate <= today && m.updatedAt !== m.createdAt
  );
}

function basisFor(milestones: Milestone[], hoursPerWeek: number, today: string): ProjectionBasis {
  if (milestones.every(isResolved)) {
    const dates = milestones
      .map((m) => m.completedDate)
      .filter((date): date is string => date !== null)
      .sort();
    return { kind: 'finished', date: dates.at(-1) ?? null };
  }
  const recent = recentlyCompleted(milestones, today);
  if (recent.length === 0) return { kind: 'hours', hoursPerWeek };
  const plannedWeeks = recent.reduce((sum, m) => sum + durationWeeks(effort(m), hoursPerWeek), 0);
  const factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, plannedWeeks / (PACE_WINDOW_DAYS / 7)));
  return { kind: 'pace', hoursPerWeek, recentCount: recent.length, factor: Math.round(factor * 100) / 100 };
}

export interface ProjectionInput {
  planId: number;
  stages: Stage[];
  milestones: Milestone[];
  hoursPerWeek: number;
  today: string;
}

export function projectPlan({ planId, stages, milestones, hoursPerWeek, today }: ProjectionInput): PlanProgress {
  const basis = basisFor(milestones, hoursPerWeek, today);
  const factor = basis.kind === 'pace' ? basis.factor : 1;
  let cursor = today;
  const stageProgress = stages.map((stage): StageProgress => {
    const inStage = milestones.filter((m) => m.stageId === stage.id);
    const open = inStage.filter(isOpen);
    let projectedDate: string | null = null;
    if (open.length > 0) {
      const study = open.reduce((sum, m) => sum + weeks(m, hoursPerWeek).study, 0) / factor;
      const work = open.reduce((sum, m) => sum + weeks(m, hoursPerWeek).work, 0);
      cursor = addWeeks(cursor, Math.max(study, work));
      projectedDate = cursor;
    }
    return { stageId: stage.id, total: inStage.length, resolved: inStage.length - open.length, projectedDate };
  });

  const goal = milestones.find((m) => m.templateId === CAIO_GOAL_ID);
  let projectedDate: string | null;
  if (basis.kind === 'finished') projectedDate = basis.date;
  else if (goal && isResolved(goal)) projectedDate = goal.completedDate;
  else if (goal) projectedDate = stageProgress.find((stage) => stage.stageId === goal.stageId)?.projectedDate ?? null;
  else
    projectedDate =
      stageProgress
        .map((stage) => stage.projectedDate)
        .filter((date) => date !== null)
        .at(-1) ?? null;

  const open = milestones.filter(isOpen);
  return {
    planId,
    hasGoal: goal !== undefined,
    total: milestones.length,
    resolved: milestones.length - open.length,
    overdueCount: open.filter((m) => m.dueDate !== null && m.dueDate < today).length,
    stages: stageProgress,
    projectedDate,
    basis,
    nextDue: open
      .filter((m) => m.dueDate !== null && m.dueDate >= today)
      .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || a.id - b.id)
      .slice(0, 5)
  };
}

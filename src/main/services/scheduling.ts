/**
 * The one scheduling rule shared by plan generation and projection: study steps take their effort at
 * the person's hours per week but never less than their calendar length; work steps (roles,
 * leadership) take calendar time and run alongside the studies.
 */
import type { MilestoneKind } from '@shared/model';

export const WORK_KINDS: ReadonlySet<MilestoneKind> = new Set(['experience', 'leadership']);

export interface Effort {
  effortHours: number;
  calendarWeeks: number;
}

/** Weeks a step needs at `hoursPerWeek`. */
export function durationWeeks({ effortHours, calendarWeeks }: Effort, hoursPerWeek: number): number {
  return Math.max(calendarWeeks, effortHours / hoursPerWeek);
}

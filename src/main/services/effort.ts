/**
 * How much of a route step is still ahead of a person, shared by generation and projection so the
 * projection of an untouched plan is the plan's own schedule.
 */
import type { Profile } from '@shared/profile';
import type { MilestoneTemplate } from '@shared/content/routes';
import { daysBetween } from './dates';

/** A step's size: hours of study or practice, and the calendar weeks it needs whatever the pace. */
export interface Effort {
  effortHours: number;
  calendarWeeks: number;
}

export type EffortProfile = Pick<Profile, 'educationLevel' | 'inProgress'>;

/** The step the programme under way stands for: the diploma the person is enrolled in. */
export function isInProgressStep(template: Pick<MilestoneTemplate, 'kind' | 'satisfiedBy'>, profile: EffortProfile): boolean {
  const programme = profile.inProgress;
  return !!programme && template.kind === 'diploma' && template.satisfiedBy.includes(programme.diploma);
}

/**
 * A bachelor's is three years from the bac, one from bac+2; a programme under way takes exactly the
 * calendar time left until its expected end (from `start`, the plan's first day).
 */
export function templateEffort(template: MilestoneTemplate, profile: EffortProfile, start: string): Effort {
  if (isInProgressStep(template, profile)) {
    return { effortHours: 0, calendarWeeks: Math.max(0, daysBetween(start, profile.inProgress!.expectedEnd) / 7) };
  }
  const share = template.id === 'eng.bachelor' && profile.educationLevel === 'bac+2' ? 1 / 3 : 1;
  return { effortHours: template.effortHours * share, calendarWeeks: template.calendarWeeks * share };
}

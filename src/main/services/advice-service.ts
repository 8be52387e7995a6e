/**
 * The executive-programme question answered with the person's own plan: the CAIO date with an executive
 * MBA, with an executive certificate in AI, and with neither. Pure apart from the profile and the clock.
 */
import type { Profile } from '@shared/profile';
import { EXECUTIVE_OPTIONS, type ExecutiveOption } from '@shared/content/choices';
import type { ExecutiveEstimate } from '@shared/model';
import { generatePlan } from './plan-generator';
import { recommendRoute } from './route-recommender';
import { addWeeks } from './dates';

/**
 * The CAIO date of the person's recommended plan with `option` taken first. The one place this date
 * is worked out: a programme taken before the rest of the plan delays every step after it by its
 * length, the longer of its calendar weeks and its hours at the person's pace.
 */
export function caioDateWith(profile: Profile, option: Pick<ExecutiveOption, 'calendarWeeks' | 'effortHours'>, today: string): string {
  const plan = generatePlan(profile, recommendRoute(profile).routeId, today);
  const weeks = Math.max(option.calendarWeeks, Math.ceil(option.effortHours / profile.hoursPerWeek));
  return addWeeks(plan.caioDate, weeks);
}

export function executiveEstimates(profile: Profile, today: string): ExecutiveEstimate[] {
  return EXECUTIVE_OPTIONS.map((option) => ({
    optionId: option.id,
    caioDate: caioDateWith(profile, option, today),
    hoursPerWeek: profile.hoursPerWeek
  }));
}

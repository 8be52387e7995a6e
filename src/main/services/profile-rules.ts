/** Checks on a profile beyond its schema: answers that contradict each other or the calendar. */
import { AppError } from '@shared/errors';
import { isDiploma, type Profile } from '@shared/profile';

/**
 * A diploma under way cannot also be achieved, and a new plan cannot start from one that already
 * ended (a saved profile may keep it, until the person ticks it); a diploma's year is not in the
 * future. Years given for diplomas not ticked are dropped rather than stored.
 */
export function checkedProfile(profile: Profile, today: string, { newPlan = false } = {}): Profile {
  const programme = profile.inProgress ?? null;
  if (programme && profile.achieved.includes(programme.diploma)) throw new AppError('invalid_input', 'in_progress_already_achieved');
  if (newPlan && programme && programme.expectedEnd <= today) throw new AppError('invalid_input', 'in_progress_end_past');
  const thisYear = Number(today.slice(0, 4));
  const achievedYears: NonNullable<Profile['achievedYears']> = {};
  for (const [diploma, year] of Object.entries(profile.achievedYears ?? {})) {
    if (!isDiploma(diploma as Profile['achieved'][number]) || !profile.achieved.includes(diploma as Profile['achieved'][number])) continue;
    if (year > thisYear) throw new AppError('invalid_input', 'year_in_future');
    achievedYears[diploma as keyof typeof achievedYears] = year;
  }
  return { ...profile, achievedYears, inProgress: programme };
}

/** What the onboarding asks: where a person stands. */
import type { CompanySize } from './content/role';

export const EDUCATION_LEVELS = ['bac', 'bac+2', 'bac+3', 'bac+5', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const STUDY_FIELDS = ['computer-science', 'data-ai', 'engineering', 'business', 'other'] as const;
export type StudyField = (typeof STUDY_FIELDS)[number];

export const CURRENT_ROLES = [
  'student',
  'data-ai-practitioner',
  'software-engineer',
  'it-manager',
  'product-business',
  'researcher',
  'other',
  'lead-manager',
  'executive'
] as const;
export type CurrentRole = (typeof CURRENT_ROLES)[number];

/** Things a person may already have behind them; route milestones they satisfy start as done. */
export const ACHIEVEMENTS = [
  'bachelor',
  'master-tech',
  'business-degree',
  'doctorate',
  'ml-course',
  'cloud-certification',
  'ai-role',
  'model-in-production',
  'agile',
  'led-team',
  'managed-budget',
  'gdpr-ai-act',
  'public-talk'
] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];

/** Achievements that are diplomas: they have a year, and one can be under way. */
export const DIPLOMAS = ['bachelor', 'master-tech', 'business-degree', 'doctorate'] as const satisfies readonly Achievement[];
export type Diploma = (typeof DIPLOMAS)[number];

export const isDiploma = (achievement: Achievement): achievement is Diploma => (DIPLOMAS as readonly string[]).includes(achievement);

/** Full-time studies, or work-study (alternance: a contract with an employer alongside the programme). */
export const STUDY_MODES = ['full-time', 'work-study'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];

/** The programme a person is enrolled in now: its step starts as in progress and ends when it does. */
export interface ProgrammeInProgress {
  diploma: Diploma;
  /** `YYYY-MM-DD`. */
  expectedEnd: string;
  mode?: StudyMode;
}

/** Yearly budget a person owns now (in euros): what decides whether budget ownership is still to prove. */
export const BUDGET_BANDS = ['none', 'under-500k', '500k-5m', 'over-5m'] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

/**
 * Programmes a person is only considering: never achieved, never marked done; they decide which
 * comparison the guide opens on (a master's for a student, an executive programme for a manager).
 */
export const CONSIDERED_PROGRAMMES = ['master-tech', 'executive-mba', 'ai-executive-certificate', 'doctorate'] as const;
export type ConsideredProgramme = (typeof CONSIDERED_PROGRAMMES)[number];

/** The first goal of the plan: Head of AI on the way, or the CAIO role directly. */
export const FIRST_GOALS = ['head-of-ai', 'caio'] as const;
export type FirstGoal = (typeof FIRST_GOALS)[number];

export interface Profile {
  educationLevel: EducationLevel;
  field: StudyField;
  yearsExperience: number;
  currentRole: CurrentRole;
  targetCompanySize: CompanySize;
  hoursPerWeek: number;
  achieved: Achievement[];
  /** The year each achieved diploma was obtained, when the person gave it; otherwise its date is unknown. */
  achievedYears?: Partial<Record<Diploma, number>>;
  inProgress?: ProgrammeInProgress | null;
  /** People the person manages now (direct and indirect). */
  peopleManaged?: number;
  budgetOwned?: BudgetBand;
  considering?: ConsideredProgramme[];
  firstGoal?: FirstGoal;
}

/** Years from which experience with people and a budget behind it counts as senior (no entry-level step). */
export const SENIOR_YEARS = 5;

/** Someone whose years, team or budget put entry-level steps behind them. */
export function isSenior(profile: Pick<Profile, 'yearsExperience' | 'peopleManaged' | 'budgetOwned' | 'currentRole'>): boolean {
  const manages = (profile.peopleManaged ?? 0) > 0 || (profile.budgetOwned ?? 'none') !== 'none';
  const leadingRole = ['it-manager', 'product-business', 'lead-manager', 'executive'].includes(profile.currentRole);
  return profile.yearsExperience >= SENIOR_YEARS && (manages || leadingRole);
}

const LEVEL_RANK: Record<EducationLevel, number> = { bac: 0, 'bac+2': 2, 'bac+3': 3, 'bac+5': 5, doctorate: 8 };

export function educationRank(level: EducationLevel): number {
  return LEVEL_RANK[level];
}

/**
 * What the answers so far already imply, to pre-tick the checklist (the person can untick): a bac+5
 * in a technical field is a technical master's, an IT manager has led a team, and so on.
 */
export function impliedAchievements(
  profile: Pick<Profile, 'educationLevel' | 'field' | 'yearsExperience' | 'currentRole' | 'peopleManaged' | 'budgetOwned'>
): Achievement[] {
  const implied = new Set<Achievement>();
  const rank = educationRank(profile.educationLevel);
  const technical = profile.field !== 'business' && profile.field !== 'other';
  if (rank >= 3) implied.add('bachelor');
  if (rank >= 5 && technical) implied.add('master-tech');
  if (rank >= 5 && profile.field === 'business') implied.add('business-degree');
  if (profile.educationLevel === 'doctorate') implied.add('doctorate');
  if (profile.currentRole === 'data-ai-practitioner' && profile.yearsExperience >= 2) {
    implied.add('ai-role');
    implied.add('ml-course');
  }
  // An IT manager has led teams and budgets, but not yet a data or AI team or an AI programme's budget.
  if (profile.currentRole === 'it-manager') implied.add('agile');
  // People managed and a budget owned are the leadership steps themselves, whatever the field.
  if ((profile.peopleManaged ?? 0) > 0) implied.add('led-team');
  if ((profile.budgetOwned ?? 'none') !== 'none') implied.add('managed-budget');
  return ACHIEVEMENTS.filter((achievement) => implied.has(achievement));
}

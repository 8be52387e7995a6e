/** Domain vocabulary shared by every process. */
import type { CompanySize } from './content/role';
import type { RouteId } from './content/routes';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const MILESTONE_KINDS = ['diploma', 'course', 'experience', 'skill', 'leadership', 'compliance', 'visibility'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_STATUSES = ['todo', 'in_progress', 'done', 'skipped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const VIEWS = ['dashboard', 'plan', 'skills', 'guide', 'settings'] as const;
/** Screens reachable from the navigation; onboarding is reached from first run and Settings. */
export type View = (typeof VIEWS)[number];

/** Calendar date without time, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Settings {
  /** Null until the person (or the first run, from the OS locale) has chosen. */
  language: Language | null;
  theme: Theme;
  /** The plan the dashboard follows; the last one opened. */
  activePlanId: number | null;
  /** True once the person finished or skipped the first-run wizard. */
  onboarded: boolean;
  /** Reminders on the dashboard and, in the desktop app, as notifications. */
  remindersEnabled: boolean;
  /** How many days ahead a due milestone starts being reminded. */
  reminderDays: number;
}

export const REMINDER_DAYS = { min: 1, max: 60, default: 7 } as const;
/** A certification (evidence with an expiry date) is reminded this many days before it lapses. */
export const EXPIRY_WARNING_DAYS = 60;

export const REMINDER_KINDS = ['overdue', 'due', 'expiring'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Something to remind the person of, and what opening it shows. */
export interface Reminder {
  /** Stable identity of what is reminded, so a notification is shown once a day at most. */
  key: string;
  kind: ReminderKind;
  /** The due date, or the evidence's expiry date. */
  date: IsoDate;
  /** The milestone it opens; a reminder about no milestone (a periodic review) opens `view`. */
  milestone?: Pick<Milestone, 'id' | 'planId' | 'title' | 'templateId'>;
  view: View;
  /** The evidence's description, for an expiring certification. */
  detail?: string;
}

export interface RemindersSummary {
  enabled: boolean;
  days: number;
  items: Reminder[];
}

/** A milestone to open, e.g. from a reminder. */
export interface MilestoneRef {
  planId: number;
  milestoneId: number;
}

/** Commands from the application menu that the renderer carries out. */
export const APP_COMMANDS = ['newPlan', 'shortcuts'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export interface Plan {
  id: number;
  name: string;
  routeId: RouteId | null;
  targetCompanySize: CompanySize | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  milestoneCount: number;
  resolvedCount: number;
}

export interface Stage {
  id: number;
  planId: number;
  /** Id of the content stage it was made from; its title is then translated at display time. */
  templateId: string | null;
  title: string | null;
  position: number;
}

export interface Milestone {
  id: number;
  planId: number;
  stageId: number;
  templateId: string | null;
  title: string | null;
  kind: MilestoneKind;
  status: MilestoneStatus;
  dueDate: IsoDate | null;
  completedDate: IsoDate | null;
  position: number;
  notes: string;
  evidenceCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Evidence {
  id: number;
  milestoneId: number;
  url: string | null;
  description: string;
  obtainedDate: IsoDate | null;
  expiryDate: IsoDate | null;
  createdAt: string;
}

export interface MilestoneDetail {
  milestone: Milestone;
  evidence: Evidence[];
}

/** What a deletion returns: the key to give back to `undo:restore`. */
export interface Undoable {
  undoToken: number;
}

export interface StageProgress {
  stageId: number;
  total: number;
  resolved: number;
  /** When the stage's remaining milestones should be done at the person's pace; null when none remain. */
  projectedDate: IsoDate | null;
}

export type ProjectionBasis =
  | { kind: 'finished'; date: IsoDate | null }
  | { kind: 'hours'; hoursPerWeek: number }
  | { kind: 'pace'; hoursPerWeek: number; recentCount: number; factor: number };

export interface PlanProgress {
  planId: number;
  /** The plan holds the CAIO goal (made from a route), so its projection is a CAIO date. */
  hasGoal: boolean;
  total: number;
  resolved: number;
  overdueCount: number;
  stages: StageProgress[];
  /** Projected date of the CAIO goal (or of the whole plan when it has no CAIO goal). */
  projectedDate: IsoDate | null;
  basis: ProjectionBasis;
  nextDue: Milestone[];
}

export interface PlanDetail {
  plan: Plan;
  stages: Stage[];
  milestones: Milestone[];
}

export interface DashboardSummary {
  planCount: number;
  /** The plan the dashboard follows (the active one, else the last updated), with its progress. */
  plan: Plan | null;
  stages: Stage[];
  progress: PlanProgress | null;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  databasePath: string;
  mode: 'desktop' | 'browser';
}

export const REASON_KEYS = [
  'itManager',
  'seniorEngineer',
  'itLeadersPromoted',
  'businessField',
  'businessRole',
  'mbaRecognised',
  'hasBusinessDegree',
  'researcher',
  'practitioner',
  'technicalField',
  'defaultEngineering',
  'needsBac5',
  'lowPace'
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

/** One reason for a recommendation: a translation key and the values it mentions. */
export interface Reason {
  key: ReasonKey;
  values?: Record<string, string>;
}

export interface Recommendation {
  routeId: RouteId;
  reasons: Reason[];
}

/** A route's plan computed for a typical starting point, for side-by-side comparison. */
export interface RouteEstimate {
  routeId: RouteId;
  hoursPerWeek: number;
  /** Years from today to the CAIO goal. */
  years: number;
}

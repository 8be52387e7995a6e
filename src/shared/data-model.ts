/** Types of the "Your data" feature (issue 10): backups, start-up health, export and import. */
import type { Evidence, Plan, PlanDetail, PlanProgress } from './model';
import type { Profile } from './profile';
import type { Readiness, SkillGap } from './skills-model';

/** What was wrong with the database found at start. */
export const STARTUP_PROBLEMS = ['damaged', 'notDatabase', 'foreign', 'readOnly'] as const;
export type StartupProblem = (typeof STARTUP_PROBLEMS)[number];

/** Why an automatic backup was made. */
export const BACKUP_REASONS = ['daily', 'import', 'restore', 'migration', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** File name inside the backups folder (never a path: the renderer cannot name other files). */
  file: string;
  reason: BackupReason;
  /** ISO timestamp of the copy. */
  createdAt: string;
  size: number;
}

/** Told to the person once, at start, in their language. */
export interface StartupNotice {
  problem: StartupProblem;
  /** Where the file that could not be used was moved, untouched; null when it was left in place. */
  setAsidePath: string | null;
  /** The newest backup that passed the checks, offered for restoring. */
  newestBackup: BackupInfo | null;
}

/** Settings › Your data, and the start-up notice. */
export interface DataStatus {
  dataDir: string;
  backupsDir: string;
  readOnly: boolean;
  notice: StartupNotice | null;
  backups: BackupInfo[];
  /** What the data holds now, so an import or a restore can say what came in. */
  contents: { plans: number; milestones: number };
}

/** The largest import file: its base64 form still fits in one browser-mode request (16 MB). */
export const MAX_IMPORT_BYTES = 11 * 1024 * 1024;

/** Why an import file was refused; each has its own translated sentence (`data.import.problem.<code>`). */
export const IMPORT_PROBLEMS = [
  'tooLarge',
  'empty',
  'utf16',
  'notUtf8',
  'notJson',
  'tooDeep',
  'forbiddenKey',
  'notBackup',
  'newerFormat',
  'badHeader',
  'unknownSection',
  'invalidRow',
  'duplicateId',
  'danglingReference',
  'otherPlan'
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

export interface ImportProblem {
  code: ImportProblemCode;
  /** Placeholders of the sentence: section, row (1-based), field, id, key, found, known, max. */
  section?: string;
  row?: number;
  field?: string;
  id?: string;
  key?: string;
  found?: number;
  known?: number;
  max?: number;
}

export const IMPORT_MODES = ['replace', 'merge'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What an import would do to one table. */
export interface SectionPreview {
  section: string;
  incoming: number;
  added: number;
  replaced: number;
  removed: number;
}

export interface ImportPreview {
  token: string;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  replace: SectionPreview[];
  merge: SectionPreview[];
}

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; problem: ImportProblem };

/** A file for the person to save: its suggested name, type and text. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** The placeholders of a problem's sentence, every one present (as text) so any sentence can be filled. */
export function problemValues(problem: ImportProblem) {
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    section: text(problem.section),
    row: text(problem.row),
    field: text(problem.field),
    id: text(problem.id),
    key: text(problem.key),
    found: text(problem.found),
    known: text(problem.known),
    max: text(problem.max)
  };
}

/** What saving through the desktop's dialog did; `supported` is false in browser mode (the page downloads instead). */
export interface SaveOutcome {
  supported: boolean;
  saved: boolean;
  fileName: string | null;
}

/** A file the person picked in the desktop's open dialog, as base64; null when they cancelled. */
export interface OpenedFile {
  name: string;
  base64: string;
}

/** File-menu commands of the desktop app that the renderer carries out. */
export const DATA_COMMANDS = ['exportBackup', 'importBackup', 'exportCsv', 'exportIcs', 'print'] as const;
export type DataCommand = (typeof DATA_COMMANDS)[number];

/** Everything the printable career-plan dossier shows, in one answer. */
export interface Dossier {
  plans: Plan[];
  detail: PlanDetail | null;
  progress: PlanProgress | null;
  evidence: Evidence[];
  profile: Profile | null;
  skills: Array<{ id: string; targetLevel: number }>;
  assessments: Array<{ skillId: string; level: number; assessedOn: string; note: string }>;
  /** Readiness for the CAIO role from the latest ratings (its `empty` says nothing is rated yet). */
  readiness: Readiness;
  /** The skills still under their CAIO target, the costliest first. */
  gaps: SkillGap[];
}

/** Types of the "Your data" feature (issue 10): backups, start-up health, export and import. */

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
}

/** Settings › Your data: the start-up notice, the automatic backups and restoring one. */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { BackupInfo, BackupReason, DataStatus, ExportFile, ImportCheck, ImportMode, StartupNotice } from '@shared/data-model';
import { AppError } from '@shared/errors';
import type { Clock } from '../../clock';
import { isoDate } from '../../clock';
import type { BackupDocument } from './backup-format';
import { applyImport, exportDocument, previewImport } from './backup-io';
import { readBackup } from './backup-reader';
import { dueDatesIcs, milestonesCsv, type ExportedPlan } from './milestone-export';
import { createTranslator } from '../../i18n';
import type { Language } from '@shared/model';
import { backupsDir, createBackup, findBackup, hasContent, listBackups, restoreBackup, rotateBackups } from './backups';

export interface DataServiceOptions {
  db: Database;
  dataDir: string;
  clock: Clock;
  readOnly: boolean;
  notice: StartupNotice | null;
  appVersion: string;
}

export function createDataService({ db, dataDir, clock, readOnly, notice: startupNotice, appVersion }: DataServiceOptions) {
  const dir = backupsDir(dataDir);
  let notice = startupNotice;
  /** The last file checked and previewed, waiting for the person to confirm it. */
  let pending: { token: string; document: BackupDocument } | undefined;

  const count = (table: 'plans' | 'milestones') => db.prepare<[], number>(`SELECT COUNT(*) FROM ${table}`).pluck().get() ?? 0;

  function status(): DataStatus {
    const contents = { plans: count('plans'), milestones: count('milestones') };
    return { dataDir, backupsDir: dir, readOnly, notice, backups: listBackups(dir), contents };
  }

  function writable(): void {
    if (readOnly) throw new AppError('read_only');
  }

  /** A safety copy before an import or a restore; nothing to copy while the database is empty. */
  async function backupBefore(reason: BackupReason): Promise<BackupInfo | null> {
    writable();
    if (!hasContent(db)) return null;
    const backup = await createBackup(db, dir, reason, clock.now());
    rotateBackups(dir);
    return backup;
  }

  return {
    status,
    backupBefore,
    /** Once a day at start; skipped while a damaged file waits for the person's decision, so it never becomes the "newest good" one. */
    async daily(): Promise<BackupInfo | null> {
      if (readOnly || notice || !hasContent(db)) return null;
      const today = clock.now().toISOString().slice(0, 10);
      if (listBackups(dir).some((backup) => backup.reason === 'daily' && backup.createdAt.startsWith(today))) return null;
      const backup = await createBackup(db, dir, 'daily', clock.now());
      rotateBackups(dir);
      return backup;
    },
    dismissNotice(): DataStatus {
      notice = null;
      return status();
    },
    async backupNow(): Promise<DataStatus> {
      writable();
      await createBackup(db, dir, 'manual', clock.now());
      rotateBackups(dir);
      return status();
    },
    /** The whole database as one versioned JSON file. */
    exportBackup(): ExportFile {
      const document = exportDocument(db, appVersion, clock.now());
      return {
        fileName: `caio-path-backup-${isoDate(clock.now())}.json`,
        mimeType: 'application/json',
        content: JSON.stringify(document)
      };
    },
    /** One plan's milestones as CSV (none when there is no plan). */
    exportCsv(plan: ExportedPlan | undefined, { language, locale }: { language: Language; locale: string }): ExportFile {
      return milestonesCsv(db, plan, { language, locale, t: createTranslator(language) }, isoDate(clock.now()));
    },
    /** One plan's open due dates as a calendar. */
    exportIcs(plan: ExportedPlan | undefined, { language, locale }: { language: Language; locale: string }): ExportFile {
      return dueDatesIcs(db, plan, { language, locale, t: createTranslator(language) }, isoDate(clock.now()));
    },
    /** Checks a whole file and says what importing it would change; nothing is written. */
    checkImport(bytes: Uint8Array): ImportCheck {
      pending = undefined;
      const read = readBackup(bytes);
      if (!read.ok) return read;
      const token = randomUUID();
      pending = { token, document: read.document };
      const { formatVersion, appVersion: madeBy, exportedAt } = read.document;
      return { ok: true, preview: { token, formatVersion, appVersion: madeBy, exportedAt, ...previewImport(db, read.document) } };
    },
    /** Applies the previewed file after a safety backup, in one transaction. */
    async applyImport(token: string, mode: ImportMode): Promise<DataStatus> {
      writable();
      const chosen = pending;
      if (!chosen || chosen.token !== token) throw new AppError('not_found');
      pending = undefined;
      await backupBefore('import');
      applyImport(db, chosen.document, mode);
      return status();
    },
    /** Restores a listed backup after backing up the current data. */
    async restore(file: string): Promise<DataStatus> {
      writable();
      if (!findBackup(dir, file)) throw new AppError('not_found');
      await backupBefore('restore');
      await restoreBackup(db, dir, file);
      notice = null;
      return status();
    }
  };
}

export type DataService = ReturnType<typeof createDataService>;

/**
 * Automatic backups: consistent copies made with SQLite's online backup API into `backups/` next to
 * the database, rotated (the last 7 days and 4 weeks, plus the last few made before an import,
 * restore or migration), and restored into the open connection in one transaction.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '@shared/data-model';
import { openDatabase } from '../../db/database';
import { inspectDatabase, openReadOnly } from './database-health';

export const BACKUPS_FOLDER = 'backups';
export const ROTATION = { daily: 7, weekly: 4, safety: 5 } as const;

const NAME = /^caio-path-(\d{8})T(\d{6})(\d{3})Z-([a-z]+)\.db$/;

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

export function backupFileName(date: Date, reason: BackupReason): string {
  return `caio-path-${stamp(date)}-${reason}.db`;
}

function parse(file: string): { createdAt: string; reason: BackupReason } | undefined {
  const match = NAME.exec(file);
  if (!match) return undefined;
  const [, day = '', time = '', ms = '', reason = ''] = match;
  const known = BACKUP_REASONS.find((candidate) => candidate === reason);
  if (!known) return undefined;
  const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? undefined : { createdAt, reason: known };
}

/** Every backup in the folder, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const found: BackupInfo[] = [];
  for (const file of readdirSync(dir)) {
    const parsed = parse(file);
    if (!parsed) continue;
    try {
      found.push({ file, ...parsed, size: statSync(join(dir, file)).size });
    } catch {
      // Removed between the listing and the stat.
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

/** A name from the renderer, checked against the folder's listing, so no other path can be named. */
export function findBackup(dir: string, file: string): BackupInfo | undefined {
  return listBackups(dir).find((backup) => backup.file === file);
}

/** True when the database holds something a person entered (a plan or a profile). */
export function hasContent(db: Database): boolean {
  const row = db.prepare<[], { count: number }>('SELECT (SELECT COUNT(*) FROM plans) + (SELECT COUNT(*) FROM profile) AS count').get();
  return (row?.count ?? 0) > 0;
}

/** Copies the live database with `db.backup()`; the file appears under its final name only once complete. */
export async function createBackup(db: Database, dir: string, reason: BackupReason, now: Date): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const file = backupFileName(now, reason);
  const partial = join(dir, `${file}.partial`);
  try {
    // All pages per step: the copy is consistent either way, and a few large steps are much faster than 100-page ones.
    await db.backup(partial, { progress: () => 0x7fffffff });
    renameSync(partial, join(dir, file));
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, reason, createdAt: now.toISOString(), size: statSync(join(dir, file)).size };
}

/**
 * Before a migration, while the app is still opening (synchronously): `VACUUM INTO` from a
 * read-only connection, SQLite's other consistent copy, since `backup()` is asynchronous.
 */
export function createBackupSync(db: Database, dir: string, reason: BackupReason, now: Date): BackupInfo {
  mkdirSync(dir, { recursive: true });
  const file = backupFileName(now, reason);
  const partial = join(dir, `${file}.partial`);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, join(dir, file));
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, reason, createdAt: now.toISOString(), size: statSync(join(dir, file)).size };
}

function weekKey(iso: string): string {
  const date = new Date(iso);
  const day = (date.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

/** Which backups rotation keeps: the newest of each of the last 7 days and 4 weeks, and the last safety copies. */
export function backupsToKeep(backups: readonly BackupInfo[], rotation = ROTATION): Set<string> {
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  let safety = 0;
  for (const backup of backups) {
    if (backup.reason === 'daily' || backup.reason === 'manual') {
      const day = backup.createdAt.slice(0, 10);
      if (!days.has(day) && days.size < rotation.daily) {
        days.add(day);
        keep.add(backup.file);
      }
      const week = weekKey(backup.createdAt);
      if (!weeks.has(week) && weeks.size < rotation.weekly) {
        weeks.add(week);
        keep.add(backup.file);
      }
    } else if (safety < rotation.safety) {
      safety += 1;
      keep.add(backup.file);
    }
  }
  return keep;
}

/** Deletes the backups rotation does not keep. */
export function rotateBackups(dir: string): void {
  const backups = listBackups(dir);
  const keep = backupsToKeep(backups);
  for (const backup of backups) if (!keep.has(backup.file)) rmSync(join(dir, backup.file), { force: true });
}

/** The newest backup that passes the same checks as the database at start and holds something. */
export function newestGoodBackup(dir: string): BackupInfo | null {
  for (const backup of listBackups(dir)) {
    try {
      if (inspectDatabase(join(dir, backup.file)).kind === 'ok') return backup;
    } catch {
      // Unreadable: try the next one.
    }
  }
  return null;
}

/** The app's tables in a connection's schema, `sqlite_sequence` included. */
function tables(db: Database, schema: string): string[] {
  return db
    .prepare<[], { name: string }>(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%'`)
    .all()
    .map((row) => row.name);
}

function columns(db: Database, table: string): string[] {
  return (db.pragma(`main.table_info("${table}")`) as Array<{ name: string }>).map((column) => `"${column.name}"`);
}

/**
 * Replaces every row of the live database with the rows of `source` (a database file of the same
 * schema version), in one transaction; foreign keys are checked before it commits.
 */
export function replaceAllFrom(db: Database, source: string): void {
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.prepare('ATTACH DATABASE ? AS incoming').run(source);
  try {
    const incoming = new Set(tables(db, 'incoming'));
    db.transaction(() => {
      for (const table of tables(db, 'main')) {
        db.exec(`DELETE FROM main."${table}"`);
        if (!incoming.has(table)) continue;
        const list = columns(db, table).join(', ');
        db.exec(`INSERT INTO main."${table}" (${list}) SELECT ${list} FROM incoming."${table}"`);
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`Restore left ${broken.length} broken references`);
    })();
  } finally {
    db.exec('DETACH DATABASE incoming');
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

/**
 * Restores a backup: a working copy is made and migrated to this version (the backup itself is
 * never written), then its rows replace the live ones.
 */
export async function restoreBackup(db: Database, dir: string, file: string): Promise<void> {
  const working = join(dir, `restore-${process.pid}-${Date.now()}.tmp`);
  try {
    const source = openReadOnly(join(dir, file));
    try {
      await source.backup(working);
    } finally {
      source.close();
    }
    openDatabase(working).close();
    replaceAllFrom(db, working);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${working}${suffix}`, { force: true });
  }
}

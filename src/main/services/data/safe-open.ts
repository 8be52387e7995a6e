/**
 * Opens the app's database so that the app always starts: the file is examined read-only first;
 * one that is damaged, not a database or another program's is moved aside untouched and a fresh
 * one is started; a read-only folder opens read-only (or empty, in memory); a newer schema stays
 * refused. What happened is returned as a notice the renderer tells the person in their language.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StartupNotice, StartupProblem } from '@shared/data-model';
import { NewerDatabaseError, openDatabase, type Database } from '../../db/database';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { DATABASE_FILE } from '../../data-dir';
import { inspectDatabase, openReadOnly } from './database-health';
import { backupsDir, createBackupSync, newestGoodBackup, rotateBackups } from './backups';

export const SET_ASIDE_FOLDER = 'set-aside';

export interface OpenedDatabase {
  db: Database;
  databasePath: string;
  readOnly: boolean;
  notice: StartupNotice | null;
}

export interface SafeOpenOptions {
  dataDir: string;
  now: () => Date;
  /** Whether a path may be written; replaceable because permissions do not stop root. */
  canWrite?: (path: string) => boolean;
}

function defaultCanWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Moves the database and its WAL companions into `set-aside/`, renamed, not rewritten. */
function setAside(dataDir: string, path: string, problem: StartupProblem, now: Date): string {
  const folder = join(dataDir, SET_ASIDE_FOLDER);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, `caio-path-${now.toISOString().replace(/[-:.]/g, '')}-${problem}.db`);
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${target}${suffix}`);
  }
  return target;
}

/**
 * The language and theme from the newest good backup, so a fresh start after a damaged file still
 * speaks the person's language (the damaged file itself is not read).
 */
function carryOverLooks(db: Database, backup: string): void {
  try {
    const source = openReadOnly(backup);
    try {
      const rows = source
        .prepare<[], { key: string; value: string }>("SELECT key, value FROM settings WHERE key IN ('language', 'theme')")
        .all();
      const insert = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
      for (const row of rows) insert.run(row.key, row.value);
    } finally {
      source.close();
    }
  } catch {
    // The system language is used instead.
  }
}

function readOnlyDatabase(path: string, usable: boolean): Database {
  if (usable) {
    try {
      const db = openReadOnly(path);
      db.pragma('foreign_keys = ON');
      return db;
    } catch {
      // A WAL file without its shared-memory file cannot be read from a read-only folder.
    }
  }
  return openDatabase(':memory:');
}

/** Opens `dataDir/caio-path.db` safely. Throws only for a database of a newer version (left untouched). */
export function openAppDatabase({ dataDir, now, canWrite = defaultCanWrite }: SafeOpenOptions): OpenedDatabase {
  const databasePath = join(dataDir, DATABASE_FILE);
  let folderReady = true;
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch {
    folderReady = false;
  }
  const exists = existsSync(databasePath);
  const writable = folderReady && canWrite(dataDir) && (!exists || canWrite(databasePath));
  let health: ReturnType<typeof inspectDatabase>;
  try {
    health = inspectDatabase(databasePath);
  } catch (error) {
    if (writable) throw error;
    health = { kind: 'damaged', reason: String(error) };
  }
  if (health.kind === 'newer') throw new NewerDatabaseError(databasePath, health.version, LATEST_SCHEMA_VERSION);
  const backups = backupsDir(dataDir);
  if (!writable) {
    const usable = health.kind === 'ok' && health.version === LATEST_SCHEMA_VERSION;
    return {
      db: readOnlyDatabase(databasePath, usable),
      databasePath,
      readOnly: true,
      notice: { problem: 'readOnly', setAsidePath: null, newestBackup: null }
    };
  }
  if (health.kind === 'damaged' || health.kind === 'notDatabase' || health.kind === 'foreign') {
    const moved = setAside(dataDir, databasePath, health.kind, now());
    const newestBackup = newestGoodBackup(backups);
    const db = openDatabase(databasePath);
    if (newestBackup) carryOverLooks(db, join(backups, newestBackup.file));
    return { db, databasePath, readOnly: false, notice: { problem: health.kind, setAsidePath: moved, newestBackup } };
  }
  if (health.kind === 'ok' && health.version < LATEST_SCHEMA_VERSION) {
    const source = openReadOnly(databasePath);
    try {
      createBackupSync(source, backups, 'migration', now());
    } finally {
      source.close();
    }
    rotateBackups(backups);
  }
  return { db: openDatabase(databasePath), databasePath, readOnly: false, notice: null };
}

import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type { Database };

/** The file was written by a newer version of the app; it is left exactly as it was. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly known: number
  ) {
    super(`Database ${path} has schema version ${found}; this version of CAIO Path knows up to ${known}.`);
    this.name = 'NewerDatabaseError';
  }
}

/** In the desktop app the driver is a copy built for Electron's ABI (see scripts/rebuild-native.mjs). */
function driverOptions(): BetterSqlite3.Options {
  const binding = process.env.CAIO_PATH_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}

function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the pending migrations in one transaction that also records `user_version`. */
export function migrate(db: Database): number {
  const current = schemaVersion(db);
  const pending = MIGRATIONS.filter((migration) => migration.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return schemaVersion(db);
}

/**
 * Opens (creating if needed) the app's database with WAL, FULL synchronous writes and foreign keys,
 * then migrates it. A database newer than this code is refused before anything is written to it.
 */
export function openDatabase(path: string): Database {
  if (path !== ':memory:' && existsSync(path)) {
    const probe = new BetterSqlite3(path, { ...driverOptions(), readonly: true, fileMustExist: true });
    try {
      const found = schemaVersion(probe);
      if (found > LATEST_SCHEMA_VERSION) throw new NewerDatabaseError(path, found, LATEST_SCHEMA_VERSION);
    } finally {
      probe.close();
    }
  } else if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }
  const db = new BetterSqlite3(path, driverOptions());
  try {
    db.pragma('journal_mode = WAL');
    // better-sqlite3 leaves a reopened WAL database at NORMAL; every write must survive a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

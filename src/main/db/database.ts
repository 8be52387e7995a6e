import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

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

/**
 * Applies the pending migrations in one transaction that also records `user_version`. When one of
 * them rebuilds tables, foreign keys are off for the transaction (the pragma is a no-op inside one)
 * and every reference is checked before commit; they are turned back on afterwards either way.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return current;
  const rebuilds = pending.some((migration) => migration.foreignKeysOff);
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      if (rebuilds) {
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`Migration left ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 3))}`);
      }
    })();
  } finally {
    if (rebuilds) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
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

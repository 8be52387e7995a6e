import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/** Tables whose ids undo tokens and snapshots refer to, parents first. */
const TABLES = ['plans', 'stages', 'milestones', 'evidence', 'undo_entries'] as const;
type Table = (typeof TABLES)[number];

/** Snapshot keys of the undo payloads, by table, so ids waiting in an undo entry are reserved too. */
const SNAPSHOT_KEYS: Partial<Record<Table, string>> = { plans: 'plans', stages: 'stages', milestones: 'milestones', evidence: 'evidence' };

function maxSnapshotIds(db: Database): Map<Table, number> {
  const max = new Map<Table, number>();
  for (const { payload } of db.prepare<[], { payload: string }>('SELECT payload FROM undo_entries').all()) {
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(payload);
    } catch {
      continue;
    }
    if (typeof snapshot !== 'object' || snapshot === null) continue;
    for (const table of TABLES) {
      const key = SNAPSHOT_KEYS[table];
      const rows: unknown = key ? Reflect.get(snapshot, key) : undefined;
      if (!Array.isArray(rows)) continue;
      for (const row of rows as unknown[]) {
        const id: unknown = typeof row === 'object' && row !== null ? Reflect.get(row, 'id') : undefined;
        if (typeof id === 'number' && id > (max.get(table) ?? 0)) max.set(table, id);
      }
    }
  }
  return max;
}

/**
 * Rebuilds the tables with AUTOINCREMENT so SQLite never hands a deleted id to a new row: undo puts
 * rows back with their old ids, and a reused id made undo fail or attach evidence to the wrong
 * milestone. Follows SQLite's table-rebuild procedure; the runner turns foreign keys off around the
 * transaction (so DROP TABLE cascades nothing) and runs foreign_key_check before committing. Each
 * table keeps its exact definition, with AUTOINCREMENT added to its id. The sequence starts above
 * every id in use or waiting in an undo entry. The profile also gains the wizard's diploma years
 * and programme under way.
 */
export const stableIds: Migration = {
  version: 3,
  name: 'stable-ids',
  foreignKeysOff: true,
  up(db) {
    const reserved = maxSnapshotIds(db);
    for (const table of TABLES) {
      const definition = db
        .prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
        .get(table);
      if (!definition) throw new Error(`Table ${table} is missing`);
      const indexes = db
        .prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
        .all(table);
      const rebuilt = definition.sql
        .replace(new RegExp(`^CREATE TABLE ${table} \\(`), `CREATE TABLE ${table}_rebuilt (`)
        .replace(/\bid INTEGER PRIMARY KEY\b(?! AUTOINCREMENT)/, 'id INTEGER PRIMARY KEY AUTOINCREMENT');
      if (!rebuilt.startsWith(`CREATE TABLE ${table}_rebuilt (`) || !rebuilt.includes('AUTOINCREMENT')) {
        throw new Error(`Unexpected definition of ${table}`);
      }
      db.exec(rebuilt);
      db.exec(`INSERT INTO ${table}_rebuilt SELECT * FROM ${table}`);
      db.exec(`DROP TABLE ${table}`);
      db.exec(`ALTER TABLE ${table}_rebuilt RENAME TO ${table}`);
      for (const index of indexes) db.exec(index.sql);
      const inUse = (db.prepare(`SELECT COALESCE(MAX(id), 0) AS max FROM ${table}`).get() as { max: number }).max;
      const floor = Math.max(inUse, reserved.get(table) ?? 0);
      db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table);
      db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, floor);
    }
    // The wizard's new answers: the year each diploma was obtained, and a programme under way.
    db.exec(`ALTER TABLE profile ADD COLUMN details_json TEXT NOT NULL DEFAULT '{}'`);
  }
};

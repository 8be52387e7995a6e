import type { Database } from 'better-sqlite3';

export type Row = Record<string, unknown>;
export type UndoKind = 'plan' | 'milestone' | 'evidence';
export type UndoTable = 'plans' | 'stages' | 'milestones' | 'evidence';

export interface UndoEntry {
  kind: UndoKind;
  payload: string;
  createdAt: string;
}

/**
 * Undo entries and the raw rows they hold. Reads and writes only: what may be restored, and where,
 * is decided by the undo service.
 */
export function createUndoRepository(db: Database) {
  const insertEntry = db.prepare<[UndoKind, string, string]>('INSERT INTO undo_entries (kind, payload, created_at) VALUES (?, ?, ?)');
  const selectEntry = db.prepare<[number], UndoEntry>('SELECT kind, payload, created_at AS createdAt FROM undo_entries WHERE id = ?');
  const deleteEntry = db.prepare<[number]>('DELETE FROM undo_entries WHERE id = ?');
  const prune = db.prepare<[number, string]>(
    'DELETE FROM undo_entries WHERE id NOT IN (SELECT id FROM undo_entries ORDER BY id DESC LIMIT ?) OR created_at < ?'
  );

  return {
    /** Stores an entry; returns its token. */
    insert: (kind: UndoKind, payload: string, now: string): number => Number(insertEntry.run(kind, payload, now).lastInsertRowid),
    get: (token: number): UndoEntry | undefined => selectEntry.get(token),
    delete: (token: number): void => void deleteEntry.run(token),
    /** Keeps the newest `keep` entries, none older than `before`. */
    prune: (keep: number, before: string): void => void prune.run(keep, before),
    /** Raw rows, columns as stored, so a restore puts back exactly what was there. */
    rows: (sql: string, ...params: unknown[]): Row[] => db.prepare(sql).all(...params) as Row[],
    find: (table: UndoTable, id: unknown): Row | undefined => db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined,
    insertRows(table: UndoTable, list: Row[] = []): void {
      for (const row of list) {
        const columns = Object.keys(row);
        db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
      }
    }
  };
}

export type UndoRepository = ReturnType<typeof createUndoRepository>;

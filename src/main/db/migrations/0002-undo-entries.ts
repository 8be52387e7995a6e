import type { Migration } from './migration';

/** Snapshots of deleted rows, so a deletion can be undone exactly (notes and evidence included). */
export const undoEntries: Migration = {
  version: 2,
  name: 'undo-entries',
  up(db) {
    db.exec(`
      CREATE TABLE undo_entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('plan', 'milestone', 'evidence')),
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  }
};

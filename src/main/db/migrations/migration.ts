import type { Database } from 'better-sqlite3';

/** A numbered schema step. Shipped migrations are never edited; a change is a new file. */
export interface Migration {
  version: number;
  name: string;
  /**
   * Rebuilds tables (SQLite's 12-step procedure): the runner turns foreign keys off outside the
   * transaction, so DROP TABLE cascades nothing, and runs foreign_key_check before committing.
   */
  foreignKeysOff?: boolean;
  up(db: Database): void;
}

import type { Database } from 'better-sqlite3';

/** A numbered schema step. Shipped migrations are never edited; a change is a new file. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

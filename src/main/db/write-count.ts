import type { Database } from 'better-sqlite3';

/**
 * SQLite's `total_changes()`: every row inserted, updated or deleted on this connection since it
 * opened. An answer kept while this count is the same is still true of the database, which is how
 * the progress and the plan screen are kept between reads.
 */
export function writeCount(db: Database): () => number {
  const statement = db.prepare<[], number>('SELECT total_changes()').pluck();
  return () => statement.get()!;
}

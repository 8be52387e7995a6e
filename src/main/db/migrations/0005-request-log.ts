import type { Migration } from './migration';

/**
 * Replies to creates, by the idempotency key the renderer sent: a create whose reply was lost (a
 * crash, a dropped connection) and is sent again returns the first reply instead of a second row.
 * Its number lives only in the file name and the registry, so it can be renumbered at merge.
 */
export const requestLog: Omit<Migration, 'version'> = {
  name: 'request-log',
  up(db) {
    db.exec(`
      CREATE TABLE request_log (
        request_id TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        response TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX request_log_created ON request_log(created_at);
    `);
  }
};

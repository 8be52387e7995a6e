import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, NewerDatabaseError } from '../../../../src/main/db/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../src/main/db/migrations';
import { tempDir } from '../../helpers';

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  it('creates every table from an empty folder and records the schema version', () => {
    const path = join(tempDir(), 'nested', 'app.db');
    const db = openDatabase(path);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual(
      expect.arrayContaining(['settings', 'profile', 'plans', 'stages', 'milestones', 'evidence', 'skills', 'skill_assessments'])
    );
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('sets WAL, FULL synchronous writes and foreign keys on every connection, reopened ones included', () => {
    const path = join(tempDir(), 'app.db');
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('numbers migrations 1..n without gaps, so the registry order is the schema order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('refuses a database written by a newer version and leaves the file byte for byte as it was', () => {
    const path = join(tempDir(), 'app.db');
    const future = new BetterSqlite3(path);
    future.exec("CREATE TABLE from_the_future (x TEXT); INSERT INTO from_the_future VALUES ('keep me');");
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = hash(path);

    expect(() => openDatabase(path)).toThrow(NewerDatabaseError);
    expect(hash(path)).toBe(before);
    const check = new BetterSqlite3(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('enforces foreign keys: a milestone cannot point to a missing plan', () => {
    const db = openDatabase(join(tempDir(), 'app.db'));
    expect(() =>
      db
        .prepare(
          "INSERT INTO milestones (plan_id, stage_id, title, kind, position, created_at, updated_at) VALUES (99, 99, 'x', 'skill', 0, '', '')"
        )
        .run()
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

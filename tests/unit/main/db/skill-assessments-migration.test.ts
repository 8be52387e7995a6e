import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../../src/main/db/database';
import { MIGRATIONS } from '../../../../src/main/db/migrations';
import { tempDir } from '../../helpers';

describe('migration: skill assessments', () => {
  it('adds the assessment tables to a database of the previous version and keeps its rows', () => {
    const path = join(tempDir(), 'app.db');
    const old = new BetterSqlite3(path);
    migrate(old, MIGRATIONS.slice(0, 3));
    old.prepare("INSERT INTO plans (name, created_at, updated_at) VALUES ('Kept', 't', 't')").run();
    old.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT name FROM plans').all()).toEqual([{ name: 'Kept' }]);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['assessments', 'skill_ratings', 'skill_reviews', 'skill_milestone_requests'])
    );
    // The scale is 0–4: the database refuses anything else even if a service let it through.
    const assessment = Number(
      db.prepare("INSERT INTO assessments (assessed_on, created_at) VALUES ('2026-11-01', 't')").run().lastInsertRowid
    );
    expect(() =>
      db.prepare("INSERT INTO skill_ratings (assessment_id, skill_id, level) VALUES (?, 'skill.gdpr', 5)").run(assessment)
    ).toThrow();
    db.close();
  });
});

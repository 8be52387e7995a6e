import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../../src/main/db/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../src/main/db/migrations';
import { tempDir } from '../../helpers';

const T = '2026-01-01T00:00:00.000Z';

/** A database written by the previous version (schema 2), with rows, evidence and a pending undo entry. */
function oldDatabase(path: string): void {
  const db = new BetterSqlite3(path);
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 2));
  db.exec(`
    INSERT INTO plans (id, name, created_at, updated_at) VALUES (1, 'Kept', '${T}', '${T}'), (2, 'Deleted', '${T}', '${T}');
    INSERT INTO stages (id, plan_id, template_id, position) VALUES (1, 1, 'stage.education', 0), (2, 1, 'stage.caio', 1), (3, 2, 'stage.education', 0);
    INSERT INTO milestones (id, plan_id, stage_id, title, kind, status, position, notes, created_at, updated_at)
      VALUES (1, 1, 1, 'Licence', 'diploma', 'done', 0, 'with notes', '${T}', '${T}'),
             (2, 1, 2, 'Become CAIO', 'experience', 'todo', 0, '', '${T}', '${T}'),
             (3, 2, 3, 'Gone', 'course', 'todo', 0, '', '${T}', '${T}');
    INSERT INTO evidence (id, milestone_id, url, description, created_at) VALUES (1, 1, 'https://example.org/diploma', 'Diploma', '${T}');
  `);
  // Plan 2 deleted the way the app did it: snapshot first, then the cascade.
  const snapshot = {
    plans: db.prepare('SELECT * FROM plans WHERE id = 2').all(),
    stages: db.prepare('SELECT * FROM stages WHERE plan_id = 2').all(),
    milestones: db.prepare('SELECT * FROM milestones WHERE plan_id = 2').all(),
    evidence: []
  };
  db.prepare("INSERT INTO undo_entries (kind, payload, created_at) VALUES ('plan', ?, ?)").run(JSON.stringify(snapshot), T);
  db.exec('DELETE FROM plans WHERE id = 2');
  db.close();
}

describe('migration 0003: ids are never reused', () => {
  it('keeps every row, evidence and undo entry of an old database, and hands out no id that was ever used', () => {
    const path = join(tempDir(), 'app.db');
    oldDatabase(path);
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT id, name FROM plans').all()).toEqual([{ id: 1, name: 'Kept' }]);
    expect(db.prepare('SELECT id, stage_id, notes FROM milestones ORDER BY id').all()).toEqual([
      { id: 1, stage_id: 1, notes: 'with notes' },
      { id: 2, stage_id: 2, notes: '' }
    ]);
    expect(db.prepare('SELECT milestone_id, url FROM evidence').all()).toEqual([{ milestone_id: 1, url: 'https://example.org/diploma' }]);
    expect(db.prepare('SELECT kind FROM undo_entries').all()).toEqual([{ kind: 'plan' }]);
    for (const table of ['plans', 'stages', 'milestones', 'evidence', 'undo_entries']) {
      const sql = db.prepare<[string], { sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?').get(table)!.sql;
      expect(sql, table).toContain('id INTEGER PRIMARY KEY AUTOINCREMENT');
    }
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_by_%' ORDER BY name").all()).toEqual([
      { name: 'evidence_by_milestone' },
      { name: 'milestones_by_due_date' },
      { name: 'milestones_by_stage' },
      // Added by the milestone-status-index migration that follows.
      { name: 'milestones_by_status' },
      { name: 'skill_assessments_by_skill' },
      // Added by the skill-assessments migration that follows.
      { name: 'skill_ratings_by_skill' },
      { name: 'stages_by_plan' }
    ]);

    // The deleted plan's ids (2, stage 3, milestone 3) wait in the undo entry: new rows go above them.
    const plan = db.prepare("INSERT INTO plans (name, created_at, updated_at) VALUES ('New', '', '')").run().lastInsertRowid;
    const stage = db.prepare("INSERT INTO stages (plan_id, template_id, position) VALUES (?, 'stage.caio', 0)").run(plan).lastInsertRowid;
    const milestone = db
      .prepare(
        "INSERT INTO milestones (plan_id, stage_id, title, kind, position, created_at, updated_at) VALUES (?, ?, 'x', 'skill', 0, '', '')"
      )
      .run(plan, stage).lastInsertRowid;
    expect([plan, stage, milestone].map(Number)).toEqual([3, 4, 4]);

    // Deleting the newest row no longer frees its id.
    db.prepare('DELETE FROM milestones WHERE id = ?').run(milestone);
    const next = db
      .prepare(
        "INSERT INTO milestones (plan_id, stage_id, title, kind, position, created_at, updated_at) VALUES (?, ?, 'y', 'skill', 0, '', '')"
      )
      .run(plan, stage).lastInsertRowid;
    expect(Number(next)).toBe(5);
    db.close();
  });

  it('a foreign key that the rebuild would break stops the migration and leaves the old schema in place', () => {
    const path = join(tempDir(), 'app.db');
    oldDatabase(path);
    const broken = new BetterSqlite3(path);
    broken.pragma('foreign_keys = OFF');
    broken.exec("INSERT INTO evidence (id, milestone_id, description, created_at) VALUES (9, 999, 'orphan', '')");
    broken.close();
    expect(() => openDatabase(path)).toThrow(/broken references/);
    const check = new BetterSqlite3(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(2);
    expect(check.prepare('SELECT COUNT(*) AS n FROM milestones').get()).toEqual({ n: 2 });
    check.close();
  });
});

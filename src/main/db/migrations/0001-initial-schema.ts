import type { Migration } from './migration';

/** First schema: settings, profile, plans, stages, milestones with evidence, skills and assessments. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        education_level TEXT,
        field TEXT,
        years_experience INTEGER,
        current_role TEXT,
        target_company_size TEXT,
        hours_per_week INTEGER,
        achieved_json TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        route_id TEXT,
        target_company_size TEXT,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE stages (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        template_id TEXT,
        title TEXT,
        position INTEGER NOT NULL,
        CHECK (template_id IS NOT NULL OR title IS NOT NULL)
      ) STRICT;
      CREATE INDEX stages_by_plan ON stages(plan_id, position);

      CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
        template_id TEXT,
        title TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('diploma','course','experience','skill','leadership','compliance','visibility')),
        status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','in_progress','done','skipped')),
        due_date TEXT,
        completed_date TEXT,
        position INTEGER NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        skill_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (template_id IS NOT NULL OR title IS NOT NULL)
      ) STRICT;
      CREATE INDEX milestones_by_stage ON milestones(plan_id, stage_id, position);
      CREATE INDEX milestones_by_due_date ON milestones(plan_id, due_date);

      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
        url TEXT,
        description TEXT NOT NULL DEFAULT '',
        obtained_date TEXT,
        expiry_date TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_milestone ON evidence(milestone_id);

      CREATE TABLE skills (
        id TEXT PRIMARY KEY,
        target_level INTEGER NOT NULL CHECK (target_level BETWEEN 0 AND 5)
      ) STRICT;

      CREATE TABLE skill_assessments (
        id INTEGER PRIMARY KEY,
        skill_id TEXT NOT NULL,
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
        assessed_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX skill_assessments_by_skill ON skill_assessments(skill_id, assessed_on);
    `);
  }
};

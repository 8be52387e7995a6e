import type { Migration } from './migration';

/**
 * Dated skill assessments (a save holds only the skills that changed), quarterly reviews, and the
 * request ids that make "turn this gap into a milestone" safe to retry. Milestones already carry a
 * `skill_id` column (0001); empty text there means "linked to no skill", overriding the template's
 * skill. The 0001 tables `skills` and `skill_assessments` were never written and stay unused.
 * The version number lives in the registry only.
 */
export const skillAssessments: Omit<Migration, 'version'> = {
  name: 'skill-assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        assessed_on TEXT NOT NULL,
        request_id TEXT UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE skill_ratings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        skill_id TEXT NOT NULL,
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX skill_ratings_by_skill ON skill_ratings(skill_id, assessment_id);

      CREATE TABLE skill_reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
        reviewed_on TEXT NOT NULL,
        hours_per_week INTEGER,
        readiness_before INTEGER NOT NULL,
        readiness_after INTEGER NOT NULL,
        projected_before TEXT,
        projected_after TEXT,
        changed_count INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE skill_milestone_requests (
        request_id TEXT PRIMARY KEY,
        milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE
      ) STRICT;
    `);
  }
};

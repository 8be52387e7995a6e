import type { Database } from 'better-sqlite3';
import type { Dossier } from '@shared/data-model';
import type { Evidence } from '@shared/model';

interface EvidenceRow {
  id: number;
  milestone_id: number;
  url: string | null;
  description: string;
  obtained_date: string | null;
  expiry_date: string | null;
  created_at: string;
}

/** The dossier's reads that no other repository has: a plan's evidence, skill targets and assessments. */
export function createDossierRepository(db: Database) {
  const evidence = db.prepare<[number], EvidenceRow>(
    `SELECT e.* FROM evidence e JOIN milestones m ON m.id = e.milestone_id WHERE m.plan_id = ? ORDER BY e.milestone_id, e.id`
  );
  const skills = db.prepare<[], { id: string; target_level: number }>('SELECT id, target_level FROM skills ORDER BY id');
  const assessments = db.prepare<[], { skill_id: string; level: number; assessed_on: string; note: string }>(
    'SELECT skill_id, level, assessed_on, note FROM skill_assessments ORDER BY skill_id, assessed_on, id'
  );
  return {
    evidence: (planId: number): Evidence[] =>
      evidence.all(planId).map((row) => ({
        id: row.id,
        milestoneId: row.milestone_id,
        url: row.url,
        description: row.description,
        obtainedDate: row.obtained_date,
        expiryDate: row.expiry_date,
        createdAt: row.created_at
      })),
    skills: (): Dossier['skills'] => skills.all().map((row) => ({ id: row.id, targetLevel: row.target_level })),
    assessments: (): Dossier['assessments'] =>
      assessments.all().map((row) => ({ skillId: row.skill_id, level: row.level, assessedOn: row.assessed_on, note: row.note }))
  };
}

import type { Database } from 'better-sqlite3';
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

/** The dossier's read that no other repository has: a plan's evidence. */
export function createDossierRepository(db: Database) {
  const evidence = db.prepare<[number], EvidenceRow>(
    `SELECT e.* FROM evidence e JOIN milestones m ON m.id = e.milestone_id WHERE m.plan_id = ? ORDER BY e.milestone_id, e.id`
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
      }))
  };
}

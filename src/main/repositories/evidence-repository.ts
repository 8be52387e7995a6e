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

function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    milestoneId: row.milestone_id,
    url: row.url,
    description: row.description,
    obtainedDate: row.obtained_date,
    expiryDate: row.expiry_date,
    createdAt: row.created_at
  };
}

const COLUMNS = 'id, milestone_id, url, description, obtained_date, expiry_date, created_at';

/** Evidence attached to milestones: a link, a certificate's dates, a short description. */
export function createEvidenceRepository(db: Database) {
  const byMilestone = db.prepare<[number], EvidenceRow>(`SELECT ${COLUMNS} FROM evidence WHERE milestone_id = ? ORDER BY id`);
  const one = db.prepare<[number], EvidenceRow>(`SELECT ${COLUMNS} FROM evidence WHERE id = ?`);
  const byPlan = db.prepare<[number], EvidenceRow>(
    `SELECT ${COLUMNS.split(', ')
      .map((column) => `e.${column}`)
      .join(', ')} FROM evidence e JOIN milestones m ON m.id = e.milestone_id WHERE m.plan_id = ? ORDER BY e.milestone_id, e.id`
  );
  const insert = db.prepare(
    `INSERT INTO evidence (id, milestone_id, url, description, obtained_date, expiry_date, created_at)
     VALUES (@id, @milestoneId, @url, @description, @obtainedDate, @expiryDate, @createdAt)`
  );
  const remove = db.prepare<[number]>('DELETE FROM evidence WHERE id = ?');

  return {
    listByMilestone: (milestoneId: number): Evidence[] => byMilestone.all(milestoneId).map(toEvidence),
    /** Every piece of evidence in a plan, by milestone (the dossier). */
    listByPlan: (planId: number): Evidence[] => byPlan.all(planId).map(toEvidence),
    get: (evidenceId: number): Evidence | undefined => {
      const row = one.get(evidenceId);
      return row && toEvidence(row);
    },
    /** Inserts evidence; an `id` is kept when restoring a deleted entry. */
    insert(evidence: Omit<Evidence, 'id'> & { id?: number }): Evidence {
      const id = Number(insert.run({ ...evidence, id: evidence.id ?? null }).lastInsertRowid);
      return toEvidence(one.get(id)!);
    },
    delete: (evidenceId: number): boolean => remove.run(evidenceId).changes > 0
  };
}

export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;

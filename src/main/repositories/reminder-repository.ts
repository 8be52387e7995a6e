import type { Database } from 'better-sqlite3';
import type { IsoDate, Reminder } from '@shared/model';

interface MilestoneDueRow {
  id: number;
  plan_id: number;
  title: string | null;
  template_id: string | null;
  due_date: string;
}

interface ExpiringRow extends Omit<MilestoneDueRow, 'due_date'> {
  evidence_id: number;
  description: string;
  expiry_date: string;
}

/** The queries reminders are made of, on the plan the dashboard follows. */
export function createReminderRepository(db: Database) {
  // The same choice as the dashboard: the active plan if it is not archived, else the last updated one.
  const followed = db.prepare<[number], { id: number }>(
    'SELECT id FROM plans WHERE archived_at IS NULL ORDER BY (id = ?) DESC, updated_at DESC, id DESC LIMIT 1'
  );
  const dueUntil = db.prepare<[number, string], MilestoneDueRow>(
    `SELECT id, plan_id, title, template_id, due_date FROM milestones
     WHERE plan_id = ? AND status IN ('todo', 'in_progress') AND due_date IS NOT NULL AND due_date <= ?
     ORDER BY due_date, id`
  );
  const expiring = db.prepare<[number, string, string], ExpiringRow>(
    `SELECT m.id, m.plan_id, m.title, m.template_id, e.id AS evidence_id, e.description, e.expiry_date
     FROM evidence e JOIN milestones m ON m.id = e.milestone_id
     WHERE m.plan_id = ? AND e.expiry_date IS NOT NULL AND e.expiry_date >= ? AND e.expiry_date <= ?
     ORDER BY e.expiry_date, e.id`
  );

  const milestoneOf = (row: Omit<MilestoneDueRow, 'due_date'>): NonNullable<Reminder['milestone']> => ({
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    templateId: row.template_id
  });

  return {
    followedPlanId: (activePlanId: number | null): number | undefined => followed.get(activePlanId ?? 0)?.id,
    /** Open milestones due on or before `until`, overdue ones included. */
    dueUntil: (planId: number, until: IsoDate) =>
      dueUntil.all(planId, until).map((row) => ({ milestone: milestoneOf(row), date: row.due_date })),
    /** Evidence that lapses between `from` and `until`, both included. */
    expiringBetween: (planId: number, from: IsoDate, until: IsoDate) =>
      expiring.all(planId, from, until).map((row) => ({
        milestone: milestoneOf(row),
        evidenceId: row.evidence_id,
        description: row.description,
        date: row.expiry_date
      }))
  };
}

export type ReminderRepository = ReturnType<typeof createReminderRepository>;

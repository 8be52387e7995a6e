import type { Database } from 'better-sqlite3';
import type { DueItem, Milestone, MilestoneKind, MilestoneStatus, PlanMilestone, ProjectionMilestone } from '@shared/model';

interface MilestoneRow {
  id: number;
  plan_id: number;
  stage_id: number;
  template_id: string | null;
  title: string | null;
  kind: MilestoneKind;
  status: MilestoneStatus;
  due_date: string | null;
  due_pinned: number;
  completed_date: string | null;
  position: number;
  notes: string;
  evidence_count: number;
  created_at: string;
  updated_at: string;
}

function toPlanMilestone(row: Omit<MilestoneRow, 'created_at' | 'updated_at'>): PlanMilestone {
  return {
    id: row.id,
    planId: row.plan_id,
    stageId: row.stage_id,
    templateId: row.template_id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    dueDate: row.due_date,
    duePinned: row.due_pinned === 1,
    completedDate: row.completed_date,
    position: row.position,
    notes: row.notes,
    evidenceCount: row.evidence_count
  };
}

function toMilestone(row: MilestoneRow): Milestone {
  return Object.assign(toPlanMilestone(row), { createdAt: row.created_at, updatedAt: row.updated_at });
}

const FIELDS = [
  'id',
  'plan_id',
  'stage_id',
  'template_id',
  'title',
  'kind',
  'status',
  'due_date',
  'due_pinned',
  'completed_date',
  'position',
  'notes',
  'created_at',
  'updated_at'
];
const EVIDENCE_COUNT = '(SELECT COUNT(*) FROM evidence e WHERE e.milestone_id = milestones.id) AS evidence_count';
const COLUMNS = `${FIELDS.join(', ')}, ${EVIDENCE_COUNT}`;

export interface NewMilestone {
  planId: number;
  stageId: number;
  templateId: string | null;
  title: string | null;
  kind: MilestoneKind;
  status: MilestoneStatus;
  dueDate: string | null;
  duePinned: boolean;
  completedDate: string | null;
  notes: string;
}

/** The stored fields a caller may change; `undefined` leaves a field as it is. */
export type MilestoneChanges = Partial<Pick<Milestone, 'title' | 'kind' | 'status' | 'dueDate' | 'duePinned' | 'completedDate' | 'notes'>>;

/** A plan's milestones (these fields) in display order: stage position, then position in the stage. */
function listByPlanSql(fields: readonly string[]): string {
  return `SELECT ${fields.map((field) => `milestones.${field}`).join(', ')}, ${EVIDENCE_COUNT}
  FROM milestones JOIN stages ON stages.id = milestones.stage_id
  WHERE milestones.plan_id = ? ORDER BY stages.position, milestones.position`;
}

export const LIST_BY_PLAN_SQL = listByPlanSql(FIELDS);
const SCREEN_FIELDS = FIELDS.filter((field) => field !== 'created_at' && field !== 'updated_at');

/** Milestones, ordered by stage position then their own position. */
export function createMilestoneRepository(db: Database) {
  const selectByPlan = db.prepare<[number], MilestoneRow>(LIST_BY_PLAN_SQL);
  const selectForScreen = db.prepare<[number], Omit<MilestoneRow, 'created_at' | 'updated_at'>>(listByPlanSql(SCREEN_FIELDS));
  const selectOne = db.prepare<[number], MilestoneRow>(`SELECT ${COLUMNS} FROM milestones WHERE id = ?`);
  const nextPosition = db.prepare<[number], { next: number }>(
    'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM milestones WHERE stage_id = ?'
  );
  const insert = db.prepare(
    `INSERT INTO milestones (plan_id, stage_id, template_id, title, kind, status, due_date, due_pinned, completed_date, position, notes, created_at, updated_at)
     VALUES (@planId, @stageId, @templateId, @title, @kind, @status, @dueDate, @pinned, @completedDate, @position, @notes, @now, @now)`
  );
  const update = db.prepare(
    `UPDATE milestones SET title = @title, kind = @kind, status = @status, due_date = @dueDate, due_pinned = @pinned,
       completed_date = @completedDate, notes = @notes, updated_at = @now WHERE id = @id`
  );
  const remove = db.prepare<[number]>('DELETE FROM milestones WHERE id = ?');
  const closeGap = db.prepare<[number, number]>('UPDATE milestones SET position = position - 1 WHERE stage_id = ? AND position > ?');
  const openGap = db.prepare<[number, number, number]>(
    'UPDATE milestones SET position = position + 1 WHERE stage_id = ? AND position >= ? AND id != ?'
  );
  const countInStage = db.prepare<[number, number], { count: number }>(
    'SELECT COUNT(*) AS count FROM milestones WHERE stage_id = ? AND id != ?'
  );
  const place = db.prepare<[number, number, string, number]>(
    'UPDATE milestones SET stage_id = ?, position = ?, updated_at = ? WHERE id = ?'
  );
  const selectStage = db.prepare<[number], MilestoneRow>(`SELECT ${COLUMNS} FROM milestones WHERE stage_id = ? ORDER BY position`);
  const selectProjection = db.prepare<[number], Omit<ProjectionMilestone, 'duePinned'> & { duePinned: number }>(
    `SELECT id, stage_id AS stageId, template_id AS templateId, kind, status, due_date AS dueDate,
       due_pinned AS duePinned, completed_date AS completedDate, position
     FROM milestones WHERE plan_id = ?`
  );
  // The same step: the same route step, or the same title and kind for one written by hand.
  const selectSameStep = db.prepare<
    { id: number; planId: number; templateId: string | null; title: string | null; kind: string },
    MilestoneRow
  >(
    `SELECT ${COLUMNS} FROM milestones WHERE plan_id != @planId AND id != @id AND status IN ('todo', 'in_progress')
       AND kind = @kind AND (template_id = @templateId OR (@templateId IS NULL AND template_id IS NULL AND title = @title))
       AND plan_id IN (SELECT id FROM plans WHERE archived_at IS NULL)`
  );
  const selectGoal = db.prepare<[number, string], { status: MilestoneStatus; dueDate: string | null; completedDate: string | null }>(
    `SELECT status, due_date AS dueDate, completed_date AS completedDate FROM milestones
     WHERE plan_id = ? AND template_id = ? ORDER BY id LIMIT 1`
  );
  const selectLastOpenDue = db
    .prepare<[number], string | null>(`SELECT MAX(due_date) FROM milestones WHERE plan_id = ? AND status IN ('todo', 'in_progress')`)
    .pluck();
  const setPlannedDue = db.prepare<[string, number]>('UPDATE milestones SET due_date = ? WHERE id = ? AND due_pinned = 0');
  const selectNextDue = db.prepare<[number, string, number], DueItem>(
    `SELECT id, plan_id AS planId, stage_id AS stageId, title, template_id AS templateId, kind, status, due_date AS dueDate
     FROM milestones WHERE plan_id = ? AND status NOT IN ('done', 'skipped')
       AND due_date IS NOT NULL AND due_date >= ? ORDER BY due_date, id LIMIT ?`
  );

  function get(milestoneId: number): Milestone | undefined {
    const row = selectOne.get(milestoneId);
    return row && toMilestone(row);
  }

  function create(milestone: NewMilestone, now: string): Milestone {
    const position = nextPosition.get(milestone.stageId)?.next ?? 0;
    const id = Number(insert.run({ ...milestone, pinned: milestone.duePinned ? 1 : 0, position, now }).lastInsertRowid);
    const created = get(id);
    if (!created) throw new Error(`Milestone ${id} vanished after insert`);
    return created;
  }

  return {
    listByPlan: (planId: number): Milestone[] => selectByPlan.all(planId).map(toMilestone),
    /** A plan's milestones as its screen lists them, in display order. */
    listForScreen: (planId: number): PlanMilestone[] => selectForScreen.all(planId).map(toPlanMilestone),
    get,
    create,
    createMany: db.transaction((milestones: NewMilestone[], now: string) => milestones.map((m) => create(m, now))),
    update(current: Milestone, changes: MilestoneChanges, now: string): Milestone {
      // A key present with `undefined` (structured clone keeps it) must not erase the stored value.
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const next = { ...current, ...defined };
      update.run({ ...next, pinned: next.duePinned ? 1 : 0, id: current.id, now });
      return get(current.id) ?? current;
    },
    /** Deletes a milestone and closes the gap it leaves, so positions stay 0..n-1. */
    delete: db.transaction((milestoneId: number): boolean => {
      const current = get(milestoneId);
      if (!current) return false;
      remove.run(milestoneId);
      closeGap.run(current.stageId, current.position);
      return true;
    }),
    /**
     * Moves a milestone to `position` (clamped) in `stageId`, shifting its neighbours: positions in both
     * stages stay dense and unique.
     */
    move: db.transaction((current: Milestone, stageId: number, position: number, now: string): void => {
      place.run(current.stageId, -1, now, current.id);
      closeGap.run(current.stageId, current.position);
      const target = Math.max(0, Math.min(position, countInStage.get(stageId, current.id)?.count ?? 0));
      openGap.run(stageId, target, current.id);
      place.run(stageId, target, now, current.id);
    }),
    /** Makes room at `position` in a stage, for a restored milestone. Returns the clamped position. */
    makeRoom(stageId: number, position: number): number {
      const target = Math.max(0, Math.min(position, countInStage.get(stageId, -1)?.count ?? 0));
      openGap.run(stageId, target, -1);
      return target;
    },
    listByStage: (stageId: number): Milestone[] => selectStage.all(stageId).map(toMilestone),
    /** Every milestone of a plan with only what the projection reads, in no particular order. */
    projectionRows: (planId: number): ProjectionMilestone[] =>
      selectProjection.all(planId).map((row) => Object.assign(row, { duePinned: row.duePinned === 1 })),
    /** The goal milestone's status and dates, if the plan holds it. */
    goal: (planId: number, goalId: string) => selectGoal.get(planId, goalId),
    /** The latest due date among the plan's open milestones. */
    lastOpenDue: (planId: number): string | null => selectLastOpenDue.get(planId) ?? null,
    /** The same step left open in the person's other (not archived) plans. */
    sameStepElsewhere: (milestone: Milestone): Milestone[] =>
      selectSameStep
        .all({ id: milestone.id, planId: milestone.planId, templateId: milestone.templateId, title: milestone.title, kind: milestone.kind })
        .map(toMilestone),
    /** Writes the schedule's dates (planned ones only: a pinned date is never written here). */
    setPlannedDates: db.transaction((dates: ReadonlyArray<readonly [number, string]>): void => {
      for (const [id, date] of dates) setPlannedDue.run(date, id);
    }),
    /** The open milestones due next (from `today`), soonest first. */
    nextDue: (planId: number, today: string, limit: number): DueItem[] => selectNextDue.all(planId, today, limit)
  };
}

export type MilestoneRepository = ReturnType<typeof createMilestoneRepository>;

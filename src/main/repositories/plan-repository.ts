import type { Database } from 'better-sqlite3';
import { CAIO_GOAL_ID, type Plan, type Stage } from '@shared/model';
import type { CompanySize } from '@shared/content/role';
import type { RouteId } from '@shared/content/routes';

interface PlanRow {
  id: number;
  name: string;
  name_ordinal: number | null;
  route_id: RouteId | null;
  target_company_size: CompanySize | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  milestone_count: number;
  resolved_count: number;
  hours_per_week: number | null;
  caio_date: string | null;
}

interface StageRow {
  id: number;
  plan_id: number;
  template_id: string | null;
  title: string | null;
  position: number;
}

function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    name: row.name,
    generatedName: row.name_ordinal,
    routeId: row.route_id,
    targetCompanySize: row.target_company_size,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    milestoneCount: row.milestone_count,
    resolvedCount: row.resolved_count,
    hoursPerWeek: row.hours_per_week,
    caioDate: row.caio_date
  };
}

function toStage(row: StageRow): Stage {
  return {
    id: row.id,
    planId: row.plan_id,
    templateId: row.template_id,
    title: row.title,
    position: row.position
  };
}

const PLAN_COLUMNS = `
  p.id, p.name, p.name_ordinal, p.route_id, p.target_company_size, p.archived_at, p.created_at, p.updated_at, p.hours_per_week,
  (SELECT CASE WHEN m.status = 'done' THEN m.completed_date ELSE m.due_date END FROM milestones m
    WHERE m.plan_id = p.id AND m.template_id = '${CAIO_GOAL_ID}' ORDER BY m.id LIMIT 1) AS caio_date,
  (SELECT COUNT(*) FROM milestones m WHERE m.plan_id = p.id) AS milestone_count,
  (SELECT COUNT(*) FROM milestones m WHERE m.plan_id = p.id AND m.status IN ('done', 'skipped')) AS resolved_count`;

export interface NewStage {
  templateId: string | null;
  title: string | null;
}

export interface NewPlan {
  name: string;
  /** The wizard's generated name, shown in the active language; `n` > 1 tells plans of one route apart. */
  nameOrdinal?: number | null;
  routeId: RouteId | null;
  targetCompanySize: CompanySize | null;
  stages: NewStage[];
  /** The day its schedule starts from (created_at), when not today: a duplicate keeps its source's. */
  startedAt?: string;
  /** Its own pace; none follows the profile's. */
  hoursPerWeek?: number | null;
}

/** Plans and their stages. */
export function createPlanRepository(db: Database) {
  const selectAll = db.prepare<[], PlanRow>(`SELECT ${PLAN_COLUMNS} FROM plans p ORDER BY p.archived_at IS NOT NULL, p.created_at, p.id`);
  const setArchived = db.prepare<[string | null, string, number]>('UPDATE plans SET archived_at = ?, updated_at = ? WHERE id = ?');
  const nextStagePosition = db.prepare<[number], number>('SELECT COALESCE(MAX(position) + 1, 0) FROM stages WHERE plan_id = ?').pluck();
  const updateStageTitle = db.prepare<[string, number]>('UPDATE stages SET title = ? WHERE id = ?');
  const copyStageMilestones = db.prepare<[number, number, string, string, number]>(
    `INSERT INTO milestones (plan_id, stage_id, template_id, title, kind, status, due_date, due_pinned, completed_date, position, notes, skill_id, created_at, updated_at)
     SELECT ?, ?, template_id, title, kind, status, due_date, due_pinned, completed_date, position, notes, skill_id, ?, ?
     FROM milestones WHERE stage_id = ? ORDER BY position`
  );
  // Positions are dense and unique within a stage, so (stage, position) pairs a copy with its original.
  const copyStageEvidence = db.prepare<[string, number, number]>(
    `INSERT INTO evidence (milestone_id, url, description, obtained_date, expiry_date, created_at)
     SELECT copy.id, e.url, e.description, e.obtained_date, e.expiry_date, ?
     FROM evidence e
     JOIN milestones original ON original.id = e.milestone_id
     JOIN milestones copy ON copy.stage_id = ? AND copy.position = original.position
     WHERE original.stage_id = ? ORDER BY e.id`
  );
  const selectOne = db.prepare<[number], PlanRow>(`SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.id = ?`);
  const insertPlan = db.prepare<[string, number | null, string | null, string | null, string, string, number | null]>(
    'INSERT INTO plans (name, name_ordinal, route_id, target_company_size, created_at, updated_at, hours_per_week) VALUES (?, ?, ?, ?, ?, ?, ?)'
  );
  // A name the person gives is theirs: it no longer follows the language.
  const updateName = db.prepare<[string, string, number]>('UPDATE plans SET name = ?, name_ordinal = NULL, updated_at = ? WHERE id = ?');
  // Plans that aim where the profile aimed follow it; a plan given its own size keeps it.
  const updateCompanySize = db.prepare<{ size: string; now: string; previous: string | null }>(
    `UPDATE plans SET target_company_size = @size, updated_at = @now
     WHERE (target_company_size IS NOT NULL OR route_id IS NOT NULL)
       AND (@previous IS NULL OR target_company_size IS NULL OR target_company_size = @previous)`
  );
  const updatePace = db.prepare<[number | null, string | null, string, number]>(
    'UPDATE plans SET hours_per_week = ?, target_company_size = COALESCE(?, target_company_size), updated_at = ? WHERE id = ?'
  );
  const maxOrdinal = db.prepare<[string], number>('SELECT COALESCE(MAX(name_ordinal), 0) FROM plans WHERE route_id = ?').pluck();
  const selectNames = db.prepare<[], string>('SELECT name FROM plans').pluck();
  const touch = db.prepare<[string, number]>('UPDATE plans SET updated_at = ? WHERE id = ?');
  const deletePlan = db.prepare<[number]>('DELETE FROM plans WHERE id = ?');
  const selectStages = db.prepare<[number], StageRow>(
    'SELECT id, plan_id, template_id, title, position FROM stages WHERE plan_id = ? ORDER BY position'
  );
  const selectStage = db.prepare<[number], StageRow>('SELECT id, plan_id, template_id, title, position FROM stages WHERE id = ?');
  const insertStage = db.prepare<[number, string | null, string | null, number]>(
    'INSERT INTO stages (plan_id, template_id, title, position) VALUES (?, ?, ?, ?)'
  );

  /** Inserts the plan and its stages; returns the plan id and the new stage ids in order. */
  const create = db.transaction((plan: NewPlan, now: string): { planId: number; stageIds: number[] } => {
    const planId = Number(
      insertPlan.run(
        plan.name,
        plan.nameOrdinal ?? null,
        plan.routeId,
        plan.targetCompanySize,
        plan.startedAt ?? now,
        now,
        plan.hoursPerWeek ?? null
      ).lastInsertRowid
    );
    const stageIds = plan.stages.map((stage, index) =>
      Number(insertStage.run(planId, stage.templateId, stage.title, index).lastInsertRowid)
    );
    return { planId, stageIds };
  });

  return {
    list: (): Plan[] => selectAll.all().map(toPlan),
    get: (planId: number): Plan | undefined => {
      const row = selectOne.get(planId);
      return row && toPlan(row);
    },
    create,
    rename: (planId: number, name: string, now: string): boolean => updateName.run(name, now, planId).changes > 0,
    /** The target company size follows the profile on every plan made for a goal that aimed where the profile did. */
    setCompanySize: (size: CompanySize, previous: CompanySize | null, now: string): void =>
      void updateCompanySize.run({ size, now, previous }),
    /** A plan's own pace (null follows the profile) and, when given, its own company size. */
    setPace: (planId: number, hoursPerWeek: number | null, size: CompanySize | null, now: string): void =>
      void updatePace.run(hoursPerWeek, size, now, planId),
    nextOrdinal: (routeId: RouteId): number => (maxOrdinal.get(routeId) ?? 0) + 1,
    names: (): string[] => selectNames.all(),
    touch: (planId: number, now: string): void => void touch.run(now, planId),
    delete: (planId: number): boolean => deletePlan.run(planId).changes > 0,
    archive: (planId: number, archivedAt: string | null, now: string): void => void setArchived.run(archivedAt, now, planId),
    addStage(planId: number, title: string): Stage {
      const id = Number(insertStage.run(planId, null, title, nextStagePosition.get(planId) ?? 0).lastInsertRowid);
      return toStage(selectStage.get(id)!);
    },
    renameStage: (stageId: number, title: string): void => void updateStageTitle.run(title, stageId),
    /** Copies every milestone (and its evidence) of a plan into another, stage by stage. */
    copyMilestones(toPlanId: number, stageIds: Map<number, number>, now: string): void {
      for (const [fromStage, toStage] of stageIds) {
        copyStageMilestones.run(toPlanId, toStage, now, now, fromStage);
        copyStageEvidence.run(now, toStage, fromStage);
      }
    },
    stages: (planId: number): Stage[] => selectStages.all(planId).map(toStage),
    stage: (stageId: number): Stage | undefined => {
      const row = selectStage.get(stageId);
      return row && toStage(row);
    }
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;

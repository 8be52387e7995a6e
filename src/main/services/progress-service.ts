import { AppError } from '@shared/errors';
import type { Database } from 'better-sqlite3';
import type { Milestone, Plan, PlanChange, PlanProgress, ProjectionMilestone } from '@shared/model';
import type { Profile } from '@shared/profile';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneRepository } from '../repositories/milestone-repository';
import type { ProfileRepository } from '../repositories/profile-repository';
import { isoDate, type Clock } from '../clock';
import { writeCount } from '../db/write-count';
import { NEXT_DUE_COUNT, projectPlan } from './projection';

interface Dependencies {
  db: Database;
  plans: PlanRepository;
  milestones: MilestoneRepository;
  profiles: ProfileRepository;
  clock: Clock;
}

/** Used to project a plan before any profile was saved. */
export const DEFAULT_PROFILE: Profile = {
  educationLevel: 'bac+3',
  field: 'computer-science',
  yearsExperience: 0,
  currentRole: 'student',
  targetCompanySize: 'large',
  hoursPerWeek: 10,
  achieved: []
};

/** The lean rows of one plan as they stood after the write counted by `changes`. */
interface Cached {
  changes: number;
  rows: Map<number, ProjectionMilestone>;
  /** The progress last worked out from these rows, and on which day (overdue and projection move with it). */
  progress?: { changes: number; day: string; value: PlanProgress };
}

const lean = ({
  id,
  stageId,
  templateId,
  kind,
  status,
  dueDate,
  completedDate,
  position,
  createdAt,
  updatedAt
}: Milestone): ProjectionMilestone => ({
  id,
  stageId,
  templateId,
  kind,
  status,
  dueDate,
  completedDate,
  position,
  createdAt,
  updatedAt
});

/**
 * A plan's progress and projection from the lean rows the projection reads (no titles, notes or
 * evidence counts), with only the few milestones due next loaded in full. Every write answers with
 * this, so it has to stay cheap on a plan of thousands of milestones.
 *
 * The lean rows of the plans last projected are kept, tagged with SQLite's `total_changes()` (every
 * row written on this connection counts). They are reused only while nothing at all was written
 * since, or patched by a milestone write that says which rows it changed and was the only write
 * since they were read (`mark()` before it, `change()` after). Anything else reads them again.
 */
export function createProgressService({ db, plans, milestones, profiles, clock }: Dependencies) {
  const today = () => isoDate(clock.now());
  const totalChanges = writeCount(db);
  const cache = new Map<number, Cached>();
  const KEEP_PLANS = 4;

  function cachedOf(planId: number): Cached {
    const changes = totalChanges();
    let cached = cache.get(planId);
    if (!cached || cached.changes !== changes) {
      cached = { changes, rows: new Map(milestones.projectionRows(planId).map((row) => [row.id, row])) };
      cache.delete(planId);
      cache.set(planId, cached);
      if (cache.size > KEEP_PLANS) cache.delete(cache.keys().next().value!);
    }
    return cached;
  }

  /** Brings a plan's cached rows up to date after a write that changed exactly these rows. */
  function patch(planId: number, mark: number, changed: Milestone[], removed: number[]): void {
    const cached = cache.get(planId);
    if (!cached || cached.changes !== mark) return;
    for (const id of removed) cached.rows.delete(id);
    for (const milestone of changed) if (milestone.planId === planId) cached.rows.set(milestone.id, lean(milestone));
    cached.changes = totalChanges();
  }

  function planOrThrow(planId: number): Plan {
    const plan = plans.get(planId);
    if (!plan) throw new AppError('not_found', `Plan ${planId} does not exist`);
    return plan;
  }

  /**
   * Everything progress reads (rows, stages, profile, the plan) is in the database, so while nothing
   * was written and the day is the same, the last answer still holds: opening a screen again is free.
   */
  function progressOf(plan: Plan): PlanProgress {
    const day = today();
    const cached = cachedOf(plan.id);
    if (cached.progress?.changes === cached.changes && cached.progress.day === day) return cached.progress.value;
    const projection = projectPlan({
      planId: plan.id,
      planStart: isoDate(new Date(plan.createdAt)),
      stages: plans.stages(plan.id),
      milestones: [...cached.rows.values()],
      profile: profiles.get() ?? DEFAULT_PROFILE,
      today: day
    });
    const value = { ...projection, nextDue: milestones.nextDue(plan.id, day, NEXT_DUE_COUNT) };
    cached.progress = { changes: cached.changes, day, value };
    return value;
  }

  return {
    progress: (planId: number): PlanProgress => progressOf(planOrThrow(planId)),
    /** Taken before a milestone write, inside its transaction, and handed back to `change`. */
    mark: (): number => totalChanges(),
    /**
     * What a write changed in a plan: the rows (every row whose stored fields changed), the ids
     * removed, and the plan with its new progress.
     */
    change(planId: number, mark: number, changed: Milestone[], removedMilestoneIds: number[] = []): PlanChange {
      patch(planId, mark, changed, removedMilestoneIds);
      const plan = planOrThrow(planId);
      return { plan, progress: progressOf(plan), milestones: changed, removedMilestoneIds };
    }
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;

import { AppError } from '@shared/errors';
import type { Database } from 'better-sqlite3';
import { CAIO_GOAL_ID } from '@shared/model';
import type { IsoDate, Milestone, Plan, PlanChange, PlanMilestone, PlanProgress, ProjectionMilestone, Replan, Stage } from '@shared/model';
import type { Profile } from '@shared/profile';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneRepository } from '../repositories/milestone-repository';
import type { ProfileRepository } from '../repositories/profile-repository';
import { isoDate, type Clock } from '../clock';
import { projectPlan } from './projection';
import { dayNumber, isoOfDay } from './dates';
import { scheduleDays, type ScheduleInput } from './schedule';

interface Dependencies {
  db: Database;
  plans: PlanRepository;
  milestones: MilestoneRepository;
  profiles: ProfileRepository;
  clock: Clock;
}

/** Used to schedule a plan before any profile was saved. */
export const DEFAULT_PROFILE: Profile = {
  educationLevel: 'bac+3',
  field: 'computer-science',
  yearsExperience: 0,
  currentRole: 'student',
  targetCompanySize: 'large',
  hoursPerWeek: 10,
  achieved: []
};

/** How many of the milestones due next a plan's progress lists. */
export const NEXT_DUE_COUNT = 5;

/** A plan's rows as the schedule left them, and what it moved. */
interface Synced {
  plan: Plan;
  stages: Stage[];
  rows: ProjectionMilestone[];
  moved: number[];
  hoursPerWeek: number;
}

/**
 * Keeps every plan's stored due dates on its one schedule (schedule.ts), and reads its progress off
 * them. Every write and every read of a plan's progress brings its planned dates to the schedule of
 * that day, so the dashboard, the plan screen, the exports and the reminders read the same dates.
 */
export function createProgressService({ db, plans, milestones, profiles, clock }: Dependencies) {
  const today = () => isoDate(clock.now());

  function planOrThrow(planId: number): Plan {
    const plan = plans.get(planId);
    if (!plan) throw new AppError('not_found', `Plan ${planId} does not exist`);
    return plan;
  }

  /** What the plan's schedule is worked out from, as stored now. */
  function scheduleInput(plan: Plan): ScheduleInput & { stages: Stage[]; rows: ProjectionMilestone[] } {
    const profile = profiles.get() ?? DEFAULT_PROFILE;
    const hoursPerWeek = plan.hoursPerWeek ?? profile.hoursPerWeek;
    const stages = plans.stages(plan.id);
    const rows = milestones.projectionRows(plan.id);
    return { stages, rows, hoursPerWeek, profile, start: isoDate(new Date(plan.createdAt)), today: today() };
  }

  /** Schedules the plan and writes the planned dates that changed (a read-only database keeps them in memory). */
  function sync(planId: number): Synced {
    const plan = planOrThrow(planId);
    const input = scheduleInput(plan);
    const { stages, rows, hoursPerWeek } = input;
    const due = scheduleDays(input);
    const changed: Array<[number, IsoDate]> = [];
    for (const row of rows) {
      const day = due.get(row.id);
      if (day === undefined || row.duePinned || (row.dueDate !== null && dayNumber(row.dueDate) === day)) continue;
      row.dueDate = isoOfDay(day);
      changed.push([row.id, row.dueDate]);
    }
    if (changed.length > 0 && !db.readonly) milestones.setPlannedDates(changed);
    return { plan: changed.length > 0 ? planOrThrow(planId) : plan, stages, rows, moved: changed.map(([id]) => id), hoursPerWeek };
  }

  function progressOf({ plan, stages, rows, hoursPerWeek }: Synced): PlanProgress {
    const day = today();
    const projection = projectPlan({ planId: plan.id, stages, rows, hoursPerWeek, today: day });
    const firstGoal = profiles.get()?.firstGoal ?? 'caio';
    return { ...projection, firstGoal, nextDue: milestones.nextDue(plan.id, day, NEXT_DUE_COUNT) };
  }

  /**
   * The projected date as stored now, read without scheduling (every write and read keeps the stored
   * dates on the schedule): the goal's date, else the plan's last open date.
   */
  function storedDate(planId: number): IsoDate | null {
    const goal = milestones.goal(planId, CAIO_GOAL_ID);
    if (goal?.status === 'done') return goal.completedDate;
    if (goal && goal.status !== 'skipped') return goal.dueDate;
    return milestones.lastOpenDue(planId);
  }

  function replanOf(synced: Synced, progress: PlanProgress, before: IsoDate | null): Replan | null {
    if (synced.moved.length === 0 && before === progress.projectedDate) return null;
    const overduePinned = progress.basis.kind === 'hours' ? progress.basis.overduePinned : 0;
    return { planId: synced.plan.id, moved: synced.moved.length, before, after: progress.projectedDate, overduePinned };
  }

  return {
    progress: (planId: number): PlanProgress => progressOf(sync(planId)),
    /** What the plan's schedule is worked out from today, for a what-if that writes nothing (advice-service). */
    scheduleInput: (planId: number) => scheduleInput(planOrThrow(planId)),
    /** Taken before a write that may move the schedule, inside its transaction, and handed back to `change` or `replan`. */
    before: (planId: number): IsoDate | null => storedDate(planId),
    /** Re-plans after a write that changed no row of the screen (the pace, the profile): what moved, if anything. */
    replan(planId: number, before: IsoDate | null): Replan | null {
      const synced = sync(planId);
      return replanOf(synced, progressOf(synced), before);
    },
    /**
     * What a write changed in a plan: the rows it wrote plus every row the schedule moved, the ids
     * removed, the plan with its new progress, and what moved.
     */
    change(
      planId: number,
      before: IsoDate | null,
      changed: Array<Milestone | PlanMilestone>,
      removedMilestoneIds: number[] = []
    ): PlanChange {
      const synced = sync(planId);
      const progress = progressOf(synced);
      const written = new Set(changed.map((milestone) => milestone.id));
      const rescheduled = synced.moved.filter((id) => !written.has(id));
      // The rows written, as stored now (the schedule may have dated them), then the rows it moved.
      const rows = [...changed.map((milestone) => milestones.get(milestone.id) ?? milestone), ...rescheduledRows(rescheduled)];
      return { plan: synced.plan, progress, milestones: rows, removedMilestoneIds, replan: replanOf(synced, progress, before) };
    }
  };

  /** The rows the schedule moved, as stored: each read by its id, not the whole plan for a few of its rows. */
  function rescheduledRows(ids: number[]): Milestone[] {
    return ids.map((id) => milestones.get(id)).filter((row) => row !== undefined);
  }
}

export type ProgressService = ReturnType<typeof createProgressService>;

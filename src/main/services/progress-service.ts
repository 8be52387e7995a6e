import { AppError } from '@shared/errors';
import type { Milestone, Plan, PlanChange, PlanProgress } from '@shared/model';
import type { Profile } from '@shared/profile';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneRepository } from '../repositories/milestone-repository';
import type { ProfileRepository } from '../repositories/profile-repository';
import { isoDate, type Clock } from '../clock';
import { projectPlan } from './projection';

interface Dependencies {
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

const NEXT_DUE_COUNT = 5;

/**
 * A plan's progress and projection from the lean rows the projection reads (no titles, notes or
 * evidence counts), with only the few milestones due next loaded in full. Every write answers with
 * this, so it has to stay cheap on a plan of thousands of milestones.
 */
export function createProgressService({ plans, milestones, profiles, clock }: Dependencies) {
  const today = () => isoDate(clock.now());

  function planOrThrow(planId: number): Plan {
    const plan = plans.get(planId);
    if (!plan) throw new AppError('not_found', `Plan ${planId} does not exist`);
    return plan;
  }

  function progressOf(plan: Plan): PlanProgress {
    const day = today();
    const projection = projectPlan({
      planId: plan.id,
      planStart: isoDate(new Date(plan.createdAt)),
      stages: plans.stages(plan.id),
      milestones: milestones.projectionRows(plan.id),
      profile: profiles.get() ?? DEFAULT_PROFILE,
      today: day
    });
    return { ...projection, nextDue: milestones.nextDue(plan.id, day, NEXT_DUE_COUNT) };
  }

  return {
    progress: (planId: number): PlanProgress => progressOf(planOrThrow(planId)),
    /** What a write changed in a plan: the rows, and the plan with its new progress. */
    change(planId: number, changed: Milestone[], removedMilestoneIds: number[] = []): PlanChange {
      const plan = planOrThrow(planId);
      return { plan, progress: progressOf(plan), milestones: changed, removedMilestoneIds };
    }
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;

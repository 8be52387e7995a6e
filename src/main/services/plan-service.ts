import { AppError } from '@shared/errors';
import type { ParsedInput } from '@shared/contract';
import type { Milestone, PlanDetail } from '@shared/model';
import { STAGE_TEMPLATES } from '@shared/content/stages';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneChanges, MilestoneRepository } from '../repositories/milestone-repository';
import { isoDate, type Clock } from '../clock';

interface Dependencies {
  plans: PlanRepository;
  milestones: MilestoneRepository;
  clock: Clock;
}

/** Plans built by hand and their milestones. */
export function createPlanService({ plans, milestones, clock }: Dependencies) {
  const now = () => clock.now().toISOString();

  function detail(planId: number): PlanDetail {
    const plan = plans.get(planId);
    if (!plan) throw new AppError('not_found', `Plan ${planId} does not exist`);
    return { plan, stages: plans.stages(planId), milestones: milestones.listByPlan(planId) };
  }

  function milestoneOrThrow(milestoneId: number): Milestone {
    const milestone = milestones.get(milestoneId);
    if (!milestone) throw new AppError('not_found', `Milestone ${milestoneId} does not exist`);
    return milestone;
  }

  return {
    list: () => plans.list(),
    detail,
    create({ name }: ParsedInput<'plans:create'>): PlanDetail {
      const stages = STAGE_TEMPLATES.map((stage) => ({ templateId: stage.id, title: null }));
      return detail(plans.create({ name, routeId: null, targetCompanySize: null, stages }, now()).planId);
    },
    rename({ planId, name }: ParsedInput<'plans:rename'>) {
      if (!plans.rename(planId, name, now())) throw new AppError('not_found', `Plan ${planId} does not exist`);
      return detail(planId).plan;
    },
    remove({ planId }: ParsedInput<'plans:delete'>) {
      if (!plans.delete(planId)) throw new AppError('not_found', `Plan ${planId} does not exist`);
      return { deleted: true as const };
    },
    listMilestones({ planId }: ParsedInput<'milestones:list'>) {
      if (!plans.get(planId)) throw new AppError('not_found', `Plan ${planId} does not exist`);
      return milestones.listByPlan(planId);
    },
    createMilestone(input: ParsedInput<'milestones:create'>): Milestone {
      const stage = plans.stage(input.stageId);
      if (!stage || stage.planId !== input.planId) throw new AppError('not_found', 'Stage not in this plan');
      const created = milestones.create(
        {
          planId: input.planId,
          stageId: input.stageId,
          templateId: null,
          title: input.title,
          kind: input.kind,
          status: 'todo',
          dueDate: input.dueDate ?? null,
          completedDate: null,
          notes: ''
        },
        now()
      );
      plans.touch(input.planId, now());
      return created;
    },
    updateMilestone({ milestoneId, ...patch }: ParsedInput<'milestones:update'>): Milestone {
      const current = milestoneOrThrow(milestoneId);
      const changes: MilestoneChanges = { ...patch };
      if (patch.status && patch.status !== current.status) {
        // Completion date follows the status: set on done, cleared when the milestone is reopened.
        changes.completedDate = patch.status === 'done' ? isoDate(clock.now()) : null;
      }
      const updated = milestones.update(current, changes, now());
      plans.touch(current.planId, now());
      return updated;
    },
    removeMilestone({ milestoneId }: ParsedInput<'milestones:delete'>) {
      const current = milestoneOrThrow(milestoneId);
      milestones.delete(milestoneId);
      plans.touch(current.planId, now());
      return { deleted: true as const };
    }
  };
}

export type PlanService = ReturnType<typeof createPlanService>;

import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { ParsedInput } from '@shared/contract';
import type { Milestone, MilestoneDetail } from '@shared/model';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneChanges, MilestoneRepository } from '../repositories/milestone-repository';
import type { EvidenceRepository } from '../repositories/evidence-repository';
import type { UndoRepository } from '../repositories/undo-repository';
import { isoDate, type Clock } from '../clock';

interface Dependencies {
  db: Database;
  plans: PlanRepository;
  milestones: MilestoneRepository;
  evidence: EvidenceRepository;
  undo: UndoRepository;
  clock: Clock;
}

/** Milestones: edit, status, move, delete with undo, and their evidence. */
export function createMilestoneService({ db, plans, milestones, evidence, undo, clock }: Dependencies) {
  const now = () => clock.now().toISOString();

  function milestoneOrThrow(milestoneId: number): Milestone {
    const milestone = milestones.get(milestoneId);
    if (!milestone) throw new AppError('not_found', `Milestone ${milestoneId} does not exist`);
    return milestone;
  }

  return {
    list({ planId }: ParsedInput<'milestones:list'>) {
      if (!plans.get(planId)) throw new AppError('not_found', `Plan ${planId} does not exist`);
      return milestones.listByPlan(planId);
    },
    get({ milestoneId }: ParsedInput<'milestones:get'>): MilestoneDetail {
      return { milestone: milestoneOrThrow(milestoneId), evidence: evidence.listByMilestone(milestoneId) };
    },
    create: db.transaction((input: ParsedInput<'milestones:create'>): Milestone => {
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
    }),
    update: db.transaction(({ milestoneId, ...patch }: ParsedInput<'milestones:update'>): Milestone => {
      const current = milestoneOrThrow(milestoneId);
      const changes: MilestoneChanges = { ...patch };
      if (patch.status && patch.status !== current.status) {
        // The completion date follows the status: set when done, cleared when reopened or skipped.
        changes.completedDate = patch.status === 'done' ? (patch.completedDate ?? isoDate(clock.now())) : null;
      } else if (patch.completedDate && (patch.status ?? current.status) !== 'done') {
        throw new AppError('invalid_input', 'Only a done milestone has a completion date');
      }
      const updated = milestones.update(current, changes, now());
      plans.touch(current.planId, now());
      return updated;
    }),
    move: db.transaction(({ milestoneId, stageId, position }: ParsedInput<'milestones:move'>): Milestone[] => {
      const current = milestoneOrThrow(milestoneId);
      const stage = plans.stage(stageId);
      if (!stage || stage.planId !== current.planId) throw new AppError('not_found', 'Stage not in this plan');
      milestones.move(current, stageId, position, now());
      plans.touch(current.planId, now());
      const changed = milestones.listByStage(stageId);
      return stageId === current.stageId ? changed : [...milestones.listByStage(current.stageId), ...changed];
    }),
    remove: db.transaction(({ milestoneId }: ParsedInput<'milestones:delete'>) => {
      const current = milestoneOrThrow(milestoneId);
      const undoToken = undo.snapshotMilestone(milestoneId, now());
      milestones.delete(milestoneId);
      plans.touch(current.planId, now());
      return { undoToken };
    }),
    addEvidence: db.transaction((input: ParsedInput<'evidence:add'>) => {
      const milestone = milestoneOrThrow(input.milestoneId);
      const added = evidence.insert({
        milestoneId: input.milestoneId,
        description: input.description,
        url: input.url ?? null,
        obtainedDate: input.obtainedDate ?? null,
        expiryDate: input.expiryDate ?? null,
        createdAt: now()
      });
      plans.touch(milestone.planId, now());
      return added;
    }),
    removeEvidence: db.transaction(({ evidenceId }: ParsedInput<'evidence:delete'>) => {
      if (!evidence.get(evidenceId)) throw new AppError('not_found', `Evidence ${evidenceId} does not exist`);
      const undoToken = undo.snapshotEvidence(evidenceId, now());
      evidence.delete(evidenceId);
      return { undoToken };
    })
  };
}

export type MilestoneService = ReturnType<typeof createMilestoneService>;

import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { ParsedInput } from '@shared/contract';
import type {
  EvidenceRemoval,
  EvidenceWrite,
  Milestone,
  MilestoneDetail,
  MilestoneRemoval,
  MilestoneWrite,
  PlanChange
} from '@shared/model';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneChanges, MilestoneRepository } from '../repositories/milestone-repository';
import type { EvidenceRepository } from '../repositories/evidence-repository';
import type { UndoService } from './undo-service';
import { isoDate, type Clock } from '../clock';
import type { ProgressService } from './progress-service';

interface Dependencies {
  db: Database;
  plans: PlanRepository;
  milestones: MilestoneRepository;
  evidence: EvidenceRepository;
  undo: UndoService;
  progress: ProgressService;
  clock: Clock;
}

/**
 * Milestones: edit, status, move, delete with undo, and their evidence. Every write answers with what
 * the screen needs to show its result (the rows it changed, the plan's new progress), so one user
 * action is one request.
 */
export function createMilestoneService({ db, plans, milestones, evidence, undo, progress, clock }: Dependencies) {
  const now = () => clock.now().toISOString();

  /** Moves within its plan; returns every milestone whose position changed, in both stages. */
  function moveWithin(current: Milestone, stageId: number, position: number): Milestone[] {
    const stage = plans.stage(stageId);
    if (!stage || stage.planId !== current.planId) throw new AppError('not_found', 'Stage not in this plan');
    milestones.move(current, stageId, position, now());
    const changed = milestones.listByStage(stageId);
    return stageId === current.stageId ? changed : [...milestones.listByStage(current.stageId), ...changed];
  }

  const withMilestone = (change: PlanChange, milestone: Milestone): MilestoneWrite => ({ ...change, milestone });

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
    create: db.transaction((input: ParsedInput<'milestones:create'>): MilestoneWrite => {
      const mark = progress.mark();
      const stage = plans.stage(input.stageId);
      if (!stage || stage.planId !== input.planId) throw new AppError('not_found', 'Stage not in this plan');
      const created = milestones.create(
        {
          planId: input.planId,
          stageId: input.stageId,
          templateId: input.templateId ?? null,
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
      return withMilestone(progress.change(input.planId, mark, [created]), created);
    }),
    update: db.transaction(({ milestoneId, stageId, position, ...patch }: ParsedInput<'milestones:update'>): MilestoneWrite => {
      const mark = progress.mark();
      const current = milestoneOrThrow(milestoneId);
      const changes: MilestoneChanges = { ...patch };
      if (patch.status && patch.status !== current.status) {
        // The completion date follows the status: set when done, cleared when reopened or skipped.
        changes.completedDate = patch.status === 'done' ? (patch.completedDate ?? isoDate(clock.now())) : null;
      } else if (patch.completedDate && (patch.status ?? current.status) !== 'done') {
        throw new AppError('invalid_input', 'Only a done milestone has a completion date');
      }
      let updated = milestones.update(current, changes, now());
      let changed = [updated];
      const moving = stageId !== undefined && (stageId !== current.stageId || (position !== undefined && position !== current.position));
      if (moving) {
        // No position: the end of the new stage (moveWithin clamps it).
        changed = moveWithin(updated, stageId, position ?? Number.MAX_SAFE_INTEGER);
        updated = changed.find((milestone) => milestone.id === milestoneId) ?? updated;
      }
      plans.touch(current.planId, now());
      return withMilestone(progress.change(current.planId, mark, changed), updated);
    }),
    move: db.transaction(({ milestoneId, stageId, position }: ParsedInput<'milestones:move'>): PlanChange => {
      const mark = progress.mark();
      const current = milestoneOrThrow(milestoneId);
      const changed = moveWithin(current, stageId, position);
      plans.touch(current.planId, now());
      return progress.change(current.planId, mark, changed);
    }),
    remove: db.transaction(({ milestoneId }: ParsedInput<'milestones:delete'>): MilestoneRemoval => {
      const mark = progress.mark();
      const current = milestoneOrThrow(milestoneId);
      const undoToken = undo.snapshotMilestone(milestoneId, now());
      milestones.delete(milestoneId);
      plans.touch(current.planId, now());
      // The rows after it in its stage moved up one place.
      const shifted = milestones.listByStage(current.stageId).filter((milestone) => milestone.position >= current.position);
      return { ...progress.change(current.planId, mark, shifted, [milestoneId]), undoToken };
    }),
    addEvidence: db.transaction((input: ParsedInput<'evidence:add'>): EvidenceWrite => {
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
      return { evidence: added, milestone: milestoneOrThrow(milestone.id) };
    }),
    removeEvidence: db.transaction(({ evidenceId }: ParsedInput<'evidence:delete'>): EvidenceRemoval => {
      const removed = evidence.get(evidenceId);
      if (!removed) throw new AppError('not_found', `Evidence ${evidenceId} does not exist`);
      const undoToken = undo.snapshotEvidence(evidenceId, now());
      evidence.delete(evidenceId);
      return { undoToken, milestone: milestoneOrThrow(removed.milestoneId) };
    })
  };
}

export type MilestoneService = ReturnType<typeof createMilestoneService>;

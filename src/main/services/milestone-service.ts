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
import { contentText } from '@shared/content/catalog';
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

/** The template's own title, in either language: not stored, so the row is named in the language of the day. */
function ownTitle(templateId: string | undefined, title: string): boolean {
  const text = contentText(templateId ?? null);
  return !!text && (text.en === title || text.fr === title);
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

  const withMilestone = (change: PlanChange, milestone: Milestone, elsewhere = 0): MilestoneWrite => ({ ...change, milestone, elsewhere });

  /** A completion or a certificate is in the past (or today), never in the future. */
  function notInFuture(date: string | null | undefined): void {
    if (date && date > isoDate(clock.now())) throw new AppError('invalid_input', 'date_in_future');
  }

  /**
   * Whether the due date is pinned after a change: as asked, else a new date typed pins it and a
   * cleared one hands the milestone back to the schedule; otherwise as it was.
   */
  function pinnedAfter(current: Milestone, dueDate: string | null | undefined, duePinned: boolean | undefined): boolean {
    const date = dueDate === undefined ? current.dueDate : dueDate;
    if (date === null) return false;
    if (duePinned !== undefined) return duePinned;
    return dueDate !== undefined && dueDate !== current.dueDate ? true : current.duePinned;
  }

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
      const before = progress.before(input.planId);
      const stage = plans.stage(input.stageId);
      if (!stage || stage.planId !== input.planId) throw new AppError('not_found', 'Stage not in this plan');
      const created = milestones.create(
        {
          planId: input.planId,
          stageId: input.stageId,
          templateId: input.templateId ?? null,
          title: ownTitle(input.templateId, input.title) ? null : input.title,
          kind: input.kind,
          status: 'todo',
          dueDate: input.dueDate ?? null,
          duePinned: !!input.dueDate,
          completedDate: null,
          notes: ''
        },
        now()
      );
      plans.touch(input.planId, now());
      const change = progress.change(input.planId, before, [created]);
      return withMilestone(change, milestones.get(created.id) ?? created);
    }),
    update: db.transaction(({ milestoneId, stageId, position, duePinned, ...patch }: ParsedInput<'milestones:update'>): MilestoneWrite => {
      const current = milestoneOrThrow(milestoneId);
      const before = progress.before(current.planId);
      notInFuture(patch.completedDate);
      const changes: MilestoneChanges = { ...patch, duePinned: pinnedAfter(current, patch.dueDate, duePinned) };
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
      const change = progress.change(current.planId, before, changed);
      const nowDone = updated.status === 'done' && current.status !== 'done';
      return withMilestone(change, milestones.get(milestoneId) ?? updated, nowDone ? milestones.sameStepElsewhere(updated).length : 0);
    }),
    move: db.transaction(({ milestoneId, stageId, position }: ParsedInput<'milestones:move'>): PlanChange => {
      const current = milestoneOrThrow(milestoneId);
      const before = progress.before(current.planId);
      const changed = moveWithin(current, stageId, position);
      plans.touch(current.planId, now());
      return progress.change(current.planId, before, changed);
    }),
    shareDone: db.transaction(({ milestoneId }: ParsedInput<'milestones:shareDone'>): { plans: number } => {
      const done = milestoneOrThrow(milestoneId);
      if (done.status !== 'done') throw new AppError('invalid_input', 'not_done');
      const others = milestones.sameStepElsewhere(done);
      for (const other of others) {
        milestones.update(other, { status: 'done', completedDate: done.completedDate }, now());
        plans.touch(other.planId, now());
      }
      for (const planId of new Set(others.map((other) => other.planId))) progress.progress(planId);
      return { plans: new Set(others.map((other) => other.planId)).size };
    }),
    remove: db.transaction(({ milestoneId }: ParsedInput<'milestones:delete'>): MilestoneRemoval => {
      const current = milestoneOrThrow(milestoneId);
      const before = progress.before(current.planId);
      const undoToken = undo.snapshotMilestone(milestoneId, now());
      milestones.delete(milestoneId);
      plans.touch(current.planId, now());
      // The rows after it in its stage moved up one place.
      const shifted = milestones.listByStage(current.stageId).filter((milestone) => milestone.position >= current.position);
      return { ...progress.change(current.planId, before, shifted, [milestoneId]), undoToken };
    }),
    addEvidence: db.transaction((input: ParsedInput<'evidence:add'>): EvidenceWrite => {
      const milestone = milestoneOrThrow(input.milestoneId);
      notInFuture(input.obtainedDate);
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

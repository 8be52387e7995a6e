import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { MilestoneRepository } from '../repositories/milestone-repository';
import type { Row, UndoKind, UndoRepository } from '../repositories/undo-repository';

/** The parent a milestone or evidence was attached to, as it was: its id and creation time. */
interface Parent {
  id: number;
  createdAt: string;
}

interface Snapshot {
  plans?: Row[];
  stages?: Row[];
  milestones?: Row[];
  evidence?: Row[];
  /** Recorded since ids stopped being reused; older entries fall back to comparing creation times. */
  parents?: { plan?: Parent; milestone?: Parent };
}

/** A bounded history: the toast offers the last one, Ctrl/Cmd+Z the most recent few. */
export const KEEP_ENTRIES = 20;
/** Undo is for the moment after a deletion, not for restoring something long gone. */
export const UNDO_LIFETIME_MINUTES = 30;

interface Dependencies {
  db: Database;
  undo: UndoRepository;
  milestones: MilestoneRepository;
}

/**
 * Deletions keep a snapshot of every row they remove; restoring puts the same rows back with the
 * same ids, so notes, evidence and dates come back exactly. Ids are never reused (migration 0003),
 * and a restore re-attaches only to the very parent the rows came from; otherwise it is refused
 * (`cannot_restore`) and nothing changes.
 */
export function createUndoService({ db, undo, milestones }: Dependencies) {
  const parent = (table: 'plans' | 'milestones', id: number): Parent | undefined => {
    const row = undo.find(table, id);
    return row && { id, createdAt: String(row.created_at) };
  };
  const expiredBefore = (now: string) => new Date(Date.parse(now) - UNDO_LIFETIME_MINUTES * 60_000).toISOString();

  function record(kind: UndoKind, snapshot: Snapshot, now: string): number {
    const token = undo.insert(kind, JSON.stringify(snapshot), now);
    undo.prune(KEEP_ENTRIES, expiredBefore(now));
    return token;
  }

  const refuse = (why: string) => new AppError('cannot_restore', why);

  /** Every row must come back under its own id: one already taken means the snapshot cannot be trusted. */
  function assertIdsFree(snapshot: Snapshot): void {
    for (const table of ['plans', 'stages', 'milestones', 'evidence'] as const) {
      for (const row of snapshot[table] ?? []) if (undo.find(table, row.id)) throw refuse(`${table} ${String(row.id)} is taken`);
    }
  }

  /**
   * The parent must be the row the snapshot came from. With a recorded parent, its creation time must
   * match; for entries written before that, a parent created after the child cannot be its parent.
   */
  function assertParent(table: 'plans' | 'milestones', expected: Parent | undefined, id: unknown, childCreatedAt: unknown): void {
    const row = undo.find(table, id);
    if (!row) throw refuse(`${table} ${String(id)} is gone`);
    const same = expected
      ? expected.id === Number(id) && expected.createdAt === row.created_at
      : String(row.created_at) <= String(childCreatedAt);
    if (!same) throw refuse(`${table} ${String(id)} is another row now`);
  }

  /** Puts one milestone back at its place, in its own stage of its own plan. */
  function restoreMilestone(snapshot: Snapshot): number {
    const row = snapshot.milestones?.[0];
    if (!row) throw refuse('empty snapshot');
    assertParent('plans', snapshot.parents?.plan, row.plan_id, row.created_at);
    const stage = undo.find('stages', row.stage_id);
    if (!stage || stage.plan_id !== row.plan_id) throw refuse(`stage ${String(row.stage_id)} is gone`);
    row.position = milestones.makeRoom(Number(row.stage_id), Number(row.position));
    undo.insertRows('milestones', [row]);
    return Number(row.plan_id);
  }

  return {
    snapshotPlan(planId: number, now: string): number {
      return record(
        'plan',
        {
          plans: undo.rows('SELECT * FROM plans WHERE id = ?', planId),
          stages: undo.rows('SELECT * FROM stages WHERE plan_id = ?', planId),
          milestones: undo.rows('SELECT * FROM milestones WHERE plan_id = ?', planId),
          evidence: undo.rows('SELECT e.* FROM evidence e JOIN milestones m ON m.id = e.milestone_id WHERE m.plan_id = ?', planId)
        },
        now
      );
    },
    snapshotMilestone(milestoneId: number, now: string): number {
      const milestoneRows = undo.rows('SELECT * FROM milestones WHERE id = ?', milestoneId);
      const planId = Number(milestoneRows[0]?.plan_id);
      return record(
        'milestone',
        {
          milestones: milestoneRows,
          evidence: undo.rows('SELECT * FROM evidence WHERE milestone_id = ?', milestoneId),
          parents: { plan: parent('plans', planId) }
        },
        now
      );
    },
    snapshotEvidence(evidenceId: number, now: string): number {
      const evidenceRows = undo.rows('SELECT * FROM evidence WHERE id = ?', evidenceId);
      return record(
        'evidence',
        { evidence: evidenceRows, parents: { milestone: parent('milestones', Number(evidenceRows[0]?.milestone_id)) } },
        now
      );
    },
    /** Puts the snapshot back; returns the plan it belongs to. */
    restore: db.transaction((token: number, now: string): number => {
      const entry = undo.get(token);
      if (!entry) throw new AppError('not_found', `Nothing to undo for ${token}`);
      if (entry.createdAt < expiredBefore(now)) {
        undo.delete(token);
        throw new AppError('undo_expired', `Undo ${token} has expired`);
      }
      const snapshot = JSON.parse(entry.payload) as Snapshot;
      assertIdsFree(snapshot);
      let planId: number;
      if (entry.kind === 'plan') {
        undo.insertRows('plans', snapshot.plans);
        undo.insertRows('stages', snapshot.stages);
        undo.insertRows('milestones', snapshot.milestones);
        planId = Number(snapshot.plans?.[0]?.id);
      } else if (entry.kind === 'milestone') {
        planId = restoreMilestone(snapshot);
      } else {
        const row = snapshot.evidence?.[0];
        if (!row) throw refuse('empty snapshot');
        assertParent('milestones', snapshot.parents?.milestone, row.milestone_id, row.created_at);
        planId = milestones.get(Number(row.milestone_id))?.planId ?? 0;
      }
      undo.insertRows('evidence', snapshot.evidence);
      undo.delete(token);
      return planId;
    })
  };
}

export type UndoService = ReturnType<typeof createUndoService>;

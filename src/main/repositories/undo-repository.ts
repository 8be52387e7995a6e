import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { MilestoneRepository } from './milestone-repository';

type Row = Record<string, unknown>;
type Kind = 'plan' | 'milestone' | 'evidence';

interface Snapshot {
  plans?: Row[];
  stages?: Row[];
  milestones?: Row[];
  evidence?: Row[];
}

const KEEP_ENTRIES = 100;

/**
 * Deletions keep a snapshot of every row they remove; restoring puts the same rows back with the
 * same ids, so notes, evidence and dates come back exactly.
 */
export function createUndoRepository(db: Database, milestones: MilestoneRepository) {
  const insertEntry = db.prepare<[Kind, string, string]>('INSERT INTO undo_entries (kind, payload, created_at) VALUES (?, ?, ?)');
  const selectEntry = db.prepare<[number], { kind: Kind; payload: string }>('SELECT kind, payload FROM undo_entries WHERE id = ?');
  const deleteEntry = db.prepare<[number]>('DELETE FROM undo_entries WHERE id = ?');
  const prune = db.prepare<[number]>('DELETE FROM undo_entries WHERE id NOT IN (SELECT id FROM undo_entries ORDER BY id DESC LIMIT ?)');
  const rows = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const exists = (table: 'plans' | 'stages' | 'milestones', id: unknown) =>
    db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

  function insertRows(table: 'plans' | 'stages' | 'milestones' | 'evidence', list: Row[] = []): void {
    for (const row of list) {
      const columns = Object.keys(row);
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
    }
  }

  function record(kind: Kind, snapshot: Snapshot, now: string): number {
    const token = Number(insertEntry.run(kind, JSON.stringify(snapshot), now).lastInsertRowid);
    prune.run(KEEP_ENTRIES);
    return token;
  }

  return {
    snapshotPlan(planId: number, now: string): number {
      return record(
        'plan',
        {
          plans: rows('SELECT * FROM plans WHERE id = ?', planId),
          stages: rows('SELECT * FROM stages WHERE plan_id = ?', planId),
          milestones: rows('SELECT * FROM milestones WHERE plan_id = ?', planId),
          evidence: rows('SELECT e.* FROM evidence e JOIN milestones m ON m.id = e.milestone_id WHERE m.plan_id = ?', planId)
        },
        now
      );
    },
    snapshotMilestone(milestoneId: number, now: string): number {
      return record(
        'milestone',
        {
          milestones: rows('SELECT * FROM milestones WHERE id = ?', milestoneId),
          evidence: rows('SELECT * FROM evidence WHERE milestone_id = ?', milestoneId)
        },
        now
      );
    },
    snapshotEvidence(evidenceId: number, now: string): number {
      return record('evidence', { evidence: rows('SELECT * FROM evidence WHERE id = ?', evidenceId) }, now);
    },
    /** Puts the snapshot back; returns the plan it belongs to. */
    restore: db.transaction((token: number): number => {
      const entry = selectEntry.get(token);
      if (!entry) throw new AppError('not_found', `Nothing to undo for ${token}`);
      const snapshot = JSON.parse(entry.payload) as Snapshot;
      let planId: number;
      if (entry.kind === 'plan') {
        insertRows('plans', snapshot.plans);
        insertRows('stages', snapshot.stages);
        insertRows('milestones', snapshot.milestones);
        planId = Number(snapshot.plans?.[0]?.id);
      } else if (entry.kind === 'milestone') {
        const row = snapshot.milestones?.[0];
        if (!row || !exists('stages', row.stage_id)) throw new AppError('not_found', 'The stage no longer exists');
        row.position = milestones.makeRoom(Number(row.stage_id), Number(row.position));
        insertRows('milestones', [row]);
        planId = Number(row.plan_id);
      } else {
        const row = snapshot.evidence?.[0];
        if (!row || !exists('milestones', row.milestone_id)) throw new AppError('not_found', 'The milestone no longer exists');
        planId = milestones.get(Number(row.milestone_id))?.planId ?? 0;
      }
      insertRows('evidence', snapshot.evidence);
      deleteEntry.run(token);
      return planId;
    })
  };
}

export type UndoRepository = ReturnType<typeof createUndoRepository>;

import type { Milestone, Stage, StageProgress } from '@shared/model';

export type ListRow =
  | { kind: 'stage'; key: string; stage: Stage; progress: StageProgress | undefined; count: number }
  | { kind: 'milestone'; key: string; milestone: Milestone };

/**
 * Each milestone's row, kept while the milestone object is the same: after a status change only the
 * changed milestone gets a new row, so rebuilding the rows of a plan of thousands allocates nothing
 * else and the list compares rows by identity.
 */
const milestoneRows = new WeakMap<Milestone, ListRow>();

function rowOf(milestone: Milestone): ListRow {
  let row = milestoneRows.get(milestone);
  if (!row) {
    row = { kind: 'milestone', key: `m${milestone.id}`, milestone };
    milestoneRows.set(milestone, row);
  }
  return row;
}

/** Flattens stages and their (already filtered) milestones into the rows the virtual list shows. */
export function buildRows(stages: Stage[], milestones: Milestone[], progress: StageProgress[] = []): ListRow[] {
  const byStage = new Map<number, Milestone[]>();
  for (const milestone of milestones) {
    const list = byStage.get(milestone.stageId);
    if (list) list.push(milestone);
    else byStage.set(milestone.stageId, [milestone]);
  }
  const rows: ListRow[] = [];
  for (const stage of stages) {
    const items = byStage.get(stage.id) ?? [];
    rows.push({ kind: 'stage', key: `s${stage.id}`, stage, progress: progress.find((p) => p.stageId === stage.id), count: items.length });
    for (const milestone of items) rows.push(rowOf(milestone));
  }
  return rows;
}

/** Same rows in the same order (content aside): the list's layout can stay as it is. */
export function sameLayout(before: ListRow[], after: ListRow[]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let index = 0; index < after.length; index += 1) {
    const previous = before[index]!;
    const next = after[index]!;
    if (previous !== next && previous.key !== next.key) return false;
  }
  return true;
}

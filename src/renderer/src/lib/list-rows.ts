import type { PlanMilestone, Stage, StageProgress } from '@shared/model';

export type ListRow =
  | { kind: 'stage'; key: string; stage: Stage; progress: StageProgress | undefined; count: number }
  | { kind: 'milestone'; key: string; milestone: PlanMilestone };

/**
 * Each milestone's row, kept while the milestone object is the same: after a status change only the
 * changed milestone gets a new row, so rebuilding the rows of a plan of thousands allocates nothing
 * else and the list compares rows by identity.
 */
const milestoneRows = new WeakMap<PlanMilestone, ListRow>();

function rowOf(milestone: PlanMilestone): ListRow {
  let row = milestoneRows.get(milestone);
  if (!row) {
    row = { kind: 'milestone', key: `m${milestone.id}`, milestone };
    milestoneRows.set(milestone, row);
  }
  return row;
}

/** Flattens stages and their (already filtered) milestones into the rows the virtual list shows. */
export function buildRows(stages: Stage[], milestones: PlanMilestone[], progress: StageProgress[] = []): ListRow[] {
  const byStage = new Map<number, PlanMilestone[]>();
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

/**
 * Milestone lists made from another by swapping some milestones for changed ones in the same places
 * (a status change): recorded by whoever makes them, so their rows are patched from the record
 * rather than by comparing a plan of thousands, milestone by milestone.
 */
const swaps = new WeakMap<readonly PlanMilestone[], { from: readonly PlanMilestone[]; changed: readonly PlanMilestone[] }>();

/** Records that `next` is `from` with `changed` swapped in, each in the place of the milestone with its id. */
export function recordSwap(next: readonly PlanMilestone[], from: readonly PlanMilestone[], changed: readonly PlanMilestone[]): void {
  // Only the latest record is kept: each holds the list before it, and a chain of them would keep
  // every earlier list of thousands alive.
  swaps.delete(from);
  swaps.set(next, { from, changed });
}

/** Rows patched from others (RowBuilder), and the rows whose layout they share. */
const layouts = new WeakMap<ListRow[], ListRow[]>();

/** Same rows in the same order (content aside): the list's layout can stay as it is. */
export function sameLayout(before: ListRow[], after: ListRow[]): boolean {
  if (before === after) return true;
  if ((layouts.get(before) ?? before) === (layouts.get(after) ?? after)) return true;
  if (before.length !== after.length) return false;
  for (let index = 0; index < after.length; index += 1) {
    const previous = before[index]!;
    const next = after[index]!;
    if (previous !== next && previous.key !== next.key) return false;
  }
  return true;
}

interface Built {
  stages: Stage[];
  milestones: PlanMilestone[];
  progress: StageProgress[];
  rows: ListRow[];
  /** Where each milestone's row stands, and where each stage's header stands. */
  milestoneRowAt: Map<number, number>;
  stageRowAt: number[];
}

const NO_PROGRESS: StageProgress[] = [];

/** Rows of milestones that may change before the list is simply rebuilt. */
const FEW = 32;

/**
 * `buildRows`, remembering its last answer: when the milestones are the same ones in the same order
 * and stages (a status change, an edit, new progress), only the rows of what changed are replaced,
 * so a status change on a plan of thousands costs one pass of identity checks. Anything else (a
 * move, a new or removed milestone, a filter) rebuilds the rows.
 */
export class RowBuilder {
  private last: Built | undefined;

  build(stages: Stage[], milestones: PlanMilestone[], progress: StageProgress[] = NO_PROGRESS): ListRow[] {
    const patched = this.patch(stages, milestones, progress);
    if (patched) return patched;
    const rows = buildRows(stages, milestones, progress);
    const milestoneRowAt = new Map<number, number>();
    const stageRowAt: number[] = [];
    rows.forEach((row, index) => {
      if (row.kind === 'milestone') milestoneRowAt.set(row.milestone.id, index);
      else stageRowAt.push(index);
    });
    this.last = { stages, milestones, progress, rows, milestoneRowAt, stageRowAt };
    return rows;
  }

  /** What changed from the last milestones, as recorded with the new ones, if they stay in their stages. */
  private swapped(last: Built, milestones: PlanMilestone[]): readonly PlanMilestone[] | undefined {
    const swap = swaps.get(milestones);
    if (!swap || swap.from !== last.milestones || swap.changed.length > FEW) return undefined;
    for (const milestone of swap.changed) {
      const row = last.rows[last.milestoneRowAt.get(milestone.id) ?? -1];
      if (row?.kind !== 'milestone' || row.milestone.stageId !== milestone.stageId) return undefined;
    }
    return swap.changed;
  }

  /** What changed from the last milestones, found by comparing them one by one. */
  private compared(last: Built, milestones: PlanMilestone[]): PlanMilestone[] | undefined {
    const changed: PlanMilestone[] = [];
    for (let index = 0; index < milestones.length; index += 1) {
      const next = milestones[index]!;
      const before = last.milestones[index]!;
      if (next === before) continue;
      // Another milestone here, or one in another stage: the grouping may differ.
      if (next.id !== before.id || next.stageId !== before.stageId || changed.length === FEW) return undefined;
      changed.push(next);
    }
    return changed;
  }

  private patch(stages: Stage[], milestones: PlanMilestone[], progress: StageProgress[]): ListRow[] | undefined {
    const last = this.last;
    if (!last || last.stages !== stages || last.milestones.length !== milestones.length) return undefined;
    const changed = this.swapped(last, milestones) ?? this.compared(last, milestones);
    if (!changed) return undefined;
    if (changed.length === 0 && progress === last.progress) return last.rows;
    const rows = last.rows.slice();
    for (const milestone of changed) rows[last.milestoneRowAt.get(milestone.id)!] = rowOf(milestone);
    if (progress !== last.progress) {
      for (const index of last.stageRowAt) {
        const header = rows[index]! as Extract<ListRow, { kind: 'stage' }>;
        rows[index] = { ...header, progress: progress.find((item) => item.stageId === header.stage.id) };
      }
    }
    this.last = { ...last, milestones, progress, rows };
    layouts.set(rows, layouts.get(last.rows) ?? last.rows);
    return rows;
  }
}

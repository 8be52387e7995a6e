import type { PlanMilestone, Stage, StageProgress } from '@shared/model';

/** A stage's header in the list, with its progress and how many of its milestones are shown. */
export interface StageRow {
  stage: Stage;
  progress: StageProgress | undefined;
  count: number;
}

/** A row of the plan's list: a stage's header, or a milestone itself (so a status change renews one row). */
export type ListRow = StageRow | PlanMilestone;

export const isStageRow = (row: ListRow): row is StageRow => 'stage' in row;

/** A row's key, unique in the list. */
export const rowKey = (row: ListRow): string => (isStageRow(row) ? `s${row.stage.id}` : `m${row.id}`);

/** Flattens stages and their (already filtered) milestones into the rows the list shows, each stage's header first. */
export function buildRows(stages: Stage[], milestones: PlanMilestone[], progress: StageProgress[] = []): ListRow[] {
  const byStage = new Map<number, PlanMilestone[]>();
  for (const milestone of milestones) {
    const list = byStage.get(milestone.stageId);
    if (list) list.push(milestone);
    else byStage.set(milestone.stageId, [milestone]);
  }
  return stages.flatMap((stage) => {
    const items = byStage.get(stage.id) ?? [];
    return [{ stage, progress: progress.find((item) => item.stageId === stage.id), count: items.length }, ...items];
  });
}

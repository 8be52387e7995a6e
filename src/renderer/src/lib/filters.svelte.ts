/** Milestone filters and search, applied in the renderer so translated template titles are searchable. */
import type { PlanMilestone, MilestoneKind, MilestoneStatus } from '@shared/model';

export class MilestoneFilters {
  query = $state('');
  status = $state<MilestoneStatus | ''>('');
  kind = $state<MilestoneKind | ''>('');
  stageId = $state<number | ''>('');
  overdueOnly = $state(false);

  active = $derived(this.query.trim() !== '' || this.status !== '' || this.kind !== '' || this.stageId !== '' || this.overdueOnly);

  clear(): void {
    this.query = '';
    this.status = '';
    this.kind = '';
    this.stageId = '';
    this.overdueOnly = false;
  }

  /** A predicate for the current filters; `title` gives a milestone's displayed title. */
  matcher(today: string, title: (milestone: PlanMilestone) => string): (milestone: PlanMilestone) => boolean {
    const needle = this.query.trim().toLocaleLowerCase();
    const { status, kind, stageId, overdueOnly } = this;
    return (milestone) =>
      (status === '' || milestone.status === status) &&
      (kind === '' || milestone.kind === kind) &&
      (stageId === '' || milestone.stageId === stageId) &&
      (!overdueOnly || isOverdue(milestone, today)) &&
      (needle === '' || title(milestone).toLocaleLowerCase().includes(needle) || milestone.notes.toLocaleLowerCase().includes(needle));
  }
}

export function isOverdue(milestone: PlanMilestone, today: string): boolean {
  return (milestone.status === 'todo' || milestone.status === 'in_progress') && milestone.dueDate !== null && milestone.dueDate < today;
}

/**
 * The editor's draft of one milestone: a copy edited in the form, nothing stored until `save`, which
 * sends one request (a new stage moves the milestone in the same request).
 */
import type { Input } from '@shared/contract';
import type { PlanMilestone, MilestoneKind, MilestoneStatus } from '@shared/model';
import { displayTitle } from './labels';

export const TITLE_LIMIT = 200;

export class MilestoneDraft {
  title = $state('');
  kind = $state<MilestoneKind>('course');
  stageId = $state(0);
  status = $state<MilestoneStatus>('todo');
  /** `YYYY-MM-DD`, or '' for none. */
  dueDate = $state('');
  /** The schedule never moves a pinned date; a date typed here is pinned. */
  duePinned = $state(false);
  completedDate = $state('');
  notes = $state('');
  /** The date fields say whether their text is a real date. */
  validity = $state({ due: true, completed: true });

  constructor(readonly original: PlanMilestone) {
    this.title = displayTitle(original);
    this.kind = original.kind;
    this.stageId = original.stageId;
    this.status = original.status;
    this.dueDate = original.dueDate ?? '';
    this.duePinned = original.duePinned;
    // A year alone (a diploma from the wizard) is not a day the date field can show.
    this.completedDate = original.completedDate?.length === 10 ? original.completedDate : '';
    this.notes = original.notes;
  }

  /** The due date as the form edits it: typing a new date pins it, clearing it hands it back to the schedule. */
  get due(): string {
    return this.dueDate;
  }

  set due(value: string) {
    this.dueDate = value;
    this.duePinned = value !== '' && (value !== (this.original.dueDate ?? '') || this.original.duePinned);
  }

  /** Something typed or chosen differs from the milestone as it was: closing would lose it. */
  get changed(): boolean {
    const original = this.original;
    return (
      this.title.trim() !== displayTitle(original) ||
      this.kind !== original.kind ||
      this.stageId !== original.stageId ||
      this.status !== original.status ||
      this.dueDate !== (original.dueDate ?? '') ||
      this.notes !== original.notes ||
      this.completedDate !== (original.completedDate?.length === 10 ? original.completedDate : '')
    );
  }

  get valid(): boolean {
    return this.validity.due && this.validity.completed && this.title.trim().length <= TITLE_LIMIT;
  }

  /**
   * The update to send. A generated title kept as shown stays generated (it follows the language);
   * a new stage appends the milestone at the end of it.
   */
  toUpdate(): Input<'milestones:update'> {
    const original = this.original;
    return {
      milestoneId: original.id,
      ...(this.title.trim() !== displayTitle(original) ? { title: this.title } : {}),
      ...(this.stageId !== original.stageId ? { stageId: this.stageId } : {}),
      kind: this.kind,
      status: this.status,
      dueDate: this.dueDate || null,
      duePinned: this.duePinned && this.dueDate !== '',
      notes: this.notes,
      ...(this.status === 'done' && this.completedDate ? { completedDate: this.completedDate } : {})
    };
  }
}

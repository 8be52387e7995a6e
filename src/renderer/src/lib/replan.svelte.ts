/** Words for what a re-planning moved, shown with the write's undo. */
import type { Replan } from '@shared/model';
import { api } from './api';
import { app } from './app-state.svelte';
import { formatDate, t } from './i18n.svelte';
import { toast } from './toast.svelte';

/** "4 milestones moved; CAIO date 14 Aug 2032 → 2 Mar 2032.", or '' when nothing moved. */
export function replanText(replan: Replan | null | undefined, hasGoal = true): string {
  // Only when other milestones moved: the row just written shows its own new date.
  if (!replan || replan.moved === 0) return '';
  const date = (value: string | null) => (value ? formatDate(value) : t('schedule.noDate'));
  return t('schedule.moved', {
    count: replan.moved,
    what: hasGoal ? t('schedule.caioDate') : t('schedule.endDate'),
    before: date(replan.before),
    after: date(replan.after)
  });
}

/** Offers to undo a write that moved dates, saying what moved; nothing when nothing moved. */
export function offerReplanUndo(
  replan: Replan | null | undefined,
  hasGoal: boolean | undefined,
  undo: (() => Promise<void>) | undefined
): void {
  const text = replanText(replan, hasGoal ?? true);
  if (text && undo) toast.offer(text, undo);
}

/** A step just marked done that is still open in the person's other plans: offered once, until acted on. */
class SharedStep {
  current = $state<{ milestoneId: number; count: number } | null>(null);
  /** What marking it done elsewhere did, said politely. */
  note = $state('');

  offer(step: { milestoneId: number; count: number } | null): void {
    this.current = step;
    if (step) this.note = '';
  }

  async markDoneElsewhere(): Promise<void> {
    const step = this.current;
    if (!step) return;
    const result = await app.run(() => api.milestonesShareDone({ milestoneId: step.milestoneId }));
    this.current = null;
    if (result) this.note = t('schedule.doneElsewhere', { count: result.plans });
  }
}

export const sharedStep = new SharedStep();

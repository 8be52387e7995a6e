/** The evidence of the milestone open in the editor: loaded on open, added and deleted (with undo). */
import type { Evidence } from '@shared/model';
import { api } from './api';
import { app } from './app-state.svelte';
import { t } from './i18n.svelte';
import { planState } from './plan-state.svelte';
import { toast } from './toast.svelte';

export interface EvidenceDraft {
  description: string;
  url: string;
  obtainedDate: string;
  expiryDate: string;
}

export const emptyEvidenceDraft = (): EvidenceDraft => ({ description: '', url: '', obtainedDate: '', expiryDate: '' });

/** The translated reason a draft cannot be added, or '' when it can. */
export function evidenceProblem(draft: EvidenceDraft): '' | 'invalidUrl' | 'invalidExpiry' {
  const url = draft.url.trim();
  if (url && !/^https?:\/\/\S+$/i.test(url)) return 'invalidUrl';
  if (draft.obtainedDate && draft.expiryDate && draft.expiryDate < draft.obtainedDate) return 'invalidExpiry';
  return '';
}

export class EvidenceState {
  items = $state<Evidence[]>([]);

  constructor(readonly milestoneId: number) {}

  async load(): Promise<void> {
    const detail = await app.run(() => api.milestonesGet({ milestoneId: this.milestoneId }));
    if (detail) this.items = detail.evidence;
  }

  async add(draft: EvidenceDraft): Promise<boolean> {
    const written = await app.run(() =>
      api.evidenceAdd({
        milestoneId: this.milestoneId,
        description: draft.description,
        url: draft.url.trim() || null,
        obtainedDate: draft.obtainedDate || null,
        expiryDate: draft.expiryDate || null,
        requestId: crypto.randomUUID()
      })
    );
    if (!written) return false;
    this.items = [...this.items, written.evidence];
    planState.adoptMilestone(written.milestone);
    return true;
  }

  async remove(item: Evidence): Promise<void> {
    const removed = await app.run(() => api.evidenceDelete({ evidenceId: item.id }));
    if (!removed) return;
    this.items = this.items.filter((entry) => entry.id !== item.id);
    planState.adoptMilestone(removed.milestone);
    toast.offer(t('plan.evidenceDeleted'), async () => {
      await api.undoRestore({ undoToken: removed.undoToken });
      const detail = await api.milestonesGet({ milestoneId: this.milestoneId });
      this.items = detail.evidence;
      planState.adoptMilestone(detail.milestone);
    });
  }
}

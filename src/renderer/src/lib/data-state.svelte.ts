/** Settings › Your data and the start-up notice: backups, restoring one, what happened at start. */
import type { DataStatus } from '@shared/data-model';
import { api } from './api';
import { app } from './app-state.svelte';
import { formatLocale } from './i18n.svelte';

class DataState {
  status = $state<DataStatus | undefined>();
  busy = $state(false);
  message = $state('');

  async load(): Promise<void> {
    const status = await app.run(() => api.dataStatus());
    if (status) this.status = status;
  }

  private async act(action: () => Promise<DataStatus>, done = ''): Promise<boolean> {
    this.busy = true;
    this.message = '';
    try {
      const status = await app.run(action);
      if (!status) return false;
      this.status = status;
      this.message = done;
      return true;
    } finally {
      this.busy = false;
    }
  }

  dismissNotice(): Promise<boolean> {
    return this.act(() => api.dataDismissNotice());
  }

  backupNow(done: string): Promise<boolean> {
    return this.act(() => api.dataBackupNow(), done);
  }

  /** Restores a backup, then reloads the app: every screen shows the restored data. */
  async restore(file: string): Promise<void> {
    if (await this.act(() => api.dataRestoreBackup({ file }))) window.location.reload();
  }
}

export const data = new DataState();

/** A backup's moment, as the active locale writes a date and time. */
export function formatMoment(iso: string): string {
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));
}

/** A file size in kB or MB, in the active locale. */
export function formatSize(bytes: number): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(formatLocale(), {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1
  }).format(megabytes ? bytes / 1_000_000 : Math.max(bytes / 1000, 0.1));
}

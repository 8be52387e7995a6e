/** Settings › Your data and the start-up notice: backups, restoring one, what happened at start. */
import {
  MAX_IMPORT_BYTES,
  problemValues,
  type DataStatus,
  type ExportFile,
  type ImportMode,
  type ImportPreview,
  type ImportProblem,
  type OpenedFile,
  type DataCommand
} from '@shared/data-model';
import { api, on } from './api';
import { app } from './app-state.svelte';
import { formatLocale, language, t } from './i18n.svelte';
import { openBackupFile, saveFile } from './files';

class DataState {
  status = $state<DataStatus | undefined>();
  busy = $state(false);
  /** The printable dossier is showing. */
  dossierOpen = $state(false);
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

  /** The import being looked at: its preview, or why it was refused. */
  preview = $state<ImportPreview | undefined>();
  problem = $state<ImportProblem | undefined>();
  mode = $state<ImportMode>('merge');
  /** The refused file's placeholders, with the table named in the active language. */
  problemText = $derived.by(() => {
    const values = this.problem ? problemValues(this.problem) : problemValues({ code: 'empty' });
    return { ...values, section: values.section ? t(`data.import.section.${values.section}`, { defaultValue: values.section }) : '' };
  });
  /** What is under way, said in a live region (checking, importing). */
  progress = $state<'checking' | 'applying' | undefined>();

  /** Builds an export in main and saves it through the file interface. */
  async export(kind: 'backup' | 'csv' | 'ics', saved: (file: string) => string, cancelled: string): Promise<void> {
    this.message = '';
    const target = { language: language.current, locale: formatLocale() };
    const build: () => Promise<ExportFile> =
      kind === 'backup' ? () => api.dataExportBackup() : kind === 'csv' ? () => api.dataExportCsv(target) : () => api.dataExportIcs(target);
    const name = await app.run(async () => saveFile(await build()));
    if (name !== undefined) this.message = name ? saved(name) : cancelled;
  }

  /** Picks a file, then has main check all of it; nothing is written yet. */
  async pickImport(): Promise<void> {
    this.message = '';
    this.preview = undefined;
    this.problem = undefined;
    const picked = await app.run(() => openBackupFile());
    if (!picked) return;
    // Said here too: a larger file would not even reach main in browser mode.
    if ((picked.base64.length * 3) / 4 > MAX_IMPORT_BYTES + 2) {
      this.problem = { code: 'tooLarge', max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) };
      return;
    }
    await this.check(picked);
  }

  async check(file: OpenedFile): Promise<void> {
    this.progress = 'checking';
    try {
      const result = await app.run(() => api.dataCheckImport({ base64: file.base64 }));
      if (!result) return;
      if (result.ok) this.preview = result.preview;
      else this.problem = result.problem;
    } finally {
      this.progress = undefined;
    }
  }

  cancelImport(): void {
    this.preview = undefined;
    this.problem = undefined;
  }

  /** Applies the previewed file (after main's safety backup), then reloads every screen. */
  async applyImport(): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    this.progress = 'applying';
    try {
      const status = await app.run(() => api.dataApplyImport({ token: preview.token, mode: this.mode }));
      if (status) window.location.reload();
    } finally {
      this.progress = undefined;
    }
  }

  private listening = false;

  /** Carries out the File menu's data commands (desktop); listens once however often it is asked. */
  listen(): void {
    if (this.listening) return;
    this.listening = true;
    on('data:command', (command) => void this.command(command));
  }

  async command(command: DataCommand): Promise<void> {
    if (command === 'print') {
      this.dossierOpen = true;
      return;
    }
    app.go('settings');
    if (command === 'importBackup') return this.pickImport();
    const kind = command === 'exportBackup' ? 'backup' : command === 'exportCsv' ? 'csv' : 'ics';
    await this.export(kind, (file) => t('data.transfer.saved', { file }), t('data.transfer.cancelled'));
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

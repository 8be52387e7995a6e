/** Settings › Your data and the start-up notice: backups, restoring one, what happened at start. */
import {
  MAX_IMPORT_BYTES,
  type BackupInfo,
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
import { formatLocale, formatNumber, language, t } from './i18n.svelte';
import { openBackupFile, saveFile } from './files';

/** Where a sentence about the data is said. */
type Said = 'message' | 'backupMessage' | 'startupMessage';

class DataState {
  status = $state<DataStatus | undefined>();
  busy = $state(false);
  /** The printable dossier is showing. */
  dossierOpen = $state(false);
  /** What the last export or import did, said in the *Export and import* card. */
  message = $state('');
  /** What the last backup or restore did, said next to *Back up now*. */
  backupMessage = $state('');
  /** What a restore offered at start did, said where the offer was. */
  startupMessage = $state('');

  async load(): Promise<void> {
    const status = await app.run(() => api.dataStatus());
    if (status) this.status = status;
    this.hearAfterReload();
  }

  private async act(action: () => Promise<DataStatus>, done: (status: DataStatus) => string = () => ''): Promise<DataStatus | undefined> {
    this.busy = true;
    this.backupMessage = '';
    try {
      const status = await app.run(action);
      if (!status) return undefined;
      this.status = status;
      this.backupMessage = done(status);
      return status;
    } finally {
      this.busy = false;
    }
  }

  /**
   * An import or a restore reloads every screen; what it did is kept for the page that follows
   * (the same screen, by its address) and said there once.
   */
  private reloadSaying(where: Said, text: string): void {
    sessionStorage.setItem(AFTER_RELOAD, JSON.stringify({ where, text }));
    window.location.reload();
  }

  private hearAfterReload(): void {
    const kept = sessionStorage.getItem(AFTER_RELOAD);
    if (!kept) return;
    sessionStorage.removeItem(AFTER_RELOAD);
    const { where, text } = JSON.parse(kept) as { where: Said; text: string };
    this[where] = text;
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
  async export(kind: 'backup' | 'csv' | 'ics', saved: (file: string) => string, cancelled: string, planId?: number): Promise<void> {
    this.message = '';
    const target = { language: language.current, locale: formatLocale(), ...(planId ? { planId } : {}) };
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
      const mode = this.mode;
      const status = await app.run(() => api.dataApplyImport({ token: preview.token, mode }));
      if (status) this.reloadSaying('message', importDone(preview, mode, status));
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

  async dismissNotice(): Promise<boolean> {
    return (await this.act(() => api.dataDismissNotice())) !== undefined;
  }

  async backupNow(): Promise<void> {
    await this.act(
      () => api.dataBackupNow(),
      () => t('data.backups.made')
    );
  }

  /** Restores a backup, then reloads the app: every screen shows the restored data, and says so. */
  async restore(backup: BackupInfo, where: Said = 'backupMessage'): Promise<void> {
    const status = await this.act(() => api.dataRestoreBackup({ file: backup.file }));
    if (status) this.reloadSaying(where, t('data.backups.restored', { date: formatMoment(backup.createdAt), ...holds(status) }));
  }
}

export const data = new DataState();

const AFTER_RELOAD = 'caio-path:data-said';

/** "2 plans", "45 milestones": what the data holds now. */
function holds(status: DataStatus): { plans: string; milestones: string } {
  return {
    plans: t('data.count.plans', { count: status.contents.plans }),
    milestones: t('data.count.milestones', { count: status.contents.milestones })
  };
}

/** What an import did, in the words of its preview: milestones added and replaced, or everything replaced. */
function importDone(preview: ImportPreview, mode: ImportMode, status: DataStatus): string {
  const milestones = preview[mode].find((section) => section.section === 'milestones');
  return t(mode === 'merge' ? 'data.import.doneMerge' : 'data.import.doneReplace', {
    ...holds(status),
    added: formatNumber(milestones?.added ?? 0),
    replaced: formatNumber(milestones?.replaced ?? 0)
  });
}

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

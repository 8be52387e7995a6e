import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  dialog: {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '' as string | undefined })),
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: [] as string[] }))
  }
}));

vi.mock('electron', () => electron);

import { createFileDialogs } from '../../../../src/main/file-dialogs';
import { createTranslator } from '../../../../src/main/i18n';
import { MAX_IMPORT_BYTES } from '../../../../src/main/services/data/backup-reader';
import { tempDir } from '../../helpers';

describe('desktop file dialogs', () => {
  const pdf = Buffer.from('%PDF-1.7 dossier');
  const window = { webContents: { printToPDF: vi.fn(async () => pdf) } };
  let language: 'en' | 'fr' = 'en';
  const dialogs = (documents: string) =>
    createFileDialogs({ window: () => window as never, t: () => createTranslator(language), documents });

  beforeEach(() => {
    electron.dialog.showSaveDialog.mockClear();
    electron.dialog.showOpenDialog.mockClear();
    language = 'en';
  });

  it('saves where the person chose, with a title and filters in their language, and writes nothing when they cancel', async () => {
    const folder = tempDir();
    const target = join(folder, 'chosen.csv');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    language = 'fr';
    expect(await dialogs(folder).save('caio-path-milestones-2026-11-24.csv', '\uFEFFPlan;Jalon')).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('\uFEFFPlan;Jalon');
    const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, { title: string; defaultPath: string; filters: unknown }];
    expect(options).toMatchObject({
      title: 'Enregistrer sous',
      defaultPath: join(folder, 'caio-path-milestones-2026-11-24.csv'),
      filters: [
        { name: 'Tableur (CSV)', extensions: ['csv'] },
        { name: 'Tous les fichiers', extensions: ['*'] }
      ]
    });

    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    expect(await dialogs(folder).save('backup.json', '{}')).toBeNull();
    expect(existsSync(join(folder, 'backup.json'))).toBe(false);
  });

  it('opens a backup file and reads at most one byte past the import limit', async () => {
    const folder = tempDir();
    const file = join(folder, 'backup.json');
    writeFileSync(file, '{"format":"caio-path-backup"}');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const opened = await dialogs(folder).open();
    expect(opened?.name).toBe('backup.json');
    expect(Buffer.from(opened?.bytes ?? []).toString()).toBe('{"format":"caio-path-backup"}');
    const [, options] = electron.dialog.showOpenDialog.mock.calls[0] as [unknown, { title: string; properties: string[] }];
    expect(options).toMatchObject({ title: 'Import a CAIO Path backup', properties: ['openFile'] });

    writeFileSync(file, Buffer.alloc(MAX_IMPORT_BYTES + 100, 'x'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect((await dialogs(folder).open())?.bytes.length).toBe(MAX_IMPORT_BYTES + 1);

    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs(folder).open()).toBeNull();
  });

  it('prints the window to an A4 PDF and saves it where the person chose', async () => {
    const folder = tempDir();
    const target = join(folder, 'dossier.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await dialogs(folder).printToPdf('caio-path-dossier.pdf')).toBe(target);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }));
    expect(readFileSync(target)).toEqual(pdf);
  });
});

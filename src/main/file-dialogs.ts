/** Shell: the desktop's save and open dialogs and printing to PDF, in the active language. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { TFunction } from 'i18next';
import type { FileDialogs } from './services/data/file-dialogs';
import { MAX_IMPORT_BYTES } from './services/data/backup-reader';

export interface FileDialogOptions {
  window: () => BrowserWindow | undefined;
  t: () => TFunction;
  /** Where the save dialog starts (the Documents folder). */
  documents: string;
}

function filters(t: TFunction, fileName: string): FileFilter[] {
  const extension = extname(fileName).slice(1);
  const named: Record<string, string> = {
    json: t('data.dialog.filterBackup'),
    csv: t('data.dialog.filterCsv'),
    ics: t('data.dialog.filterIcs'),
    pdf: t('data.dialog.filterPdf')
  };
  return [
    { name: named[extension] ?? extension, extensions: [extension] },
    { name: t('data.dialog.filterAll'), extensions: ['*'] }
  ];
}

/** The dialogs, attached to the main window so they are modal to it. */
export function createFileDialogs({ window, t, documents }: FileDialogOptions): FileDialogs {
  async function choosePath(fileName: string): Promise<string | null> {
    const translate = t();
    const options = {
      title: translate('data.dialog.saveTitle'),
      defaultPath: join(documents, fileName),
      filters: filters(translate, fileName)
    };
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  return {
    async save(fileName, content) {
      const path = await choosePath(fileName);
      if (path) await writeFile(path, content);
      return path;
    },
    async open() {
      const translate = t();
      const options = {
        title: translate('data.dialog.openTitle'),
        defaultPath: documents,
        properties: ['openFile' as const],
        filters: filters(translate, 'backup.json')
      };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [path] = result.filePaths;
      if (result.canceled || !path) return null;
      // Read at most one byte past the limit: the service then says the file is too large.
      const handle = await readFile(path).catch(() => null);
      if (!handle) return null;
      return { name: basename(path), bytes: handle.subarray(0, MAX_IMPORT_BYTES + 1) };
    },
    async printToPdf(fileName) {
      const contents = window()?.webContents;
      if (!contents) return null;
      const pdf = await contents.printToPDF({ printBackground: false, pageSize: 'A4', preferCSSPageSize: true });
      const path = await choosePath(fileName);
      if (path) await writeFile(path, pdf);
      return path;
    }
  };
}

/** Handlers of the "Your data" requests (issue 10). */
import { basename } from 'node:path';
import type { Handlers } from '../router';
import type { DataService } from './data/data-service';
import type { FileDialogs } from './data/file-dialogs';

export interface DataHandlerOptions {
  data: DataService;
  /** The settings after a restore replaced them, so menus and windows follow. */
  settingsChanged: () => void;
  /** Desktop only. */
  dialogs?: FileDialogs;
}

type DataChannel =
  | 'data:status'
  | 'data:dismissNotice'
  | 'data:backupNow'
  | 'data:restoreBackup'
  | 'data:exportBackup'
  | 'data:checkImport'
  | 'data:applyImport'
  | 'data:exportCsv'
  | 'data:exportIcs'
  | 'files:save'
  | 'files:open';

export function createDataHandlers({ data, settingsChanged, dialogs }: DataHandlerOptions): Pick<Handlers, DataChannel> {
  return {
    'data:status': () => data.status(),
    'data:dismissNotice': () => data.dismissNotice(),
    'data:backupNow': () => data.backupNow(),
    'data:restoreBackup': async ({ file }) => {
      const status = await data.restore(file);
      settingsChanged();
      return status;
    },
    'data:exportBackup': () => data.exportBackup(),
    'data:checkImport': ({ base64 }) => data.checkImport(Buffer.from(base64, 'base64')),
    'data:applyImport': async ({ token, mode }) => {
      const status = await data.applyImport(token, mode);
      settingsChanged();
      return status;
    },
    'data:exportCsv': (input) => data.exportCsv(input),
    'data:exportIcs': (input) => data.exportIcs(input),
    'files:save': async ({ fileName, content }) => {
      if (!dialogs) return { supported: false, saved: false, fileName: null };
      const path = await dialogs.save(fileName, content);
      return { supported: true, saved: path !== null, fileName: path === null ? null : basename(path) };
    },
    'files:open': async () => {
      const file = await dialogs?.open();
      return file ? { name: file.name, base64: Buffer.from(file.bytes).toString('base64') } : null;
    }
  };
}

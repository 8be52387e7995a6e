/** Handlers of the "Your data" requests (issue 10). */
import type { Handlers } from '../router';
import type { DataService } from './data/data-service';

export interface DataHandlerOptions {
  data: DataService;
  /** The settings after a restore replaced them, so menus and windows follow. */
  settingsChanged: () => void;
}

type DataChannel =
  | 'data:status'
  | 'data:dismissNotice'
  | 'data:backupNow'
  | 'data:restoreBackup'
  | 'data:exportBackup'
  | 'data:checkImport'
  | 'data:applyImport';

export function createDataHandlers({ data, settingsChanged }: DataHandlerOptions): Pick<Handlers, DataChannel> {
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
    }
  };
}

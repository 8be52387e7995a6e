import type { AppInfo } from '@shared/model';
import type { Database } from './db/database';
import { openAppDatabase } from './services/data/safe-open';
import { createDataService, type DataService } from './services/data/data-service';
import { withIdempotency } from './services/data/idempotency';
import type { FileDialogs } from './services/data/file-dialogs';
import { createHandlers } from './composition';
import { createRouter, type Router } from './router';
import { createEventBus, type EventBus } from './events';
import { systemClock, type Clock } from './clock';
import { createReminders } from './services/reminders';
import type { ReminderService } from './services/reminders/reminder-service';
import { createSettingsRepository, type SettingsRepository } from './repositories/settings-repository';

export interface Core {
  db: Database;
  router: Router;
  events: EventBus;
  info: AppInfo;
  settings: SettingsRepository;
  reminders: ReminderService;
  data: DataService;
  /** The daily backup, when `automaticBackups` asked for it (resolves even if it failed: it is logged). */
  backupsDone: Promise<void>;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  clock?: Clock;
  /** Desktop only: opens a folder in the system's file manager. */
  openPath?: (path: string) => Promise<boolean>;
  /** The daily backup at start (the apps turn it on; tests call it when they mean to). */
  automaticBackups?: boolean;
  /** Desktop only: the save and open dialogs. */
  dialogs?: FileDialogs;
  /** Whether a path may be written (tests: permissions do not stop root). */
  canWrite?: (path: string) => boolean;
}

/** Everything both transports share: the database, the router and the event bus. No Electron here. */
export function createCore({
  dataDir,
  mode,
  version,
  clock = systemClock,
  openPath,
  automaticBackups,
  canWrite,
  dialogs
}: CoreOptions): Core {
  const opened = openAppDatabase({ dataDir, now: () => clock.now(), ...(canWrite ? { canWrite } : {}) });
  const { db, databasePath } = opened;
  const data = createDataService({ db, dataDir, clock, readOnly: opened.readOnly, notice: opened.notice, appVersion: version });
  const events = createEventBus();
  const info: AppInfo = { version, dataDir, databasePath, mode };
  const settings = createSettingsRepository(db);
  const reminders = createReminders(db, settings, clock);
  const handlers = createHandlers({
    db,
    info,
    clock,
    reminders,
    data,
    ...(dialogs ? { dialogs } : {}),
    ...(openPath ? { openPath } : {}),
    onSettingsChanged: (changed) => events.emit('settings:changed', changed)
  });
  const router = createRouter(withIdempotency(db, handlers, clock));
  return {
    db,
    router,
    events,
    info,
    settings,
    reminders,
    data,
    backupsDone: automaticBackups
      ? data.daily().then(
          () => undefined,
          (error: unknown) => console.error('Daily backup failed:', error)
        )
      : Promise.resolve(),
    close: () => db.close()
  };
}

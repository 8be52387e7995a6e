import { join } from 'node:path';
import type { AppInfo } from '@shared/model';
import { openDatabase, type Database } from './db/database';
import { createHandlers } from './composition';
import { createRouter, type Router } from './router';
import { createEventBus, type EventBus } from './events';
import { DATABASE_FILE } from './data-dir';
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
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  clock?: Clock;
  /** Desktop only: opens a folder in the system's file manager. */
  openPath?: (path: string) => Promise<boolean>;
}

/** Everything both transports share: the database, the router and the event bus. No Electron here. */
export function createCore({ dataDir, mode, version, clock = systemClock, openPath }: CoreOptions): Core {
  const databasePath = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath);
  const events = createEventBus();
  const info: AppInfo = { version, dataDir, databasePath, mode };
  const settings = createSettingsRepository(db);
  const reminders = createReminders(db, settings, clock);
  const handlers = createHandlers({
    db,
    info,
    clock,
    reminders,
    ...(openPath ? { openPath } : {}),
    onSettingsChanged: (changed) => events.emit('settings:changed', changed)
  });
  return {
    db,
    router: createRouter(handlers),
    events,
    info,
    settings,
    reminders,
    close: () => db.close()
  };
}

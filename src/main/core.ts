import { join } from 'node:path';
import type { AppInfo } from '@shared/model';
import { openDatabase, type Database } from './db/database';
import { createHandlers } from './services/handlers';
import { createRouter, type Router } from './router';
import { createEventBus, type EventBus } from './events';
import { DATABASE_FILE } from './data-dir';
import type { Clock } from './clock';
import { createSettingsRepository, type SettingsRepository } from './repositories/settings-repository';

export interface Core {
  db: Database;
  router: Router;
  events: EventBus;
  info: AppInfo;
  settings: SettingsRepository;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  clock?: Clock;
}

/** Everything both transports share: the database, the router and the event bus. No Electron here. */
export function createCore({ dataDir, mode, version, clock }: CoreOptions): Core {
  const databasePath = join(dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath);
  const events = createEventBus();
  const info: AppInfo = { version, dataDir, databasePath, mode };
  const handlers = createHandlers({
    db,
    info,
    ...(clock ? { clock } : {}),
    onSettingsChanged: (settings) => events.emit('settings:changed', settings)
  });
  return {
    db,
    router: createRouter(handlers),
    events,
    info,
    settings: createSettingsRepository(db),
    close: () => db.close()
  };
}

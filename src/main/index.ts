/** The Electron shell: lifecycle, single instance, the window, IPC, menu and dialogs. */
import { app, type BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from './core';
import { resolveDataDir } from './data-dir';
import { NewerDatabaseError } from './db/database';
import { createTranslator } from './i18n';
import { matchLanguage } from '@shared/locales';
import { registerIpc } from './ipc';
import { applyMenu } from './menu';
import { createMainWindow, isTrustedUrl, type RendererLocation } from './window';

const location: RendererLocation = {
  file: join(__dirname, '../renderer/index.html'),
  devUrl: !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
};

let mainWindow: BrowserWindow | undefined;

function start(core: Core): void {
  registerIpc(ipcMain, core.router, (event) => isTrustedUrl(event.senderFrame?.url, location));
  const languageNow = () => core.settings.get().language ?? matchLanguage(app.getLocale());
  const navigate = (view: Parameters<Parameters<typeof applyMenu>[1]>[0]) => mainWindow?.webContents.send('app:navigate', view);
  const refreshMenu = () => applyMenu(createTranslator(languageNow()), navigate);
  refreshMenu();
  core.events.subscribe((event, payload) => {
    mainWindow?.webContents.send(event, payload);
    if (event === 'settings:changed') refreshMenu();
  });
  const t = createTranslator(languageNow());
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), location, t('app.name'));
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function fail(error: unknown, dataDir: string): void {
  const t = createTranslator(matchLanguage(app.getLocale()));
  if (error instanceof NewerDatabaseError) {
    dialog.showErrorBox(
      t('dialog.newerDatabaseTitle'),
      t('dialog.newerDatabase', { found: String(error.found), known: String(error.known) })
    );
  } else {
    dialog.showErrorBox(t('dialog.startupFailedTitle'), t('dialog.startupFailed', { path: dataDir, reason: String(error) }));
  }
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  void app.whenReady().then(() => {
    const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
    let core: Core;
    try {
      core = createCore({ dataDir, mode: 'desktop', version: app.getVersion() });
    } catch (error) {
      fail(error, dataDir);
      return;
    }
    app.on('will-quit', () => core.close());
    start(core);
  });
  app.on('window-all-closed', () => app.quit());
}

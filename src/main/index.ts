/** The Electron shell: lifecycle, single instance, the window, IPC, menu, notifications and dialogs. */
import { app, type BrowserWindow, dialog, ipcMain, Notification, shell } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from './core';
import { DATABASE_FILE, dataDirProblem, resolveDataDir } from './data-dir';
import { NewerDatabaseError } from './db/database';
import { createTranslator } from './i18n';
import { matchLanguage } from '@shared/locales';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow, isTrustedUrl, type RendererLocation } from './window';
import { WINDOW_STATE_FILE } from './window-state';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createReminderLog, createReminderNotifier, type ReminderNotification } from './services/reminders/reminder-notifier';
import { systemClock } from './clock';
import { createFileDialogs } from './file-dialogs';
// Bundled with the main process (electron-vite copies it into out/), so the packaged window has its icon.
import icon from '../../resources/icon.png?asset';

const location: RendererLocation = { devUrl: !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined };

let mainWindow: BrowserWindow | undefined;
// Notifications are kept referenced until clicked or closed, or their click handler may be collected.
const shownNotifications = new Set<Notification>();

function showWindow(): void {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.show();
  mainWindow?.focus();
}

function notify(core: Core, { title, body, open }: ReminderNotification): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  shownNotifications.add(notification);
  notification.on('click', () => {
    showWindow();
    if (typeof open === 'string') core.events.emit('app:navigate', open);
    else core.events.emit('reminders:open', open);
  });
  notification.on('close', () => shownNotifications.delete(notification));
  notification.show();
}

function start(core: Core): void {
  serveRenderer(join(__dirname, '../renderer'));
  registerIpc(ipcMain, core.router, (event) => isTrustedUrl(event.senderFrame?.url, location));
  const languageNow = () => core.settings.get().language ?? matchLanguage(app.getLocale());
  installMenu({
    settings: () => core.settings.get(),
    subscribe: (listener) => core.events.subscribe(listener),
    translator: createTranslator,
    systemLanguage: matchLanguage(app.getLocale()),
    isMac: process.platform === 'darwin',
    developer: !app.isPackaged,
    actions: {
      send: (event, payload) => core.events.emit(event, payload),
      updateSettings: (patch) => void core.router.handle('settings:update', patch),
      showDataFolder: () => void shell.openPath(core.info.dataDir),
      showAbout: () => {
        const t = createTranslator(languageNow());
        void dialog.showMessageBox({
          type: 'info',
          title: t('menu.about'),
          message: t('app.name'),
          detail: t('menu.aboutDetail', { version: core.info.version, path: core.info.dataDir })
        });
      }
    }
  });
  core.events.subscribe((event, payload) => mainWindow?.webContents.send(event, payload));
  const t = createTranslator(languageNow());
  mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), location, t('app.name'), {
    stateFile: join(core.info.dataDir, WINDOW_STATE_FILE),
    icon
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  const notifier = createReminderNotifier({
    reminders: core.reminders,
    log: createReminderLog(core.db),
    clock: systemClock,
    language: () => {
      const language = languageNow();
      const system = app.getLocale();
      return { t: createTranslator(language), language, locale: system.toLowerCase().startsWith(language) ? system : language };
    },
    notify: (notification) => notify(core, notification)
  });
  // Once the page can receive the "open this milestone" event a click sends.
  mainWindow.webContents.once('did-finish-load', () => {
    const stop = notifier.start();
    app.once('will-quit', stop);
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
    const problem = dataDirProblem(dataDir);
    const sentence = problem
      ? t(`dialog.${problem}`, { path: problem === 'databaseIsFolder' ? join(dataDir, DATABASE_FILE) : dataDir })
      : `${t('dialog.startupFailed', { path: join(dataDir, DATABASE_FILE) })}\n\n${t('dialog.startupDetails', { reason: String(error) })}`;
    dialog.showErrorBox(t('dialog.startupFailedTitle'), sentence);
  }
  app.exit(1);
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showWindow);
  void app.whenReady().then(() => {
    const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
    let core: Core;
    try {
      core = createCore({
        dataDir,
        mode: 'desktop',
        version: app.getVersion(),
        automaticBackups: true,
        dialogs: createFileDialogs({
          window: () => mainWindow,
          t: () => createTranslator(core.settings.get().language ?? matchLanguage(app.getLocale())),
          documents: app.getPath('documents')
        }),
        openPath: async (path) => (await shell.openPath(path)) === ''
      });
    } catch (error) {
      fail(error, dataDir);
      return;
    }
    app.on('will-quit', () => core.close());
    start(core);
  });
  app.on('window-all-closed', () => app.quit());
}

import { BrowserWindow, screen, session, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { APP_INDEX_URL, APP_ORIGIN } from './renderer-files';
import { DEFAULT_SIZE, MINIMUM_SIZE, placeWindow, readWindowState, writeWindowState, type WindowPlacement } from './window-state';

/** Where the renderer is loaded from: the Vite dev server during `npm run dev`, else `app://caio/` (see app-protocol.ts). */
export interface RendererLocation {
  devUrl: string | undefined;
}

/** The hardened options of the one app window (Electron's security checklist). */
export function windowOptions(
  preloadPath: string,
  title: string,
  placement: WindowPlacement = { bounds: { ...DEFAULT_SIZE }, maximized: false }
): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    title,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true
    }
  };
}

/** True when a URL is the app's own renderer page, and nothing else. */
export function isTrustedUrl(url: string | undefined, location: RendererLocation): boolean {
  if (!url) return false;
  if (location.devUrl) return new URL(url).origin === new URL(location.devUrl).origin;
  return url.split(/[?#]/)[0] === APP_INDEX_URL;
}

/** Denies navigation, new windows, webviews and permission prompts for a web contents. */
export function lockDown(contents: WebContents, location: RendererLocation): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, location)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app only ever loads its own files (or the dev server while developing): nothing goes out, not even `file://`. */
export function isLocalRequest(url: string, location: RendererLocation): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || url.startsWith('data:')) return true;
  return location.devUrl !== undefined && isTrustedUrl(url, location);
}

/** The displays' work areas, primary first. */
function workAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
}

/**
 * Creates the main window and loads the renderer. With `stateFile`, the window reopens where it was
 * (pulled back onto a display that still exists) and remembers its bounds when it closes.
 */
export function createMainWindow(
  preloadPath: string,
  location: RendererLocation,
  title: string,
  { stateFile, icon }: { stateFile?: string; icon?: string } = {}
): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, location) }));
  const placement = stateFile ? placeWindow(readWindowState(stateFile), workAreas()) : undefined;
  const options: BrowserWindowConstructorOptions = { ...windowOptions(preloadPath, title, placement), ...(icon ? { icon } : {}) };
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- set in windowOptions() above and pinned by tests/unit/packaging/builder-config.test.ts
  if (placement?.maximized) window.maximize();
  if (stateFile) {
    window.on('close', () => {
      try {
        writeWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
      } catch {
        // Not remembering the window's place is no reason to stop the app from closing.
      }
    });
  }
  lockDown(window.webContents, location);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(location.devUrl ?? APP_INDEX_URL);
  return window;
}

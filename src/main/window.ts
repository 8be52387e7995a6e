import { BrowserWindow, session, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  /** Built `index.html`, loaded from disk in a packaged or built app. */
  file: string;
  /** Vite dev server URL during `npm run dev`. */
  devUrl?: string | undefined;
}

/** The hardened options of the one app window (Electron's security checklist). */
export function windowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
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
      spellcheck: true
    }
  };
}

/** True when a URL is the app's own renderer page, and nothing else. */
export function isTrustedUrl(url: string | undefined, location: RendererLocation): boolean {
  if (!url) return false;
  if (location.devUrl) return new URL(url).origin === new URL(location.devUrl).origin;
  return url.split(/[?#]/)[0] === pathToFileURL(location.file).href;
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

/** The app only ever loads its own files (or the dev server while developing): nothing goes out. */
export function isLocalRequest(url: string, location: RendererLocation): boolean {
  if (url.startsWith('file://') || url.startsWith('devtools://') || url.startsWith('data:')) return true;
  return location.devUrl !== undefined && isTrustedUrl(url, location);
}

/** Creates the main window and loads the renderer. */
export function createMainWindow(preloadPath: string, location: RendererLocation, title: string): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, location) }));
  const window = new BrowserWindow(windowOptions(preloadPath, title));
  lockDown(window.webContents, location);
  window.once('ready-to-show', () => window.show());
  if (location.devUrl) void window.loadURL(location.devUrl);
  else void window.loadFile(location.file);
  return window;
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';

const electron = vi.hoisted(() => {
  const windows: Array<{
    options: unknown;
    webContents: { handlers: Record<string, (...args: unknown[]) => void>; openHandler?: (details: unknown) => unknown };
  }> = [];
  class BrowserWindow {
    webContents = {
      handlers: {} as Record<string, (...args: unknown[]) => void>,
      openHandler: undefined as ((details: unknown) => unknown) | undefined,
      setWindowOpenHandler(handler: (details: unknown) => unknown) {
        this.openHandler = handler;
      },
      on(event: string, handler: (...args: unknown[]) => void) {
        this.handlers[event] = handler;
      }
    };
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    once() {}
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
  }
  return {
    windows,
    BrowserWindow,
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) }
  };
});

vi.mock('electron', () => electron);

import { createMainWindow, isLocalRequest, isTrustedUrl, windowOptions } from '../../../../src/main/window';
import { registerIpc } from '../../../../src/main/ipc';
import { channels } from '../../../../src/shared/contract';
import type { Router } from '../../../../src/main/router';

const location = { devUrl: undefined };

describe('main window', () => {
  beforeEach(() => electron.windows.splice(0));

  it('uses Electron’s security checklist options', () => {
    const options = windowOptions('/opt/caio/out/preload/index.js', 'CAIO Path');
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/caio/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false
    });
  });

  it('denies window.open, foreign navigation, webviews and permission requests', () => {
    createMainWindow('/preload.js', location, 'CAIO Path');
    const contents = electron.windows[0]!.webContents;
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigation = { preventDefault: vi.fn() };
    contents.handlers['will-navigate']?.(navigation, 'https://example.com');
    expect(navigation.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.handlers['will-attach-webview']?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const permission = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const callback = vi.fn();
    permission({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('cancels every request that would leave the machine', () => {
    createMainWindow('/preload.js', location, 'CAIO Path');
    const filter = electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls.at(-1)?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void
    ) => void;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://caio/assets/index.js')).toBe(false);
    expect(decide('file:///opt/caio/out/renderer/assets/index.js')).toBe(true);
    expect(decide('app://elsewhere/index.html')).toBe(true);
    expect(decide('https://fonts.example.com/font.woff2')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(isLocalRequest('http://localhost:5173/src/main.ts', { ...location, devUrl: 'http://localhost:5173' })).toBe(true);
  });

  it('trusts only the app’s own page', () => {
    expect(isTrustedUrl('app://caio/index.html', location)).toBe(true);
    expect(isTrustedUrl('app://caio/index.html#/plan', location)).toBe(true);
    expect(isTrustedUrl('file:///opt/caio/out/renderer/index.html', location)).toBe(false);
    expect(isTrustedUrl('app://caio/other.html', location)).toBe(false);
    expect(isTrustedUrl('file:///tmp/evil.html', location)).toBe(false);
    expect(isTrustedUrl('https://example.com/', location)).toBe(false);
    expect(isTrustedUrl(undefined, location)).toBe(false);
    const dev = { ...location, devUrl: 'http://localhost:5173' };
    expect(isTrustedUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
  });
});

describe('IPC binding', () => {
  function bind(trusted: boolean) {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => unknown>();
    const router: Router = { handle: vi.fn(async () => ({ ok: true as const, value: 'routed' })) };
    registerIpc({ handle: (channel, handler) => void handlers.set(channel, handler) }, router, () => trusted);
    return { handlers, router };
  }

  it('registers every contract request, and nothing else', () => {
    expect([...bind(true).handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('passes trusted calls to the router', async () => {
    const { handlers, router } = bind(true);
    const result = await handlers.get('plans:list')?.({} as IpcMainInvokeEvent, undefined);
    expect(result).toEqual({ ok: true, value: 'routed' });
    expect(router.handle).toHaveBeenCalledWith('plans:list', undefined);
  });

  it('refuses an untrusted sender without reaching the router', async () => {
    const { handlers, router } = bind(false);
    const result = await handlers.get('plans:create')?.({} as IpcMainInvokeEvent, { name: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(router.handle).not.toHaveBeenCalled();
  });
});

describe('preload bridge', () => {
  it('exposes one named function per request and an on() that unsubscribes, never ipcRenderer itself', async () => {
    vi.resetModules();
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const on = vi.fn();
    const removeListener = vi.fn();
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke, on, removeListener }
    }));
    await import('../../../../src/preload/index');
    const api = exposed.api as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(exposed)).toEqual(['api']);
    const { methodName } = await import('../../../../src/shared/contract');
    expect(Object.keys(api).sort()).toEqual([...channels.map((channel) => methodName(channel)), 'on'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    await api.milestonesUpdate!({ milestoneId: 1, status: 'done' });
    expect(invoke).toHaveBeenCalledWith('milestones:update', { milestoneId: 1, status: 'done' });
    const unsubscribe = api.on!('settings:changed', () => undefined) as () => void;
    expect(on).toHaveBeenCalledWith('settings:changed', expect.any(Function));
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith('settings:changed', on.mock.calls[0]![1]);
    expect(() => api.on!('shell:exec', () => undefined)).toThrow();
    vi.doUnmock('electron');
  });
});

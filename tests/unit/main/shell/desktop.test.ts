import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => {
  type Bounds = { x: number; y: number; width: number; height: number };
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    handlers: Record<string, () => void> = {};
    normalBounds: Bounds = { x: 0, y: 0, width: 0, height: 0 };
    maximized = false;
    webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    constructor(readonly options: Partial<Bounds>) {
      BrowserWindow.all.push(this);
    }
    on(event: string, handler: () => void) {
      this.handlers[event] = handler;
    }
    once() {}
    maximize = vi.fn(() => (this.maximized = true));
    isMaximized = () => this.maximized;
    getNormalBounds = () => this.normalBounds;
    loadURL = vi.fn(async () => undefined);
  }
  const displays = [
    { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 1000 } }
  ];
  return {
    BrowserWindow,
    displays,
    screen: { getPrimaryDisplay: () => displays[0], getAllDisplays: () => displays },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  };
});

vi.mock('electron', () => electron);

import { installMenu, type MenuActions } from '../../../../src/main/menu';
import { createMainWindow } from '../../../../src/main/window';
import { placeWindow, WINDOW_STATE_FILE } from '../../../../src/main/window-state';
import { registerAppScheme, serveRenderer } from '../../../../src/main/app-protocol';
import { createTranslator } from '../../../../src/main/i18n';
import { call, tempDir, testCore } from '../../helpers';

type Item = MenuItemConstructorOptions & { submenu?: Item[] };

const lastMenu = (): Item[] => electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as Item[];
const labels = (items: Item[] | undefined) => (items ?? []).filter((item) => item.type !== 'separator').map((item) => item.label);
const find = (items: Item[] | undefined, label: string) => items?.find((item) => item.label === label);
const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  beforeEach(() => electron.Menu.setApplicationMenu.mockClear());

  function install(core = testCore()) {
    const actions: MenuActions = {
      send: vi.fn(),
      updateSettings: vi.fn((patch) => void core.router.handle('settings:update', patch)),
      showDataFolder: vi.fn(),
      showAbout: vi.fn()
    };
    const stop = installMenu({
      settings: () => core.settings.get(),
      subscribe: (listener) => core.events.subscribe(listener),
      translator: createTranslator,
      systemLanguage: 'en',
      actions,
      isMac: false,
      developer: false
    });
    return { core, actions, stop };
  }

  it('has File, Edit, View and Help in English, each screen with its accelerator, and sends typed events', () => {
    const { actions } = install();
    const menu = lastMenu();
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(find(menu, 'File')?.submenu)).toEqual([
      'New plan…',
      'Export a full backup…',
      'Import a backup…',
      'Export milestones as CSV…',
      'Export due dates to a calendar…',
      'Print the career-plan dossier…',
      'Quit'
    ]);
    const view = find(menu, 'View')?.submenu;
    expect(labels(view)).toEqual(['Dashboard', 'Plan', 'Skills', 'Guide', 'Settings', 'Language', 'Theme']);
    expect(view?.slice(0, 5).map((item) => item.accelerator)).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5'
    ]);
    expect(labels(find(menu, 'Help')?.submenu)).toEqual(['Keyboard shortcuts', 'Show data folder', 'About CAIO Path']);
    click(find(view, 'Skills'));
    expect(actions.send).toHaveBeenCalledWith('app:navigate', 'skills');
    click(find(find(menu, 'File')?.submenu, 'New plan…'));
    expect(actions.send).toHaveBeenCalledWith('app:command', 'newPlan');
    click(find(find(menu, 'File')?.submenu, 'Print the career-plan dossier…'));
    expect(actions.send).toHaveBeenCalledWith('data:command', 'print');
    click(find(find(menu, 'File')?.submenu, 'Import a backup…'));
    expect(actions.send).toHaveBeenCalledWith('data:command', 'importBackup');
    click(find(find(menu, 'Help')?.submenu, 'Keyboard shortcuts'));
    expect(actions.send).toHaveBeenCalledWith('app:command', 'shortcuts');
    click(find(find(menu, 'Help')?.submenu, 'Show data folder'));
    expect(actions.showDataFolder).toHaveBeenCalled();
    // No reload or developer tools in the installed app.
    expect(JSON.stringify(menu)).not.toMatch(/toggleDevTools|reload/);
  });

  it('is built again in French when the language changes, from the menu itself or from Settings', async () => {
    const { core } = install();
    const language = find(find(lastMenu(), 'View')?.submenu, 'Language')?.submenu;
    expect(language?.map((item) => [item.label, item.checked])).toEqual([
      ['English', true],
      ['Français', false]
    ]);
    click(find(language, 'Français'));
    await vi.waitFor(() => expect(labels(lastMenu())).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']));
    const view = find(lastMenu(), 'Affichage')?.submenu;
    expect(labels(view)).toEqual(['Tableau de bord', 'Plan', 'Compétences', 'Guide', 'Réglages', 'Langue', 'Thème']);
    expect(labels(find(lastMenu(), 'Aide')?.submenu)).toEqual([
      'Raccourcis clavier',
      'Afficher le dossier des données',
      'À propos de Parcours CAIO'
    ]);
    expect(find(find(view, 'Langue')?.submenu, 'Français')?.checked).toBe(true);
    expect(labels(find(lastMenu(), 'Fichier')?.submenu)).toContain('Imprimer le dossier du parcours…');
    expect(labels(find(lastMenu(), 'Fichier')?.submenu)).toContain('Exporter une sauvegarde complète…');

    await call(core, 'settings:update', { language: 'en', theme: 'dark' });
    expect(labels(lastMenu())).toEqual(['File', 'Edit', 'View', 'Help']);
    const theme = find(find(lastMenu(), 'View')?.submenu, 'Theme')?.submenu;
    expect(theme?.map((item) => [item.label, item.checked])).toEqual([
      ['Follow the system', false],
      ['Light', false],
      ['Dark', true]
    ]);
  });
});

describe('window bounds', () => {
  beforeEach(() => electron.BrowserWindow.all.splice(0));
  const open = (stateFile: string) => {
    createMainWindow('/preload.js', { devUrl: undefined }, 'CAIO Path', { stateFile });
    return electron.BrowserWindow.all.at(-1)!;
  };

  it('opens at the default size the first time, and reopens where it was closed, maximised or not', () => {
    const file = join(tempDir(), WINDOW_STATE_FILE);
    const first = open(file);
    expect(first.options).toMatchObject({ width: 1200, height: 820 });
    expect(first.options.x).toBeUndefined();
    expect(first.loadURL).toHaveBeenCalledWith('app://caio/index.html');
    first.normalBounds = { x: 2000, y: 40, width: 1000, height: 700 };
    first.maximized = true;
    first.handlers.close?.();
    expect(existsSync(file)).toBe(true);

    const second = open(file);
    expect(second.options).toMatchObject({ x: 2000, y: 40, width: 1000, height: 700 });
    expect(second.maximize).toHaveBeenCalled();
    second.maximized = false;
    second.handlers.close?.();
    expect(open(file).maximize).not.toHaveBeenCalled();
  });

  it('pulls a window back onto a display that still exists', () => {
    const file = join(tempDir(), WINDOW_STATE_FILE);
    // Closed on a third monitor since unplugged: centred on the primary display.
    writeFileSync(file, JSON.stringify({ bounds: { x: 4000, y: 200, width: 1000, height: 700 }, maximized: false }));
    expect(open(file).options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 });
    // Half off the right edge of the second display: moved left until it fits.
    writeFileSync(file, JSON.stringify({ bounds: { x: 2900, y: -50, width: 900, height: 700 }, maximized: false }));
    expect(open(file).options).toMatchObject({ x: 2300, y: 0, width: 900, height: 700 });
    // Bigger than its display: shrunk to it.
    writeFileSync(file, JSON.stringify({ bounds: { x: 100, y: 100, width: 3000, height: 2000 }, maximized: false }));
    expect(open(file).options).toMatchObject({ x: 0, y: 0, width: 1920, height: 1040 });
    // Damaged: default size.
    writeFileSync(file, '{"bounds": "nowhere"}');
    expect(open(file).options).toMatchObject({ width: 1200, height: 820 });
  });

  it('places a window fully inside one of the work areas, whatever was saved', () => {
    const areas = electron.displays.map((display) => display.workArea);
    for (const bounds of [
      { x: -5000, y: -5000, width: 800, height: 600 },
      { x: 1800, y: 900, width: 800, height: 600 },
      { x: 3100, y: 990, width: 5000, height: 5000 }
    ]) {
      const placed = placeWindow({ bounds, maximized: false }, areas).bounds;
      const inside = areas.some(
        (area) =>
          placed.x! >= area.x &&
          placed.y! >= area.y &&
          placed.x! + placed.width <= area.x + area.width &&
          placed.y! + placed.height <= area.y + area.height
      );
      expect(inside, JSON.stringify(bounds)).toBe(true);
    }
  });
});

describe('app:// protocol', () => {
  function serve() {
    const root = join(tempDir(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>CAIO Path</title>');
    writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'secret.txt'), 'outside');
    electron.protocol.handle.mockClear();
    serveRenderer(root);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    return (url: string) => handler(new Request(url));
  }

  it('is registered as a secure standard scheme before the app is ready', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }
    ]);
  });

  it('serves the renderer’s files with their type and the content security policy', async () => {
    const fetch = serve();
    const page = await fetch('app://caio/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<title>CAIO Path</title>');
    const script = await fetch('app://caio/assets/index.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch('app://caio/assets/missing.js')).status).toBe(404);
  });

  it('refuses .., encoded .., absolute paths and other hosts', async () => {
    const fetch = serve();
    for (const url of [
      'app://caio/..%2fsecret.txt',
      'app://caio/assets/..%2F..%2Fsecret.txt',
      'app://caio/%2e%2e%2fsecret.txt',
      'app://caio/assets%2f..%2f..%2fsecret.txt',
      'app://caio/..%5csecret.txt',
      'app://caio/%2Fetc%2Fpasswd',
      'app://caio//etc/passwd',
      'app://caio/C:%5CWindows%5Cwin.ini',
      'app://caio/index.html%00.png',
      'app://caio/%E0%A4%A',
      'app://elsewhere/index.html'
    ]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(403);
      expect(await response.text(), url).not.toContain('outside');
    }
    // The URL parser already removes plain and encoded dot segments: they can only land inside the root.
    const normalised = await fetch('app://caio/assets/../../../secret.txt');
    expect(await normalised.text()).not.toContain('outside');
  });
});

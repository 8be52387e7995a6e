import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { EventName, Events } from '@shared/contract';
import { LANGUAGES, THEMES, VIEWS, type Language, type Settings, type Theme } from '@shared/model';
import { DATA_COMMANDS } from '@shared/data-model';

/** What the menu does. Screens and commands go to the renderer as typed events from the contract. */
export interface MenuActions {
  send: <E extends EventName>(event: E, payload: Events[E]) => void;
  updateSettings: (patch: { language?: Language; theme?: Theme }) => void;
  showDataFolder: () => void;
  showAbout: () => void;
}

export interface MenuContext {
  t: TFunction;
  language: Language;
  theme: Theme;
  isMac: boolean;
  /** Reload and developer tools only while developing. */
  developer: boolean;
}

/** The application menu, in the active language. */
export function menuTemplate({ t, language, theme, isMac, developer }: MenuContext, actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newPlan'), accelerator: 'CmdOrCtrl+N', click: () => actions.send('app:command', 'newPlan') },
        { type: 'separator' },
        ...DATA_COMMANDS.map((command) => ({
          label: t(`data.menu.${command}`),
          ...(command === 'print' ? { accelerator: 'CmdOrCtrl+P' } : {}),
          click: () => actions.send('data:command', command)
        })),
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') }
      ]
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') }
      ]
    },
    {
      label: t('menu.view'),
      submenu: [
        ...VIEWS.map((view, index) => ({
          label: t(`nav.${view}`),
          accelerator: `CmdOrCtrl+${index + 1}`,
          click: () => actions.send('app:navigate', view)
        })),
        { type: 'separator' },
        {
          label: t('menu.language'),
          submenu: LANGUAGES.map((option) => ({
            label: t(`language.${option}`),
            type: 'radio' as const,
            checked: option === language,
            click: () => actions.updateSettings({ language: option })
          }))
        },
        {
          label: t('menu.theme'),
          submenu: THEMES.map((option) => ({
            label: t(`settings.themeOption.${option}`),
            type: 'radio' as const,
            checked: option === theme,
            click: () => actions.updateSettings({ theme: option })
          }))
        },
        ...(developer
          ? [
              { type: 'separator' as const },
              { role: 'reload' as const, label: t('menu.reload') },
              { role: 'toggleDevTools' as const, label: t('menu.toggleDevTools') }
            ]
          : [])
      ]
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.shortcuts'), click: () => actions.send('app:command', 'shortcuts') },
        { label: t('menu.dataFolder'), click: actions.showDataFolder },
        { type: 'separator' },
        { label: t('menu.about'), click: actions.showAbout }
      ]
    }
  ];
}

export interface MenuOptions {
  /** The settings now, and a way to hear when they change (language, theme). */
  settings: () => Settings;
  subscribe: (listener: <E extends EventName>(event: E, payload: Events[E]) => void) => () => void;
  translator: (language: Language) => TFunction;
  /** Used until the person has chosen a language. */
  systemLanguage: Language;
  actions: MenuActions;
  isMac: boolean;
  developer: boolean;
}

/** Sets the application menu and builds it again whenever the language or theme changes. Returns an unsubscribe. */
export function installMenu(options: MenuOptions): () => void {
  const apply = (settings: Settings) => {
    const language = settings.language ?? options.systemLanguage;
    const context = {
      t: options.translator(language),
      language,
      theme: settings.theme,
      isMac: options.isMac,
      developer: options.developer
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context, options.actions)));
  };
  apply(options.settings());
  return options.subscribe((event) => {
    if (event === 'settings:changed') apply(options.settings());
  });
}

import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { VIEWS, type View } from '@shared/model';

/** The application menu, in the active language; "Go" items navigate the renderer. */
export function menuTemplate(t: TFunction, navigate: (view: View) => void, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
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
      label: t('menu.go'),
      submenu: VIEWS.map((view, index) => ({
        label: t(`nav.${view}`),
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: () => navigate(view)
      }))
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'reload', label: t('menu.reload') },
        { role: 'toggleDevTools', label: t('menu.toggleDevTools') }
      ]
    }
  ];
}

export function applyMenu(t: TFunction, navigate: (view: View) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, navigate, process.platform === 'darwin')));
}

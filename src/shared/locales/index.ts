import { en } from './en';
import { fr } from './fr';

/** Both languages at once, for main (menus, dialogs, notifications). The renderer loads one at a time (load.ts). */
export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export { matchLanguage } from './language';

import { en } from './en';
import { fr } from './fr';

/** Both languages, for main: its own texts (menus, dialogs, notifications), and the renderer's, which main sends one language at a time. */
export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export { matchLanguage } from './language';

/** One language's texts, as i18next takes them. */
export type { Resources as Translation } from './en';

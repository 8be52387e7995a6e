import type { Language } from '../model';
import type { Resources } from './en';

export type Translation = Resources;

/**
 * Each language in its own chunk, for the renderer: only the active one is fetched at start, the
 * other when the person switches (or once the app is idle, so the switch is instant).
 */
export const loadTranslation: Record<Language, () => Promise<Translation>> = {
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr)
};

import { en } from './en';
import { fr } from './fr';
import type { Language } from '../model';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/** Best supported language for a BCP 47 tag such as `fr-CA`; English otherwise. */
export function matchLanguage(tag: string | undefined | null): Language {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

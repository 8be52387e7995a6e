import type { Language } from '../model';

/** Best supported language for a BCP 47 tag such as `fr-CA`; English otherwise. */
export function matchLanguage(tag: string | undefined | null): Language {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

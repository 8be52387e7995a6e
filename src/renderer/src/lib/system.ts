/** What the browser or the OS says about the person's language and region, read when asked. */
import { matchLanguage } from '@shared/locales/language';
import { LANGUAGES, type Language } from '@shared/model';

/** The language the browser or OS reports, for a first run. */
export function systemLanguage(): Language {
  return matchLanguage(navigator.languages[0] ?? navigator.language);
}

/** Every locale the app may format dates and numbers in: the system's own, then each language's bare one. */
export function formatLocales(): string[] {
  return [navigator.language, ...LANGUAGES].filter((locale, index, all) => all.indexOf(locale) === index);
}

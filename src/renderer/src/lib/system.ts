/** What the browser or the OS says about the person's language and region, read when asked. */
import { systemLanguageOf } from '@shared/start-requests';
import type { Language } from '@shared/model';

/** The system's languages, most wanted first. */
export const systemLanguages = (): readonly string[] => (navigator.languages.length > 0 ? navigator.languages : [navigator.language]);

/** The language the browser or OS reports, for a first run. */
export function systemLanguage(): Language {
  return systemLanguageOf(systemLanguages());
}

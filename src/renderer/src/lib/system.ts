/** What the browser or the OS says about the person's language and region, read when asked. */
import { matchLanguage } from '@shared/locales/language';
import type { Language } from '@shared/model';

/** The language the browser or OS reports first, for a first run. */
export function systemLanguage(): Language {
  return matchLanguage(navigator.languages[0] ?? navigator.language);
}

import i18next, { type TFunction } from 'i18next';
import { resources, matchLanguage } from '@shared/locales';
import type { Language } from '@shared/model';

/** A translator for main-process text (menus, dialogs, console lines), independent of the renderer. */
export function createTranslator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initImmediate: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false }
  });
  return instance.t;
}

/** The language to speak before the person has chosen: the OS locale, as the environment reports it. */
export function environmentLanguage(env = process.env): Language {
  return matchLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

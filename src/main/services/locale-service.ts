/**
 * What the renderer needs to speak: one language's texts. Texts travel as data with the start's
 * answer, so the first bundle holds neither language and the other one is fetched only when chosen.
 */
import { resources } from '@shared/locales';
import { contentTitles } from '@shared/content/catalog';
import type { Language } from '@shared/model';
import type { Translation } from '@shared/locales';
import type { SettingsRepository } from '../repositories/settings-repository';

interface Dependencies {
  settings: SettingsRepository;
}

export function createLocaleService({ settings }: Dependencies) {
  const titles: Partial<Record<Language, Record<string, string>>> = {};
  return {
    /** A language's texts; without one named, the person's chosen language, or `unchosen` when there is none yet. */
    texts({ language, unchosen }: { language?: Language | undefined; unchosen?: Language | undefined }): {
      language: Language;
      texts: Translation;
      titles: Record<string, string>;
    } {
      const speaks = language ?? settings.get().language ?? unchosen ?? 'en';
      return { language: speaks, texts: resources[speaks].translation, titles: (titles[speaks] ??= contentTitles(speaks)) };
    }
  };
}

export type LocaleService = ReturnType<typeof createLocaleService>;

import type { Database } from 'better-sqlite3';
import { LANGUAGES, REMINDER_DAYS, THEMES, type Language, type Settings, type Theme } from '@shared/model';

const DEFAULTS: Settings = {
  language: null,
  theme: 'system',
  activePlanId: null,
  onboarded: false,
  remindersEnabled: true,
  reminderDays: REMINDER_DAYS.default
};

function reminderDays(value: string | undefined): number {
  const days = Number(value);
  return Number.isInteger(days) && days >= REMINDER_DAYS.min && days <= REMINDER_DAYS.max ? days : DEFAULTS.reminderDays;
}

function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function isTheme(value: string | undefined): value is Theme {
  return THEMES.some((theme) => theme === value);
}

/** Key/value settings; unknown or damaged values fall back to defaults. */
export function createSettingsRepository(db: Database) {
  const selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
  );

  function get(): Settings {
    const values = new Map(selectAll.all().map((row) => [row.key, row.value]));
    const language = values.get('language');
    const theme = values.get('theme');
    return {
      language: isLanguage(language) ? language : DEFAULTS.language,
      theme: isTheme(theme) ? theme : DEFAULTS.theme,
      activePlanId: Number(values.get('activePlanId')) || null,
      onboarded: values.get('onboarded') === 'true',
      remindersEnabled: values.get('remindersEnabled') !== 'false',
      reminderDays: reminderDays(values.get('reminderDays'))
    };
  }

  const update = db.transaction((patch: Partial<Settings>): Settings => {
    if (patch.language) upsert.run('language', patch.language);
    if (patch.theme) upsert.run('theme', patch.theme);
    if (patch.activePlanId !== undefined) upsert.run('activePlanId', String(patch.activePlanId ?? ''));
    if (patch.onboarded !== undefined) upsert.run('onboarded', String(patch.onboarded));
    if (patch.remindersEnabled !== undefined) upsert.run('remindersEnabled', String(patch.remindersEnabled));
    if (patch.reminderDays !== undefined) upsert.run('reminderDays', String(patch.reminderDays));
    return get();
  });

  return { get, update };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

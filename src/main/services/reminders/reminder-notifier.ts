import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { contentText } from '@shared/content/catalog';
import type { IsoDate, Language, MilestoneRef, Reminder, View } from '@shared/model';
import { localDate, withFrenchFirst } from '@shared/local-date';
import { isoDate, type Clock } from '../../clock';
import type { ReminderService } from './reminder-service';

const LOG_KEY = 'remindersShown';

/** Which reminders were already shown as notifications today, persisted so a restart does not repeat them. */
export function createReminderLog(db: Database) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
  );
  function shownOn(day: IsoDate): Set<string> {
    try {
      const stored = JSON.parse(read.get(LOG_KEY)?.value ?? '{}') as { day?: unknown; keys?: unknown };
      const keys = stored.day === day && Array.isArray(stored.keys) ? stored.keys : [];
      return new Set(keys.filter((key): key is string => typeof key === 'string'));
    } catch {
      return new Set(); // A damaged entry only means today's reminders may be shown once more.
    }
  }
  return {
    shownOn,
    /** Records keys as shown on `day`; earlier days are forgotten. */
    record(day: IsoDate, keys: readonly string[]): void {
      write.run(LOG_KEY, JSON.stringify({ day, keys: [...new Set([...shownOn(day), ...keys])] }));
    }
  };
}

export type ReminderLog = ReturnType<typeof createReminderLog>;

export interface ReminderNotification {
  title: string;
  body: string;
  /** What a click opens: a milestone, or a screen for reminders about no milestone. */
  open: MilestoneRef | View;
}

/** The translated text of a reminder's notification; dates in `locale` (the system's, when it speaks `language`). */
export function notificationText(
  reminder: Reminder,
  t: TFunction,
  language: Language,
  locale: string = language
): Omit<ReminderNotification, 'open'> {
  const { milestone } = reminder;
  const title = milestone ? (milestone.title ?? contentText(milestone.templateId)?.[language] ?? '') : t(`nav.${reminder.view}`);
  const date = withFrenchFirst(
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(localDate(reminder.date)),
    reminder.date,
    locale
  );
  return {
    title: t(`reminders.notification.${reminder.kind}`, { title }),
    body: t(`reminders.notificationBody.${reminder.kind}`, { date, detail: reminder.detail ?? title })
  };
}

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface NotifierOptions {
  reminders: ReminderService;
  log: ReminderLog;
  clock: Clock;
  /** The translator, language and date locale in force when a notification is shown. */
  language: () => { t: TFunction; language: Language; locale?: string };
  notify: (notification: ReminderNotification) => void;
}

/** How often the notifier looks again; each reminder still shows at most once a day. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Desktop notifications for reminders: at start, then again each day while the app runs, never twice a day. */
export function createReminderNotifier({ reminders, log, clock, language, notify }: NotifierOptions) {
  function check(): number {
    const summary = reminders.list();
    if (!summary.enabled) return 0;
    const today = isoDate(clock.now());
    const shown = log.shownOn(today);
    const fresh = summary.items.filter((item) => !shown.has(item.key));
    if (fresh.length === 0) return 0;
    const { t, language: lang, locale } = language();
    for (const item of fresh) {
      const open = item.milestone ? { planId: item.milestone.planId, milestoneId: item.milestone.id } : item.view;
      notify({ ...notificationText(item, t, lang, locale), open });
    }
    log.record(
      today,
      fresh.map((item) => item.key)
    );
    return fresh.length;
  }

  return {
    check,
    /** Checks now and then every hour, so a new day's reminders appear without a restart. Returns a stop function. */
    start(timers: Timers = globalThis): () => void {
      check();
      const handle = timers.setInterval(check, CHECK_EVERY_MS);
      return () => timers.clearInterval(handle);
    }
  };
}

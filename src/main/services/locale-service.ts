/**
 * What the renderer needs to speak: one language's texts, and the number and date shapes of the
 * locales it formats in (see `@shared/formats`). Texts travel as data in the first answers, so the
 * first bundle holds neither language and the other one is fetched only when it is chosen.
 */
import { resources } from '@shared/locales';
import { contentTitles } from '@shared/content/catalog';
import type { Language } from '@shared/model';
import type { Translation } from '@shared/locales';
import {
  DATE_STYLES,
  formatInteger,
  formatIsoDate,
  formatPercent,
  type DatePart,
  type DateShape,
  type DateStyle,
  type LocaleFormats,
  type NumberShape
} from '@shared/formats';
import { localDate } from '@shared/local-date';
import type { SettingsRepository } from '../repositories/settings-repository';

/** Whole numbers whose Intl output each number shape must reproduce exactly. */
const SAMPLE_INTEGERS = [
  0, 1, 7, 10, 99, 100, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 123_456, 1_234_567, 12_345_678, 987_654_321
];
/** Ratios each shape must write as Intl does, halves and near-halves included. */
const SAMPLE_RATIOS = [0, 0.001, 0.004, 0.005, 0.0051, 0.125, 0.285, 0.3334, 0.5, 0.565, 0.995, 0.9951, 1, 1.5, 12.345, 123.4];
/** Dates each date shape must reproduce: every month, short and long days, several years. */
const SAMPLE_DATES = [1970, 2000, 2026, 2027, 2099].flatMap((year) =>
  Array.from({ length: 12 }, (_, month) =>
    [1, 5, 10, 28].map((day) => `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
  ).flat()
);

function deriveNumber(locale: string): NumberShape | null {
  const plain = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const parts = plain.formatToParts(1_234_567_891);
  const groups = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const separator = parts.find((part) => part.type === 'group')?.value;
  if (!separator || groups.length < 3) return null;
  const primary = groups.at(-1)!;
  const secondary = groups.at(-2)!;
  const minGrouping = plain.format(10 ** primary).includes(separator) ? 1 : 2;
  const percentParts = percentFormat.formatToParts(0.42);
  const first = percentParts.findIndex((part) => part.type === 'integer');
  const last = percentParts.findLastIndex((part) => part.type === 'integer');
  const text = (list: Intl.NumberFormatPart[]) => list.map((part) => part.value).join('');
  const shape: NumberShape = {
    group: separator,
    primary,
    secondary,
    minGrouping,
    percent: { before: text(percentParts.slice(0, first)), after: text(percentParts.slice(last + 1)) }
  };
  const exact =
    SAMPLE_INTEGERS.every((value) => formatInteger(value, shape) === plain.format(value)) &&
    SAMPLE_RATIOS.every((ratio) => formatPercent(ratio, shape) === percentFormat.format(ratio));
  return exact ? shape : null;
}

function deriveDate(locale: string, style: DateStyle): DateShape | null {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: style });
  const parts: DatePart[] = [];
  for (const part of format.formatToParts(localDate('2027-01-21'))) {
    if (part.type === 'literal') parts.push({ literal: part.value });
    else if (part.type === 'day' || part.type === 'month' || part.type === 'year') parts.push({ field: part.type });
    // A weekday, an era or another calendar's year: not written down, Intl formats it.
    else return null;
  }
  const monthOf = (month: number) =>
    format.formatToParts(localDate(`2027-${String(month + 1).padStart(2, '0')}-21`)).find((part) => part.type === 'month')?.value ?? '';
  const shape: DateShape = {
    parts,
    months: Array.from({ length: 12 }, (_, month) => monthOf(month)),
    padDay: format.formatToParts(localDate('2027-01-05')).find((part) => part.type === 'day')?.value === '05'
  };
  const exact = SAMPLE_DATES.every((iso) => formatIsoDate(iso, shape) === format.format(localDate(iso)));
  return exact ? shape : null;
}

/** A locale's shapes, each checked against Intl's output; `null` where it could not be matched exactly. */
export function deriveFormats(locale: string): LocaleFormats {
  const dates = Object.fromEntries(DATE_STYLES.map((style) => [style, deriveDate(locale, style)])) as Record<DateStyle, DateShape | null>;
  return { locale, number: deriveNumber(locale), dates };
}

interface Dependencies {
  settings: SettingsRepository;
}

export function createLocaleService({ settings }: Dependencies) {
  // Working a locale out takes a few milliseconds; a locale's formats do not change while the app runs.
  const known = new Map<string, LocaleFormats>();
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
    },
    /** The shapes of each locale asked for, in order; a locale Intl does not know has no shapes. */
    formats({ locales }: { locales: string[] }): LocaleFormats[] {
      return locales.map((locale) => {
        let found = known.get(locale);
        if (!found) {
          try {
            found = deriveFormats(locale);
          } catch {
            found = { locale, number: null, dates: { medium: null, long: null } };
          }
          // Kept for the locales a person's system really uses, not for any string a request names.
          if (known.size < 16) known.set(locale, found);
        }
        return found;
      });
    }
  };
}

export type LocaleService = ReturnType<typeof createLocaleService>;

/**
 * Number and date formats written down as plain data — a locale's "shapes" — so text can be formatted
 * without building an Intl formatter. Main works them out with Intl and checks them against Intl's own
 * output (`src/main/services/locale-service.ts`); the renderer formats with them. Why: in Chromium, a
 * page's first Intl number or date formatter loads the locale data, 25–50 ms of the renderer's main
 * thread at start, before the first screen can show a count or a date.
 *
 * A shape covers what the app's screens format most: whole numbers, whole percentages and the medium
 * and long date styles. Anything else (fractions, negative numbers, currencies) is left to Intl.
 */

/** Whole numbers and whole percentages as a locale writes them. */
export interface NumberShape {
  /** The grouping separator (`,` in English, a narrow no-break space in French). */
  group: string;
  /** Digits in the group next to the units. */
  primary: number;
  /** Digits in each group further left (2 in en-IN, 3 in most locales). */
  secondary: number;
  /** Grouping starts at this many digits left of the primary group (1: `1,000`; 2: `1000`, `10 000`). */
  minGrouping: number;
  /** What stands before and after a percentage's number (`''` and `'%'`, or `''` and `' %'`). */
  percent: { before: string; after: string };
}

export type DatePart = { field: 'day' | 'month' | 'year' } | { literal: string };

/** One date style (`medium`: 30 Jun 2027; `long`: 30 June 2027) as a locale writes it. */
export interface DateShape {
  parts: DatePart[];
  /** The twelve months as this style writes them, January first. */
  months: string[];
  /** Whether days below 10 are written with a leading zero. */
  padDay: boolean;
}

export const DATE_STYLES = ['medium', 'long'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** A locale's shapes; a part that could not be written down exactly is `null`, and Intl formats it. */
export interface LocaleFormats {
  locale: string;
  number: NumberShape | null;
  dates: Record<DateStyle, DateShape | null>;
}

/** At most this many locales per request: the system's own, and each language's bare locale. */
export const MAX_FORMAT_LOCALES = 4;

/** `digits` (ASCII, no sign) grouped as `shape` says. */
function group(digits: string, shape: NumberShape): string {
  if (digits.length < shape.primary + shape.minGrouping) return digits;
  const groups = [digits.slice(-shape.primary)];
  let rest = digits.slice(0, -shape.primary);
  while (rest.length > shape.secondary) {
    groups.unshift(rest.slice(-shape.secondary));
    rest = rest.slice(0, -shape.secondary);
  }
  if (rest) groups.unshift(rest);
  return groups.join(shape.group);
}

/** A whole, non-negative number, or undefined when the shape does not cover `value`. */
export function formatInteger(value: number, shape: NumberShape): string | undefined {
  if (!Number.isSafeInteger(value) || value < 0) return undefined;
  return group(String(value), shape);
}

/**
 * `ratio` as a whole percentage (0.425 → 43 %), rounding half away from zero on the number as written
 * (`String(0.565)` is `0.565`, so 57 %), as Intl does; undefined when the shape does not cover it.
 */
export function formatPercent(ratio: number, shape: NumberShape): string | undefined {
  const written = String(ratio);
  if (!Number.isFinite(ratio) || ratio < 0 || /e/i.test(written)) return undefined;
  const [whole = '0', fraction = ''] = written.split('.');
  const shifted = `${whole}${fraction.padEnd(2, '0').slice(0, 2)}`;
  if (shifted.length > 15) return undefined;
  const percent = Number(shifted) + ((fraction[2] ?? '0') >= '5' ? 1 : 0);
  return `${shape.percent.before}${group(String(percent), shape)}${shape.percent.after}`;
}

/** `2027-06-30` in `shape`, or undefined when the shape does not cover it (a year before 1000). */
export function formatIsoDate(iso: string, shape: DateShape): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || match[1]! < '1000') return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const name = shape.months[Number(month) - 1];
  if (name === undefined) return undefined;
  const dayText = shape.padDay ? day : String(Number(day));
  return shape.parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      return part.field === 'day' ? dayText : part.field === 'month' ? name : year;
    })
    .join('');
}

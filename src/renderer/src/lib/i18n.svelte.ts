/**
 * Reactive translation. `t` reads the current language, so any template that calls it re-renders
 * when the language changes — no reload, everything at once.
 */
import i18next, { type TFunction } from 'i18next';
import type { Language } from '@shared/model';
import type { Text } from '@shared/content/text';
import { localDate, withFrenchFirst } from '@shared/local-date';
import type { Output } from '@shared/contract';
import { api } from './api';

export { systemLanguage } from './system';

/**
 * i18next is in the first bundle, but no language is: the texts are data that main sends, those of
 * the person's language with the start's answer, the other language's when it is chosen (or once the
 * app is idle, so the switch is instant).
 */
const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: false,
  resources: {},
  initImmediate: false,
  showSupportNotice: false,
  interpolation: { escapeValue: false }
});

/** What main sends for a language: its texts and its content titles. */
type Speech = Output<'texts:get'>;

/** Whether any language's texts are in. */
let anyTexts = false;
// Not reactive state: a cache of fetches, read only by preloadLanguage.
const loading: Partial<Record<Language, Promise<Speech>>> = {};
/** Each language's content titles (stages, milestone templates, routes, pay bands), by id. */
const titles: Partial<Record<Language, Record<string, string>>> = {};

function adopt(speech: Speech): Speech {
  instance.addResourceBundle(speech.language, 'translation', speech.texts);
  titles[speech.language] = speech.titles;
  readings[speech.language] = undefined;
  anyTexts = true;
  return speech;
}

/** Takes in texts that came with another answer (the start's), so they are not asked for again. */
export function receiveTexts(speech: Speech): void {
  loading[speech.language] ??= Promise.resolve(adopt(speech));
}

/** Fetches a language's texts (and content titles) once; later calls share the same promise. */
export function preloadLanguage(language: Language): Promise<Speech> {
  loading[language] ??= api.textsGet({ language }).then(
    (speech) => adopt(speech),
    (error: unknown) => {
      // Not kept: asking again fetches again.
      delete loading[language];
      throw error;
    }
  );
  return loading[language];
}

class LanguageState {
  current = $state<Language>('en');
  /** Counts the texts that arrived, so strings drawn before the first language loaded are drawn again. */
  arrivals = $state(0);
}

export const language = new LanguageState();

/**
 * What each key asked for without options reads as, per language. A screen asks for the same labels
 * many times (every row's status, every field's label) and i18next works each one out afresh; a
 * language's texts do not change once in, so a kept reading stays true until they arrive again.
 */
const readings: Record<string, Record<string, string> | undefined> = Object.create(null) as Record<string, never>;

export const t: TFunction = ((...args: Parameters<TFunction>) => {
  void language.current;
  void language.arrivals;
  // Before the first texts are in nothing is drawn (App waits for them), so there is nothing to say.
  if (!anyTexts) return '';
  const translate = instance.t as (...inner: Parameters<TFunction>) => string;
  const [key, options] = args as [unknown, unknown];
  if (typeof key !== 'string' || args.length > 2 || (options !== undefined && !plainValues(options))) return translate(...args);
  const kept = (readings[instance.language] ??= Object.create(null) as Record<string, string>);
  const reading = (kept[key] ??= translate(...(args.slice(0, 1) as Parameters<TFunction>)));
  // Values put in place as i18next would (no escaping), without working the key out again: every
  // row of a plan names its milestone in three labels.
  return options === undefined ? reading : reading.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => String(options[name] ?? whole));
}) as TFunction;

/** Options that are only values to put in place: no count, context, default or other i18next option. */
function plainValues(options: unknown): options is Record<string, string | number> {
  if (typeof options !== 'object' || options === null) return false;
  for (const [name, value] of Object.entries(options)) {
    if (I18NEXT_OPTIONS.has(name) || (typeof value !== 'string' && typeof value !== 'number')) return false;
  }
  return true;
}

const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'ordinal',
  'replace',
  'returnObjects',
  'interpolation'
]);

let requested = 0;

/** Switches every visible string, date and number to `next`, once its texts are here; the last call wins. */
export async function applyLanguage(next: Language): Promise<void> {
  const ticket = ++requested;
  await preloadLanguage(next);
  if (ticket !== requested) return;
  const first = language.arrivals === 0;
  if (!first && language.current === next) return;
  const translate = instance;
  // Its texts are in: switching i18next is only needed when it speaks another language.
  if (translate.language !== next) await translate.changeLanguage(next);
  language.current = next;
  language.arrivals += 1;
  document.documentElement.lang = next;
  document.title = translate.t('app.name');
}

/** Long-form content text in the active language. */
export function tx(text: Text): string {
  return text[language.current];
}

/** The title of a stage, milestone template, route or pay band, by its content id, in the active language. */
export function contentTitle(id: string | null): string | undefined {
  void language.arrivals;
  return id ? titles[language.current]?.[id] : undefined;
}

/**
 * The locale for dates and numbers: the system's own regional variant when it speaks the active
 * language (en-GB writes 30 Jun 2027), the bare language otherwise.
 */
export function formatLocale(): string {
  const system = navigator.language;
  return system.toLowerCase().startsWith(language.current) ? system : language.current;
}

/**
 * Intl formatters cost far more to build than to use (a plan screen formats hundreds of dates), so
 * each one is built once per locale and options.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T>(formats: Map<string, T>, options: unknown, build: (locale: string) => T): T {
  const locale = formatLocale();
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = build(locale);
    formats.set(key, found);
  }
  return found;
}

/** `2027-06-30` as the active locale writes a date. */
export function formatDate(iso: string, style: 'medium' | 'long' = 'medium'): string {
  const locale = formatLocale();
  const written = cached(dateFormats, style, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: style })).format(localDate(iso));
  return withFrenchFirst(written, iso, locale);
}

/** Whole euros in the active locale (`60 000 €` in French, `€60,000` in English). */
export function formatMoney(amount: number, currency = 'EUR'): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency, maximumFractionDigits: 0 };
  return cached(numberFormats, options, (locale) => new Intl.NumberFormat(locale, options)).format(amount);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(numberFormats, options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** A list such as "A, B and C" / "A, B et C". */
export function formatList(items: string[]): string {
  return cached(listFormats, 'long', (locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

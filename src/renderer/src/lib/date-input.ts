/**
 * Dates typed and shown in the active language's numeric format (30/06/2027 in French, 06/30/2027
 * in US English), whatever the browser's own UI language: the native date input follows
 * Chromium's, not the app's.
 */
export type DatePart = 'day' | 'month' | 'year';

/** The order of day, month and year, and the separator, in a locale's numeric dates. */
export function dateLayout(locale: string): { order: DatePart[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2027, 5, 30));
  const order = parts.map((part) => part.type).filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  const separator = parts.find((part) => part.type === 'literal')?.value ?? '/';
  return { order, separator };
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** `2027-06-30` written the locale's way, or '' for no date. */
export function toLocalInput(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const values: Record<DatePart, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  const { order, separator } = dateLayout(locale);
  return order.map((part) => values[part]).join(separator);
}

/**
 * Reads what the person typed: the locale's order with any separator, or an ISO date. Returns the
 * ISO date, '' when empty, or null when it is not a real date.
 */
export function parseLocalInput(text: string, locale: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const numbers = trimmed.split(/[^\d]+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  let values: Record<DatePart, number>;
  if (numbers[0]!.length === 4) values = { year: Number(numbers[0]), month: Number(numbers[1]), day: Number(numbers[2]) };
  else {
    const { order } = dateLayout(locale);
    values = { day: 0, month: 0, year: 0 };
    order.forEach((part, index) => (values[part] = Number(numbers[index])));
  }
  if (values.year < 1000 || values.year > 9999) return null;
  const date = new Date(Date.UTC(values.year, values.month - 1, values.day));
  if (date.getUTCFullYear() !== values.year || date.getUTCMonth() !== values.month - 1 || date.getUTCDate() !== values.day) return null;
  return `${pad(values.year, 4)}-${pad(values.month, 2)}-${pad(values.day, 2)}`;
}

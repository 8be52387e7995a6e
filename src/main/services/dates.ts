/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so daylight-saving changes never shift a day. */

export function addDays(iso: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + Math.round(days)));
  return date.toISOString().slice(0, 10);
}

export function addWeeks(iso: string, weeks: number): string {
  return addDays(iso, weeks * 7);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days since 1970-01-01 for `YYYY-MM-DD`. */
export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

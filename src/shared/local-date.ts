/** `2027-06-30` as a Date at local midnight: formatted in any time zone, it names that same day. */
export function localDate(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/**
 * French writes the first of a month as an ordinal, « 1er janvier », which Intl does not: a date
 * written for a French locale starting with the day 1 gets its « er ».
 */
export function withFrenchFirst(written: string, iso: string, locale: string): string {
  if (!locale.toLowerCase().startsWith('fr') || !iso.endsWith('-01')) return written;
  return written.replace(/^1(?=[\s\u00a0\u202f])/, '1er');
}

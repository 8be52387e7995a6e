/** `2027-06-30` as a Date at local midnight: formatted in any time zone, it names that same day. */
export function localDate(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

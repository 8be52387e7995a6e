/** Time source, injectable so tests can fix "today". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The clock browser mode runs on: the system's, or, when `start` names a date and time (the
 * `CAIO_PATH_CLOCK` variable end-to-end tests set), one that starts there and runs on in step.
 */
export function clockFrom(start: string | undefined): Clock {
  const origin = start ? new Date(start).getTime() : Number.NaN;
  if (Number.isNaN(origin)) return systemClock;
  const offset = origin - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** Local calendar date as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

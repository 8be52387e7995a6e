/**
 * Dated facts: each one says where it comes from and the day it was checked there, so that the app can
 * show how old it is and updating it is a data change.
 */
import type { IsoDate } from '../model';

export interface FactSource {
  /** The sources' own names (sites, registers, documents), not translated; the screen lists them. */
  citations: readonly string[];
  /** The day the fact was last checked against these sources. */
  checked: IsoDate;
}

/** The day the regulatory calendar and the certification catalogue were last checked. */
export const LAW_MARKET_CHECKED: IsoDate = '2026-12-07';

/** The latest day any of these facts was checked: what the screen says they are as of. */
export function lastChecked(items: readonly { source: FactSource }[]): IsoDate {
  return items.reduce((latest, item) => (item.source.checked > latest ? item.source.checked : latest), '');
}

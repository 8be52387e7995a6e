/**
 * The certification catalogue: what each one evidences, how long it lasts, how it is renewed, what it
 * costs where an official or quoted figure exists, its standing in France, and its source with the
 * date it was checked. Expiry and renewal reminders are computed from it.
 */
import type { IsoDate } from '../../model';
import type { FactSource } from '../facts';
import type { Text } from '../text';

/** A cost range as quoted; `official` when read on the issuer's page, `quoted` when seen elsewhere. */
export interface CostRange {
  min: number;
  max: number;
  currency: 'USD' | 'EUR';
  basis: 'official' | 'quoted';
}

/** Registered in France (RNCP or Répertoire spécifique), or not found in either: then said plainly. */
export type FrenchStanding =
  { register: 'unknown' } | { register: 'rncp' | 'rs'; code: string; level: number | null; registeredUntil: IsoDate | null };

export interface Certification {
  /** Also the template id of a milestone planned from it. */
  id: `certification.${string}`;
  /** The issuer's own name for it: not translated. */
  name: string;
  issuer: string;
  /** The skills it evidences, the first being the one a planned milestone is linked to. */
  skillIds: readonly [string, ...string[]];
  evidences: Text;
  /** Years from the date obtained; null when the issuer sets no expiry. */
  validityYears: number | null;
  renewal: Text;
  /** Null when no source gives a figure: the app says the cost is unknown. */
  cost: CostRange | null;
  costNote?: Text;
  /** How many days before expiry the issuer lets a holder renew, where its rule says so. */
  renewalWindowDays?: number;
  france: FrenchStanding;
  /** The day the issuer retired it: shown as retired and not planned; holders stay certified until expiry. */
  retiredOn?: IsoDate;
  note?: Text;
  source: FactSource;
}

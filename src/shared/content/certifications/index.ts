/** The whole certification catalogue, and what a planned certification's evidence is computed from. */
import type { IsoDate } from '../../model';
import { LAW_MARKET_CHECKED, type FactSource } from '../facts';
import type { Text } from '../text';
import type { Certification } from './certification';
import { GOVERNANCE_CERTIFICATIONS } from './governance';
import { TECHNICAL_CERTIFICATIONS } from './technical';

export type { Certification, CostRange, FrenchStanding } from './certification';

export const CERTIFICATIONS: readonly Certification[] = [...GOVERNANCE_CERTIFICATIONS, ...TECHNICAL_CERTIFICATIONS];

export function certificationById(id: string | null): Certification | undefined {
  return id === null ? undefined : CERTIFICATIONS.find((certification) => certification.id === id);
}

/** The expiry of a certification obtained on `obtained`: the same day `validityYears` later; null without expiry. */
export function certificationExpiry(certification: Pick<Certification, 'validityYears'>, obtained: IsoDate): IsoDate | null {
  if (certification.validityYears === null) return null;
  const [year, month, day] = obtained.split('-').map(Number) as [number, number, number];
  const target = year + certification.validityYears;
  // 29 February falls back to the 28th in a year that has none.
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** What the CPF pays for in France, which every certification's French standing is read against. */
export const CPF_RULE: { text: Text; source: FactSource } = {
  text: {
    en: 'In France, only a certification registered in the RNCP or the Répertoire spécifique can be paid for with the CPF; since 26 February 2026, at most €1,500 of it can go to a Répertoire spécifique certification.',
    fr: 'En France, seule une certification inscrite au RNCP ou au Répertoire spécifique peut être financée par le CPF ; depuis le 26 février 2026, 1 500 € au plus peuvent aller à une certification du Répertoire spécifique.'
  },
  source: { citations: ['culture-rh.com', 'hexopee.org', 'blohorn-avocats.fr'], checked: LAW_MARKET_CHECKED }
};

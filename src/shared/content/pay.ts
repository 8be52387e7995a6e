/**
 * The article's source line and its pay figures by company size: a module of their own, read by main
 * for the dashboard's salary band and by the screens that show every band (the guide, the wizard).
 */
import type { Text } from './text';
import type { CompanySize } from '../model';

export interface Source {
  id: string;
  title: Text;
  /** When the figures were taken from the source (ISO date). */
  consulted: string;
}

export const ARTICLE_SOURCE: Source = {
  id: 'source.caio-article',
  title: {
    en: 'French career article on the Chief AI Officer role (missions, studies, skills, pay)',
    fr: 'Article d’orientation sur le métier de Chief AI Officer (missions, études, compétences, salaire)'
  },
  consulted: '2026-11-24'
};

export interface SalaryBand {
  id: string;
  companySize: CompanySize;
  /** Gross yearly pay in euros; `max` is null for an open-ended band. */
  min: number;
  max: number | null;
  currency: 'EUR';
  label: Text;
  sourceId: string;
  asOf: string;
}

export const SALARY_BANDS: SalaryBand[] = [
  {
    id: 'salary.mid-size',
    companySize: 'mid-size',
    min: 60_000,
    max: 80_000,
    currency: 'EUR',
    label: { en: 'Mid-size company', fr: 'Entreprise de taille moyenne' },
    sourceId: ARTICLE_SOURCE.id,
    asOf: ARTICLE_SOURCE.consulted
  },
  {
    id: 'salary.large',
    companySize: 'large',
    min: 80_000,
    max: 120_000,
    currency: 'EUR',
    label: { en: 'Large company', fr: 'Grande entreprise' },
    sourceId: ARTICLE_SOURCE.id,
    asOf: ARTICLE_SOURCE.consulted
  },
  {
    id: 'salary.multinational',
    companySize: 'multinational',
    min: 120_000,
    max: null,
    currency: 'EUR',
    label: { en: 'Multinational or cutting-edge sector', fr: 'Multinationale ou secteur de pointe' },
    sourceId: ARTICLE_SOURCE.id,
    asOf: ARTICLE_SOURCE.consulted
  }
];

export const SALARY_NOTE: Text = {
  en: 'Gross yearly pay in France. Company size, sector and location change the final figure; performance bonuses, stock options and other benefits can come on top.',
  fr: 'Rémunération brute annuelle en France. La taille de l’entreprise, son secteur et sa localisation font varier le montant ; des primes sur objectifs, des stock-options et d’autres avantages peuvent s’y ajouter.'
};

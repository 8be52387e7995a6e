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
  /** The year the source was published or states its figures for; null when it does not say. */
  year?: string | null;
}

export const ARTICLE_SOURCE: Source = {
  id: 'source.caio-article',
  title: {
    en: 'French career article on the Chief AI Officer role (missions, studies, skills, pay)',
    fr: 'Article d’orientation sur le métier de Chief AI Officer (missions, études, compétences, salaire)'
  },
  consulted: '2026-11-24',
  year: null
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

/** The steps a plan passes through whose pay the app shows, in order. */
export const PAY_STEP_IDS = ['pay.lead-data-scientist', 'pay.head-of-ai', 'pay.caio'] as const;
export type PayStepId = (typeof PAY_STEP_IDS)[number];

export interface PayStep {
  id: PayStepId;
  title: Text;
  /** The band for each company size; null where no public source gives a figure (the app says so). */
  bands: Record<CompanySize, SalaryBand | null>;
  /** Why the figures are what they are (or missing), in the app's own words. */
  note: Text;
}

const bandFor = (size: CompanySize): SalaryBand => SALARY_BANDS.find((band) => band.companySize === size)!;
const NO_FIGURES: Record<CompanySize, null> = { 'mid-size': null, large: null, multinational: null };

/**
 * Pay at each step. CAIO Path's only public source for pay is the article, which gives the CAIO bands
 * and treats "Head of AI" as another name for the role; no source gives a lead data scientist's pay.
 */
export const PAY_STEPS: PayStep[] = [
  {
    id: 'pay.lead-data-scientist',
    title: { en: 'Senior or lead data scientist', fr: 'Data scientist senior ou lead data scientist' },
    bands: NO_FIGURES,
    note: {
      en: 'No public source in CAIO Path gives this pay in France; it is left blank rather than guessed.',
      fr: 'Aucune source publique de Parcours CAIO ne donne cette rémunération en France ; elle reste vide plutôt que devinée.'
    }
  },
  {
    id: 'pay.head-of-ai',
    title: { en: 'Head of AI', fr: 'Head of AI (responsable de l’IA)' },
    bands: NO_FIGURES,
    note: {
      en: 'The article uses “Head of AI” as another name for the Chief AI Officer and gives one set of bands for both; no source gives separate figures for Head of AI as a step before CAIO.',
      fr: 'L’article emploie « Head of AI » comme autre nom du Chief AI Officer et donne les mêmes fourchettes pour les deux ; aucune source ne donne de montants propres au poste de Head of AI avant celui de CAIO.'
    }
  },
  {
    id: 'pay.caio',
    title: { en: 'Chief AI Officer', fr: 'Chief AI Officer (directeur ou directrice de l’IA)' },
    bands: { 'mid-size': bandFor('mid-size'), large: bandFor('large'), multinational: bandFor('multinational') },
    note: {
      en: 'One source only: one article, whose publication year is not stated. A mid-size company’s band may be below what a senior data scientist or IT manager earns today; no source lets the app compare.',
      fr: 'Une seule source : un article dont l’année de publication n’est pas indiquée. La fourchette d’une entreprise de taille moyenne peut être inférieure à ce que gagne aujourd’hui un data scientist senior ou un responsable informatique ; aucune source ne permet à l’application de comparer.'
    }
  }
];

/** Every source a pay figure can cite, by id. */
export const PAY_SOURCES: Record<string, Source> = { [ARTICLE_SOURCE.id]: ARTICLE_SOURCE };

/** The pay step a plan's goal milestones stand for, by template id (the CAIO goal's id is `milestone.caio`). */
export const PAY_STEP_OF_TEMPLATE: Readonly<Record<string, PayStepId>> = {
  'milestone.caio': 'pay.caio',
  'eng.head-of-ai': 'pay.head-of-ai',
  'bus.head-of-ai': 'pay.head-of-ai'
};

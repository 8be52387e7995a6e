import type { Text } from './text';

/** The five stages every plan is organised in, from studies to what comes after the CAIO role. */
export const STAGE_TEMPLATES = [
  { id: 'stage.education', title: { en: 'Education', fr: 'Formation' } },
  { id: 'stage.first-ai-role', title: { en: 'First AI role', fr: 'Premier poste en IA' } },
  { id: 'stage.leadership', title: { en: 'Leadership', fr: 'Management' } },
  { id: 'stage.caio', title: { en: 'Chief AI Officer', fr: 'Directeur ou directrice de l’IA' } },
  { id: 'stage.beyond', title: { en: 'Beyond CAIO', fr: 'Après le poste de CAIO' } }
] as const satisfies ReadonlyArray<{ id: string; title: Text }>;

export type StageTemplateId = (typeof STAGE_TEMPLATES)[number]['id'];

/**
 * Names a generated plan gives its stages when the generic one does not fit the person: an IT manager's
 * first stage is his first 90 days and first year, not "Education"; an experienced data scientist's
 * studies are behind him. Stored as the stage's content id, so the name follows the language.
 */
export const STAGE_VARIANTS = {
  'stage.background': { en: 'Degree and foundations', fr: 'Diplôme et fondamentaux' },
  'stage.first-year': { en: 'First 90 days and first year', fr: 'Les 90 premiers jours et la première année' },
  'stage.ai-delivery': { en: 'AI delivery', fr: 'Mise en œuvre de l’IA' },
  'stage.ai-leadership': { en: 'Leading AI across the company', fr: 'Piloter l’IA dans l’entreprise' },
  'stage.ai-grounding': { en: 'AI grounding for leaders', fr: 'Bases en IA pour dirigeants' },
  'stage.ai-transformation': { en: 'AI product and transformation leadership', fr: 'Leadership produit et transformation IA' },
  'stage.towards-head-of-ai': { en: 'Towards Head of AI', fr: 'Vers le poste de Head of AI' }
} as const satisfies Record<string, Text>;

export type StageVariantId = keyof typeof STAGE_VARIANTS;

interface Person {
  yearsExperience: number;
  currentRole: string;
  senior: boolean;
}

const VARIANTS: Record<string, (person: Person) => Partial<Record<StageTemplateId, StageVariantId>>> = {
  'route.it-leader': () => ({
    'stage.education': 'stage.first-year',
    'stage.first-ai-role': 'stage.ai-delivery',
    'stage.leadership': 'stage.ai-leadership'
  }),
  'route.business': (person) =>
    person.senior
      ? {
          'stage.education': 'stage.ai-grounding',
          'stage.first-ai-role': 'stage.ai-transformation',
          'stage.leadership': 'stage.towards-head-of-ai'
        }
      : { 'stage.leadership': 'stage.towards-head-of-ai' },
  'route.engineering': (person) =>
    person.currentRole !== 'student' && person.yearsExperience >= 3
      ? {
          'stage.education': 'stage.background',
          'stage.first-ai-role': 'stage.ai-delivery',
          'stage.leadership': 'stage.towards-head-of-ai'
        }
      : { 'stage.leadership': 'stage.towards-head-of-ai' }
};

/** The content id a generated plan's stage is stored with: the variant that fits the person, else the generic stage. */
export function stageIdFor(routeId: string, stageId: StageTemplateId, person: Person): string {
  return VARIANTS[routeId]?.(person)[stageId] ?? stageId;
}

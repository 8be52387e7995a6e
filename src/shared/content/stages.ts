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

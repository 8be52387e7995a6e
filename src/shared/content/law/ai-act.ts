/**
 * The AI Act's dates as Regulation (EU) 2026/1744 (in force on 27 July 2026) left them. The amended
 * text was read in two secondary sources that agree, not in the Official Journal: entries say so.
 */
import { LAW_MARKET_CHECKED } from '../facts';
import type { CalendarEntry } from './calendar';

const checked = LAW_MARKET_CHECKED;
const TIMELINE = [
  'ThomasMoreAI/legal-skills-open, timeline.md (2026-08-05)',
  'siegfriedbolz/ai-governance-watch, reference_eu_ai_act.md (2026-09-21)'
];

export const AI_ACT_ENTRIES: CalendarEntry[] = [
  {
    id: 'regulation.aia-entry-into-force',
    law: 'ai-act',
    date: '2024-08-01',
    name: { en: 'AI Act enters into force', fr: 'Entrée en vigueur du règlement sur l’IA' },
    applies: {
      en: 'Regulation (EU) 2024/1689 becomes law; its obligations then apply in steps, on the dates below.',
      fr: 'Le règlement (UE) 2024/1689 entre en vigueur ; ses obligations s’appliquent ensuite par étapes, aux dates qui suivent.'
    },
    bound: ['providers', 'deployers'],
    reference: { en: 'Reg. (EU) 2024/1689, Art. 113, first paragraph', fr: 'Règl. (UE) 2024/1689, art. 113, premier alinéa' },
    plannable: false,
    source: { citations: ['EUR-Lex, OJ L 12.7.2024', ...TIMELINE], checked }
  },
  {
    id: 'regulation.aia-prohibitions-literacy',
    law: 'ai-act',
    date: '2025-02-02',
    name: { en: 'Prohibited AI practices and AI literacy', fr: 'Pratiques d’IA interdites et maîtrise de l’IA' },
    applies: {
      en: 'The practices banned by Article 5 must stop, and organisations take measures so that the people who run or use their AI systems understand them well enough.',
      fr: 'Les pratiques interdites par l’article 5 doivent cesser, et les organisations prennent des mesures pour que les personnes qui exploitent ou utilisent leurs systèmes d’IA les comprennent suffisamment.'
    },
    bound: ['providers', 'deployers'],
    reference: { en: 'Arts. 4 and 5; Art. 113, third paragraph, point (a)', fr: 'Art. 4 et 5 ; art. 113, troisième alinéa, point a)' },
    caveat: {
      en: 'As amended in 2026, Article 4 asks to support the development of AI literacy rather than guarantee a level; two secondary sources agree, the Official Journal wording was not checked. No certificate is required: internal records suffice.',
      fr: 'Depuis la modification de 2026, l’article 4 demande de favoriser la maîtrise de l’IA plutôt que d’en garantir un niveau ; deux sources secondaires concordent, le texte du Journal officiel n’a pas été vérifié. Aucun certificat n’est exigé : des traces internes suffisent.'
    },
    plannable: true,
    source: { citations: [...TIMELINE, 'covingtonblogs.com (2025-05-27)'], checked }
  },
  {
    id: 'regulation.aia-gpai-governance',
    law: 'ai-act',
    date: '2025-08-02',
    name: {
      en: 'General-purpose AI models, governance and penalties',
      fr: 'Modèles d’IA à usage général, gouvernance et sanctions'
    },
    applies: {
      en: 'Providers of general-purpose AI models meet their Chapter V duties; Member States set up their authorities and penalties. Fines reach €35 million or 7% of worldwide turnover for a banned practice, €15 million or 3% for most other breaches.',
      fr: 'Les fournisseurs de modèles d’IA à usage général respectent les obligations du chapitre V ; les États membres mettent en place leurs autorités et leurs sanctions. Les amendes atteignent 35 millions d’euros ou 7 % du chiffre d’affaires mondial pour une pratique interdite, 15 millions ou 3 % pour la plupart des autres manquements.'
    },
    bound: ['gpaiProviders', 'memberStates'],
    reference: {
      en: 'Chapters V, VII and XII, Art. 78, Art. 99; Art. 113, third paragraph, point (b)',
      fr: 'Chapitres V, VII et XII, art. 78, art. 99 ; art. 113, troisième alinéa, point b)'
    },
    plannable: true,
    source: { citations: TIMELINE, checked }
  },
  {
    id: 'regulation.aia-omnibus',
    law: 'ai-act',
    date: '2026-07-27',
    name: { en: 'The AI Act amended (Regulation (EU) 2026/1744)', fr: 'Le règlement sur l’IA modifié (règlement (UE) 2026/1744)' },
    applies: {
      en: 'The Digital Omnibus on AI, published on 24 July 2026, is in force: it moves the high-risk dates, adds prohibitions and reinstates the registration of systems declared not high-risk. It does not change the GDPR.',
      fr: 'L’omnibus numérique sur l’IA, publié le 24 juillet 2026, est en vigueur : il déplace les dates du haut risque, ajoute des interdictions et rétablit l’enregistrement des systèmes déclarés non à haut risque. Il ne modifie pas le RGPD.'
    },
    bound: ['providers', 'deployers'],
    reference: { en: 'Reg. (EU) 2026/1744 of 8 July 2026', fr: 'Règl. (UE) 2026/1744 du 8 juillet 2026' },
    plannable: false,
    source: { citations: TIMELINE, checked }
  },
  {
    id: 'regulation.aia-transparency',
    law: 'ai-act',
    date: '2026-08-02',
    name: { en: 'Transparency duties and general application', fr: 'Obligations de transparence et application générale' },
    applies: {
      en: 'People must be told when they deal with an AI system, and AI-generated content must be marked. Conformity assessment, certificates and registration in the EU database apply, as do Commission fines on general-purpose model providers.',
      fr: 'Les personnes doivent savoir qu’elles ont affaire à un système d’IA, et les contenus générés par IA doivent être marqués. L’évaluation de la conformité, les certificats et l’enregistrement dans la base de données de l’UE s’appliquent, ainsi que les amendes de la Commission aux fournisseurs de modèles à usage général.'
    },
    bound: ['providers', 'deployers'],
    reference: {
      en: 'Art. 50, Arts. 40–49, Art. 101; Art. 113, second paragraph',
      fr: 'Art. 50, art. 40 à 49, art. 101 ; art. 113, deuxième alinéa'
    },
    caveat: {
      en: 'Before the 2026 amendment, the Annex III high-risk duties were also due on this date.',
      fr: 'Avant la modification de 2026, les obligations à haut risque de l’annexe III tombaient aussi à cette date.'
    },
    plannable: true,
    source: { citations: TIMELINE, checked }
  },
  {
    id: 'regulation.aia-december-2026',
    law: 'ai-act',
    date: '2026-12-02',
    name: { en: 'New prohibitions and the end of the marking grace', fr: 'Nouvelles interdictions et fin du délai de marquage' },
    applies: {
      en: 'AI systems that generate non-consensual intimate images or child sexual abuse material are banned. Generative systems placed on the market before 2 August 2026 must now mark their output in a machine-readable way.',
      fr: 'Les systèmes d’IA qui génèrent des images intimes non consenties ou des contenus pédocriminels sont interdits. Les systèmes génératifs mis sur le marché avant le 2 août 2026 doivent désormais marquer leurs contenus de façon lisible par machine.'
    },
    bound: ['providers'],
    reference: { en: 'Art. 5(1)(ba) and (bb); Art. 111(4)', fr: 'Art. 5, par. 1, points ba) et bb) ; art. 111, par. 4' },
    plannable: true,
    source: { citations: TIMELINE, checked }
  },
  {
    id: 'regulation.aia-gpai-legacy',
    law: 'ai-act',
    date: '2027-08-02',
    name: { en: 'Older general-purpose models and national sandboxes', fr: 'Anciens modèles à usage général et bacs à sable nationaux' },
    applies: {
      en: 'General-purpose AI models placed on the market before 2 August 2025 must comply, and each Member State must have an AI regulatory sandbox running.',
      fr: 'Les modèles d’IA à usage général mis sur le marché avant le 2 août 2025 doivent être conformes, et chaque État membre doit avoir un bac à sable réglementaire de l’IA en service.'
    },
    bound: ['gpaiProviders', 'memberStates'],
    reference: { en: 'Art. 111(3); Art. 57(1) as amended', fr: 'Art. 111, par. 3 ; art. 57, par. 1, modifié' },
    caveat: {
      en: 'The sandboxes were due on 2 August 2026 before the amendment.',
      fr: 'Les bacs à sable étaient attendus pour le 2 août 2026 avant la modification.'
    },
    plannable: true,
    source: { citations: TIMELINE, checked }
  },
  {
    id: 'regulation.aia-annex-iii',
    law: 'ai-act',
    date: '2027-12-02',
    name: { en: 'High-risk AI systems of Annex III', fr: 'Systèmes d’IA à haut risque de l’annexe III' },
    applies: {
      en: 'Stand-alone high-risk systems (hiring, credit, education, public services…) must meet the requirements on risk, data, logs, oversight and accuracy. Deployers follow the provider’s instructions, keep logs and, for public services, credit scoring or insurance pricing, assess the impact on fundamental rights before first use.',
      fr: 'Les systèmes autonomes à haut risque (recrutement, crédit, éducation, services publics…) doivent respecter les exigences sur les risques, les données, la journalisation, le contrôle humain et l’exactitude. Les déployeurs suivent les instructions du fournisseur, conservent les journaux et, pour un service public, la notation de crédit ou la tarification d’assurance, évaluent l’impact sur les droits fondamentaux avant la première utilisation.'
    },
    bound: ['providers', 'deployers'],
    reference: {
      en: 'Art. 6(2), Arts. 8–22, 26 and 27; Art. 113, third paragraph, point (c) as amended',
      fr: 'Art. 6, par. 2, art. 8 à 22, 26 et 27 ; art. 113, troisième alinéa, point c), modifié'
    },
    caveat: { en: 'Originally due on 2 August 2026.', fr: 'Initialement prévu pour le 2 août 2026.' },
    plannable: true,
    source: { citations: [...TIMELINE, 'confir.eu (Art. 27)'], checked }
  },
  {
    id: 'regulation.aia-annex-i',
    law: 'ai-act',
    date: '2028-08-02',
    name: { en: 'High-risk AI built into products (Annex I)', fr: 'IA à haut risque intégrée aux produits (annexe I)' },
    applies: {
      en: 'AI that is a safety component of a regulated product, such as a medical device, a machine or a toy, must meet the high-risk requirements.',
      fr: 'L’IA qui est un composant de sécurité d’un produit réglementé, comme un dispositif médical, une machine ou un jouet, doit respecter les exigences du haut risque.'
    },
    bound: ['providers'],
    reference: {
      en: 'Art. 6(1); Art. 113, third paragraph, point (c) as amended',
      fr: 'Art. 6, par. 1 ; art. 113, troisième alinéa, point c), modifié'
    },
    caveat: { en: 'Originally due on 2 August 2027.', fr: 'Initialement prévu pour le 2 août 2027.' },
    plannable: true,
    source: { citations: TIMELINE, checked }
  },
  {
    id: 'regulation.aia-public-legacy',
    law: 'ai-act',
    date: '2030-08-02',
    name: { en: 'Existing high-risk systems used by public authorities', fr: 'Systèmes à haut risque existants des autorités publiques' },
    applies: {
      en: 'High-risk systems already in use by public authorities must comply. A significant change to an older system makes it comply in full at once.',
      fr: 'Les systèmes à haut risque déjà utilisés par les autorités publiques doivent être conformes. Une modification importante d’un système ancien l’oblige à l’être entièrement dès ce moment.'
    },
    bound: ['providers', 'deployers', 'publicBodies'],
    reference: { en: 'Art. 111(2)', fr: 'Art. 111, par. 2' },
    plannable: true,
    source: { citations: TIMELINE, checked }
  },
  {
    id: 'regulation.aia-annex-x',
    law: 'ai-act',
    date: '2030-12-31',
    name: { en: 'Large-scale EU IT systems (Annex X)', fr: 'Grands systèmes d’information de l’UE (annexe X)' },
    applies: {
      en: 'AI components of the large-scale EU IT systems listed in Annex X, placed on the market before 2 August 2027, must comply.',
      fr: 'Les composants d’IA des grands systèmes d’information de l’UE listés à l’annexe X, mis sur le marché avant le 2 août 2027, doivent être conformes.'
    },
    bound: [],
    reference: { en: 'Art. 111(1)', fr: 'Art. 111, par. 1' },
    plannable: false,
    source: { citations: TIMELINE, checked }
  }
];

/**
 * The Chief AI Officer role sheet. Facts and figures come from the French career article kept as
 * the project's seed; the wording is the app's own, in both languages.
 */
import type { Item, Text } from './text';

export const ROLE_SUMMARY: Text = {
  en: 'The Chief AI Officer (CAIO), also called Head of AI, sets the company’s artificial-intelligence strategy and oversees how AI is brought into products and internal processes.',
  fr: 'Le Chief AI Officer (CAIO), aussi appelé Head of AI ou directeur de l’IA, fixe la stratégie d’intelligence artificielle de l’entreprise et pilote l’intégration de l’IA dans ses produits et ses processus.'
};

export const MISSIONS: Item[] = [
  {
    id: 'mission.strategy',
    text: {
      en: 'Define the AI strategy and carry it out, keeping it aligned with business goals.',
      fr: 'Définir la stratégie IA et la mettre en œuvre, en cohérence avec les objectifs de l’entreprise.'
    }
  },
  {
    id: 'mission.opportunities',
    text: {
      en: 'Find, department by department, where AI brings the most value.',
      fr: 'Repérer, service par service, les usages où l’IA apporte le plus de valeur.'
    }
  },
  {
    id: 'mission.projects',
    text: {
      en: 'Oversee every AI project from first design to production.',
      fr: 'Superviser chaque projet d’IA, de la conception jusqu’à la mise en production.'
    }
  },
  {
    id: 'mission.watch',
    text: {
      en: 'Keep a continuous watch on AI advances so the company stays ahead.',
      fr: 'Assurer une veille permanente sur les progrès de l’IA pour garder l’entreprise en avance.'
    }
  },
  {
    id: 'mission.resources',
    text: {
      en: 'Build and lead expert teams, manage equipment and allocate budgets.',
      fr: 'Constituer et diriger des équipes d’experts, gérer les moyens matériels et répartir les budgets.'
    }
  },
  {
    id: 'mission.ethics',
    text: {
      en: 'Guarantee ethical AI that complies with regulation such as the GDPR and the EU AI Act.',
      fr: 'Garantir une IA éthique et conforme à la réglementation, notamment le RGPD et le règlement européen sur l’IA (AI Act).'
    }
  },
  {
    id: 'mission.transversal',
    text: {
      en: 'Work hand in hand with the other executives to build AI into the overall strategy.',
      fr: 'Travailler avec les autres membres de la direction pour intégrer l’IA à la stratégie globale.'
    }
  },
  {
    id: 'mission.impact',
    text: {
      en: 'Measure the impact of AI initiatives and report it to internal and external stakeholders.',
      fr: 'Mesurer l’impact des initiatives IA et en rendre compte aux parties prenantes internes et externes.'
    }
  }
];

export const STUDIES: Item[] = [
  {
    id: 'studies.technical',
    text: {
      en: 'A five-year higher-education degree at least (French bac+5: master’s or engineering school) in computer science, data science or artificial intelligence.',
      fr: 'Un diplôme de niveau bac+5 au minimum (master ou école d’ingénieurs) en informatique, en data science ou en intelligence artificielle.'
    }
  },
  {
    id: 'studies.business',
    text: {
      en: 'Or a business school or MBA programme with a strong technology component.',
      fr: 'Ou une école de commerce ou un MBA comportant une forte composante technologique.'
    }
  }
];

export const WORK_CONTEXT: Item[] = [
  {
    id: 'context.us-federal',
    text: {
      en: 'In the United States the role appeared in large groups and start-ups, and a White House directive made federal agencies appoint officials responsible for AI.',
      fr: 'Aux États-Unis, le poste est né dans de grands groupes et des start-up ; une directive de la Maison-Blanche a obligé les agences fédérales à nommer des responsables de l’IA.'
    }
  },
  {
    id: 'context.france',
    text: {
      en: 'In France the role exists mainly in start-ups and large groups.',
      fr: 'En France, le poste se rencontre surtout dans les start-up et les grands groupes.'
    }
  },
  {
    id: 'context.it-leaders',
    text: {
      en: 'IT leaders are often promoted to head the AI strategy, because AI can touch every business function.',
      fr: 'Ce sont souvent des responsables informatiques qui prennent la tête de la stratégie IA, car l’IA peut toucher tous les métiers de l’entreprise.'
    }
  }
];

export { COMPANY_SIZES, type CompanySize } from '../model';
export { ARTICLE_SOURCE, SALARY_BANDS, SALARY_NOTE, type SalaryBand, type Source } from './pay';

export const EVOLUTION: Item[] = [
  {
    id: 'evolution.cio',
    text: {
      en: 'Chief Information Officer (in France, DSI: head of information systems).',
      fr: 'Directeur ou directrice des systèmes d’information (DSI).'
    }
  },
  {
    id: 'evolution.cto',
    text: { en: 'Chief Technology Officer (CTO).', fr: 'Directeur ou directrice technique (CTO).' }
  },
  {
    id: 'evolution.general-management',
    text: {
      en: 'Other general-management roles, thanks to the management experience gained.',
      fr: 'D’autres fonctions de direction générale, grâce à l’expérience managériale acquise.'
    }
  }
];

export const PROS: Item[] = [
  {
    id: 'pro.pay',
    text: { en: 'High pay in a cutting-edge field.', fr: 'Une rémunération élevée dans un domaine de pointe.' }
  },
  {
    id: 'pro.variety',
    text: { en: 'Varied work alongside many teams.', fr: 'Un travail varié, au contact de nombreuses équipes.' }
  },
  { id: 'pro.influence', text: { en: 'Prestige and influence.', fr: 'Du prestige et de l’influence.' } }
];

export const CONS: Item[] = [
  {
    id: 'con.training',
    text: {
      en: 'Constant retraining on AI technologies and regulatory frameworks.',
      fr: 'Une formation continue obligatoire sur les technologies d’IA et les cadres réglementaires.'
    }
  },
  {
    id: 'con.meetings',
    text: { en: 'Many coordination meetings.', fr: 'De nombreuses réunions de coordination.' }
  },
  {
    id: 'con.time',
    text: {
      en: 'Demanding time management across many projects at once.',
      fr: 'Une gestion du temps exigeante, entre de multiples projets menés de front.'
    }
  },
  {
    id: 'con.pressure',
    text: {
      en: 'Pressure and accountability for AI governance and regulatory compliance.',
      fr: 'La pression et la responsabilité de la gouvernance de l’IA et de la conformité réglementaire.'
    }
  }
];

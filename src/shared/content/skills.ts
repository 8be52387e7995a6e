/** The CAIO skill referential: the article's technical and behavioural skills. */
import type { Text } from './text';

export const SKILL_CATEGORIES = ['technical', 'behavioural'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface Skill {
  id: string;
  category: SkillCategory;
  name: Text;
  description: Text;
  /** Named tools or frameworks: a product name is the same in both languages, a regulation is not. */
  tools?: Array<string | Text>;
}

export const SKILLS: Skill[] = [
  {
    id: 'skill.ai-ml',
    category: 'technical',
    name: { en: 'Artificial intelligence and machine learning', fr: 'Intelligence artificielle et machine learning' },
    description: {
      en: 'Deep expertise in AI and machine-learning methods and their limits.',
      fr: 'Une expertise solide des méthodes d’IA et d’apprentissage automatique, et de leurs limites.'
    }
  },
  {
    id: 'skill.cloud-data',
    category: 'technical',
    name: { en: 'Cloud computing and big data', fr: 'Cloud computing et big data' },
    description: {
      en: 'Running data and models at scale on cloud platforms, with MLOps practice.',
      fr: 'Exploiter données et modèles à grande échelle sur des plateformes cloud, avec une pratique du MLOps.'
    },
    tools: ['AWS', 'Google Cloud Platform', 'Microsoft Azure', 'MLOps', 'Hadoop', 'Spark', 'Kafka', 'Docker', 'Kubernetes']
  },
  {
    id: 'skill.agile',
    category: 'technical',
    name: { en: 'Agile project management', fr: 'Gestion de projet agile' },
    description: {
      en: 'Hands-on experience of agile methods, Scrum and SAFe in particular.',
      fr: 'Une expérience concrète des méthodes agiles, en particulier Scrum et SAFe.'
    },
    tools: ['Scrum', 'SAFe']
  },
  {
    id: 'skill.collaboration-tools',
    category: 'technical',
    name: { en: 'Collaborative project and delivery tools', fr: 'Outils collaboratifs de gestion de projet et de production' },
    description: {
      en: 'Daily use of the tools teams plan, discuss and ship with.',
      fr: 'La pratique quotidienne des outils avec lesquels les équipes planifient, échangent et livrent.'
    },
    tools: ['Asana', 'Jira', 'Slack', 'Trello', 'GitHub']
  },
  {
    id: 'skill.cybersecurity',
    category: 'technical',
    name: { en: 'Cybersecurity', fr: 'Cybersécurité' },
    description: {
      en: 'Working knowledge of security risks and defences for data and AI systems.',
      fr: 'Une bonne connaissance des risques de sécurité et des protections des données et des systèmes d’IA.'
    }
  },
  {
    id: 'skill.regulation',
    category: 'technical',
    name: { en: 'Regulation (GDPR, EU AI Act)', fr: 'Réglementation (RGPD, règlement européen sur l’IA)' },
    description: {
      en: 'Knowledge of national and international rules that apply to data and AI.',
      fr: 'La connaissance des règles nationales et internationales applicables aux données et à l’IA.'
    },
    tools: [
      { en: 'GDPR', fr: 'RGPD' },
      { en: 'EU AI Act', fr: 'règlement européen sur l’IA' }
    ]
  },
  {
    id: 'skill.leadership',
    category: 'behavioural',
    name: { en: 'Leadership and strategic vision', fr: 'Leadership et vision stratégique' },
    description: {
      en: 'Setting a clear AI vision and rallying teams from several departments behind it.',
      fr: 'Fixer une vision claire de l’IA et y rallier des équipes de plusieurs services.'
    }
  },
  {
    id: 'skill.communication',
    category: 'behavioural',
    name: { en: 'Communication and popularisation', fr: 'Communication et vulgarisation' },
    description: {
      en: 'Public speaking and explaining complex technical ideas to non-specialists.',
      fr: 'Prendre la parole en public et rendre accessibles des notions techniques complexes.'
    }
  },
  {
    id: 'skill.negotiation',
    category: 'behavioural',
    name: { en: 'Listening and negotiation', fr: 'Écoute et négociation' },
    description: {
      en: 'Winning stakeholder support for AI initiatives and negotiating budgets and resources.',
      fr: 'Obtenir l’adhésion des parties prenantes et négocier budgets et ressources.'
    }
  },
  {
    id: 'skill.analysis',
    category: 'behavioural',
    name: { en: 'Analysis and synthesis', fr: 'Analyse et synthèse' },
    description: {
      en: 'Breaking down complex situations and summarising what matters.',
      fr: 'Décortiquer des situations complexes et en dégager l’essentiel.'
    }
  },
  {
    id: 'skill.market-awareness',
    category: 'behavioural',
    name: { en: 'Awareness of market trends', fr: 'Veille sur les tendances du marché' },
    description: {
      en: 'Following the market and the moves of competitors and vendors.',
      fr: 'Suivre le marché et les mouvements des concurrents et des fournisseurs.'
    }
  },
  {
    id: 'skill.change-management',
    category: 'behavioural',
    name: { en: 'Change management', fr: 'Conduite du changement' },
    description: {
      en: 'Handling resistance to change and driving the adoption of AI across the organisation.',
      fr: 'Gérer les résistances et faire adopter l’IA dans toute l’organisation.'
    }
  },
  {
    id: 'skill.english',
    category: 'behavioural',
    name: { en: 'Excellent English', fr: 'Excellent niveau d’anglais' },
    description: {
      en: 'Fluent spoken and written English.',
      fr: 'Un anglais courant, à l’oral comme à l’écrit.'
    }
  }
];

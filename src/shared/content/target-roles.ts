/**
 * Roles beyond CAIO that the article names as natural next steps (CIO — DSI in France — and CTO),
 * as skill targets. Each lists only the skills whose expected level differs from the CAIO profile;
 * the rest keep the CAIO target. The levels are CAIO Path's own reading of the roles.
 */
import { SKILLS, type SkillLevel } from './skills';
import type { Text } from './text';

export const TARGET_ROLE_IDS = ['role.caio', 'role.cio', 'role.cto'] as const;
export type TargetRoleId = (typeof TARGET_ROLE_IDS)[number];

export interface TargetRole {
  id: TargetRoleId;
  name: Text;
  summary: Text;
  /** Expected levels that differ from the CAIO profile. */
  changes: Partial<Record<string, SkillLevel>>;
  /** What the role adds that the referential does not rate. */
  beyond: Text[];
}

export const TARGET_ROLES: TargetRole[] = [
  {
    id: 'role.caio',
    name: { en: 'Chief AI Officer', fr: 'Chief AI Officer (directeur ou directrice de l’IA)' },
    summary: {
      en: 'Sets and delivers the company’s AI strategy, its governance and its compliance.',
      fr: 'Définit et met en œuvre la stratégie IA de l’entreprise, sa gouvernance et sa conformité.'
    },
    changes: {},
    beyond: []
  },
  {
    id: 'role.cio',
    name: { en: 'Chief Information Officer (DSI)', fr: 'Directeur ou directrice des systèmes d’information (DSI)' },
    summary: {
      en: 'Answers for all of the company’s information systems, their security, their budget and their suppliers.',
      fr: 'Répond de l’ensemble des systèmes d’information de l’entreprise, de leur sécurité, de leur budget et de leurs fournisseurs.'
    },
    changes: {
      'skill.cloud-platforms': 4,
      'skill.big-data': 3,
      'skill.data-security': 4,
      'skill.ai-security': 4,
      'skill.safe': 3,
      'skill.project-tools': 3,
      'skill.negotiation': 4,
      'skill.machine-learning': 2,
      'skill.generative-ai': 2
    },
    beyond: [
      {
        en: 'Running an IT budget and the contracts of many suppliers.',
        fr: 'Piloter un budget informatique et les contrats de nombreux fournisseurs.'
      },
      {
        en: 'Keeping business-critical systems available, day and night.',
        fr: 'Assurer la disponibilité des systèmes critiques, jour et nuit.'
      }
    ]
  },
  {
    id: 'role.cto',
    name: { en: 'Chief Technology Officer (CTO)', fr: 'Directeur ou directrice technique (CTO)' },
    summary: {
      en: 'Leads the technology the company builds and sells: its architecture, its engineering teams and its choices.',
      fr: 'Dirige la technologie que l’entreprise construit et vend : son architecture, ses équipes d’ingénierie et ses choix.'
    },
    changes: {
      'skill.cloud-platforms': 4,
      'skill.containers': 4,
      'skill.big-data': 3,
      'skill.mlops': 4,
      'skill.team-tools': 4,
      'skill.scrum': 4,
      'skill.ai-security': 4,
      'skill.ai-act': 3,
      'skill.ai-ethics': 3
    },
    beyond: [
      { en: 'Owning the product’s architecture and its technical debt.', fr: 'Porter l’architecture du produit et sa dette technique.' },
      { en: 'Hiring and growing engineering managers.', fr: 'Recruter et faire grandir les managers d’ingénierie.' }
    ]
  }
];

/** The level a role expects of a skill: its own change, else the CAIO target. */
export function roleTarget(role: TargetRole, skillId: string): SkillLevel {
  const skill = SKILLS.find((item) => item.id === skillId);
  return role.changes[skillId] ?? skill?.target ?? 0;
}

export function targetRole(id: TargetRoleId): TargetRole {
  const role = TARGET_ROLES.find((item) => item.id === id);
  if (!role) throw new Error(`Unknown role ${id}`);
  return role;
}

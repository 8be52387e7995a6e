/** Certifications for AI governance, data protection, security and management. */
import { LAW_MARKET_CHECKED } from '../facts';
import type { Certification } from './certification';

const checked = LAW_MARKET_CHECKED;
const unknownInFrance = { register: 'unknown' } as const;
const iappRenewal = {
  en: '20 continuing-education credits (CPE) per two-year term, plus a $250 maintenance fee per term, included in IAPP membership.',
  fr: '20 crédits de formation continue (CPE) par période de deux ans, plus des frais de maintien de 250 $ par période, compris dans l’adhésion à l’IAPP.'
};
const pecbRenewal = {
  en: 'Continuing professional development declared every year and an annual maintenance fee; for a Lead credential, about 90 hours over the three years.',
  fr: 'Formation continue déclarée chaque année et frais de maintien annuels ; pour un titre « Lead », environ 90 heures sur les trois ans.'
};

export const GOVERNANCE_CERTIFICATIONS: Certification[] = [
  {
    id: 'certification.iapp-aigp',
    name: 'AIGP — Artificial Intelligence Governance Professional',
    issuer: 'IAPP',
    skillIds: ['skill.ai-act', 'skill.ai-ethics'],
    evidences: {
      en: 'AI governance: the EU AI Act, the NIST AI risk management framework, ISO/IEC 42001.',
      fr: 'Gouvernance de l’IA : règlement européen sur l’IA, cadre de gestion des risques du NIST, ISO/IEC 42001.'
    },
    validityYears: 2,
    renewal: iappRenewal,
    cost: { min: 649, max: 799, currency: 'USD', basis: 'quoted' },
    costNote: { en: 'Exam, member or non-member price.', fr: 'Examen, tarif membre ou non membre.' },
    france: unknownInFrance,
    note: {
      en: 'Not accredited to ISO/IEC 17024, unlike CIPP/E and CIPM.',
      fr: 'Non accrédité selon l’ISO/IEC 17024, contrairement au CIPP/E et au CIPM.'
    },
    source: { citations: ['iapp.org/certify/cpe', 'open-exam-prep.com (2026-04-23)'], checked }
  },
  {
    id: 'certification.iapp-cippe',
    name: 'CIPP/E — Certified Information Privacy Professional/Europe',
    issuer: 'IAPP',
    skillIds: ['skill.gdpr'],
    evidences: { en: 'European data protection law, the GDPR first.', fr: 'Droit européen de la protection des données, RGPD en tête.' },
    validityYears: 2,
    renewal: iappRenewal,
    cost: null,
    france: unknownInFrance,
    note: { en: 'The exam can be taken in French.', fr: 'L’examen existe en français.' },
    source: { citations: ['iapp.org/certify/cpe', 'prosica.fr'], checked }
  },
  {
    id: 'certification.iapp-cipm',
    name: 'CIPM — Certified Information Privacy Manager',
    issuer: 'IAPP',
    skillIds: ['skill.gdpr'],
    evidences: {
      en: 'Running a privacy programme in an organisation.',
      fr: 'Piloter un programme de protection des données dans une organisation.'
    },
    validityYears: 2,
    renewal: iappRenewal,
    cost: null,
    france: unknownInFrance,
    source: { citations: ['iapp.org/certify/cpe'], checked }
  },
  {
    id: 'certification.cnil-dpo',
    name: 'Certification des compétences du DPO (CNIL)',
    issuer: 'CNIL',
    skillIds: ['skill.gdpr'],
    evidences: {
      en: 'The skills of a data protection officer, assessed by a body the CNIL has approved: a 100-question test, 75% to pass. It is not required to work as a DPO.',
      fr: 'Les compétences de délégué à la protection des données, évaluées par un organisme agréé par la CNIL : un QCM de 100 questions, 75 % pour réussir. Elle n’est pas obligatoire pour exercer comme DPO.'
    },
    validityYears: 3,
    renewal: {
      en: 'No renewal rule found in the sources: check with the certifying body.',
      fr: 'Aucune règle de renouvellement trouvée dans les sources : à vérifier auprès de l’organisme certificateur.'
    },
    cost: null,
    france: unknownInFrance,
    source: { citations: ['bizouard.com', 'impact-rgpd.fr'], checked }
  },
  {
    id: 'certification.pecb-42001-li',
    name: 'ISO/IEC 42001 Lead Implementer',
    issuer: 'PECB',
    skillIds: ['skill.ai-ethics', 'skill.ai-act'],
    evidences: {
      en: 'Setting up an AI management system to ISO/IEC 42001.',
      fr: 'Mettre en place un système de management de l’IA selon l’ISO/IEC 42001.'
    },
    validityYears: 3,
    renewal: pecbRenewal,
    cost: null,
    costNote: { en: 'Training providers often include the exam.', fr: 'Les organismes de formation incluent souvent l’examen.' },
    france: unknownInFrance,
    note: {
      en: 'The Lead level asks for five years of experience, two of them in AI management.',
      fr: 'Le niveau « Lead » demande cinq ans d’expérience, dont deux en management de l’IA.'
    },
    source: { citations: ['pecb.com/en/certification-maintenance', 'edutrainings.eu'], checked }
  },
  {
    id: 'certification.pecb-42001-la',
    name: 'ISO/IEC 42001 Lead Auditor',
    issuer: 'PECB',
    skillIds: ['skill.ai-ethics'],
    evidences: {
      en: 'Auditing an AI management system to ISO/IEC 42001.',
      fr: 'Auditer un système de management de l’IA selon l’ISO/IEC 42001.'
    },
    validityYears: 3,
    renewal: pecbRenewal,
    cost: null,
    france: unknownInFrance,
    source: { citations: ['pecb.com/en/certification-maintenance', 'cyberacademy.net'], checked }
  },
  {
    id: 'certification.isc2-cissp',
    name: 'CISSP',
    issuer: 'ISC2',
    skillIds: ['skill.data-security'],
    evidences: { en: 'Leading information security.', fr: 'Diriger la sécurité de l’information.' },
    validityYears: 3,
    renewal: {
      en: '120 CPE credits per three-year cycle and an annual maintenance fee of $135.',
      fr: '120 crédits CPE par cycle de trois ans et des frais de maintien annuels de 135 $.'
    },
    cost: { min: 749, max: 749, currency: 'USD', basis: 'quoted' },
    france: unknownInFrance,
    source: { citations: ['isc2.org', 'japan.isc2.org (AMF)'], checked }
  },
  {
    id: 'certification.isaca-cism',
    name: 'CISM',
    issuer: 'ISACA',
    skillIds: ['skill.data-security'],
    evidences: { en: 'Managing and governing information security.', fr: 'Manager et gouverner la sécurité de l’information.' },
    validityYears: 3,
    renewal: {
      en: 'At least 20 CPE a year and 120 over three years, an annual maintenance fee ($45 member, $85 non-member), and an audit if selected.',
      fr: 'Au moins 20 CPE par an et 120 sur trois ans, des frais de maintien annuels (45 $ membre, 85 $ non-membre), et un contrôle en cas de tirage au sort.'
    },
    cost: null,
    france: unknownInFrance,
    source: { citations: ['isaca.org, Maintain CISM', 'open-exam-prep.com'], checked }
  },
  {
    id: 'certification.pmi-pmp',
    name: 'PMP — Project Management Professional',
    issuer: 'PMI',
    skillIds: ['skill.ai-delivery'],
    evidences: { en: 'Managing projects and programmes.', fr: 'Gérer des projets et des programmes.' },
    validityYears: 3,
    renewal: {
      en: '60 professional development units per three-year cycle and a renewal fee of $60 (member) or $150.',
      fr: '60 unités de développement professionnel par cycle de trois ans et des frais de renouvellement de 60 $ (membre) ou 150 $.'
    },
    cost: { min: 405, max: 575, currency: 'USD', basis: 'quoted' },
    costNote: {
      en: 'Exam, member price to non-member price; sources differ on the latter ($555 or $575).',
      fr: 'Examen, du tarif membre au tarif non membre ; les sources divergent sur ce dernier (555 $ ou 575 $).'
    },
    france: unknownInFrance,
    source: { citations: ['projectmanagement.ie', 'staragile.com', 'tspknowledgebase.com'], checked }
  }
];

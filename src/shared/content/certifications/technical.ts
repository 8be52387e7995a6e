/** Certifications for cloud AI platforms and agile delivery. */
import { LAW_MARKET_CHECKED } from '../facts';
import type { Certification } from './certification';

const checked = LAW_MARKET_CHECKED;
const unknownInFrance = { register: 'unknown' } as const;
const AWS_POLICY = 'aws.amazon.com/certification/policies/recertification';
const awsRenewal = {
  en: 'Pass the latest version of the exam (or a higher-level one) before expiry; AWS counts no continuing-education credits.',
  fr: 'Réussir la dernière version de l’examen (ou un examen de niveau supérieur) avant l’expiration ; AWS ne compte aucun crédit de formation continue.'
};

export const TECHNICAL_CERTIFICATIONS: Certification[] = [
  {
    id: 'certification.aws-ai-practitioner',
    name: 'AWS Certified AI Practitioner (AIF-C01)',
    issuer: 'AWS',
    skillIds: ['skill.generative-ai', 'skill.cloud-platforms'],
    evidences: {
      en: 'AI and generative AI literacy for people who do not build models.',
      fr: 'Culture de l’IA et de l’IA générative pour qui ne construit pas de modèles.'
    },
    validityYears: 3,
    renewal: {
      en: 'Pass the latest version of this exam or ML Engineer – Associate; AWS counts no continuing-education credits and offers a 50% voucher.',
      fr: 'Réussir la dernière version de cet examen ou ML Engineer – Associate ; AWS ne compte aucun crédit de formation continue et offre un bon de réduction de 50 %.'
    },
    cost: { min: 100, max: 100, currency: 'USD', basis: 'quoted' },
    france: unknownInFrance,
    source: { citations: [AWS_POLICY], checked }
  },
  {
    id: 'certification.aws-ml-engineer',
    name: 'AWS Certified Machine Learning Engineer – Associate (MLA-C01)',
    issuer: 'AWS',
    skillIds: ['skill.mlops', 'skill.cloud-platforms'],
    evidences: {
      en: 'Deploying and running machine-learning models on AWS.',
      fr: 'Déployer et exploiter des modèles d’apprentissage automatique sur AWS.'
    },
    validityYears: 3,
    renewal: awsRenewal,
    cost: { min: 150, max: 150, currency: 'USD', basis: 'quoted' },
    france: unknownInFrance,
    source: { citations: [AWS_POLICY, 'learning-content.pages.dev (2026-03-07)'], checked }
  },
  {
    id: 'certification.aws-ml-specialty',
    name: 'AWS Certified Machine Learning – Specialty (MLS-C01)',
    issuer: 'AWS',
    skillIds: ['skill.machine-learning', 'skill.cloud-platforms'],
    evidences: { en: 'Classic machine learning on AWS.', fr: 'Apprentissage automatique classique sur AWS.' },
    validityYears: 3,
    renewal: {
      en: 'Cannot be earned again: holders stay certified until their expiry date.',
      fr: 'Ne peut plus être obtenue : les titulaires restent certifiés jusqu’à leur date d’expiration.'
    },
    cost: null,
    france: unknownInFrance,
    retiredOn: '2026-03-31',
    source: { citations: ['certqna.pages.dev', 'ctaio.dev'], checked }
  },
  {
    id: 'certification.aws-genai-developer',
    name: 'AWS Certified Generative AI Developer – Professional (AIP-C01)',
    issuer: 'AWS',
    skillIds: ['skill.generative-ai', 'skill.cloud-platforms'],
    evidences: {
      en: 'Building generative AI, retrieval and agent applications on AWS.',
      fr: 'Construire des applications d’IA générative, de recherche augmentée et d’agents sur AWS.'
    },
    validityYears: 3,
    renewal: awsRenewal,
    cost: null,
    costNote: { en: 'Sources disagree ($300, or $150 during the beta).', fr: 'Les sources divergent (300 $, ou 150 $ pendant la bêta).' },
    france: unknownInFrance,
    source: { citations: [AWS_POLICY, 'cloudaqube.com', 'learning-content.pages.dev'], checked }
  },
  {
    id: 'certification.google-ml-engineer',
    name: 'Google Cloud Professional Machine Learning Engineer',
    issuer: 'Google Cloud',
    skillIds: ['skill.machine-learning', 'skill.cloud-platforms'],
    evidences: {
      en: 'Machine learning and generative AI on Google Cloud.',
      fr: 'Apprentissage automatique et IA générative sur Google Cloud.'
    },
    validityYears: 2,
    renewal: {
      en: 'Retake the exam in the 60 days before expiry (at half price), or within 30 days after it.',
      fr: 'Repasser l’examen dans les 60 jours qui précèdent l’expiration (à moitié prix), ou dans les 30 jours qui la suivent.'
    },
    renewalWindowDays: 60,
    cost: { min: 200, max: 200, currency: 'USD', basis: 'quoted' },
    france: unknownInFrance,
    note: {
      en: 'A new version of the exam has been live since 1 June 2026.',
      fr: 'Une nouvelle version de l’examen est en place depuis le 1er juin 2026.'
    },
    source: { citations: ['support.google.com/cloud-certification/answer/9907853', 'flane.se'], checked }
  },
  {
    id: 'certification.microsoft-ai-102',
    name: 'Microsoft Certified: Azure AI Engineer Associate (AI-102)',
    issuer: 'Microsoft',
    skillIds: ['skill.generative-ai', 'skill.cloud-platforms'],
    evidences: {
      en: 'Azure AI services, retrieval-augmented generation and agents.',
      fr: 'Services d’IA d’Azure, génération augmentée par recherche et agents.'
    },
    validityYears: 1,
    renewal: {
      en: 'The renewal assessment was retired with the exam: the certification stays on the transcript until it expires. Its successor is AI-103, Azure AI Apps and Agents Developer Associate.',
      fr: 'L’évaluation de renouvellement a été retirée avec l’examen : la certification reste au relevé jusqu’à son expiration. Elle est remplacée par AI-103, Azure AI Apps and Agents Developer Associate.'
    },
    renewalWindowDays: 180,
    cost: null,
    france: unknownInFrance,
    retiredOn: '2026-06-30',
    source: { citations: ['examinotion.com', 'readroo.st'], checked }
  },
  {
    id: 'certification.scrum-psm-i',
    name: 'Professional Scrum Master I (PSM I)',
    issuer: 'Scrum.org',
    skillIds: ['skill.scrum'],
    evidences: { en: 'Knowing and applying Scrum.', fr: 'Connaître et appliquer Scrum.' },
    validityYears: null,
    renewal: {
      en: 'None: it does not expire (seen on secondary sources only).',
      fr: 'Aucun : elle n’expire pas (vu sur des sources secondaires seulement).'
    },
    cost: { min: 200, max: 200, currency: 'USD', basis: 'official' },
    costNote: { en: 'Per attempt.', fr: 'Par tentative.' },
    france: unknownInFrance,
    source: { citations: ['scrum.org, PSM I', 'globalexamatlas.com'], checked }
  },
  {
    id: 'certification.scrum-alliance-csm',
    name: 'Certified ScrumMaster (CSM)',
    issuer: 'Scrum Alliance',
    skillIds: ['skill.scrum'],
    evidences: { en: 'Scrum, through a Scrum Alliance course.', fr: 'Scrum, par une formation de la Scrum Alliance.' },
    validityYears: 2,
    renewal: {
      en: '20 Scrum education units and a $100 fee, or a new Scrum Alliance course.',
      fr: '20 unités de formation Scrum et 100 $ de frais, ou une nouvelle formation de la Scrum Alliance.'
    },
    cost: null,
    costNote: { en: 'Set by each course.', fr: 'Fixé par chaque formation.' },
    france: unknownInFrance,
    source: { citations: ['support.scrumalliance.org, How do I renew', 'agil8.com'], checked }
  },
  {
    id: 'certification.safe-agilist',
    name: 'SAFe Agilist (SA)',
    issuer: 'Scaled Agile',
    skillIds: ['skill.safe'],
    evidences: { en: 'Leading agile work at scale with SAFe.', fr: 'Conduire l’agilité à l’échelle avec SAFe.' },
    validityYears: 1,
    renewal: {
      en: '10 hours of continuing education a year and an annual renewal fee, whose amount was not found.',
      fr: '10 heures de formation continue par an et des frais de renouvellement annuels, dont le montant n’a pas été trouvé.'
    },
    cost: null,
    france: unknownInFrance,
    source: { citations: ['scaledagile.com/certification-faqs'], checked }
  }
];

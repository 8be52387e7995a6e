/**
 * The GDPR duties an AI leader schedules (they apply since 25 May 2018, each on its own trigger) and
 * the French picture: the CNIL's guidance and the national AI Act authorities, still being designated.
 */
import { LAW_MARKET_CHECKED } from '../facts';
import type { CalendarEntry } from './calendar';

const checked = LAW_MARKET_CHECKED;
const GDPR_APPLIES = '2018-05-25';
const gdprReference = (articles: string, articlesFr: string) => ({
  en: `GDPR (Reg. (EU) 2016/679), ${articles}`,
  fr: `RGPD (règl. (UE) 2016/679), ${articlesFr}`
});

export const GDPR_ENTRIES: CalendarEntry[] = [
  {
    id: 'regulation.gdpr-records',
    law: 'gdpr',
    date: GDPR_APPLIES,
    name: { en: 'Record of processing activities', fr: 'Registre des activités de traitement' },
    applies: {
      en: 'Keep a written record of every processing of personal data, and add each new AI use case to it.',
      fr: 'Tenir un registre écrit de chaque traitement de données personnelles, et y inscrire chaque nouveau cas d’usage de l’IA.'
    },
    trigger: { en: 'Continuously; reviewed with every new AI use case.', fr: 'En continu ; revu à chaque nouveau cas d’usage de l’IA.' },
    bound: ['controllers', 'processors'],
    reference: gdprReference('Art. 30', 'art. 30'),
    caveat: {
      en: 'The exemption for organisations under 250 people does not apply when the processing is risky, regular, or covers special categories or criminal data.',
      fr: 'L’exemption des organisations de moins de 250 personnes ne joue pas si le traitement est risqué, régulier, ou porte sur des données sensibles ou pénales.'
    },
    plannable: true,
    source: { citations: ['clym.io', 'bruceandbutler.com'], checked }
  },
  {
    id: 'regulation.gdpr-dpia',
    law: 'gdpr',
    date: GDPR_APPLIES,
    name: { en: 'Data protection impact assessment (DPIA)', fr: 'Analyse d’impact relative à la protection des données (AIPD)' },
    applies: {
      en: 'Assess the impact before any processing likely to create a high risk, and review it when the risk changes. In France it is mandatory for the 14 kinds of processing the CNIL lists (HR profiling, constant monitoring of employees…), and advised as soon as two of the nine EDPB criteria are met.',
      fr: 'Analyser l’impact avant tout traitement susceptible d’engendrer un risque élevé, et revoir l’analyse quand le risque change. En France, elle est obligatoire pour les 14 types de traitements listés par la CNIL (profilage en RH, surveillance constante des salariés…), et conseillée dès que deux des neuf critères du CEPD sont réunis.'
    },
    trigger: {
      en: 'Before the processing starts: block the go-live until it is done.',
      fr: 'Avant le début du traitement : pas de mise en production tant qu’elle n’est pas faite.'
    },
    bound: ['controllers'],
    reference: gdprReference('Art. 35; CNIL deliberation 2018-327', 'art. 35 ; délibération CNIL 2018-327'),
    caveat: {
      en: 'A DPIA and the AI Act’s fundamental-rights impact assessment are two separate exercises.',
      fr: 'L’AIPD et l’analyse d’impact sur les droits fondamentaux du règlement sur l’IA sont deux exercices distincts.'
    },
    plannable: true,
    source: { citations: ['twobirds.com', 'mgsi.lu', 'medef-gironde.fr', 'agenticfluxus.com'], checked }
  },
  {
    id: 'regulation.gdpr-dpo',
    law: 'gdpr',
    date: GDPR_APPLIES,
    name: { en: 'Data protection officer (DPO)', fr: 'Délégué à la protection des données (DPO)' },
    applies: {
      en: 'Appoint a DPO and send their contact details to the CNIL where it is mandatory: public bodies, and organisations whose core activity monitors people regularly on a large scale or processes special categories on a large scale.',
      fr: 'Désigner un DPO et communiquer ses coordonnées à la CNIL lorsque c’est obligatoire : organismes publics, et organisations dont l’activité principale suit des personnes de façon régulière à grande échelle ou traite des données sensibles à grande échelle.'
    },
    trigger: { en: 'On appointment, then at each change.', fr: 'À la désignation, puis à chaque changement.' },
    bound: ['controllers', 'processors'],
    reference: gdprReference('Arts. 37–39', 'art. 37 à 39'),
    plannable: true,
    source: { citations: ['francecompetences.fr, RNCP34776'], checked }
  },
  {
    id: 'regulation.gdpr-breach',
    law: 'gdpr',
    date: GDPR_APPLIES,
    name: { en: 'Personal data breach notification', fr: 'Notification des violations de données' },
    applies: {
      en: 'Notify the CNIL of a personal data breach within 72 hours of becoming aware of it, tell the people concerned when the risk to them is high, and document every breach.',
      fr: 'Notifier à la CNIL une violation de données personnelles dans les 72 heures après en avoir pris connaissance, prévenir les personnes concernées si le risque pour elles est élevé, et documenter toutes les violations.'
    },
    trigger: { en: 'Within 72 hours of becoming aware of a breach.', fr: 'Dans les 72 heures après la découverte d’une violation.' },
    bound: ['controllers'],
    reference: gdprReference('Arts. 33 and 34', 'art. 33 et 34'),
    plannable: true,
    source: { citations: ['iapp.org'], checked }
  },
  {
    id: 'regulation.gdpr-omnibus-watch',
    law: 'gdpr',
    date: '2025-11-19',
    name: {
      en: 'Proposed GDPR changes (Digital Omnibus on data)',
      fr: 'Modifications proposées du RGPD (omnibus numérique sur les données)'
    },
    applies: {
      en: 'A Commission proposal would give 96 hours instead of 72 to notify a breach, through a single entry point, and add a legitimate interest for AI. It is only a proposal: keep the current rules.',
      fr: 'Une proposition de la Commission donnerait 96 heures au lieu de 72 pour notifier une violation, par un guichet unique, et ajouterait un intérêt légitime pour l’IA. Ce n’est qu’une proposition : les règles actuelles restent.'
    },
    bound: ['controllers'],
    reference: { en: 'Proposal COM(2025) 837', fr: 'Proposition COM(2025) 837' },
    caveat: {
      en: 'Whether it was adopted after spring 2026 is not known.',
      fr: 'On ignore si elle a été adoptée après le printemps 2026.'
    },
    pending: true,
    plannable: false,
    source: { citations: ['mondaq.com', 'addleshawgoddard.com', 'formfy.ai'], checked }
  }
];

export const FRANCE_ENTRIES: CalendarEntry[] = [
  {
    id: 'regulation.fr-cnil-ai',
    law: 'france',
    date: '2025-07-22',
    name: { en: 'CNIL recommendations on AI development', fr: 'Recommandations de la CNIL sur le développement de l’IA' },
    applies: {
      en: 'The CNIL’s 13 practical sheets apply the GDPR to building AI systems: purpose, roles, legal basis, DPIA, legitimate interest, web scraping, information and rights of the people concerned, security, and the status of models.',
      fr: 'Les 13 fiches pratiques de la CNIL appliquent le RGPD à la conception des systèmes d’IA : finalité, rôles, base légale, AIPD, intérêt légitime, moissonnage du web, information et droits des personnes, sécurité, statut des modèles.'
    },
    bound: ['controllers', 'providers'],
    reference: {
      en: 'CNIL recommendations; deliberation 2025-041 of 10 April 2025',
      fr: 'Recommandations de la CNIL ; délibération 2025-041 du 10 avril 2025'
    },
    caveat: {
      en: 'Guidance, not law. The CNIL also plans sector recommendations on education, health and work; their dates are not known.',
      fr: 'Des recommandations, pas une loi. La CNIL prévoit aussi des recommandations pour l’éducation, la santé et le travail ; leurs dates ne sont pas connues.'
    },
    plannable: true,
    source: { citations: ['gptbox.fr', 'solutions-numeriques.com', 'faceaurisque.com'], checked }
  },
  {
    id: 'regulation.fr-authorities',
    law: 'france',
    date: '2025-08-02',
    name: { en: 'French authorities for the AI Act', fr: 'Autorités françaises du règlement sur l’IA' },
    applies: {
      en: 'Member States had to name their AI Act authorities by this date. France’s bill would make the DGCCRF the coordinator and single point of contact and give the CNIL a central role, alongside sector authorities (ACPR, Arcom, ANSM…).',
      fr: 'Les États membres devaient désigner leurs autorités du règlement sur l’IA à cette date. Le projet de loi français ferait de la DGCCRF le coordinateur et le point de contact unique et donnerait un rôle central à la CNIL, aux côtés d’autorités sectorielles (ACPR, Arcom, ANSM…).'
    },
    bound: ['memberStates'],
    reference: {
      en: 'AI Act Art. 70(2); DDADUE bill (Senate text 348)',
      fr: 'Règlement sur l’IA, art. 70, par. 2 ; projet de loi DDADUE (texte du Sénat n° 348)'
    },
    caveat: {
      en: 'Still being designated: the bill was pending at the National Assembly on 30 September 2026, and whether it has been adopted since is not known.',
      fr: 'Désignation en cours : le projet de loi était encore à l’Assemblée nationale au 30 septembre 2026, et on ignore s’il a été adopté depuis.'
    },
    pending: true,
    plannable: false,
    source: { citations: ['senat.fr (440, 442, 446)', 'banquedesterritoires.fr', 'digitalpolicyalert.org'], checked }
  }
];

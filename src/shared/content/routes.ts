/**
 * The three routes to the CAIO role and the milestone templates that fill each stage of a plan.
 * Durations are CAIO Path's own planning estimates (see PLANNING_SOURCE), not figures from the article.
 */
import { CAIO_GOAL_ID, type MilestoneKind, type RouteId } from '../model';
import type { Achievement, CurrentRole } from '../profile';
import type { StageTemplateId } from './stages';
import type { Source } from './role';
import type { Text } from './text';

export const PLANNING_SOURCE: Source = {
  id: 'source.caio-path-estimates',
  title: {
    en: 'CAIO Path planning estimates: typical effort and time in role, to adjust to your situation',
    fr: 'Estimations de planification de Parcours CAIO : effort et durée en poste typiques, à adapter à votre situation'
  },
  consulted: '2026-11-24'
};

export { ROUTE_IDS, type RouteId } from '../model';

export interface MilestoneTemplate {
  id: string;
  stage: StageTemplateId;
  kind: MilestoneKind;
  title: Text;
  /** Hours of deliberate study or practice, scheduled at the person's hours per week. */
  effortHours: number;
  /** Calendar weeks the step needs whatever the pace (academic length, time in a role). */
  calendarWeeks: number;
  /** Any of these already achieved means the step is behind the person. */
  satisfiedBy: Achievement[];
  /** Held now by people in these roles: the step is their current post, credited as done. */
  heldBy?: CurrentRole[];
  skillId?: string;
  /** The CAIO goal itself: due when everything before it in its stage is done. */
  goal?: boolean;
}

export interface Route {
  id: RouteId;
  name: Text;
  summary: Text;
  suits: Text;
  demands: Text;
  skips: Text;
  cost: { level: 'low' | 'moderate' | 'high'; note: Text };
  typicalRoles: Text[];
  templates: MilestoneTemplate[];
}

type Options = Partial<Pick<MilestoneTemplate, 'effortHours' | 'calendarWeeks' | 'satisfiedBy' | 'heldBy' | 'skillId' | 'goal'>>;

function step(id: string, stage: StageTemplateId, kind: MilestoneKind, en: string, fr: string, options: Options = {}): MilestoneTemplate {
  return { id, stage, kind, title: { en, fr }, effortHours: 0, calendarWeeks: 0, satisfiedBy: [], ...options };
}

/** The CAIO goal every route leads to (its id lives in the model, which screens import without this content). */
export { CAIO_GOAL_ID };

const caioGoal = step(
  CAIO_GOAL_ID,
  'stage.caio',
  'experience',
  'Become Chief AI Officer',
  'Devenir Chief AI Officer (directeur ou directrice de l’IA)',
  {
    goal: true
  }
);

const beyond = [
  step(
    'milestone.watch',
    'stage.beyond',
    'visibility',
    'Keep a monthly technology and market watch on AI',
    'Tenir une veille mensuelle sur les technologies et le marché de l’IA',
    {
      effortHours: 24,
      skillId: 'skill.market-awareness'
    }
  ),
  step(
    'milestone.cio-cto',
    'stage.beyond',
    'experience',
    'Prepare the move to CIO or CTO, or another general-management role',
    'Préparer l’évolution vers un poste de DSI ou de CTO, ou une autre fonction de direction générale',
    {
      calendarWeeks: 104,
      skillId: 'skill.leadership'
    }
  )
];

const engineering: Route = {
  id: 'route.engineering',
  name: { en: 'Engineering and science route', fr: 'Voie ingénierie et sciences' },
  summary: {
    en: 'A five-year degree (master’s or engineering school) in computer science, data science or AI, then technical AI roles, then leading a data or AI team, then CAIO.',
    fr: 'Un bac+5 (master ou école d’ingénieurs) en informatique, data science ou IA, puis des postes techniques en IA, puis la direction d’une équipe data ou IA, puis CAIO.'
  },
  suits: {
    en: 'Students and graduates in computer science, mathematics or engineering, data scientists, ML engineers and researchers.',
    fr: 'Étudiants et diplômés en informatique, mathématiques ou ingénierie, data scientists, ingénieurs ML et chercheurs.'
  },
  demands: {
    en: 'Strong mathematics and programming, a bac+5 (five years of higher education) in a technical field, then years of hands-on delivery before moving into management.',
    fr: 'De solides bases en mathématiques et en programmation, un bac+5 scientifique, puis plusieurs années de pratique avant de passer au management.'
  },
  skips: {
    en: 'No business school or MBA: business and leadership skills are built on the job and through short courses.',
    fr: 'Ni école de commerce ni MBA : les compétences business et managériales s’acquièrent en poste et par des formations courtes.'
  },
  cost: {
    level: 'low',
    note: {
      en: 'Low to moderate: public universities charge modest fees, and a work-study contract (alternance) pays a salary while the employer covers tuition.',
      fr: 'Faible à modéré : l’université publique reste peu coûteuse, et l’alternance permet d’être rémunéré pendant que l’employeur finance la formation.'
    }
  },
  typicalRoles: [
    { en: 'Data scientist or machine-learning engineer', fr: 'Data scientist ou ingénieur machine learning' },
    { en: 'Lead data scientist, head of data or head of AI', fr: 'Lead data scientist, head of data ou head of AI' },
    { en: 'Chief AI Officer', fr: 'Chief AI Officer (directeur ou directrice de l’IA)' }
  ],
  templates: [
    step(
      'eng.bachelor',
      'stage.education',
      'diploma',
      'Bachelor’s degree in computer science or mathematics (licence, bac+3)',
      'Licence ou bachelor en informatique ou en mathématiques (bac+3)',
      {
        calendarWeeks: 156,
        effortHours: 1800,
        satisfiedBy: ['bachelor']
      }
    ),
    step(
      'eng.master',
      'stage.education',
      'diploma',
      'Master’s or engineering-school degree in AI, data science or computer science (bac+5, work-study possible)',
      'Master ou diplôme d’école d’ingénieurs en IA, data science ou informatique (bac+5, possible en alternance)',
      {
        calendarWeeks: 104,
        effortHours: 1400,
        satisfiedBy: ['master-tech'],
        skillId: 'skill.machine-learning'
      }
    ),
    step(
      'eng.deep-learning',
      'stage.education',
      'course',
      'Deep-learning and MLOps course with a certificate',
      'Formation certifiante en deep learning et MLOps',
      {
        effortHours: 120,
        skillId: 'skill.machine-learning'
      }
    ),
    step(
      'eng.cloud',
      'stage.education',
      'course',
      'Cloud machine-learning certification (AWS, Google Cloud or Azure)',
      'Certification cloud orientée machine learning (AWS, Google Cloud ou Azure)',
      {
        effortHours: 100,
        skillId: 'skill.cloud-platforms'
      }
    ),
    step(
      'eng.first-role',
      'stage.first-ai-role',
      'experience',
      'First role as data scientist or machine-learning engineer',
      'Premier poste de data scientist ou d’ingénieur machine learning',
      {
        calendarWeeks: 104,
        satisfiedBy: ['ai-role'],
        skillId: 'skill.machine-learning'
      }
    ),
    step(
      'eng.production',
      'stage.first-ai-role',
      'experience',
      'Put a first model into production and monitor it',
      'Mettre un premier modèle en production et le superviser',
      {
        calendarWeeks: 26,
        satisfiedBy: ['model-in-production'],
        skillId: 'skill.mlops'
      }
    ),
    step(
      'eng.agile',
      'stage.first-ai-role',
      'course',
      'Scrum certification and day-to-day agile practice',
      'Certification Scrum et pratique agile au quotidien',
      {
        effortHours: 40,
        satisfiedBy: ['agile'],
        skillId: 'skill.scrum'
      }
    ),
    step(
      'eng.security',
      'stage.first-ai-role',
      'skill',
      'Security of data and AI systems: course and a threat review of one project',
      'Sécurité des données et des systèmes d’IA : une formation et l’analyse des menaces d’un projet',
      {
        effortHours: 40,
        skillId: 'skill.data-security'
      }
    ),
    step(
      'eng.lead',
      'stage.leadership',
      'leadership',
      'Lead a data or AI team (lead data scientist, head of data)',
      'Diriger une équipe data ou IA (lead data scientist, head of data)',
      {
        calendarWeeks: 104,
        satisfiedBy: ['led-team'],
        skillId: 'skill.leadership'
      }
    ),
    step(
      'eng.budget',
      'stage.leadership',
      'leadership',
      'Own a budget and negotiate resources for an AI programme',
      'Porter un budget et négocier les moyens d’un programme IA',
      {
        calendarWeeks: 52,
        satisfiedBy: ['managed-budget'],
        skillId: 'skill.negotiation'
      }
    ),
    step(
      'eng.regulation-training',
      'stage.leadership',
      'compliance',
      'Training on the GDPR and the EU AI Act',
      'Formation au RGPD et au règlement européen sur l’IA (AI Act)',
      {
        effortHours: 20,
        satisfiedBy: ['gdpr-ai-act'],
        skillId: 'skill.gdpr'
      }
    ),
    step(
      'eng.compliance',
      'stage.leadership',
      'compliance',
      'Assess the risks of a real AI system under the EU AI Act and the GDPR',
      'Évaluer les risques d’un système d’IA réel au regard du règlement européen sur l’IA et du RGPD',
      {
        effortHours: 20,
        skillId: 'skill.ai-act'
      }
    ),
    step('eng.change', 'stage.leadership', 'course', 'Change-management course', 'Formation à la conduite du changement', {
      effortHours: 30,
      skillId: 'skill.change-management'
    }),
    step(
      'eng.talk',
      'stage.leadership',
      'visibility',
      'Speak at a meetup or conference about an AI project',
      'Présenter un projet d’IA lors d’un meetup ou d’une conférence',
      {
        effortHours: 20,
        satisfiedBy: ['public-talk'],
        skillId: 'skill.communication'
      }
    ),
    step('eng.head-of-ai', 'stage.leadership', 'experience', 'Become Head of AI', 'Devenir Head of AI (responsable de l’IA)', {
      goal: true,
      skillId: 'skill.leadership'
    }),
    step(
      'eng.head-scope',
      'stage.caio',
      'experience',
      'Head of AI with a cross-department scope, for two years',
      'Head of AI avec un périmètre transverse, pendant deux ans',
      {
        calendarWeeks: 104,
        skillId: 'skill.leadership'
      }
    ),
    step(
      'eng.strategy',
      'stage.caio',
      'leadership',
      'Write an AI strategy aligned with business goals and present it to the executive committee',
      'Rédiger une stratégie IA alignée sur les objectifs de l’entreprise et la présenter au comité de direction',
      {
        effortHours: 60,
        skillId: 'skill.leadership'
      }
    ),
    caioGoal,
    ...beyond
  ]
};

const business: Route = {
  id: 'route.business',
  name: { en: 'Business route', fr: 'Voie commerce et management' },
  summary: {
    en: 'A business school or MBA with a strong technology component, then AI product, strategy or transformation roles, then head of AI transformation, then CAIO.',
    fr: 'Une école de commerce ou un MBA à forte composante technologique, puis des postes en produit, stratégie ou transformation IA, puis la direction de la transformation IA, puis CAIO.'
  },
  suits: {
    en: 'Business-school graduates, product and strategy people, consultants who want to lead AI adoption.',
    fr: 'Diplômés d’école de commerce, profils produit et stratégie, consultants qui veulent piloter l’adoption de l’IA.'
  },
  demands: {
    en: 'Solid data and machine-learning foundations on top of the business degree, and close work with technical teams.',
    fr: 'De solides bases en données et en machine learning en plus du diplôme de commerce, et un travail étroit avec les équipes techniques.'
  },
  skips: {
    en: 'No engineering degree and no years as a hands-on data scientist: technical depth comes from courses and working alongside experts.',
    fr: 'Pas de diplôme d’ingénieur ni d’années comme data scientist : la profondeur technique vient des formations et du travail avec des experts.'
  },
  cost: {
    level: 'high',
    note: {
      en: 'High: business-school and MBA tuition is substantial, although some programmes can be followed in work-study or funded by an employer.',
      fr: 'Élevé : les frais d’une école de commerce ou d’un MBA sont importants, même si certains programmes se suivent en alternance ou sont financés par l’employeur.'
    }
  },
  typicalRoles: [
    { en: 'AI product manager or AI strategy consultant', fr: 'Product manager IA ou consultant en stratégie IA' },
    { en: 'Head of AI transformation', fr: 'Responsable de la transformation IA' },
    { en: 'Chief AI Officer', fr: 'Chief AI Officer (directeur ou directrice de l’IA)' }
  ],
  templates: [
    step(
      'bus.degree',
      'stage.education',
      'diploma',
      'Business-school master’s (grande école) or MBA with a strong technology component',
      'Master de grande école de commerce ou MBA à forte composante technologique',
      {
        calendarWeeks: 104,
        effortHours: 1400,
        satisfiedBy: ['business-degree']
      }
    ),
    step(
      'bus.data-foundations',
      'stage.education',
      'course',
      'AI for leaders: how models are built, evaluated and run in production',
      'L’IA pour les dirigeants : comment les modèles sont construits, évalués et mis en production',
      {
        effortHours: 40,
        satisfiedBy: ['ml-course'],
        skillId: 'skill.machine-learning'
      }
    ),
    step(
      'bus.cloud',
      'stage.education',
      'course',
      'Cloud fundamentals certification (AWS, Azure or Google Cloud)',
      'Certification des fondamentaux du cloud (AWS, Azure ou Google Cloud)',
      {
        effortHours: 40,
        satisfiedBy: ['cloud-certification'],
        skillId: 'skill.cloud-platforms'
      }
    ),
    step(
      'bus.product-role',
      'stage.first-ai-role',
      'experience',
      'AI product leadership: own an AI product or an AI strategy mission, in your role or a new one',
      'Leadership produit en IA : porter un produit d’IA ou une mission de stratégie IA, dans votre poste ou un nouveau',
      {
        calendarWeeks: 104,
        skillId: 'skill.analysis'
      }
    ),
    step(
      'bus.launch',
      'stage.first-ai-role',
      'experience',
      'Launch an AI feature with a data team, from idea to production',
      'Lancer une fonctionnalité d’IA avec une équipe data, de l’idée à la production',
      {
        calendarWeeks: 26,
        satisfiedBy: ['model-in-production'],
        skillId: 'skill.ai-delivery'
      }
    ),
    step(
      'bus.agile',
      'stage.first-ai-role',
      'course',
      'Scrum product-owner or SAFe certification',
      'Certification product owner Scrum ou SAFe',
      {
        effortHours: 30,
        satisfiedBy: ['agile'],
        skillId: 'skill.scrum'
      }
    ),
    step(
      'bus.tools',
      'stage.first-ai-role',
      'skill',
      'Run a project end to end in Jira or Asana with GitHub and Slack',
      'Piloter un projet de bout en bout avec Jira ou Asana, GitHub et Slack',
      {
        effortHours: 20,
        skillId: 'skill.project-tools'
      }
    ),
    step(
      'bus.transformation',
      'stage.leadership',
      'leadership',
      'Lead an AI transformation programme across several departments',
      'Piloter un programme de transformation IA sur plusieurs directions',
      {
        calendarWeeks: 104,
        skillId: 'skill.change-management'
      }
    ),
    step(
      'bus.budget',
      'stage.leadership',
      'leadership',
      'Build the business case and budget of an AI portfolio',
      'Construire le business case et le budget d’un portefeuille IA',
      {
        calendarWeeks: 26,
        skillId: 'skill.negotiation'
      }
    ),
    step(
      'bus.regulation-training',
      'stage.leadership',
      'compliance',
      'Training on the GDPR and the EU AI Act',
      'Formation au RGPD et au règlement européen sur l’IA (AI Act)',
      {
        effortHours: 20,
        satisfiedBy: ['gdpr-ai-act'],
        skillId: 'skill.gdpr'
      }
    ),
    step(
      'bus.compliance',
      'stage.leadership',
      'compliance',
      'Set up AI governance: roles, risk register, review of AI uses',
      'Mettre en place la gouvernance de l’IA : rôles, registre des risques, revue des usages de l’IA',
      {
        effortHours: 20,
        skillId: 'skill.ai-ethics'
      }
    ),
    step(
      'bus.security',
      'stage.leadership',
      'course',
      'Cybersecurity for data and AI leaders',
      'Cybersécurité pour les responsables data et IA',
      {
        effortHours: 20,
        skillId: 'skill.data-security'
      }
    ),
    step(
      'bus.talk',
      'stage.leadership',
      'visibility',
      'Publish or speak about AI value cases',
      'Publier ou intervenir sur des cas de valeur de l’IA',
      {
        effortHours: 20,
        satisfiedBy: ['public-talk'],
        skillId: 'skill.communication'
      }
    ),
    step(
      'bus.head-of-ai',
      'stage.leadership',
      'experience',
      'Become Head of AI transformation',
      'Devenir responsable de la transformation IA',
      {
        goal: true,
        skillId: 'skill.leadership'
      }
    ),
    step(
      'bus.head-transformation',
      'stage.caio',
      'experience',
      'Head of AI transformation across the company, for two years',
      'Responsable de la transformation IA de toute l’entreprise, pendant deux ans',
      {
        calendarWeeks: 104,
        skillId: 'skill.leadership'
      }
    ),
    step(
      'bus.strategy',
      'stage.caio',
      'leadership',
      'Present an AI strategy and its impact measures to the executive committee',
      'Présenter une stratégie IA et ses indicateurs d’impact au comité de direction',
      {
        effortHours: 60,
        skillId: 'skill.leadership'
      }
    ),
    caioGoal,
    ...beyond
  ]
};

const itLeader: Route = {
  id: 'route.it-leader',
  name: { en: 'IT-leader route', fr: 'Voie responsable informatique' },
  summary: {
    en: 'An experienced IT or engineering manager adds AI expertise, governance and regulation, then takes charge of the company’s AI strategy.',
    fr: 'Un responsable informatique ou d’ingénierie expérimenté ajoute l’expertise IA, la gouvernance et la réglementation, puis prend en main la stratégie IA de l’entreprise.'
  },
  suits: {
    en: 'IT managers, engineering managers and CIOs’ deputies asked to lead AI; the role is often given to IT leaders.',
    fr: 'Responsables informatiques, managers d’ingénierie et adjoints de DSI à qui l’on confie l’IA ; le poste revient souvent aux responsables informatiques.'
  },
  demands: {
    en: 'Years of IT leadership already behind you, plus fast upskilling in machine learning, MLOps, the GDPR and the EU AI Act.',
    fr: 'Plusieurs années de management informatique déjà acquises, et une montée en compétences rapide en machine learning, MLOps, RGPD et règlement européen sur l’IA.'
  },
  skips: {
    en: 'No new degree: an executive programme or a mastère spécialisé (a one-year French post-master’s programme, RNCP level 7) is enough, and management experience is already there.',
    fr: 'Pas de nouveau diplôme : un programme pour dirigeants ou un mastère spécialisé (niveau 7 RNCP) suffit, et l’expérience managériale est déjà là.'
  },
  cost: {
    level: 'moderate',
    note: {
      en: 'Moderate: executive programmes are paid, often by the employer, while you keep your salary.',
      fr: 'Modéré : les programmes pour dirigeants sont payants, souvent pris en charge par l’employeur, et vous gardez votre salaire.'
    }
  },
  typicalRoles: [
    { en: 'IT manager or engineering manager', fr: 'Responsable informatique ou manager d’ingénierie' },
    { en: 'Head of AI, data and AI platform lead', fr: 'Head of AI, responsable de la plateforme data et IA' },
    { en: 'Chief AI Officer', fr: 'Chief AI Officer (directeur ou directrice de l’IA)' }
  ],
  templates: [
    // The person's current post is experience the route stands on: credited as done when they say
    // they lead teams or own a budget.
    step(
      'it.current-role',
      'stage.education',
      'leadership',
      'Lead IT teams and a budget (your current role)',
      'Diriger des équipes et un budget informatiques (votre poste actuel)',
      { calendarWeeks: 52, satisfiedBy: ['led-team', 'managed-budget'], heldBy: ['it-manager'], skillId: 'skill.leadership' }
    ),
    // Obligations already apply to a company using AI (EU AI Act Art. 4 and 5 since 2 Feb 2025): the
    // plan starts with them and with the first 90 days, not after years of courses.
    step(
      'it.ninety-days',
      'stage.education',
      'leadership',
      'First 90 days: inventory of AI uses, risks and quick wins, presented to the executive committee',
      'Les 90 premiers jours : inventaire des usages de l’IA, des risques et des gains rapides, présenté au comité de direction',
      {
        calendarWeeks: 13,
        skillId: 'skill.leadership'
      }
    ),
    step(
      'it.regulation-training',
      'stage.education',
      'compliance',
      'Training on the GDPR and the EU AI Act',
      'Formation au RGPD et au règlement européen sur l’IA (AI Act)',
      {
        effortHours: 20,
        satisfiedBy: ['gdpr-ai-act'],
        skillId: 'skill.gdpr'
      }
    ),
    step(
      'it.ai-act-map',
      'stage.education',
      'compliance',
      'Map the company’s AI uses against the EU AI Act: bans and AI literacy apply since 2 Feb 2025, Annex III high-risk duties from 2 Dec 2027',
      'Cartographier les usages de l’IA au regard du règlement européen : interdictions et maîtrise de l’IA applicables depuis le 2 février 2025, obligations haut risque de l’annexe III à partir du 2 décembre 2027',
      {
        effortHours: 30,
        skillId: 'skill.ai-act'
      }
    ),
    step(
      'it.governance',
      'stage.education',
      'compliance',
      'Set up AI governance: GDPR, EU AI Act risk classification, ethics charter',
      'Mettre en place la gouvernance de l’IA : RGPD, classification des risques du règlement européen sur l’IA, charte éthique',
      {
        effortHours: 40,
        skillId: 'skill.ai-ethics'
      }
    ),
    step(
      'it.strategy',
      'stage.education',
      'leadership',
      '12-month AI strategy aligned with business goals, approved by the executive committee',
      'Stratégie IA à 12 mois alignée sur les objectifs de l’entreprise, validée par le comité de direction',
      {
        effortHours: 60,
        calendarWeeks: 52,
        skillId: 'skill.leadership'
      }
    ),
    step(
      'it.ml-foundations',
      'stage.first-ai-role',
      'course',
      'Hands-on machine-learning foundations course',
      'Formation pratique aux fondamentaux du machine learning',
      {
        effortHours: 80,
        satisfiedBy: ['ml-course'],
        skillId: 'skill.machine-learning'
      }
    ),
    step(
      'it.pilot',
      'stage.first-ai-role',
      'experience',
      'Sponsor a first AI pilot all the way to production',
      'Porter un premier pilote d’IA jusqu’à la mise en production',
      {
        calendarWeeks: 26,
        satisfiedBy: ['model-in-production'],
        skillId: 'skill.ai-delivery'
      }
    ),
    step(
      'it.platform',
      'stage.first-ai-role',
      'experience',
      'Set up a data and MLOps platform (cloud, Docker, Kubernetes)',
      'Mettre en place une plateforme data et MLOps (cloud, Docker, Kubernetes)',
      {
        calendarWeeks: 26,
        skillId: 'skill.mlops'
      }
    ),
    step(
      'it.security',
      'stage.first-ai-role',
      'compliance',
      'Extend the security policy to AI systems',
      'Étendre la politique de sécurité aux systèmes d’IA',
      {
        effortHours: 40,
        skillId: 'skill.ai-security'
      }
    ),
    step(
      'it.cloud',
      'stage.first-ai-role',
      'course',
      'Cloud architecture certification with a machine-learning specialty',
      'Certification d’architecture cloud avec une spécialité machine learning',
      {
        effortHours: 80,
        skillId: 'skill.cloud-platforms'
      }
    ),
    step(
      'it.budget',
      'stage.leadership',
      'leadership',
      'Secure a dedicated AI budget and team',
      'Obtenir un budget et une équipe dédiés à l’IA',
      {
        calendarWeeks: 26,
        skillId: 'skill.negotiation'
      }
    ),
    step(
      'it.literacy',
      'stage.leadership',
      'leadership',
      'Lead the change: an AI literacy programme for all staff',
      'Conduire le changement : un programme d’acculturation à l’IA pour tous les salariés',
      {
        calendarWeeks: 26,
        skillId: 'skill.change-management'
      }
    ),
    step(
      'it.talk',
      'stage.leadership',
      'visibility',
      'Present the AI roadmap internally and at an industry event',
      'Présenter la feuille de route IA en interne et lors d’un événement professionnel',
      {
        effortHours: 20,
        skillId: 'skill.communication'
      }
    ),
    caioGoal,
    beyond[0]!,
    step(
      'it.board',
      'stage.beyond',
      'experience',
      'Take AI to the board: a general-management role or a board seat',
      'Porter l’IA au conseil : une fonction de direction générale ou un siège d’administrateur',
      {
        calendarWeeks: 104,
        skillId: 'skill.leadership'
      }
    )
  ]
};

export const ROUTES: readonly Route[] = [engineering, business, itLeader];

export function findRoute(id: string): Route | undefined {
  return ROUTES.find((route) => route.id === id);
}

/**
 * Executive programmes no route plans by itself: the guide's executive comparison offers them to a
 * business or management profile, and adds the one chosen to the plan. Their sizes are CAIO Path
 * planning estimates: an executive MBA about 18 months alongside a job, an executive certificate in AI
 * about 80 hours over at least 12 weeks.
 */
export const PROGRAMME_TEMPLATES: readonly MilestoneTemplate[] = [
  step('programme.executive-mba', 'stage.leadership', 'diploma', 'Executive MBA', 'Executive MBA', { calendarWeeks: 78 }),
  step('programme.ai-certificate', 'stage.leadership', 'course', 'Executive certificate in AI', 'Certificat exécutif en IA', {
    calendarWeeks: 12,
    effortHours: 80
  })
];

/** Every milestone template of every route, and the executive programmes, by id (shared ones appear once). */
export const MILESTONE_TEMPLATES: ReadonlyMap<string, MilestoneTemplate> = new Map(
  [...ROUTES.flatMap((route) => route.templates), ...PROGRAMME_TEMPLATES].map((template) => [template.id, template] as const)
);

/** Titles of templates no route uses any more, still named in plans made before (by id). */
export const RETIRED_TEMPLATE_TITLES: ReadonlyMap<string, Text> = new Map([
  [
    'it.executive-programme',
    {
      en: 'Executive programme in AI for leaders, or a mastère spécialisé (RNCP level 7)',
      fr: 'Programme IA pour dirigeants, ou mastère spécialisé (niveau 7 RNCP)'
    }
  ]
]);

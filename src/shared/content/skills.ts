/**
 * The CAIO skill referential: the article's technical groups with their sub-skills, regulation and
 * ethics as a category of its own, and the seven behavioural skills. Every skill has a 0–4 scale
 * whose levels say what a person can actually do, and the level a CAIO is expected to reach.
 * Skill groups are the areas of the radar chart and of the readiness score.
 */
import type { MilestoneKind } from '../model';
import type { Text } from './text';

export const SKILL_CATEGORIES = ['technical', 'regulation', 'behavioural'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** Levels 0 (nothing yet) to 4 (leads it at the scale of an organisation). */
export const SKILL_LEVELS = [0, 1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const MAX_SKILL_LEVEL = 4;

export interface SkillGroup {
  id: string;
  category: SkillCategory;
  name: Text;
  /** Share of the readiness score, relative to the other groups. */
  weight: number;
  /** Share of the group's target (0–1) below which readiness is capped, however strong the rest is. */
  minimum: number | null;
}

export interface Skill {
  id: string;
  category: SkillCategory;
  group: string;
  name: Text;
  description: Text;
  /** Named tools or frameworks: a product name is the same in both languages, a regulation is not. */
  tools?: Array<string | Text>;
  /** What a person can do at each level, 0 to 4. */
  levels: [Text, Text, Text, Text, Text];
  /** The level expected of a Chief AI Officer. */
  target: SkillLevel;
  /** A milestone that closes a gap in this skill, suggested when turning the gap into a step of a plan. */
  suggestion: { kind: MilestoneKind; title: Text };
}

export const SKILL_GROUPS: SkillGroup[] = [
  {
    id: 'group.ai-ml',
    category: 'technical',
    name: { en: 'AI and machine learning', fr: 'IA et machine learning' },
    weight: 3,
    minimum: 0.5
  },
  { id: 'group.cloud-data', category: 'technical', name: { en: 'Cloud and big data', fr: 'Cloud et big data' }, weight: 2, minimum: null },
  { id: 'group.agile', category: 'technical', name: { en: 'Agile methods', fr: 'Méthodes agiles' }, weight: 1, minimum: null },
  {
    id: 'group.collaboration',
    category: 'technical',
    name: { en: 'Collaborative tools', fr: 'Outils collaboratifs' },
    weight: 1,
    minimum: null
  },
  { id: 'group.cybersecurity', category: 'technical', name: { en: 'Cybersecurity', fr: 'Cybersécurité' }, weight: 1, minimum: null },
  {
    id: 'group.regulation',
    category: 'regulation',
    name: { en: 'Regulation and ethics', fr: 'Réglementation et éthique' },
    weight: 2,
    minimum: 0.75
  },
  {
    id: 'group.leadership',
    category: 'behavioural',
    name: { en: 'Leadership and change', fr: 'Leadership et conduite du changement' },
    weight: 3,
    minimum: 0.75
  },
  {
    id: 'group.communication',
    category: 'behavioural',
    name: { en: 'Communication and influence', fr: 'Communication et influence' },
    weight: 2,
    minimum: null
  },
  {
    id: 'group.insight',
    category: 'behavioural',
    name: { en: 'Analysis and market sense', fr: 'Analyse et sens du marché' },
    weight: 1,
    minimum: null
  }
];

type Levels = Skill['levels'];
/** Five level descriptors written as [English, French] pairs. */
function levels(...pairs: [string, string][]): Levels {
  if (pairs.length !== 5) throw new Error('A skill has five levels');
  return pairs.map(([en, fr]) => ({ en, fr })) as Levels;
}

function suggest(kind: MilestoneKind, en: string, fr: string): Skill['suggestion'] {
  return { kind, title: { en, fr } };
}

export const SKILLS: Skill[] = [
  {
    id: 'skill.machine-learning',
    category: 'technical',
    group: 'group.ai-ml',
    name: { en: 'Machine-learning methods', fr: 'Méthodes de machine learning' },
    description: {
      en: 'How models learn from data, how they are evaluated, and where they fail.',
      fr: 'Comment les modèles apprennent des données, comment on les évalue et où ils échouent.'
    },
    levels: levels(
      ['Has not yet worked with machine learning.', 'N’a pas encore pratiqué le machine learning.'],
      [
        'Can explain supervised and unsupervised learning and read a model’s accuracy figures.',
        'Sait expliquer l’apprentissage supervisé et non supervisé et lire les scores d’un modèle.'
      ],
      [
        'Has trained and evaluated a model on real data, with help on the harder choices.',
        'A entraîné et évalué un modèle sur des données réelles, avec de l’aide pour les choix délicats.'
      ],
      [
        'Chooses the right method for a problem, spots overfitting and bias, and reviews others’ models.',
        'Choisit la bonne méthode pour un problème, repère le surapprentissage et les biais, relit les modèles des autres.'
      ],
      [
        'Sets the modelling standards of several teams and judges which problems ML should not be used for.',
        'Fixe les standards de modélisation de plusieurs équipes et juge les problèmes où le ML n’a pas sa place.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'course',
      'Machine-learning course with a graded project on real data',
      'Formation au machine learning avec un projet évalué sur des données réelles'
    )
  },
  {
    id: 'skill.generative-ai',
    category: 'technical',
    group: 'group.ai-ml',
    name: { en: 'Generative AI and language models', fr: 'IA générative et modèles de langage' },
    description: {
      en: 'What large language models and other generative systems can do for a business, at what cost and risk.',
      fr: 'Ce que les grands modèles de langage et les autres systèmes génératifs apportent à une entreprise, à quel coût et avec quels risques.'
    },
    levels: levels(
      ['Has only used generative AI as a consumer, if at all.', 'N’a utilisé l’IA générative qu’en simple utilisateur, voire pas du tout.'],
      [
        'Can describe how a language model produces text and name its main failure modes (hallucination, leaks).',
        'Sait décrire comment un modèle de langage produit du texte et citer ses principaux écueils (hallucinations, fuites).'
      ],
      [
        'Has built a working prototype (prompting, retrieval over company documents) and measured its answers.',
        'A construit un prototype fonctionnel (prompts, recherche dans les documents de l’entreprise) et mesuré ses réponses.'
      ],
      [
        'Compares models and vendors on quality, cost and data protection, and decides build versus buy.',
        'Compare modèles et fournisseurs sur la qualité, le coût et la protection des données, et tranche entre faire et acheter.'
      ],
      [
        'Runs a company-wide generative-AI portfolio with usage rules, budgets and measured value.',
        'Pilote un portefeuille d’IA générative à l’échelle de l’entreprise, avec règles d’usage, budgets et valeur mesurée.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'experience',
      'Build and evaluate a generative-AI prototype on company documents',
      'Construire et évaluer un prototype d’IA générative sur des documents de l’entreprise'
    )
  },
  {
    id: 'skill.ai-delivery',
    category: 'technical',
    group: 'group.ai-ml',
    name: { en: 'AI projects from design to production', fr: 'Projets d’IA de la conception à la production' },
    description: {
      en: 'Taking an AI use case from the first idea to a monitored system that people rely on.',
      fr: 'Mener un cas d’usage d’IA de la première idée jusqu’à un système supervisé sur lequel les équipes s’appuient.'
    },
    levels: levels(
      ['Has not yet taken part in an AI project.', 'N’a pas encore participé à un projet d’IA.'],
      [
        'Can list the stages of an AI project and what each one delivers.',
        'Sait énumérer les étapes d’un projet d’IA et ce que chacune produit.'
      ],
      ['Has contributed to one AI project that reached production.', 'A contribué à un projet d’IA arrivé en production.'],
      [
        'Has led an AI project to production, with success measures agreed beforehand and monitored after.',
        'A dirigé un projet d’IA jusqu’à la production, avec des indicateurs de succès fixés avant et suivis après.'
      ],
      [
        'Oversees several AI projects at once, stops the weak ones and keeps the whole portfolio coherent.',
        'Supervise plusieurs projets d’IA à la fois, arrête les plus faibles et garde la cohérence de l’ensemble.'
      ]
    ),
    target: 4,
    suggestion: suggest(
      'experience',
      'Lead an AI use case to production with agreed success measures',
      'Mener un cas d’usage d’IA jusqu’à la production avec des indicateurs de succès convenus'
    )
  },
  {
    id: 'skill.cloud-platforms',
    category: 'technical',
    group: 'group.cloud-data',
    name: { en: 'Cloud platforms', fr: 'Plateformes cloud' },
    description: {
      en: 'The major cloud providers’ data and AI services, and what they cost.',
      fr: 'Les services data et IA des grands fournisseurs de cloud, et ce qu’ils coûtent.'
    },
    tools: ['AWS', 'Google Cloud Platform', 'Microsoft Azure'],
    levels: levels(
      ['Has not used a cloud platform.', 'N’a pas utilisé de plateforme cloud.'],
      [
        'Knows what compute, storage and managed AI services are, and can read a cloud bill.',
        'Sait ce que sont le calcul, le stockage et les services d’IA managés, et sait lire une facture cloud.'
      ],
      [
        'Has deployed a workload on one provider and holds, or could pass, its fundamentals certification.',
        'A déployé une application chez un fournisseur et détient, ou pourrait obtenir, sa certification des fondamentaux.'
      ],
      [
        'Designs a data and AI architecture on a provider, with its security and cost controls.',
        'Conçoit une architecture data et IA chez un fournisseur, avec ses contrôles de sécurité et de coût.'
      ],
      [
        'Sets the company’s cloud strategy across providers and negotiates the contracts.',
        'Définit la stratégie cloud de l’entreprise entre fournisseurs et négocie les contrats.'
      ]
    ),
    target: 2,
    suggestion: suggest(
      'course',
      'Cloud certification with a machine-learning track (AWS, Google Cloud or Azure)',
      'Certification cloud avec un parcours machine learning (AWS, Google Cloud ou Azure)'
    )
  },
  {
    id: 'skill.mlops',
    category: 'technical',
    group: 'group.cloud-data',
    name: { en: 'MLOps: running models in production', fr: 'MLOps : exploiter les modèles en production' },
    description: {
      en: 'Versioning, deploying, monitoring and retraining models as a routine rather than a one-off.',
      fr: 'Versionner, déployer, superviser et réentraîner les modèles en routine plutôt qu’au coup par coup.'
    },
    tools: ['MLOps'],
    levels: levels(
      ['Has never put a model into production.', 'N’a jamais mis de modèle en production.'],
      [
        'Can explain why a model drifts and what a deployment pipeline does.',
        'Sait expliquer pourquoi un modèle dérive et à quoi sert une chaîne de déploiement.'
      ],
      [
        'Has deployed a model with versioning and basic monitoring, following an existing pipeline.',
        'A déployé un modèle versionné avec une supervision simple, en suivant une chaîne existante.'
      ],
      [
        'Designs the pipeline: automated tests, monitoring of drift, retraining and rollback.',
        'Conçoit la chaîne : tests automatisés, suivi de la dérive, réentraînement et retour arrière.'
      ],
      [
        'Runs a shared MLOps platform that many teams ship through, with service levels.',
        'Opère une plateforme MLOps commune par laquelle livrent de nombreuses équipes, avec des niveaux de service.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'experience',
      'Put a model into production with monitoring and a retraining routine',
      'Mettre un modèle en production avec une supervision et une routine de réentraînement'
    )
  },
  {
    id: 'skill.big-data',
    category: 'technical',
    group: 'group.cloud-data',
    name: { en: 'Big-data processing', fr: 'Traitement de données massives' },
    description: {
      en: 'Storing, processing and streaming data volumes that one machine cannot handle.',
      fr: 'Stocker, traiter et faire circuler des volumes de données qu’une seule machine ne peut pas absorber.'
    },
    tools: ['Hadoop', 'Spark', 'Kafka'],
    levels: levels(
      [
        'Has only worked with data that fits in a spreadsheet or one database.',
        'N’a travaillé qu’avec des données tenant dans un tableur ou une base.'
      ],
      [
        'Knows what batch and streaming processing are and when each is needed.',
        'Sait ce que sont les traitements par lots et en flux, et quand chacun s’impose.'
      ],
      [
        'Has written a Spark job or a Kafka consumer that runs on real volumes.',
        'A écrit un traitement Spark ou un consommateur Kafka qui tourne sur des volumes réels.'
      ],
      [
        'Designs a data platform (lake, streams, quality checks) sized for the company’s volumes.',
        'Conçoit une plateforme de données (lac, flux, contrôles qualité) dimensionnée pour les volumes de l’entreprise.'
      ],
      [
        'Decides the data architecture of a large organisation and arbitrates between technologies.',
        'Décide de l’architecture de données d’une grande organisation et arbitre entre les technologies.'
      ]
    ),
    target: 2,
    suggestion: suggest(
      'course',
      'Big-data course with a hands-on Spark and Kafka project',
      'Formation big data avec un projet pratique sur Spark et Kafka'
    )
  },
  {
    id: 'skill.containers',
    category: 'technical',
    group: 'group.cloud-data',
    name: { en: 'Containers and orchestration', fr: 'Conteneurs et orchestration' },
    description: {
      en: 'Packaging applications and models into containers and running them at scale.',
      fr: 'Empaqueter applications et modèles dans des conteneurs et les faire tourner à grande échelle.'
    },
    tools: ['Docker', 'Kubernetes'],
    levels: levels(
      ['Has not used containers.', 'N’a pas utilisé de conteneurs.'],
      [
        'Can say what a container image is and why teams use them.',
        'Sait dire ce qu’est une image de conteneur et pourquoi les équipes s’en servent.'
      ],
      [
        'Builds and runs Docker images and deploys one to an existing Kubernetes cluster.',
        'Construit et lance des images Docker et en déploie une sur un cluster Kubernetes existant.'
      ],
      [
        'Sets up a Kubernetes environment for models, with scaling, secrets and resource limits.',
        'Met en place un environnement Kubernetes pour les modèles, avec mise à l’échelle, secrets et limites de ressources.'
      ],
      [
        'Defines how the whole company builds, ships and runs containers.',
        'Définit la manière dont toute l’entreprise construit, livre et exploite ses conteneurs.'
      ]
    ),
    target: 2,
    suggestion: suggest(
      'course',
      'Docker and Kubernetes course, deploying a model as a service',
      'Formation Docker et Kubernetes, en déployant un modèle comme service'
    )
  },
  {
    id: 'skill.scrum',
    category: 'technical',
    group: 'group.agile',
    name: { en: 'Scrum in a team', fr: 'Scrum en équipe' },
    description: {
      en: 'Running a team’s work in short iterations with clear roles and reviews.',
      fr: 'Organiser le travail d’une équipe en courtes itérations, avec des rôles et des revues clairs.'
    },
    tools: ['Scrum'],
    levels: levels(
      ['Has not worked in a Scrum team.', 'N’a pas travaillé dans une équipe Scrum.'],
      ['Knows the roles, events and artefacts of Scrum.', 'Connaît les rôles, les cérémonies et les artefacts de Scrum.'],
      [
        'Has worked several sprints in a Scrum team and takes part in planning and reviews.',
        'A travaillé plusieurs sprints dans une équipe Scrum et participe à la planification et aux revues.'
      ],
      [
        'Acts as product owner or Scrum master and adapts the method to data and AI work.',
        'Tient le rôle de product owner ou de Scrum master et adapte la méthode au travail data et IA.'
      ],
      [
        'Coaches several teams and changes how the organisation plans and funds its projects.',
        'Accompagne plusieurs équipes et change la manière dont l’organisation planifie et finance ses projets.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'course',
      'Scrum certification (product owner or Scrum master)',
      'Certification Scrum (product owner ou Scrum master)'
    )
  },
  {
    id: 'skill.safe',
    category: 'technical',
    group: 'group.agile',
    name: { en: 'Agile at scale (SAFe)', fr: 'Agilité à l’échelle (SAFe)' },
    description: {
      en: 'Coordinating many agile teams on shared goals and a common rhythm.',
      fr: 'Coordonner de nombreuses équipes agiles autour d’objectifs partagés et d’un rythme commun.'
    },
    tools: ['SAFe'],
    levels: levels(
      ['Has not seen agile methods applied across several teams.', 'N’a pas vu l’agilité appliquée à plusieurs équipes.'],
      [
        'Can explain what a release train and programme increment planning are.',
        'Sait expliquer ce que sont un train de release et une planification d’incrément.'
      ],
      [
        'Has taken part in a multi-team planning event and tracked dependencies.',
        'A participé à une planification multi-équipes et suivi les dépendances.'
      ],
      [
        'Organises the planning of several teams and settles their priorities.',
        'Organise la planification de plusieurs équipes et arbitre leurs priorités.'
      ],
      [
        'Leads a scaled agile transformation across a department or a company.',
        'Conduit une transformation agile à l’échelle d’une direction ou d’une entreprise.'
      ]
    ),
    target: 2,
    suggestion: suggest('course', 'SAFe certification', 'Certification SAFe')
  },
  {
    id: 'skill.project-tools',
    category: 'technical',
    group: 'group.collaboration',
    name: { en: 'Project-tracking tools', fr: 'Outils de suivi de projet' },
    description: {
      en: 'Planning and following work in the tools teams share.',
      fr: 'Planifier et suivre le travail dans les outils que partagent les équipes.'
    },
    tools: ['Asana', 'Jira', 'Trello'],
    levels: levels(
      ['Has not used a shared project-tracking tool.', 'N’a pas utilisé d’outil partagé de suivi de projet.'],
      [
        'Can find, update and comment on tasks that others created.',
        'Sait retrouver, mettre à jour et commenter des tâches créées par d’autres.'
      ],
      [
        'Sets up a board for a project and keeps it current with the team.',
        'Monte le tableau d’un projet et le tient à jour avec l’équipe.'
      ],
      [
        'Builds the dashboards and workflows several teams report through.',
        'Construit les tableaux de bord et les circuits par lesquels plusieurs équipes rendent compte.'
      ],
      [
        'Chooses the tools for an organisation and sets how portfolios are reported to leadership.',
        'Choisit les outils d’une organisation et fixe la façon dont les portefeuilles sont présentés à la direction.'
      ]
    ),
    target: 2,
    suggestion: suggest('experience', 'Run a project end to end in Jira or Asana', 'Piloter un projet de bout en bout dans Jira ou Asana')
  },
  {
    id: 'skill.team-tools',
    category: 'technical',
    group: 'group.collaboration',
    name: { en: 'Team communication and code tools', fr: 'Outils d’échange et de code' },
    description: {
      en: 'Working in the open with chat channels and shared code repositories.',
      fr: 'Travailler de façon transparente avec des canaux de discussion et des dépôts de code partagés.'
    },
    tools: ['Slack', 'GitHub'],
    levels: levels(
      ['Works mostly by email and shared files.', 'Travaille surtout par e-mail et fichiers partagés.'],
      [
        'Follows the team’s channels and can read a repository and its issues.',
        'Suit les canaux de l’équipe et sait lire un dépôt et ses tickets.'
      ],
      ['Opens and reviews pull requests and runs a project channel.', 'Ouvre et relit des pull requests et anime un canal de projet.'],
      [
        'Sets the team’s conventions: review rules, channels, automations.',
        'Fixe les conventions de l’équipe : règles de relecture, canaux, automatisations.'
      ],
      [
        'Shapes how a whole organisation collaborates across teams and sites.',
        'Façonne la collaboration de toute une organisation entre équipes et sites.'
      ]
    ),
    target: 2,
    suggestion: suggest(
      'experience',
      'Contribute to a shared GitHub repository with reviewed pull requests',
      'Contribuer à un dépôt GitHub partagé avec des pull requests relues'
    )
  },
  {
    id: 'skill.data-security',
    category: 'technical',
    group: 'group.cybersecurity',
    name: { en: 'Security of data and systems', fr: 'Sécurité des données et des systèmes' },
    description: {
      en: 'Protecting data and the systems that hold it: access, encryption, incidents.',
      fr: 'Protéger les données et les systèmes qui les hébergent : accès, chiffrement, incidents.'
    },
    levels: levels(
      ['Has no particular security knowledge.', 'N’a pas de connaissances particulières en sécurité.'],
      [
        'Applies the company’s security rules and recognises phishing and weak access practices.',
        'Applique les règles de sécurité de l’entreprise et reconnaît l’hameçonnage et les accès mal protégés.'
      ],
      [
        'Reviews a project’s access rights, encryption and logging with the security team.',
        'Passe en revue les droits d’accès, le chiffrement et la journalisation d’un projet avec l’équipe sécurité.'
      ],
      [
        'Runs a threat analysis of a data platform and has the risks treated.',
        'Conduit l’analyse des menaces d’une plateforme de données et fait traiter les risques.'
      ],
      [
        'Shares accountability for the company’s security policy and leads the response to an incident.',
        'Porte avec d’autres la politique de sécurité de l’entreprise et dirige la réponse à un incident.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'course',
      'Security course and a threat review of one data project',
      'Formation à la sécurité et analyse des menaces d’un projet data'
    )
  },
  {
    id: 'skill.ai-security',
    category: 'technical',
    group: 'group.cybersecurity',
    name: { en: 'Threats specific to AI', fr: 'Menaces propres à l’IA' },
    description: {
      en: 'Attacks on models and their data: poisoning, prompt injection, model theft, data leaks.',
      fr: 'Les attaques visant les modèles et leurs données : empoisonnement, injection de prompt, vol de modèle, fuites.'
    },
    levels: levels(
      ['Has not looked at how AI systems can be attacked.', 'Ne s’est pas penché sur les attaques contre les systèmes d’IA.'],
      [
        'Can name the main attacks on AI systems and give an example of each.',
        'Sait citer les principales attaques contre l’IA et en donner un exemple.'
      ],
      [
        'Has tested one AI system against prompt injection or data leakage.',
        'A testé un système d’IA contre l’injection de prompt ou la fuite de données.'
      ],
      [
        'Defines the security requirements every AI project must meet before release.',
        'Définit les exigences de sécurité que tout projet d’IA doit remplir avant sa mise en service.'
      ],
      [
        'Extends the company’s security policy to all AI uses, suppliers included.',
        'Étend la politique de sécurité de l’entreprise à tous les usages de l’IA, fournisseurs compris.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'compliance',
      'Write the security requirements for AI projects',
      'Rédiger les exigences de sécurité des projets d’IA'
    )
  },
  {
    id: 'skill.gdpr',
    category: 'regulation',
    group: 'group.regulation',
    name: { en: 'Data protection (GDPR)', fr: 'Protection des données (RGPD)' },
    description: {
      en: 'The European rules on personal data and what they require of AI projects.',
      fr: 'Les règles européennes sur les données personnelles et ce qu’elles imposent aux projets d’IA.'
    },
    tools: [{ en: 'GDPR', fr: 'RGPD' }],
    levels: levels(
      ['Knows little of the data-protection rules.', 'Connaît peu les règles de protection des données.'],
      [
        'Can explain legal basis, consent and people’s rights over their data.',
        'Sait expliquer base légale, consentement et droits des personnes sur leurs données.'
      ],
      [
        'Has filled in a processing record and taken part in an impact assessment with the DPO.',
        'A rempli un registre des traitements et participé à une analyse d’impact avec le DPO.'
      ],
      [
        'Builds privacy into AI projects from the start and settles data questions with the DPO.',
        'Intègre la protection des données aux projets d’IA dès leur conception et tranche les questions de données avec le DPO.'
      ],
      [
        'Answers for the compliance of every AI use of personal data before leadership and the regulator.',
        'Répond de la conformité de tous les usages de données personnelles par l’IA devant la direction et l’autorité de contrôle.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'compliance',
      'GDPR course, then an impact assessment of one AI project',
      'Formation au RGPD, puis analyse d’impact d’un projet d’IA'
    )
  },
  {
    id: 'skill.ai-act',
    category: 'regulation',
    group: 'group.regulation',
    name: { en: 'EU AI Act', fr: 'Règlement européen sur l’IA (AI Act)' },
    description: {
      en: 'The European regulation that sorts AI systems by risk and sets duties for each level.',
      fr: 'Le règlement européen qui classe les systèmes d’IA par niveau de risque et fixe les obligations de chacun.'
    },
    tools: [{ en: 'EU AI Act', fr: 'règlement européen sur l’IA' }],
    levels: levels(
      ['Has not read about the AI Act.', 'Ne s’est pas encore intéressé au règlement européen sur l’IA.'],
      [
        'Can name the risk levels and give an example of a banned and a high-risk use.',
        'Sait citer les niveaux de risque et donner un exemple d’usage interdit et d’usage à haut risque.'
      ],
      [
        'Has classified the company’s AI systems by risk level with the legal team.',
        'A classé les systèmes d’IA de l’entreprise par niveau de risque avec le service juridique.'
      ],
      [
        'Sets up what a high-risk system needs: documentation, human oversight, quality management.',
        'Met en place ce qu’exige un système à haut risque : documentation, contrôle humain, gestion de la qualité.'
      ],
      [
        'Leads the company’s AI Act programme and answers for it before leadership and auditors.',
        'Dirige le programme de mise en conformité de l’entreprise et en répond devant la direction et les auditeurs.'
      ]
    ),
    target: 4,
    suggestion: suggest(
      'compliance',
      'Classify the company’s AI systems under the EU AI Act',
      'Classer les systèmes d’IA de l’entreprise selon le règlement européen sur l’IA'
    )
  },
  {
    id: 'skill.ai-ethics',
    category: 'regulation',
    group: 'group.regulation',
    name: { en: 'AI ethics and governance', fr: 'Éthique et gouvernance de l’IA' },
    description: {
      en: 'Deciding who may use AI for what, checking fairness and transparency, and keeping the decisions on record.',
      fr: 'Décider qui peut utiliser l’IA et pour quoi, vérifier l’équité et la transparence, et garder trace des décisions.'
    },
    levels: levels(
      [
        'Has not thought about how AI uses should be governed.',
        'Ne s’est pas encore posé la question de la gouvernance des usages de l’IA.'
      ],
      [
        'Can explain bias, explainability and accountability with real examples.',
        'Sait expliquer biais, explicabilité et responsabilité à partir d’exemples réels.'
      ],
      [
        'Has checked a model for unfair outcomes and documented its limits.',
        'A vérifié qu’un modèle ne produit pas de résultats inéquitables et documenté ses limites.'
      ],
      [
        'Runs a review of AI uses with a risk register and clear sign-off roles.',
        'Anime une revue des usages de l’IA avec un registre des risques et des rôles de validation clairs.'
      ],
      [
        'Has set the company’s AI charter and governance body and makes them respected.',
        'A établi la charte et l’instance de gouvernance de l’IA de l’entreprise et les fait respecter.'
      ]
    ),
    target: 4,
    suggestion: suggest(
      'compliance',
      'Set up AI governance: an ethics charter, a risk register and a review of AI uses',
      'Mettre en place la gouvernance de l’IA : charte éthique, registre des risques et revue des usages'
    )
  },
  {
    id: 'skill.leadership',
    category: 'behavioural',
    group: 'group.leadership',
    name: { en: 'Leadership and strategic vision', fr: 'Leadership et vision stratégique' },
    description: {
      en: 'Setting a clear AI vision and rallying teams from several departments behind it.',
      fr: 'Fixer une vision claire de l’IA et y rallier des équipes de plusieurs services.'
    },
    levels: levels(
      ['Has not yet led people or set a direction for others.', 'N’a pas encore encadré ni donné de cap à d’autres.'],
      ['Leads a task or a small project and keeps others informed.', 'Mène une tâche ou un petit projet et tient les autres informés.'],
      [
        'Manages a team and gives it goals it understands and agrees with.',
        'Encadre une équipe et lui donne des objectifs qu’elle comprend et partage.'
      ],
      [
        'Writes a multi-year AI strategy tied to business goals and leads managers across departments.',
        'Rédige une stratégie IA pluriannuelle liée aux objectifs de l’entreprise et entraîne des managers de plusieurs services.'
      ],
      [
        'Sits with the executive committee, sets the AI direction of the company and is followed on it.',
        'Siège auprès du comité de direction, fixe le cap de l’entreprise en matière d’IA et se fait suivre.'
      ]
    ),
    target: 4,
    suggestion: suggest(
      'leadership',
      'Write an AI strategy aligned with business goals and present it to the executive committee',
      'Rédiger une stratégie IA alignée sur les objectifs de l’entreprise et la présenter au comité de direction'
    )
  },
  {
    id: 'skill.change-management',
    category: 'behavioural',
    group: 'group.leadership',
    name: { en: 'Change management', fr: 'Conduite du changement' },
    description: {
      en: 'Handling resistance to change and driving the adoption of AI across the organisation.',
      fr: 'Gérer les résistances et faire adopter l’IA dans toute l’organisation.'
    },
    levels: levels(
      ['Has not had to bring others through a change.', 'N’a pas eu à accompagner d’autres personnes dans un changement.'],
      [
        'Can explain why people resist a new tool and what helps them adopt it.',
        'Sait expliquer pourquoi on résiste à un nouvel outil et ce qui aide à l’adopter.'
      ],
      [
        'Has brought one team to adopt a new tool or way of working, with training and follow-up.',
        'A fait adopter un nouvel outil ou une nouvelle façon de travailler à une équipe, formation et suivi compris.'
      ],
      [
        'Plans and runs the change for several departments, with sponsors, training and adoption measures.',
        'Planifie et conduit le changement dans plusieurs services, avec sponsors, formations et mesures d’adoption.'
      ],
      [
        'Has changed how a whole company works with AI and kept the change going over years.',
        'A changé la façon dont toute une entreprise travaille avec l’IA et fait durer ce changement.'
      ]
    ),
    target: 4,
    suggestion: suggest(
      'leadership',
      'Run an AI literacy programme for the staff of several departments',
      'Conduire un programme d’acculturation à l’IA pour les salariés de plusieurs services'
    )
  },
  {
    id: 'skill.negotiation',
    category: 'behavioural',
    group: 'group.leadership',
    name: { en: 'Listening and negotiation', fr: 'Écoute et négociation' },
    description: {
      en: 'Winning stakeholder support for AI initiatives and negotiating budgets and resources.',
      fr: 'Obtenir l’adhésion des parties prenantes et négocier budgets et ressources.'
    },
    levels: levels(
      ['Has not yet had to win support or negotiate resources.', 'N’a pas encore eu à convaincre ni à négocier des moyens.'],
      [
        'Listens to stakeholders and restates their needs accurately.',
        'Écoute les parties prenantes et reformule fidèlement leurs besoins.'
      ],
      [
        'Has won a manager’s support and a budget line for a project.',
        'A obtenu le soutien d’un responsable et une ligne de budget pour un projet.'
      ],
      [
        'Negotiates budgets and people for an AI programme with several directors and vendors.',
        'Négocie budgets et effectifs d’un programme IA avec plusieurs directeurs et fournisseurs.'
      ],
      [
        'Secures a company-level AI budget and settles conflicts between executives.',
        'Obtient un budget IA au niveau de l’entreprise et règle les désaccords entre dirigeants.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'leadership',
      'Build the business case and budget of an AI programme and have it approved',
      'Construire le business case et le budget d’un programme IA et les faire valider'
    )
  },
  {
    id: 'skill.communication',
    category: 'behavioural',
    group: 'group.communication',
    name: { en: 'Communication and popularisation', fr: 'Communication et vulgarisation' },
    description: {
      en: 'Public speaking and explaining complex technical ideas to non-specialists.',
      fr: 'Prendre la parole en public et rendre accessibles des notions techniques complexes.'
    },
    levels: levels(
      ['Avoids speaking in front of a group.', 'Évite de prendre la parole devant un groupe.'],
      ['Presents their own work clearly to their team.', 'Présente clairement son propre travail à son équipe.'],
      [
        'Explains an AI project to non-specialists so that they can decide on it.',
        'Explique un projet d’IA à des non-spécialistes de sorte qu’ils puissent décider.'
      ],
      [
        'Speaks at conferences or company events and reports AI results to the executive committee.',
        'Intervient en conférence ou lors d’événements internes et présente les résultats de l’IA au comité de direction.'
      ],
      [
        'Is a recognised voice on AI inside and outside the company, including with the press.',
        'Est une voix reconnue sur l’IA dans l’entreprise et au-dehors, presse comprise.'
      ]
    ),
    target: 4,
    suggestion: suggest(
      'visibility',
      'Speak at a meetup or conference about an AI project',
      'Présenter un projet d’IA lors d’un meetup ou d’une conférence'
    )
  },
  {
    id: 'skill.english',
    category: 'behavioural',
    group: 'group.communication',
    name: { en: 'Excellent English', fr: 'Excellent niveau d’anglais' },
    description: {
      en: 'Fluent spoken and written English.',
      fr: 'Un anglais courant, à l’oral comme à l’écrit.'
    },
    levels: levels(
      ['Reads simple English with difficulty.', 'Lit difficilement un anglais simple.'],
      [
        'Reads technical documentation and writes short messages in English.',
        'Lit de la documentation technique et écrit de courts messages en anglais.'
      ],
      [
        'Takes part in meetings in English and writes clear reports.',
        'Participe à des réunions en anglais et rédige des comptes rendus clairs.'
      ],
      [
        'Leads meetings, negotiates and presents in English without preparation notes.',
        'Anime des réunions, négocie et présente en anglais sans notes.'
      ],
      [
        'Works in English as easily as in their own language, including in public debate.',
        'Travaille en anglais aussi aisément que dans sa langue, y compris dans un débat public.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'course',
      'English course for business presentations and negotiation',
      'Formation à l’anglais des présentations et de la négociation'
    )
  },
  {
    id: 'skill.analysis',
    category: 'behavioural',
    group: 'group.insight',
    name: { en: 'Analysis and synthesis', fr: 'Analyse et synthèse' },
    description: {
      en: 'Breaking down complex situations and summarising what matters.',
      fr: 'Décortiquer des situations complexes et en dégager l’essentiel.'
    },
    levels: levels(
      ['Struggles to sort what matters in a complex situation.', 'Peine à trier l’essentiel dans une situation complexe.'],
      ['Summarises a document or a meeting accurately.', 'Résume fidèlement un document ou une réunion.'],
      [
        'Breaks a business problem into parts and backs a recommendation with data.',
        'Décompose un problème métier et appuie une recommandation sur des données.'
      ],
      [
        'Turns a tangle of projects, numbers and opinions into one page a committee can decide on.',
        'Transforme un enchevêtrement de projets, de chiffres et d’avis en une page sur laquelle un comité peut décider.'
      ],
      [
        'Frames the company’s big AI decisions and is asked to arbitrate the hardest ones.',
        'Pose les termes des grandes décisions de l’entreprise sur l’IA et arbitre les plus difficiles.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'experience',
      'Write a one-page decision memo on an AI investment',
      'Rédiger une note de décision d’une page sur un investissement en IA'
    )
  },
  {
    id: 'skill.market-awareness',
    category: 'behavioural',
    group: 'group.insight',
    name: { en: 'Awareness of market trends', fr: 'Veille sur les tendances du marché' },
    description: {
      en: 'Following the market and the moves of competitors and vendors.',
      fr: 'Suivre le marché et les mouvements des concurrents et des fournisseurs.'
    },
    levels: levels(
      ['Does not follow AI news or the market.', 'Ne suit ni l’actualité de l’IA ni le marché.'],
      [
        'Reads AI news now and then and knows the main vendors.',
        'Lit de temps en temps l’actualité de l’IA et connaît les principaux fournisseurs.'
      ],
      ['Keeps a regular watch and shares what matters with the team.', 'Tient une veille régulière et partage l’essentiel avec l’équipe.'],
      [
        'Tells leadership what competitors and vendors are doing and what it means for the company.',
        'Explique à la direction ce que font concurrents et fournisseurs et ce que cela change pour l’entreprise.'
      ],
      [
        'Anticipates market shifts and adjusts the company’s AI strategy ahead of them.',
        'Anticipe les évolutions du marché et ajuste la stratégie IA de l’entreprise avant qu’elles n’arrivent.'
      ]
    ),
    target: 3,
    suggestion: suggest(
      'visibility',
      'Keep a monthly technology and market watch on AI and share it',
      'Tenir une veille mensuelle sur les technologies et le marché de l’IA et la partager'
    )
  }
];

export const SKILL_IDS = SKILLS.map((skill) => skill.id);

const byId = new Map(SKILLS.map((skill) => [skill.id, skill]));
const groupById = new Map(SKILL_GROUPS.map((group) => [group.id, group]));

export function skillById(id: string): Skill | undefined {
  return byId.get(id);
}

export function skillGroup(id: string): SkillGroup | undefined {
  return groupById.get(id);
}

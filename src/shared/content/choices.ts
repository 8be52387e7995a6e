/**
 * The two choices people ask about, compared side by side: which master's for a student, and whether a
 * business profile should take an executive programme. Every fact cites its sources; durations are
 * CAIO Path's planning estimates (PLANNING_SOURCE), never presented as facts.
 */
import { ARTICLE_SOURCE, type Source } from './pay';
import { PROGRAMME_TEMPLATES, type MilestoneTemplate } from './routes';
import type { Text } from './text';

/** The day the education and certification facts were gathered from the sources below. */
const GATHERED = '2026-12-07';

function source(id: string, en: string, fr: string, year: string | null): Source {
  return { id, title: { en, fr }, consulted: GATHERED, year };
}

export const CHOICE_SOURCES: Record<string, Source> = Object.fromEntries(
  [
    ARTICLE_SOURCE,
    source(
      'source.levels',
      'Décret n° 2019-14 on qualification levels (formation-continue.parisnanterre.fr; emploilr.com)',
      'Décret n° 2019-14 sur les niveaux de qualification (formation-continue.parisnanterre.fr ; emploilr.com)',
      '2019'
    ),
    source(
      'source.grade',
      'The grade de master (letudiant.fr; consulfrance-hongkong.org)',
      'Le grade de master (letudiant.fr ; consulfrance-hongkong.org)',
      null
    ),
    source(
      'source.alternance',
      'ONISEP, apprenticeship and professionalisation contracts (onisep.fr)',
      'ONISEP, contrats d’apprentissage et de professionnalisation (onisep.fr)',
      '2024'
    ),
    source(
      'source.mba',
      'The MBA in France (cadremploi.fr; digischool.fr; franco.wiki)',
      'Le MBA en France (cadremploi.fr ; digischool.fr ; franco.wiki)',
      null
    ),
    source(
      'source.cpf',
      'CPF rights and the 2026 cap for the Répertoire spécifique (moneyvox.fr; hexopee.org; blohorn-avocats.fr)',
      'Droits CPF et plafond 2026 du Répertoire spécifique (moneyvox.fr ; hexopee.org ; blohorn-avocats.fr)',
      '2026'
    ),
    source(
      'source.aigp',
      'IAPP AIGP exam fees (open-exam-prep.com, citing the IAPP store)',
      'Tarifs de l’examen AIGP de l’IAPP (open-exam-prep.com, d’après la boutique de l’IAPP)',
      '2026'
    ),
    source(
      'source.exec-search',
      'CAIO Path’s search for French executive programmes in AI strategy: no official catalogue, price or RNCP number found',
      'Recherche de Parcours CAIO sur les programmes exécutifs français en stratégie IA : ni catalogue officiel, ni prix, ni numéro RNCP trouvés',
      '2026'
    )
  ].map((item) => [item.id, item])
);

/** One fact shown in a comparison cell, with the sources that state it. */
export interface Fact {
  text: Text;
  sourceIds: string[];
}

const fact = (en: string, fr: string, ...sourceIds: string[]): Fact => ({ text: { en, fr }, sourceIds });

export interface MasterOption {
  id: string;
  name: Text;
  leadsTo: Fact[];
  asks: Fact[];
  lookUp: Fact[];
}

const nationalMaster = {
  leadsTo: [
    fact(
      'Level 7 (bac+5), the grade de master attached automatically.',
      'Niveau 7 (bac+5), avec le grade de master attaché d’office.',
      'source.levels',
      'source.grade'
    ),
    fact(
      'The article names computer science, data science and AI alike as the usual studies of a CAIO.',
      'L’article cite l’informatique, la data science et l’IA à égalité comme études habituelles d’un CAIO.',
      ARTICLE_SOURCE.id
    )
  ],
  asks: [
    fact(
      'A licence (level 6, bac+3) first, then two years: master 1 (still level 6) and master 2.',
      'Une licence (niveau 6, bac+3) d’abord, puis deux ans : master 1 (encore niveau 6) et master 2.',
      'source.levels'
    )
  ],
  lookUp: [
    fact(
      'Mon Master, the national platform for national masters (MBAs are not on it); ONISEP for what each programme teaches.',
      'Mon Master, la plateforme nationale des masters nationaux (les MBA n’y figurent pas) ; l’ONISEP pour le contenu de chaque formation.',
      'source.mba',
      'source.alternance'
    )
  ]
};

export const MASTER_OPTIONS: MasterOption[] = [
  { id: 'master-ai', name: { en: 'Master’s in artificial intelligence', fr: 'Master en intelligence artificielle' }, ...nationalMaster },
  { id: 'master-data', name: { en: 'Master’s in data science', fr: 'Master en data science' }, ...nationalMaster },
  { id: 'master-cs', name: { en: 'Master’s in computer science', fr: 'Master en informatique' }, ...nationalMaster },
  {
    id: 'engineering-school',
    name: { en: 'Engineering school (diplôme d’ingénieur)', fr: 'École d’ingénieurs (diplôme d’ingénieur)' },
    leadsTo: [
      fact(
        'Level 7 (bac+5); a CTI-accredited diploma carries the grade de master.',
        'Niveau 7 (bac+5) ; un diplôme accrédité par la CTI confère le grade de master.',
        'source.levels',
        'source.grade'
      ),
      nationalMaster.leadsTo[1]!
    ],
    asks: [
      fact(
        'Check that the school’s diploma is CTI-accredited: only then does it carry the grade de master.',
        'Vérifier que le diplôme de l’école est accrédité par la CTI : c’est la condition du grade de master.',
        'source.grade'
      )
    ],
    lookUp: [fact('ONISEP, for the schools and their admissions.', 'L’ONISEP, pour les écoles et leurs admissions.', 'source.alternance')]
  },
  {
    id: 'work-study',
    name: { en: 'Any of these in work-study (alternance)', fr: 'L’une de ces formations en alternance' },
    leadsTo: [
      fact(
        'The same diploma, with time in a company: an apprenticeship counts as initial training and pays 27 to 100 % of the SMIC.',
        'Le même diplôme, avec du temps en entreprise : l’apprentissage relève de la formation initiale et est rémunéré de 27 à 100 % du SMIC.',
        'source.alternance'
      )
    ],
    asks: [
      fact(
        'An employer’s contract: apprenticeship from 16 to 29 (6 months to 3 years), or professionalisation from 16 to 25 and for job seekers from 26.',
        'Un contrat avec un employeur : apprentissage de 16 à 29 ans (6 mois à 3 ans), ou professionnalisation de 16 à 25 ans et pour les demandeurs d’emploi dès 26 ans.',
        'source.alternance'
      )
    ],
    lookUp: [fact('ONISEP explains both contracts.', 'L’ONISEP présente les deux contrats.', 'source.alternance')]
  }
];

export const EXECUTIVE_OPTION_IDS = ['executive-mba', 'ai-certificate', 'neither'] as const;
export type ExecutiveOptionId = (typeof EXECUTIVE_OPTION_IDS)[number];

export interface ExecutiveOption {
  id: ExecutiveOptionId;
  name: Text;
  /** The programme as a milestone of the plan (its size, a CAIO Path planning estimate, is the template's); none for "neither". */
  template: MilestoneTemplate | null;
  cost: Fact[];
  evidences: Fact[];
}

const programme = (id: string): MilestoneTemplate => PROGRAMME_TEMPLATES.find((template) => template.id === id)!;

export const EXECUTIVE_OPTIONS: ExecutiveOption[] = [
  {
    id: 'executive-mba',
    name: { en: 'Executive MBA', fr: 'Executive MBA' },
    template: programme('programme.executive-mba'),
    cost: [
      fact(
        'No public source checked by CAIO Path gives a cost range for a French executive MBA.',
        'Aucune source publique vérifiée par Parcours CAIO ne donne de fourchette de coût pour un executive MBA en France.',
        'source.exec-search'
      )
    ],
    evidences: [
      fact(
        'The article counts an MBA with a strong technology component as a way into the role.',
        'L’article reconnaît un MBA à forte composante technologique comme voie d’accès au poste.',
        ARTICLE_SOURCE.id
      ),
      fact(
        'Not a state diploma: no level or grade by itself; its signals are AACSB, AMBA or EQUIS accreditation and any RNCP registration.',
        'Ce n’est pas un diplôme d’État : ni niveau ni grade en soi ; ses gages sont les accréditations AACSB, AMBA ou EQUIS et un éventuel enregistrement au RNCP.',
        'source.mba'
      )
    ]
  },
  {
    id: 'ai-certificate',
    name: { en: 'Executive certificate in AI', fr: 'Certificat exécutif en IA' },
    template: programme('programme.ai-certificate'),
    cost: [
      fact(
        'No price found for a French executive programme in AI strategy.',
        'Aucun prix trouvé pour un programme exécutif français en stratégie IA.',
        'source.exec-search'
      ),
      fact(
        'If it is registered in the Répertoire spécifique, the CPF covers at most €1,500 since 26 Feb 2026; an employee earns €500 a year, up to €5,000.',
        'S’il est inscrit au Répertoire spécifique, le CPF le finance au plus à 1 500 € depuis le 26 février 2026 ; un salarié acquiert 500 € par an, jusqu’à 5 000 €.',
        'source.cpf'
      )
    ],
    evidences: [
      fact(
        'AI knowledge for a leader; no official catalogue or RNCP number was found for a CAIO-specific programme.',
        'Des connaissances en IA pour un dirigeant ; aucun catalogue officiel ni numéro RNCP trouvé pour un programme propre au CAIO.',
        'source.exec-search'
      )
    ]
  },
  {
    id: 'neither',
    name: { en: 'Neither: lead an AI transformation now', fr: 'Ni l’un ni l’autre : mener une transformation IA dès maintenant' },
    template: null,
    cost: [
      fact(
        'Nothing for a programme; a governance certification such as the IAPP AIGP costs $649 (member) or $799 for the exam.',
        'Rien pour une formation ; une certification de gouvernance comme l’AIGP de l’IAPP coûte 649 $ (membre) ou 799 $ l’examen.',
        'source.aigp'
      )
    ],
    evidences: [
      fact(
        'Results in post: the article describes the CAIO’s work as strategy, projects brought to production, budgets and compliance.',
        'Des résultats en poste : l’article décrit le travail du CAIO comme stratégie, projets mis en production, budgets et conformité.',
        ARTICLE_SOURCE.id
      )
    ]
  }
];

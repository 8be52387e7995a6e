import type { Resources } from './en';

/** Textes de l’interface en français (mêmes clés que l’anglais). */
export const fr = {
  app: {
    name: 'Parcours CAIO',
    tagline: 'De vos études au poste de directeur de l’IA',
    skipToContent: 'Aller au contenu principal',
    loading: 'Chargement…',
    offline: 'Tout reste sur cet ordinateur.'
  },
  nav: {
    label: 'Navigation principale',
    dashboard: 'Tableau de bord',
    plan: 'Plan',
    skills: 'Compétences',
    guide: 'Guide',
    settings: 'Réglages'
  },
  common: {
    save: 'Enregistrer',
    cancel: 'Annuler',
    delete: 'Supprimer',
    rename: 'Renommer',
    close: 'Fermer',
    add: 'Ajouter',
    none: 'Aucun'
  },
  dashboard: {
    title: 'Tableau de bord',
    intro: 'Où vous en êtes sur la route du poste de Chief AI Officer.',
    following: 'Plan suivi : « {{name}} »',
    plans_one: '{{count}} plan',
    plans_many: '{{count}} de plans',
    plans_other: '{{count}} plans',
    milestonesResolved: '{{resolved}} étapes clés terminées sur {{total}}',
    overdue_one: '{{count}} étape clé en retard',
    overdue_many: '{{count}} d’étapes clés en retard',
    overdue_other: '{{count}} étapes clés en retard',
    noOverdue: 'Rien en retard.',
    noneDue: 'Aucune échéance à venir.',
    targetPay: 'Rémunération visée',
    empty: 'Vous n’avez pas encore de plan.',
    startPlan: 'Créer votre premier plan',
    openPlan: 'Ouvrir le plan',
    nextThree: 'Les trois prochaines étapes',
    path: {
      label: 'Votre parcours d’aujourd’hui jusqu’au rôle de Chief AI Officer, phase par phase',
      today: 'Vous êtes ici',
      goal: 'Objectif CAIO',
      done: 'Terminée',
      by: 'd’ici le {{date}}'
    }
  },
  planMenu: {
    label: 'Plans',
    switch: 'Passer à un autre plan',
    current: 'Ce plan'
  },
  plan: {
    title: 'Plan',
    choose: 'Plan',
    newPlan: 'Nouveau plan',
    newPlanName: 'Nom du nouveau plan',
    create: 'Créer le plan',
    createBlank: 'Plan vierge',
    createFrom: 'Partir de',
    defaultName: 'Mon parcours vers CAIO',
    copyName: '{{name}} (copie)',
    duplicate: 'Dupliquer',
    archive: 'Archiver',
    unarchive: 'Sortir des archives',
    archived: 'archivé',
    showArchived: 'Afficher les plans archivés',
    renamePlan: 'Renommer le plan',
    planName: 'Nom du plan',
    deletePlan: 'Supprimer le plan',
    deletePlanConfirm:
      'Supprimer le plan « {{name}} » et ses {{milestones}} ? Vous pourrez l’annuler pendant 30 minutes (Annuler, ou Ctrl+Z).',
    deletePlanYes: 'Oui, supprimer le plan',
    empty: 'Créez un plan pour commencer à suivre vos étapes clés.',
    stageEmpty: 'Aucune étape clé dans cette phase pour l’instant.',
    progress: '{{resolved}} sur {{total}} terminées',
    addMilestone: 'Ajouter une étape clé',
    addStage: 'Ajouter une phase',
    stageTitle: 'Nom de la phase',
    renameStage: 'Renommer la phase « {{title}} »',
    milestoneTitle: 'Intitulé de l’étape clé',
    stage: 'Phase',
    kindLabel: 'Type',
    statusLabel: 'Statut',
    dueDate: 'Échéance',
    completedDate: 'Terminée le',
    notes: 'Notes',
    due: 'Échéance : {{date}}',
    overdueOn: 'En retard depuis le {{date}}',
    completedOn: 'Terminée le {{date}}',
    completedIn: 'Obtenue en {{year}}',
    completedUnknown: 'Terminée, date inconnue',
    markDone: 'Marquer « {{title}} » comme terminée',
    reopen: 'Rouvrir « {{title}} »',
    edit: 'Modifier',
    editMilestone: 'Modifier « {{title}} »',
    deleteMilestone: 'Supprimer « {{title}} »',
    dragHandle: 'Faire glisser pour déplacer « {{title}} »',
    hasNotes: 'Contient des notes',
    evidenceCount_one: '{{count}} justificatif',
    evidenceCount_many: '{{count}} de justificatifs',
    evidenceCount_other: '{{count}} justificatifs',
    milestones_one: '{{count}} étape clé',
    milestones_many: '{{count}} d’étapes clés',
    milestones_other: '{{count}} étapes clés',
    route: 'Voie : {{route}}',
    targetSalary: 'Rémunération d’un CAIO ({{size}}) : {{range}}',
    view: {
      label: 'Afficher le plan en',
      list: 'Liste',
      outline: 'Plan détaillé',
      timeline: 'Frise chronologique'
    },
    listLabel: 'Étapes clés de {{plan}}',
    stageRow: '{{title}} : {{resolved}} sur {{total}} terminées',
    stageProjected: 'prévue le {{date}}',
    shortcuts: 'Raccourcis clavier',
    deleted: '« {{title}} » supprimée.',
    planDeleted: 'Plan « {{name}} » supprimé. Vous pouvez l’annuler pendant 30 minutes.',
    planArchived: 'Plan « {{name}} » archivé.',
    evidenceDeleted: 'Justificatif supprimé.',
    restored: 'Restauré.',
    undo: 'Annuler',
    moved: '« {{title}} » déplacée en position {{position}} dans {{stage}}.'
  },
  filter: {
    label: 'Filtrer les étapes clés',
    search: 'Rechercher dans les intitulés et les notes',
    status: 'Statut',
    kind: 'Type',
    stage: 'Phase',
    any: 'Tous',
    overdue: 'En retard uniquement',
    clear: 'Effacer les filtres',
    shown_one: '{{count}} étape clé affichée sur {{total}}',
    shown_many: '{{count}} d’étapes clés affichées sur {{total}}',
    shown_other: '{{count}} étapes clés affichées sur {{total}}',
    none: 'Aucune étape clé ne correspond à ces filtres.'
  },
  editor: {
    title: 'Modifier l’étape clé',
    discardQuestion: 'Vos modifications ne sont pas enregistrées. Les abandonner ?',
    keepEditing: 'Continuer à modifier',
    discard: 'Abandonner les modifications',
    evidence: 'Justificatifs',
    evidenceEmpty: 'Aucun justificatif pour l’instant : ajoutez un lien, un certificat ou une courte description.',
    evidenceDescription: 'Description',
    evidenceUrl: 'Lien (https://…)',
    obtainedDate: 'Date d’obtention',
    expiryDate: 'Date d’expiration',
    addEvidence: 'Ajouter un justificatif',
    deleteEvidence: 'Supprimer le justificatif « {{description}} »',
    obtained: 'obtenu le {{date}}',
    expires: 'expire le {{date}}',
    expired: 'expiré depuis le {{date}}',
    invalidUrl: 'Saisissez une adresse web commençant par http:// ou https://.',
    invalidExpiry: 'La date d’expiration ne peut pas précéder la date d’obtention.'
  },
  shortcuts: {
    keys: {
      homeEnd: 'Début, Fin',
      edit: 'E, Entrée',
      delete: 'Suppr',
      reorder: 'Alt + ↑ ↓',
      undo: 'Ctrl + Z',
      undoMac: '⌘ Z'
    },
    title: 'Raccourcis clavier',
    intro: 'Sur une étape clé sélectionnée dans la liste :',
    move: 'Étape clé précédente ou suivante',
    first: 'Première ou dernière étape clé',
    done: 'Marquer comme terminée',
    progress: 'Marquer comme en cours',
    skip: 'Ignorer',
    reset: 'Remettre à faire',
    edit: 'Modifier',
    delete: 'Supprimer (annulable)',
    reorder: 'Monter ou descendre, d’une phase à l’autre',
    undo: 'Annuler la dernière suppression ou mise en archive',
    help: 'Afficher cette liste',
    initials:
      'D, P, S et R sont les initiales des mots anglais done (terminée), progress (en cours), skip (ignorer) et reset (remettre à faire) ; ce sont les mêmes touches dans les deux langues.'
  },
  progress: {
    overdue: 'En retard',
    overall: 'Progression globale',
    percent: '{{percent}} terminées',
    projected: 'Date prévue du poste de CAIO',
    projectedPlan: 'Fin prévue',
    firstGoalHead: 'Votre premier objectif : Head of AI',
    firstGoalLine: 'Votre premier objectif, Head of AI : {{date}}',
    headOfAiOnTheWay: 'Étape Head of AI en chemin : {{date}}',
    noProjection: 'Ajoutez des étapes clés pour obtenir une date prévue.',
    basis: {
      hours:
        'Toutes les dates de ce plan viennent d’un seul calendrier à {{hours}} heures par semaine : formations et certifications à ce rythme ; diplômes, postes et management sur le temps calendaire qu’ils demandent. La date prévue est l’échéance de l’objectif du plan.',
      overduePinned_one: '{{count}} date fixée est passée : elle reste où elle est tant que vous ne la déplacez pas.',
      overduePinned_many: '{{count}} de dates fixées sont passées : elles restent où elles sont tant que vous ne les déplacez pas.',
      overduePinned_other: '{{count}} dates fixées sont passées : elles restent où elles sont tant que vous ne les déplacez pas.',
      finished: 'Toutes les étapes clés sont terminées.'
    },
    byStage: 'Progression par phase'
  },
  schedule: {
    pinned: 'Date fixée',
    pinnedTitle: 'Date fixée : le calendrier ne la déplace jamais.',
    pin: 'Fixer cette date : le calendrier ne la déplacera pas',
    pinHelp:
      'Une date que vous saisissez est fixée, comme une session d’examen ou la fin d’un diplôme. Décochez pour la rendre au calendrier, qui la planifie selon vos heures par semaine.',
    plannedHelp: 'Planifiée par le calendrier selon vos heures par semaine. Saisissez une date pour la fixer.',
    moved_one: '{{count}} étape clé déplacée ; {{what}} {{before}} → {{after}}.',
    moved_many: '{{count}} d’étapes clés déplacées ; {{what}} {{before}} → {{after}}.',
    moved_other: '{{count}} étapes clés déplacées ; {{what}} {{before}} → {{after}}.',
    caioDate: 'date CAIO',
    endDate: 'fin du plan',
    noDate: 'aucune',
    sameStepElsewhere_one: 'La même étape est encore ouverte dans {{count}} de vos autres plans.',
    sameStepElsewhere_many: 'La même étape est encore ouverte dans {{count}} de vos autres plans.',
    sameStepElsewhere_other: 'La même étape est encore ouverte dans {{count}} de vos autres plans.',
    markDoneElsewhere: 'La marquer terminée là aussi',
    doneElsewhere_one: 'Marquée terminée dans {{count}} autre plan.',
    doneElsewhere_many: 'Marquée terminée dans {{count}} d’autres plans.',
    doneElsewhere_other: 'Marquée terminée dans {{count}} autres plans.',
    pace: {
      title: 'Le rythme de ce plan',
      help: 'Donnez à ce scénario ses propres heures par semaine et sa taille d’entreprise pour le comparer à vos autres plans. Toutes les dates suivent.',
      hours: 'Heures par semaine pour ce plan',
      followProfile: 'Suivre mon profil ({{hours}} h par semaine)',
      ownPace: 'Son propre rythme',
      companySize: 'Taille d’entreprise pour ce plan',
      apply: 'Appliquer à ce plan',
      unchanged: 'Aucune date n’a bougé.'
    },
    compare: {
      title: 'Vos plans côte à côte',
      plan: 'Plan',
      caioDate: 'Date CAIO',
      pace: 'Heures par semaine',
      remaining: 'Formation restante',
      remainingHours: '{{hours}} h',
      fromProfile: '{{hours}} (profil)',
      noGoal: 'Pas d’objectif CAIO'
    }
  },
  timeline: {
    title: 'Frise chronologique',
    chart: 'Plan dessiné par date (défile horizontalement)',
    zoom: 'Échelle',
    year: 'Années',
    quarter: 'Trimestres',
    month: 'Mois',
    today: 'Aujourd’hui',
    quarterLabel: 'T{{quarter}} {{year}}',
    stageRange: '{{stage}} : du {{from}} au {{to}}, {{milestones}}',
    noDates: 'Aucune étape clé n’a encore de date : ajoutez des échéances pour voir la frise.',
    summary: 'Phases par date',
    goal: 'Objectif CAIO, {{date}}',
    legendOpen: 'À faire',
    legendDone: 'Terminée ou ignorée'
  },
  milestone: {
    kind: {
      diploma: 'Diplôme',
      course: 'Formation ou certification',
      experience: 'Expérience',
      skill: 'Compétence',
      leadership: 'Management',
      compliance: 'Conformité',
      visibility: 'Visibilité'
    },
    status: {
      todo: 'À faire',
      in_progress: 'En cours',
      done: 'Terminée',
      skipped: 'Ignorée'
    }
  },
  skills: {
    title: 'Compétences',
    intro: 'Les compétences attendues d’un directeur ou d’une directrice de l’IA.',
    technical: 'Compétences techniques',
    regulation: 'Réglementation et éthique',
    behavioural: 'Compétences comportementales',
    tools: 'Outils et cadres : {{list}}'
  },
  guide: {
    title: 'Guide',
    intro: 'Ce que fait un Chief AI Officer, et comment on le devient.',
    print: 'Imprimer la fiche métier',
    roleSheet: 'Le métier de Chief AI Officer',
    missions: 'Missions',
    studies: 'Études',
    terms: {
      title: 'Les termes des études en France',
      bac5: { term: 'bac+5', meaning: 'cinq années d’études supérieures après le baccalauréat : un master ou un diplôme d’ingénieur.' },
      grandeEcole: {
        term: 'grande école',
        meaning: 'école d’ingénieurs ou de commerce sélective, sur concours ; son diplôme vaut un master.'
      },
      alternance: {
        term: 'alternance',
        meaning: 'l’étudiant partage son temps entre l’école et un emploi salarié, et l’employeur paie la formation.'
      },
      mastere: {
        term: 'mastère spécialisé',
        meaning: 'formation spécialisée d’un an après un master, proposée par les grandes écoles, souvent suivie en travaillant.'
      }
    },
    skills: 'Compétences',
    context: 'Où le poste existe',
    salary: 'Rémunération',
    salaryRange: '{{min}} à {{max}} brut par an',
    salaryFrom: '{{min}} ou plus brut par an',
    evolution: 'Perspectives d’évolution',
    pros: 'Avantages',
    cons: 'Inconvénients',
    source: 'Source : {{title}}, consulté le {{date}}.',
    routes: 'Les voies d’accès',
    routesIntro: 'Trois manières d’y arriver, comparées côte à côte.',
    routeColumn: 'Voie',
    duration: 'Durée typique jusqu’au poste de CAIO',
    durationValue: 'Environ {{years}} ans à {{hours}} h par semaine',
    durationNote:
      'Estimation de Parcours CAIO à partir d’un point de départ typique pour chaque voie ; votre plan utilise vos propres réponses.',
    roles: 'Postes typiques en chemin',
    demands: 'Ce qu’elle exige',
    suits: 'À qui elle convient',
    skips: 'Ce qu’elle évite',
    cost: 'Coût',
    summary: 'En bref'
  },
  law: {
    title: 'Ce que la loi demande, daté',
    intro:
      'Le règlement européen sur l’IA tel que modifié en 2026, les obligations du RGPD qui accompagnent tout projet d’IA, et la situation en France. Ajoutez une obligation à votre plan : elle garde sa date légale ou, si elle s’applique déjà, devient une mise en conformité de votre organisation.',
    checked: 'Faits vérifiés le {{date}}.',
    today: 'Aujourd’hui, {{date}}',
    timeline: 'Calendrier réglementaire',
    laws: {
      'ai-act': 'Règlement IA',
      gdpr: 'RGPD',
      france: 'France'
    },
    status: {
      inForce: 'En vigueur',
      upcoming: 'À venir',
      pending: 'En attente'
    },
    bound: {
      label: 'Qui est concerné',
      none: 'Non précisé par les sources',
      providers: 'fournisseurs',
      deployers: 'déployeurs',
      gpaiProviders: 'fournisseurs de modèles d’IA à usage général',
      controllers: 'responsables de traitement',
      processors: 'sous-traitants',
      memberStates: 'États membres',
      publicBodies: 'autorités publiques'
    },
    reference: 'Référence juridique',
    trigger: 'Quand',
    caveat: 'À noter',
    source: 'Source : {{citation}} ; vérifié le {{date}}.',
    citationSeparator: ' ; ',
    add: 'Ajouter à mon plan',
    addLabel: 'Ajouter à mon plan : {{name}}',
    milestoneUpcoming: 'Être prêt pour : {{name}}',
    milestoneInForce: 'Mettre mon organisation en conformité : {{name}}',
    addedDue: '« {{title}} » ajouté à {{plan}}, à sa date légale, le {{date}}.',
    addedInForce:
      '« {{title}} » ajouté à {{plan}}, en tête des étapes ouvertes de « {{stage}} » : l’obligation s’applique déjà, elle est donc planifiée à partir d’aujourd’hui.',
    noPlan: 'Créez d’abord un plan : l’ajout se fait dans le plan que vous suivez.',
    openPlan: 'Ouvrir le plan'
  },
  catalogue: {
    title: 'Les certifications et leur renouvellement',
    intro:
      'Des certifications qui attestent les compétences d’un CAIO, leur durée et leur mode de renouvellement. Une certification planifiée puis obtenue reçoit sa date d’expiration d’après sa validité, et un rappel vient quand sa période de renouvellement s’ouvre.',
    issuer: 'Organisme',
    evidences: 'Ce qu’elle atteste',
    skills: 'Compétences',
    validity: 'Validité',
    years_one: '{{count}} an',
    years_many: '{{count}} d’ans',
    years_other: '{{count}} ans',
    noExpiry: 'Sans expiration',
    renewal: 'Renouvellement',
    window: 'Rappel {{count}} jours avant l’expiration, quand l’organisme ouvre le renouvellement.',
    cost: 'Coût',
    costValue: '{{amount}} ({{basis}}).',
    costRange: 'de {{min}} à {{max}}',
    costQuoted: 'montant cité par une source secondaire',
    costOfficial: 'montant de l’organisme',
    costUnknown: 'Inconnu : aucune source ne donne de montant.',
    france: 'En France',
    franceUnknown: 'Inconnu : aucune fiche RNCP ou Répertoire spécifique n’a été trouvée, le financement par le CPF n’est donc pas connu.',
    franceRegistered: '{{register}} {{code}}',
    retired: 'Retirée le {{date}}',
    retiredNote: 'Plus délivrée : les titulaires restent certifiés jusqu’à leur date d’expiration.',
    plan: 'Planifier cette certification',
    planLabel: 'Planifier cette certification : {{name}}',
    planned: '« {{name}} » ajoutée à {{plan}}, dans « {{stage}} ».',
    milestone: 'Obtenir {{name}}'
  },
  settings: {
    onboarding: 'Configuration guidée',
    onboardingHelp:
      'Répondez de nouveau aux questions pour obtenir une nouvelle voie recommandée et un nouveau plan. Vos plans existants sont conservés.',
    rerunOnboarding: 'Relancer la configuration guidée',
    profile: 'Votre profil',
    profileHelp:
      'Toutes les réponses de la configuration guidée. Les heures par semaine et la taille d’entreprise valent pour tous les plans à la fois : les dates prévues et la rémunération visée suivent.',
    noProfile: 'Pas encore de profil : lancez la configuration guidée ci-dessous pour répondre à ses questions.',
    saveProfile: 'Enregistrer mon profil',
    profileSaved: 'Profil enregistré.',
    title: 'Réglages',
    language: 'Langue',
    languageHelp: 'Toute l’application change de langue immédiatement ; votre choix est mémorisé.',
    theme: 'Thème',
    themeOption: {
      system: 'Suivre le système',
      light: 'Clair',
      dark: 'Sombre'
    },
    data: 'Vos données',
    dataDir: 'Dossier des données',
    databaseFile: 'Fichier de la base',
    version: 'Version {{version}}',
    mode: {
      desktop: 'Application de bureau',
      browser: 'Mode navigateur (local uniquement)'
    }
  },
  language: {
    en: 'English',
    fr: 'Français'
  },
  errors: {
    invalid_input: 'Cette valeur n’est pas valide. Rien n’a été modifié.',
    unknown_request: 'L’application a envoyé une demande inconnue. Rien n’a été modifié.',
    not_found: 'Cet élément n’existe plus. Il a peut-être été supprimé.',
    forbidden: 'Cette demande a été refusée.',
    cannot_restore:
      'Impossible de restaurer cet élément : ce à quoi il appartenait a été supprimé ou remplacé depuis. Rien n’a été modifié.',
    undo_expired: 'Trop tard pour annuler : une suppression peut être annulée pendant 30 minutes. Rien n’a été modifié.',
    read_only: 'Votre dossier de données est en lecture seule : rien ne peut être enregistré. Rien n’a été modifié.',
    internal: 'Une erreur est survenue. Rien n’a été modifié.',
    network: 'L’application ne joint plus son service de données local. Est-il toujours lancé ?',
    detail: {
      date_out_of_range: 'Saisissez une date entre 1950 et 2100. Rien n’a été modifié.',
      date_in_future: 'Une date de fin ou d’obtention ne peut pas être dans le futur. Rien n’a été modifié.',
      expiry_before_obtained: 'La date d’expiration doit suivre la date d’obtention. Rien n’a été modifié.'
    }
  },
  titleField: {
    count: '{{length}} caractères sur {{max}}',
    required: 'Écrivez un texte ici : il ne peut pas être vide ni fait seulement d’espaces.',
    tooLong_one: '{{count}} caractère de trop (limite de {{max}}) : raccourcissez pour enregistrer.',
    tooLong_many: '{{count}} de caractères de trop (limite de {{max}}) : raccourcissez pour enregistrer.',
    tooLong_other: '{{count}} caractères de trop (limite de {{max}}) : raccourcissez pour enregistrer.'
  },
  dateField: {
    day: 'jj',
    month: 'mm',
    year: 'aaaa',
    format: 'Format : {{pattern}}',
    invalid: 'Saisissez une date réelle au format {{pattern}}.'
  },
  onboarding: {
    title: 'Construire votre parcours',
    welcome: 'Bienvenue dans Parcours CAIO',
    welcomeText:
      'Quelques questions sur votre situation, et Parcours CAIO vous propose une voie vers le poste de Chief AI Officer et construit votre plan daté. Tout reste sur cet ordinateur.',
    stepOf: 'Étape {{step}} sur {{total}}',
    start: 'Commencer',
    next: 'Suivant',
    back: 'Retour',
    skip: 'Passer et construire mon plan moi-même',
    create: 'Créer mon plan',
    creating: 'Création de votre plan…',
    step: {
      language: 'Langue',
      education: 'Vos études',
      experience: 'Votre expérience',
      target: 'Votre objectif et votre rythme',
      achieved: 'Ce que vous avez déjà fait',
      route: 'Votre voie'
    },
    educationLevel: 'Niveau d’études le plus élevé',
    field: 'Domaine d’études',
    yearsExperience: 'Années d’expérience professionnelle',
    currentRole: 'Poste actuel',
    companySize: 'Où aimeriez-vous être CAIO ?',
    hoursPerWeek: 'Heures par semaine à consacrer à votre plan',
    hoursHelp: 'Les formations et diplômes sont planifiés à ce rythme ; les postes prennent le temps calendaire qu’il leur faut.',
    achievedHelp:
      'Cochez ce que vous avez déjà fait : ces étapes clés seront marquées comme terminées. Vos réponses ont déjà coché certaines cases.',
    invalidYears: 'Saisissez un nombre entier d’années entre 0 et 60.',
    invalidHours: 'Saisissez un nombre entier d’heures entre 1 et 80.',
    diplomaYear: 'Année d’obtention',
    diplomaYearHelp: 'Facultatif : laissez vide si vous ne vous en souvenez pas.',
    invalidYear: 'Saisissez une année entre 1950 et {{max}}, ou laissez vide.',
    inProgress: 'Un diplôme en cours ?',
    inProgressHelp: 'Votre plan part alors de cette formation et de sa fin prévue.',
    noProgramme: 'Non',
    expectedEnd: 'Fin prévue de la formation',
    expectedEndPast: 'Cette date est passée : cochez plutôt le diplôme ci-dessus comme obtenu.',
    recommended: 'Recommandée pour vous',
    why: 'Pourquoi cette voie',
    chooseRoute: 'Voie de votre plan',
    planName: 'Nom de votre plan',
    defaultPlanName: 'Mon parcours par la {{route}}',
    numberedPlanName: '{{name}} ({{number}})',
    salaryBand: 'Rémunération d’un CAIO dans ce cas : {{range}}'
  },
  profile: {
    educationLevel: {
      bac: 'Baccalauréat',
      'bac+2': 'Bac+2 (BTS, BUT, DEUST…)',
      'bac+3': 'Bac+3 (licence, bachelor)',
      'bac+5': 'Bac+5 (master, école d’ingénieurs ou de commerce)',
      doctorate: 'Doctorat'
    },
    field: {
      'computer-science': 'Informatique',
      'data-ai': 'Data science ou intelligence artificielle',
      engineering: 'Autre domaine d’ingénierie ou de sciences',
      business: 'Commerce, gestion ou économie',
      other: 'Autre domaine'
    },
    role: {
      student: 'Étudiant ou étudiante',
      'data-ai-practitioner': 'Data scientist, ingénieur ML ou data analyst',
      'software-engineer': 'Ingénieur logiciel ou développeur',
      'it-manager': 'Responsable informatique, DSI ou CIO',
      'product-business': 'Directeur ou directrice produit ou business, poste de stratégie',
      researcher: 'Chercheur ou chercheuse',
      other: 'Autre',
      'lead-manager': 'Responsable d’équipe ou manager d’ingénierie',
      executive: 'Autre poste de direction'
    }
  },
  achievement: {
    bachelor: 'Une licence ou un bachelor (bac+3)',
    'master-tech': 'Un master ou un diplôme d’ingénieur en informatique, data ou IA',
    'business-degree': 'Un diplôme d’école de commerce ou un MBA',
    doctorate: 'Un doctorat',
    'ml-course': 'Une formation certifiante aux fondamentaux du machine learning',
    'cloud-certification': 'Une certification cloud de base (AWS, Azure ou Google Cloud)',
    'ai-role': 'Au moins deux ans comme data scientist ou ingénieur machine learning',
    'model-in-production': 'Un modèle ou une fonctionnalité d’IA en production',
    agile: 'Une pratique ou une certification agile (Scrum, SAFe)',
    'led-team': 'Avoir dirigé une équipe (data ou IA, un service, une ligne de produits)',
    'managed-budget': 'Avoir porté un budget (celui d’un programme, d’un service)',
    'gdpr-ai-act': 'Une formation au RGPD et au règlement européen sur l’IA',
    'public-talk': 'Une intervention ou une publication sur l’IA'
  },
  advice: {
    peopleManaged: 'Personnes que vous encadrez aujourd’hui',
    peopleHelp: 'Directement ou indirectement ; 0 si personne.',
    invalidPeople: 'Saisissez un nombre entier de personnes entre 0 et 100 000.',
    budgetOwned: 'Budget annuel dont vous êtes responsable',
    budget: {
      none: 'Aucun',
      'under-500k': 'Moins de 500 000 €',
      '500k-5m': 'De 500 000 € à 5 millions d’euros',
      'over-5m': 'Plus de 5 millions d’euros'
    },
    considering: 'Formations que vous envisagez (pas encore commencées)',
    consideringHelp: 'Seulement envisagées : elles ne comptent jamais comme faites, et le guide vous les compare.',
    programme: {
      'master-tech': 'Un master en IA, en data science ou en informatique, ou une école d’ingénieurs',
      'executive-mba': 'Un executive MBA',
      'ai-executive-certificate': 'Un certificat exécutif en IA',
      doctorate: 'Un doctorat'
    },
    studyMode: 'Votre rythme d’études',
    mode: { 'full-time': 'À temps plein', 'work-study': 'En alternance' },
    firstGoal: 'Votre premier objectif',
    goal: { 'head-of-ai': 'Head of AI d’abord, puis Chief AI Officer', caio: 'Chief AI Officer directement' },
    payTitle: 'La rémunération à chaque étape',
    payIntro:
      'Rémunération brute annuelle en France, selon la taille de l’entreprise. Chaque montant indique sa source et l’année ; quand aucune source publique n’en donne, c’est écrit.',
    payStep: 'Étape',
    noFigure: 'Aucune source publique ne donne de montant',
    source: 'Source : {{source}}, vérifiée le {{date}}',
    sourceYear: 'Source : {{source}} ({{year}}), vérifiée le {{date}}',
    undated: 'année de publication non indiquée',
    mastersTitle: 'Quel master ? Les options côte à côte',
    mastersIntro:
      'Des faits seulement, chacun avec sa source. Aucune source ne place une spécialité au-dessus d’une autre pour devenir CAIO.',
    executiveTitle: 'Un programme exécutif ? Trois options côte à côte',
    executiveIntro:
      'Pour un profil business ou de management. Les durées sont des estimations de planification de Parcours CAIO ; les coûts ne figurent que si une source publique les donne. Chaque date CAIO est celle du calendrier de votre plan, avec la formation suivie en premier.',
    option: 'Option',
    leadsTo: 'À quoi il mène',
    asks: 'Ce qu’il demande',
    lookUp: 'Où se renseigner',
    duration: 'Durée',
    cost: 'Coût',
    evidences: 'Ce qu’il atteste',
    caioDate: 'Date CAIO dans votre plan',
    caioDateValue: '{{date}} (à {{hours}} h par semaine)',
    caioDateNone: 'Créez un plan pour voir cette date pour le vôtre.',
    weeks: '{{weeks}} semaines',
    hours: 'environ {{hours}} heures de travail',
    inYourPlan: 'Dans votre plan',
    nothingToAdd: 'Rien à ajouter',
    programmeInPlan: 'Déjà dans votre plan',
    addProgramme: 'Ajouter à mon plan',
    addProgrammeLabel: 'Ajouter « {{name}} » à mon plan',
    programmeAdded: '« {{title}} » ajouté à {{plan}}, en tête de « {{stage}} ». Date prévue du poste de CAIO : {{date}}.',
    noWeeks: 'Aucune formation à suivre',
    estimate: 'Estimation de planification de Parcours CAIO',
    areaMove: '{{area}} {{before}} → {{after}}',
    rawMove: 'Avant plafond : {{before}} → {{after}}.',
    rawScore: 'Avant plafond : {{score}}/100',
    moved: 'Domaines qui ont bougé : {{areas}}.',
    nothingMoved: 'Aucun domaine n’a bougé.'
  },
  reason: {
    itManager:
      'Vous dirigez déjà des équipes informatiques ({{years}} ans d’expérience) : vous pouvez prendre la voie rapide en ajoutant l’expertise IA, la gouvernance et la réglementation.',
    seniorEngineer: 'Avec {{years}} ans en ingénierie logicielle, vous avez la base technique pour piloter l’IA depuis la DSI.',
    itLeadersPromoted: 'Les entreprises confient souvent leur stratégie IA à leurs responsables informatiques.',
    businessField: 'Vos études relèvent du commerce ou de la gestion.',
    businessRole: 'Vous travaillez dans le produit, la stratégie ou le business.',
    mbaRecognised: 'Une école de commerce ou un MBA à forte composante technologique est une voie reconnue vers le poste.',
    hasBusinessDegree: 'Votre bac+5 couvre déjà l’étape diplôme de cette voie.',
    researcher:
      'Votre parcours de recherche vous donne la profondeur en IA ; le plan ajoute l’expérience de la mise en production et le management.',
    practitioner:
      'Vous travaillez déjà dans la data ou l’IA ({{years}} ans d’expérience) : le plan s’appuie sur cet acquis pour aller vers le management.',
    technicalField: 'Vos études sont techniques, et la plupart des CAIO ont un bac+5 en informatique, data science ou IA.',
    defaultEngineering: 'La voie ingénierie est la plus courante pour accéder au poste.',
    needsBac5: 'Un bac+5 est le minimum habituel : le plan en prévoit un.',
    lowPace: 'À {{hours}} heures par semaine, les formations prennent plus de temps ; les dates de votre plan en tiennent compte.'
  },
  menu: {
    file: 'Fichier',
    quit: 'Quitter',
    edit: 'Édition',
    view: 'Affichage',
    go: 'Aller à',
    help: 'Aide',
    about: 'À propos de Parcours CAIO',
    toggleDevTools: 'Outils de développement',
    reload: 'Recharger',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    newPlan: 'Nouveau plan…',
    language: 'Langue',
    theme: 'Thème',
    shortcuts: 'Raccourcis clavier',
    dataFolder: 'Afficher le dossier des données',
    aboutDetail: 'Version {{version}}. Vos plans restent sur cet ordinateur, dans {{path}}.'
  },
  server: {
    forbidden:
      'Accès refusé. Ouvrez l’adresse complète affichée au démarrage de Parcours CAIO : elle contient la clé d’accès de cette session.',
    started: 'Parcours CAIO fonctionne en mode navigateur. Ouvrez cette adresse dans votre navigateur :',
    noElectron:
      'L’application de bureau Electron n’est pas disponible sur cette machine ({{reason}}) ; Parcours CAIO démarre donc en mode navigateur.',
    electronMissing: {
      package: 'le paquet electron n’est pas installé',
      binary: 'son exécutable n’a jamais été téléchargé et ne peut pas l’être d’ici',
      native: 'le pilote SQLite n’a pas pu être recompilé pour Electron'
    },
    stop: 'Appuyez sur Ctrl+C pour arrêter.',
    dataDir: 'Dossier des données : {{path}}'
  },
  dialog: {
    newerDatabaseTitle: 'Base de données d’une version plus récente',
    newerDatabase:
      'Ces données ont été enregistrées par une version plus récente de Parcours CAIO (schéma {{found}} ; cette version connaît jusqu’au {{known}}). Elles n’ont pas été modifiées. Installez la version plus récente.',
    startupFailedTitle: 'Parcours CAIO n’a pas pu démarrer',
    startupFailed: 'La base de données {{path}} n’a pas pu être ouverte.',
    startupDetails: 'Message du système (en anglais) : {{reason}}',
    dataDirIsFile:
      'Le dossier de données {{path}} est un fichier, pas un dossier. Lancez Parcours CAIO avec --data-dir vers un dossier (il est créé s’il n’existe pas), ou déplacez ce fichier.',
    databaseIsFolder:
      'La base de données {{path}} est un dossier, pas un fichier : Parcours CAIO ne peut pas l’ouvrir. Déplacez ce dossier, ou lancez l’application avec un autre dossier de données (--data-dir).'
  },
  reminders: {
    title: 'Rappels',
    off: 'Les rappels sont désactivés. Vous pouvez les activer dans les Réglages.',
    none_one: 'Rien en retard, rien à rendre dans le prochain {{count}} jour et aucune certification sur le point d’expirer.',
    none_many: 'Rien en retard, rien à rendre dans les {{count}} prochains jours et aucune certification sur le point d’expirer.',
    none_other: 'Rien en retard, rien à rendre dans les {{count}} prochains jours et aucune certification sur le point d’expirer.',
    kind: {
      overdue: 'En retard',
      due: 'Échéance proche',
      expiring: 'Certification qui expire',
      review: 'Bilan trimestriel'
    },
    when: {
      overdue: 'prévue le {{date}}',
      due: 'prévue le {{date}}',
      expiring: 'expire le {{date}}',
      review: 'attendu depuis le {{date}}'
    },
    open: 'Ouvrir l’étape clé',
    notification: {
      overdue: 'En retard : {{title}}',
      due: 'Échéance proche : {{title}}',
      expiring: 'Certification qui expire : {{title}}',
      review: 'C’est le moment de votre bilan trimestriel des compétences'
    },
    notificationBody: {
      overdue: 'Elle était prévue le {{date}}. Cliquez pour l’ouvrir.',
      due: 'Elle est prévue le {{date}}. Cliquez pour l’ouvrir.',
      expiring: '« {{detail}} » expire le {{date}}. Cliquez pour ouvrir l’étape clé.',
      review:
        'Attendu depuis le {{date}} : réévaluez les compétences qui ont changé et voyez votre niveau de préparation évoluer. Cliquez pour ouvrir Compétences.'
    },
    settings: {
      title: 'Rappels',
      enabled: 'Me rappeler les étapes clés en retard ou à venir et les certifications qui expirent',
      help: 'Ils apparaissent sur le tableau de bord et, dans l’application de bureau, en notifications, au plus une fois par jour chacun.',
      days: 'Jours à l’avance',
      daysHelp: 'Une étape clé est rappelée à partir de ce nombre de jours avant son échéance.',
      daysError: 'Saisissez un nombre entier de {{min}} à {{max}}.',
      saved: 'Enregistré.'
    }
  },
  dataFolder: {
    show: 'Afficher le dossier des données',
    copy: 'Copier le chemin',
    copied: 'Chemin copié.',
    copyFailed: 'Le chemin n’a pas pu être copié. Sélectionnez-le et copiez-le à la main.',
    openFailed: 'Le dossier n’a pas pu être ouvert. Son chemin est indiqué ci-dessus.',
    browserNote:
      'Une page de navigateur ne peut pas ouvrir les dossiers de votre ordinateur ; copiez le chemin pour l’ouvrir dans votre gestionnaire de fichiers.'
  },
  cli: {
    usage:
      'Utilisation : npm start -- [options]\n\nOptions :\n  --browser           démarrer le mode navigateur même si l’application de bureau est disponible\n  --no-browser        afficher l’adresse sans l’ouvrir dans le navigateur par défaut\n  --port <nombre>     écouter sur ce port (par défaut : un port libre)\n  --data-dir <chemin> utiliser ce dossier de données (ou définir CAIO_PATH_DATA_DIR)\n  --version           afficher la version et quitter\n  --help              afficher cette aide et quitter',
    version: 'Parcours CAIO {{version}}',
    portInUse:
      'Le port {{port}} est déjà utilisé sur 127.0.0.1. Choisissez-en un autre avec --port, ou omettez l’option pour utiliser un port libre.',
    alreadyRunning: 'Parcours CAIO fonctionne déjà sur ce dossier de données (processus {{pid}}). Ouvrez son adresse :',
    alreadyStarting:
      'Parcours CAIO est déjà en train de démarrer sur ce dossier de données (processus {{pid}}). Réessayez dans un instant.',
    opening: 'Ouverture dans votre navigateur par défaut.',
    stopped: 'Parcours CAIO est arrêté ; la base de données a été fermée proprement.'
  },
  assessment: {
    intro:
      'Évaluez-vous au regard du profil de Chief AI Officer, voyez ce qui freine votre préparation et transformez les écarts en étapes de votre plan.',
    categoryCount_one: '{{count}} compétence',
    categoryCount_many: '{{count}} compétences',
    categoryCount_other: '{{count}} compétences',
    readiness: {
      title: 'Préparation au rôle de CAIO',
      score: '{{score}} / 100',
      scoreLabel: 'Préparation : {{score}} sur 100',
      empty: 'Évaluez vos compétences pour voir où vous en êtes par rapport au rôle de CAIO.',
      capped:
        '{{group}} atteint {{coverage}} de la cible CAIO, sous son minimum de {{minimum}} : votre préparation ne peut pas dépasser {{cap}} tant qu’il n’est pas atteint.',
      uncapped: 'Sans cette limite, vos compétences donneraient {{score}}.',
      missing_one: '{{group}} : encore {{points}} point à gagner.',
      missing_many: '{{group}} : encore {{points}} points à gagner.',
      missing_other: '{{group}} : encore {{points}} points à gagner.',
      full: 'Vous atteignez la cible CAIO sur toutes les compétences.',
      rule: 'Mode de calcul : chaque domaine compte les niveaux atteints, aucun au-delà de sa cible, rapportés aux niveaux qu’attend le profil CAIO ; les domaines sont pondérés, et la réglementation, le leadership et l’IA ont chacun un minimum qui plafonne le score tant qu’il n’est pas atteint.',
      trend: 'Évolution de la préparation',
      trendPoint: '{{date}} : {{score}}',
      trendPoints: 'Évolution de la préparation : {{points}}',
      noTrend: 'L’évolution de votre préparation apparaît après votre première évaluation.',
      open: 'Ouvrir les compétences',
      reassess_one: '{{count}} compétence à réévaluer après une étape clé terminée.',
      reassess_many: '{{count}} compétences à réévaluer après des étapes clés terminées.',
      reassess_other: '{{count}} compétences à réévaluer après des étapes clés terminées.',
      reviewDue: 'Votre bilan trimestriel des compétences est à faire.'
    },
    area: {
      rated: '{{rated}} sur {{total}} évaluées'
    },
    form: {
      title: 'Autoévaluation',
      help: 'Pour chaque compétence, choisissez un niveau de 0 à 4 avec les flèches du clavier ou d’un clic ; chaque niveau dit ce que vous savez faire. La note est facultative.',
      date: 'Date de cette évaluation',
      save: 'Enregistrer l’évaluation',
      saved_one: '{{count}} niveau enregistré.',
      saved_many: '{{count}} niveaux enregistrés.',
      saved_other: '{{count}} niveaux enregistrés.',
      unchanged: 'Rien n’a changé depuis vos dernières évaluations : rien de nouveau n’a été enregistré.',
      previous: 'Dernier niveau {{level}} le {{date}}',
      never: 'Pas encore évaluée',
      target: 'Cible CAIO : {{level}}',
      levelName: 'Niveau {{level}}',
      note: 'Note sur « {{skill}} » (facultative)',
      futureDate: 'La date d’une évaluation ne peut pas être postérieure à aujourd’hui.',
      invalidDate: 'Saisissez une date valide.',
      toRate_one: '{{count}} compétence pas encore évaluée.',
      toRate_many: '{{count}} compétences pas encore évaluées.',
      toRate_other: '{{count}} compétences pas encore évaluées.'
    },
    radar: {
      title: 'Votre niveau et la cible CAIO par domaine',
      current: 'Votre niveau',
      target: 'Cible CAIO',
      area: 'Domaine',
      coverage: 'Part de la cible atteinte',
      caption: 'Niveau moyen par domaine, sur l’échelle de 0 à 4',
      chartLabel:
        'Graphique radar de votre niveau moyen et de la cible CAIO dans chaque domaine ; le tableau qui suit donne les mêmes chiffres.'
    },
    gaps: {
      title: 'Écarts, du plus coûteux au moins coûteux',
      help: 'Classés selon ce que chaque écart coûte à votre préparation ; les écarts d’un domaine sous son minimum passent en premier.',
      empty: 'Aucun écart : chaque compétence évaluée atteint sa cible CAIO.',
      levels: 'Niveau {{level}}, objectif {{target}}',
      points_one: '{{points}} point',
      points_many: '{{points}} points',
      points_other: '{{points}} points',
      blocking: 'Plafonne votre score',
      create: 'En faire une étape clé',
      createFor: 'Faire de l’écart en « {{skill}} » une étape clé',
      createWhich: ' (l’écart en « {{skill}} »)',
      plan: 'Plan',
      stage: 'Phase',
      milestoneTitle: 'Titre de l’étape clé',
      kind: 'Type',
      dueDate: 'Échéance (facultative)',
      confirm: 'Ajouter au plan',
      cancel: 'Annuler',
      created: '« {{title}} » ajoutée à {{plan}}.',
      existing: '« {{title}} » est déjà dans {{plan}}, toujours ouverte : elle n’a pas été ajoutée deux fois.',
      turned: 'Dans votre plan',
      open: 'Ouvrir dans le plan',
      noPlan: 'Créez d’abord un plan pour transformer les écarts en étapes clés.'
    },
    history: {
      title: 'Historique et justificatifs',
      skill: 'Compétence',
      date: 'Date',
      level: 'Niveau',
      note: 'Note',
      none: 'Pas encore d’évaluation pour cette compétence.',
      milestones: 'Étapes clés liées à cette compétence',
      noMilestones: 'Aucune étape clé n’est encore liée à cette compétence.',
      evidence: 'Justificatifs : {{list}}',
      inPlan: 'dans {{plan}}'
    },
    reassess: {
      title: 'À réévaluer',
      item: '« {{milestone}} » est terminée depuis votre dernière évaluation de « {{skill}} ».',
      action: 'Réévaluer « {{skill}} »'
    },
    review: {
      title: 'Bilan trimestriel',
      due: 'Votre dernier bilan, ou votre première évaluation, date de plus de trois mois. Un point rapide : réévaluez les compétences qui ont changé, confirmez vos heures par semaine, et voyez bouger votre préparation et la date projetée de CAIO.',
      start: 'Commencer le bilan',
      steps: 'Réévaluez dans le formulaire les compétences qui ont changé, confirmez vos heures, puis enregistrez le bilan.',
      hours: 'Heures par semaine que vous pouvez consacrer à votre plan',
      hoursError: 'Saisissez un nombre entier d’heures entre 1 et 80.',
      save: 'Enregistrer le bilan',
      cancel: 'Plus tard',
      result: 'Préparation {{before}} → {{after}}.',
      projected: 'Date projetée de CAIO {{before}} → {{after}}.',
      noProjection: 'Pas encore de date projetée de CAIO.',
      history: 'Bilans précédents',
      row_one: '{{date}} : préparation {{before}} → {{after}}, {{changed}} compétence réévaluée',
      row_many: '{{date}} : préparation {{before}} → {{after}}, {{changed}} compétences réévaluées',
      row_other: '{{date}} : préparation {{before}} → {{after}}, {{changed}} compétences réévaluées',
      none: 'Pas encore de bilan.',
      never: 'Pas encore projetée'
    },
    beyond: {
      title: 'Après le rôle de CAIO',
      intro:
        'L’article d’orientation sur le métier de CAIO (la source du guide) cite les postes de DSI et de CTO comme évolutions naturelles. Comparez ce qu’ils demandent avec le profil CAIO et avec vos niveaux.',
      role: 'Poste visé',
      skill: 'Compétence',
      caio: 'Cible CAIO',
      roleTarget: 'Cible pour ce poste',
      yours: 'Votre niveau',
      same: 'Mêmes attentes que le profil CAIO sur toutes les autres compétences.',
      also: 'Ce que le poste ajoute au-delà de ces compétences',
      open: 'Comparer avec DSI et CTO'
    },
    link: {
      label: 'Compétence que cette étape clé développe',
      none: 'Aucune compétence',
      reassess: 'Une fois cette étape terminée, réévaluez « {{skill}} » dans l’écran Compétences quand vous le souhaitez.',
      saved: 'Compétence liée enregistrée.'
    }
  },
  data: {
    notice: {
      title: 'À propos de vos données',
      damaged: 'Votre base de données était endommagée : Parcours CAIO ne l’a pas utilisée, pour ne pas risquer d’en perdre davantage.',
      notDatabase:
        'Le fichier de base de données de votre dossier n’est pas du tout une base de données : Parcours CAIO ne l’a pas utilisé.',
      foreign: 'Le fichier de base de données de votre dossier appartient à un autre programme que Parcours CAIO : il n’a pas été utilisé.',
      readOnly:
        'Votre dossier de données est en lecture seule : vous pouvez consulter vos données, mais aucune modification ne pourra être enregistrée. Donnez-vous le droit d’écrire dans ce dossier, ou lancez Parcours CAIO avec un autre dossier de données.',
      setAside: 'Le fichier a été mis de côté, intact, dans {{path}}. Parcours CAIO a démarré avec des données vides.',
      backupOffer:
        'La plus récente sauvegarde valide date du {{date}}. Restaurez-la pour retrouver vos données telles qu’elles étaient alors.',
      noBackup: 'Aucune sauvegarde à restaurer n’a été trouvée. Vous pouvez repartir de zéro ; le fichier mis de côté est conservé.',
      restore: 'Restaurer la sauvegarde du {{date}}',
      startFresh: 'Repartir de zéro',
      restoring: 'Restauration…'
    },
    backups: {
      title: 'Sauvegardes automatiques',
      help: 'Une copie de vos données est faite une fois par jour au démarrage, et avant chaque import, restauration ou mise à jour. Les 7 derniers jours et les 4 dernières semaines sont conservés.',
      folder: 'Dossier des sauvegardes',
      none: 'Aucune sauvegarde pour l’instant. La première sera faite au prochain démarrage avec un plan, ou dès maintenant avec le bouton ci-dessous.',
      caption: 'Sauvegardes, de la plus récente à la plus ancienne',
      date: 'Date',
      size: 'Taille',
      reasonLabel: 'Faite',
      reason: {
        daily: 'chaque jour',
        import: 'avant un import',
        restore: 'avant une restauration',
        migration: 'avant une mise à jour',
        manual: 'à la main'
      },
      restore: 'Restaurer',
      restoreLabel: 'Restaurer la sauvegarde du {{date}}',
      backupNow: 'Sauvegarder maintenant',
      made: 'Sauvegarde faite.',
      restored:
        'Sauvegarde du {{date}} restaurée : vos données comptent maintenant {{plans}} et {{milestones}}. Les données que vous aviez ont d’abord été sauvegardées.',
      confirm:
        'Remplacer vos données par la sauvegarde du {{date}} ? Vos données actuelles sont d’abord sauvegardées : vous pourrez y revenir en restaurant cette copie.',
      confirmRestore: 'Oui, restaurer',
      cancel: 'Annuler',
      readOnly: 'Le dossier de données est en lecture seule : aucune sauvegarde ne peut être faite ni restaurée.'
    },
    transfer: {
      title: 'Exporter et importer',
      help: 'Une sauvegarde complète contient tout ce que vous avez saisi. Importez-la sur un autre ordinateur, ou après une réinstallation.',
      exportBackup: 'Exporter une sauvegarde complète (JSON)',
      exportCsv: 'Exporter les étapes clés (CSV)',
      exportIcs: 'Exporter les échéances (calendrier)',
      print: 'Imprimer le dossier ou l’enregistrer en PDF',
      saved: 'Enregistré sous {{file}}.',
      cancelled: 'Rien n’a été enregistré.',
      plan: 'Plan à exporter en CSV ou en calendrier'
    },
    count: {
      plans_one: '{{count}} plan',
      plans_many: '{{count}} de plans',
      plans_other: '{{count}} plans',
      milestones_one: '{{count}} étape clé',
      milestones_many: '{{count}} d’étapes clés',
      milestones_other: '{{count}} étapes clés'
    },
    import: {
      choose: 'Importer une sauvegarde…',
      fileLabel: 'Fichier de sauvegarde à importer',
      checking: 'Vérification du fichier entier…',
      previewTitle: 'Ce que cet import va faire',
      madeBy: 'Sauvegarde du {{date}}, faite par Parcours CAIO {{version}} (format {{format}}).',
      mode: 'Comment importer',
      replace: 'Remplacer toutes mes données par le fichier',
      merge: 'Fusionner : ajouter les nouveautés, remplacer les éléments de même identifiant, garder le reste',
      caption: 'Lignes, table par table',
      table: 'Données',
      added: 'Ajoutées',
      replaced: 'Remplacées',
      removed: 'Supprimées',
      apply: 'Importer',
      cancel: 'Annuler',
      applying: 'Sauvegarde de vos données actuelles, puis import…',
      doneReplace:
        'Import terminé : vos données ont été remplacées par celles du fichier, {{plans}} et {{milestones}}. Vos données précédentes ont d’abord été sauvegardées.',
      doneMerge:
        'Import terminé. Étapes clés ajoutées : {{added}} ; remplacées : {{replaced}}. Vos données comptent maintenant {{plans}} et {{milestones}}. Vos données précédentes ont d’abord été sauvegardées.',
      refused: 'Ce fichier n’a pas été importé, et rien n’a été modifié :',
      section: {
        settings: 'Réglages',
        profile: 'Profil',
        plans: 'Plans',
        stages: 'Phases',
        milestones: 'Étapes clés',
        evidence: 'Justificatifs',
        skills: 'Objectifs de compétences',
        skill_assessments: 'Auto-évaluations (ancien format)',
        assessments: 'Auto-évaluations',
        skill_ratings: 'Niveaux évalués',
        skill_reviews: 'Bilans trimestriels'
      },
      problem: {
        tooLarge: 'Le fichier dépasse {{max}} Mo : trop gros pour être une sauvegarde de Parcours CAIO.',
        empty: 'Le fichier est vide.',
        utf16:
          'Le fichier est en UTF-16, pas en UTF-8. Les sauvegardes exportées par Parcours CAIO sont en UTF-8 : exportez-la à nouveau depuis l’application.',
        notUtf8: 'Le fichier n’est pas du texte UTF-8 : il est peut-être dans un autre encodage, ou n’est pas un fichier texte.',
        notJson: 'Le fichier n’est pas du JSON valide : il a peut-être été coupé ou modifié à la main.',
        tooDeep: 'Le fichier imbrique ses données bien trop profondément pour être une sauvegarde de Parcours CAIO.',
        forbiddenKey:
          'Le fichier contient la clé « {{key}} », qu’aucune sauvegarde de Parcours CAIO ne contient ; il a été refusé par sécurité.',
        notBackup: 'Le fichier est du JSON, mais pas une sauvegarde de Parcours CAIO.',
        newerFormat:
          'Cette sauvegarde a été faite par une version plus récente de Parcours CAIO (format {{found}} ; cette version lit jusqu’au {{known}}). Installez la version plus récente pour l’importer.',
        badHeader: 'L’en-tête de la sauvegarde est endommagé : « {{field}} » manque ou n’est pas valide.',
        unknownSection: 'La sauvegarde contient une table « {{section}} » que cette version de Parcours CAIO ne connaît pas.',
        invalidRow: 'La ligne {{row}} de « {{section}} » n’est pas valide : voyez son champ « {{field}} ».',
        duplicateId: 'Deux lignes de « {{section}} » ont le même identifiant ({{id}}).',
        danglingReference: 'La ligne {{row}} de « {{section}} » renvoie à un « {{field}} » absent de la sauvegarde.',
        otherPlan: 'La ligne {{row}} de « {{section}} » est dans une phase d’un autre plan.'
      }
    },
    dialog: {
      saveTitle: 'Enregistrer sous',
      openTitle: 'Importer une sauvegarde de Parcours CAIO',
      filterBackup: 'Sauvegarde de Parcours CAIO',
      filterCsv: 'Tableur (CSV)',
      filterIcs: 'Calendrier (iCalendar)',
      filterPdf: 'Document PDF',
      filterAll: 'Tous les fichiers'
    },
    menu: {
      exportBackup: 'Exporter une sauvegarde complète…',
      importBackup: 'Importer une sauvegarde…',
      exportCsv: 'Exporter les étapes clés en CSV…',
      exportIcs: 'Exporter les échéances vers un calendrier…',
      print: 'Imprimer le dossier du parcours…'
    },
    csv: {
      plan: 'Plan',
      stage: 'Phase',
      title: 'Étape clé',
      kind: 'Type',
      status: 'Statut',
      dueDate: 'Échéance',
      completedDate: 'Terminé',
      notes: 'Notes',
      evidence: 'Justificatifs'
    },
    ics: {
      calendarName: 'Parcours CAIO – {{plan}}',
      description: '{{stage}} · {{kind}} · {{status}}'
    },
    dossier: {
      title: 'Dossier du parcours',
      heading: 'Dossier du parcours : {{plan}}',
      prepared: 'Préparé le {{date}} avec Parcours CAIO. Tout son contenu est resté sur cet ordinateur.',
      choosePlan: 'Plan à imprimer',
      noPlan: 'Il n’y a pas encore de plan à imprimer.',
      profile: 'Où j’en suis',
      noProfile: 'Aucun profil saisi.',
      route: 'Voie',
      progress: 'Avancement',
      progressValue: 'Terminées ou ignorées : {{resolved}} étapes clés sur {{total}}',
      stages: 'Phases et étapes clés',
      due: 'Échéance : {{date}}',
      notes: 'Notes',
      evidence: 'Justificatifs',
      obtained: 'obtenue le {{date}}',
      expires: 'expire le {{date}}',
      skills: 'Compétences',
      target: 'niveau visé {{level}}',
      assessed: 'niveau {{level}} le {{date}}',
      print: 'Imprimer ou enregistrer en PDF',
      back: 'Retour aux réglages',
      saved: 'PDF enregistré sous {{file}}.',
      routeLine: 'Voie : {{route}}',
      summary: 'Synthèse',
      projected: 'Date CAIO prévue',
      noProjection: 'Pas encore de date prévue : datez les étapes clés du plan.',
      readiness: 'Préparation au rôle de CAIO',
      readinessValue: '{{score}} / 100',
      notAssessed: 'Aucune compétence évaluée pour l’instant.',
      targetPay: 'Rémunération visée',
      noPay: 'Aucune taille d’entreprise choisie.',
      gaps: 'Principaux écarts de compétences',
      noGaps: 'Chaque compétence a atteint le niveau visé pour le rôle de CAIO.',
      gap: '{{skill}} : niveau {{level}}, visé {{target}}',
      skill: 'Compétence',
      targetLevel: 'Niveau visé pour CAIO',
      ratings: 'Évaluations'
    }
  }
} as const satisfies Resources;

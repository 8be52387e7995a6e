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
    plans_one: '{{count}} plan',
    plans_many: '{{count}} de plans',
    plans_other: '{{count}} plans',
    milestonesResolved: '{{resolved}} étapes clés traitées sur {{total}}',
    overdue_one: '{{count}} étape clé en retard',
    overdue_many: '{{count}} d’étapes clés en retard',
    overdue_other: '{{count}} étapes clés en retard',
    nextDue: 'Prochaines échéances',
    noneDue: 'Aucune étape clé n’a encore d’échéance.',
    empty: 'Vous n’avez pas encore de plan.',
    startPlan: 'Créer votre premier plan'
  },
  plan: {
    title: 'Plan',
    choose: 'Plan',
    newPlan: 'Nouveau plan',
    newPlanName: 'Nom du nouveau plan',
    create: 'Créer le plan',
    defaultName: 'Mon parcours vers CAIO',
    renamePlan: 'Renommer le plan',
    planName: 'Nom du plan',
    deletePlan: 'Supprimer le plan',
    confirmDeletePlan: 'Supprimer le plan « {{name}} » et toutes ses étapes clés ?',
    empty: 'Créez un plan pour commencer à suivre vos étapes clés.',
    stageEmpty: 'Aucune étape clé dans cette phase pour l’instant.',
    progress: '{{resolved}} sur {{total}} traitées',
    addMilestone: 'Ajouter une étape clé',
    milestoneTitle: 'Intitulé de l’étape clé',
    stage: 'Phase',
    kindLabel: 'Type',
    dueDate: 'Échéance',
    due: 'Échéance : {{date}}',
    completedOn: 'Terminée le {{date}}',
    markDone: 'Marquer « {{title}} » comme terminée',
    reopen: 'Rouvrir « {{title}} »',
    renameMilestone: 'Renommer « {{title}} »',
    deleteMilestone: 'Supprimer « {{title}} »',
    newTitle: 'Nouvel intitulé pour « {{title}} »',
    milestones_one: '{{count}} étape clé',
    milestones_many: '{{count}} d’étapes clés',
    milestones_other: '{{count}} étapes clés'
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
    behavioural: 'Compétences comportementales',
    tools: 'Outils et cadres : {{list}}'
  },
  guide: {
    title: 'Guide',
    intro: 'Ce que fait un Chief AI Officer, et comment on le devient.',
    missions: 'Missions',
    studies: 'Études',
    salary: 'Rémunération',
    salaryRange: 'De {{min}} à {{max}} brut par an',
    salaryFrom: '{{min}} ou plus brut par an',
    source: 'Source : {{title}}, consulté le {{date}}.'
  },
  settings: {
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
    internal: 'Une erreur est survenue. Rien n’a été modifié.',
    network: 'L’application ne joint plus son service de données local. Est-il toujours lancé ?'
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
    selectAll: 'Tout sélectionner'
  },
  server: {
    forbidden: 'Accès refusé. Ouvrez l’adresse complète affichée au démarrage de Parcours CAIO : elle contient la clé d’accès de cette session.',
    started: 'Parcours CAIO fonctionne en mode navigateur. Ouvrez cette adresse dans votre navigateur :',
    noElectron: 'L’application de bureau Electron n’est pas disponible sur cette machine ({{reason}}) ; Parcours CAIO démarre donc en mode navigateur.',
    stop: 'Appuyez sur Ctrl+C pour arrêter.',
    dataDir: 'Dossier des données : {{path}}'
  },
  dialog: {
    newerDatabaseTitle: 'Base de données d’une version plus récente',
    newerDatabase:
      'Ces données ont été enregistrées par une version plus récente de Parcours CAIO (schéma {{found}} ; cette version connaît jusqu’au {{known}}). Elles n’ont pas été modifiées. Installez la version plus récente.',
    startupFailedTitle: 'Parcours CAIO n’a pas pu démarrer',
    startupFailed: 'La base de données {{path}} n’a pas pu être ouverte : {{reason}}'
  }
} as const satisfies Resources;

/** English UI strings: the source of the translation key types. */
export const en = {
  app: {
    name: 'CAIO Path',
    tagline: 'From your studies to Chief AI Officer',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    offline: 'Everything stays on this computer.'
  },
  nav: {
    label: 'Main navigation',
    dashboard: 'Dashboard',
    plan: 'Plan',
    skills: 'Skills',
    guide: 'Guide',
    settings: 'Settings'
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    rename: 'Rename',
    close: 'Close',
    add: 'Add',
    none: 'None'
  },
  dashboard: {
    title: 'Dashboard',
    intro: 'Your progress towards the Chief AI Officer role at a glance.',
    plans_one: '{{count}} plan',
    plans_other: '{{count}} plans',
    milestonesResolved: '{{resolved}} of {{total}} milestones resolved',
    overdue_one: '{{count}} overdue milestone',
    overdue_other: '{{count}} overdue milestones',
    nextDue: 'Next due',
    noneDue: 'No milestone has a due date yet.',
    empty: 'You have no plan yet.',
    startPlan: 'Create your first plan'
  },
  plan: {
    title: 'Plan',
    choose: 'Plan',
    newPlan: 'New plan',
    newPlanName: 'Name of the new plan',
    create: 'Create plan',
    defaultName: 'My path to CAIO',
    renamePlan: 'Rename plan',
    planName: 'Plan name',
    deletePlan: 'Delete plan',
    confirmDeletePlan: 'Delete the plan “{{name}}” and all its milestones?',
    empty: 'Create a plan to start tracking your milestones.',
    stageEmpty: 'No milestone in this stage yet.',
    progress: '{{resolved}} of {{total}} resolved',
    addMilestone: 'Add a milestone',
    milestoneTitle: 'Milestone title',
    stage: 'Stage',
    kindLabel: 'Kind',
    dueDate: 'Due date',
    due: 'Due {{date}}',
    completedOn: 'Completed on {{date}}',
    markDone: 'Mark “{{title}}” as done',
    reopen: 'Reopen “{{title}}”',
    renameMilestone: 'Rename “{{title}}”',
    deleteMilestone: 'Delete “{{title}}”',
    newTitle: 'New title for “{{title}}”',
    milestones_one: '{{count}} milestone',
    milestones_other: '{{count}} milestones'
  },
  milestone: {
    kind: {
      diploma: 'Diploma',
      course: 'Course or certification',
      experience: 'Experience',
      skill: 'Skill',
      leadership: 'Leadership',
      compliance: 'Compliance',
      visibility: 'Visibility'
    },
    status: {
      todo: 'To do',
      in_progress: 'In progress',
      done: 'Done',
      skipped: 'Skipped'
    }
  },
  skills: {
    title: 'Skills',
    intro: 'The skills a Chief AI Officer is expected to master.',
    technical: 'Technical skills',
    behavioural: 'Behavioural skills',
    tools: 'Tools and frameworks: {{list}}'
  },
  guide: {
    title: 'Guide',
    intro: 'What a Chief AI Officer does, and how people get there.',
    missions: 'Missions',
    studies: 'Studies',
    salary: 'Salary',
    salaryRange: '{{min}} to {{max}} gross per year',
    salaryFrom: '{{min}} or more gross per year',
    source: 'Source: {{title}}, consulted {{date}}.'
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHelp: 'The whole app switches at once; your choice is remembered.',
    theme: 'Theme',
    themeOption: {
      system: 'Follow the system',
      light: 'Light',
      dark: 'Dark'
    },
    data: 'Your data',
    dataDir: 'Data folder',
    databaseFile: 'Database file',
    version: 'Version {{version}}',
    mode: {
      desktop: 'Desktop app',
      browser: 'Browser mode (local only)'
    }
  },
  language: {
    en: 'English',
    fr: 'Français'
  },
  errors: {
    invalid_input: 'That value is not valid. Nothing was changed.',
    unknown_request: 'The app made a request it does not know. Nothing was changed.',
    not_found: 'That item no longer exists. It may have been deleted.',
    forbidden: 'This request was refused.',
    internal: 'Something went wrong. Nothing was changed.',
    network: 'The app could not reach its local data service. Is it still running?'
  },
  menu: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    go: 'Go',
    help: 'Help',
    about: 'About CAIO Path',
    toggleDevTools: 'Toggle developer tools',
    reload: 'Reload',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all'
  },
  server: {
    forbidden: 'Access refused. Open the full address printed when CAIO Path started: it carries this session’s access key.',
    started: 'CAIO Path is running in browser mode. Open this address in your browser:',
    noElectron: 'The Electron desktop shell is not available on this machine ({{reason}}), so CAIO Path starts in browser mode instead.',
    stop: 'Press Ctrl+C to stop.',
    dataDir: 'Data folder: {{path}}'
  },
  dialog: {
    newerDatabaseTitle: 'Database from a newer version',
    newerDatabase:
      'This data was saved by a newer version of CAIO Path (schema {{found}}; this version knows up to {{known}}). It was left untouched. Please install the newer version.',
    startupFailedTitle: 'CAIO Path could not start',
    startupFailed: 'The database at {{path}} could not be opened: {{reason}}'
  }
} as const;

/**
 * The shape every language must provide: same keys, string values. Plural keys may add the
 * categories their language has beyond English's (French `_many`); a test checks them all.
 */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & {
  [plural: `${string}_many`]: string;
};
export type Resources = Widen<typeof en>;

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
    following: 'Following the plan “{{name}}”',
    plans_one: '{{count}} plan',
    plans_other: '{{count}} plans',
    milestonesResolved: '{{resolved}} of {{total}} milestones resolved',
    overdue_one: '{{count}} overdue milestone',
    overdue_other: '{{count}} overdue milestones',
    noOverdue: 'Nothing overdue.',
    noneDue: 'No upcoming due date.',
    targetPay: 'Target pay',
    empty: 'You have no plan yet.',
    startPlan: 'Create your first plan',
    openPlan: 'Open the plan',
    nextThree: 'Next three steps',
    path: {
      label: 'Your path from today to the Chief AI Officer role, stage by stage',
      today: 'You are here',
      goal: 'CAIO goal',
      done: 'Done',
      by: 'by {{date}}'
    }
  },
  planMenu: {
    label: 'Plans',
    switch: 'Switch to another plan',
    current: 'This plan'
  },
  plan: {
    title: 'Plan',
    choose: 'Plan',
    newPlan: 'New plan',
    newPlanName: 'Name of the new plan',
    create: 'Create plan',
    createBlank: 'Blank plan',
    createFrom: 'Start from',
    defaultName: 'My path to CAIO',
    copyName: '{{name}} (copy)',
    duplicate: 'Duplicate',
    archive: 'Archive',
    unarchive: 'Restore from archive',
    archived: 'archived',
    showArchived: 'Show archived plans',
    renamePlan: 'Rename plan',
    planName: 'Plan name',
    deletePlan: 'Delete plan',
    deletePlanConfirm: 'Delete the plan “{{name}}” and its {{milestones}}? You can undo it for 30 minutes (Undo, or Ctrl+Z).',
    deletePlanYes: 'Yes, delete the plan',
    empty: 'Create a plan to start tracking your milestones.',
    stageEmpty: 'No milestone in this stage yet.',
    progress: '{{resolved}} of {{total}} resolved',
    addMilestone: 'Add a milestone',
    addStage: 'Add a stage',
    stageTitle: 'Stage name',
    renameStage: 'Rename stage “{{title}}”',
    milestoneTitle: 'Milestone title',
    stage: 'Stage',
    kindLabel: 'Kind',
    statusLabel: 'Status',
    dueDate: 'Due date',
    completedDate: 'Completed on',
    notes: 'Notes',
    due: 'Due {{date}}',
    overdueOn: 'Overdue since {{date}}',
    completedOn: 'Completed on {{date}}',
    completedIn: 'Completed in {{year}}',
    completedUnknown: 'Completed, date unknown',
    markDone: 'Mark “{{title}}” as done',
    reopen: 'Reopen “{{title}}”',
    edit: 'Edit',
    editMilestone: 'Edit “{{title}}”',
    deleteMilestone: 'Delete “{{title}}”',
    dragHandle: 'Drag to move “{{title}}”',
    hasNotes: 'Has notes',
    evidenceCount_one: '{{count}} piece of evidence',
    evidenceCount_other: '{{count}} pieces of evidence',
    milestones_one: '{{count}} milestone',
    milestones_other: '{{count}} milestones',
    route: 'Route: {{route}}',
    targetSalary: 'CAIO pay ({{size}}): {{range}}',
    view: {
      label: 'Show the plan as',
      list: 'List',
      outline: 'Outline',
      timeline: 'Timeline'
    },
    listLabel: 'Milestones of {{plan}}',
    stageRow: '{{title}}: {{resolved}} of {{total}} resolved',
    stageProjected: 'projected {{date}}',
    shortcuts: 'Keyboard shortcuts',
    deleted: '“{{title}}” deleted.',
    planDeleted: 'Plan “{{name}}” deleted. You can undo it for 30 minutes.',
    planArchived: 'Plan “{{name}}” archived.',
    evidenceDeleted: 'Evidence deleted.',
    restored: 'Restored.',
    undo: 'Undo',
    moved: '“{{title}}” moved to position {{position}} in {{stage}}.'
  },
  filter: {
    label: 'Filter milestones',
    search: 'Search titles and notes',
    status: 'Status',
    kind: 'Kind',
    stage: 'Stage',
    any: 'All',
    overdue: 'Overdue only',
    clear: 'Clear filters',
    shown_one: '{{count}} milestone shown of {{total}}',
    shown_other: '{{count}} milestones shown of {{total}}',
    none: 'No milestone matches these filters.'
  },
  editor: {
    title: 'Edit milestone',
    discardQuestion: 'You have changes that are not saved. Throw them away?',
    keepEditing: 'Keep editing',
    discard: 'Discard changes',
    evidence: 'Evidence',
    evidenceEmpty: 'No evidence yet: add a link, a certificate or a short description.',
    evidenceDescription: 'Description',
    evidenceUrl: 'Link (https://…)',
    obtainedDate: 'Date obtained',
    expiryDate: 'Expiry date',
    addEvidence: 'Add evidence',
    deleteEvidence: 'Delete evidence “{{description}}”',
    obtained: 'obtained {{date}}',
    expires: 'expires {{date}}',
    expired: 'expired {{date}}',
    invalidUrl: 'Enter a web address starting with http:// or https://.',
    invalidExpiry: 'The expiry date cannot be before the date obtained.'
  },
  shortcuts: {
    keys: {
      homeEnd: 'Home, End',
      edit: 'E, Enter',
      delete: 'Delete',
      reorder: 'Alt + ↑ ↓',
      undo: 'Ctrl + Z',
      undoMac: '⌘ Z'
    },
    title: 'Keyboard shortcuts',
    intro: 'On a focused milestone in the list:',
    move: 'Previous or next milestone',
    first: 'First or last milestone',
    done: 'Mark as done',
    progress: 'Mark as in progress',
    skip: 'Skip',
    reset: 'Back to to do',
    edit: 'Edit',
    delete: 'Delete (can be undone)',
    reorder: 'Move up or down, across stages',
    undo: 'Undo the last deletion or archive',
    help: 'Show this list',
    initials: 'D, P, S and R are the initials of done, in progress, skip and reset; they are the same keys in every language.'
  },
  progress: {
    overdue: 'Overdue',
    overall: 'Overall progress',
    percent: '{{percent}} resolved',
    projected: 'Projected CAIO date',
    projectedPlan: 'Projected completion',
    firstGoalHead: 'Your first goal: Head of AI',
    firstGoalLine: 'Your first goal, Head of AI: {{date}}',
    headOfAiOnTheWay: 'Head of AI on the way: {{date}}',
    noProjection: 'Add milestones to get a projected date.',
    basis: {
      hours:
        'Every date in this plan comes from one schedule at {{hours}} hours a week: courses and certifications at that pace; diplomas, roles and leadership over the calendar time they need. The projected date is the due date of the plan’s goal.',
      overduePinned_one: '{{count}} pinned date has passed: it stays where it is until you move it.',
      overduePinned_other: '{{count}} pinned dates have passed: they stay where they are until you move them.',
      finished: 'Every milestone is resolved.'
    },
    byStage: 'Progress by stage'
  },
  schedule: {
    pinned: 'Pinned',
    pinnedTitle: 'Pinned date: the schedule never moves it.',
    pin: 'Pin this date: the schedule will not move it',
    pinHelp:
      'A date you type is pinned, like an exam session or a diploma’s end. Untick to hand it back to the schedule, which plans it from your hours per week.',
    plannedHelp: 'Planned by the schedule from your hours per week. Type a date to pin it.',
    moved_one: '{{count}} milestone moved; {{what}} {{before}} → {{after}}.',
    moved_other: '{{count}} milestones moved; {{what}} {{before}} → {{after}}.',
    caioDate: 'CAIO date',
    endDate: 'end of the plan',
    noDate: 'none',
    sameStepElsewhere_one: 'The same step is still open in {{count}} of your other plans.',
    sameStepElsewhere_other: 'The same step is still open in {{count}} of your other plans.',
    markDoneElsewhere: 'Mark it done there too',
    doneElsewhere_one: 'Marked done in {{count}} other plan.',
    doneElsewhere_other: 'Marked done in {{count}} other plans.',
    pace: {
      title: 'This plan’s pace',
      help: 'Give this scenario its own hours per week and company size to compare it with your other plans. Every date moves with it.',
      hours: 'Hours per week for this plan',
      followProfile: 'Follow my profile ({{hours}} h a week)',
      ownPace: 'Its own pace',
      companySize: 'Company size for this plan',
      apply: 'Apply to this plan',
      unchanged: 'No date moved.'
    },
    compare: {
      title: 'Your plans side by side',
      plan: 'Plan',
      caioDate: 'CAIO date',
      pace: 'Hours a week',
      remaining: 'Study left',
      remainingHours: '{{hours}} h',
      fromProfile: '{{hours}} (profile)',
      noGoal: 'No CAIO goal'
    }
  },
  timeline: {
    title: 'Timeline',
    chart: 'Plan drawn by date (scrolls sideways)',
    zoom: 'Zoom',
    year: 'Years',
    quarter: 'Quarters',
    month: 'Months',
    today: 'Today',
    quarterLabel: 'Q{{quarter}} {{year}}',
    stageRange: '{{stage}}: {{from}} to {{to}}, {{milestones}}',
    noDates: 'No milestone has a date yet: add due dates to see the timeline.',
    summary: 'Stages by date',
    goal: 'CAIO goal, {{date}}',
    legendOpen: 'To do',
    legendDone: 'Done or skipped'
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
    regulation: 'Regulation and ethics',
    behavioural: 'Behavioural skills',
    tools: 'Tools and frameworks: {{list}}'
  },
  guide: {
    title: 'Guide',
    intro: 'What a Chief AI Officer does, and how people get there.',
    print: 'Print the role sheet',
    roleSheet: 'The Chief AI Officer role',
    missions: 'Missions',
    studies: 'Studies',
    terms: {
      title: 'French terms you will meet',
      bac5: {
        term: 'bac+5',
        meaning: 'five years of higher education after the baccalauréat (the end-of-school exam): a master’s or an engineering degree.'
      },
      grandeEcole: {
        term: 'grande école',
        meaning: 'a selective French engineering or business school, entered by competitive exam; its degree counts as a master’s.'
      },
      alternance: {
        term: 'alternance',
        meaning: 'work-study: the student alternates school and a paid job, and the employer pays the tuition.'
      },
      mastere: {
        term: 'mastère spécialisé',
        meaning: 'a one-year specialised programme after a master’s, run by grandes écoles, often taken while working.'
      }
    },
    skills: 'Skills',
    context: 'Where the role exists',
    salary: 'Salary',
    salaryRange: '{{min}} to {{max}} gross per year',
    salaryFrom: '{{min}} or more gross per year',
    evolution: 'What comes next',
    pros: 'Advantages',
    cons: 'Drawbacks',
    source: 'Source: {{title}}, consulted {{date}}.',
    routes: 'Routes to the role',
    routesIntro: 'Three ways in, compared side by side.',
    routeColumn: 'Route',
    duration: 'Typical time to CAIO',
    durationValue: 'About {{years}} years at {{hours}} h a week',
    durationNote: 'Estimated by CAIO Path from a typical starting point for each route; your own plan uses your answers.',
    roles: 'Typical roles on the way',
    demands: 'What it demands',
    suits: 'Who it suits',
    skips: 'What it skips',
    cost: 'Cost',
    summary: 'In short'
  },
  law: {
    title: 'What the law asks, dated',
    intro:
      'The EU AI Act as amended in 2026, the GDPR duties that come with every AI project, and where France stands. Add an obligation to your plan: it keeps its legal date, or, when it already applies, becomes a task to bring your organisation into line.',
    checked: 'Facts checked on {{date}}.',
    today: 'Today, {{date}}',
    timeline: 'Regulatory calendar',
    laws: {
      'ai-act': 'AI Act',
      gdpr: 'GDPR',
      france: 'France'
    },
    status: {
      inForce: 'In force',
      upcoming: 'Upcoming',
      pending: 'Pending'
    },
    bound: {
      label: 'Who is bound',
      none: 'Not stated by the sources',
      providers: 'providers',
      deployers: 'deployers',
      gpaiProviders: 'providers of general-purpose AI models',
      controllers: 'controllers',
      processors: 'processors',
      memberStates: 'Member States',
      publicBodies: 'public authorities'
    },
    reference: 'Legal reference',
    trigger: 'When',
    caveat: 'Note',
    source: 'Source: {{citation}}; checked {{date}}.',
    citationSeparator: '; ',
    add: 'Add to my plan',
    addLabel: 'Add to my plan: {{name}}',
    milestoneUpcoming: 'Be ready for: {{name}}',
    milestoneInForce: 'Bring my organisation into line: {{name}}',
    addedDue: '“{{title}}” added to {{plan}}, due on its legal date, {{date}}.',
    addedInForce:
      '“{{title}}” added to {{plan}}, first among the open milestones of “{{stage}}”: it already applies, so it is scheduled from today.',
    noPlan: 'Create a plan first: this adds to the plan you follow.',
    openPlan: 'Open the plan'
  },
  catalogue: {
    title: 'Certifications and their renewal',
    intro:
      'Certifications that evidence a CAIO’s skills, how long they last and how they are renewed. A certification you plan and then obtain gets its expiry date from its validity, and you are reminded when its renewal window opens.',
    issuer: 'Issuer',
    evidences: 'What it shows',
    skills: 'Skills',
    validity: 'Validity',
    years_one: '{{count}} year',
    years_other: '{{count}} years',
    noExpiry: 'No expiry',
    renewal: 'Renewal',
    window: 'Reminded {{count}} days before expiry, when the issuer opens renewal.',
    cost: 'Cost',
    costValue: '{{amount}} ({{basis}}).',
    costRange: '{{min}} to {{max}}',
    costQuoted: 'figure quoted by a secondary source',
    costOfficial: 'issuer’s figure',
    costUnknown: 'Unknown: no source gives a figure.',
    france: 'In France',
    franceUnknown: 'Unknown: no RNCP or Répertoire spécifique entry was found, so CPF funding is not known.',
    franceRegistered: '{{register}} {{code}}',
    retired: 'Retired on {{date}}',
    retiredNote: 'No longer awarded: holders stay certified until their expiry date.',
    plan: 'Plan this certification',
    planLabel: 'Plan this certification: {{name}}',
    planned: '“{{name}}” added to {{plan}}, in “{{stage}}”.',
    milestone: 'Obtain {{name}}'
  },
  settings: {
    onboarding: 'Guided setup',
    onboardingHelp: 'Answer the questions again to get a new recommended route and a new plan. Your existing plans are kept.',
    rerunOnboarding: 'Run the guided setup again',
    profile: 'Your profile',
    profileHelp:
      'Every answer from the guided setup. Hours per week and the company size apply to every plan at once: projected dates and the goal’s pay band follow.',
    noProfile: 'No profile yet: run the guided setup below to answer its questions.',
    saveProfile: 'Save my profile',
    profileSaved: 'Profile saved.',
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
    cannot_restore: 'This can no longer be restored: what it belonged to was deleted or replaced since. Nothing was changed.',
    undo_expired: 'Too late to undo: deletions can be undone for 30 minutes. Nothing was changed.',
    read_only: 'Your data folder is read-only, so nothing can be saved. Nothing was changed.',
    internal: 'Something went wrong. Nothing was changed.',
    network: 'The app could not reach its local data service. Is it still running?',
    detail: {
      date_out_of_range: 'Enter a date between 1950 and 2100. Nothing was changed.',
      date_in_future: 'A completion date or a date obtained cannot be in the future. Nothing was changed.',
      expiry_before_obtained: 'The expiry date must come after the date obtained. Nothing was changed.'
    }
  },
  titleField: {
    count: '{{length}} of {{max}} characters',
    required: 'Write some text here: it cannot be empty or only spaces.',
    tooLong_one: '{{count}} character over the {{max}} limit: shorten it to save.',
    tooLong_other: '{{count}} characters over the {{max}} limit: shorten it to save.'
  },
  dateField: {
    day: 'dd',
    month: 'mm',
    year: 'yyyy',
    format: 'Format: {{pattern}}',
    invalid: 'Enter a real date as {{pattern}}.'
  },
  onboarding: {
    title: 'Set up your path',
    welcome: 'Welcome to CAIO Path',
    welcomeText:
      'A few questions about where you stand, and CAIO Path suggests a route to the Chief AI Officer role and builds your dated plan. Everything stays on this computer.',
    stepOf: 'Step {{step}} of {{total}}',
    start: 'Start',
    next: 'Next',
    back: 'Back',
    skip: 'Skip and build my plan by hand',
    create: 'Create my plan',
    creating: 'Creating your plan…',
    step: {
      language: 'Language',
      education: 'Your studies',
      experience: 'Your experience',
      target: 'Your goal and pace',
      achieved: 'Already behind you',
      route: 'Your route'
    },
    educationLevel: 'Highest level of education',
    field: 'Field of study',
    yearsExperience: 'Years of professional experience',
    currentRole: 'Current role',
    companySize: 'Where would you like to be CAIO?',
    hoursPerWeek: 'Hours per week you can give to your plan',
    hoursHelp: 'Courses and diplomas are scheduled at this pace; roles take the calendar time they need.',
    achievedHelp: 'Tick what you have already done: those milestones start as done. Your answers so far pre-ticked some.',
    invalidYears: 'Enter a whole number of years between 0 and 60.',
    invalidHours: 'Enter a whole number of hours between 1 and 80.',
    diplomaYear: 'Year obtained',
    diplomaYearHelp: 'Optional: leave empty if you do not remember.',
    invalidYear: 'Enter a year between 1950 and {{max}}, or leave it empty.',
    inProgress: 'Studying for a diploma now?',
    inProgressHelp: 'Your plan then starts from this programme and its expected end.',
    noProgramme: 'No',
    expectedEnd: 'Expected end of the programme',
    expectedEndPast: 'This date has passed: tick the diploma above as obtained instead.',
    recommended: 'Recommended for you',
    why: 'Why this route',
    chooseRoute: 'Route for your plan',
    planName: 'Name of your plan',
    defaultPlanName: 'My path via the {{route}}',
    numberedPlanName: '{{name}} ({{number}})',
    salaryBand: 'CAIO pay there: {{range}}'
  },
  profile: {
    educationLevel: {
      bac: 'Secondary-school diploma (French bac)',
      'bac+2': 'Two years of higher education (bac+2)',
      'bac+3': 'Bachelor’s degree (bac+3, licence)',
      'bac+5': 'Master’s, engineering or business-school degree (bac+5)',
      doctorate: 'Doctorate (PhD)'
    },
    field: {
      'computer-science': 'Computer science',
      'data-ai': 'Data science or artificial intelligence',
      engineering: 'Other engineering or science',
      business: 'Business, management or economics',
      other: 'Another field'
    },
    role: {
      student: 'Student',
      'data-ai-practitioner': 'Data scientist, ML engineer or data analyst',
      'software-engineer': 'Software engineer or developer',
      'it-manager': 'IT manager, CIO or DSI',
      'product-business': 'Product or business director, strategy role',
      researcher: 'Researcher',
      other: 'Something else',
      'lead-manager': 'Team lead or engineering manager',
      executive: 'Another executive role'
    }
  },
  achievement: {
    bachelor: 'A bachelor’s degree (bac+3)',
    'master-tech': 'A master’s or engineering degree in computer science, data or AI',
    'business-degree': 'A business-school degree or an MBA',
    doctorate: 'A doctorate',
    'ml-course': 'A machine-learning foundations course with a certificate',
    'cloud-certification': 'A cloud fundamentals certification (AWS, Azure or Google Cloud)',
    'ai-role': 'At least two years as a data scientist or machine-learning engineer',
    'model-in-production': 'A model or AI feature running in production',
    agile: 'Agile practice or certification (Scrum, SAFe)',
    'led-team': 'Led a team (a data or AI team, a department, a product line)',
    'managed-budget': 'Owned a budget (a programme’s, a department’s)',
    'gdpr-ai-act': 'Training on the GDPR and the EU AI Act',
    'public-talk': 'Spoken at an event or published on AI'
  },
  advice: {
    peopleManaged: 'People you manage now',
    peopleHelp: 'Direct and indirect reports; 0 if none.',
    invalidPeople: 'Enter a whole number of people between 0 and 100,000.',
    budgetOwned: 'Yearly budget you own now',
    budget: {
      none: 'None',
      'under-500k': 'Under €500,000',
      '500k-5m': '€500,000 to €5 million',
      'over-5m': 'Over €5 million'
    },
    considering: 'Programmes you are considering (not started)',
    consideringHelp: 'Only considered: they never count as done, and the guide compares them for you.',
    programme: {
      'master-tech': 'A master’s in AI, data science or computer science, or an engineering school',
      'executive-mba': 'An executive MBA',
      'ai-executive-certificate': 'An executive certificate in AI',
      doctorate: 'A doctorate'
    },
    studyMode: 'How you study',
    mode: { 'full-time': 'Full-time', 'work-study': 'Work-study (alternance)' },
    firstGoal: 'Your first goal',
    goal: { 'head-of-ai': 'Head of AI first, then Chief AI Officer', caio: 'Chief AI Officer directly' },
    payTitle: 'Pay for each step',
    payIntro:
      'Gross yearly pay in France, by company size. Each figure names its source and the year; where no public source gives one, this says so.',
    payStep: 'Step',
    noFigure: 'No public source gives a figure',
    source: 'Source: {{source}}, checked {{date}}',
    sourceYear: 'Source: {{source}} ({{year}}), checked {{date}}',
    undated: 'publication year not stated',
    mastersTitle: 'Which master’s? The options side by side',
    mastersIntro: 'Facts only, each with its source. No source ranks one field above another for the CAIO role.',
    executiveTitle: 'An executive programme? Three options side by side',
    executiveIntro:
      'For a business or management profile. Durations are CAIO Path’s planning estimates; costs are given only where a public source states them. Each CAIO date is your plan’s own schedule with the programme taken next.',
    option: 'Option',
    leadsTo: 'What it leads to',
    asks: 'What it asks',
    lookUp: 'Where to look it up',
    duration: 'Duration',
    cost: 'Cost',
    evidences: 'What it evidences',
    caioDate: 'CAIO date in your plan',
    caioDateValue: '{{date}} (at {{hours}} h a week)',
    caioDateNone: 'Create a plan to see this date for yours.',
    weeks: '{{weeks}} weeks',
    hours: 'about {{hours}} hours of work',
    inYourPlan: 'In your plan',
    nothingToAdd: 'Nothing to add',
    programmeInPlan: 'Already in your plan',
    addProgramme: 'Add to my plan',
    addProgrammeLabel: 'Add “{{name}}” to my plan',
    programmeAdded: '“{{title}}” added to {{plan}}, first in “{{stage}}”. Projected CAIO date: {{date}}.',
    noWeeks: 'No programme to take',
    estimate: 'CAIO Path planning estimate',
    areaMove: '{{area}} {{before}} → {{after}}',
    rawMove: 'Before the caps: {{before}} → {{after}}.',
    rawScore: 'Before the cap: {{score}}/100',
    moved: 'Areas that moved: {{areas}}.',
    nothingMoved: 'No area moved.'
  },
  reason: {
    itManager:
      'You already manage IT teams ({{years}} years of experience): you can take the fast track and add AI expertise, governance and regulation.',
    seniorEngineer: 'With {{years}} years in software engineering you have the technical base to lead AI from the IT side.',
    itLeadersPromoted: 'Companies often promote IT leaders to head their AI strategy.',
    businessField: 'Your studies are in business or management.',
    businessRole: 'You work in product, strategy or business.',
    mbaRecognised: 'A business school or MBA with a strong technology component is a recognised way into the role.',
    hasBusinessDegree: 'Your bac+5 already covers the degree step of this route.',
    researcher: 'Your research background gives you the AI depth; the plan adds production experience and leadership.',
    practitioner: 'You already work in data or AI ({{years}} years of experience): the plan builds on that towards leadership.',
    technicalField: 'Your studies are technical, and most CAIOs hold a bac+5 in computer science, data science or AI.',
    defaultEngineering: 'The engineering route is the most common way into the role.',
    needsBac5: 'A bac+5 is the usual minimum, so the plan includes one.',
    lowPace: 'At {{hours}} hours a week, courses take longer; the dates in your plan allow for it.'
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
    selectAll: 'Select all',
    newPlan: 'New plan…',
    language: 'Language',
    theme: 'Theme',
    shortcuts: 'Keyboard shortcuts',
    dataFolder: 'Show data folder',
    aboutDetail: 'Version {{version}}. Your plans stay on this computer, in {{path}}.'
  },
  server: {
    forbidden: 'Access refused. Open the full address printed when CAIO Path started: it carries this session’s access key.',
    started: 'CAIO Path is running in browser mode. Open this address in your browser:',
    noElectron: 'The Electron desktop shell is not available on this machine ({{reason}}), so CAIO Path starts in browser mode instead.',
    electronMissing: {
      package: 'the electron package is not installed',
      binary: 'its binary was never downloaded and cannot be downloaded from here',
      native: 'the SQLite driver could not be rebuilt for Electron'
    },
    stop: 'Press Ctrl+C to stop.',
    dataDir: 'Data folder: {{path}}'
  },
  dialog: {
    newerDatabaseTitle: 'Database from a newer version',
    newerDatabase:
      'This data was saved by a newer version of CAIO Path (schema {{found}}; this version knows up to {{known}}). It was left untouched. Please install the newer version.',
    startupFailedTitle: 'CAIO Path could not start',
    startupFailed: 'The database at {{path}} could not be opened.',
    startupDetails: 'What the system said: {{reason}}',
    dataDirIsFile:
      'The data folder {{path}} is a file, not a folder. Start CAIO Path with --data-dir set to a folder (it is created if missing), or move the file away.',
    databaseIsFolder:
      'The database {{path}} is a folder, not a file, so CAIO Path cannot open it. Move that folder away, or start with another data folder (--data-dir).'
  },
  reminders: {
    title: 'Reminders',
    off: 'Reminders are off. You can turn them on in Settings.',
    none_one: 'Nothing overdue, nothing due in the next {{count}} day and no certification about to lapse.',
    none_other: 'Nothing overdue, nothing due in the next {{count}} days and no certification about to lapse.',
    kind: {
      overdue: 'Overdue',
      due: 'Due soon',
      expiring: 'Certification expiring',
      review: 'Quarterly review'
    },
    when: {
      overdue: 'was due {{date}}',
      due: 'due {{date}}',
      expiring: 'expires {{date}}',
      review: 'due since {{date}}'
    },
    open: 'Open the milestone',
    notification: {
      overdue: 'Overdue: {{title}}',
      due: 'Due soon: {{title}}',
      expiring: 'Certification expiring: {{title}}',
      review: 'Time for your quarterly skills review'
    },
    notificationBody: {
      overdue: 'It was due on {{date}}. Click to open it.',
      due: 'It is due on {{date}}. Click to open it.',
      expiring: '“{{detail}}” expires on {{date}}. Click to open the milestone.',
      review: 'Due since {{date}}: re-rate the skills that changed and see your readiness move. Click to open Skills.'
    },
    settings: {
      title: 'Reminders',
      enabled: 'Remind me of overdue and upcoming milestones and of expiring certifications',
      help: 'They appear on the dashboard and, in the desktop app, as notifications at most once a day each.',
      days: 'Days ahead',
      daysHelp: 'A milestone is reminded from this many days before its due date.',
      daysError: 'Enter a whole number from {{min}} to {{max}}.',
      saved: 'Saved.'
    }
  },
  dataFolder: {
    show: 'Show data folder',
    copy: 'Copy the path',
    copied: 'Path copied.',
    copyFailed: 'The path could not be copied. Select it and copy it by hand.',
    openFailed: 'The folder could not be opened. Its path is shown above.',
    browserNote: 'A browser page cannot open folders on your computer; copy the path to open it in your file manager.'
  },
  cli: {
    usage:
      'Usage: npm start -- [options]\n\nOptions:\n  --browser           start browser mode even when the desktop app is available\n  --no-browser        print the address without opening it in the default browser\n  --port <number>     listen on this port (default: a free one)\n  --data-dir <path>   use this data folder (or set CAIO_PATH_DATA_DIR)\n  --version           print the version and exit\n  --help              print this help and exit',
    version: 'CAIO Path {{version}}',
    portInUse: 'Port {{port}} is already in use on 127.0.0.1. Choose another with --port, or leave it out to use a free one.',
    alreadyRunning: 'CAIO Path is already running on this data folder (process {{pid}}). Open its address:',
    alreadyStarting: 'CAIO Path is already starting on this data folder (process {{pid}}). Try again in a moment.',
    opening: 'Opening it in your default browser.',
    stopped: 'CAIO Path stopped; the database was closed cleanly.'
  },
  assessment: {
    intro: 'Rate yourself against the Chief AI Officer profile, see what holds your readiness back, and turn gaps into steps of your plan.',
    categoryCount_one: '{{count}} skill',
    categoryCount_other: '{{count}} skills',
    readiness: {
      title: 'Readiness for CAIO',
      score: '{{score}} / 100',
      scoreLabel: 'Readiness: {{score}} out of 100',
      empty: 'Rate your skills to see how ready you are for the CAIO role.',
      capped:
        '{{group}} reaches {{coverage}} of the CAIO target, under its {{minimum}} minimum: your readiness cannot go above {{cap}} until it does.',
      uncapped: 'Without that limit, your skills would give {{score}}.',
      missing_one: '{{group}}: {{points}} point still to gain.',
      missing_other: '{{group}}: {{points}} points still to gain.',
      full: 'You reach the CAIO target on every skill.',
      rule: 'How it is computed: each area counts the levels you reach, none above its target, against the levels the CAIO profile expects; areas are weighted, and regulation, leadership and AI each have a minimum that caps the score while it is not met.',
      trend: 'Readiness over time',
      trendPoint: '{{date}}: {{score}}',
      trendPoints: 'Readiness over time: {{points}}',
      noTrend: 'Your readiness trend appears after your first assessment.',
      open: 'Open skills',
      reassess_one: '{{count}} skill to re-assess after a completed milestone.',
      reassess_other: '{{count}} skills to re-assess after completed milestones.',
      reviewDue: 'Your quarterly skills review is due.'
    },
    area: {
      rated: '{{rated}} of {{total}} rated'
    },
    form: {
      title: 'Self-assessment',
      help: 'For each skill, pick a level from 0 to 4 with the arrow keys or a click; each level says what you can do. A note is optional.',
      date: 'Date of this assessment',
      save: 'Save the assessment',
      saved_one: '{{count}} rating saved.',
      saved_other: '{{count}} ratings saved.',
      unchanged: 'Nothing changed since your last ratings, so nothing new was stored.',
      previous: 'Last rated {{level}} on {{date}}',
      never: 'Not rated yet',
      target: 'CAIO target: {{level}}',
      levelName: 'Level {{level}}',
      note: 'Note on {{skill}} (optional)',
      futureDate: 'The date of an assessment cannot be after today.',
      invalidDate: 'Enter a valid date.',
      toRate_one: '{{count}} skill not rated yet.',
      toRate_other: '{{count}} skills not rated yet.'
    },
    radar: {
      title: 'Your level and the CAIO target by area',
      current: 'Your level',
      target: 'CAIO target',
      area: 'Area',
      coverage: 'Share of the target reached',
      caption: 'Average level per area, on the 0 to 4 scale',
      chartLabel: 'Radar chart of your average level and the CAIO target in each area; the table that follows gives the same figures.'
    },
    gaps: {
      title: 'Gaps, costliest first',
      help: 'Ordered by how much each gap costs your readiness; gaps in an area under its minimum come first.',
      empty: 'No gap: every rated skill is at its CAIO target.',
      levels: 'Level {{level}}, target {{target}}',
      points_one: '{{points}} point',
      points_other: '{{points}} points',
      blocking: 'Caps your score',
      create: 'Turn into a milestone',
      createFor: 'Turn the gap in {{skill}} into a milestone',
      createWhich: ' (the gap in {{skill}})',
      plan: 'Plan',
      stage: 'Stage',
      milestoneTitle: 'Milestone title',
      kind: 'Kind',
      dueDate: 'Due date (optional)',
      confirm: 'Add to the plan',
      cancel: 'Cancel',
      created: 'Added “{{title}}” to {{plan}}.',
      existing: '“{{title}}” is already in {{plan}}, still open: it was not added twice.',
      turned: 'In your plan',
      open: 'Open in the plan',
      noPlan: 'Create a plan first to turn gaps into milestones.'
    },
    history: {
      title: 'History and evidence',
      skill: 'Skill',
      date: 'Date',
      level: 'Level',
      note: 'Note',
      none: 'No rating yet for this skill.',
      milestones: 'Milestones linked to this skill',
      noMilestones: 'No milestone is linked to this skill yet.',
      evidence: 'Evidence: {{list}}',
      inPlan: 'in {{plan}}'
    },
    reassess: {
      title: 'Worth re-assessing',
      item: '“{{milestone}}” is done since you last rated {{skill}}.',
      action: 'Re-assess {{skill}}'
    },
    review: {
      title: 'Quarterly review',
      due: 'Your last review, or your first assessment, is more than three months old. A short check-in: re-rate the skills that changed, confirm your hours per week, and see your readiness and projected CAIO date move.',
      start: 'Start the review',
      steps: 'Re-rate the skills that changed in the form, confirm your hours, then save the review.',
      hours: 'Hours per week you can give to your plan',
      hoursError: 'Enter a whole number of hours from 1 to 80.',
      save: 'Save the review',
      cancel: 'Not now',
      result: 'Readiness {{before}} → {{after}}.',
      projected: 'Projected CAIO date {{before}} → {{after}}.',
      noProjection: 'No projected CAIO date yet.',
      history: 'Past reviews',
      row_one: '{{date}}: readiness {{before}} → {{after}}, {{changed}} skill re-rated',
      row_other: '{{date}}: readiness {{before}} → {{after}}, {{changed}} skills re-rated',
      none: 'No review yet.',
      never: 'Not yet projected'
    },
    beyond: {
      title: 'Beyond CAIO',
      intro:
        'The French career article on the CAIO role (the source of the guide) names CIO (in France, DSI: head of information systems) and CTO as the next steps. Compare what they expect with the CAIO profile and with your levels.',
      role: 'Target role',
      skill: 'Skill',
      caio: 'CAIO target',
      roleTarget: 'Target for this role',
      yours: 'Your level',
      same: 'Same expectations as the CAIO profile on every other skill.',
      also: 'What the role adds beyond these skills',
      open: 'Compare with CIO and CTO'
    },
    link: {
      label: 'Skill this milestone builds',
      none: 'No skill',
      reassess: 'Once this is done, re-assess {{skill}} on the Skills screen when you are ready.',
      saved: 'Linked skill saved.'
    }
  },
  data: {
    notice: {
      title: 'About your data',
      damaged: 'Your database was damaged, so CAIO Path did not use it: carrying on with it could have lost more.',
      notDatabase: 'The database file in your data folder is not a database at all, so CAIO Path did not use it.',
      foreign: 'The database file in your data folder belongs to another program, not to CAIO Path, so it was not used.',
      readOnly:
        'Your data folder cannot be written to: you can look at your data, but nothing you change can be saved. Give yourself write access to the folder, or start CAIO Path with another data folder.',
      setAside: 'The file was moved aside, untouched, to {{path}}. CAIO Path started with empty data.',
      backupOffer: 'The newest good backup is from {{date}}. Restore it to get your data back as it was then.',
      noBackup: 'No backup was found to restore. You can start fresh; the file that was set aside is kept.',
      restore: 'Restore the backup from {{date}}',
      startFresh: 'Start fresh',
      restoring: 'Restoring…'
    },
    backups: {
      title: 'Automatic backups',
      help: 'A copy of your data is made once a day when the app starts, and before every import, restore or upgrade. The last 7 days and 4 weeks are kept.',
      folder: 'Backups folder',
      none: 'No backup yet. The first is made the next time the app starts with a plan in it, or now with the button below.',
      caption: 'Backups, newest first',
      date: 'Date',
      size: 'Size',
      reasonLabel: 'Made',
      reason: {
        daily: 'daily',
        import: 'before an import',
        restore: 'before a restore',
        migration: 'before an upgrade',
        manual: 'by hand'
      },
      restore: 'Restore',
      restoreLabel: 'Restore the backup from {{date}}',
      backupNow: 'Back up now',
      made: 'Backup made.',
      restored:
        'Backup of {{date}} restored: your data now holds {{plans}} and {{milestones}}. The data you had before was backed up first.',
      confirm:
        'Replace your data with the backup from {{date}}? Your current data is backed up first, so you can come back to it by restoring that copy.',
      confirmRestore: 'Yes, restore it',
      cancel: 'Cancel',
      readOnly: 'The data folder is read-only: backups cannot be made or restored.'
    },
    transfer: {
      title: 'Export and import',
      help: 'A full backup holds everything you entered. Import it on another computer, or after reinstalling.',
      exportBackup: 'Export a full backup (JSON)',
      exportCsv: 'Export milestones (CSV)',
      exportIcs: 'Export due dates (calendar)',
      print: 'Print or save the dossier as PDF',
      saved: 'Saved as {{file}}.',
      cancelled: 'Nothing was saved.',
      plan: 'Plan to export as CSV or calendar'
    },
    count: {
      plans_one: '{{count}} plan',
      plans_other: '{{count}} plans',
      milestones_one: '{{count}} milestone',
      milestones_other: '{{count}} milestones'
    },
    import: {
      choose: 'Import a backup…',
      fileLabel: 'Backup file to import',
      checking: 'Checking the whole file…',
      previewTitle: 'What this import will do',
      madeBy: 'Backup of {{date}}, made by CAIO Path {{version}} (format {{format}}).',
      mode: 'How to import',
      replace: 'Replace all my data with the file',
      merge: 'Merge: add what is new, replace items with the same id, keep the rest',
      caption: 'Rows, table by table',
      table: 'Data',
      added: 'Added',
      replaced: 'Replaced',
      removed: 'Removed',
      apply: 'Import',
      cancel: 'Cancel',
      applying: 'Backing up your current data, then importing…',
      doneReplace:
        'Import done: your data was replaced by the file’s, {{plans}} and {{milestones}}. Your previous data was backed up first.',
      doneMerge:
        'Import done. Milestones added: {{added}}; replaced: {{replaced}}. Your data now holds {{plans}} and {{milestones}}. Your previous data was backed up first.',
      refused: 'This file was not imported, and nothing was changed:',
      section: {
        settings: 'Settings',
        profile: 'Profile',
        plans: 'Plans',
        stages: 'Stages',
        milestones: 'Milestones',
        evidence: 'Evidence',
        skills: 'Skill targets',
        skill_assessments: 'Skill assessments (earlier format)',
        assessments: 'Self-assessments',
        skill_ratings: 'Skill ratings',
        skill_reviews: 'Quarterly reviews'
      },
      problem: {
        tooLarge: 'The file is larger than {{max}} MB: too large to be a CAIO Path backup.',
        empty: 'The file is empty.',
        utf16: 'The file is in UTF-16, not UTF-8. Backups exported by CAIO Path are UTF-8: export it again from the app.',
        notUtf8: 'The file is not UTF-8 text: it may be in another encoding, or not a text file at all.',
        notJson: 'The file is not valid JSON: it may have been cut short or edited by hand.',
        tooDeep: 'The file nests data far too deeply to be a CAIO Path backup.',
        forbiddenKey: 'The file contains the key “{{key}}”, which no CAIO Path backup has; it was refused for safety.',
        notBackup: 'The file is JSON, but not a CAIO Path backup.',
        newerFormat:
          'This backup was made by a newer version of CAIO Path (format {{found}}; this version reads up to {{known}}). Install the newer version to import it.',
        badHeader: 'The backup’s header is damaged: “{{field}}” is missing or not valid.',
        unknownSection: 'The backup holds a table “{{section}}” that this version of CAIO Path does not know.',
        invalidRow: 'Row {{row}} of “{{section}}” is not valid: look at its “{{field}}”.',
        duplicateId: 'Two rows of “{{section}}” have the same id ({{id}}).',
        danglingReference: 'Row {{row}} of “{{section}}” points to a “{{field}}” that is not in the backup.',
        otherPlan: 'Row {{row}} of “{{section}}” is in a stage of another plan.'
      }
    },
    dialog: {
      saveTitle: 'Save as',
      openTitle: 'Import a CAIO Path backup',
      filterBackup: 'CAIO Path backup',
      filterCsv: 'Spreadsheet (CSV)',
      filterIcs: 'Calendar (iCalendar)',
      filterPdf: 'PDF document',
      filterAll: 'All files'
    },
    menu: {
      exportBackup: 'Export a full backup…',
      importBackup: 'Import a backup…',
      exportCsv: 'Export milestones as CSV…',
      exportIcs: 'Export due dates to a calendar…',
      print: 'Print the career-plan dossier…'
    },
    csv: {
      plan: 'Plan',
      stage: 'Stage',
      title: 'Milestone',
      kind: 'Kind',
      status: 'Status',
      dueDate: 'Due date',
      completedDate: 'Completed',
      notes: 'Notes',
      evidence: 'Evidence'
    },
    ics: {
      calendarName: 'CAIO Path – {{plan}}',
      description: '{{stage}} · {{kind}} · {{status}}'
    },
    dossier: {
      title: 'Career-plan dossier',
      heading: 'Career-plan dossier: {{plan}}',
      prepared: 'Prepared on {{date}} with CAIO Path. Everything in it stayed on this computer.',
      choosePlan: 'Plan to print',
      noPlan: 'There is no plan to print yet.',
      profile: 'Where I stand',
      noProfile: 'No profile entered.',
      route: 'Route',
      progress: 'Progress',
      progressValue: 'Done or skipped: {{resolved}} of {{total}} milestones',
      stages: 'Stages and milestones',
      due: 'Due {{date}}',
      notes: 'Notes',
      evidence: 'Evidence',
      obtained: 'obtained {{date}}',
      expires: 'expires {{date}}',
      skills: 'Skills',
      target: 'target level {{level}}',
      assessed: 'level {{level}} on {{date}}',
      print: 'Print or save as PDF',
      back: 'Back to Settings',
      saved: 'PDF saved as {{file}}.',
      routeLine: 'Route: {{route}}',
      summary: 'Summary',
      projected: 'Projected CAIO date',
      noProjection: 'No projected date yet: give the plan dated milestones.',
      readiness: 'Readiness for CAIO',
      readinessValue: '{{score}} / 100',
      notAssessed: 'No skills assessed yet.',
      targetPay: 'Target pay',
      noPay: 'No company size chosen.',
      gaps: 'Largest skill gaps',
      noGaps: 'Every skill has reached its CAIO target.',
      gap: '{{skill}}: level {{level}}, target {{target}}',
      skill: 'Skill',
      targetLevel: 'CAIO target level',
      ratings: 'Ratings'
    }
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

/**
 * The composition root: repositories and services are built once, and each contract request is
 * mapped to the service method that answers it. Nothing is answered here; rules live in services,
 * repositories only read and write.
 */
import type { Database } from 'better-sqlite3';
import type { AppInfo, Settings } from '@shared/model';
import { createSettingsRepository } from './repositories/settings-repository';
import { createPlanRepository } from './repositories/plan-repository';
import { createMilestoneRepository } from './repositories/milestone-repository';
import { createProfileRepository } from './repositories/profile-repository';
import { createEvidenceRepository } from './repositories/evidence-repository';
import { createUndoRepository } from './repositories/undo-repository';
import { createPlanService } from './services/plan-service';
import { createMilestoneService } from './services/milestone-service';
import { createOnboardingService } from './services/onboarding-service';
import { createProgressService } from './services/progress-service';
import { createSettingsService } from './services/settings-service';
import { createDashboardService } from './services/dashboard-service';
import { createAdviceService } from './services/advice-service';
import { createLocaleService } from './services/locale-service';
import { createUndoService } from './services/undo-service';
import { createSkillService } from './services/skill-service';
import { createSkillRepository } from './repositories/skill-repository';
import { createGuidePlanService } from './services/guide-plan-service';
import type { ReminderService } from './services/reminders/reminder-service';
import { systemClock, type Clock } from './clock';
import type { Handlers } from './router';
import { createDataHandlers } from './services/data-handlers';
import type { DataService } from './services/data/data-service';
import type { FileDialogs } from './services/data/file-dialogs';

export interface CompositionOptions {
  db: Database;
  info: AppInfo;
  clock?: Clock;
  /** Called after settings change, so the transport can tell every window. */
  onSettingsChanged?: (settings: Settings) => void;
  reminders: ReminderService;
  /** Opens a folder in the system's file manager (desktop only); resolves to false when it could not. */
  openPath?: (path: string) => Promise<boolean>;
  /** Backups, import and export, the state of the database at start. */
  data: DataService;
  /** Desktop only: the save and open dialogs. */
  dialogs?: FileDialogs;
}

/** Builds every repository and service over one database. */
export function createServices({ db, clock = systemClock, onSettingsChanged }: CompositionOptions) {
  const repositories = {
    settings: createSettingsRepository(db),
    plans: createPlanRepository(db),
    milestones: createMilestoneRepository(db),
    profiles: createProfileRepository(db),
    evidence: createEvidenceRepository(db),
    undo: createUndoRepository(db),
    skills: createSkillRepository(db)
  };
  const { settings, plans, milestones, profiles, evidence } = repositories;
  const progress = createProgressService({ db, plans, milestones, profiles, clock });
  const undo = createUndoService({ db, undo: repositories.undo, milestones });
  const planService = createPlanService({ db, plans, milestones, undo, profiles, progress, clock });
  const milestoneService = createMilestoneService({ db, plans, milestones, evidence, undo, progress, clock });
  const onboarding = createOnboardingService({ db, progress, planService, plans, profiles, settings, clock });
  return {
    repositories,
    progress,
    undo,
    settings: createSettingsService({ settings, plans, ...(onSettingsChanged ? { onChanged: onSettingsChanged } : {}) }),
    dashboard: createDashboardService({ plans, settings, progress }),
    advice: createAdviceService({ plans, settings, progress }),
    locale: createLocaleService({ settings }),
    plans: planService,
    milestones: milestoneService,
    onboarding,
    guidePlan: createGuidePlanService({ db, milestones, skills: repositories.skills, milestoneService, clock }),
    skills: createSkillService({
      db,
      plans,
      settings,
      profiles,
      evidence,
      milestoneService,
      planService,
      onboarding,
      clock,
      skills: repositories.skills
    })
  };
}

export type Services = ReturnType<typeof createServices>;

/** The channel-to-service map: one line per contract request; the compiler refuses a missing one. */
export function createHandlers(options: CompositionOptions): Handlers {
  const { info, reminders, openPath, data, dialogs } = options;
  const services = createServices(options);
  const { settings, dashboard, advice, onboarding, plans, milestones, skills, locale, guidePlan } = services;
  // Your data: backups, import, export and the dossier, adapted to requests in one place.
  const dataRequests = createDataHandlers({
    data,
    settingsChanged: () => settings.announce(),
    ...(dialogs ? { dialogs } : {}),
    dossier: {
      evidence: services.repositories.evidence.listByPlan,
      skills: () => skills.dossier().skills,
      assessments: () => skills.dossier().assessments,
      plans: plans.list,
      activePlanId: () => settings.get().activePlanId,
      detail: plans.detail,
      progress: (planId) => plans.progress({ planId }),
      profile: onboarding.profile,
      readiness: () => {
        const { readiness, gaps } = skills.overview();
        return { readiness, gaps };
      }
    }
  });
  return {
    'app:info': () => info,
    'app:openDataFolder': async () => ({ opened: openPath ? await openPath(info.dataDir) : false }),
    'settings:get': settings.get,
    'app:start': ({ unchosen }) => ({ settings: settings.get(), dataStatus: data.status(), texts: locale.texts({ unchosen }) }),
    'settings:update': settings.update,
    'texts:get': locale.texts,
    'reminders:list': () => reminders.list(),
    // The summary first: reading the progress brings the stored dates onto today's schedule, which the reminders then show.
    'dashboard:summary': () => ({ ...dashboard.summary(), reminders: reminders.list(), readiness: skills.summary() }),
    'profile:get': onboarding.profile,
    'profile:update': onboarding.update,
    'onboarding:recommend': onboarding.recommend,
    'onboarding:complete': (input) => {
      const detail = onboarding.complete(input);
      settings.announce();
      return detail;
    },
    'onboarding:skip': () => {
      onboarding.skip();
      return settings.announce();
    },
    'routes:compare': onboarding.compare,
    'advice:executive': advice.executive,
    'plans:list': plans.list,
    'plans:get': ({ planId }) => plans.screen(planId),
    'plans:active': () => plans.openingScreen(settings.get().activePlanId),
    'plans:create': plans.create,
    'plans:createFromRoute': plans.createFromRoute,
    'plans:duplicate': plans.duplicate,
    'plans:rename': plans.rename,
    'plans:setPace': plans.setPace,
    'plans:compare': plans.compare,
    'plans:archive': plans.archive,
    'plans:delete': plans.remove,
    'plans:progress': plans.progress,
    'stages:create': plans.createStage,
    'stages:rename': plans.renameStage,
    'milestones:list': milestones.list,
    'milestones:get': milestones.get,
    'milestones:create': guidePlan.create,
    'milestones:update': milestones.update,
    'milestones:move': milestones.move,
    'milestones:shareDone': milestones.shareDone,
    'milestones:delete': milestones.remove,
    'evidence:add': guidePlan.addEvidence,
    'evidence:delete': milestones.removeEvidence,
    'undo:restore': plans.restore,
    'skills:overview': skills.overview,
    'skills:readiness': skills.summary,
    'skills:assess': skills.assess,
    'skills:createMilestone': skills.createMilestone,
    'skills:linkOf': skills.linkOf,
    'skills:link': skills.link,
    ...dataRequests
  };
}

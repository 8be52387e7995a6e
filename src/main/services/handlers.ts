import type { Database } from 'better-sqlite3';
import type { AppInfo, DashboardSummary, Settings } from '@shared/model';
import { createSettingsRepository } from '../repositories/settings-repository';
import { createPlanRepository } from '../repositories/plan-repository';
import { createMilestoneRepository } from '../repositories/milestone-repository';
import { createProfileRepository } from '../repositories/profile-repository';
import { createEvidenceRepository } from '../repositories/evidence-repository';
import { createUndoRepository } from '../repositories/undo-repository';
import { createPlanService } from './plan-service';
import { createMilestoneService } from './milestone-service';
import { createOnboardingService } from './onboarding-service';
import { systemClock, type Clock } from '../clock';
import type { ReminderService } from './reminders/reminder-service';
import type { Handlers } from '../router';
import { createDataHandlers } from './data-handlers';
import { createDossierRepository } from '../repositories/dossier-repository';
import type { DataService } from './data/data-service';
import type { FileDialogs } from './data/file-dialogs';

export interface HandlerOptions {
  db: Database;
  info: AppInfo;
  clock?: Clock;
  /** Called after settings change, so the transport can tell every window. */
  onSettingsChanged?: (settings: Settings) => void;
  reminders: ReminderService;
  /** Opens a folder in the system's file manager (desktop only); resolves to false when it could not. */
  openPath?: (path: string) => Promise<boolean>;
  data: DataService;
  /** Desktop only: the save and open dialogs. */
  dialogs?: FileDialogs;
}

/** Wires repositories and services into one handler per contract request. */
export function createHandlers({
  db,
  info,
  clock = systemClock,
  onSettingsChanged,
  reminders,
  openPath,
  data,
  dialogs
}: HandlerOptions): Handlers {
  const settings = createSettingsRepository(db);
  const plans = createPlanRepository(db);
  const milestones = createMilestoneRepository(db);
  const profiles = createProfileRepository(db);
  const evidence = createEvidenceRepository(db);
  const undo = createUndoRepository(db, milestones);
  const planService = createPlanService({ db, plans, milestones, undo, profiles, clock });
  const milestoneService = createMilestoneService({ db, plans, milestones, evidence, undo, clock });
  const onboarding = createOnboardingService({ db, planService, plans, profiles, settings, clock });
  const announce = (updated: Settings): Settings => {
    onSettingsChanged?.(updated);
    return updated;
  };
  const dossier = createDossierRepository(db);
  const dataHandlers = createDataHandlers({
    data,
    settingsChanged: () => announce(settings.get()),
    ...(dialogs ? { dialogs } : {}),
    dossier: {
      ...dossier,
      plans: () => planService.list(),
      activePlanId: () => settings.get().activePlanId,
      detail: (planId) => planService.detail(planId),
      progress: (planId) => planService.progress({ planId }),
      profile: () => profiles.get()
    }
  });

  function dashboard(): DashboardSummary {
    const all = plans.list();
    const active = all.filter((plan) => plan.archivedAt === null);
    const chosen =
      active.find((plan) => plan.id === settings.get().activePlanId) ??
      active.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    return {
      planCount: active.length,
      plan: chosen ?? null,
      stages: chosen ? plans.stages(chosen.id) : [],
      progress: chosen ? planService.progress({ planId: chosen.id }) : null
    };
  }

  return {
    'app:info': () => info,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => announce(settings.update(patch)),
    'reminders:list': () => reminders.list(),
    'app:openDataFolder': async () => ({ opened: openPath ? await openPath(info.dataDir) : false }),
    'dashboard:summary': dashboard,
    'profile:get': () => profiles.get(),
    'profile:update': (input) => onboarding.update(input),
    'onboarding:recommend': (input) => onboarding.recommend(input),
    'onboarding:complete': (input) => {
      const detail = onboarding.complete(input);
      announce(settings.get());
      return detail;
    },
    'onboarding:skip': () => announce(onboarding.skip()),
    'routes:compare': (input) => onboarding.compare(input),
    'plans:list': () => planService.list(),
    'plans:get': ({ planId }) => planService.detail(planId),
    'plans:create': (input) => planService.create(input),
    'plans:createFromRoute': (input) => planService.createFromRoute(input),
    'plans:duplicate': (input) => planService.duplicate(input),
    'plans:rename': (input) => planService.rename(input),
    'plans:archive': (input) => planService.archive(input),
    'plans:delete': (input) => planService.remove(input),
    'plans:progress': (input) => planService.progress(input),
    'stages:create': (input) => planService.createStage(input),
    'stages:rename': (input) => planService.renameStage(input),
    'milestones:list': (input) => milestoneService.list(input),
    'milestones:get': (input) => milestoneService.get(input),
    'milestones:create': (input) => milestoneService.create(input),
    'milestones:update': (input) => milestoneService.update(input),
    'milestones:move': (input) => milestoneService.move(input),
    'milestones:delete': (input) => milestoneService.remove(input),
    'evidence:add': (input) => milestoneService.addEvidence(input),
    'evidence:delete': (input) => milestoneService.removeEvidence(input),
    'undo:restore': (input) => planService.restore(input),
    ...dataHandlers
  };
}

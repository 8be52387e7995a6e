import type { Database } from 'better-sqlite3';
import type { AppInfo, DashboardSummary } from '@shared/model';
import { createSettingsRepository } from '../repositories/settings-repository';
import { createPlanRepository } from '../repositories/plan-repository';
import { createMilestoneRepository } from '../repositories/milestone-repository';
import { createPlanService } from './plan-service';
import { createOnboardingService } from './onboarding-service';
import { createProfileRepository } from '../repositories/profile-repository';
import { isoDate, systemClock, type Clock } from '../clock';
import type { Handlers } from '../router';

export interface HandlerOptions {
  db: Database;
  info: AppInfo;
  clock?: Clock;
  /** Called after settings change, so the transport can tell every window. */
  onSettingsChanged?: (settings: ReturnType<ReturnType<typeof createSettingsRepository>['get']>) => void;
}

/** Wires repositories and services into one handler per contract request. */
export function createHandlers({ db, info, clock = systemClock, onSettingsChanged }: HandlerOptions): Handlers {
  const settings = createSettingsRepository(db);
  const plans = createPlanRepository(db);
  const milestones = createMilestoneRepository(db);
  const profiles = createProfileRepository(db);
  const planService = createPlanService({ plans, milestones, clock });
  const onboarding = createOnboardingService({ db, plans, milestones, profiles, settings, clock });
  const announce = <T extends ReturnType<typeof settings.get>>(updated: T): T => {
    onSettingsChanged?.(updated);
    return updated;
  };

  function dashboard(): DashboardSummary {
    const today = isoDate(clock.now());
    const totals = milestones.totals();
    return {
      planCount: plans.list().length,
      milestoneCount: totals.total,
      resolvedCount: totals.resolved,
      overdueCount: milestones.overdueCount(today),
      nextDue: milestones.nextDue(today, 5).map(({ id, planId, templateId, title, dueDate, kind }) => ({
        id,
        planId,
        templateId,
        title,
        dueDate,
        kind
      }))
    };
  }

  return {
    'app:info': () => info,
    'settings:get': () => settings.get(),
    'settings:update': (patch) => announce(settings.update(patch)),
    'dashboard:summary': dashboard,
    'profile:get': () => profiles.get(),
    'onboarding:recommend': (input) => onboarding.recommend(input),
    'onboarding:complete': (input) => {
      const detail = onboarding.complete(input, planService.detail);
      announce(settings.get());
      return detail;
    },
    'onboarding:skip': () => announce(onboarding.skip()),
    'routes:compare': (input) => onboarding.compare(input),
    'plans:list': () => planService.list(),
    'plans:get': ({ planId }) => planService.detail(planId),
    'plans:create': (input) => planService.create(input),
    'plans:rename': (input) => planService.rename(input),
    'plans:delete': (input) => planService.remove(input),
    'milestones:list': (input) => planService.listMilestones(input),
    'milestones:create': (input) => planService.createMilestone(input),
    'milestones:update': (input) => planService.updateMilestone(input),
    'milestones:delete': (input) => planService.removeMilestone(input)
  };
}

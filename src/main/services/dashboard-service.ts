import type { DashboardSummary, Plan, SalaryFigures } from '@shared/model';
import { SALARY_BANDS } from '@shared/content/pay';
import type { PlanRepository } from '../repositories/plan-repository';
import type { SettingsRepository } from '../repositories/settings-repository';
import type { ProgressService } from './progress-service';

interface Dependencies {
  plans: PlanRepository;
  settings: SettingsRepository;
  progress: ProgressService;
}

/** The plan the dashboard follows: the active one, else the last updated one that is not archived. */
export function followedPlan(plans: PlanRepository, settings: SettingsRepository, active = activePlans(plans)): Plan | undefined {
  const activeId = settings.get().activePlanId;
  return active.find((plan) => plan.id === activeId) ?? active.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

const activePlans = (plans: PlanRepository) => plans.list().filter((plan) => plan.archivedAt === null);

/**
 * The dashboard from aggregates: the plan it follows, its stages and its progress (counts, overdue,
 * projection and the few milestones due next) and the pay it aims at, never the milestone list itself.
 */
export function createDashboardService({ plans, settings, progress }: Dependencies) {
  function salaryBand(plan: Plan | undefined): SalaryFigures | null {
    const band = SALARY_BANDS.find((item) => item.companySize === plan?.targetCompanySize);
    return band ? { id: band.id, min: band.min, max: band.max } : null;
  }

  return {
    summary(): DashboardSummary {
      const active = activePlans(plans);
      const followed = followedPlan(plans, settings, active);
      // The progress first: reading it brings the stored dates onto today's schedule, which the plan's CAIO date then shows.
      const current = followed ? progress.progress(followed.id) : null;
      const plan = followed ? (plans.get(followed.id) ?? followed) : undefined;
      return {
        planCount: active.length,
        plan: plan ?? null,
        stages: plan ? plans.stages(plan.id) : [],
        progress: current,
        salaryBand: salaryBand(plan)
      };
    }
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;

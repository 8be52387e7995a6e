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

/**
 * The dashboard from aggregates: the plan it follows, its stages and its progress (counts, overdue,
 * projection and the few milestones due next) and the pay it aims at, never the milestone list itself.
 */
export function createDashboardService({ plans, settings, progress }: Dependencies) {
  /** The active plan, else the last updated one that is not archived. */
  function followed(active: Plan[]): Plan | undefined {
    const activeId = settings.get().activePlanId;
    return active.find((plan) => plan.id === activeId) ?? active.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  function salaryBand(plan: Plan | undefined): SalaryFigures | null {
    const band = SALARY_BANDS.find((item) => item.companySize === plan?.targetCompanySize);
    return band ? { id: band.id, min: band.min, max: band.max } : null;
  }

  return {
    summary(): DashboardSummary {
      const active = plans.list().filter((plan) => plan.archivedAt === null);
      const followedPlan = followed(active);
      // The progress first: reading it brings the stored dates onto today's schedule, which the plan's CAIO date then shows.
      const current = followedPlan ? progress.progress(followedPlan.id) : null;
      const plan = followedPlan ? (plans.get(followedPlan.id) ?? followedPlan) : undefined;
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

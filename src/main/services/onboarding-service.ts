/** First-run wizard: recommend a route, then save the profile and generate the person's plan. */
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '@shared/contract';
import type { PlanDetail, RouteEstimate, Settings } from '@shared/model';
import type { Profile } from '@shared/profile';
import { ROUTES, type RouteId } from '@shared/content/routes';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneRepository } from '../repositories/milestone-repository';
import type { ProfileRepository } from '../repositories/profile-repository';
import type { SettingsRepository } from '../repositories/settings-repository';
import { isoDate, type Clock } from '../clock';
import { generatePlan } from './plan-generator';
import { recommendRoute } from './route-recommender';
import { daysBetween } from './dates';

interface Dependencies {
  db: Database;
  plans: PlanRepository;
  milestones: MilestoneRepository;
  profiles: ProfileRepository;
  settings: SettingsRepository;
  clock: Clock;
}

/** The starting point each route is compared from in the guide: nothing achieved on that route yet. */
const COMPARISON_START: Record<RouteId, Omit<Profile, 'hoursPerWeek'>> = {
  'route.engineering': {
    educationLevel: 'bac+3',
    field: 'computer-science',
    yearsExperience: 0,
    currentRole: 'student',
    targetCompanySize: 'large',
    achieved: ['bachelor']
  },
  'route.business': {
    educationLevel: 'bac+3',
    field: 'business',
    yearsExperience: 0,
    currentRole: 'student',
    targetCompanySize: 'large',
    achieved: ['bachelor']
  },
  'route.it-leader': {
    educationLevel: 'bac+5',
    field: 'computer-science',
    yearsExperience: 12,
    currentRole: 'it-manager',
    targetCompanySize: 'large',
    achieved: ['bachelor', 'led-team', 'managed-budget', 'agile']
  }
};

export function createOnboardingService({ db, plans, milestones, profiles, settings, clock }: Dependencies) {
  const complete = db.transaction(({ profile, routeId, planName }: ParsedInput<'onboarding:complete'>): number => {
    const now = clock.now().toISOString();
    const generated = generatePlan(profile, routeId, isoDate(clock.now()));
    profiles.save(profile, now);
    const { planId, stageIds } = plans.create(
      {
        name: planName,
        routeId,
        targetCompanySize: profile.targetCompanySize,
        stages: generated.stages.map((stage) => ({ templateId: stage.templateId, title: null }))
      },
      now
    );
    milestones.createMany(
      generated.stages.flatMap((stage, index) =>
        stage.milestones.map((milestone) => ({
          planId,
          stageId: stageIds[index]!,
          templateId: milestone.templateId,
          title: null,
          kind: milestone.kind,
          status: milestone.status,
          dueDate: milestone.dueDate,
          completedDate: milestone.completedDate,
          notes: ''
        }))
      ),
      now
    );
    settings.update({ onboarded: true });
    return planId;
  });

  return {
    recommend: ({ profile }: ParsedInput<'onboarding:recommend'>) => recommendRoute(profile),
    complete: (input: ParsedInput<'onboarding:complete'>, detail: (planId: number) => PlanDetail) => detail(complete(input)),
    skip: (): Settings => settings.update({ onboarded: true }),
    compare({ hoursPerWeek }: ParsedInput<'routes:compare'>): RouteEstimate[] {
      const today = isoDate(clock.now());
      return ROUTES.map((route) => {
        const plan = generatePlan({ ...COMPARISON_START[route.id], hoursPerWeek }, route.id, today);
        return {
          routeId: route.id,
          hoursPerWeek,
          years: Math.round((daysBetween(today, plan.caioDate) / 365.25) * 10) / 10,
          milestoneCount: plan.stages.reduce((sum, stage) => sum + stage.milestones.length, 0)
        };
      });
    }
  };
}

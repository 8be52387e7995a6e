/** First-run wizard: recommend a route, then save the profile and generate the person's plan. */
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '@shared/contract';
import type { Replan, RouteEstimate, Settings } from '@shared/model';
import type { ProgressService } from './progress-service';
import type { Profile } from '@shared/profile';
import { ROUTES, type RouteId } from '@shared/content/routes';
import type { ProfileRepository } from '../repositories/profile-repository';
import type { SettingsRepository } from '../repositories/settings-repository';
import { isoDate, type Clock } from '../clock';
import { generatePlan } from './plan-generator';
import { recommendRoute } from './route-recommender';
import { daysBetween } from './dates';
import type { PlanService } from './plan-service';
import type { PlanRepository } from '../repositories/plan-repository';
import { checkedProfile } from './profile-rules';

interface Dependencies {
  db: Database;
  progress: ProgressService;
  planService: PlanService;
  plans: PlanRepository;
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
    achieved: ['bachelor', 'agile']
  }
};

export function createOnboardingService({ db, progress, planService, plans, profiles, settings, clock }: Dependencies) {
  /** A name no other plan has: the wizard run twice never makes two plans with one name. */
  function uniqueName(name: string, taken: Set<string>): string {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
    return candidate;
  }

  const complete = db.transaction(({ profile, routeId, planName, generatedName }: ParsedInput<'onboarding:complete'>): number => {
    const checked = checkedProfile(profile, isoDate(clock.now()), { newPlan: true });
    profiles.save(checked, clock.now().toISOString());
    const taken = new Set(plans.names());
    let planId: number;
    if (generatedName) {
      const ordinal = plans.nextOrdinal(routeId);
      const name = uniqueName(ordinal > 1 ? `${planName} (${ordinal})` : planName, taken);
      planId = planService.createGenerated(checked, routeId, name, ordinal);
    } else {
      planId = planService.createGenerated(checked, routeId, uniqueName(planName, taken));
    }
    settings.update({ onboarded: true, activePlanId: planId });
    return planId;
  });

  /** Settings › Profile: every answer editable; hours and company size re-project every plan at once. */
  const update = db.transaction(({ profile }: ParsedInput<'profile:update'>): { profile: Profile; replans: Replan[] } => {
    const now = clock.now().toISOString();
    const checked = checkedProfile(profile, isoDate(clock.now()));
    const previous = profiles.get();
    const planIds = plans.list().map((plan) => plan.id);
    const before = new Map(planIds.map((planId) => [planId, progress.before(planId)] as const));
    profiles.save(checked, now);
    plans.setCompanySize(checked.targetCompanySize, previous?.targetCompanySize ?? null, now);
    const replans = planIds.map((planId) => progress.replan(planId, before.get(planId) ?? null)).filter((replan) => replan !== null);
    return { profile: profiles.get()!, replans };
  });

  return {
    profile: (): Profile | null => profiles.get(),
    recommend: ({ profile }: ParsedInput<'onboarding:recommend'>) => recommendRoute(profile),
    complete: (input: ParsedInput<'onboarding:complete'>) => planService.detail(complete(input)),
    update,
    skip: (): Settings => settings.update({ onboarded: true }),
    compare({ hoursPerWeek }: ParsedInput<'routes:compare'>): RouteEstimate[] {
      const today = isoDate(clock.now());
      return ROUTES.map((route) => {
        const plan = generatePlan({ ...COMPARISON_START[route.id], hoursPerWeek }, route.id, today);
        return {
          routeId: route.id,
          hoursPerWeek,
          years: Math.round((daysBetween(today, plan.caioDate) / 365.25) * 10) / 10
        };
      });
    }
  };
}

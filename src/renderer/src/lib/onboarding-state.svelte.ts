/** The first-run wizard's answers and steps; completing it generates the person's plan in main. */
import type { Recommendation } from '@shared/model';
import type { Achievement, CurrentRole, EducationLevel, Profile, StudyField } from '@shared/profile';
import { impliedAchievements } from '@shared/profile';
import type { CompanySize } from '@shared/content/role';
import { findRoute, type RouteId } from '@shared/content/routes';
import { api } from './api';
import { app } from './app-state.svelte';
import { t, tx } from './i18n.svelte';
import { planState } from './plan-state.svelte';

export const WIZARD_STEPS = ['language', 'education', 'experience', 'target', 'achieved', 'route'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

function whole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

export class OnboardingState {
  index = $state(0);
  educationLevel = $state<EducationLevel>('bac+3');
  field = $state<StudyField>('computer-science');
  yearsExperience = $state(0);
  currentRole = $state<CurrentRole>('student');
  targetCompanySize = $state<CompanySize>('large');
  hoursPerWeek = $state(10);
  achieved = $state<Achievement[]>([]);
  /** Once the person touches the checklist, their ticks win over the implied ones. */
  achievedTouched = $state(false);
  recommendation = $state<Recommendation | undefined>();
  routeId = $state<RouteId>('route.engineering');
  planName = $state('');
  planNameTouched = $state(false);
  busy = $state(false);

  step = $derived<WizardStep>(WIZARD_STEPS[this.index] ?? 'language');
  yearsValid = $derived(whole(this.yearsExperience, 0, 60));
  hoursValid = $derived(whole(this.hoursPerWeek, 1, 80));

  profile(): Profile {
    return {
      educationLevel: this.educationLevel,
      field: this.field,
      yearsExperience: this.yearsExperience,
      currentRole: this.currentRole,
      targetCompanySize: this.targetCompanySize,
      hoursPerWeek: this.hoursPerWeek,
      achieved: this.achieved
    };
  }

  /** Starts from the saved profile when the wizard is run again from Settings. */
  async load(): Promise<void> {
    const saved = await app.run(() => api.profileGet());
    if (!saved) return;
    this.educationLevel = saved.educationLevel;
    this.field = saved.field;
    this.yearsExperience = saved.yearsExperience;
    this.currentRole = saved.currentRole;
    this.targetCompanySize = saved.targetCompanySize;
    this.hoursPerWeek = saved.hoursPerWeek;
    this.achieved = saved.achieved;
    this.achievedTouched = true;
  }

  canContinue(): boolean {
    if (this.step === 'experience') return this.yearsValid;
    if (this.step === 'target') return this.hoursValid;
    return true;
  }

  async next(): Promise<void> {
    if (!this.canContinue()) return;
    if (this.step === 'target' && !this.achievedTouched) this.achieved = impliedAchievements(this.profile());
    if (this.step === 'achieved') {
      const recommendation = await app.run(() => api.onboardingRecommend({ profile: this.profile() }));
      if (!recommendation) return;
      this.recommendation = recommendation;
      this.routeId = recommendation.routeId;
    }
    this.index = Math.min(this.index + 1, WIZARD_STEPS.length - 1);
  }

  back(): void {
    this.index = Math.max(0, this.index - 1);
  }

  toggle(achievement: Achievement, checked: boolean): void {
    this.achievedTouched = true;
    this.achieved = checked ? [...this.achieved, achievement] : this.achieved.filter((item) => item !== achievement);
  }

  /** The suggested plan name for the chosen route, until the person types their own. */
  suggestedName(): string {
    const route = findRoute(this.routeId);
    return t('onboarding.defaultPlanName', { route: route ? tx(route.name).toLowerCase() : '' });
  }

  async complete(): Promise<void> {
    this.busy = true;
    const name = (this.planNameTouched ? this.planName : this.suggestedName()).trim() || this.suggestedName();
    const detail = await app.run(() => api.onboardingComplete({ profile: this.profile(), routeId: this.routeId, planName: name }));
    this.busy = false;
    if (!detail) return;
    planState.selectedId = detail.plan.id;
    app.finishOnboarding();
  }

  async skip(): Promise<void> {
    const settings = await app.run(() => api.onboardingSkip());
    if (settings) app.finishOnboarding('dashboard');
  }
}

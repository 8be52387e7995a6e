/** The first-run wizard's answers and steps; completing it generates the person's plan in main. */
import type { Recommendation } from '@shared/model';
import type {
  Achievement,
  BudgetBand,
  ConsideredProgramme,
  CurrentRole,
  Diploma,
  EducationLevel,
  FirstGoal,
  Profile,
  StudyField,
  StudyMode
} from '@shared/profile';
import { impliedAchievements } from '@shared/profile';
import type { CompanySize } from '@shared/content/role';
import type { RouteId } from '@shared/content/routes';
import { api } from './api';
import { app } from './app-state.svelte';
import { planState } from './plan-state.svelte';
import { generatedPlanName } from './labels';
import { localToday } from './today';
import type { Plan } from '@shared/model';

export const WIZARD_STEPS = ['language', 'education', 'experience', 'target', 'achieved', 'route'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** A diploma's year is not in the future; read once, as the wizard lives minutes, not years. */
const THIS_YEAR = new Date().getFullYear();

/** Where the answers wait while the wizard is open, so a reload keeps them (cleared once it ends). */
const DRAFT_KEY = 'caio-path.wizard-draft';

interface Draft {
  index: number;
  profile: Profile;
  achievedTouched: boolean;
}

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
  /** Year each achieved diploma was obtained, as typed ('' = date unknown). */
  achievedYears = $state<Partial<Record<Diploma, string>>>({});
  /** The diploma under way, if any, and when it should end (`YYYY-MM-DD`). */
  inProgress = $state<Diploma | ''>('');
  expectedEnd = $state('');
  expectedEndValid = $state(true);
  studyMode = $state<StudyMode>('full-time');
  peopleManaged = $state(0);
  budgetOwned = $state<BudgetBand>('none');
  considering = $state<ConsideredProgramme[]>([]);
  firstGoal = $state<FirstGoal>('caio');
  /** Plans that exist already, so the suggested name is never one of theirs. */
  existingPlans = $state<Plan[]>([]);
  /** Once the person touches the checklist, their ticks win over the implied ones. */
  achievedTouched = $state(false);
  recommendation = $state<Recommendation | undefined>();
  routeId = $state<RouteId>('route.engineering');
  planName = $state('');
  planNameTouched = $state(false);
  busy = $state(false);
  /** Answers are kept for a reload only once the saved ones (or the draft) are in. */
  loaded = $state(false);

  step = $derived<WizardStep>(WIZARD_STEPS[this.index] ?? 'language');
  yearsValid = $derived(whole(this.yearsExperience, 0, 60));
  hoursValid = $derived(whole(this.hoursPerWeek, 1, 80));
  peopleValid = $derived(whole(this.peopleManaged, 0, 100_000));
  yearsOfDiplomasValid = $derived(
    Object.values(this.achievedYears).every((year) => year === '' || year === undefined || whole(Number(year), 1950, THIS_YEAR))
  );
  programmeValid = $derived(this.inProgress === '' || (this.expectedEndValid && this.expectedEnd !== ''));
  /** A new plan starts from a programme still under way: its end is after today. */
  programmeAhead = $derived(this.inProgress === '' || this.expectedEnd > localToday());

  profile(): Profile {
    return {
      educationLevel: this.educationLevel,
      field: this.field,
      yearsExperience: this.yearsExperience,
      currentRole: this.currentRole,
      targetCompanySize: this.targetCompanySize,
      hoursPerWeek: this.hoursPerWeek,
      achieved: this.achieved,
      achievedYears: Object.fromEntries(
        Object.entries(this.achievedYears)
          .filter(([diploma, year]) => year && this.achieved.includes(diploma as Diploma))
          .map(([diploma, year]) => [diploma, Number(year)])
      ),
      inProgress:
        this.inProgress && !this.achieved.includes(this.inProgress)
          ? { diploma: this.inProgress, expectedEnd: this.expectedEnd, mode: this.studyMode }
          : null,
      peopleManaged: this.peopleManaged,
      budgetOwned: this.budgetOwned,
      considering: this.considering,
      firstGoal: this.firstGoal
    };
  }

  /** Keeps the answers for this browsing session (called on every change while the wizard is open). */
  saveDraft(): void {
    const draft: Draft = { index: this.index, profile: this.profile(), achievedTouched: this.achievedTouched };
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // Storage full or disabled: the wizard still works, a reload starts it again.
    }
  }

  /** The answers kept before a reload, if any. */
  private readDraft(): Draft | null {
    try {
      const text = sessionStorage.getItem(DRAFT_KEY);
      const draft = text ? (JSON.parse(text) as Draft) : null;
      return draft && typeof draft.index === 'number' && draft.profile ? draft : null;
    } catch {
      return null;
    }
  }

  clearDraft(): void {
    try {
      sessionStorage.removeItem(DRAFT_KEY);
    } catch {
      // Nothing kept.
    }
  }

  /** Starts from the saved profile when the wizard is run again from Settings. */
  async load(): Promise<void> {
    const draft = this.readDraft();
    const plans = await app.run(() => api.plansList());
    if (plans) this.existingPlans = plans;
    if (draft) {
      this.apply(draft.profile);
      // A draft's untouched checklist keeps following the answers; its step is where the person was
      // (the route step asks for its recommendation again, from the step before).
      this.achievedTouched = draft.achievedTouched;
      this.index = Math.min(Math.max(0, Math.trunc(draft.index)), WIZARD_STEPS.indexOf('achieved'));
    } else {
      const saved = await app.run(() => api.profileGet());
      if (saved) this.apply(saved);
    }
    this.loaded = true;
  }

  /** Fills every answer from a saved profile. */
  apply(saved: Profile): void {
    this.educationLevel = saved.educationLevel;
    this.field = saved.field;
    this.yearsExperience = saved.yearsExperience;
    this.currentRole = saved.currentRole;
    this.targetCompanySize = saved.targetCompanySize;
    this.hoursPerWeek = saved.hoursPerWeek;
    this.achieved = saved.achieved;
    this.achievedYears = Object.fromEntries(Object.entries(saved.achievedYears ?? {}).map(([diploma, year]) => [diploma, String(year)]));
    this.inProgress = saved.inProgress?.diploma ?? '';
    this.expectedEnd = saved.inProgress?.expectedEnd ?? '';
    this.studyMode = saved.inProgress?.mode ?? 'full-time';
    this.peopleManaged = saved.peopleManaged ?? 0;
    this.budgetOwned = saved.budgetOwned ?? 'none';
    this.considering = saved.considering ?? [];
    this.firstGoal = saved.firstGoal ?? 'caio';
    this.achievedTouched = true;
  }

  canContinue(): boolean {
    if (this.step === 'experience') return this.yearsValid && this.peopleValid;
    if (this.step === 'target') return this.hoursValid;
    if (this.step === 'achieved') return this.yearsOfDiplomasValid && this.programmeValid && this.programmeAhead;
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

  /** A programme considered is only that: ticking it never touches what is achieved or under way. */
  consider(programme: ConsideredProgramme, checked: boolean): void {
    this.considering = checked ? [...this.considering, programme] : this.considering.filter((item) => item !== programme);
  }

  /** The suggested plan name for the chosen route, numbered after the plans already made from it. */
  suggestedName(): string {
    const ordinals = this.existingPlans.filter((plan) => plan.routeId === this.routeId).map((plan) => plan.generatedName ?? 0);
    return generatedPlanName(this.routeId, Math.max(0, ...ordinals) + 1);
  }

  async complete(): Promise<void> {
    const typed = this.planNameTouched ? this.planName.trim() : '';
    if (typed.length > 200) return;
    this.busy = true;
    const detail = await app.run(() =>
      api.onboardingComplete({
        profile: this.profile(),
        routeId: this.routeId,
        planName: typed || this.suggestedName(),
        generatedName: !typed,
        requestId: crypto.randomUUID()
      })
    );
    this.busy = false;
    if (!detail) return;
    this.clearDraft();
    planState.selectedId = detail.plan.id;
    app.finishOnboarding();
  }

  async skip(): Promise<void> {
    const settings = await app.run(() => api.onboardingSkip());
    if (settings) {
      this.clearDraft();
      app.finishOnboarding('dashboard');
    }
  }
}

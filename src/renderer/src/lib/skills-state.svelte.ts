/** The skills screen's state: the overview from main, the ratings being entered, and the review mode. */
import type { SkillLevel } from '@shared/content/skills';
import type { SkillRating, SkillsOverview } from '@shared/skills-model';
import { api } from './api';
import { app } from './app-state.svelte';
import { planState } from './plan-state.svelte';

interface Draft {
  level: SkillLevel | undefined;
  note: string;
}

/** The latest rating of each skill (ratings come oldest first, so later entries win). */
function latestRatings(ratings: readonly SkillRating[]): ReadonlyMap<string, SkillRating> {
  return new Map(ratings.map((rating) => [rating.skillId, rating]));
}

export class SkillsState {
  overview = $state.raw<SkillsOverview | undefined>();
  drafts = $state<Record<string, Draft>>({});
  assessedOn = $state('');
  /** The guided quarterly check-in is open. */
  reviewing = $state(false);
  hoursPerWeek = $state(10);
  /** Said politely after a save or a creation. */
  status = $state('');
  saving = $state(false);

  /** The latest rating of each skill. */
  latest = $derived(latestRatings(this.overview?.ratings ?? []));

  async load(): Promise<void> {
    const overview = await app.run(() => api.skillsOverview());
    if (overview) this.adopt(overview);
  }

  /** Takes a fresh overview from main and starts the form again from the levels in force. */
  adopt(overview: SkillsOverview): void {
    this.overview = overview;
    this.assessedOn = overview.today;
    this.hoursPerWeek = overview.hoursPerWeek ?? this.hoursPerWeek;
    const latest = latestRatings(overview.ratings);
    const drafts: Record<string, Draft> = {};
    for (const [skillId, rating] of latest) drafts[skillId] = { level: rating.level, note: '' };
    this.drafts = drafts;
  }

  draft(skillId: string): Draft {
    return this.drafts[skillId] ?? { level: undefined, note: '' };
  }

  setLevel(skillId: string, level: SkillLevel): void {
    this.drafts[skillId] = { ...this.draft(skillId), level };
  }

  setNote(skillId: string, note: string): void {
    this.drafts[skillId] = { ...this.draft(skillId), note };
  }

  /** Saves every rated skill (main keeps only what changed); a review also confirms the hours. */
  async save(messages: { saved: (count: number) => string; unchanged: string }): Promise<boolean> {
    const ratings = Object.entries(this.drafts).flatMap(([skillId, draft]) =>
      draft.level === undefined ? [] : [{ skillId, level: draft.level, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) }]
    );
    this.saving = true;
    const result = await app.run(() =>
      api.skillsAssess({
        assessedOn: this.assessedOn,
        ratings,
        requestId: crypto.randomUUID(),
        ...(this.reviewing ? { review: { hoursPerWeek: this.hoursPerWeek } } : {})
      })
    );
    this.saving = false;
    if (!result) return false;
    this.adopt(result.overview);
    this.status = result.stored > 0 ? messages.saved(result.stored) : messages.unchanged;
    return true;
  }
}

/** A section another screen asks the skills screen to open at (the guide's evolution section). */
class SkillsRequest {
  section = $state<'beyond' | null>(null);
}
export const skillsRequest = new SkillsRequest();

/** Opens a milestone in the plan screen; its cached plan is stale when the skills screen just added to it. */
export function openInPlan(planId: number, milestoneId: number): void {
  planState.loaded = false;
  app.openMilestone({ planId, milestoneId });
}

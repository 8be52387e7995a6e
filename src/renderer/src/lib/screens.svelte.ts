/**
 * Screens load on demand: the dashboard ships in the first bundle; every other screen, the first-run
 * wizard, the keyboard-shortcuts overlay, the printable dossier and the plan screen's milestone
 * editor (opened far less often than the plan is shown) are chunks of their own, fetched the first
 * time they are shown (or once the app is idle, so moving there is instant).
 */
import type { Component } from 'svelte';
import type { View } from '@shared/model';
import DashboardView from '../views/DashboardView.svelte';
import { app } from './app-state.svelte';
import { t } from './i18n.svelte';

type Loader = () => Promise<{ default: Component }>;
/** A screen, the first-run wizard, the keyboard-shortcuts overlay, the printable dossier or the milestone editor. */
export type Part = View | 'onboarding' | 'shortcuts' | 'dossier' | 'editor';

const loaders: Record<Exclude<Part, 'dashboard'>, Loader> = {
  plan: () => import('../views/PlanView.svelte'),
  skills: () => import('../views/SkillsView.svelte'),
  guide: () => import('../views/GuideView.svelte'),
  settings: () => import('../views/SettingsView.svelte'),
  onboarding: () => import('../views/OnboardingView.svelte'),
  shortcuts: () => import('../components/ShortcutsDialog.svelte'),
  dossier: () => import('../components/data/Dossier.svelte'),
  // Kept here without its props, like every part; the plan screen gives it back its own type.
  editor: () => import('../components/MilestoneEditor.svelte') as Promise<{ default: Component }>
};

class Screens {
  /** The screens whose code is here. */
  loaded = $state.raw<Partial<Record<Part, Component>>>({ dashboard: DashboardView });
  private pending = new Map<Part, Promise<void>>();

  /** Fetches a part's code once; a failure is not kept, so asking again fetches again. */
  private fetch(view: Exclude<Part, 'dashboard'>): Promise<void> {
    let pending = this.pending.get(view);
    if (!pending) {
      pending = loaders[view]().then((module) => {
        this.loaded = { ...this.loaded, [view]: module.default };
      });
      pending.catch(() => this.pending.delete(view));
      this.pending.set(view, pending);
    }
    return pending;
  }

  /** Fetches a part's code to show it; a failure is said like any other. */
  load(view: Part): Promise<void> {
    if (view === 'dashboard' || this.loaded[view]) return Promise.resolve();
    return this.fetch(view).catch(() => {
      app.error = t('errors.internal');
    });
  }

  /**
   * Fetches every screen in the background, one after the other (the wizard only when asked for).
   * A failure here is not said: the screen asks again, and says so, when it is shown.
   */
  async prefetch(): Promise<void> {
    for (const view of ['plan', 'guide', 'settings', 'skills', 'shortcuts', 'editor'] as const) {
      if (!this.loaded[view]) await this.fetch(view).catch(() => undefined);
    }
  }
}

export const screens = new Screens();

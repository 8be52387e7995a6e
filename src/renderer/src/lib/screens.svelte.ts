/**
 * Screens load on demand: the dashboard ships in the first bundle, every other screen is its own
 * chunk, fetched the first time it is shown (or once the app is idle, so moving there is instant).
 */
import type { Component } from 'svelte';
import { loaders, type Part } from './screen-code';
import DashboardView from '../views/DashboardView.svelte';
import { app } from './app-state.svelte';
import { t } from './i18n.svelte';

export type { Part };

class Screens {
  /** The screens whose code is here. */
  loaded = $state.raw<Partial<Record<Part, Component>>>({ dashboard: DashboardView });
  private pending = new Map<Part, Promise<void>>();

  /** Fetches a part's code once; a failure is said, unless `quiet` (a prefetch: the screen asks again when shown). */
  load(view: Part, quiet = false): Promise<void> {
    if (view === 'dashboard' || this.loaded[view]) return Promise.resolve();
    let pending = this.pending.get(view);
    if (!pending) {
      pending = loaders[view]()
        .then((module) => {
          this.loaded = { ...this.loaded, [view]: module.default };
        })
        .catch(() => {
          // Said like any other failure; asking for the screen again tries again.
          this.pending.delete(view);
          if (!quiet) app.error = t('errors.internal');
        });
      this.pending.set(view, pending);
    }
    return pending;
  }

  /** Fetches every screen in the background, one after the other (the wizard only when asked for). */
  async prefetch(): Promise<void> {
    for (const view of ['plan', 'guide', 'settings', 'skills', 'shortcuts'] as const) await this.load(view, true);
  }
}

export const screens = new Screens();

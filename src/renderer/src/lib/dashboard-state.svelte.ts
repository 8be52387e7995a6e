/** What the dashboard shows: one answer from main, asked for each time the dashboard is drawn. */
import type { Output } from '@shared/contract';
import { api } from './api';
import { app } from './app-state.svelte';

class DashboardState {
  summary = $state.raw<Output<'dashboard:summary'> | undefined>();
  /** A load sent with the start (the app opened on the dashboard), for the dashboard to take when first drawn. */
  opening: Promise<void> | undefined;

  async load(): Promise<void> {
    await app.run(async () => (this.summary = await api.dashboardSummary()));
  }

  /**
   * Loads what the dashboard shows when it is drawn: the start's load the first time, if there is one;
   * else a fresh answer, the last visit's not shown meanwhile.
   */
  loadForScreen(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    if (opening) return opening;
    this.summary = undefined;
    return this.load();
  }
}

export const dashboard = new DashboardState();

/**
 * The first screen's data, asked for while the code, the settings and the texts are still on their
 * way, rather than after them. Each answer is handed out once; later visits ask again.
 */
import type { DashboardSummary } from '@shared/model';
import { api } from './api';

// Only when the app opens on the dashboard (no other screen named in the address).
const opensOnDashboard = ['', '#', '#dashboard'].includes(window.location.hash ?? '');
let dashboard: Promise<DashboardSummary> | undefined = opensOnDashboard ? api.dashboardSummary() : undefined;
// A failure here is reported when the dashboard asks again, not twice.
dashboard?.catch(() => undefined);

/** The dashboard summary asked for at start, the first time; a fresh request afterwards. */
export function dashboardSummary(): Promise<DashboardSummary> {
  const early = dashboard;
  dashboard = undefined;
  return early ?? api.dashboardSummary();
}

/** Drops the early answer: something will change before the dashboard shows (the first-run wizard). */
export function discardEarly(): void {
  dashboard = undefined;
}

import type { Plan, RouteId } from '@shared/model';
import { generatedPlanName as namedFor, shownPlanName, type PlanNaming } from '@shared/plan-name';
import { contentTitle, formatDate, formatNumber, t } from './i18n.svelte';

/**
 * What a stage or milestone is called: the person's own title when they wrote one, otherwise the
 * content text of the template it came from, in the active language.
 */
export function displayTitle(item: { title: string | null; templateId: string | null }): string {
  return item.title || (contentTitle(item.templateId) ?? '');
}

const naming: PlanNaming = { t, routeTitle: contentTitle, formatNumber: (value) => formatNumber(value) };

/** The suggested name of a plan made by the wizard for a route, with its ordinal when there are several. */
export function generatedPlanName(routeId: RouteId | null, ordinal: number): string {
  return namedFor(routeId, ordinal, naming);
}

/** A plan's name: the generated one follows the language until the person renames the plan. */
export function planName(plan: Pick<Plan, 'name' | 'generatedName' | 'routeId'>): string {
  return shownPlanName(plan, naming);
}

/** When a done milestone was completed: a day, only a year (a diploma from the wizard), or unknown. */
export function completedText(completedDate: string | null): string {
  if (completedDate === null) return t('plan.completedUnknown');
  if (/^\d{4}$/.test(completedDate)) return t('plan.completedIn', { year: completedDate });
  return t('plan.completedOn', { date: formatDate(completedDate) });
}

import type { TFunction } from 'i18next';
import type { Plan } from './model';

/** What the renderer and main need to name a plan in one language. */
export interface PlanNaming {
  t: TFunction;
  /** A route's title in that language. */
  routeTitle: (routeId: string) => string | undefined;
  /** A whole number as that language writes it. */
  formatNumber: (value: number) => string;
}

/** A title inside a sentence: its first letter in lower case, unless it starts an acronym ("IT-leader route"). */
function inSentence(title: string): string {
  return /^.\p{Ll}/u.test(title) ? title.charAt(0).toLocaleLowerCase() + title.slice(1) : title;
}

/** The suggested name of a plan made by the wizard for a route, with its ordinal when there are several. */
export function generatedPlanName(routeId: string | null, ordinal: number, { t, routeTitle, formatNumber }: PlanNaming): string {
  const route = routeId ? routeTitle(routeId) : undefined;
  const name = t('onboarding.defaultPlanName', { route: route ? inSentence(route) : '' });
  return ordinal > 1 ? t('onboarding.numberedPlanName', { name, number: formatNumber(ordinal) }) : name;
}

/** A plan's name: the generated one follows the language until the person renames the plan. */
export function shownPlanName(plan: Pick<Plan, 'name' | 'generatedName' | 'routeId'>, naming: PlanNaming): string {
  return plan.generatedName !== null && plan.routeId ? generatedPlanName(plan.routeId, plan.generatedName, naming) : plan.name;
}

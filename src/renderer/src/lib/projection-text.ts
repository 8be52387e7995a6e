/** The sentence that says what a projected date rests on (hours per week, pinned dates already past). */
import type { ProjectionBasis } from '@shared/model';
import { formatNumber, t } from './i18n.svelte';

export function basisText(basis: ProjectionBasis): string {
  if (basis.kind === 'finished') return t('progress.basis.finished');
  const overdue = basis.overduePinned > 0 ? ` ${t('progress.basis.overduePinned', { count: basis.overduePinned })}` : '';
  return t('progress.basis.hours', { hours: formatNumber(basis.hoursPerWeek) }) + overdue;
}

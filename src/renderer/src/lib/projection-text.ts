/** The sentence that says what a projected date rests on (hours, recent pace, overdue delay). */
import type { ProjectionBasis } from '@shared/model';
import { formatNumber, t } from './i18n.svelte';

export function basisText(basis: ProjectionBasis): string {
  if (basis.kind === 'finished') return t('progress.basis.finished');
  const delay = basis.delayWeeks > 0 ? ` ${t('progress.basis.delay', { count: basis.delayWeeks })}` : '';
  if (basis.kind === 'hours') return t('progress.basis.hours', { hours: formatNumber(basis.hoursPerWeek) }) + delay;
  return (
    t('progress.basis.pace', {
      count: basis.recentCount,
      weeks: formatNumber(basis.weeks),
      percent: formatNumber(basis.factor, { style: 'percent', maximumFractionDigits: 0 }),
      hours: formatNumber(basis.hoursPerWeek)
    }) + delay
  );
}

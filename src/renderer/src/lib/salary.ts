import type { SalaryFigures } from '@shared/model';
import { formatMoney, t } from './i18n.svelte';

/** "€80,000 to €120,000 gross per year" / "De 80 000 € à 120 000 € brut par an". */
export function salaryRange(band: Pick<SalaryFigures, 'min' | 'max'>): string {
  return band.max === null
    ? t('guide.salaryFrom', { min: formatMoney(band.min) })
    : t('guide.salaryRange', { min: formatMoney(band.min), max: formatMoney(band.max) });
}

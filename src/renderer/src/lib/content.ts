/**
 * The career content every screen may name (template titles, route names, salary bands). It is in
 * the first bundle: the first screen needs it, and a separate chunk would be fetched only once this
 * bundle has run, a round trip later.
 */
import type { Text } from '@shared/content/text';
import type { Route } from '@shared/content/routes';
import type { SalaryBand } from '@shared/content/pay';
import { contentText } from '@shared/content/catalog';
import { findRoute } from '@shared/content/routes';
import { SALARY_BANDS } from '@shared/content/pay';

interface Content {
  contentText: (id: string | null) => Text | undefined;
  findRoute: (id: string) => Route | undefined;
  salaryBands: readonly SalaryBand[];
}

const loaded: Content = { contentText, findRoute, salaryBands: SALARY_BANDS };

export function content(): Content {
  return loaded;
}

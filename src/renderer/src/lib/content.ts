/**
 * The career content the first screen needs (template titles, route names, salary bands) holds both
 * languages side by side, so it is a chunk of its own, fetched at start alongside the settings and
 * the active language's texts rather than shipped in the first bundle.
 */
import type { Text } from '@shared/content/text';
import type { Route } from '@shared/content/routes';
import type { SalaryBand } from '@shared/content/role';

interface Content {
  contentText: (id: string | null) => Text | undefined;
  findRoute: (id: string) => Route | undefined;
  salaryBands: readonly SalaryBand[];
}

let loaded: Content | undefined;
let pending: Promise<void> | undefined;

/** Fetches the content once; the app shows nothing that needs it before this resolves. */
export function loadContent(): Promise<void> {
  pending ??= Promise.all([import('@shared/content/catalog'), import('@shared/content/routes'), import('@shared/content/role')]).then(
    ([catalog, routes, role]) => {
      loaded = { contentText: catalog.contentText, findRoute: routes.findRoute, salaryBands: role.SALARY_BANDS };
    }
  );
  return pending;
}

export function content(): Content {
  if (!loaded) throw new Error('Career content used before loadContent() resolved');
  return loaded;
}

/** Looks up the bilingual text of any content id that stored rows point to (stages, milestone templates, routes, pay bands). */
import type { Language } from '../model';
import { STAGE_TEMPLATES, STAGE_VARIANTS } from './stages';
import { MILESTONE_TEMPLATES, RETIRED_TEMPLATE_TITLES, ROUTES } from './routes';
import { SALARY_BANDS } from './pay';
import type { Text } from './text';

const texts = new Map<string, Text>();
for (const stage of STAGE_TEMPLATES) texts.set(stage.id, stage.title);
for (const [id, title] of Object.entries(STAGE_VARIANTS)) texts.set(id, title);
for (const [id, title] of RETIRED_TEMPLATE_TITLES) texts.set(id, title);
for (const template of MILESTONE_TEMPLATES.values()) texts.set(template.id, template.title);
for (const route of ROUTES) texts.set(route.id, route.name);
for (const band of SALARY_BANDS) texts.set(band.id, band.label);

export function contentText(id: string | null): Text | undefined {
  return id ? texts.get(id) : undefined;
}

/**
 * Every content title in one language, by id: what the renderer's first screens name stages,
 * milestones, routes and pay bands by. They travel with the language's texts, so the first bundle holds no
 * content in either language.
 */
export function contentTitles(language: Language): Record<string, string> {
  return Object.fromEntries([...texts].map(([id, text]) => [id, text[language]]));
}

/** Looks up the bilingual text of any content id that stored rows point to (stages, milestone templates). */
import { STAGE_TEMPLATES } from './stages';
import { MILESTONE_TEMPLATES } from './routes';
import type { Text } from './text';

const texts = new Map<string, Text>();
for (const stage of STAGE_TEMPLATES) texts.set(stage.id, stage.title);
for (const template of MILESTONE_TEMPLATES.values()) texts.set(template.id, template.title);

export function contentText(id: string | null): Text | undefined {
  return id ? texts.get(id) : undefined;
}

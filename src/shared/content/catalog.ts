/** Looks up the bilingual text of any content id that stored rows point to (stages, milestone templates). */
import { STAGE_TEMPLATES } from './stages';
import type { Text } from './text';

const texts = new Map<string, Text>();
for (const stage of STAGE_TEMPLATES) texts.set(stage.id, stage.title);

/** Registers content texts (route milestone templates add theirs). */
export function registerTexts(entries: Iterable<[string, Text]>): void {
  for (const [id, text] of entries) texts.set(id, text);
}

export function contentText(id: string | null): Text | undefined {
  return id ? texts.get(id) : undefined;
}

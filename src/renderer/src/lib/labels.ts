import { contentText } from '@shared/content/catalog';
import { tx } from './i18n.svelte';

/**
 * What a stage or milestone is called: the person's own title when they wrote one, otherwise the
 * content text of the template it came from, in the active language.
 */
export function displayTitle(item: { title: string | null; templateId: string | null }): string {
  if (item.title) return item.title;
  const text = contentText(item.templateId);
  return text ? tx(text) : '';
}

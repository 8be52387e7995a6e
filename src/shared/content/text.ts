import type { Language } from '../model';

/** Long-form content is written in both languages side by side. */
export type Text = Record<Language, string>;

export interface Item {
  id: string;
  text: Text;
}

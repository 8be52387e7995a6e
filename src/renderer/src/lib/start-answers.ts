/**
 * The texts and number shapes the app's start asks for before the rest of its code runs (early.ts),
 * kept here for i18n.svelte.ts: importing early.ts sends requests, which a module that only formats
 * text must not do.
 */
import type { Output } from '@shared/contract';

export const startAnswers: {
  texts?: Promise<Output<'texts:get'>>;
  formats?: Promise<Output<'formats:get'>>;
} = {};

/**
 * What a start asks for before anything is drawn, whatever the screen: the settings, the data
 * folder's state, the texts of the person's language (or of the system's, before they chose) and the
 * shapes numbers and dates are written in; and what the dashboard shows, the screen a start opens on
 * unless the address names another. The renderer asks for these as it starts (early.ts); in browser
 * mode the server answers them inside the page itself, so none has to wait for a request to go and
 * come back while the app's code is still being read. Both build the requests here, from the
 * system's languages (the browser's `navigator.languages`, or the server's reading of the same
 * browser's `Accept-Language`), so an answer in the page is found for exactly the request it answers.
 */
import type { Channel } from './contract';
import { matchLanguage } from './locales/language';
import { LANGUAGES, type Language } from './model';

/** A request as it travels: a channel and its input (absent for requests that take none). */
export interface StartMessage {
  channel: Channel;
  input?: unknown;
}

/** The id of the element of `index.html` the server writes its answers into (browser mode). */
export const START_ANSWERS_ID = 'start-answers';

/** The language the system reports first, for a first run. */
export function systemLanguageOf(languages: readonly string[]): Language {
  return matchLanguage(languages[0]);
}

/** Every locale the app may format dates and numbers in: the system's own, then each language's bare one. */
export function formatLocalesOf(languages: readonly string[]): string[] {
  return [...(languages[0] ? [languages[0]] : []), ...LANGUAGES].filter((locale, index, all) => all.indexOf(locale) === index);
}

/** The texts asked for at start: the chosen language's, or the system's before a choice. */
export const startTextsInput = (languages: readonly string[]) => ({ unchosen: systemLanguageOf(languages) });

/** The number and date shapes asked for at start. */
export const startFormatsInput = (languages: readonly string[]) => ({ locales: formatLocalesOf(languages) });

/** Every start's requests, then the dashboard's, as the renderer sends them. */
export function startMessages(languages: readonly string[]): StartMessage[] {
  return [
    { channel: 'settings:get' },
    { channel: 'texts:get', input: startTextsInput(languages) },
    { channel: 'formats:get', input: startFormatsInput(languages) },
    { channel: 'data:status' },
    { channel: 'dashboard:summary' },
    { channel: 'reminders:list' },
    { channel: 'skills:readiness' }
  ];
}

/** The same request gives the same key, whichever side built it (an absent input and an undefined one alike). */
export const messageKey = (message: { channel: string; input?: unknown }): string =>
  JSON.stringify({ channel: message.channel, input: message.input });

/** The languages an `Accept-Language` header names, in its order (`en-GB,en;q=0.9` → `en-GB`, `en`). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter((tag) => tag !== '' && tag !== '*');
}

/**
 * What the first screen shows, asked for the moment the code runs — while the texts, the career
 * content and the screen's own code are still on their way — rather than after them. Each early
 * answer is handed out once; later visits ask again.
 */
import type { Output } from '@shared/contract';
import { FIRST_ROWS } from '@shared/model';
import { api, dropPageAnswers, sendNow } from './api';
import { viewOfAddress } from './address';
import { startFormatsInput, startTextsInput } from '@shared/start-requests';
import { systemLanguages } from './system';
import { startAnswers } from './start-answers';
import { loaders } from './screen-code';

const opening = viewOfAddress() ?? 'dashboard';

/** Everything asked for at start, to know when the first screen has what it needs. */
const started: Promise<unknown>[] = [];

/** An answer asked for now when `now` (or already asked), handed out once; a fresh request afterwards. */
function once<T>(ask: () => Promise<T>, now: boolean | Promise<T>): { take: () => Promise<T>; drop: () => void } {
  let early = now === true ? ask() : now || undefined;
  // A failure here is reported when the screen asks again, not twice.
  early?.catch(() => undefined);
  if (early) started.push(early);
  return {
    take() {
      const answer = early;
      early = undefined;
      return answer ?? ask();
    },
    drop: () => (early = undefined)
  };
}

const stored = api.settingsGet();
// The code of the screen the address names (the dashboard's is in the first bundle), asked for now
// rather than once the app has been drawn; the screen's own request for it then finds it here.
const openingCode: Promise<unknown> = opening === 'dashboard' ? Promise.resolve() : loaders[opening]().catch(() => undefined);
started.push(openingCode);
// What the first screen needs whatever it is: the texts of the person's language (or of the
// system's, before they chose) and the shapes its counts and dates are written in (i18n.svelte.ts
// takes both). They travel with the settings; a failure is said by the app's start, which asks for
// the same texts again.
const languages = systemLanguages();
const texts = (startAnswers.texts = api.textsGet(startTextsInput(languages)));
const formats = (startAnswers.formats = api.formatsGet(startFormatsInput(languages)));
started.push(texts, formats);
for (const answer of [texts, formats]) answer.catch(() => undefined);
const settings = once<Output<'settings:get'>>(() => api.settingsGet(), stored);
const dataStatus = once<Output<'data:status'>>(() => api.dataStatus(), true);
const dashboard = once<Output<'dashboard:summary'>>(() => api.dashboardSummary(), opening === 'dashboard');
const reminders = once<Output<'reminders:list'>>(() => api.remindersList(), opening === 'dashboard');
const readiness = once<Output<'skills:readiness'>>(() => api.skillsReadiness(), opening === 'dashboard');
const plans = once<Output<'plans:list'>>(() => api.plansList(), opening === 'plan');

const activePlan = once<Output<'plans:active'>>(() => api.plansActive({ firstRows: FIRST_ROWS }), opening === 'plan');
// Those the page did not bring (browser mode's server answers a start's first requests inside the
// page) are on their way now, not once the rest of the app's code has run (i18next, the app itself):
// main answers meanwhile. The page's other answers are for a start that opened elsewhere: dropped.
sendNow();
dropPageAnswers();

export const early = {
  /** Settles once everything asked for at start has answered (or failed). */
  settled: (): Promise<void> => Promise.allSettled(started).then(() => undefined),
  settings: () => settings.take(),
  /**
   * Settles once the code of the screen the address named is in (or could not come: the screen says
   * so when shown), so the app is first drawn with that screen rather than a frame of "Loading…".
   */
  openingCode: (): Promise<unknown> => openingCode,
  /** Whether the database was damaged at start, what was set aside, the backups: every screen shows it. */
  dataStatus: () => dataStatus.take(),
  dashboardSummary: () => dashboard.take(),
  remindersList: () => reminders.take(),
  skillsReadiness: () => readiness.take(),
  plansList: () => plans.take(),
  plansActive: () => activePlan.take()
};

/**
 * Drops the early answers not taken yet: the first screen will not show them as they were (the
 * first-run wizard comes first, or the person moved to another screen before its code arrived), and
 * an answer handed out later could be older than what was written since.
 */
export function discardEarly(): void {
  for (const answer of [dashboard, reminders, readiness, plans, activePlan]) answer.drop();
}

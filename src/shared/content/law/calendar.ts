/**
 * The regulatory calendar an AI leader plans around: the EU AI Act as amended by Regulation (EU)
 * 2026/1744, the GDPR duties that come with AI projects, and the French picture. Both languages side
 * by side; whether an entry is in force or upcoming is computed against today, never stored.
 */
import type { IsoDate } from '../../model';
import type { FactSource } from '../facts';
import type { Text } from '../text';
import { AI_ACT_ENTRIES } from './ai-act';
import { GDPR_ENTRIES, FRANCE_ENTRIES } from './gdpr-france';

export const LAWS = ['ai-act', 'gdpr', 'france'] as const;
export type Law = (typeof LAWS)[number];

/** Who an obligation binds; each has its label in the locale files (`law.bound.*`). */
export const BOUND_PARTIES = [
  'providers',
  'deployers',
  'gpaiProviders',
  'controllers',
  'processors',
  'memberStates',
  'publicBodies'
] as const;
export type BoundParty = (typeof BOUND_PARTIES)[number];

export const CALENDAR_STATUSES = ['inForce', 'upcoming', 'pending'] as const;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

export interface CalendarEntry {
  /** Also the template id of a milestone planned from it. */
  id: `regulation.${string}`;
  law: Law;
  /** The date the text sets (application, deadline, publication). */
  date: IsoDate;
  /** A short name, which also titles the milestone planned from it. */
  name: Text;
  /** What applies from that date, in the app's words. */
  applies: Text;
  /** When the duty is triggered, for duties that apply since `date` on an event (before processing, after a breach). */
  trigger?: Text;
  bound: readonly BoundParty[];
  reference: Text;
  /** What the sources leave uncertain, or the date an amendment replaced. */
  caveat?: Text;
  /** Not yet adopted: shown as pending whatever the date, and never planned. */
  pending?: boolean;
  /** Whether a person can turn it into a milestone (a publication or an entry into force cannot). */
  plannable: boolean;
  source: FactSource;
}

export const CALENDAR: readonly CalendarEntry[] = [...AI_ACT_ENTRIES, ...GDPR_ENTRIES, ...FRANCE_ENTRIES].sort(
  (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)
);

/** In force once its date has come, upcoming before; pending while the text is not adopted. */
export function calendarStatus(entry: Pick<CalendarEntry, 'date' | 'pending'>, today: IsoDate): CalendarStatus {
  if (entry.pending) return 'pending';
  return entry.date <= today ? 'inForce' : 'upcoming';
}

export function calendarEntry(id: string): CalendarEntry | undefined {
  return CALENDAR.find((entry) => entry.id === id);
}

/** The skill a milestone planned from an entry is linked to. */
export function calendarSkill(entry: Pick<CalendarEntry, 'law'>): string {
  return entry.law === 'ai-act' ? 'skill.ai-act' : 'skill.gdpr';
}

/**
 * Milestones as a spreadsheet (CSV through papaparse) and due dates as a calendar (iCalendar through
 * `ics`), in the person's language. CSV: UTF-8 with a byte-order mark so spreadsheets read accents,
 * dates as the locale writes them, and formulae neutralised. ICS: one all-day event per dated
 * milestone, with a UID from the milestone's id so importing again updates instead of duplicating.
 */
import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import { createEvents, type EventAttributes } from 'ics';
import type { TFunction } from 'i18next';
import { contentText } from '@shared/content/catalog';
import type { ExportFile } from '@shared/data-model';
import type { Language, MilestoneKind, MilestoneStatus } from '@shared/model';
import { localDate } from '@shared/local-date';
import type { RouteId } from '@shared/content/routes';
import { shownPlanName } from '@shared/plan-name';
import { addDays } from '../dates';

interface Row {
  id: number;
  stage_title: string | null;
  stage_template: string | null;
  title: string | null;
  template_id: string | null;
  kind: MilestoneKind;
  status: MilestoneStatus;
  due_date: string | null;
  completed_date: string | null;
  notes: string;
  evidence: string | null;
}

export interface ExportLanguage {
  language: Language;
  /** BCP 47 locale for dates (`fr-FR`, `en-GB`). */
  locale: string;
  t: TFunction;
}

/** The plan exported: its milestones only, named as the person sees it. */
export interface ExportedPlan {
  id: number;
  name: string;
  generatedName: number | null;
  routeId: RouteId | null;
}

function rows(db: Database, planId: number): Row[] {
  return db
    .prepare<[number], Row>(
      `SELECT m.id, s.title AS stage_title, s.template_id AS stage_template, m.title, m.template_id,
              m.kind, m.status, m.due_date, m.completed_date, m.notes,
              (SELECT group_concat(e.description || CASE WHEN e.url IS NULL THEN '' ELSE ' <' || e.url || '>' END, ' | ')
                 FROM evidence e WHERE e.milestone_id = m.id) AS evidence
       FROM milestones m JOIN stages s ON s.id = m.stage_id
       WHERE m.plan_id = ?
       ORDER BY s.position, m.position, m.id`
    )
    .all(planId);
}

/** The plan's name in the export's language: a generated name follows the language, like on screen. */
function exportedName(plan: ExportedPlan, { language, locale, t }: ExportLanguage): string {
  const numbers = new Intl.NumberFormat(locale);
  return shownPlanName(plan, { t, routeTitle: (id) => contentText(id)?.[language], formatNumber: (value) => numbers.format(value) });
}

const named = (title: string | null, template: string | null, language: Language) => title ?? contentText(template)?.[language] ?? '';

function writtenDate(iso: string | null, locale: string): string {
  if (!iso) return '';
  if (/^\d{4}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(localDate(iso));
}

/** Every milestone of one plan; French spreadsheets expect semicolons, English ones commas. */
export function milestonesCsv(db: Database, plan: ExportedPlan | undefined, speech: ExportLanguage, today: string): ExportFile {
  const { language, locale, t } = speech;
  const planName = plan ? exportedName(plan, speech) : '';
  const header = ['plan', 'stage', 'title', 'kind', 'status', 'dueDate', 'completedDate', 'notes', 'evidence'] as const;
  const data = (plan ? rows(db, plan.id) : []).map((row) => [
    planName,
    named(row.stage_title, row.stage_template, language),
    named(row.title, row.template_id, language),
    t(`milestone.kind.${row.kind}`),
    t(`milestone.status.${row.status}`),
    writtenDate(row.due_date, locale),
    writtenDate(row.completed_date, locale),
    row.notes,
    row.evidence ?? ''
  ]);
  const csv = Papa.unparse(
    { fields: header.map((key) => t(`data.csv.${key}`)), data },
    { delimiter: language === 'fr' ? ';' : ',', newline: '\r\n', escapeFormulae: true, quotes: false }
  );
  return { fileName: `caio-path-milestones-${today}.csv`, mimeType: 'text/csv;charset=utf-8', content: `\uFEFF${csv}` };
}

/**
 * RFC 5545 §3.1 folds lines at 75 octets; `ics` counts characters, so a line of accented text
 * came out longer. Lines are unfolded and folded again by octets, never inside a character.
 */
export function foldByOctets(calendar: string): string {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let size = 0;
      for (const character of line) {
        const bytes = Buffer.byteLength(character, 'utf8');
        const limit = parts.length === 0 ? 75 : 74;
        if (size + bytes > limit) {
          parts.push(current);
          current = '';
          size = 0;
        }
        current += character;
        size += bytes;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

const dateParts = (iso: string): [number, number, number] => {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return [year, month, day];
};

/**
 * An all-day event per milestone of one plan with a due date, still to do or in progress. It ends
 * with `DTEND;VALUE=DATE` on the next day (RFC 5545 §3.6.1): `ics` writes a one-day duration as
 * `P1DT`, which the RFC's dur-value grammar does not allow and strict calendars refuse.
 */
export function dueDatesIcs(db: Database, plan: ExportedPlan | undefined, speech: ExportLanguage, today: string): ExportFile {
  const { language, t } = speech;
  const planName = plan ? exportedName(plan, speech) : '';
  const events: EventAttributes[] = (plan ? rows(db, plan.id) : [])
    .filter((row): row is Row & { due_date: string } => row.due_date !== null && (row.status === 'todo' || row.status === 'in_progress'))
    .map((row) => ({
      uid: `milestone-${row.id}@caio-path.local`,
      start: dateParts(row.due_date),
      end: dateParts(addDays(row.due_date, 1)),
      title: named(row.title, row.template_id, language),
      description: [
        t('data.ics.description', {
          stage: named(row.stage_title, row.stage_template, language),
          kind: t(`milestone.kind.${row.kind}`),
          status: t(`milestone.status.${row.status}`)
        }),
        row.notes
      ]
        .filter(Boolean)
        .join('\n\n'),
      categories: [planName],
      productId: 'caio-path/ics',
      calName: t('data.ics.calendarName', { plan: planName })
    }));
  const { error, value } = createEvents(events, {
    productId: 'caio-path/ics',
    calName: plan ? t('data.ics.calendarName', { plan: planName }) : t('app.name')
  });
  if (error || value === null) throw error ?? new Error('Calendar could not be written');
  return { fileName: `caio-path-due-dates-${today}.ics`, mimeType: 'text/calendar;charset=utf-8', content: foldByOctets(value) };
}

import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../../src/shared/data-model';
import { addDays } from '../../../../../src/main/services/dates';
import { call, callMilestone, tempDir } from '../../../helpers';
import { openCore } from './support';

async function planWithMilestones() {
  const core = openCore(tempDir());
  const plan = await call<{ plan: { id: number } }>(core, 'plans:create', { name: 'Vers CAIO' });
  const stage = await call<{ id: number }>(core, 'stages:create', { planId: plan.plan.id, title: 'Études' });
  const add = (title: string, dueDate: string | null, kind = 'course') =>
    callMilestone(core, 'milestones:create', { planId: plan.plan.id, stageId: stage.id, title, kind, dueDate });
  const master = await add('Master « IA », Paris', '2027-06-30', 'diploma');
  await call(core, 'milestones:update', { milestoneId: master.id, notes: 'Line one\nline two, with "quotes"; and more' });
  await add('=HYPERLINK("http://evil.example","click")', '2027-01-15');
  await add('+1+2', null);
  await add('-SUM(A1)', null);
  await add('@cmd', null);
  const tabbed = await add('Tabbed notes', null);
  await call(core, 'milestones:update', { milestoneId: tabbed.id, notes: '\t=1+1' });
  const done = await add('RGPD course', '2026-03-01', 'compliance');
  await call(core, 'milestones:update', { milestoneId: done.id, status: 'done', completedDate: '2026-02-20' });
  return core;
}

describe('CSV export of milestones', () => {
  it('is UTF-8 with a byte-order mark, reads back with papaparse, in the active language, with formulae neutralised', async () => {
    const core = await planWithMilestones();
    try {
      const file = await call<ExportFile>(core, 'data:exportCsv', { language: 'fr', locale: 'fr-FR' });
      expect(file.content.startsWith('\uFEFF')).toBe(true);
      expect(file.fileName).toMatch(/\.csv$/);
      const parsed = Papa.parse<string[]>(file.content.slice(1), { delimiter: ';', skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header).toEqual(['Plan', 'Phase', 'Étape clé', 'Type', 'Statut', 'Échéance', 'Terminé', 'Notes', 'Justificatifs']);
      expect(rows[0]).toEqual([
        'Vers CAIO',
        'Études',
        'Master « IA », Paris',
        'Diplôme',
        'À faire',
        '30/06/2027',
        '',
        'Line one\nline two, with "quotes"; and more',
        ''
      ]);
      const titles = rows.map((row) => row[2]);
      expect(titles).toContain(`'=HYPERLINK("http://evil.example","click")`);
      expect(titles).toContain("'+1+2");
      expect(titles).toContain("'-SUM(A1)");
      expect(titles).toContain("'@cmd");
      expect(rows.find((row) => row[2] === 'Tabbed notes')?.[7]).toBe("'\t=1+1");
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(rows.at(-1)?.slice(4, 7)).toEqual(['Terminée', '01/03/2026', '20/02/2026']);

      const english = await call<ExportFile>(core, 'data:exportCsv', { language: 'en', locale: 'en-US' });
      const [englishHeader, first] = Papa.parse<string[]>(english.content.slice(1), { delimiter: ',' }).data;
      expect(englishHeader?.[5]).toBe('Due date');
      expect(first?.slice(3, 6)).toEqual(['Diploma', 'To do', '06/30/2027']);
    } finally {
      core.close();
    }
  });
});

describe('calendar export of due dates', () => {
  it('is RFC 5545 (CRLF lines, folded at 75 octets) with stable UIDs, and reads back with ical.js', async () => {
    const core = await planWithMilestones();
    try {
      const file = await call<ExportFile>(core, 'data:exportIcs', { language: 'en', locale: 'en-GB' });
      expect(file.content).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(file.content.replace(/\r\n/g, '')).not.toMatch(/\n/);
      for (const line of file.content.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      const calendar = new ICAL.Component(ICAL.parse(file.content));
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      // Every milestone still to do, on the one schedule's date (typed or planned): the done one is left out.
      expect(events.map((event) => event.summary).sort()).toEqual([
        '+1+2',
        '-SUM(A1)',
        '=HYPERLINK("http://evil.example","click")',
        '@cmd',
        'Master « IA », Paris',
        'Tabbed notes'
      ]);
      const master = events.find((event) => event.summary.startsWith('Master'));
      expect(master?.startDate.toString()).toBe('2027-06-30');
      expect(master?.startDate.isDate).toBe(true);
      expect(master?.description).toContain('Line one\nline two, with "quotes"; and more');
      expect(master?.uid).toMatch(/^milestone-\d+@caio-path\.local$/);
      // Exporting again gives the same UIDs, so a calendar updates its events.
      const again = await call<ExportFile>(core, 'data:exportIcs', { language: 'fr', locale: 'fr-FR' });
      const uids = (content: string) => [...content.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]).sort();
      expect(uids(again.content)).toEqual(uids(file.content));
    } finally {
      core.close();
    }
  });
});

/** RFC 5545 §3.3.6, dur-value, as written in the RFC's ABNF. */
const durValue = /^[+-]?P(?:\d+W|\d+D(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))$/;

describe('calendar events end as RFC 5545 asks', () => {
  it('reads the grammar as the RFC does', () => {
    for (const good of ['P1D', 'P1W', 'PT1H', 'P15DT5H0M20S', '-PT15M']) expect(good).toMatch(durValue);
    for (const bad of ['P1DT', 'P', 'PT', 'P1D1W', 'P1H']) expect(bad).not.toMatch(durValue);
  });

  it('gives each all-day event a DTEND on the next day, and no duration outside the grammar', async () => {
    const core = await planWithMilestones();
    try {
      const file = await call<ExportFile>(core, 'data:exportIcs', { language: 'en', locale: 'en-GB' });
      const unfolded = file.content.replace(/\r\n[ \t]/g, '').split('\r\n');
      for (const line of unfolded.filter((line) => /^DURATION[;:]/.test(line))) expect(line.slice(line.indexOf(':') + 1)).toMatch(durValue);
      const starts = unfolded.filter((line) => line.startsWith('DTSTART;VALUE=DATE:')).map((line) => line.slice(-8));
      const ends = unfolded.filter((line) => line.startsWith('DTEND;VALUE=DATE:')).map((line) => line.slice(-8));
      expect(ends).toHaveLength(starts.length);
      expect(ends).toContain('20270701');
      const nextDay = (day: string) => addDays(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`, 1).replace(/-/g, '');
      expect(ends).toEqual(starts.map(nextDay));
      const events = new ICAL.Component(ICAL.parse(file.content)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      const master = events.find((event) => event.summary.startsWith('Master'));
      expect(master?.endDate.toString()).toBe('2027-07-01');
      expect(master?.endDate.isDate).toBe(true);
      expect(master?.duration.toString()).toBe('P1D');
    } finally {
      core.close();
    }
  });
});

describe('exports of one plan', () => {
  const profile = {
    educationLevel: 'bac+3',
    field: 'computer-science',
    yearsExperience: 0,
    currentRole: 'student',
    targetCompanySize: 'large',
    hoursPerWeek: 10,
    achieved: ['bachelor'],
    achievedYears: { bachelor: 2025 }
  };

  it('names an IT-leader plan with its acronym intact in English, and the route in lower case mid-sentence in French', async () => {
    const core = openCore(tempDir());
    try {
      await call(core, 'onboarding:complete', { profile, routeId: 'route.it-leader', planName: 'x', generatedName: true });
      const planNames = async (language: 'en' | 'fr', locale: string, delimiter: string) => {
        const file = await call<ExportFile>(core, 'data:exportCsv', { language, locale });
        return new Set(
          Papa.parse<string[]>(file.content.slice(1), { delimiter, skipEmptyLines: true })
            .data.slice(1)
            .map((row) => row[0])
        );
      };
      expect(await planNames('en', 'en-GB', ',')).toEqual(new Set(['My path via the IT-leader route']));
      expect(await planNames('fr', 'fr-FR', ';')).toEqual(new Set(['Mon parcours par la voie responsable informatique']));
    } finally {
      core.close();
    }
  });

  it('export the active plan by default, or the one chosen, named in the export language', async () => {
    const core = openCore(tempDir());
    try {
      const generated = await call<{ plan: { id: number } }>(core, 'onboarding:complete', {
        profile,
        routeId: 'route.engineering',
        planName: 'My path via the engineering and science route',
        generatedName: true
      });
      const other = await call<{ plan: { id: number } }>(core, 'plans:create', { name: 'Plan B' });
      const stage = await call<{ id: number }>(core, 'stages:create', { planId: other.plan.id, title: 'Only stage' });
      await callMilestone(core, 'milestones:create', {
        planId: other.plan.id,
        stageId: stage.id,
        title: 'Plan B step',
        kind: 'course',
        dueDate: '2027-03-01'
      });
      await call(core, 'settings:update', { activePlanId: generated.plan.id });

      const csvRows = (file: ExportFile, delimiter: string) =>
        Papa.parse<string[]>(file.content.slice(1), { delimiter, skipEmptyLines: true }).data.slice(1);
      const french = csvRows(await call<ExportFile>(core, 'data:exportCsv', { language: 'fr', locale: 'fr-FR' }), ';');
      expect(french.length).toBeGreaterThan(0);
      expect(new Set(french.map((row) => row[0]))).toEqual(new Set(['Mon parcours par la voie ingénierie et sciences']));
      expect(french.map((row) => row[2])).not.toContain('Plan B step');

      const english = csvRows(await call<ExportFile>(core, 'data:exportCsv', { language: 'en', locale: 'en-GB' }), ',');
      expect(new Set(english.map((row) => row[0]))).toEqual(new Set(['My path via the engineering and science route']));

      const chosen = csvRows(
        await call<ExportFile>(core, 'data:exportCsv', { language: 'en', locale: 'en-GB', planId: other.plan.id }),
        ','
      );
      expect(chosen.map((row) => [row[0], row[2]])).toEqual([['Plan B', 'Plan B step']]);

      const calendar = await call<ExportFile>(core, 'data:exportIcs', { language: 'fr', locale: 'fr-FR' });
      const events = new ICAL.Component(ICAL.parse(calendar.content)).getAllSubcomponents('vevent');
      expect(events.map((event) => event.getFirstPropertyValue('summary'))).not.toContain('Plan B step');
      expect(calendar.content).toContain('CATEGORIES:Mon parcours par la voie ingénierie et sciences');
      const goals = events.filter((event) => /CAIO/.test(String(event.getFirstPropertyValue('summary'))));
      expect(goals.length).toBeLessThanOrEqual(1);
      const otherCalendar = await call<ExportFile>(core, 'data:exportIcs', { language: 'en', locale: 'en-GB', planId: other.plan.id });
      expect(
        new ICAL.Component(ICAL.parse(otherCalendar.content))
          .getAllSubcomponents('vevent')
          .map((event) => event.getFirstPropertyValue('summary'))
      ).toEqual(['Plan B step']);
    } finally {
      core.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { BOUND_PARTIES, CALENDAR, calendarStatus, calendarEntry } from '../../../../src/shared/content/law/calendar';
import { CERTIFICATIONS, CPF_RULE, certificationExpiry } from '../../../../src/shared/content/certifications';
import { LAW_MARKET_CHECKED, lastChecked } from '../../../../src/shared/content/facts';
import { skillById } from '../../../../src/shared/content/skills';
import { LANGUAGES } from '../../../../src/shared/model';

type Text = Record<string, string>;

/** Every bilingual text in a value, with its path. */
function texts(value: unknown, path: string, out: Array<[string, Text]> = []): Array<[string, Text]> {
  if (Array.isArray(value)) value.forEach((item, index) => texts(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.includes('en') || keys.includes('fr')) out.push([path, value as Text]);
    else for (const [key, inner] of Object.entries(value)) texts(inner, `${path}.${key}`, out);
  }
  return out;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T12:00:00`).getTime());

describe('the regulatory calendar', () => {
  it('gives every entry a date, who is bound, a legal reference and a source with the date checked', () => {
    expect(CALENDAR.length).toBeGreaterThanOrEqual(15);
    for (const entry of CALENDAR) {
      expect(isDate(entry.date), entry.id).toBe(true);
      for (const language of LANGUAGES) {
        expect(entry.reference[language].trim(), entry.id).not.toBe('');
        expect(entry.name[language].trim(), entry.id).not.toBe('');
        expect(entry.applies[language].trim(), entry.id).not.toBe('');
      }
      expect(entry.source.citations.length, entry.id).toBeGreaterThan(0);
      for (const citation of entry.source.citations) expect(citation.trim(), entry.id).not.toBe('');
      expect(isDate(entry.source.checked), entry.id).toBe(true);
      for (const party of entry.bound) expect(BOUND_PARTIES, entry.id).toContain(party);
      // A pending text is never planned: the app does not schedule what is not adopted.
      if (entry.pending) expect(entry.plannable, entry.id).toBe(false);
    }
    expect(new Set(CALENDAR.map((entry) => entry.id)).size).toBe(CALENDAR.length);
  });

  it('covers the AI Act as amended, the GDPR duties and the French picture', () => {
    const dates = (law: string) => CALENDAR.filter((entry) => entry.law === law).map((entry) => entry.date);
    expect(dates('ai-act')).toEqual(
      expect.arrayContaining([
        '2024-08-01',
        '2025-02-02',
        '2025-08-02',
        '2026-07-27',
        '2026-08-02',
        '2026-12-02',
        '2027-12-02',
        '2028-08-02'
      ])
    );
    expect(CALENDAR.filter((entry) => entry.law === 'gdpr' && !entry.pending).map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['regulation.gdpr-records', 'regulation.gdpr-dpia', 'regulation.gdpr-dpo', 'regulation.gdpr-breach'])
    );
    expect(calendarEntry('regulation.fr-authorities')?.pending).toBe(true);
  });

  it('computes in force, upcoming and pending against today', () => {
    const status = (id: string, today: string) => calendarStatus(calendarEntry(id)!, today);
    expect(status('regulation.aia-december-2026', '2026-12-01')).toBe('upcoming');
    expect(status('regulation.aia-december-2026', '2026-12-02')).toBe('inForce');
    expect(status('regulation.aia-annex-iii', '2026-12-07')).toBe('upcoming');
    expect(status('regulation.aia-annex-iii', '2027-12-02')).toBe('inForce');
    expect(status('regulation.fr-authorities', '2030-01-01')).toBe('pending');
  });
});

describe('the certification catalogue', () => {
  it('gives every certification a validity or an explicit no expiry, a renewal rule, its standing in France and a source', () => {
    expect(CERTIFICATIONS.length).toBeGreaterThanOrEqual(15);
    for (const certification of CERTIFICATIONS) {
      const { validityYears } = certification;
      expect(validityYears === null || (Number.isInteger(validityYears) && validityYears > 0), certification.id).toBe(true);
      expect(certification.source.citations.length, certification.id).toBeGreaterThan(0);
      for (const citation of certification.source.citations) expect(citation.trim(), certification.id).not.toBe('');
      expect(isDate(certification.source.checked), certification.id).toBe(true);
      expect(['unknown', 'rncp', 'rs'], certification.id).toContain(certification.france.register);
      for (const skillId of certification.skillIds) expect(skillById(skillId), `${certification.id} → ${skillId}`).toBeDefined();
      if (certification.cost) expect(certification.cost.min, certification.id).toBeLessThanOrEqual(certification.cost.max);
      if (certification.retiredOn) expect(isDate(certification.retiredOn), certification.id).toBe(true);
    }
    expect(CERTIFICATIONS.find((certification) => certification.validityYears === null)?.id).toBe('certification.scrum-psm-i');
    expect(CERTIFICATIONS.filter((certification) => certification.retiredOn).map((certification) => certification.id)).toEqual([
      'certification.aws-ml-specialty',
      'certification.microsoft-ai-102'
    ]);
    expect(new Set(CERTIFICATIONS.map((certification) => certification.id)).size).toBe(CERTIFICATIONS.length);
  });

  it('computes the expiry from the validity, a 29 February falling back to the 28th', () => {
    expect(certificationExpiry({ validityYears: 2 }, '2025-03-01')).toBe('2027-03-01');
    expect(certificationExpiry({ validityYears: 1 }, '2024-02-29')).toBe('2025-02-28');
    expect(certificationExpiry({ validityYears: null }, '2025-03-01')).toBeNull();
  });
});

describe('both', () => {
  const all = [...texts(CALENDAR, 'calendar'), ...texts(CERTIFICATIONS, 'certifications'), ...texts(CPF_RULE, 'cpf')];

  it('are complete in both languages, with French typography', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const [path, text] of all) {
      expect(Object.keys(text).sort(), path).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) expect(text[language]?.trim(), `${path}.${language}`).toBeTruthy();
      expect(text.fr, `${path} is not translated`).not.toBe(text.en);
      expect(text.fr, path).not.toMatch(/[^\u00a0\u202f][:;!?%](\s|$)/);
      expect(text.fr, path).not.toMatch(/'|«[^\u00a0]|[^\u00a0]»/);
    }
  });

  it('say the day they were checked', () => {
    expect(lastChecked(CALENDAR)).toBe(LAW_MARKET_CHECKED);
    expect(lastChecked(CERTIFICATIONS)).toBe(LAW_MARKET_CHECKED);
  });
});

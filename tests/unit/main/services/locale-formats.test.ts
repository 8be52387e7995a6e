import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { deriveFormats } from '../../../../src/main/services/locale-service';
import { formatInteger, formatIsoDate, formatPercent } from '../../../../src/shared/formats';
import { tempDir, testCore } from '../../helpers';
import { createCore } from '../../../../src/main/core';
import type { Channel, Output } from '../../../../src/shared/contract';
import { STAGE_TEMPLATES, STAGE_VARIANTS } from '../../../../src/shared/content/stages';
import { MILESTONE_TEMPLATES, RETIRED_TEMPLATE_TITLES } from '../../../../src/shared/content/routes';
import { SALARY_BANDS } from '../../../../src/shared/content/pay';
import { ROUTE_IDS } from '../../../../src/shared/model';
import type { Result } from '../../../../src/shared/errors';

/** The locales a person of either language may run the app in, and a few that group differently. */
const LOCALES = [
  'en',
  'en-GB',
  'en-US',
  'en-IN',
  'en-CA',
  'en-AU',
  'fr',
  'fr-FR',
  'fr-CA',
  'fr-CH',
  'fr-BE',
  'de-DE',
  'es-ES',
  'pl-PL',
  'ja-JP'
];

const isoDate = fc
  .date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true })
  .map((date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`);

const local = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
};

describe('number and date shapes', () => {
  it.each(LOCALES)('writes whole numbers, percentages and dates exactly as Intl does in %s', (locale) => {
    const formats = deriveFormats(locale);
    const number = formats.number!;
    const medium = formats.dates.medium!;
    const long = formats.dates.long!;
    expect([number, medium, long]).not.toContain(null);
    const plain = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (value) => formatInteger(value, number) === plain.format(value)),
      { numRuns: 300 }
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 2, noNaN: true }),
          fc.integer({ min: 0, max: 20_000 }).map((n) => n / 10_000)
        ),
        (ratio) => {
          const written = formatPercent(ratio, number);
          return written === undefined || written === percent.format(ratio);
        }
      ),
      { numRuns: 300 }
    );
    const mediumIntl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const longIntl = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    fc.assert(
      fc.property(
        isoDate,
        (iso) => formatIsoDate(iso, medium) === mediumIntl.format(local(iso)) && formatIsoDate(iso, long) === longIntl.format(local(iso))
      ),
      { numRuns: 300 }
    );
  });

  it('writes the app’s usual figures as each language expects', () => {
    const gb = deriveFormats('en-GB');
    const fr = deriveFormats('fr-FR');
    expect(formatInteger(10_000, gb.number!)).toBe('10,000');
    expect(formatInteger(10_000, fr.number!)).toBe('10\u202f000');
    expect(formatPercent(0.3334, gb.number!)).toBe('33%');
    expect(formatPercent(0.565, fr.number!)).toBe('57\u00a0%');
    expect(formatIsoDate('2027-06-30', gb.dates.medium!)).toBe('30 Jun 2027');
    expect(formatIsoDate('2027-06-30', fr.dates.long!)).toBe('30 juin 2027');
    expect(formatIsoDate('2027-06-30', deriveFormats('en-US').dates.medium!)).toBe('Jun 30, 2027');
    expect(formatInteger(1_234_567, deriveFormats('en-IN').number!)).toBe('12,34,567');
  });

  it('leaves to Intl what a shape cannot write exactly', () => {
    // Arabic digits, and a calendar whose year is not the Gregorian one.
    expect(deriveFormats('ar-EG').number).toBeNull();
    expect(deriveFormats('fa-IR').dates.medium).toBeNull();
    const gb = deriveFormats('en-GB').number!;
    expect([formatInteger(-3, gb), formatInteger(2.5, gb), formatPercent(-0.1, gb), formatPercent(1e-7, gb)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined
    ]);
    expect(formatIsoDate('0999-01-01', deriveFormats('en-GB').dates.medium!)).toBeUndefined();
  });
});

/** What a request answered, typed as the contract says; a refusal fails the test. */
function answered<C extends Channel>(_channel: C, result: Result<unknown>): Output<C> {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value as Output<C>;
}

describe('texts and formats requests', () => {
  it('sends the chosen language’s texts, or the system’s before a choice', async () => {
    const core = testCore();
    const before = answered('texts:get', await core.router.handle('texts:get', { unchosen: 'fr' }));
    expect([before.language, before.texts.nav.dashboard]).toEqual(['fr', 'Tableau de bord']);
    await core.router.handle('settings:update', { language: 'en' });
    const chosen = answered('texts:get', await core.router.handle('texts:get', { unchosen: 'fr' }));
    expect([chosen.language, chosen.texts.nav.dashboard]).toEqual(['en', 'Dashboard']);
    const named = answered('texts:get', await core.router.handle('texts:get', { language: 'fr' }));
    expect(named.language).toBe('fr');
  });

  it('sends the content titles of that language with its texts: stages, milestone templates, routes and pay bands', async () => {
    const core = testCore();
    const fr = answered('texts:get', await core.router.handle('texts:get', { language: 'fr' }));
    const en = answered('texts:get', await core.router.handle('texts:get', { language: 'en' }));
    expect([fr.titles['stage.first-ai-role'], en.titles['stage.first-ai-role']]).toEqual(['Premier poste en IA', 'First AI role']);
    expect([fr.titles['route.engineering'], en.titles['route.engineering']]).toEqual([
      'Voie ingénierie et sciences',
      'Engineering and science route'
    ]);
    expect([fr.titles['salary.mid-size'], en.titles['salary.mid-size']]).toEqual(['Entreprise de taille moyenne', 'Mid-size company']);
    // Every stored content id has a title in both languages, and only content ids are sent.
    const ids = [
      ...STAGE_TEMPLATES.map((stage) => stage.id),
      ...Object.keys(STAGE_VARIANTS),
      ...MILESTONE_TEMPLATES.keys(),
      ...RETIRED_TEMPLATE_TITLES.keys(),
      ...ROUTE_IDS,
      ...SALARY_BANDS.map((band) => band.id)
    ];
    expect(Object.keys(fr.titles).sort()).toEqual(ids.sort());
    for (const id of ids) expect([fr.titles[id], en.titles[id]].every((title) => typeof title === 'string' && title.length > 0)).toBe(true);
  });

  it('answers each locale asked for, in order, and refuses what is not a locale', async () => {
    const core = testCore();
    const answer = answered('formats:get', await core.router.handle('formats:get', { locales: ['fr-CA', 'en'] }));
    expect(answer.map((formats) => formats.locale)).toEqual(['fr-CA', 'en']);
    for (const locales of [[], ['not a locale'], ['en', 'fr', 'de', 'es', 'it']]) {
      const refused = await core.router.handle('formats:get', { locales });
      expect(refused.ok ? 'accepted' : refused.error.code).toBe('invalid_input');
    }
    const wrongLanguage = await core.router.handle('texts:get', { language: 'de' });
    expect(wrongLanguage.ok ? 'accepted' : wrongLanguage.error.code).toBe('invalid_input');
  });
});

describe('shapes at start', () => {
  /** Number formatters Intl builds while `action` runs. */
  async function numberFormatsBuilt(action: () => Promise<unknown>): Promise<number> {
    const Real = Intl.NumberFormat;
    let built = 0;
    const spy = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built += 1;
      return new Real(...args);
    } as never);
    await action();
    spy.mockRestore();
    return built;
  }

  it('are worked out just after an app starts, so the first window’s request finds them', async () => {
    const core = createCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test', warmFormats: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await numberFormatsBuilt(() => core.router.handle('formats:get', { locales: ['en', 'fr'] }))).toBe(0);
    core.close();
    // Without it, the first request works them out.
    const cold = testCore();
    expect(await numberFormatsBuilt(() => cold.router.handle('formats:get', { locales: ['en', 'fr'] }))).toBeGreaterThan(0);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../../src/shared/locales';
import { testCore } from '../helpers';
import { installRenderer } from './renderer-globals';

afterEach(() => vi.unstubAllGlobals());

/** The i18n module freshly started, as at the app's start. */
async function freshI18n() {
  installRenderer(testCore());
  vi.resetModules();
  return import('../../../src/renderer/src/lib/i18n.svelte');
}

describe('translations', () => {
  it('reads a label in the language shown, after every switch, though each reading is kept', async () => {
    const { t, applyLanguage } = await freshI18n();
    expect(t('nav.dashboard')).toBe('');
    await applyLanguage('en');
    expect([t('nav.dashboard'), t('nav.dashboard')]).toEqual(['Dashboard', 'Dashboard']);
    await applyLanguage('fr');
    expect(t('nav.dashboard')).toBe('Tableau de bord');
    await applyLanguage('en');
    expect(t('nav.dashboard')).toBe('Dashboard');
  });

  it('puts values in every text exactly as i18next does, in both languages', async () => {
    const { t, applyLanguage } = await freshI18n();
    const reference = i18next.createInstance();
    await reference.init({ resources, fallbackLng: false, interpolation: { escapeValue: false }, showSupportNotice: false });
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([name, value]) =>
        typeof value === 'string' ? [`${prefix}${name}`] : keys(value as object, `${prefix}${name}.`)
      );
    for (const language of ['en', 'fr'] as const) {
      await applyLanguage(language);
      await reference.changeLanguage(language);
      const withValues = keys(resources[language].translation).filter((key) => !/_(one|other|many)$/.test(key));
      expect(withValues.length).toBeGreaterThan(100);
      for (const key of withValues) {
        // Every placeholder a text may hold, with values that look like what people type.
        const values = { title: 'AI <Act> & co', name: 'Léa', date: '30 juin 2027', stage: 'Stage 2', position: 3, total: 7, resolved: 2 };
        expect(t(key as never, values as never), key).toBe(reference.t(key, values));
      }
    }
  });

  it('works out a text with options every time it is asked', async () => {
    const { t, applyLanguage } = await freshI18n();
    await applyLanguage('en');
    expect([t('dashboard.plans', { count: 1 }), t('dashboard.plans', { count: 3 })]).toEqual(['1 plan', '3 plans']);
  });

  it('does not keep what a key read before its language’s texts arrived', async () => {
    const { t, applyLanguage, preloadLanguage } = await freshI18n();
    // i18next is up (speaking English) once the French texts are in; the English ones are not yet.
    await preloadLanguage('fr');
    expect(t('nav.dashboard')).toBe('nav.dashboard');
    await applyLanguage('en');
    expect(t('nav.dashboard')).toBe('Dashboard');
  });
});

/** Counts the Intl formatters of `kind` built from now on (until the test ends). */
function countBuilt(kind: 'NumberFormat' | 'DateTimeFormat'): () => number {
  const Real = Intl[kind] as unknown as new (...args: unknown[]) => object;
  let built = 0;
  vi.spyOn(Intl, kind).mockImplementation(function (...args: unknown[]) {
    built += 1;
    return new Real(...args);
  } as never);
  return () => built;
}

afterEach(() => vi.restoreAllMocks());

describe('formats', () => {
  it('writes counts and dates as the language shown writes them, each Intl formatter built once', async () => {
    const { formatNumber, formatDate, applyLanguage } = await freshI18n();
    await applyLanguage('en');
    const numbers = countBuilt('NumberFormat');
    const dates = countBuilt('DateTimeFormat');
    const written = () => [
      formatNumber(10_000),
      formatNumber(0.3334, { style: 'percent', maximumFractionDigits: 0 }),
      formatDate('2027-06-30'),
      formatDate('2027-06-30', 'long')
    ];
    expect(written()).toEqual(['10,000', '33%', '30 Jun 2027', '30 June 2027']);
    expect(written()).toEqual(['10,000', '33%', '30 Jun 2027', '30 June 2027']);
    await applyLanguage('fr');
    expect(written()).toEqual(['10\u202f000', '33\u00a0%', '30 juin 2027', '30 juin 2027']);
    expect(formatNumber(2.5)).toBe('2,5');
    // Two number and two date formats per language, built once each however often they are used.
    expect([numbers(), dates()]).toEqual([4, 4]);
  });
});

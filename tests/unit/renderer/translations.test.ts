import { afterEach, describe, expect, it, vi } from 'vitest';
import { testCore } from '../helpers';
import { installRenderer } from './renderer-globals';

afterEach(() => vi.unstubAllGlobals());

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

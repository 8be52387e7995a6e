/** The texts request: the chosen language's texts with its content titles. */
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { Channel, Output } from '../../../../src/shared/contract';
import { STAGE_TEMPLATES, STAGE_VARIANTS } from '../../../../src/shared/content/stages';
import { MILESTONE_TEMPLATES, RETIRED_TEMPLATE_TITLES } from '../../../../src/shared/content/routes';
import { SALARY_BANDS } from '../../../../src/shared/content/pay';
import { ROUTE_IDS } from '../../../../src/shared/model';
import type { Result } from '../../../../src/shared/errors';

/** What a request answered, typed as the contract says; a refusal fails the test. */
function answered<C extends Channel>(_channel: C, result: Result<unknown>): Output<C> {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value as Output<C>;
}

describe('texts requests', () => {
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
});

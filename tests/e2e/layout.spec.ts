import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SKILLS } from '../../src/shared/content/skills';

/** A pasted link: 200 characters and not one space, so nothing can break it at a word. */
const LINK = `https://example.org/${'a1b2c3d4e5'.repeat(18)}`;

const words = {
  en: {
    settings: 'Settings',
    skills: 'Skills',
    plan: 'Plan',
    deleted: /deleted\./,
    undo: 'Undo',
    outline: 'Outline',
    timeline: 'Timeline',
    dossier: 'Print or save the dossier as PDF',
    projected: 'Projected CAIO date',
    readiness: 'Readiness for CAIO',
    pay: 'Target pay',
    gaps: 'Largest skill gaps',
    meaning: 'Has trained and evaluated a model on real data, with help on the harder choices.',
    gapButton: 'Turn into a milestone'
  },
  fr: {
    settings: 'Réglages',
    skills: 'Compétences',
    plan: 'Plan',
    deleted: /supprimée\./,
    undo: 'Annuler',
    outline: 'Plan détaillé',
    timeline: 'Frise chronologique',
    dossier: 'Imprimer le dossier ou l’enregistrer en PDF',
    projected: 'Date CAIO prévue',
    readiness: 'Préparation au rôle de CAIO',
    pay: 'Rémunération visée',
    gaps: 'Principaux écarts de compétences',
    meaning: 'A entraîné et évalué un modèle sur des données réelles, avec de l’aide pour les choix délicats.',
    gapButton: 'En faire une étape clé'
  }
};

/** True when the element is no wider on screen than its box: nothing in it runs off to the side. */
const fitsSideways = (locator: Locator) => locator.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
const pageFitsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Rates every skill at level 1 a month ago, as a first assessment would, so gaps exist. */
async function rateAll(server: { call: (messages: { channel: string; input?: unknown }[]) => Promise<unknown[]> }): Promise<void> {
  const date = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await server.call([
    { channel: 'skills:assess', input: { assessedOn: date, ratings: SKILLS.map((skill) => ({ skillId: skill.id, level: 1 })) } }
  ]);
}

for (const language of ['en', 'fr'] as const) {
  test.describe(language, () => {
    test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
    const w = words[language];

    test(`a title without spaces wraps in the undo toast, the outline and the dossier (${language})`, async ({ app, page }) => {
      await page.setViewportSize({ width: 900, height: 700 });
      await app.open();
      await app.go(w.plan);
      await app.createPlan('Links');
      await app.addMilestone(LINK);
      await app.addMilestone('Second');

      // Deleted, the toast names it; its Undo button stays inside the window.
      await app.focusRow(LINK.slice(0, 40));
      await page.keyboard.press('Delete');
      await expect(page.getByText(w.deleted)).toBeVisible();
      const undo = page.getByRole('button', { name: w.undo, exact: true });
      const box = (await undo.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(900);
      await undo.click();
      await expect(app.milestone(LINK.slice(0, 40))).toBeVisible();

      await page.getByRole('radio', { name: w.outline }).check();
      await expect(page.locator('.outline')).toContainText(LINK);
      expect(await fitsSideways(page.locator('.outline'))).toBe(true);
      expect(await pageFitsSideways(page)).toBe(true);

      await app.go(w.settings);
      await page.getByRole('button', { name: w.dossier }).click();
      const dossier = page.getByRole('dialog');
      await expect(dossier).toContainText(LINK);
      expect(await fitsSideways(dossier)).toBe(true);
    });

    test(`the timeline scrolls inside its box, not the page, at 900 pixels (${language})`, async ({ app, page }) => {
      await page.setViewportSize({ width: 900, height: 700 });
      await app.open();
      await app.go(w.plan);
      await app.createPlan('Dated');
      await app.addMilestone('Early', { due: '2027-03-15' });
      await app.addMilestone('Late', { due: '2036-09-01' });
      await page.getByRole('radio', { name: w.timeline }).check();
      const chart = page.locator('.timeline-scroll');
      await expect(chart).toBeVisible();
      // The drawing is wider than the window: it scrolls itself, and the page does not.
      expect(await chart.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      expect(await pageFitsSideways(page)).toBe(true);
    });

    test(`skills: every level's meaning shows before a pick, no focus stop hides under a bar, names hold the visible words (${language})`, async ({
      app,
      page,
      server
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await app.open();
      await app.go(w.plan);
      await app.createPlan('Skills');
      await app.go(w.skills);
      // Nothing rated yet: the meaning of level 2 of the first skill is on screen already.
      const meaning = page.getByText(w.meaning, { exact: true });
      await expect(meaning).toBeVisible();
      expect((await meaning.boundingBox())!.width).toBeGreaterThan(200);

      // Tab through the whole assessment form: each stop is on screen, not covered by anything.
      await page.locator('#rate-skill\\.machine-learning input[type=radio]').first().focus();
      const covered: string[] = [];
      for (let step = 0; step < 40; step += 1) {
        const hidden = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          // A radio is drawn by its label; the point checked is the middle of what is drawn.
          const drawn = element.closest('label') ?? element;
          const box = drawn.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return hit && (drawn.contains(hit) || hit.contains(drawn))
            ? ''
            : (element.getAttribute('placeholder') ?? element.outerHTML.slice(0, 80));
        });
        if (hidden) covered.push(hidden);
        await page.keyboard.press('Tab');
      }
      expect(covered).toEqual([]);

      // With gaps to show, each "turn into a milestone" button's name begins with the words it shows.
      await rateAll(server);
      await page.reload();
      await app.go(w.skills);
      const buttons = page.getByTestId('gap-list').getByRole('button', { name: new RegExp(`^${w.gapButton}`) });
      await expect(buttons.first()).toBeVisible();
      await expect(buttons.first()).toHaveText(new RegExp(`^${w.gapButton}`));
      expect(await buttons.count()).toBeGreaterThan(0);
    });

    test(`the dossier opens on its summary: projected date, readiness, pay and gaps (${language})`, async ({ app, page, server }) => {
      await app.open({ wizard: true });
      for (let step = 0; step < 5; step += 1) await app.wizardNext();
      await page.getByRole('button', { name: /Create my plan|Créer mon plan/ }).click();
      await page.getByRole('row').nth(1).waitFor();
      await rateAll(server);
      await app.go(w.settings);
      await page.getByRole('button', { name: w.dossier }).click();
      const dossier = page.getByRole('dialog');
      await expect(dossier.getByText(w.projected)).toBeVisible();
      await expect(dossier.getByTestId('dossier-projected')).toHaveText(/\d{4}/);
      await expect(dossier.getByText(w.readiness)).toBeVisible();
      await expect(dossier.getByTestId('dossier-readiness')).toHaveText(/\d+ \/ 100/);
      await expect(dossier.getByText(w.pay)).toBeVisible();
      await expect(dossier.getByTestId('dossier-pay')).toContainText('€');
      await expect(dossier.getByText(w.gaps)).toBeVisible();
      expect(await dossier.getByTestId('dossier-gaps').getByRole('listitem').count()).toBeGreaterThan(0);
      // Every "·" and date reads with its spaces: no "7 Dec 2026· level 1".
      expect(await dossier.textContent()).not.toMatch(/[^\s]·/);
    });
  });
}

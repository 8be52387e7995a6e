import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test } from './fixtures';
import { SKILLS } from '../../src/shared/content/skills';

/** Unfolds the skills area a rating sits in (one area is open at a time). */
const openArea = (rating: Locator) =>
  rating.evaluate((element) => {
    const area = element.closest('details');
    if (area && !area.open) area.open = true;
  });

// Run with `SCREENSHOTS=1 npx playwright test screenshots` to refresh docs/screenshots/.
test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1), not in the test run');
test.use({ viewport: { width: 1280, height: 860 } });

for (const language of ['en', 'fr'] as const) {
  test.describe(language, () => {
    test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });

    test(`your data: export, import preview, backups and the dossier (${language})`, async ({ app, page }) => {
      const shot = (name: string, fullPage = false) => page.screenshot({ path: `docs/screenshots/${name}-${language}.png`, fullPage });
      await app.open({ wizard: true });
      for (let step = 0; step < 5; step += 1) await app.wizardNext();
      await page.getByRole('button', { name: /Create my plan|Créer mon plan/ }).click();
      await page.getByRole('row').nth(1).waitFor();
      await app.go(language === 'fr' ? 'Réglages' : 'Settings');
      await page.getByRole('button', { name: /^(Back up now|Sauvegarder maintenant)$/ }).click();
      const transfer = page.getByRole('region', { name: /^(Export and import|Exporter et importer)$/ });
      const downloading = page.waitForEvent('download');
      await transfer.getByRole('button', { name: /JSON/ }).click();
      const backup = readFileSync((await (await downloading).path()) ?? '', 'utf8');
      const chooser = page.waitForEvent('filechooser');
      await transfer.getByRole('button', { name: /^(Import a backup…|Importer une sauvegarde…)$/ }).click();
      await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
      await transfer.getByRole('group', { name: /^(What this import will do|Ce que cet import va faire)$/ }).waitFor();
      await transfer.scrollIntoViewIfNeeded();
      await transfer.screenshot({ path: `docs/screenshots/data-import-preview-${language}.png` });
      await page.getByRole('region', { name: /^(Automatic backups|Sauvegardes automatiques)$/ }).screenshot({
        path: `docs/screenshots/data-backups-${language}.png`
      });
      await transfer
        .getByRole('button', { name: /^(Print or save the dossier as PDF|Imprimer le dossier ou l’enregistrer en PDF)$/ })
        .click();
      await page.getByRole('dialog').getByRole('heading', { level: 1 }).waitFor();
      await shot('dossier-screen');
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      await shot('dossier-print', true);
    });

    test(`wizard, plan and guide (${language})`, async ({ app, page }) => {
      const shot = (name: string, fullPage = false) => page.screenshot({ path: `docs/screenshots/${name}-${language}.png`, fullPage });
      await app.open({ wizard: true });
      await shot('wizard-1-welcome');
      await app.wizardNext();
      await shot('wizard-2-education');
      await app.wizardNext();
      await app.wizardNext();
      await shot('wizard-4-target');
      await app.wizardNext();
      await shot('wizard-5-achieved');
      await app.wizardNext();
      await shot('wizard-6-route', true);
      await page.getByRole('button', { name: /Create my plan|Créer mon plan/ }).click();
      await page.getByRole('row').nth(1).waitFor();
      // The add forms below the list are drawn just after the plan: the full-page shots below show them.
      await page.locator('form.add-milestone').waitFor();
      // The list renders the rows near the window (virtualized): a full-page shot would show blank rows below.
      await shot('plan-generated');
      await page.getByRole('radio', { name: /Timeline|Frise/ }).check();
      // The timeline is a chunk of its own: a full-page shot taken while it loads keeps the shorter page's height.
      await page.getByRole('heading', { level: 2, name: /^(Timeline|Frise chronologique)$/ }).waitFor();
      await shot('timeline', true);
      await page.getByRole('radio', { name: /Quarters|Trimestres/ }).check();
      await shot('timeline-quarters', true);
      await app.go(language === 'fr' ? 'Guide' : 'Guide');
      await shot('guide', true);
      await app.go(language === 'fr' ? 'Tableau de bord' : 'Dashboard');
      await page.locator('.projection .stat-value').waitFor();
      await shot('dashboard');
      await app.go(language === 'fr' ? 'Réglages' : 'Settings');
      await page.getByRole('radio', { name: /Dark|Sombre/ }).check();
      await app.go(language === 'fr' ? 'Tableau de bord' : 'Dashboard');
      await page.locator('.projection .stat-value').waitFor();
      await shot('dashboard-dark');
      await app.go('Plan');
      await page.getByRole('row').nth(1).waitFor();
      await shot('plan-dark');
      await page.getByRole('radio', { name: /Timeline|Frise/ }).check();
      await shot('timeline-dark');
    });
  });
}

// Issue 8: plan, dashboard and profile at 1280×800 and at the window's minimum width (src/main/window.ts), both languages.
for (const language of ['en', 'fr'] as const) {
  for (const size of [
    { name: '1280', width: 1280, height: 800 },
    { name: 'min', width: 720, height: 800 }
  ]) {
    test.describe(`${language} at ${size.name}`, () => {
      test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB', viewport: { width: size.width, height: size.height } });

      test(`plan, dashboard and profile (${language}, ${size.name})`, async ({ app, page }) => {
        const shot = (name: string) => page.screenshot({ path: `docs/screenshots/${name}-${size.name}-${language}.png` });
        await app.open({ wizard: true });
        for (let step = 0; step < 5; step += 1) await app.wizardNext();
        await page.getByRole('button', { name: /Create my plan|Créer mon plan/ }).click();
        await page.getByRole('row').nth(1).waitFor();
        await shot('plan');
        await page.getByRole('treegrid').scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, document.querySelector('[role="treegrid"]')!.getBoundingClientRect().top - 8));
        await page.getByRole('row').nth(3).waitFor();
        await shot('plan-list');
        await app.go(language === 'fr' ? 'Tableau de bord' : 'Dashboard');
        // The dashboard asks for its figures again on each visit: the shot waits for them.
        await page.locator('.projection .stat-value').waitFor();
        await shot('dashboard');
        await app.go(language === 'fr' ? 'Réglages' : 'Settings');
        await page.locator('#profile-title').scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, document.querySelector('#profile-title')!.getBoundingClientRect().top - 8));
        await shot('profile');
      });
    });
  }
}

// Issue 9: the skills screen, its radar, the gap list and the quarterly review, both languages and both themes.
for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`skills ${language} ${theme}`, () => {
      test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });

      test(`skills screen (${language}, ${theme})`, async ({ app, page }) => {
        const shot = (name: string) => `docs/screenshots/${name}-${theme}-${language}.png`;
        const levels = [2, 1, 2, 1, 2, 1, 1, 3, 1, 2, 3, 2, 1, 1, 0, 1, 2, 1, 2, 1, 3, 3, 2];
        await app.open();
        if (theme === 'dark') {
          await app.go(language === 'fr' ? 'Réglages' : 'Settings');
          await page.getByRole('radio', { name: /Dark|Sombre/ }).check();
        }
        await app.go('Plan');
        await app.createPlan(language === 'fr' ? 'Mon parcours' : 'My path');
        await app.go(language === 'fr' ? 'Compétences' : 'Skills');
        const groups = page.locator('fieldset.skill');
        await groups.first().waitFor();
        const count = await groups.count();
        for (let index = 0; index < count; index += 1) {
          await openArea(groups.nth(index));
          await groups
            .nth(index)
            .locator(`input[value="${levels[index % levels.length]}"]`)
            .check();
        }
        // Dated four months ago, so the quarterly review is due.
        const old = new Date();
        old.setDate(old.getDate() - 120);
        const typed = [old.getDate(), old.getMonth() + 1, old.getFullYear()].map((part) => String(part).padStart(2, '0')).join('/');
        await page.locator('#assessment-date').fill(typed);
        await page.locator('#assessment-date').press('Enter');
        await page.getByTestId('skills-radar').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: shot('skills') });
        await page.locator('section.radar').screenshot({ path: shot('skills-radar') });
        await page.locator('section', { has: page.getByTestId('gap-list') }).screenshot({ path: shot('skills-gaps') });
        await page.getByTestId('quarterly-review').screenshot({ path: shot('skills-review-due') });
        await page
          .locator('section.category')
          .nth(1)
          .screenshot({ path: shot('skills-rating') });
        await page.getByRole('button', { name: /Start the review|Commencer le bilan/ }).click();
        for (const index of [13, 14, 15]) {
          await openArea(groups.nth(index));
          await groups.nth(index).locator('input[value="3"]').check();
        }
        await page.getByRole('button', { name: /Save the review|Enregistrer le bilan/ }).click();
        await page.getByTestId('quarterly-review').getByRole('status').waitFor();
        await page.getByTestId('quarterly-review').screenshot({ path: shot('skills-review') });
        await app.go(language === 'fr' ? 'Tableau de bord' : 'Dashboard');
        await page.locator('section.readiness-trend').screenshot({ path: shot('dashboard-readiness') });
      });
    });
  }
}

// Issue 29: every screen at 1280×800 and 900×700, in both languages and both themes.
for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const size of [
      { name: '1280', width: 1280, height: 800 },
      { name: '900', width: 900, height: 700 }
    ]) {
      test.describe(`screens ${language} ${theme} ${size.name}`, () => {
        test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB', viewport: { width: size.width, height: size.height } });

        test(`every screen (${language}, ${theme}, ${size.name})`, async ({ app, page, server }) => {
          const shot = (name: string) => page.screenshot({ path: `docs/screenshots/screen-${name}-${size.name}-${theme}-${language}.png` });
          const fr = language === 'fr';
          await app.open({ wizard: true });
          for (let step = 0; step < 5; step += 1) await app.wizardNext();
          await page.getByRole('button', { name: /Create my plan|Créer mon plan/ }).click();
          await page.getByRole('row').nth(1).waitFor();
          // Two assessments a quarter apart, so the readiness trend has a line to draw.
          const earlier = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
          const today = new Date().toISOString().slice(0, 10);
          await server.call([
            {
              channel: 'skills:assess',
              input: { assessedOn: earlier, ratings: SKILLS.map((skill, index) => ({ skillId: skill.id, level: index % 3 })) }
            },
            {
              channel: 'skills:assess',
              input: { assessedOn: today, ratings: SKILLS.map((skill, index) => ({ skillId: skill.id, level: (index % 3) + 1 })) }
            }
          ]);
          if (theme === 'dark') {
            await app.go(fr ? 'Réglages' : 'Settings');
            await page.getByRole('radio', { name: /Dark|Sombre/ }).check();
          }
          await app.go(fr ? 'Tableau de bord' : 'Dashboard');
          await page.locator('.projection .stat-value').waitFor();
          await page.getByTestId('dashboard-readiness').waitFor();
          await shot('dashboard');
          await app.go('Plan');
          await page.getByRole('row').nth(1).waitFor();
          await shot('plan');
          await page.getByRole('button', { name: 'Plans', exact: true }).click();
          await shot('plan-menu');
          await page.keyboard.press('Escape');
          await page.getByRole('radio', { name: /Timeline|Frise/ }).check();
          await page.getByRole('heading', { level: 2, name: /^(Timeline|Frise chronologique)$/ }).waitFor();
          await page.locator('.timeline-scroll').scrollIntoViewIfNeeded();
          await shot('timeline');
          await app.go(fr ? 'Compétences' : 'Skills');
          await page.getByTestId('skills-radar').waitFor();
          await shot('skills');
          await page.locator('section.radar').scrollIntoViewIfNeeded();
          await shot('skills-radar');
          await page.locator('form.assessment').scrollIntoViewIfNeeded();
          await shot('skills-form');
          await app.go('Guide');
          await shot('guide');
          await app.go(fr ? 'Réglages' : 'Settings');
          await shot('settings');
          await page
            .getByRole('button', { name: /^(Print or save the dossier as PDF|Imprimer le dossier ou l’enregistrer en PDF)$/ })
            .click();
          await page.getByRole('dialog').getByTestId('dossier-projected').waitFor();
          await shot('dossier');
        });
      });
    }
  }
}

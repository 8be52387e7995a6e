import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SKILLS } from '../../src/shared/content/skills';

/** `dd/mm/yyyy`, as both en-GB and French write a date in the date field. */
function typedDate(daysAgo: number): string {
  const date = new Date();
  date.setDate(date.getDate() - daysAgo);
  return [date.getDate(), date.getMonth() + 1, date.getFullYear()].map((part) => String(part).padStart(2, '0')).join('/');
}

/**
 * Rates every skill from the keyboard alone: Space picks level 0, each → one level more, Tab twice to
 * the next skill; at the end of an area, Tab reaches the next area's heading, Enter unfolds it, Tab.
 */
async function rateEverySkill(page: Page, level: (index: number) => number): Promise<void> {
  await page
    .locator(`#rate-${SKILLS[0]!.id.replace('.', '\\.')} input[type=radio]`)
    .first()
    .focus();
  for (let index = 0; index < SKILLS.length; index += 1) {
    await page.keyboard.press('Space');
    for (let step = 0; step < level(index); step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab'); // the optional note
    if (index === SKILLS.length - 1) break;
    await page.keyboard.press('Tab');
    if (SKILLS[index + 1]!.group !== SKILLS[index]!.group) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
    }
  }
}

const words = {
  en: {
    nav: { skills: 'Skills', dashboard: 'Dashboard', plan: 'Plan' },
    date: 'Date of this assessment',
    saved: `${SKILLS.length} ratings saved.`,
    create: /^Turn into a milestone\s?\(the gap in (.+)\)$/,
    confirm: 'Add to the plan',
    added: /Added “.+” to Skills plan\./,
    open: 'Open in the plan',
    status: 'Status',
    save: 'Save',
    reassess: /^Re-assess /,
    readiness: 'Readiness for CAIO',
    capped: /cannot go above 60/
  },
  fr: {
    nav: { skills: 'Compétences', dashboard: 'Tableau de bord', plan: 'Plan' },
    date: 'Date de cette évaluation',
    saved: `${SKILLS.length} niveaux enregistrés.`,
    create: /^En faire une étape clé\s?\(l’écart en «\s(.+)\s»\)$/,
    confirm: 'Ajouter au plan',
    added: /«\s.+\s» ajoutée à Skills plan\./,
    open: 'Ouvrir dans le plan',
    status: 'Statut',
    save: 'Enregistrer',
    reassess: /^Réévaluer /,
    readiness: 'Préparation au rôle de CAIO',
    capped: /ne peut pas dépasser 60/
  }
};

for (const language of ['en', 'fr'] as const) {
  test.describe(language, () => {
    test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
    const w = words[language];

    test(`assess by keyboard, radar and table, top gap to milestone, complete, re-assess, trend on the dashboard, reload (${language})`, async ({
      app,
      page
    }) => {
      await app.open();
      await app.go(w.nav.plan);
      await app.createPlan('Skills plan');
      await app.go(w.nav.skills);

      // Every skill at level 1, dated a month ago: regulation, leadership and AI are under their minimums.
      await rateEverySkill(page, () => 1);
      await page.getByLabel(w.date).fill(typedDate(30));
      await page.getByLabel(w.date).press('Enter');
      await expect(page.getByText(w.saved).first()).toBeVisible();
      await expect(page.getByRole('img', { name: /radar/i })).toBeVisible();
      const table = page.getByTestId('skills-radar-table');
      await expect(table.locator('tbody tr')).toHaveCount(9);
      await expect(page.getByText(w.capped).first()).toBeVisible();
      // Every string is translated: no raw key shows through.
      await expect(page.locator('main')).not.toContainText(/\b(assessment|skills)\.[a-z]+/);
      const before = Number((await page.getByTestId('readiness-score').textContent())?.match(/\d+/)?.[0]);

      // The top gap becomes a milestone in the chosen plan and stage.
      const topGap = page.getByTestId('gap-list').getByRole('button', { name: w.create }).first();
      const skillName = w.create.exec((await topGap.textContent()) ?? '')![1]!;
      await topGap.click();
      await page.getByRole('button', { name: w.confirm }).click();
      await expect(page.getByText(w.added)).toBeVisible();
      // Focus lands on what was made; the gap cannot be turned into a second milestone from here.
      await expect(page.getByRole('button', { name: w.open })).toBeFocused();
      await expect(
        page.getByTestId('gap-list').getByRole('button', { name: new RegExp(skillName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      ).toHaveCount(0);

      // Complete it in the plan.
      await page.getByRole('button', { name: w.open }).click();
      const editor = page.getByRole('dialog');
      await editor.getByLabel(w.status).selectOption({ index: 2 });
      // The editor shows the milestone's skill and invites a re-assessment, without forcing one.
      await expect(editor.getByText(language === 'fr' ? /réévaluez/ : /re-assess/)).toContainText(skillName);
      await editor.getByRole('button', { name: w.save, exact: true }).click();
      await expect(editor).toBeHidden();

      // The skills screen invites a re-assessment of that skill; the keyboard lands on its rating.
      await app.go(w.nav.skills);
      const invite = page.getByRole('button', { name: w.reassess }).filter({ hasText: skillName });
      await invite.click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: w.reassess })).toHaveCount(0);
      const after = Number((await page.getByTestId('readiness-score').textContent())?.match(/\d+/)?.[0]);
      expect(after).toBeGreaterThan(before);

      // The history of that skill shows both ratings.
      await page.getByLabel(language === 'fr' ? 'Compétence' : 'Skill', { exact: true }).selectOption({ label: skillName });
      await expect(page.getByTestId('skill-history').locator('tbody tr')).toHaveCount(2);

      // The dashboard's readiness trend has moved: a month ago, then today's higher score.
      await app.go(w.nav.dashboard);
      await expect(page.getByRole('heading', { name: w.readiness })).toBeVisible();
      await expect(page.getByTestId('dashboard-readiness')).toContainText(String(after));
      const trend = (await page.getByTestId('readiness-trend').textContent()) ?? '';
      const scores = trend.split(', ').map((point) => Number(/(\d+)\s*$/.exec(point)?.[1]));
      expect(scores).toEqual([before, after]);
      // The list is said as one sentence, its colon spaced as the language writes it.
      expect(trend).toMatch(language === 'fr' ? /^\s*Évolution de la préparation\u00a0: / : /^\s*Readiness over time: /);

      // Reload: all of it is still there.
      await page.reload();
      await app.go(w.nav.skills);
      await expect(page.getByTestId('skills-radar-table').locator('tbody tr')).toHaveCount(9);
      await expect(page.getByText(skillName).first()).toBeVisible();
      await page.getByLabel(language === 'fr' ? 'Compétence' : 'Skill', { exact: true }).selectOption({ label: skillName });
      await expect(page.getByTestId('skill-history').locator('tbody tr')).toHaveCount(2);
      const radios = page.locator(`#rate-${SKILLS[0]!.id.replace('.', '\\.')} input:checked`);
      await expect(radios).toHaveValue('1');
    });
  });
}

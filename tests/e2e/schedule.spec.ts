/** Issue 24: one plan, one set of dates — the pace, pinned dates and impossible dates, in both languages. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const LANGUAGES = {
  en: {
    locale: 'en-GB',
    create: 'Create my plan',
    settings: 'Settings',
    plan: 'Plan',
    profile: 'Your profile',
    hours: 'Hours per week you can give to your plan',
    save: 'Save my profile',
    undo: 'Undo',
    due: 'Due ',
    goal: 'Become Chief AI Officer',
    master: 'Master’s or engineering-school degree',
    course: 'Deep-learning and MLOps course',
    edit: 'Edit milestone',
    editButton: /^Edit “Master/,
    dueLabel: 'Due date',
    saveEdit: 'Save',
    pinned: 'Pinned',
    moved: /(\d+) milestones? moved; CAIO date (.+) → (.+)\./,
    pinnedDate: '30/06/2031',
    pinnedShown: '30 Jun 2031',
    outOfRange: 'Enter a date between 1950 and 2100. Nothing was changed.'
  },
  fr: {
    locale: 'fr-FR',
    create: 'Créer mon plan',
    settings: 'Réglages',
    plan: 'Plan',
    profile: 'Votre profil',
    hours: 'Heures par semaine à consacrer à votre plan',
    save: 'Enregistrer mon profil',
    undo: 'Annuler',
    due: 'Échéance\u00a0: ',
    goal: 'Devenir Chief AI Officer',
    master: 'Master ou diplôme d’école d’ingénieurs',
    course: 'Formation certifiante en deep learning',
    edit: 'Modifier l’étape clé',
    editButton: /^Modifier « Master/,
    dueLabel: 'Échéance',
    saveEdit: 'Enregistrer',
    pinned: 'Date fixée',
    moved: /(\d+) étapes? clés? déplacées?\u00a0; date CAIO (.+) → (.+)\./,
    pinnedDate: '30/06/2031',
    pinnedShown: '30 juin 2031',
    outOfRange: 'Saisissez une date entre 1950 et 2100. Rien n’a été modifié.'
  }
} as const;

const projected = (page: Page) => page.locator('.projection .stat-value');

for (const [language, words] of Object.entries(LANGUAGES)) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: words.locale, clock: '2026-12-07T10:00:00' });

    test('the pace moves every due date and the CAIO date together, says what moved with undo; a typed date is pinned; 1900 is refused', async ({
      app,
      page
    }) => {
      await app.open({ wizard: true });
      for (let step = 0; step < 3; step += 1) await app.wizardNext();
      await page.getByLabel(words.hours).fill('5');
      await app.wizardNext();
      await app.wizardNext();
      await page.getByRole('button', { name: words.create }).click();
      await expect(app.milestone(words.goal)).toBeVisible();

      // One CAIO date: the card's is the goal milestone's due date.
      const goalBefore = await app.dueOf(words.goal, words.due);
      await expect(projected(page)).toContainText(goalBefore.split(' ').at(-1)!);
      const courseBefore = await app.dueOf(words.course, words.due);

      // Twenty hours a week: the toast says what moved; Undo puts every date back.
      await app.go(words.settings);
      const profile = page.getByRole('region', { name: words.profile });
      await profile.getByLabel(words.hours).fill('20');
      await profile.getByRole('button', { name: words.save }).click();
      const toast = page.locator('.toast');
      await expect(toast).toContainText(words.moved);
      const [, count, before, after] = words.moved.exec((await toast.textContent()) ?? '')!;
      expect(Number(count)).toBeGreaterThan(1);
      expect(before).toBe(goalBefore);
      expect(after).not.toBe(before);
      await toast.getByRole('button', { name: words.undo }).click();
      await expect(profile.getByLabel(words.hours)).toHaveValue('5');
      await app.go(words.plan);
      expect(await app.dueOf(words.goal, words.due)).toBe(goalBefore);
      expect(await app.dueOf(words.course, words.due)).toBe(courseBefore);

      // Again, kept this time: the plan's milestones and its CAIO date moved together, earlier.
      await app.go(words.settings);
      await profile.getByLabel(words.hours).fill('20');
      await profile.getByRole('button', { name: words.save }).click();
      await expect(toast).toContainText(words.moved);
      await app.go(words.plan);
      expect(await app.dueOf(words.goal, words.due)).toBe(after);
      expect(await app.dueOf(words.course, words.due)).not.toBe(courseBefore);

      // A date typed is pinned, and what follows it moves after it.
      await app.milestone(words.master).hover();
      await app.milestone(words.master).getByRole('button', { name: words.editButton }).click();
      const editor = page.getByRole('dialog', { name: words.edit });
      await editor.getByLabel(words.dueLabel, { exact: true }).fill(words.pinnedDate);
      await editor.getByRole('button', { name: words.saveEdit, exact: true }).click();
      await expect(editor).toBeHidden();
      await expect(app.milestone(words.master)).toContainText(words.pinnedShown);
      await expect(app.milestone(words.master)).toContainText(words.pinned);
      const course = await app.dueOf(words.course, words.due);
      const year = (date: string) => Number(date.split(' ').at(-1));
      expect(year(course)).toBeGreaterThanOrEqual(2031);
      expect(year(await app.dueOf(words.goal, words.due))).toBeGreaterThan(year(after!));

      // A date that cannot be is refused with a sentence in the person's language, and nothing changes.
      await app.milestone(words.master).hover();
      await app.milestone(words.master).getByRole('button', { name: words.editButton }).click();
      await editor.getByLabel(words.dueLabel, { exact: true }).fill('01/01/1900');
      await editor.getByRole('button', { name: words.saveEdit, exact: true }).click();
      await expect(page.getByText(words.outOfRange)).toBeVisible();
      await page.keyboard.press('Escape');
      await page.reload();
      await expect(app.milestone(words.master)).toContainText(words.pinnedShown);
    });
  });
}

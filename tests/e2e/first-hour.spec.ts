/** Issue 28: what people hit in their first hour — feedback, limits and words, in both languages. */
import { readFileSync } from 'node:fs';
import { test, expect, type AppPage } from './fixtures';

const words = {
  en: {
    settings: 'Settings',
    backupNow: 'Back up now',
    made: 'Backup made.',
    backups: 'Automatic backups',
    transfer: 'Export and import',
    exportBackup: 'Export a full backup (JSON)',
    importBackup: 'Import a backup…',
    preview: 'What this import will do',
    sections: ['Self-assessments', 'Skill ratings', 'Quarterly reviews'],
    apply: 'Import',
    imported:
      'Import done. Milestones added: 0; replaced: 1. Your data now holds 1 plan and 1 milestone. Your previous data was backed up first.',
    restore: /^Restore the backup from/,
    confirmRestore: 'Yes, restore it',
    restored: /^Backup of .+ restored: your data now holds 1 plan and 1 milestone\./,
    deletePlan: 'Delete plan',
    deleteQuestion: 'Delete the plan “Plan B” and its 0 milestones? You can undo it for 30 minutes (Undo, or Ctrl+Z).',
    deleteYes: 'Yes, delete the plan',
    cancel: 'Cancel',
    deleted: 'Plan “Plan B” deleted. You can undo it for 30 minutes.',
    newPlanName: 'Name of the new plan',
    tooLong: '400 characters over the 200 limit: shorten it to save.',
    create: 'Create plan',
    rename: 'Rename plan',
    planName: 'Plan name',
    save: 'Save',
    blank: 'Write some text here: it cannot be empty or only spaces.',
    firstOfMonth: '1 Jan 2027',
    editorNotes: 'Notes',
    discardQuestion: 'You have changes that are not saved. Throw them away?',
    keepEditing: 'Keep editing',
    discard: 'Discard changes',
    initials: /are the initials of done, in progress, skip and reset/
  },
  fr: {
    settings: 'Réglages',
    backupNow: 'Sauvegarder maintenant',
    made: 'Sauvegarde faite.',
    backups: 'Sauvegardes automatiques',
    transfer: 'Exporter et importer',
    exportBackup: 'Exporter une sauvegarde complète (JSON)',
    importBackup: 'Importer une sauvegarde…',
    preview: 'Ce que cet import va faire',
    sections: ['Auto-évaluations', 'Niveaux évalués', 'Bilans trimestriels'],
    apply: 'Importer',
    imported:
      'Import terminé. Étapes clés ajoutées\u00a0: 0\u00a0; remplacées\u00a0: 1. Vos données comptent maintenant 1 plan et 1 étape clé. Vos données précédentes ont d’abord été sauvegardées.',
    restore: /^Restaurer la sauvegarde du/,
    confirmRestore: 'Oui, restaurer',
    restored: /^Sauvegarde du .+ restaurée\u00a0: vos données comptent maintenant 1 plan et 1 étape clé\./,
    deletePlan: 'Supprimer le plan',
    deleteQuestion:
      'Supprimer le plan «\u00a0Plan B\u00a0» et ses 0 étape clé\u00a0? Vous pourrez l’annuler pendant 30 minutes (Annuler, ou Ctrl+Z).',
    deleteYes: 'Oui, supprimer le plan',
    cancel: 'Annuler',
    deleted: 'Plan «\u00a0Plan B\u00a0» supprimé. Vous pouvez l’annuler pendant 30 minutes.',
    newPlanName: 'Nom du nouveau plan',
    tooLong: '400 caractères de trop',
    create: 'Créer le plan',
    rename: 'Renommer le plan',
    planName: 'Nom du plan',
    save: 'Enregistrer',
    blank: 'Écrivez un texte ici\u00a0: il ne peut pas être vide ni fait seulement d’espaces.',
    firstOfMonth: '1er janv. 2027',
    editorNotes: 'Notes',
    discardQuestion: 'Vos modifications ne sont pas enregistrées. Les abandonner\u00a0?',
    keepEditing: 'Continuer à modifier',
    discard: 'Abandonner les modifications',
    initials: /sont les initiales des mots anglais done \(terminée\)/
  }
};

/** Opens the app; a French browser starts it in French. */
async function inLanguage(app: AppPage, language: 'en' | 'fr'): Promise<void> {
  await app.open();
  await expect(app.page.locator('html')).toHaveAttribute('lang', language);
}

for (const language of ['en', 'fr'] as const) {
  const w = words[language];
  test.describe(language, () => {
    test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });

    test(`backup, import and restore each say what they did, where it was asked (${language})`, async ({ app, page }) => {
      await inLanguage(app, language);
      await app.go('Plan');
      await app.createPlan('Years of work');
      await app.addMilestone('AI Act training');
      await app.go(w.settings);
      const backups = page.getByRole('region', { name: w.backups });
      const transfer = page.getByRole('region', { name: w.transfer });

      await backups.getByRole('button', { name: w.backupNow }).click();
      await expect(backups.getByRole('status')).toHaveText(w.made);
      await expect(transfer).not.toContainText(w.made);

      const downloading = page.waitForEvent('download');
      await transfer.getByRole('button', { name: w.exportBackup }).click();
      const backup = readFileSync((await (await downloading).path()) ?? '', 'utf8');
      const chooser = page.waitForEvent('filechooser');
      await transfer.getByRole('button', { name: w.importBackup }).click();
      await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
      const preview = transfer.getByRole('group', { name: w.preview });
      // Every table is named in the person's language, never by its name in the database.
      for (const section of w.sections) await expect(preview.getByRole('rowheader', { name: section, exact: true })).toBeVisible();
      const names = await preview.getByRole('rowheader').allTextContents();
      expect(names).toHaveLength(11);
      expect(names.filter((section) => /^[a-z_]+$/.test(section.trim()))).toEqual([]);
      await preview.getByRole('button', { name: w.apply, exact: true }).click();
      await expect(transfer.getByRole('status')).toHaveText(w.imported);
      await expect(backups.getByRole('status')).toHaveText('');

      await backups.getByRole('button', { name: w.restore }).first().click();
      await backups.getByRole('button', { name: w.confirmRestore }).click();
      await expect(backups.getByRole('status')).toHaveText(w.restored);
      await expect(transfer.getByRole('status')).toHaveText('');
    });

    test(`deleting a plan asks first; names too long or blank are refused in words; the first of the month (${language})`, async ({
      app,
      page
    }) => {
      await inLanguage(app, language);
      await app.go('Plan');
      await app.createPlan('Years of work');
      await app.addMilestone('AI Act training', { due: '2027-01-01' });
      await expect(app.milestone('AI Act training')).toContainText(w.firstOfMonth);

      // 600 characters: kept whole, said to be too long, nothing created.
      await app.openPlanMenu();
      const name = page.getByLabel(w.newPlanName);
      await name.fill('x'.repeat(600));
      await expect(name).toHaveValue('x'.repeat(600));
      await expect(page.getByText(w.tooLong)).toBeVisible();
      await page.getByRole('button', { name: w.create }).click();
      // Still one plan: the menu offers no other plan to switch to.
      await expect(page.getByRole('heading', { level: 2, name: 'Years of work' })).toBeVisible();
      await expect(page.locator('#plan-choice')).toHaveCount(0);
      await app.createPlan('Plan B');

      // Renamed to spaces only: refused in the app's language, under the field and in the browser's bubble.
      await app.openPlanMenu();
      await page.getByRole('button', { name: w.rename }).click();
      const rename = page.getByLabel(w.planName, { exact: true });
      await expect(rename).toBeFocused();
      await rename.fill('   ');
      await page.getByRole('button', { name: w.save, exact: true }).click();
      await expect(page.getByText(w.blank)).toBeVisible();
      expect(await rename.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(w.blank);
      await rename.fill('');
      expect(await rename.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(w.blank);
      await page.locator('form', { has: rename }).getByRole('button', { name: w.cancel, exact: true }).click();

      await app.openPlanMenu();
      await page.getByRole('button', { name: w.deletePlan }).click();
      const question = page.getByRole('alertdialog');
      await expect(question).toHaveText(new RegExp(`^${w.deleteQuestion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await question.getByRole('button', { name: w.cancel }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Plan B' })).toBeVisible();
      await app.openPlanMenu();
      await page.getByRole('button', { name: w.deletePlan }).click();
      await page.getByRole('button', { name: w.deleteYes }).click();
      await expect(page.getByText(w.deleted)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Plan B' })).toHaveCount(0);
    });

    test(`Escape in the milestone editor asks before throwing typed notes away; the shortcut list names its keys (${language})`, async ({
      app,
      page
    }) => {
      await inLanguage(app, language);
      await app.go('Plan');
      await app.createPlan('Years of work');
      await app.addMilestone('AI Act training');
      await app.focusRow('AI Act training');
      await page.keyboard.press('?');
      await expect(page.getByTestId('shortcut-initials')).toHaveText(w.initials);
      await page.keyboard.press('Escape');
      await app.focusRow('AI Act training');
      await page.keyboard.press('e');
      const editor = page.getByRole('dialog');
      await editor.getByLabel(w.editorNotes).fill('Ask the DPO about the register');
      await page.keyboard.press('Escape');
      const question = editor.getByRole('alertdialog');
      await expect(question).toContainText(w.discardQuestion);
      await expect(question.getByRole('button', { name: w.keepEditing })).toBeFocused();
      await question.getByRole('button', { name: w.keepEditing }).click();
      await expect(editor.getByLabel(w.editorNotes)).toHaveValue('Ask the DPO about the register');
      await page.keyboard.press('Escape');
      await editor.getByRole('button', { name: w.discard }).click();
      await expect(editor).toBeHidden();
      await app.focusRow('AI Act training');
      await page.keyboard.press('e');
      await expect(page.getByRole('dialog').getByLabel(w.editorNotes)).toHaveValue('');
      // Unchanged, Escape closes at once.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    });
  });
}

/** Issue 10: a damaged database at start is set aside, told in the person's language, and a backup restores the data. */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, AppServer, type AppPage } from './fixtures';

const DATABASE = 'caio-path.db';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A plan with one milestone, then a backup made from Settings › Your data. */
async function planWithBackup(app: AppPage, language: 'en' | 'fr'): Promise<void> {
  await app.open();
  if (language === 'fr') {
    await app.go('Settings');
    await app.page.getByRole('radio', { name: 'Français' }).check();
    await app.go('Plan');
  } else {
    await app.go('Plan');
  }
  await app.createPlan('Years of work');
  await app.addMilestone('AI Act training');
  await app.go(language === 'fr' ? 'Réglages' : 'Settings');
  await app.page.getByRole('button', { name: language === 'fr' ? 'Sauvegarder maintenant' : 'Back up now' }).click();
  const backups = app.page.getByRole('table', { name: /Backups, newest first|Sauvegardes, de la plus récente/ });
  await expect(backups.getByRole('row')).toHaveCount(2);
}

/** Quits, lets `damage` spoil the database file, starts again; returns the spoiled file's hash. */
async function damageAndRestart(app: AppPage, damage: (path: string) => void): Promise<string> {
  app.server.restarted = true;
  await app.server.stop();
  const path = join(app.server.dataDir, DATABASE);
  damage(path);
  const before = hash(path);
  await app.server.start();
  await app.page.goto(app.server.url);
  return before;
}

function setAside(dataDir: string): string {
  const [file] = readdirSync(join(dataDir, 'set-aside')).filter((name) => name.endsWith('.db'));
  return join(dataDir, 'set-aside', file ?? '');
}

test('a file of random bytes is set aside, explained in English, and the newest backup brings the plan back', async ({ app, page }) => {
  await planWithBackup(app, 'en');
  const before = await damageAndRestart(app, (path) => writeFileSync(path, randomBytes(48 * 1024)));

  const notice = page.getByRole('region', { name: 'About your data' });
  await expect(notice).toContainText('is not a database at all');
  await expect(notice).toContainText('moved aside, untouched');
  expect(hash(setAside(app.server.dataDir))).toBe(before);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await notice.getByRole('button', { name: /^Restore the backup from/ }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(notice).toBeHidden();
  await app.go('Plan');
  await expect(app.milestone('AI Act training')).toBeVisible();
});

test('a database cut in half is set aside and explained in French; starting fresh keeps the set-aside file', async ({ app, page }) => {
  await planWithBackup(app, 'fr');
  const before = await damageAndRestart(app, (path) => truncateSync(path, Math.floor(statSync(path).size / 2)));

  const notice = page.getByRole('region', { name: 'À propos de vos données' });
  await expect(notice).toContainText('Votre base de données était endommagée');
  await expect(notice).toContainText('La plus récente sauvegarde valide date du');
  await notice.getByRole('button', { name: 'Repartir de zéro' }).click();
  await expect(notice).toBeHidden();
  expect(hash(setAside(app.server.dataDir))).toBe(before);
});

test('a full backup is downloaded, a hostile file is refused in words, and the backup imports back after a preview', async ({
  app,
  page
}) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Exported plan');
  await app.addMilestone('Cloud certification');
  await app.go('Settings');
  const transfer = page.getByRole('region', { name: /^(Export and import|Exporter et importer)$/ });

  const downloading = page.waitForEvent('download');
  await transfer.getByRole('button', { name: 'Export a full backup (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^caio-path-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = readFileSync((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(backup)).toMatchObject({ format: 'caio-path-backup', formatVersion: 1 });
  await expect(transfer.getByRole('status')).toHaveText(/Saved as caio-path-backup-/);

  const csv = page.waitForEvent('download');
  await transfer.getByRole('button', { name: 'Export milestones (CSV)' }).click();
  expect(readFileSync((await (await csv).path()) ?? '', 'utf8')).toContain('Cloud certification');

  const pick = async (name: string, content: string | Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await transfer.getByRole('button', { name: /^(Import a backup…|Importer une sauvegarde…)$/ }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };
  await pick('huge.json', Buffer.alloc(12 * 1024 * 1024, 'x'));
  await expect(transfer.getByRole('alert')).toContainText('The file is larger than 11 MB');
  await pick('evil.json', '{"__proto__": {"admin": true}, "format": "caio-path-backup"}');
  await expect(transfer.getByRole('alert')).toContainText('contains the key “__proto__”');

  await page.getByRole('radio', { name: 'Français' }).check();
  await pick('newer.json', JSON.stringify({ format: 'caio-path-backup', formatVersion: 7 }));
  await expect(transfer.getByRole('alert')).toContainText('version plus récente de Parcours CAIO (format 7');
  await page.getByRole('radio', { name: 'English' }).check();

  await app.go('Plan');
  await app.createPlan('Made after the export');
  await app.go('Settings');
  await pick('backup.json', backup);
  const preview = transfer.getByRole('group', { name: 'What this import will do' });
  await preview.getByRole('radio', { name: 'Replace all my data with the file' }).check();
  await expect(preview.getByRole('row', { name: /^Plans/ })).toHaveText(/Plans\s*1\s*0\s*2/);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await app.go('Settings');
  await expect(page.getByRole('table', { name: 'Backups, newest first' })).toContainText('before an import');
  await app.go('Plan');
  await expect(app.milestone('Cloud certification')).toBeVisible();
  await expect(page.getByText('Made after the export')).toHaveCount(0);
});

for (const language of ['en', 'fr'] as const) {
  test(`the career-plan dossier prints to PDF with the full text (${language})`, async ({ app, page }) => {
    await app.open();
    if (language === 'fr') {
      await app.go('Settings');
      await page.getByRole('radio', { name: 'Français' }).check();
    }
    const names = language === 'fr' ? { plan: 'Plan', settings: 'Réglages' } : { plan: 'Plan', settings: 'Settings' };
    await app.go(names.plan);
    await app.createPlan(language === 'fr' ? 'Vers la direction de l’IA' : 'Towards Chief AI Officer');
    await app.addMilestone(language === 'fr' ? 'Formation AI Act' : 'AI Act training', { due: '2027-06-30' });
    await app.go(names.settings);
    await page
      .getByRole('button', { name: language === 'fr' ? 'Imprimer le dossier ou l’enregistrer en PDF' : 'Print or save the dossier as PDF' })
      .click();
    const dossier = page.getByRole('dialog');
    await expect(dossier.getByRole('heading', { level: 1 })).toHaveText(
      language === 'fr' ? 'Dossier du parcours : Vers la direction de l’IA' : 'Career-plan dossier: Towards Chief AI Officer'
    );
    await expect(dossier).toContainText(language === 'fr' ? 'Échéance : 30 juin 2027' : 'Due 30 Jun 2027');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    // The README's pictures are refreshed on request, like the others: a test run leaves the tree as it was.
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/dossier-${language}.png`, fullPage: true });
    const pdf = await page.pdf({ path: test.info().outputPath(`dossier-${language}.pdf`), preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });
}

for (const language of ['en', 'fr'] as const) {
  test.describe(`a data folder that cannot be written (${language})`, () => {
    test.use({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });

    // Permissions do not stop root (these tests may run as root); /sys refuses new folders to everyone.
    test('the app opens and says so in one clear sentence', async ({ page }) => {
      const server = new AppServer(`/sys/caio-path-e2e-${language}`);
      await server.start();
      try {
        await page.goto(server.url);
        const notice = page.getByRole('region', { name: language === 'fr' ? 'À propos de vos données' : 'About your data' });
        await expect(notice).toContainText(
          language === 'fr'
            ? 'Votre dossier de données est en lecture seule : vous pouvez consulter vos données, mais aucune modification ne pourra être enregistrée.'
            : 'Your data folder cannot be written to: you can look at your data, but nothing you change can be saved.'
        );
      } finally {
        await server.stop();
      }
    });
  });
}

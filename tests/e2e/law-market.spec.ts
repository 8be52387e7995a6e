import AxeBuilder from '@axe-core/playwright';
import { test, expect, type AppPage } from './fixtures';

// Today, for the server and the page: five days after the AI Act's December 2026 prohibitions.
test.use({ clock: '2026-12-07T10:00:00' });

interface Words {
  guide: string;
  plan: string;
  calendar: string;
  timeline: string;
  checked: string;
  today: string;
  annexIii: { name: string; date: string; status: string; milestone: string; due: string };
  december: { date: string; status: string };
  inForce: { name: string; milestone: string };
  add: (name: string) => string;
}

const ENGLISH: Words = {
  guide: 'Guide',
  plan: 'Plan',
  calendar: 'What the law asks, dated',
  timeline: 'Regulatory calendar',
  checked: 'Facts checked on 7 December 2026.',
  today: 'Today, 7 December 2026',
  annexIii: {
    name: 'High-risk AI systems of Annex III',
    date: '2 December 2027',
    status: 'Upcoming',
    milestone: 'Be ready for: High-risk AI systems of Annex III',
    due: '02/12/2027'
  },
  december: { date: '2 December 2026', status: 'In force' },
  inForce: {
    name: 'Prohibited AI practices and AI literacy',
    milestone: 'Bring my organisation into line: Prohibited AI practices and AI literacy'
  },
  add: (name) => `Add to my plan: ${name}`
};

const FRENCH: Words = {
  guide: 'Guide',
  plan: 'Plan',
  calendar: 'Ce que la loi demande, daté',
  timeline: 'Calendrier réglementaire',
  checked: 'Faits vérifiés le 7 décembre 2026.',
  today: 'Aujourd’hui, 7 décembre 2026',
  annexIii: {
    name: 'Systèmes d’IA à haut risque de l’annexe III',
    date: '2 décembre 2027',
    status: 'À venir',
    milestone: 'Être prêt pour\u00a0: Systèmes d’IA à haut risque de l’annexe III',
    due: '02/12/2027'
  },
  december: { date: '2 décembre 2026', status: 'En vigueur' },
  inForce: {
    name: 'Pratiques d’IA interdites et maîtrise de l’IA',
    milestone: 'Mettre mon organisation en conformité\u00a0: Pratiques d’IA interdites et maîtrise de l’IA'
  },
  add: (name) => `Ajouter à mon plan\u00a0: ${name}`
};

async function inFrench(app: AppPage): Promise<void> {
  await app.go('Settings');
  await app.page.getByRole('radio', { name: 'Français' }).check();
  await expect(app.nav('Réglages')).toHaveAttribute('aria-current', 'page');
}

for (const [language, words] of [
  ['English', ENGLISH],
  ['French', FRENCH]
] as const) {
  test(`the regulatory calendar writes its dates in ${language}, marks today, and adds an obligation to the plan with its legal date`, async ({
    app,
    page
  }) => {
    test.setTimeout(120_000);
    await app.open();
    if (words === FRENCH) await inFrench(app);
    await app.go(words.plan);
    await app.createPlan('Compliance');
    await app.addMilestone('Existing task', {});
    await app.go(words.guide);

    const calendar = page.getByRole('region', { name: words.calendar });
    await expect(calendar.getByText(words.checked)).toBeVisible();
    const timeline = calendar.getByRole('list', { name: words.timeline });
    // Today sits between the last date passed and the first to come.
    const today = timeline.locator('li[aria-current="date"]');
    await expect(today).toHaveText(words.today);
    await expect(timeline.locator('li[aria-current="date"] + li time')).toHaveText(
      '2 August 2027'.replace('August', words === FRENCH ? 'août' : 'August')
    );
    const december = timeline.locator('[data-entry="regulation.aia-december-2026"]');
    await expect(december.locator('time')).toHaveText(words.december.date);
    await expect(december).toContainText(words.december.status);
    const annexIii = timeline.locator('[data-entry="regulation.aia-annex-iii"]');
    await expect(annexIii.locator('time')).toHaveText(words.annexIii.date);
    await expect(annexIii).toContainText(words.annexIii.status);
    await expect(annexIii).toContainText(words === FRENCH ? 'vérifié le 7 décembre 2026' : 'checked 7 December 2026');
    expect((await new AxeBuilder({ page }).include('.calendar').analyze()).violations).toEqual([]);

    // An upcoming obligation keeps its legal date; one in force goes first among the open milestones, undated.
    await annexIii.getByRole('button', { name: words.add(words.annexIii.name) }).click();
    await expect(calendar.getByRole('status')).toContainText(words.annexIii.date);
    await timeline.getByRole('button', { name: words.add(words.inForce.name) }).click();
    await expect(calendar.getByRole('status')).toContainText(words.inForce.milestone);

    await app.go(words.plan);
    const planned = app.milestone(words.annexIii.milestone);
    await expect(planned).toBeVisible();
    await planned.getByRole('button', { name: /Edit|Modifier/ }).click();
    const editor = page.getByRole('dialog');
    await expect(editor.getByLabel(/Due date|Échéance/)).toHaveValue(words.annexIii.due);
    await editor.getByRole('button', { name: /Cancel|Annuler/ }).click();
    const rows = page.getByRole('treegrid').locator('.milestone-title');
    await expect(rows.first()).toHaveText(words.inForce.milestone);
    await expect(rows.nth(1)).toHaveText('Existing task');
  });
}

interface CertificationWords {
  catalogue: string;
  plan: (name: string) => string;
  retired: string;
  editor: string;
  description: string;
  obtained: string;
  addEvidence: string;
  save: string;
  expires: string;
  reminders: string;
  expiring: string;
  done: string;
}

const PMLE = 'Google Cloud Professional Machine Learning Engineer';

const CERTIFICATION_WORDS: Record<'English' | 'French', CertificationWords> = {
  English: {
    catalogue: 'Certifications and their renewal',
    plan: (name) => `Plan this certification: ${name}`,
    retired: 'Retired on 30 June 2026',
    editor: 'Edit milestone',
    description: 'Description',
    obtained: 'Date obtained',
    addEvidence: 'Add evidence',
    save: 'Save',
    expires: 'expires 1 Mar 2027',
    reminders: 'Reminders',
    expiring: 'Certification expiring',
    done: 'Done'
  },
  French: {
    catalogue: 'Les certifications et leur renouvellement',
    plan: (name) => `Planifier cette certification\u00a0: ${name}`,
    retired: 'Retirée le 30 juin 2026',
    editor: 'Modifier l’étape clé',
    description: 'Description',
    obtained: 'Date d’obtention',
    addEvidence: 'Ajouter un justificatif',
    save: 'Enregistrer',
    expires: 'expire le 1er mars 2027',
    reminders: 'Rappels',
    expiring: 'Certification qui expire',
    done: 'Terminée'
  }
};

for (const language of ['English', 'French'] as const) {
  test(`a certification planned from the catalogue in ${language} expires with its validity and is reminded in its issuer's renewal window`, async ({
    app,
    page,
    server
  }) => {
    test.setTimeout(120_000);
    const words = CERTIFICATION_WORDS[language];
    await app.open();
    if (language === 'French') await inFrench(app);
    await app.go(ENGLISH.plan);
    await app.createPlan('Certified');
    await app.go(ENGLISH.guide);

    const catalogue = page.getByRole('region', { name: words.catalogue });
    const retired = catalogue.getByRole('article', { name: /AI-102/ });
    await expect(retired).toContainText(words.retired);
    await expect(retired.getByRole('button')).toHaveCount(0);
    await catalogue.getByRole('button', { name: words.plan(PMLE) }).click();
    await expect(catalogue.getByRole('status')).toContainText('Certified');

    // Done, with evidence obtained on 1 March 2025: valid two years, so it expires on 1 March 2027.
    await app.go(ENGLISH.plan);
    const title = language === 'French' ? `Obtenir ${PMLE}` : `Obtain ${PMLE}`;
    await app.focusRow(title);
    await page.keyboard.press('d');
    await expect(app.milestone(title)).toContainText(words.done);
    await app.focusRow(title);
    await page.keyboard.press('e');
    const editor = page.getByRole('dialog', { name: words.editor });
    await editor.getByLabel(words.description).fill('PMLE certificate');
    await editor.getByLabel(words.obtained).fill('2025-03-01');
    await editor.getByRole('button', { name: words.addEvidence }).click();
    await expect(editor.getByText(words.expires)).toBeVisible();
    await editor.getByRole('button', { name: words.save }).click();
    await expect(editor).toBeHidden();

    // 84 days before expiry, Google's 60-day renewal window is not open: no reminder.
    await app.go(language === 'French' ? 'Tableau de bord' : 'Dashboard');
    const reminders = page.getByRole('region', { name: words.reminders });
    await expect(reminders).toBeVisible();
    await expect(reminders).not.toContainText(words.expiring);

    // On 10 January 2027, 50 days before expiry, the window is open: the reminder comes.
    server.clock = '2027-01-10T10:00:00';
    // The page leaves first, so its event stream does not try the old address while the server restarts.
    await page.goto('about:blank');
    await server.restart();
    await page.clock.setFixedTime(new Date(server.clock));
    await page.goto(server.url);
    const reminder = page.getByRole('region', { name: words.reminders }).getByRole('listitem').filter({ hasText: title });
    await expect(reminder).toContainText(words.expiring);
    await expect(reminder).toContainText('PMLE certificate');
  });
}

test.describe('screenshots', () => {
  // Run with `SCREENSHOTS=1 npx playwright test law-market` to refresh docs/screenshots/.
  test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1), not in the test run');
  test.use({ viewport: { width: 1280, height: 860 } });

  test('the calendar and the catalogue in both languages and both themes', async ({ app, page }) => {
    test.setTimeout(180_000);
    await app.open();
    for (const language of ['en', 'fr'] as const) {
      if (language === 'fr') await inFrench(app);
      await app.go(ENGLISH.guide);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.locator('.calendar').screenshot({ path: `docs/screenshots/guide-calendar-${theme}-${language}.png` });
        await page.locator('.catalogue').screenshot({ path: `docs/screenshots/guide-catalogue-${theme}-${language}.png` });
      }
    }
  });
});

import type { Page } from '@playwright/test';
import { test, expect, type AppPage } from './fixtures';

/** Labels of the wizard in each language, so one persona runs in both. */
const L = {
  en: {
    level: {
      bac2: 'Two years of higher education (bac+2)',
      bac3: 'Bachelor’s degree (bac+3, licence)',
      bac5: 'Master’s, engineering or business-school degree (bac+5)'
    },
    field: 'Field of study',
    years: 'Years of professional experience',
    role: 'Current role',
    people: 'People you manage now',
    budget: 'Yearly budget you own now',
    hours: 'Hours per week you can give to your plan',
    emba: 'An executive MBA',
    master: 'A master’s in AI, data science or computer science, or an engineering school',
    bachelor: 'A bachelor’s degree (bac+3)',
    expectedEnd: 'Expected end of the programme',
    fullTime: 'Full-time',
    headFirst: 'Head of AI first, then Chief AI Officer',
    create: 'Create my plan',
    done: 'Done',
    todo: /To do|In progress/,
    guide: 'Guide'
  },
  fr: {
    level: {
      bac2: 'Bac+2 (BTS, BUT, DEUST…)',
      bac3: 'Bac+3 (licence, bachelor)',
      bac5: 'Bac+5 (master, école d’ingénieurs ou de commerce)'
    },
    field: 'Domaine d’études',
    years: 'Années d’expérience professionnelle',
    role: 'Poste actuel',
    people: 'Personnes que vous encadrez aujourd’hui',
    budget: 'Budget annuel dont vous êtes responsable',
    hours: 'Heures par semaine à consacrer à votre plan',
    emba: 'Un executive MBA',
    master: 'Un master en IA, en data science ou en informatique, ou une école d’ingénieurs',
    bachelor: 'Une licence ou un bachelor (bac+3)',
    expectedEnd: 'Fin prévue de la formation',
    fullTime: 'À temps plein',
    headFirst: 'Head of AI d’abord, puis Chief AI Officer',
    create: 'Créer mon plan',
    done: 'Terminée',
    todo: /À faire|En cours/,
    guide: 'Guide'
  }
} as const;

type Lang = keyof typeof L;

/** A long date (“15 February 2031”) names the same day as a row’s shorter one (“15 Feb 2031”). */
function expectSameDay(long: string, short: string): void {
  const [day, month, year] = short.replace('.', '').split(' ');
  const parts = long.trim().split(' ');
  expect([parts[0], parts[1]!.startsWith(month!), parts[2]], `${long} is ${short}`).toEqual([day, true, year]);
}

interface Persona {
  level: 'bac2' | 'bac3' | 'bac5';
  field: { en: string; fr: string };
  years: number;
  role: { en: string; fr: string };
  people?: number;
  budget?: { en: string; fr: string };
  hours: number;
  considerEmba?: boolean;
  considerMaster?: boolean;
  /** A bachelor's under way, full-time, ending on this day (as typed: DD/MM/YYYY). */
  bachelorEnds?: string;
  headOfAiFirst?: boolean;
}

async function runWizard(app: AppPage, page: Page, lang: Lang, persona: Persona): Promise<void> {
  const l = L[lang];
  await app.open({ wizard: true });
  await page.getByRole('radio', { name: lang === 'en' ? 'English' : 'Français' }).check();
  await app.wizardNext();
  await page.getByRole('radio', { name: l.level[persona.level] }).check();
  await page.getByLabel(l.field).selectOption({ label: persona.field[lang] });
  if (persona.considerEmba) await page.getByRole('checkbox', { name: l.emba }).check();
  if (persona.considerMaster) await page.getByRole('checkbox', { name: l.master }).check();
  await app.wizardNext();
  await page.getByLabel(l.years).fill(String(persona.years));
  await page.getByLabel(l.role).selectOption({ label: persona.role[lang] });
  if (persona.people !== undefined) await page.getByLabel(l.people).fill(String(persona.people));
  if (persona.budget) await page.getByLabel(l.budget).selectOption({ label: persona.budget[lang] });
  await app.wizardNext();
  await page.getByLabel(l.hours).fill(String(persona.hours));
  if (persona.headOfAiFirst) await page.getByRole('radio', { name: l.headFirst }).check();
  await app.wizardNext();
  if (persona.bachelorEnds) {
    await page.getByRole('radio', { name: l.bachelor }).check();
    await page.getByLabel(l.expectedEnd).fill(persona.bachelorEnds);
    await page.getByRole('radio', { name: l.fullTime }).check();
  }
  await app.wizardNext();
  await page.getByRole('button', { name: l.create }).click();
  await expect(app.heading()).toHaveText('Plan');
}

const student: Persona = {
  level: 'bac2',
  field: { en: 'Computer science', fr: 'Informatique' },
  years: 0,
  role: { en: 'Student', fr: 'Étudiant ou étudiante' },
  hours: 5,
  considerMaster: true,
  bachelorEnds: '30/06/2027'
};

const dataScientist: Persona = {
  level: 'bac5',
  field: { en: 'Data science or artificial intelligence', fr: 'Data science ou intelligence artificielle' },
  years: 8,
  role: { en: 'Data scientist, ML engineer or data analyst', fr: 'Data scientist, ingénieur ML ou data analyst' },
  hours: 6,
  headOfAiFirst: true
};

const itManager: Persona = {
  level: 'bac5',
  field: { en: 'Computer science', fr: 'Informatique' },
  years: 15,
  role: { en: 'IT manager, CIO or DSI', fr: 'Responsable informatique, DSI ou CIO' },
  people: 25,
  budget: { en: '€500,000 to €5 million', fr: 'De 500 000 € à 5 millions d’euros' },
  hours: 4
};

const productDirector: Persona = {
  level: 'bac5',
  field: { en: 'Business, management or economics', fr: 'Commerce, gestion ou économie' },
  years: 17,
  role: { en: 'Product or business director, strategy role', fr: 'Directeur ou directrice produit ou business, poste de stratégie' },
  people: 8,
  hours: 3,
  considerEmba: true
};

for (const lang of ['en', 'fr'] as const) {
  test.describe(`personas (${lang})`, () => {
    test.use({ locale: lang === 'en' ? 'en-GB' : 'fr-FR' });

    test.describe('on 7 December 2026', () => {
      test.use({ clock: '2026-12-07T10:00:00' });

      test('the student with a licence under way at 5 h a week: the licence ends when it ends, the master’s takes two years whatever her hours, the guide compares master’s', async ({
        app,
        page
      }) => {
        await runWizard(app, page, lang, student);
        const licence = app.milestone(lang === 'en' ? 'Bachelor’s degree in computer science' : 'Licence ou bachelor en informatique');
        await expect(licence).toContainText(lang === 'en' ? 'In progress' : 'En cours');
        await expect(licence).toContainText(lang === 'en' ? '30 Jun 2027' : '30 juin 2027');
        await expect(licence).toContainText(lang === 'en' ? 'Pinned' : 'Date fixée');
        // Two academic years (104 weeks) after the licence's end, though she has only 5 hours a week.
        const master = app.milestone(lang === 'en' ? 'Master’s or engineering-school degree' : 'Master ou diplôme d’école d’ingénieurs');
        await expect(master).toContainText(L[lang].todo);
        await expect(master).toContainText(lang === 'en' ? '27 Jun 2029' : '27 juin 2029');
        // Nothing is behind her yet: the first role is to come.
        await expect(app.milestone(lang === 'en' ? 'First role as data scientist' : 'Premier poste de data scientist')).toContainText(
          L[lang].todo
        );
        await app.screenshotWhole(`docs/screenshots/advice-student-${lang}.png`);
        await app.go(L[lang].guide);
        const masters = page.getByRole('region', { name: lang === 'en' ? /Which master’s/ : /Quel master/ });
        await expect(masters).toContainText('ONISEP');
        await expect(masters).toContainText('Mon Master');
      });
    });

    test('the data scientist with 8 years: degree done, stages named for him, Head of AI a goal row with its pay line', async ({
      app,
      page
    }) => {
      await runWizard(app, page, lang, dataScientist);
      const headTitle = lang === 'en' ? 'Become Head of AI' : 'Devenir Head of AI';
      const caioTitle = lang === 'en' ? 'Become Chief AI Officer' : 'Devenir Chief AI Officer';
      const head = app.milestone(headTitle);
      const caio = app.milestone(caioTitle);
      await app.search('Head of AI');
      await expect(head).toContainText(lang === 'en' ? 'No public source gives a figure' : 'Aucune source publique ne donne de montant');
      await app.search('Chief AI Officer');
      await expect(caio).toContainText(lang === 'en' ? '€80,000 to €120,000' : /80\s000\s€ à 120\s000\s€/);
      await app.search('');
      await expect(
        app.milestone(lang === 'en' ? 'Master’s or engineering-school degree' : 'Master ou diplôme d’école d’ingénieurs')
      ).toContainText(L[lang].done);
      await expect(page.getByRole('row', { name: lang === 'en' ? /^Degree and foundations/ : /^Diplôme et fondamentaux/ })).toBeVisible();
      await app.screenshotWhole(`docs/screenshots/advice-data-scientist-${lang}.png`);
      // His first goal is Head of AI: dated by the schedule, before the CAIO date, on the plan and leading the dashboard.
      const due = lang === 'en' ? 'Due ' : 'Échéance\u00a0: ';
      const headDue = await app.dueOf(headTitle, due);
      const caioDue = await app.dueOf(caioTitle, due);
      expect(Number(headDue.slice(-4))).toBeLessThanOrEqual(Number(caioDue.slice(-4)));
      const summary = page.locator('.projection');
      await expect(summary).toContainText(
        lang === 'en' ? `Your first goal, Head of AI: ${headDue}` : `Votre premier objectif, Head of AI\u00a0: ${headDue}`
      );
      expectSameDay((await summary.locator('.stat-value').textContent()) ?? '', caioDue);
      await app.go(lang === 'en' ? 'Dashboard' : 'Tableau de bord');
      const hero = page.locator('.hero.projection');
      expectSameDay((await hero.locator('.goal-date').textContent()) ?? '', headDue);
      expectSameDay((await hero.locator('.stat-value').textContent()) ?? '', caioDue);
      await expect(hero).toContainText(lang === 'en' ? 'Your first goal: Head of AI' : 'Votre premier objectif\u00a0: Head of AI');
      if (process.env.SCREENSHOTS) await hero.screenshot({ path: `docs/screenshots/advice-first-goal-${lang}.png` });
    });

    test('the IT manager with 15 years: the plan opens on the first 90 days and AI Act work, not on a move to CIO', async ({
      app,
      page
    }) => {
      await runWizard(app, page, lang, itManager);
      await expect(
        page.getByRole('row', { name: lang === 'en' ? /^First 90 days and first year/ : /^Les 90 premiers jours/ })
      ).toBeVisible();
      await expect(app.milestone(lang === 'en' ? 'Training on the GDPR and the EU AI Act' : 'Formation au RGPD')).toContainText(
        L[lang].todo
      );
      await expect(
        page.getByText(lang === 'en' ? 'Prepare the move to CIO or CTO' : 'Préparer l’évolution vers un poste de DSI')
      ).toHaveCount(0);
      await app.screenshotWhole(`docs/screenshots/advice-it-manager-${lang}.png`);
    });

    test('the product director considering an EMBA: nothing marks an MBA done, no junior product role; the guide compares the options', async ({
      app,
      page
    }) => {
      await runWizard(app, page, lang, productDirector);
      await expect(
        page.getByText(lang === 'en' ? 'AI product manager or AI strategy consultant role' : 'Poste de product manager IA')
      ).toHaveCount(0);
      await expect(
        page.getByRole('row', { name: lang === 'en' ? /^AI grounding for leaders/ : /^Bases en IA pour dirigeants/ })
      ).toBeVisible();
      await app.screenshotWhole(`docs/screenshots/advice-product-director-${lang}.png`);
      await app.go(L[lang].guide);
      const executive = page.getByRole('region', { name: lang === 'en' ? /executive programme/ : /programme exécutif/ });
      await expect(executive).toContainText(lang === 'en' ? 'No public source checked by CAIO Path' : 'Aucune source publique vérifiée');
      await expect(executive).toContainText(lang === 'en' ? '(at 3 h a week)' : '(à 3 h par semaine)');
      if (process.env.SCREENSHOTS) await executive.screenshot({ path: `docs/screenshots/advice-executive-${lang}.png` });
      const masters = page.getByRole('region', { name: lang === 'en' ? /Which master’s/ : /Quel master/ });
      await expect(masters).toContainText('ONISEP');
      if (process.env.SCREENSHOTS) await masters.screenshot({ path: `docs/screenshots/advice-masters-${lang}.png` });
      // Taking the MBA next: the plan's CAIO date becomes the one the comparison gave for it.
      const mbaDate = executive.getByRole('row', { name: lang === 'en' ? /^CAIO date in your plan/ : /^Date CAIO dans votre plan/ });
      const withMba = /\d{1,2}(er)? \S+ \d{4}/.exec((await mbaDate.getByRole('cell').nth(0).textContent()) ?? '')![0];
      await executive
        .getByRole('button', { name: lang === 'en' ? 'Add “Executive MBA” to my plan' : 'Ajouter «\u00a0Executive MBA\u00a0» à mon plan' })
        .click();
      await expect(executive.getByRole('status')).toContainText(withMba);
      await expect(executive).toContainText(lang === 'en' ? 'Already in your plan' : 'Déjà dans votre plan');
      await app.go('Plan');
      await expect(app.milestone('Executive MBA')).toContainText(L[lang].todo);
      await expect(page.locator('.projection .stat-value')).toHaveText(withMba);
    });
  });
}

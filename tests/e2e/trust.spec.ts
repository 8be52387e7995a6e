/** Issue 8: a projected date people can trust, an editable profile, a plan screen that shows the plan. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type AppPage } from './fixtures';

const MIN_WIDTH = 720; // src/main/window.ts: minWidth
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs the wizard with its default answers and the suggested plan name. */
async function wizard(app: AppPage, page: Page, hours?: string): Promise<void> {
  for (let step = 0; step < 3; step += 1) await app.wizardNext();
  if (hours) await page.getByLabel(/Hours per week you can give to your plan|Heures par semaine à consacrer à votre plan/).fill(hours);
  await app.wizardNext();
  await app.wizardNext();
  await page.getByRole('button', { name: /Create my plan|Créer mon plan/ }).click();
  await expect(app.heading()).toHaveText('Plan');
}

const projected = (page: Page) => page.locator('.projection .stat-value');

test('changing hours per week in Settings › Profile moves the projected date on the dashboard and the plan', async ({ app, page }) => {
  await app.open({ wizard: true });
  await wizard(app, page, '10');
  const planBefore = await projected(page).textContent();
  await app.go('Dashboard');
  await expect(projected(page)).toHaveText(planBefore!);

  await app.go('Settings');
  const profile = page.getByRole('region', { name: 'Your profile' });
  await expect(profile.getByLabel('Hours per week you can give to your plan')).toHaveValue('10');
  await profile.getByLabel('Hours per week you can give to your plan').fill('3');
  await profile.getByRole('radio', { name: /Multinational/ }).check();
  await profile.getByRole('button', { name: 'Save my profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Profile saved.');
  // What moved is said, with its undo: the plan's milestones and its CAIO date together.
  await expect(page.locator('.toast')).toContainText(/\d+ milestones moved; CAIO date \d+ \w+ \d{4} → \d+ \w+ \d{4}\./);

  await app.go('Dashboard');
  await expect(projected(page)).not.toHaveText(planBefore!);
  const dashboardAfter = await projected(page).textContent();
  expect(new Date(dashboardAfter!).getTime()).toBeGreaterThan(new Date(planBefore!).getTime());
  await expect(page.getByText('one schedule at 3 hours a week', { exact: false })).toBeVisible();
  await app.go('Plan');
  await expect(projected(page)).toHaveText(dashboardAfter!);
  await app.search('Chief AI Officer');
  await expect(app.milestone('Become Chief AI Officer')).toContainText('€120,000 or more gross per year');

  // Bad input is refused with a translated error and changes nothing.
  await app.go('Settings');
  await profile.getByLabel('Hours per week you can give to your plan').fill('0');
  await profile.getByRole('button', { name: 'Save my profile' }).click();
  await expect(profile.getByText('Enter a whole number of hours between 1 and 80.')).toBeVisible();
  await page.reload();
  await app.go('Settings');
  await expect(page.getByLabel('Hours per week you can give to your plan')).toHaveValue('3');

  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('running the wizard twice gives two distinct plan names', async ({ app, page }) => {
  await app.open({ wizard: true });
  await wizard(app, page);
  await app.go('Settings');
  await page.getByRole('button', { name: 'Run the guided setup again' }).click();
  for (let step = 0; step < 5; step += 1) await app.wizardNext();
  await expect(page.getByLabel('Name of your plan')).toHaveValue('My path via the engineering and science route (2)');
  await page.getByRole('button', { name: 'Create my plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My path via the engineering and science route (2)' })).toBeVisible();
  await app.openPlanMenu();
  await expect(page.locator('#plan-choice option')).toHaveCount(2);
  const options = await page.locator('#plan-choice option').allTextContents();
  expect(options).toEqual(['My path via the engineering and science route', 'My path via the engineering and science route (2)']);
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the first milestone row is in view without scrolling, and the list scrolls with the page', async ({ app, page }) => {
    await app.open({ wizard: true });
    await wizard(app, page);
    const firstMilestone = page.locator('[role="row"][aria-level="2"]').first();
    await expect(firstMilestone).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = (await firstMilestone.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // One scroll: the page's own. The list is not a box scrolling inside it.
    const list = page.locator('.vlist');
    expect(await list.evaluate((element) => getComputedStyle(element).overflowY)).toBe('visible');
    // A plan of ordinary size is whole in the page (the browser's find and print see every row).
    const rendered = await page.getByRole('row').count();
    const all = Number(await page.getByRole('treegrid').getAttribute('aria-rowcount'));
    await page.getByRole('row').first().focus();
    await page.keyboard.press('End');
    await expect(page.locator('[role="row"]:focus')).toContainText(/Prepare the move to CIO or CTO/);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(rendered).toBe(all);
  });
});

test.describe('at the window’s minimum width', () => {
  test.use({ viewport: { width: MIN_WIDTH, height: 800 } });

  test('titles wrap and every due date and overdue mark is fully visible', async ({ app, page }) => {
    await app.open();
    await app.go('Plan');
    await app.createPlan('Narrow');
    const long = 'Complete the long executive programme on artificial intelligence strategy for leaders';
    await app.addMilestone(long, { kind: 'Course or certification', due: '2020-01-15' });
    await app.addMilestone('Write the AI strategy', { kind: 'Skill', due: '2031-12-24' });
    const rows = page.locator('[role="row"][aria-level="2"]');
    await expect(rows).toHaveCount(2);
    await expect(app.milestone(long).locator('.milestone-title')).toHaveText(long);
    for (const text of [/Overdue/, /Due/]) {
      const marks = page.locator('[role="row"] .milestone-meta span').filter({ hasText: text });
      for (const mark of await marks.all()) {
        const fully = await mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const row = element.closest('[role="row"]')!.getBoundingClientRect();
          return (
            element.scrollWidth <= element.clientWidth + 1 &&
            box.left >= row.left &&
            box.right <= row.right &&
            box.right <= window.innerWidth
          );
        });
        expect(fully, (await mark.textContent()) ?? '').toBe(true);
      }
      expect(await marks.count()).toBeGreaterThan(0);
    }
    // The whole title is on screen, on several lines.
    const title = app.milestone(long).locator('.milestone-title');
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth + 1 && element.getClientRects().length >= 1)).toBe(
      true
    );
    expect((await title.boundingBox())!.height).toBeGreaterThan(30);
  });
});

test('a title over 200 characters is refused with a visible counter, never cut', async ({ app, page }) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Limits');
  const form = page.locator('form.add-milestone');
  const input = form.getByLabel('Milestone title');
  await input.fill('x'.repeat(205));
  await expect(input).toHaveValue('x'.repeat(205));
  await expect(form.getByText('5 characters over the 200 limit: shorten it to save.')).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.locator('[role="row"][aria-level="2"]')).toHaveCount(0);
  await input.fill('x'.repeat(200));
  await expect(form.getByText('200 of 200 characters')).toBeVisible();
});

test('printing with the dark theme gives dark text on a light page', async ({ app, page }) => {
  await app.open();
  await app.go('Settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await app.go('Guide');
  const colours = () =>
    page.evaluate(() => {
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const text = getComputedStyle(document.querySelector('main h1')!).color;
      const paragraph = getComputedStyle(document.querySelector('main p')!).color;
      const background = getComputedStyle(document.documentElement).backgroundColor;
      return { text: luminance(text), paragraph: luminance(paragraph), background: luminance(background) };
    });
  expect((await colours()).text).toBeGreaterThan(0.6);
  await page.emulateMedia({ media: 'print' });
  const printed = await colours();
  expect(printed.text).toBeLessThan(0.3);
  expect(printed.paragraph).toBeLessThan(0.45);
  expect(printed.background).toBeGreaterThan(0.9);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('switching to English renames a generated plan, until the person renames it', async ({ app, page }) => {
    await app.open({ wizard: true });
    await wizard(app, page);
    await expect(page.getByRole('heading', { level: 2, name: 'Mon parcours par la voie ingénierie et sciences' })).toBeVisible();
    await app.go('Tableau de bord');
    await expect(page.getByText('Mon parcours par la voie ingénierie et sciences')).toBeVisible();
    await app.go('Réglages');
    await page.getByRole('radio', { name: 'English' }).check();
    await app.go('Dashboard');
    await expect(page.getByText('Following the plan “My path via the engineering and science route”', { exact: false })).toBeVisible();
    await app.go('Plan');
    await expect(page.getByRole('heading', { level: 2, name: 'My path via the engineering and science route' })).toBeVisible();
    await app.openPlanMenu();
    await page.getByRole('button', { name: 'Rename plan' }).click();
    await page.getByLabel('Plan name').fill('Mon plan à moi');
    await page.getByRole('button', { name: 'Save' }).click();
    await app.go('Settings');
    await page.getByRole('radio', { name: 'Français' }).check();
    await app.go('Plan');
    await expect(page.getByRole('heading', { level: 2, name: 'Mon plan à moi' })).toBeVisible();
  });

  test('dates are typed and shown the French way, whatever the browser’s own language', async ({ app, page }) => {
    await app.open();
    await app.go('Plan');
    await app.createPlan('Dates');
    const form = page.locator('form.add-milestone');
    await form.getByLabel('Intitulé').fill('Certification cloud');
    const due = form.getByLabel('Échéance');
    await expect(due).toHaveAttribute('placeholder', 'jj/mm/aaaa');
    await due.fill('31/02/2027');
    await expect(form.getByText('Saisissez une date réelle au format jj/mm/aaaa.')).toBeVisible();
    await due.fill('30/06/2027');
    await form.getByRole('button', { name: 'Ajouter' }).click();
    await expect(app.milestone('Certification cloud')).toContainText('30 juin 2027');
    await app
      .milestone('Certification cloud')
      .getByRole('button', { name: /^Modifier/ })
      .click();
    await expect(page.getByRole('dialog').getByLabel('Échéance')).toHaveValue('30/06/2027');
  });
});

test('a student’s licence can be in progress with its expected end; an achieved diploma carries its year or “date unknown”', async ({
  app,
  page
}) => {
  await app.open({ wizard: true });
  await app.wizardNext();
  await page.getByRole('radio', { name: 'Two years of higher education (bac+2)' }).check();
  for (let step = 0; step < 3; step += 1) await app.wizardNext();
  await expect(app.heading()).toHaveText('Already behind you');
  await page.getByRole('radio', { name: 'A bachelor’s degree (bac+3)' }).check();
  await page.getByLabel('Expected end of the programme').fill('30/06/2020');
  await app.wizardNext();
  await expect(page.getByText('This date has passed: tick the diploma above as obtained instead.')).toBeVisible();
  await page.getByLabel('Expected end of the programme').fill('30/06/2027');
  await app.wizardNext();
  await page.getByRole('button', { name: 'Create my plan' }).click();
  const licence = app.milestone('Bachelor’s degree in computer science or mathematics');
  await expect(licence).toContainText('In progress');
  await expect(licence).toContainText('Due 30 Jun 2027');

  await app.go('Settings');
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByRole('radio', { name: 'No' }).check();
  await profile.getByRole('checkbox', { name: 'A bachelor’s degree (bac+3)' }).check();
  await profile.getByRole('checkbox', { name: 'A master’s or engineering degree in computer science, data or AI' }).check();
  await profile.locator('#year-master-tech').fill('2016');
  await profile.getByRole('button', { name: 'Save my profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Profile saved.');
  await page.getByRole('button', { name: 'Run the guided setup again' }).click();
  for (let step = 0; step < 5; step += 1) await app.wizardNext();
  await page.getByRole('button', { name: 'Create my plan' }).click();
  await expect(app.milestone('Master’s or engineering-school degree')).toContainText('Completed in 2016');
  await expect(app.milestone('Bachelor’s degree in computer science or mathematics')).toContainText('Completed, date unknown');
});

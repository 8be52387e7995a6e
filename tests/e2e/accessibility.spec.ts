import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const SCREENS = ['Dashboard', 'Plan', 'Skills', 'Guide', 'Settings'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

for (const theme of ['Light', 'Dark']) {
  test(`axe finds no violations on any screen (${theme.toLowerCase()} theme)`, async ({ app, page }) => {
    // The skills screen holds every skill's rating form, the guide the regulatory calendar and the
    // certification catalogue: axe takes longer over all the screens.
    test.setTimeout(240_000);
    await app.open();
    await app.go('Settings');
    await page.getByRole('radio', { name: theme }).check();
    await app.go('Plan');
    await app.createPlan('Accessible plan');
    await app.addMilestone('Course on the EU AI Act', { kind: 'Compliance', due: '2027-01-15' });
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    for (const screen of SCREENS) {
      await app.go(screen);
      await check(screen);
    }
    await app.go('Plan');
    for (const mode of ['Outline', 'Timeline']) {
      await page.getByRole('radio', { name: mode }).check();
      await check(`Plan (${mode})`);
    }
    await page.getByRole('radio', { name: 'List' }).check();
    await app.milestone('Course on the EU AI Act').getByRole('button', { name: /^Edit/ }).click();
    await check('milestone editor');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await check('shortcuts overlay');
    await page.keyboard.press('Escape');
    await app
      .milestone('Course on the EU AI Act')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await check('undo toast');
  });
}

test('axe finds no violations on any step of the wizard', async ({ app, page }) => {
  await app.open({ wizard: true });
  for (let step = 1; step <= 6; step += 1) {
    await expect(page.getByText(`Step ${step} of 6`)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `step ${step}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    if (step < 6) await app.wizardNext();
  }
});

for (const theme of ['Light', 'Dark']) {
  test(`axe finds no violations on the assessed skills screen (${theme.toLowerCase()} theme)`, async ({ app, page }) => {
    // The assessed screen is long (every skill's rating, radar, gaps, history): axe needs more time on it.
    test.setTimeout(150_000);
    await app.open();
    await app.go('Settings');
    await page.getByRole('radio', { name: theme }).check();
    await app.go('Plan');
    await app.createPlan('Accessible plan');
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    // Once assessed: radar and its table, gap list, a gap's milestone form, the review in progress.
    await app.go('Skills');
    await page.locator('fieldset.skill').first().locator('input[value="1"]').check();
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await page.getByTestId('skills-radar').waitFor();
    await page.getByTestId('gap-list').getByRole('button').first().click();
    await page.getByRole('button', { name: 'Add to the plan' }).waitFor();
    await check('Skills (assessed, gap form open)');
    await page.getByRole('button', { name: 'Start the review' }).click();
    await check('Skills (quarterly review)');
  });
}

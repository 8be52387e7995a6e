import AxeBuilder from '@axe-core/playwright';
import { test, expect, type AppPage } from './fixtures';

/** A local calendar date `days` from today, as the date inputs take it. */
function fromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A plan with an overdue milestone and a certification that lapses in 30 days, entered through the UI. */
async function seedPlan(app: AppPage): Promise<void> {
  const { page } = app;
  await app.go('Plan');
  await app.createPlan('Reminded plan');
  await app.addMilestone('Finish the MLOps course', { stage: 'Education', kind: 'Course or certification', due: fromToday(-5) });
  await app.addMilestone('Azure AI Engineer certification', { stage: 'Education', kind: 'Course or certification' });
  await app.addMilestone('Present at the all-hands', { stage: 'Leadership', kind: 'Visibility', due: fromToday(200) });
  await app.milestone('Azure AI Engineer certification').getByRole('button', { name: /Edit/ }).click();
  const editor = page.getByRole('dialog', { name: 'Edit milestone' });
  await editor.getByLabel('Description').fill('Azure AI-102 certificate');
  await editor.getByLabel('Date obtained').fill(fromToday(-700));
  await editor.getByLabel('Expiry date').fill(fromToday(30));
  await editor.getByRole('button', { name: 'Add evidence' }).click();
  await expect(editor.getByText('Azure AI-102 certificate')).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

test('the dashboard reminds of an overdue milestone and an expiring certification, in both languages, and opens them', async ({
  app,
  page
}) => {
  await app.open();
  await seedPlan(app);
  await app.go('Dashboard');

  const panel = page.getByRole('region', { name: 'Reminders' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  const overdue = panel.getByRole('listitem').filter({ hasText: 'Finish the MLOps course' });
  await expect(overdue).toContainText('Overdue');
  await expect(overdue).toContainText('was due');
  const expiring = panel.getByRole('listitem').filter({ hasText: 'Azure AI Engineer certification' });
  await expect(expiring).toContainText('Certification expiring');
  await expect(expiring).toContainText('Azure AI-102 certificate · expires');
  await expect(panel).not.toContainText('Present at the all-hands');
  expect((await new AxeBuilder({ page }).include('.reminders').analyze()).violations).toEqual([]);
  // Refreshes docs/screenshots/ on request, like screenshots.spec.ts.
  if (process.env.SCREENSHOTS) await panel.screenshot({ path: 'docs/screenshots/reminders-en.png' });

  // Keyboard: the item is a button; Enter opens the milestone's editor on the plan screen.
  await overdue.getByRole('button', { name: 'Finish the MLOps course' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.nav('Plan')).toHaveAttribute('aria-current', 'page');
  const editor = page.getByRole('dialog', { name: 'Edit milestone' });
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel('Milestone title')).toHaveValue('Finish the MLOps course');
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // French: the same reminders, translated.
  await app.go('Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await app.go('Tableau de bord');
  const panelFr = page.getByRole('region', { name: 'Rappels' });
  await expect(panelFr.getByRole('listitem').filter({ hasText: 'Finish the MLOps course' })).toContainText('En retard');
  const expiringFr = panelFr.getByRole('listitem').filter({ hasText: 'Azure AI Engineer certification' });
  await expect(expiringFr).toContainText('Certification qui expire');
  await expect(expiringFr).toContainText('expire le');
  expect((await new AxeBuilder({ page }).include('.reminders').analyze()).violations).toEqual([]);
  if (process.env.SCREENSHOTS) await panelFr.screenshot({ path: 'docs/screenshots/reminders-fr.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await new AxeBuilder({ page }).include('.reminders').analyze()).violations).toEqual([]);
  await expiringFr.getByRole('button', { name: 'Azure AI Engineer certification' }).click();
  const editorFr = page.getByRole('dialog', { name: /Modifier/ });
  await expect(editorFr).toBeVisible();
  await expect(editorFr.getByText('Azure AI-102 certificate')).toBeVisible();
});

test('reminders can be turned off or look further ahead from Settings', async ({ app, page }) => {
  await app.open();
  await seedPlan(app);
  await app.go('Settings');
  const section = page.getByRole('region', { name: 'Reminders' });
  const days = section.getByLabel('Days ahead');
  await days.fill('0');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Enter a whole number from 1 to 60.')).toBeVisible();
  await days.fill('60');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
  if (process.env.SCREENSHOTS) await section.screenshot({ path: 'docs/screenshots/settings-reminders-en.png' });

  await app.go('Dashboard');
  // Sixty days ahead: the overdue course, the lapsing certificate, and the certification course the
  // schedule plans four weeks after the overdue one (reminders read the plan's one set of dates).
  const items = page.getByRole('region', { name: 'Reminders' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'Due soon' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Due soon' })).toContainText('Azure AI Engineer certification');

  await app.go('Settings');
  await section.getByRole('checkbox', { name: /Remind me/ }).uncheck();
  await app.go('Dashboard');
  await expect(page.getByRole('region', { name: 'Reminders' })).toContainText('Reminders are off.');
});

test('browser mode shows the data folder with a copy button, and never offers to open it', async ({ app, page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.go('Settings');
  await expect(page.getByRole('button', { name: 'Show data folder' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy the path' }).click();
  await expect(page.getByText('Path copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(server.dataDir);
});

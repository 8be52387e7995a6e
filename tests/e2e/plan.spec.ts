import { test, expect } from './fixtures';

test('a plan and its milestones are still there after a restart', async ({ app, server, page }) => {
  await app.open();
  await app.go('Plan');
  await expect(page.getByText('Create a plan to start tracking your milestones.')).toBeVisible();
  await app.createPlan('Via a master in AI');
  await app.addMilestone('Master’s degree in AI', { stage: 'Education', kind: 'Diploma', due: '2027-06-30' });
  await app.addMilestone('First model in production', { stage: 'First AI role', kind: 'Experience' });

  const first = app.milestone('Master’s degree in AI');
  await expect(first).toContainText('Diploma');
  await expect(first).toContainText('Due 30 Jun 2027');

  await first.getByRole('checkbox', { name: 'Mark “Master’s degree in AI” as done' }).check();
  await expect(first).toContainText('Done');
  await expect(first).toContainText('Completed on');

  const second = app.milestone('First model in production');
  await second.getByRole('button', { name: 'Rename “First model in production”' }).click();
  await page.getByLabel('New title for “First model in production”').fill('First LLM feature in production');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(app.milestone('First LLM feature in production')).toBeVisible();

  await app.addMilestone('Temporary', { kind: 'Skill' });
  await app.milestone('Temporary').getByRole('button', { name: 'Delete “Temporary”' }).click();
  await expect(app.milestone('Temporary')).toHaveCount(0);
  await expect(page.getByText('2 milestones · 1 of 2 resolved')).toBeVisible();

  await server.restart();
  await app.open();
  await app.go('Plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Via a master in AI' })).toBeVisible();
  await expect(app.milestone('Master’s degree in AI')).toContainText('Done');
  await expect(app.milestone('First LLM feature in production')).toBeVisible();
  await expect(app.milestone('Temporary')).toHaveCount(0);

  await app.go('Dashboard');
  await expect(page.getByText('1 of 2 milestones resolved')).toBeVisible();
});

test('a plan can be renamed and deleted after confirmation', async ({ app, page }) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Plan A');
  await page.getByRole('button', { name: 'Rename plan' }).click();
  await page.getByLabel('Plan name').fill('Plan via MBA');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Plan via MBA' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await expect(page.getByText('Delete the plan “Plan via MBA” and all its milestones?')).toBeVisible();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Create a plan to start tracking your milestones.')).toBeVisible();
});

import { test, expect } from './fixtures';

const PAST = '2020-01-15';
const FUTURE = '2099-03-31';

test('a plan built by hand: notes, evidence, keyboard shortcuts, undo, overdue filter, and all of it after a restart', async ({
  app,
  server,
  page
}) => {
  await app.open();
  await app.go('Plan');
  await expect(page.getByText('Create a plan to start tracking your milestones.')).toBeVisible();
  await app.createPlan('Head of AI, then CAIO');
  await app.addMilestone('AWS Machine Learning certification', { stage: 'Education', kind: 'Course or certification', due: FUTURE });
  await app.addMilestone('Lead the data team', { stage: 'Leadership', kind: 'Leadership', due: PAST });
  await app.addMilestone('GDPR and AI Act training', { stage: 'Leadership', kind: 'Compliance', due: PAST });
  await app.addMilestone('Talk at a meetup', { stage: 'Leadership', kind: 'Visibility' });

  // Edit with the keyboard: notes and a piece of evidence.
  await app.focusRow('AWS Machine Learning certification');
  await page.keyboard.press('e');
  const editor = page.getByRole('dialog', { name: 'Edit milestone' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Notes', { exact: true }).fill('Exam booked for March.\nStudy group on Tuesdays.');
  await editor.getByLabel('Description').fill('Certificate of completion');
  await editor.getByLabel('Link (https://…)').fill('javascript:alert(1)');
  await editor.getByRole('button', { name: 'Add evidence' }).click();
  await expect(editor.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
  await editor.getByLabel('Link (https://…)').fill('https://example.org/certificates/42');
  await editor.getByLabel('Date obtained').fill('2026-10-01');
  await editor.getByLabel('Expiry date').fill('2029-10-01');
  await editor.getByRole('button', { name: 'Add evidence' }).click();
  await expect(editor.getByText('https://example.org/certificates/42')).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const aws = app.milestone('AWS Machine Learning certification');
  await expect(aws).toContainText('1 piece of evidence');
  await expect(aws).toContainText('Has notes');

  // Statuses with shortcuts only: d, s, p.
  await app.focusRow('AWS Machine Learning certification');
  await page.keyboard.press('d');
  await expect(aws).toContainText('Done');
  await expect(aws).toContainText('Completed on');
  await app.focusRow('Talk at a meetup');
  await page.keyboard.press('s');
  await expect(app.milestone('Talk at a meetup')).toContainText('Skipped');
  await app.focusRow('GDPR and AI Act training');
  await page.keyboard.press('p');
  await expect(app.milestone('GDPR and AI Act training')).toContainText('In progress');
  await expect(page.getByText('50% resolved')).toBeVisible();

  // Delete with the keyboard, then undo with Ctrl+Z.
  await app.focusRow('Lead the data team');
  await page.keyboard.press('Delete');
  await expect(page.getByText('“Lead the data team” deleted.')).toBeVisible();
  await expect(app.milestone('Lead the data team')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(app.milestone('Lead the data team')).toContainText('Overdue since');

  // Overdue filter: the in-progress and the to-do milestones past their date.
  await page.getByLabel('Overdue only').check();
  await expect(page.getByText('2 milestones shown of 4')).toBeVisible();
  await expect(app.milestone('Lead the data team')).toBeVisible();
  await expect(app.milestone('GDPR and AI Act training')).toBeVisible();
  await expect(aws).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search titles and notes').fill('study group');
  await expect(page.getByText('1 milestone shown of 4')).toBeVisible();
  await expect(aws).toBeVisible();

  await server.restart();
  await app.open();
  await app.go('Dashboard');
  await expect(page.getByText('Following the plan “Head of AI, then CAIO”')).toBeVisible();
  await expect(page.getByText('2 overdue milestones')).toBeVisible();
  await app.go('Plan');
  await expect(app.milestone('AWS Machine Learning certification')).toContainText('Done');
  await expect(app.milestone('Talk at a meetup')).toContainText('Skipped');
  await expect(app.milestone('GDPR and AI Act training')).toContainText('In progress');
  await expect(app.milestone('Lead the data team')).toContainText('To do');
  await app.milestone('AWS Machine Learning certification').getByRole('button', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Exam booked for March.\nStudy group on Tuesdays.');
  await expect(page.getByRole('dialog')).toContainText('Certificate of completion');
  await expect(page.getByRole('dialog')).toContainText('expires');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the same journey speaks French: shortcuts, deletion toast, undo and filters', async ({ app, page }) => {
    await app.open();
    await app.go('Plan');
    await app.createPlan('Parcours de Léa');
    await app.addMilestone('Master IA en alternance', { stage: 'Formation', kind: 'Diplôme', due: FUTURE });
    await app.addMilestone('Stage de fin d’études', { stage: 'Premier poste en IA', kind: 'Expérience', due: PAST });
    await app.focusRow('Master IA en alternance');
    await page.keyboard.press('d');
    await expect(app.milestone('Master IA en alternance')).toContainText('Terminée');
    await app.focusRow('Stage de fin d’études');
    await expect(app.milestone('Stage de fin d’études')).toContainText('En retard depuis le');
    await page.keyboard.press('Delete');
    await expect(page.getByText('« Stage de fin d’études » supprimée.')).toBeVisible();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(app.milestone('Stage de fin d’études')).toBeVisible();
    await page.getByLabel('En retard uniquement').check();
    await expect(page.getByText('1 étape clé affichée sur 2')).toBeVisible();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
    await expect(help).toContainText('Marquer comme terminée');
    await expect(help).toContainText('Suppr');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(page.getByText('50 % terminées')).toBeVisible();
  });
});

test('plans as scenarios: duplicate, archive and delete, each undoable', async ({ app, page }) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Via a master in AI');
  await app.addMilestone('Master’s in AI', { kind: 'Diploma' });
  await app.openPlanMenu();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Via a master in AI (copy)' })).toBeVisible();
  await expect(app.milestone('Master’s in AI')).toBeVisible();

  await app.openPlanMenu();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Plan “Via a master in AI (copy)” archived.')).toBeVisible();
  await app.openPlanMenu();
  await expect(page.getByRole('button', { name: 'Restore from archive' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();

  // Deleting asks first, says what goes, and Cancel keeps the plan and puts focus back.
  await page.getByRole('button', { name: 'Delete plan' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('Delete the plan “Via a master in AI (copy)” and its 1 milestone? You can undo it for 30 minutes');
  await expect(question.getByRole('button', { name: 'Yes, delete the plan' })).toBeFocused();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete plan' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Via a master in AI (copy)' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await page.getByRole('button', { name: 'Yes, delete the plan' }).click();
  await expect(page.getByText('Plan “Via a master in AI (copy)” deleted. You can undo it for 30 minutes.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Via a master in AI', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Via a master in AI (copy)' })).toBeVisible();
  await expect(app.milestone('Master’s in AI')).toBeVisible();
});

test('milestones reorder by keyboard and by drag and drop, and move between stages', async ({ app, page }) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Order');
  for (const title of ['First', 'Second', 'Third']) await app.addMilestone(title, { stage: 'Education' });
  const order = () =>
    page
      .getByRole('row')
      .filter({ hasText: /First|Second|Third/ })
      .locator('.milestone-title')
      .allTextContents();
  expect(await order()).toEqual(['First', 'Second', 'Third']);

  await app.focusRow('Third');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(order).toEqual(['First', 'Third', 'Second']);
  await expect(page.locator('[role="row"]:focus')).toContainText('Third');

  await app.milestone('First').dragTo(app.milestone('Second'));
  await expect.poll(order).toEqual(['Third', 'First', 'Second']);

  // Alt+Down past the last milestone moves it to the top of the next stage.
  await app.focusRow('Second');
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('search').getByLabel('Stage').selectOption({ label: 'First AI role' });
  await expect(page.getByText('1 milestone shown of 3')).toBeVisible();
  await expect(app.milestone('Second')).toBeVisible();

  // The editor moves a milestone to another stage too.
  await page.getByRole('search').getByLabel('Stage').selectOption({ label: 'All' });
  await app.milestone('First').getByRole('button', { name: /^Edit/ }).click();
  await page.getByRole('dialog').getByLabel('Stage').selectOption({ label: 'Beyond CAIO' });
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByRole('search').getByLabel('Stage').selectOption({ label: 'Beyond CAIO' });
  await expect(page.getByText('1 milestone shown of 3')).toBeVisible();
  await expect(app.milestone('First')).toBeVisible();
});

test('the timeline lays the plan out by date and zooms', async ({ app, page }) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Dated');
  await app.addMilestone('Certification', { stage: 'Education', due: '2027-03-15' });
  await app.addMilestone('Team lead', { stage: 'Leadership', kind: 'Leadership', due: '2029-09-01' });
  await page.getByRole('radio', { name: 'Timeline' }).check();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
  await expect(page.getByText('Education: 15 Mar 2027 to 15 Mar 2027, 1 milestone')).toBeVisible();
  await expect(page.locator('.tick').filter({ hasText: '2028' })).toBeVisible();
  await page.getByRole('radio', { name: 'Quarters' }).check();
  await expect(page.locator('.tick').filter({ hasText: 'Q3 2028' })).toHaveCount(1);
  await page.getByRole('radio', { name: 'Months' }).check();
  await expect(page.locator('.tick').filter({ hasText: 'Mar 27' })).toHaveCount(1);
});

test('a plan of 300 milestones holds every row; one added by keyboard alone is brought into view', async ({ app, server, page }) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Long plan');
  const [screen] = (await server.call([{ channel: 'plans:active' }])) as { plan: { id: number }; stages: { id: number }[] }[];
  const count = 300;
  // All in the last stage: a milestone added to the first one lands near the top of the list, far
  // above the add form at its foot.
  await server.call(
    Array.from({ length: count }, (_, index) => ({
      channel: 'milestones:create',
      input: {
        planId: screen!.plan.id,
        stageId: screen!.stages.at(-1)!.id,
        title: `Milestone ${String(index + 1).padStart(3, '0')}`,
        kind: 'course'
      }
    }))
  );
  await page.reload({ waitUntil: 'commit' });
  const grid = page.getByRole('treegrid');
  // The list opens on its first rows and draws the rest after them: End, pressed as the first row
  // shows, still reaches the last one.
  const drawnAtFirst = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          const row = document.querySelector<HTMLElement>('[role="row"][aria-level="2"]');
          if (!row) return void requestAnimationFrame(check);
          const drawn = document.querySelectorAll('[role="row"][aria-level="2"]').length;
          row.focus();
          row.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
          resolve(drawn);
        };
        check();
      })
  );
  expect(drawnAtFirst).toBeLessThan(count);
  await expect(app.milestone(`Milestone ${count}`)).toBeFocused();
  await expect(app.milestone(`Milestone ${count}`)).toBeInViewport();
  // Every row is in the page, so the browser's find and printing see them all.
  await expect(grid.getByRole('row', { level: 2 })).toHaveCount(count);

  // Keyboard only: Tab to the new milestone's title, type it, Enter (the first stage is the default).
  const title = page.locator('form.add-milestone').getByLabel('Milestone title');
  for (let step = 0; step < 60 && !(await title.evaluate((field) => field === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(title).toBeFocused();
  // Where the milestone will land (after the first stage's header) is out of view from the form.
  await expect(grid.getByRole('row').first()).not.toBeInViewport();
  await page.keyboard.type('Typed by keyboard');
  await page.keyboard.press('Enter');
  await expect(title).toHaveValue('');
  const added = app.milestone('Typed by keyboard');
  await expect(added).toBeInViewport();
  await expect(grid.getByRole('row', { level: 2 })).toHaveCount(count + 1);
  // The first stage's first row: right after its header, far above where the form was.
  await expect(grid.getByRole('row').nth(1)).toContainText('Typed by keyboard');

  // A status change stays after a reload; search finds a row at the end of the list.
  await grid.getByRole('row', { level: 2 }).first().focus();
  await page.keyboard.press('d');
  await expect(added).toContainText('Done');
  await app.search('Milestone 300');
  await expect(app.milestone('Milestone 300')).toBeVisible();
  await expect(page.getByRole('search')).toContainText(`1 milestone shown of ${count + 1}`);
  await page.reload();
  await expect(app.milestone('Typed by keyboard')).toContainText('Done');
});

test('a plan started from a route: the routes are offered by name, and the plan says which it follows', async ({ app, page }) => {
  await app.open();
  await app.go('Plan');
  const source = page.getByLabel('Start from');
  await expect(source.getByRole('option')).toHaveText(['Blank plan', 'Engineering and science route', 'Business route', 'IT-leader route']);
  await page.getByLabel('Name of the new plan').fill('Through business');
  await source.selectOption({ label: 'Business route' });
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Through business' })).toBeVisible();
  await expect(page.getByText('Route: Business route')).toBeVisible();
});

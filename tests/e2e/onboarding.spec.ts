import { test, expect } from './fixtures';

test('a data scientist completes the wizard in English and lands on a generated plan', async ({ app, page, server }) => {
  await app.open({ wizard: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to CAIO Path' })).toBeVisible();
  await expect(page.getByText('Step 1 of 6')).toBeVisible();
  await app.wizardNext();

  await expect(app.heading()).toHaveText('Your studies');
  await page.getByRole('radio', { name: 'Master’s, engineering or business-school degree (bac+5)' }).check();
  await page.getByLabel('Field of study').selectOption({ label: 'Data science or artificial intelligence' });
  await app.wizardNext();

  await expect(app.heading()).toHaveText('Your experience');
  await page.getByLabel('Years of professional experience').fill('8');
  await page.getByLabel('Current role').selectOption({ label: 'Data scientist, ML engineer or data analyst' });
  await app.wizardNext();

  await expect(app.heading()).toHaveText('Your goal and pace');
  await page.getByRole('radio', { name: /Mid-size company/ }).check();
  const hours = page.getByLabel('Hours per week you can give to your plan');
  await hours.fill('0');
  await app.wizardNext();
  await expect(page.getByText('Enter a whole number of hours between 1 and 80.')).toBeVisible();
  await expect(app.heading()).toHaveText('Your goal and pace');
  await hours.fill('6');
  await app.wizardNext();

  await expect(app.heading()).toHaveText('Already behind you');
  await expect(page.getByRole('checkbox', { name: 'A master’s or engineering degree in computer science, data or AI' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'At least two years as a data scientist or machine-learning engineer' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'A model or AI feature running in production' }).check();
  await app.wizardNext();

  await expect(app.heading()).toHaveText('Your route');
  await expect(page.getByRole('heading', { level: 2, name: 'Engineering and science route' })).toBeVisible();
  await expect(page.getByText('You already work in data or AI (8 years of experience)')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Engineering and science route/ })).toBeChecked();
  await expect(page.getByLabel('Name of your plan')).toHaveValue('My path via the engineering and science route');
  await page.getByRole('button', { name: 'Create my plan' }).click();

  await expect(app.heading()).toHaveText('Plan');
  await expect(page.getByRole('heading', { level: 2, name: 'My path via the engineering and science route' })).toBeVisible();
  await expect(page.getByText('Route: Engineering and science route')).toBeVisible();
  await app.search('Chief AI Officer');
  const goal = app.milestone('Become Chief AI Officer');
  await expect(goal).toContainText('€60,000 to €80,000 gross per year');
  await expect(goal).toContainText(/Due \d{1,2} \w{3} 20\d\d/);
  await app.search('production');
  await expect(app.milestone('Put a first model into production and monitor it')).toContainText('Done');
  await app.search('team');
  await expect(app.milestone('Lead a data or AI team')).toContainText('To do');

  // The wizard does not come back on the next start.
  await server.restart();
  await app.open({ wizard: true });
  await expect(app.heading()).toHaveText('Dashboard');
  // The pay of the company size chosen, named in the language shown.
  const pay = page.getByRole('region', { name: 'Target pay' });
  await expect(pay).toContainText('Mid-size company — €60,000 to €80,000 gross per year');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('a student completes the wizard in French; switching language translates the generated plan', async ({ app, page }) => {
    await app.open({ wizard: true });
    await expect(app.heading()).toHaveText('Bienvenue dans Parcours CAIO');
    await expect(page.getByRole('radio', { name: 'Français' })).toBeChecked();
    await app.wizardNext();
    await page.getByRole('radio', { name: 'Bac+3 (licence, bachelor)' }).check();
    await page.getByLabel('Domaine d’études').selectOption({ label: 'Informatique' });
    await app.wizardNext();
    await expect(app.heading()).toHaveText('Votre expérience');
    await app.wizardNext();
    await page.getByRole('radio', { name: /Grande entreprise/ }).check();
    await expect(page.getByText(/80\s000\s€ à 120\s000\s€ brut par an/).first()).toBeVisible();
    await page.getByLabel('Heures par semaine à consacrer à votre plan').fill('15');
    await app.wizardNext();
    await expect(page.getByRole('checkbox', { name: 'Une licence ou un bachelor (bac+3)' })).toBeChecked();
    await app.wizardNext();
    await expect(page.getByRole('heading', { level: 2, name: 'Voie ingénierie et sciences' })).toBeVisible();
    await expect(page.getByText('Un bac+5 est le minimum habituel : le plan en prévoit un.')).toBeVisible();
    await page.getByRole('button', { name: 'Créer mon plan' }).click();

    await expect(app.heading()).toHaveText('Plan');
    await app.search('Chief AI Officer');
    const goal = app.milestone('Devenir Chief AI Officer');
    await expect(goal).toContainText(/80\s000\s€ à 120\s000\s€/);
    await app.search('');
    await expect(app.milestone('Master ou diplôme d’école d’ingénieurs')).toContainText('À faire');
    await expect(app.milestone('Licence ou bachelor en informatique')).toContainText('Terminée');

    await app.go('Réglages');
    await page.getByRole('radio', { name: 'English' }).check();
    await app.go('Plan');
    await app.search('Chief AI Officer');
    await expect(app.milestone('Become Chief AI Officer')).toContainText('€80,000 to €120,000 gross per year');
    await app.search('');
    await expect(app.milestone('Master’s or engineering-school degree')).toContainText('To do');
    await expect(page.getByRole('row', { name: /^Education/ })).toBeVisible();
    await expect(page.getByText('Devenir Chief AI Officer')).toHaveCount(0);

    // The dashboard's pay card follows the language too.
    await app.go('Dashboard');
    await expect(page.getByRole('region', { name: 'Target pay' })).toContainText('Large company — €80,000 to €120,000 gross per year');
    await app.go('Settings');
    await page.getByRole('radio', { name: 'Français' }).check();
    await app.go('Tableau de bord');
    await expect(page.getByRole('region', { name: 'Rémunération visée' })).toContainText(
      /Grande entreprise — 80\s000\s€ à 120\s000\s€ brut par an/
    );
  });

  test('switching language in the first step translates the wizard at once', async ({ app, page }) => {
    await app.open({ wizard: true });
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(app.heading()).toHaveText('Welcome to CAIO Path');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  });
});

test('the wizard can be run again from Settings and adds a second plan', async ({ app, page }) => {
  await app.open();
  await app.go('Settings');
  await page.getByRole('button', { name: 'Run the guided setup again' }).click();
  await expect(app.heading()).toHaveText('Welcome to CAIO Path');
  for (let step = 0; step < 4; step += 1) await app.wizardNext();
  await app.wizardNext();
  await page.getByRole('radio', { name: /Business route/ }).check();
  await page.getByRole('button', { name: 'Create my plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My path via the business route' })).toBeVisible();
  await expect(app.milestone('Business-school master’s (grande école) or MBA')).toBeVisible();
});

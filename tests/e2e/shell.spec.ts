import { test, expect } from './fixtures';

test('switching to French translates the whole shell at once and survives a restart', async ({ app, server, page }) => {
  await app.open();
  await expect(app.heading()).toHaveText('Dashboard');
  await app.go('Settings');
  await page.getByRole('radio', { name: 'Français' }).check();

  // No reload: the navigation, the heading and the document language change together.
  await expect(app.heading()).toHaveText('Réglages');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  for (const label of ['Tableau de bord', 'Plan', 'Compétences', 'Guide', 'Réglages']) {
    await expect(app.nav(label)).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Tout reste sur cet ordinateur.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Sombre' })).toBeVisible();
  await expect(page.getByText('Dashboard')).toHaveCount(0);

  await server.restart();
  await app.open();
  await expect(app.heading()).toHaveText('Tableau de bord');
  await expect(app.nav('Compétences')).toBeVisible();
});

test.describe('first run in a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('starts in French from the browser locale', async ({ app }) => {
    await app.open();
    await expect(app.heading()).toHaveText('Tableau de bord');
  });
});

test('the theme can be forced dark and is remembered', async ({ app, server, page }) => {
  await app.open();
  await app.go('Settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await server.restart();
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
});

test('the guide shows the eight missions and the salary bands in the locale’s money format', async ({ app, page }) => {
  await app.open();
  await app.go('Guide');
  await expect(page.locator('.missions li')).toHaveCount(8);
  await expect(page.getByText('€60,000 to €80,000 gross per year')).toBeVisible();
  await app.go('Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await app.go('Guide');
  await expect(page.getByText(/De 60\s000\s€ à 80\s000\s€ brut par an/)).toBeVisible();
});

test('keyboard only: skip link, navigation and settings', async ({ app, page }) => {
  await app.open();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.nav('Dashboard')).toBeFocused();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  await expect(app.nav('Settings')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Settings');
  await expect(app.heading()).toBeFocused();
});

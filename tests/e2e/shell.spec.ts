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

test('the guide shows the eight missions, the three salary bands in the locale’s format and the routes side by side', async ({
  app,
  page
}) => {
  await app.open();
  await app.go('Guide');
  await expect(page.locator('.missions li')).toHaveCount(8);
  const salary = page.locator('dl.salary');
  await expect(salary.locator('dd')).toHaveText([
    '€60,000 to €80,000 gross per year',
    '€80,000 to €120,000 gross per year',
    '€120,000 or more gross per year'
  ]);
  await expect(
    page.getByText(/^Source: French career article on the Chief AI Officer role .*, consulted 24 November 2026\.$/)
  ).toBeVisible();
  const table = page.locator('section.routes').getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Route', 'Engineering and science route', 'Business route', 'IT-leader route']);
  await expect(table.getByRole('row', { name: /Typical time to CAIO/ }).getByRole('cell')).toHaveText([
    /About \d+(\.\d)? years at 10 h a week/,
    /About/,
    /About/
  ]);

  await app.go('Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await app.go('Guide');
  await expect(page.locator('.missions li')).toHaveCount(8);
  await expect(salary.locator('dd')).toHaveText([
    '60\u202f000\u00a0€ à 80\u202f000\u00a0€ brut par an',
    '80\u202f000\u00a0€ à 120\u202f000\u00a0€ brut par an',
    '120\u202f000\u00a0€ ou plus brut par an'
  ]);
  await expect(
    table
      .getByRole('row', { name: /Durée typique/ })
      .getByRole('cell')
      .first()
  ).toHaveText(/Environ \d+(,\d)? ans à 10 h par semaine/);
});

test('keyboard only: skip link, navigation and settings', async ({ app, page }) => {
  await app.open();
  await page.reload();
  await expect(app.heading()).toHaveText('Dashboard');
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

test('each screen has its own address: a reload stays on it, Back returns to the screen before', async ({ app, page }) => {
  await app.open();
  await app.go('Guide');
  await app.go('Settings');
  await expect(page).toHaveURL(/#settings$/);
  await page.reload();
  await expect(app.heading()).toHaveText('Settings');
  await page.goBack();
  await expect(app.heading()).toHaveText('Guide');
  await expect(app.nav('Guide')).toHaveAttribute('aria-current', 'page');
});

test('the first-run wizard is never fetched once onboarded; the other language comes from the app itself', async ({ app, page }) => {
  await app.open();
  // What this first page prefetches once idle is not the next start's.
  await page.waitForLoadState('networkidle');
  // Onboarded now: the next start is an ordinary one.
  const scripts: string[] = [];
  // The languages whose texts were asked of the app's own server (they are data, not code).
  const texts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script') scripts.push(url.pathname);
    if (url.origin !== new URL(page.url()).origin || url.pathname !== '/api/request') return;
    const message = request.postDataJSON() as { channel: string; input?: { language?: string } };
    if (message.channel === 'texts:get') texts.push(message.input?.language ?? 'chosen');
  });
  const started = page.waitForResponse(
    (response) => (response.request().postDataJSON() as { channel?: string } | null)?.channel === 'app:start'
  );
  await page.reload();
  // The start's one answer, from the app's server, brings the chosen language's texts.
  expect(await (await started).json()).toMatchObject({ ok: true, value: { texts: { language: 'en' } } });
  await expect(app.heading()).toHaveText('Dashboard');
  await app.go('Plan');
  await app.go('Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(app.heading()).toHaveText('Réglages');
  expect(scripts.some((path) => /OnboardingView/.test(path))).toBe(false);
  // The chosen language's texts (English) came with the start's answer, so no request asked for them; French
  // ones were asked for by name, from the app itself, once.
  expect(texts).toEqual(['fr']);
  expect(scripts.every((path) => path.startsWith('/assets/'))).toBe(true);
});

test('the first bundle holds no language: neither texts nor content titles, in English or French', async ({ app, server, page }) => {
  await app.open();
  const html = await (await page.request.get(server.url)).text();
  const first = [...html.matchAll(/<(?:script[^>]+src|link rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  expect(first.length).toBeGreaterThan(0);
  const code = (await Promise.all(first.map(async (path) => (await page.request.get(`${server.origin}/${path}`)).text()))).join('\n');
  expect(code.length).toBeGreaterThan(10_000);
  // A UI text, a stage, a route's name and description and a pay band, in each language.
  for (const text of [
    'Tableau de bord',
    'Your progress',
    'Premier poste en IA',
    'First AI role',
    'Voie ingénierie et sciences',
    'Engineering and science route',
    'Entreprise de taille moyenne',
    'Mid-size company',
    'De solides bases en mathématiques',
    'Strong mathematics and programming'
  ]) {
    expect(code, text).not.toContain(text);
  }
});

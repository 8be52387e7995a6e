import { test, expect } from './fixtures';

test('a request without the token gets 403 and changes nothing', async ({ app, server, page, playwright }) => {
  await app.open();
  await app.go('Plan');
  await app.createPlan('Mine');

  const stranger = await playwright.request.newContext();
  const body = { channel: 'plans:delete', input: { planId: 1 } };
  const noToken = await stranger.post(`${server.origin}/api/request`, { data: body });
  expect(noToken.status()).toBe(403);
  const page403 = await stranger.get(`${server.origin}/`);
  expect(page403.status()).toBe(403);
  expect(await page403.text()).toContain('Access refused');
  const foreignOrigin = await stranger.post(`${server.origin}/api/request`, {
    data: body,
    headers: { 'x-caio-token': server.token, Origin: 'http://attacker.example' }
  });
  expect(foreignOrigin.status()).toBe(403);
  await stranger.dispose();

  await page.reload();
  await app.go('Plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Mine' })).toBeVisible();
});

test('the page asks for nothing that fails: the icon travels in the page, no /favicon.ico answers 404', async ({ app, page }) => {
  const failed: string[] = [];
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await app.open();
  await expect(app.heading()).toHaveText('Dashboard');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
  // Chromium asks for the icon after the page has loaded.
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  expect(asked.filter((path) => path.includes('favicon'))).toEqual([]);
  expect(failed).toEqual([]);
});

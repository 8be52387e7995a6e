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

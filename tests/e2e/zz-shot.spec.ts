import { test } from '/work/wt8/tests/e2e/fixtures';
test.use({ viewport: { width: 1280, height: 800 } });
test('shot', async ({ app, page }) => {
  await app.open({ wizard: true });
  for (let step = 0; step < 5; step += 1) await app.wizardNext();
  await page.getByRole('button', { name: /Create my plan/ }).click();
  await page.getByRole('row').nth(1).waitFor();
  await page.screenshot({ path: '/tmp/plan-1280.png' });
  await page.setViewportSize({ width: 720, height: 800 });
  await page.screenshot({ path: '/tmp/plan-720.png', fullPage: true });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../src/main/server/browser-server';
import type { Plan, Settings } from '../../../src/shared/model';
import { call, tempDir, testCore } from '../helpers';

let server: BrowserServer | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

/**
 * The renderer's api module in browser mode, against the real server and router: `fetch` goes to the
 * server as the page's would, and every HTTP request it sends is recorded by path.
 */
async function browserApi(token?: string) {
  const core = testCore();
  const rendererDir = tempDir();
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CAIO Path</title>');
  server = await startBrowserServer({ router: core.router, events: core.events, rendererDir });
  const origin = server.origin;
  const sent: string[] = [];
  const nodeFetch = globalThis.fetch;
  vi.stubGlobal('window', { location: { search: `?token=${token ?? server.token}`, hash: '' } });
  vi.stubGlobal('fetch', (path: string, init: RequestInit) => {
    sent.push(path);
    return nodeFetch(`${origin}${path}`, init);
  });
  vi.resetModules();
  const { api, ApiError } = await import('../../../src/renderer/src/lib/api');
  return { core, api, ApiError, sent };
}

describe('browser-mode transport', () => {
  it('sends each request as one HTTP request and answers exactly what the router answers', async () => {
    const { core, api, sent } = await browserApi();
    await call(core, 'plans:create', { name: 'Listed' });
    const [settings, plans, start] = await Promise.all([api.settingsGet(), api.plansList(), api.appStart({ unchosen: 'fr' })]);
    expect(sent).toEqual(['/api/request', '/api/request', '/api/request']);
    expect(settings).toEqual(await call<Settings>(core, 'settings:get'));
    expect(plans.map((plan: Plan) => plan.name)).toEqual(['Listed']);
    expect([start.texts.language, start.dataStatus]).toEqual(['fr', await call(core, 'data:status')]);
  });

  it('fails a request with bad input with its code, and stores nothing for it', async () => {
    const { core, api, ApiError } = await browserApi();
    const [bad, good] = await Promise.allSettled([api.plansCreate({ name: '' }), api.plansCreate({ name: 'Kept' })]);
    expect(bad).toMatchObject({ status: 'rejected', reason: new ApiError('invalid_input') });
    expect(good).toMatchObject({ status: 'fulfilled', value: { plan: { name: 'Kept' } } });
    expect((await call<Plan[]>(core, 'plans:list')).map((plan) => plan.name)).toEqual(['Kept']);
  });

  it('refuses every request sent with a wrong token, and stores nothing', async () => {
    const { core, api, ApiError } = await browserApi('wrong-token');
    const answers = await Promise.allSettled([api.plansCreate({ name: 'Sneaky' }), api.plansList()]);
    expect(answers).toEqual([
      { status: 'rejected', reason: new ApiError('forbidden') },
      { status: 'rejected', reason: new ApiError('forbidden') }
    ]);
    expect(await call<Plan[]>(core, 'plans:list')).toEqual([]);
  });
});

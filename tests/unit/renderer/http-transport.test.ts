import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../src/main/server/browser-server';
import type { Plan, Settings } from '../../../src/shared/model';
import { call, tempDir, testCore } from '../helpers';
import { START_ANSWERS_ID, startTextsInput } from '../../../src/shared/start-requests';

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
async function browserApi(token?: string, page?: { languages: string }) {
  const core = testCore();
  const rendererDir = tempDir();
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CAIO Path</title>');
  server = await startBrowserServer({ router: core.router, events: core.events, rendererDir });
  const origin = server.origin;
  const sent: string[] = [];
  const nodeFetch = globalThis.fetch;
  vi.stubGlobal('window', { location: { search: `?token=${token ?? server.token}`, hash: '' } });
  // The page as the server sends it, its answers in the element the api module reads them from.
  const html = page ? await (await nodeFetch(server.url, { headers: { 'Accept-Language': page.languages } })).text() : '';
  const block = /<script type="application\/json" id="start-answers">(.*?)<\/script>/s.exec(html)?.[1];
  const element = block === undefined ? null : { textContent: block, removed: false, remove: () => (element!.removed = true) };
  vi.stubGlobal('document', { getElementById: (id: string) => (id === START_ANSWERS_ID ? element : null) });
  vi.stubGlobal('fetch', (path: string, init: RequestInit) => {
    sent.push(path);
    return nodeFetch(`${origin}${path}`, init);
  });
  vi.resetModules();
  const { api, ApiError, dropPageAnswers } = await import('../../../src/renderer/src/lib/api');
  return { core, api, ApiError, dropPageAnswers, sent, element, server };
}

describe('browser-mode transport', () => {
  it('asks for nothing at a start on the dashboard: the page brought every answer the start asks for', async () => {
    const { sent } = await browserApi(undefined, { languages: 'fr-CA,fr;q=0.9' });
    vi.stubGlobal('navigator', { languages: ['fr-CA', 'fr'], language: 'fr-CA' });
    const { early } = await import('../../../src/renderer/src/lib/early');
    await early.settled();
    const [summary, settings] = await Promise.all([early.dashboardSummary(), early.settings()]);
    expect(summary.planCount).toBe(0);
    expect(settings.onboarded).toBe(false);
    expect(sent).toEqual([]);
  });

  it("takes a start's answers from the page, each once, and sends every other request", async () => {
    const { core, api, dropPageAnswers, sent, element } = await browserApi(undefined, { languages: 'en-GB,en;q=0.8' });
    const [settings, texts] = await Promise.all([api.settingsGet(), api.textsGet(startTextsInput(['en-GB']))]);
    expect(sent).toEqual([]);
    expect(element?.removed).toBe(true);
    expect(settings).toEqual(await call<Settings>(core, 'settings:get'));
    expect(texts.language).toBe('en');
    // Once only: asked again, or with another input, a request goes to the server.
    await api.settingsGet();
    await api.textsGet({ language: 'fr' });
    expect(sent).toEqual(['/api/request', '/api/request']);
    // Those not taken at start are dropped: a later screen gets what is stored then.
    dropPageAnswers();
    await call(core, 'plans:create', { name: 'Since' });
    const summary = await api.dashboardSummary();
    expect(summary.plan?.name).toBe('Since');
    expect(sent).toHaveLength(3);
  });

  it('sends the requests asked for in the same moment as one HTTP request, each answered as alone', async () => {
    const { core, api, sent } = await browserApi();
    await call(core, 'plans:create', { name: 'Listed' });
    const [settings, plans, status] = await Promise.all([api.settingsGet(), api.plansList(), api.dataStatus()]);
    expect(sent).toEqual(['/api/batch']);
    expect(settings).toEqual(await call<Settings>(core, 'settings:get'));
    expect(plans.map((plan: Plan) => plan.name)).toEqual(['Listed']);
    expect(status).toEqual(await call(core, 'data:status'));
  });

  it('sends a lone request alone, and one HTTP request per later moment', async () => {
    const { api, sent } = await browserApi();
    await api.plansCreate({ name: 'Alone' });
    expect(sent).toEqual(['/api/request']);
    await Promise.all([api.plansList(), api.settingsGet()]);
    await api.plansList();
    expect(sent).toEqual(['/api/request', '/api/batch', '/api/request']);
  });

  it('fails only the request with bad input in a batch, and stores nothing for it', async () => {
    const { core, api, ApiError } = await browserApi();
    const [bad, good] = await Promise.allSettled([api.plansCreate({ name: '' }), api.plansCreate({ name: 'Kept' })]);
    expect(bad).toMatchObject({ status: 'rejected', reason: new ApiError('invalid_input') });
    expect(good).toMatchObject({ status: 'fulfilled', value: { plan: { name: 'Kept' } } });
    expect((await call<Plan[]>(core, 'plans:list')).map((plan) => plan.name)).toEqual(['Kept']);
  });

  it('refuses every request of a batch sent with a wrong token, and stores nothing', async () => {
    const { core, api, ApiError } = await browserApi('wrong-token');
    const answers = await Promise.allSettled([api.plansCreate({ name: 'Sneaky' }), api.plansList()]);
    expect(answers).toEqual([
      { status: 'rejected', reason: new ApiError('forbidden') },
      { status: 'rejected', reason: new ApiError('forbidden') }
    ]);
    expect(await call<Plan[]>(core, 'plans:list')).toEqual([]);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../../src/main/server/browser-server';
import { TOKEN_HEADER } from '../../../../src/shared/transport';
import { unpack } from '../../../../src/shared/packed-json';
import type { DashboardSummary, PlanDetail, PlanScreen } from '../../../../src/shared/model';
import type { Result } from '../../../../src/shared/errors';
import { startMessages, type StartMessage } from '../../../../src/shared/start-requests';
import { call, tempDir, testCore } from '../../helpers';

let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const core = testCore();
  const rendererDir = tempDir();
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CAIO Path</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startBrowserServer({ router: core.router, events: core.events, rendererDir });
  return { core, server };
}

/** Raw HTTP so Host and Origin can be forged the way a rebinding page would. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const planBody = JSON.stringify({ channel: 'plans:create', input: { name: 'Sneaky' } });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 with a random port and a long random token in the URL', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}$/);
    const other = await startBrowserServer({ router: testCore().router, events: testCore().events, rendererDir: tempDir() });
    expect(other.token).not.toBe(server.token);
    await other.close();
  });

  it('serves the app with the token and a strict CSP, and refuses it without', async () => {
    const { server } = await start();
    const page = await raw(server.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['set-cookie']?.[0]).toContain('HttpOnly');
    expect((await raw(`${server.origin}/`)).status).toBe(403);
    expect((await raw(`${server.origin}/assets/app.js`)).status).toBe(403);
    expect((await raw(`${server.origin}/assets/app.js?token=${server.token}`)).status).toBe(200);
    expect((await raw(`${server.origin}/../../etc/passwd?token=${server.token}`)).status).toBe(404);
  });

  it('runs requests through the router with the token header', async () => {
    const { core, server } = await start();
    const response = await raw(`${server.origin}/api/request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
      body: planBody
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { plan: { name: 'Sneaky' } } });
    expect(await call<unknown[]>(core, 'plans:list')).toHaveLength(1);
  });

  it('refuses API requests without the token, with a wrong token, from another Origin or Host — and stores nothing', async () => {
    const { core, server } = await start();
    const port = new URL(server.origin).port;
    const attempts: Array<Record<string, string>> = [
      { 'Content-Type': 'application/json' },
      { 'Content-Type': 'application/json', [TOKEN_HEADER]: 'x'.repeat(server.token.length) },
      { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, Origin: 'http://evil.example' },
      { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, Host: `evil.example:${port}` }
    ];
    for (const headers of attempts) {
      const response = await raw(`${server.origin}/api/request`, { method: 'POST', headers, body: planBody });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      const batch = await raw(`${server.origin}/api/batch`, { method: 'POST', headers, body: `[${planBody},${planBody}]` });
      expect(batch.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await call<unknown[]>(core, 'plans:list')).toHaveLength(0);
  });

  it('answers a batch in one response: in order, each request as it would be answered alone', async () => {
    const { server } = await start();
    const batch = [
      { channel: 'plans:create', input: { name: 'Batched' } },
      { channel: 'plans:list' },
      { channel: 'plans:create', input: { name: '' } },
      { channel: 'plans:nope' },
      null
    ];
    const response = await raw(`${server.origin}/api/batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
      body: JSON.stringify(batch)
    });
    expect(response.status).toBe(200);
    const [created, listed, refused, unknown, malformed] = unpack(JSON.parse(response.body)) as Array<{
      ok: boolean;
      value?: unknown;
      error?: unknown;
    }>;
    expect(created).toMatchObject({ ok: true, value: { plan: { name: 'Batched' } } });
    // Answered after the plan it lists was created.
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Batched' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(unknown).toEqual({ ok: false, error: { code: 'unknown_request' } });
    expect(malformed).toEqual({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a batch that is not a list of 1 to 16 requests with invalid_input — and stores nothing', async () => {
    const { core, server } = await start();
    const create = { channel: 'plans:create', input: { name: 'Too many' } };
    for (const body of ['[]', planBody, 'null', '[{"channel": ', JSON.stringify(Array.from({ length: 17 }, () => create))]) {
      const response = await raw(`${server.origin}/api/batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
        body
      });
      expect(response.status, body).toBe(400);
      expect(JSON.parse(response.body), body).toEqual({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await call<unknown[]>(core, 'plans:list')).toHaveLength(0);
  });

  it('answers malformed JSON with invalid_input', async () => {
    const { server } = await start();
    const response = await raw(`${server.origin}/api/request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
      body: '{"channel": '
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses bodies that are not an object naming a contract channel with a 4xx and a stable code — and stores nothing', async () => {
    const { core, server } = await start();
    const cases: Array<[string, number, string]> = [
      ['null', 400, 'invalid_input'],
      ['[]', 400, 'invalid_input'],
      ['"plans:create"', 400, 'invalid_input'],
      ['{"input":{"name":"X"}}', 400, 'invalid_input'],
      ['{"channel":{"toString":"plans:create"},"input":{"name":"X"}}', 400, 'invalid_input'],
      ['{"channel":["plans:create"],"input":{"name":"X"}}', 400, 'invalid_input'],
      ['{"channel":42}', 400, 'invalid_input'],
      ['{"channel":"toString"}', 400, 'unknown_request'],
      ['{"channel":"__proto__"}', 400, 'unknown_request'],
      ['{"channel":"plans:nope"}', 400, 'unknown_request']
    ];
    for (const [body, status, code] of cases) {
      const response = await raw(`${server.origin}/api/request`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
        body
      });
      expect(response.status, body).toBe(status);
      expect(JSON.parse(response.body), body).toEqual({ ok: false, error: { code } });
    }
    expect(await call<unknown[]>(core, 'plans:list')).toHaveLength(0);
  });

  it('answers static paths with broken percent-encoding with 400, not 500', async () => {
    const { server } = await start();
    for (const path of ['/%', '/%ff', '/assets/%E0%A4%A', '/%00']) {
      expect((await raw(`${server.origin}${path}?token=${server.token}`)).status, path).toBe(400);
    }
    expect((await raw(`${server.origin}/assets/app.js?token=${server.token}`)).status).toBe(200);
  });

  it('streams main-process events to the page', async () => {
    const { core, server } = await start();
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest(`${server.origin}/api/events?token=${server.token}`, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('settings:changed')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await call(core, 'settings:update', { language: 'fr' });
    expect(await received).toContain('"language":"fr"');
  });

  it('sends a long plan packed, and the plan as it now stands after every write, never an earlier text', async () => {
    const { core, server } = await start();
    const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Long' });
    for (let index = 0; index < 40; index += 1) {
      await call(core, 'milestones:create', {
        planId: detail.plan.id,
        stageId: detail.stages[0]!.id,
        title: `Step ${index}`,
        kind: 'course'
      });
    }
    const screen = async () => {
      const response = await raw(`${server.origin}/api/request`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
        body: JSON.stringify({ channel: 'plans:get', input: { planId: detail.plan.id } })
      });
      return { text: response.body, value: (unpack(JSON.parse(response.body) as never) as unknown as { value: PlanScreen }).value };
    };
    const first = await screen();
    expect(first.text).toContain('"$rows"');
    expect(first.value).toEqual(await call(core, 'plans:get', { planId: detail.plan.id }));
    expect((await screen()).text).toBe(first.text);

    const step = first.value.milestones[3]!;
    await call(core, 'milestones:update', { milestoneId: step.id, status: 'done' });
    const after = await screen();
    expect(after.value.milestones.find((milestone) => milestone.id === step.id)?.status).toBe('done');
    expect(after.value.progress.resolved).toBe(1);
  });

  it("writes the answers to a start's first requests into the page, for the languages the browser names", async () => {
    const { core, server } = await start();
    await call(core, 'plans:create', { name: 'Mine' });
    const page = await raw(server.url, { headers: { 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
    const entries = pageAnswers(page.body);
    expect(entries.map((entry) => entry.message)).toEqual(JSON.parse(JSON.stringify(startMessages(['fr-CA', 'fr', 'en']))));
    // Each exactly as the router answers it now: no language chosen yet, so the system's (French) texts.
    for (const { message, answer } of entries)
      expect(answer).toEqual(JSON.parse(JSON.stringify(await core.router.handle(message.channel, message.input))));
    expect(entries.find((entry) => entry.message.channel === 'texts:get')?.answer).toMatchObject({ ok: true, value: { language: 'fr' } });
    // A header no browser would send still gives the page, its answers those the router gives such input.
    const odd = await raw(server.url, { headers: { 'Accept-Language': '%%%, ;q=1, <x>' } });
    expect(odd.status).toBe(200);
    for (const { message, answer } of pageAnswers(odd.body))
      expect(answer).toEqual(JSON.parse(JSON.stringify(await core.router.handle(message.channel, message.input))));
    // Not without the token: the page itself is refused.
    expect((await raw(`${server.origin}/`)).body).not.toContain('start-answers');
  });

  it("keeps what people typed inside the page's answers: a plan named like a closing tag does not end them", async () => {
    const { core, server } = await start();
    const name = '</script><script>alert(1)</script><!-- <b>';
    const created = await call<PlanDetail>(core, 'plans:create', { name });
    await call(core, 'settings:update', { activePlanId: created.plan.id });
    const page = await raw(server.url);
    // The page (a bare title here) has no script of its own: the one closing tag is the answers' own.
    expect(page.body.match(/<\/script/gi)).toHaveLength(1);
    expect(page.body).not.toContain('<!--');
    const dashboard = pageAnswers(page.body).find((entry) => entry.message.channel === 'dashboard:summary')!.answer;
    expect(dashboard).toMatchObject({ ok: true });
    expect((dashboard as { value: DashboardSummary }).value.plan?.name).toBe(name);
  });
});

/** The answers the server wrote into a page, read back as the renderer reads them. */
function pageAnswers(html: string): { message: StartMessage; answer: Result<unknown> }[] {
  const block = /<script type="application\/json" id="start-answers">(.*?)<\/script>/s.exec(html);
  expect(block).not.toBeNull();
  return unpack(JSON.parse(block![1]!) as never) as unknown as { message: StartMessage; answer: Result<unknown> }[];
}

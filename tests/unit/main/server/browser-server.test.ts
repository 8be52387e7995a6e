import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../../src/main/server/browser-server';
import { TOKEN_HEADER } from '../../../../src/shared/transport';
import type { PlanDetail, PlanScreen } from '../../../../src/shared/model';
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

  it('sends the plan as it now stands after every write, never an earlier answer', async () => {
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
      return (JSON.parse(response.body) as { value: PlanScreen }).value;
    };
    const first = await screen();
    expect(first).toEqual(await call(core, 'plans:get', { planId: detail.plan.id }));

    const step = first.milestones[3]!;
    await call(core, 'milestones:update', { milestoneId: step.id, status: 'done' });
    const after = await screen();
    expect(after.milestones.find((milestone) => milestone.id === step.id)?.status).toBe('done');
    expect(after.progress.resolved).toBe(1);
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { en } from '@shared/locales/en';
import { fr } from '@shared/locales/fr';
import type { Router } from '../router';
import type { EventBus } from '../events';
import { BATCH_PATH, EVENTS_PATH, MAX_BATCH, REQUEST_PATH, TOKEN_HEADER, TOKEN_QUERY } from '@shared/transport';
import { isChannel, type Channel } from '@shared/contract';
import type { ErrorCode, Result } from '@shared/errors';
import { SECURITY_HEADERS } from './security-headers';
import { readStatic } from './static-files';
import { pack } from '@shared/packed-json';
import { acceptedLanguages, START_ANSWERS_ID, startMessages } from '@shared/start-requests';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface BrowserServerOptions {
  router: Router;
  events: EventBus;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface BrowserServer {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

function sameToken(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, extra = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

function refuse(response: ServerResponse, status: number, code: ErrorCode): void {
  send(response, status, JSON.stringify({ ok: false, error: { code } }), 'application/json');
}

/** A request as the body names it, or why it cannot be one. */
type Message = { channel: Channel; input: unknown } | 'malformed' | 'unknown';

/** JSON text as a value; `undefined` when it is not JSON (no JSON text parses to `undefined`). */
function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A message must be an object whose `channel` is a string naming a contract request; anything else
 * (null, an array, an object or array as channel) is refused before the router sees it.
 */
function checkMessage(message: unknown): Message {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return 'malformed';
  const channel: unknown = Reflect.get(message, 'channel');
  if (typeof channel !== 'string') return 'malformed';
  if (!isChannel(channel)) return 'unknown';
  return { channel, input: Reflect.get(message, 'input') };
}

const REFUSALS = { malformed: 'invalid_input', unknown: 'unknown_request' } as const satisfies Record<string, ErrorCode>;

/** A message's answer: the router's, or the refusal of a message that names no request. */
async function answer(router: Router, message: Message): Promise<Result<unknown>> {
  if (typeof message === 'string') return { ok: false, error: { code: REFUSALS[message] } };
  return router.handle(message.channel, message.input);
}

/**
 * Answers as JSON text, long lists packed (packed-json.ts). An answer a service froze is one it keeps
 * and gives again unchanged (the plan screen, while nothing was written): its text is kept with it,
 * so answering again does not write megabytes again.
 */
const written = new WeakMap<object, string>();

function serialise(result: Result<unknown>): string {
  const value = result.ok ? result.value : undefined;
  const kept = typeof value === 'object' && value !== null && Object.isFrozen(value);
  const known = kept ? written.get(value) : undefined;
  if (known !== undefined) return known;
  const text = JSON.stringify(pack(result));
  if (kept) written.set(value, text);
  return text;
}

/**
 * The page with the answers to a start's first requests written into it (`@shared/start-requests`),
 * for the languages the browser says it wants: the renderer finds them there instead of asking and
 * waiting while its code is read. They go in a JSON data block, which is never run as a script, with
 * every `<` written as `\u003c` so that no text stored in the app (a plan's name) can close it.
 */
async function withStartAnswers(router: Router, html: string, request: IncomingMessage): Promise<string> {
  const entries: string[] = [];
  for (const message of startMessages(acceptedLanguages(request.headers['accept-language']))) {
    entries.push(
      `{"message":${JSON.stringify(message)},"answer":${serialise(await answer(router, { channel: message.channel, input: message.input }))}}`
    );
  }
  const block = `<script type="application/json" id="${START_ANSWERS_ID}">[${entries.join(',').replace(/</g, '\\u003c')}]</script>`;
  return html.includes('</body>') ? html.replace('</body>', `${block}\n  </body>`) : `${html}${block}`;
}

const REFUSED = `${en.server.forbidden}\n${fr.server.forbidden}\n`;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and the router over HTTP on 127.0.0.1 only. Every request must carry the
 * per-launch token (query, header or the cookie set when the tokened URL is opened) and name this
 * server in Host; API calls also need the header and, when a browser sends one, this server's Origin.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  let allowedHosts = new Set<string>();
  let cookieName = '';

  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, '', 'text/plain; charset=utf-8'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const hostOk = allowedHosts.has(request.headers.host ?? '');
    const originHeader = request.headers.origin;
    const originOk = originHeader === undefined || originHeader === origin;
    if (!hostOk || !originOk) return send(response, 403, REFUSED, 'text/plain; charset=utf-8');

    if (url.pathname === REQUEST_PATH || url.pathname === BATCH_PATH) {
      if (request.method !== 'POST') return send(response, 405, '', 'text/plain; charset=utf-8');
      if (!sameToken(token, request.headers[TOKEN_HEADER] as string | undefined)) {
        return send(response, 403, JSON.stringify({ ok: false, error: { code: 'forbidden' } }), 'application/json');
      }
      let body: string;
      try {
        body = await readBody(request);
      } catch {
        return refuse(response, 413, 'invalid_input');
      }
      if (url.pathname === BATCH_PATH) {
        // Several requests sent together (those the page asks for in the same moment, at start):
        // answered one after another, in order, each exactly as it would be alone.
        const messages = parseJson(body);
        if (!Array.isArray(messages) || messages.length === 0 || messages.length > MAX_BATCH) {
          return refuse(response, 400, 'invalid_input');
        }
        const texts: string[] = [];
        for (const message of messages) texts.push(serialise(await answer(options.router, checkMessage(message))));
        return send(response, 200, `[${texts.join(',')}]`, 'application/json');
      }
      const message = checkMessage(parseJson(body));
      if (typeof message === 'string') return refuse(response, 400, REFUSALS[message]);
      return send(response, 200, serialise(await answer(options.router, message)), 'application/json');
    }

    const queryToken = url.searchParams.get(TOKEN_QUERY);
    const authorised =
      sameToken(token, queryToken) ||
      sameToken(token, request.headers[TOKEN_HEADER] as string | undefined) ||
      sameToken(token, cookieToken(request, cookieName));
    if (!authorised) return send(response, 403, REFUSED, 'text/plain; charset=utf-8');

    if (url.pathname === EVENTS_PATH) return streamEvents(response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, '', 'text/plain; charset=utf-8');
    }
    const file = await readStatic(options.rendererDir, url.pathname);
    if (file === 'malformed') return send(response, 400, '', 'text/plain; charset=utf-8');
    if (!file) return send(response, 404, '', 'text/plain; charset=utf-8');
    const cookie = `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`;
    const body = file.type.startsWith('text/html')
      ? await withStartAnswers(options.router, file.body.toString('utf8'), request)
      : file.body;
    return send(response, 200, body, file.type, queryToken ? { 'Set-Cookie': cookie } : {});
  }

  function streamEvents(response: ServerResponse): void {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    });
    response.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((event, payload) => {
      response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    response.on('close', unsubscribe);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  cookieName = `caio_path_${port}`;

  return {
    url: `${origin}/?${TOKEN_QUERY}=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

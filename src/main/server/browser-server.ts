import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { en } from '@shared/locales/en';
import { fr } from '@shared/locales/fr';
import type { Router } from '../router';
import type { EventBus } from '../events';
import { EVENTS_PATH, REQUEST_PATH, TOKEN_HEADER, TOKEN_QUERY } from '@shared/transport';
import { isChannel, type Channel } from '@shared/contract';
import type { ErrorCode } from '@shared/errors';
import { SECURITY_HEADERS } from './security-headers';
import { readStatic } from './static-files';

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

    if (url.pathname === REQUEST_PATH) {
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
      const message = checkMessage(parseJson(body));
      if (typeof message === 'string') return refuse(response, 400, REFUSALS[message]);
      return send(response, 200, JSON.stringify(await options.router.handle(message.channel, message.input)), 'application/json');
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
    return send(response, 200, file.body, file.type, queryToken ? { 'Set-Cookie': cookie } : {});
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

/**
 * The renderer's only door to the outside: the preload's `window.api` inside Electron, or HTTP to the
 * local browser-mode server. Every method resolves to the request's output or throws an `ApiError`.
 * Only types come from the contract, so its schemas (and zod) stay out of the renderer bundle.
 */
import type { PreloadApi, Subscribe } from '@shared/client';
import type { Channel, Input, Output } from '@shared/contract';
import type { ErrorCode, Result } from '@shared/errors';
import { channelOfMethod, type MethodName } from '@shared/method-names';
import { BATCH_PATH, EVENTS_PATH, MAX_BATCH, REQUEST_PATH, TOKEN_HEADER, TOKEN_QUERY } from '@shared/transport';
import { unpack } from '@shared/packed-json';
import { messageKey, START_ANSWERS_ID, type StartMessage } from '@shared/start-requests';

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    /** Which rule refused the input, when main says (`errors.detail.*` explains the known ones). */
    readonly detail?: string
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export type Api = {
  [C in Channel as MethodName<C>]: (...args: undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>]) => Promise<Output<C>>;
};

type Invoke = (method: string, input: unknown) => Promise<Result<unknown>>;

// Read when first needed, not on import: modules that only format text import this one too.
let knownToken: string | undefined;
const token = () => (knownToken ??= new URLSearchParams(window.location.search).get(TOKEN_QUERY) ?? '');

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token() },
    body: JSON.stringify(body)
  });
  // Long lists come packed (field names once): see packed-json.ts.
  return unpack((await response.json()) as Parameters<typeof unpack>[0]);
}

interface Waiting {
  message: { channel: string; input: unknown };
  resolve: (result: Result<unknown>) => void;
  reject: (error: ApiError) => void;
}

/**
 * Requests asked for in the same moment (the first screen asks for five as the app starts) travel
 * together in one HTTP request: a browser keeps about six connections to a host, and the texts, the
 * content and the screen's code are fetched over the same ones. A lone request travels alone.
 */
const waiting: Waiting[] = [];

/** The answers to `batch`, in its order. */
async function send(batch: Waiting[]): Promise<Result<unknown>[]> {
  if (batch.length === 1) return [(await post(REQUEST_PATH, batch[0]!.message)) as Result<unknown>];
  const answers = await post(
    BATCH_PATH,
    batch.map((item) => item.message)
  );
  // A batch refused as a whole (a wrong token) is answered by one result, which is every request's.
  if (!Array.isArray(answers)) return batch.map(() => answers as Result<unknown>);
  if (answers.length !== batch.length) throw new Error('An answer is missing');
  return answers as Result<unknown>[];
}

async function sendWaiting(): Promise<void> {
  const batch = waiting.splice(0, MAX_BATCH);
  // Already sent by sendNow.
  if (batch.length === 0) return;
  if (waiting.length > 0) queueMicrotask(() => void sendWaiting());
  try {
    const answers = await send(batch);
    batch.forEach((item, index) => item.resolve(answers[index]!));
  } catch {
    for (const item of batch) item.reject(new ApiError('network'));
  }
}

/**
 * The answers browser mode's server wrote into the page for a start's first requests (see
 * `@shared/start-requests`), by request: read once, each handed to the request it answers, once.
 */
let inPage: Map<string, Result<unknown>> | undefined;

function readPageAnswers(): Map<string, Result<unknown>> {
  const found = new Map<string, Result<unknown>>();
  const element = typeof document === 'undefined' ? null : document.getElementById(START_ANSWERS_ID);
  if (!element) return found;
  element.remove();
  try {
    const entries = unpack(JSON.parse(element.textContent ?? '') as Parameters<typeof unpack>[0]) as unknown as {
      message: StartMessage;
      answer: Result<unknown>;
    }[];
    for (const { message, answer } of entries) found.set(messageKey(message), answer);
  } catch {
    // Unreadable: every request is sent instead.
  }
  return found;
}

/** The page's answer to `message`, once; `undefined` when it brought none (the request is sent). */
function pageAnswer(message: { channel: string; input: unknown }): Result<unknown> | undefined {
  inPage ??= readPageAnswers();
  const key = messageKey(message);
  const answer = inPage.get(key);
  inPage.delete(key);
  return answer;
}

/** Forgets the page's answers not asked for: a later request must get a fresh answer, not the page's. */
export function dropPageAnswers(): void {
  inPage ??= readPageAnswers();
  inPage.clear();
}

const httpInvoke: Invoke = (method, input) => {
  const message = { channel: channelOfMethod(method), input };
  const answered = pageAnswer(message);
  if (answered) return Promise.resolve(answered);
  return new Promise((resolve, reject) => {
    if (waiting.length === 0) queueMicrotask(() => void sendWaiting());
    waiting.push({ message, resolve, reject });
  });
};

/**
 * Sends the requests asked for so far at once, rather than once the code now running is done: at
 * start, that is the rest of the app's code being run, which the answers need not wait for.
 */
export function sendNow(): void {
  if (waiting.length > 0) void sendWaiting();
}

/**
 * One event stream for every subscription: a browser keeps about six connections to a host, and
 * each stream holds one open for good, so a stream per event would leave requests queueing.
 */
let events: EventSource | undefined;

const httpSubscribe: Subscribe = (event, callback) => {
  events ??= new EventSource(`${EVENTS_PATH}?${TOKEN_QUERY}=${encodeURIComponent(token())}`);
  const listener = (message: MessageEvent<string>) => callback(JSON.parse(message.data) as Parameters<typeof callback>[0]);
  events.addEventListener(event, listener);
  return () => events?.removeEventListener(event, listener);
};

function preloadInvoke(preload: PreloadApi): Invoke {
  const methods = preload as unknown as Record<string, ((input: unknown) => Promise<Result<unknown>>) | undefined>;
  return async (method, input) => {
    const call = methods[method];
    if (!call) return { ok: false, error: { code: 'unknown_request' } };
    return call(input);
  };
}

let chosen: Invoke | undefined;
const invoke: Invoke = (method, input) => (chosen ??= window.api ? preloadInvoke(window.api) : httpInvoke)(method, input);

/** `api.milestonesUpdate(input)` and so on: one typed method per contract request. */
export const api = new Proxy({} as Api, {
  get: (_target, method) => async (input?: unknown) => {
    const result = await invoke(String(method), input);
    if (result.ok) return result.value;
    throw new ApiError(result.error.code, result.error.message);
  }
});

/** Subscribes to an event from main; returns the unsubscribe function. */
export const on: Subscribe = (event, callback) => (window.api?.on ?? httpSubscribe)(event, callback);

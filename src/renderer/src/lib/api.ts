/**
 * The renderer's only door to the outside: the preload's `window.api` inside Electron, or HTTP to the
 * local browser-mode server. Every method resolves to the request's output or throws an `ApiError`.
 * Only types come from the contract, so its schemas (and zod) stay out of the renderer bundle.
 */
import type { PreloadApi, Subscribe } from '@shared/client';
import type { Channel, Input, Output } from '@shared/contract';
import type { ErrorCode, Result } from '@shared/errors';
import { channelOfMethod, type MethodName } from '@shared/method-names';
import { EVENTS_PATH, REQUEST_PATH, TOKEN_HEADER, TOKEN_QUERY } from '@shared/transport';

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

/** One request, one HTTP request to browser mode's server; a failure to reach it is `network`. */
const httpInvoke: Invoke = async (method, input) => {
  try {
    const response = await fetch(REQUEST_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token() },
      body: JSON.stringify({ channel: channelOfMethod(method), input })
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    throw new ApiError('network');
  }
};

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
    // A rule's code (`date_out_of_range`) says which rule refused the input; other messages are for logs.
    const rule = result.error.message && /^[a-z_]+$/.test(result.error.message) ? result.error.message : undefined;
    throw new ApiError(result.error.code, rule);
  }
});

/** Subscribes to an event from main; returns the unsubscribe function. */
export const on: Subscribe = (event, callback) => (window.api?.on ?? httpSubscribe)(event, callback);

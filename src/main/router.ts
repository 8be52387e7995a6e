import { isChannel, requests, type Channel, type Output, type ParsedInput } from '@shared/contract';
import { AppError, type Result } from '@shared/errors';

/** One handler per request; the compiler refuses a contract request without one. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
};

export interface Router {
  handle(channel: string, input: unknown): Promise<Result<unknown>>;
}

/**
 * Turns `(channel, input)` into a validated handler call. Every failure becomes a stable code the
 * renderer can translate; unexpected errors are logged and reported as `internal`.
 */
export function createRouter(handlers: Handlers, log: (error: unknown) => void = console.error): Router {
  async function dispatch<C extends Channel>(channel: C, input: unknown): Promise<Result<unknown>> {
    const parsed = requests[channel].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: parsed.error.issues[0]?.message } };
    }
    const handler = handlers[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  }

  return {
    async handle(channel, input) {
      if (!isChannel(channel)) return { ok: false, error: { code: 'unknown_request' } };
      try {
        return await dispatch(channel, input);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
        // A read-only data folder or file, said as such rather than as an unexpected failure.
        if (error instanceof Error && 'code' in error && error.code === 'SQLITE_READONLY')
          return { ok: false, error: { code: 'read_only' } };
        log(error);
        return { ok: false, error: { code: 'internal' } };
      }
    }
  };
}

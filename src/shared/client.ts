import { channels, methodName, type Channel, type EventName, type Events, type Input, type MethodName, type Output } from './contract';
import type { Result } from './errors';

/** What the preload exposes: one function per request, each resolving to a `Result`. */
export type ResultApi = {
  [C in Channel as MethodName<C>]: (input: Input<C>) => Promise<Result<Output<C>>>;
};

type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/** Builds one named function per contract request on top of a transport's `invoke`. */
export function buildResultApi(invoke: Invoke): ResultApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of channels) {
    api[methodName(channel)] = (input: unknown) => invoke(channel, input);
  }
  return api as ResultApi;
}

/** Subscribes to a main-process event; returns the unsubscribe function. */
export type Subscribe = <E extends EventName>(event: E, callback: (payload: Events[E]) => void) => () => void;

/** Everything the preload exposes on `window.api`. */
export type PreloadApi = ResultApi & { on: Subscribe };

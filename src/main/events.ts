import type { EventName, Events } from '@shared/contract';

type Listener = <E extends EventName>(event: E, payload: Events[E]) => void;

/** Fan-out of main-to-renderer events to whichever transports are listening. */
export function createEventBus() {
  const listeners = new Set<Listener>();
  return {
    emit<E extends EventName>(event: E, payload: Events[E]): void {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }
  };
}

export type EventBus = ReturnType<typeof createEventBus>;

/**
 * Idempotent creates: a create carrying a `requestId` runs in one transaction with the record of
 * its reply, so a retry after a lost reply (the process killed between commit and answer) gets the
 * first reply back and never makes a second row.
 */
import type { Database } from 'better-sqlite3';
import type { Channel } from '@shared/contract';
import type { Clock } from '../../clock';
import type { Handlers } from '../../router';

/** Requests that create rows; each takes an optional `requestId`. */
export const CREATE_CHANNELS = [
  'onboarding:complete',
  'plans:create',
  'plans:createFromRoute',
  'plans:duplicate',
  'stages:create',
  'milestones:create',
  'evidence:add'
] as const satisfies readonly Channel[];

/** How long a reply is kept for a retry. */
const KEEP_DAYS = 30;

export function withIdempotency(db: Database, handlers: Handlers, clock: Clock): Handlers {
  const find = db.prepare<[string], { channel: string; response: string }>(
    'SELECT channel, response FROM request_log WHERE request_id = ?'
  );
  const record = db.prepare<[string, string, string, string]>(
    'INSERT INTO request_log (request_id, channel, response, created_at) VALUES (?, ?, ?, ?)'
  );
  const cutoff = new Date(clock.now().getTime() - KEEP_DAYS * 86_400_000).toISOString();
  try {
    db.prepare('DELETE FROM request_log WHERE created_at < ?').run(cutoff);
  } catch {
    // Read-only database: nothing to prune, and no create will succeed anyway.
  }
  const wrapped: Partial<Handlers> = {};
  for (const channel of CREATE_CHANNELS) {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const once = db.transaction((requestId: string, input: unknown): unknown => {
      const previous = find.get(requestId);
      if (previous) return JSON.parse(previous.response);
      const value = handler(input);
      if (value instanceof Promise) throw new Error(`${channel} must answer synchronously to be idempotent`);
      record.run(requestId, channel, JSON.stringify(value), clock.now().toISOString());
      return value;
    });
    Object.assign(wrapped, {
      [channel]: (input: { requestId?: string }) => {
        if (!input.requestId) return handler(input);
        const { requestId, ...rest } = input;
        return once(requestId, rest);
      }
    });
  }
  return { ...handlers, ...wrapped };
}

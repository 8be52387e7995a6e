import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../src/main/core';
import { channels, requests, type Channel } from '../../../../../src/shared/contract';
import { call, tempDir } from '../../../helpers';
import { contentHash, openCore } from './support';

let core: Core;
let ids: number[] = [];
let accepted = 0;

beforeAll(async () => {
  core = openCore(tempDir());
  const plan = await call<{ plan: { id: number } }>(core, 'plans:create', { name: 'Target' });
  const stage = await call<{ id: number }>(core, 'stages:create', { planId: plan.plan.id, title: 'Stage' });
  const milestone = await call<{ id: number }>(core, 'milestones:create', {
    planId: plan.plan.id,
    stageId: stage.id,
    title: 'M',
    kind: 'skill'
  });
  ids = [plan.plan.id, stage.id, milestone.id, 1, 2, 3, 999_999];
});

afterAll(() => core.close());

/** Values near the contract's shapes as well as anything at all, so both validation and services are exercised. */
const field = () =>
  fc.oneof(
    fc.constantFrom(...ids),
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.constantFrom('', ' ', 'x'.repeat(300), '2026-02-30', '2027-06-30', 'https://example.org', 'javascript:alert(1)', '__proto__'),
    fc.constantFrom('todo', 'done', 'diploma', 'route.engineering', 'fr', 'dark', 'replace', 'merge'),
    fc.boolean(),
    fc.constant(null),
    fc.uuid()
  );
const KEYS = [
  'planId',
  'stageId',
  'milestoneId',
  'evidenceId',
  'undoToken',
  'name',
  'title',
  'kind',
  'status',
  'dueDate',
  'completedDate',
  'notes',
  'position',
  'archived',
  'description',
  'url',
  'routeId',
  'language',
  'theme',
  'requestId',
  'token',
  'mode',
  'file',
  'base64',
  'locale',
  'hoursPerWeek',
  'profile'
];
/** The channel's own keys (when its input is an object), each with a near-valid or hostile value. */
function shaped(channel: Channel) {
  const schema = requests[channel].input as unknown as { shape?: Record<string, unknown> };
  if (!schema.shape) return fc.constant(undefined);
  return fc.record(Object.fromEntries(Object.keys(schema.shape).map((key) => [key, field()])), { requiredKeys: [] });
}

const payload = (channel: Channel) =>
  fc.oneof(
    shaped(channel),
    shaped(channel),
    fc.anything(),
    fc.dictionary(fc.constantFrom(...KEYS), field(), { maxKeys: 6 }),
    fc.constant(undefined)
  );

describe('random payloads on every router channel', () => {
  it.each(channels)('%s: no crash, no internal error, and a refused request changes no row', async (channel) => {
    await fc.assert(
      fc.asyncProperty(payload(channel), async (input) => {
        const before = contentHash(core);
        const result = await core.router.handle(channel, input);
        if (result.ok) {
          accepted += 1;
          return;
        }
        expect(result.error.code, JSON.stringify(input)).not.toBe('internal');
        expect(contentHash(core)).toBe(before);
      }),
      { numRuns: 60 }
    );
  });

  it('had random payloads accepted too, so services were reached and not only validation', () => {
    expect(accepted).toBeGreaterThan(50);
  });
});

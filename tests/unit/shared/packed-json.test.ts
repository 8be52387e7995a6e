import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pack, unpack } from '../../../src/shared/packed-json';

/** What the other side reads: the value through JSON, as text. */
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Parameters<typeof unpack>[0];

/** Lists of same-shaped rows, long enough to be packed, with nested lists and objects in their fields. */
const rows = fc
  .uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 6 })
  .chain((keys) =>
    fc
      .array(fc.tuple(...keys.map(() => fc.jsonValue({ maxDepth: 2 }))), { minLength: 0, maxLength: 40 })
      .map((values) => values.map((row) => Object.fromEntries(keys.map((key, index) => [key, row[index]]))))
  );

describe('packed JSON for browser mode answers', () => {
  it('gives back exactly what JSON alone would, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(unpack(throughJson(pack(value)))).toEqual(throughJson(value));
      }),
      { numRuns: 500 }
    );
  });

  it('gives back lists of rows exactly, packed or not, also inside other answers', () => {
    fc.assert(
      fc.property(rows, fc.option(fc.constantFrom(undefined, 'note')), (list, extra) => {
        const answer = { ok: true, value: { plan: { id: 1 }, milestones: list, nested: [list] }, extra };
        expect(unpack(throughJson(pack(answer)))).toEqual(throughJson(answer));
      }),
      { numRuns: 300 }
    );
  });

  it('sends a plan of thousands of milestones in about half the text', () => {
    const milestones = Array.from({ length: 2000 }, (_, index) => ({
      id: index + 1,
      planId: 1,
      title: `Milestone ${index + 1}`,
      status: index % 3 === 0 ? 'done' : 'todo',
      dueDate: index % 2 ? '2027-05-15' : null,
      notes: '',
      createdAt: '2026-12-03T12:43:36.515Z'
    }));
    const packed = JSON.stringify(pack({ milestones }));
    expect(packed.length).toBeLessThan(JSON.stringify({ milestones }).length * 0.6);
    expect(unpack(JSON.parse(packed) as Parameters<typeof unpack>[0])).toEqual({ milestones });
  });

  it('leaves rows whose fields differ, and undefined fields, as JSON writes them', () => {
    const mixed = Array.from({ length: 20 }, (_, index) => (index === 7 ? { b: 1, a: 2 } : { a: 1, b: 2 }));
    const holes = Array.from({ length: 20 }, (_, index) => ({ a: index, b: index === 3 ? undefined : 'x' }));
    for (const list of [mixed, holes]) expect(unpack(throughJson(pack(list)))).toEqual(throughJson(list));
  });
});

describe('packed JSON, reading', () => {
  it('takes the parsed answer over: objects without a packed list come back as they were read, not copied', () => {
    const texts = { nav: { dashboard: 'Dashboard', plan: 'Plan' }, plan: { progress: '{{resolved}} of {{total}}' } };
    const read = throughJson(pack({ ok: true, value: { texts, rows: Array.from({ length: 20 }, (_, id) => ({ id })) } })) as {
      value: { texts: object; rows: unknown };
    };
    const readTexts = read.value.texts;
    const unpacked = unpack(read as never) as typeof read;
    expect(unpacked).toBe(read);
    expect(unpacked.value.texts).toBe(readTexts);
    expect(unpacked.value.texts).toEqual(texts);
    expect(unpacked.value.rows).toEqual(Array.from({ length: 20 }, (_, id) => ({ id })));
  });
});

describe('packed JSON, odd field names', () => {
  it('keeps a field named __proto__ as a field, as JSON.parse does', () => {
    const list = throughJson(Array.from({ length: 20 }, (_, index) => JSON.parse(`{"__proto__": ${index}, "a": 1}`) as object));
    expect(unpack(throughJson(pack(list)))).toEqual(list);
    expect(Object.keys((unpack(throughJson(pack(list))) as object[])[0]!)).toEqual(['__proto__', 'a']);
  });
});

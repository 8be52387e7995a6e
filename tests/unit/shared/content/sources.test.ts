import { describe, expect, it } from 'vitest';
import { COMPANY_SIZES } from '@shared/model';
import { PAY_SOURCES, PAY_STEPS, PAY_STEP_IDS, type Source } from '@shared/content/pay';
import { CHOICE_SOURCES, EXECUTIVE_OPTIONS, MASTER_OPTIONS, type Fact } from '@shared/content/choices';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function expectDated(source: Source | undefined, what: string): void {
  expect(source, `${what} names no known source`).toBeDefined();
  expect(source!.consulted, `${what}: the date its source was checked`).toMatch(ISO_DATE);
  expect(source!.title.en.length).toBeGreaterThan(0);
  expect(source!.title.fr.length).toBeGreaterThan(0);
  // The year is stated, or explicitly unknown (null, which the app shows as "not stated").
  expect(source!.year === null || /^\d{4}$/.test(source!.year ?? ''), `${what}: year`).toBe(true);
}

describe('pay for each step', () => {
  it('covers every step and company size, each figure with a dated source or an explicit gap', () => {
    expect(PAY_STEPS.map((step) => step.id)).toEqual([...PAY_STEP_IDS]);
    for (const step of PAY_STEPS) {
      for (const size of COMPANY_SIZES) {
        const band = step.bands[size];
        if (band === null) {
          // No figure: the step's note says why, in both languages.
          expect(step.note.en).toMatch(/no (public )?source/i);
          expect(step.note.fr).toMatch(/aucune source/i);
          continue;
        }
        expect(band.min).toBeGreaterThan(0);
        expect(band.currency).toBe('EUR');
        expect(band.asOf).toMatch(ISO_DATE);
        expectDated(PAY_SOURCES[band.sourceId], `${step.id} ${size}`);
      }
    }
  });

  it('gives the CAIO step the article’s bands and invents none for the steps before it', () => {
    const caio = PAY_STEPS.find((step) => step.id === 'pay.caio')!;
    expect(caio.bands['mid-size']).toMatchObject({ min: 60_000, max: 80_000 });
    expect(caio.bands.multinational).toMatchObject({ min: 120_000, max: null });
    for (const id of ['pay.lead-data-scientist', 'pay.head-of-ai'] as const) {
      expect(Object.values(PAY_STEPS.find((step) => step.id === id)!.bands).every((band) => band === null)).toBe(true);
    }
  });
});

describe('facts in the two comparisons', () => {
  const facts: [string, Fact][] = [
    ...MASTER_OPTIONS.flatMap((option) =>
      [...option.leadsTo, ...option.asks, ...option.lookUp].map((fact): [string, Fact] => [option.id, fact])
    ),
    ...EXECUTIVE_OPTIONS.flatMap((option) => [...option.cost, ...option.evidences].map((fact): [string, Fact] => [option.id, fact]))
  ];

  it('every fact shown cites at least one source with the date it was checked', () => {
    expect(facts.length).toBeGreaterThan(10);
    for (const [option, fact] of facts) {
      expect(fact.sourceIds.length, `${option}: ${fact.text.en}`).toBeGreaterThan(0);
      for (const id of fact.sourceIds) expectDated(CHOICE_SOURCES[id], `${option}: ${fact.text.en}`);
      expect(fact.text.fr.length).toBeGreaterThan(0);
    }
  });

  it('compares every master’s option on the same three questions, and every executive option on cost and evidence', () => {
    expect(MASTER_OPTIONS.map((option) => option.id)).toEqual([
      'master-ai',
      'master-data',
      'master-cs',
      'engineering-school',
      'work-study'
    ]);
    for (const option of MASTER_OPTIONS)
      expect(Math.min(option.leadsTo.length, option.asks.length, option.lookUp.length)).toBeGreaterThan(0);
    for (const option of EXECUTIVE_OPTIONS) expect(Math.min(option.cost.length, option.evidences.length)).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, daysBetween } from '../../../../src/main/services/dates';

const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('dayNumber', () => {
  it('counts the same days since 1970-01-01 as the Date parser, for any date from year 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: Date.parse('9999-12-31T00:00:00Z') }), (time) => {
        const iso = isoOf(time);
        expect(dayNumber(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      }),
      { numRuns: 5000 }
    );
  });

  it('knows the days around leap days and century years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('2024-12-31') - dayNumber('2024-01-01')).toBe(365);
    expect(dayNumber('2027-06-30') - dayNumber('2026-12-04')).toBe(daysBetween('2026-12-04', '2027-06-30'));
  });
});

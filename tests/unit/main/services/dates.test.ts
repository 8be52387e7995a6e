import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween } from '../../../../src/main/services/dates';

describe('dayNumber', () => {
  it('knows the days around leap days and century years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('2024-12-31') - dayNumber('2024-01-01')).toBe(365);
    expect(dayNumber('2027-06-30') - dayNumber('2026-12-04')).toBe(daysBetween('2026-12-04', '2027-06-30'));
  });
});

import { describe, expect, it } from 'vitest';
import { localDate, withFrenchFirst } from '../../../src/shared/local-date';

const written = (iso: string, locale: string, dateStyle: 'medium' | 'long') =>
  withFrenchFirst(new Intl.DateTimeFormat(locale, { dateStyle }).format(localDate(iso)), iso, locale);

describe('the first of the month in French', () => {
  it('is written 1er, in medium and long dates, in France and Canada', () => {
    expect(written('2027-01-01', 'fr-FR', 'medium')).toBe('1er janv. 2027');
    expect(written('2027-05-01', 'fr', 'long')).toBe('1er mai 2027');
    expect(written('2027-05-01', 'fr-CA', 'long')).toBe('1er mai 2027');
  });

  it('leaves other days and other languages as Intl writes them', () => {
    expect(written('2027-01-11', 'fr-FR', 'medium')).toBe('11 janv. 2027');
    expect(written('2027-01-21', 'fr-FR', 'long')).toBe('21 janvier 2027');
    expect(written('2027-01-01', 'en-GB', 'medium')).toBe('1 Jan 2027');
  });
});

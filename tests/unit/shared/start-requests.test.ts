import { describe, expect, it } from 'vitest';
import { acceptedLanguages, formatLocalesOf, messageKey, startMessages, systemLanguageOf } from '../../../src/shared/start-requests';

describe("a start's first requests, as both sides build them", () => {
  it('reads the languages of an Accept-Language header in its order, without weights or wildcards', () => {
    expect(acceptedLanguages('fr-CA,fr;q=0.9, en ;q=0.8,*;q=0.1')).toEqual(['fr-CA', 'fr', 'en']);
    expect(acceptedLanguages('')).toEqual([]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it("asks for the system's first language's texts and shapes, or English's without one", () => {
    expect(systemLanguageOf(['fr-CA', 'en'])).toBe('fr');
    expect(systemLanguageOf(['de-DE', 'fr'])).toBe('en');
    expect(systemLanguageOf([])).toBe('en');
    expect(formatLocalesOf(['en-GB', 'fr'])).toEqual(['en-GB', 'en', 'fr']);
    expect(formatLocalesOf(['fr'])).toEqual(['fr', 'en']);
    expect(formatLocalesOf([])).toEqual(['en', 'fr']);
    const texts = startMessages(['fr-CA']).find((message) => message.channel === 'texts:get');
    expect(texts?.input).toEqual({ unchosen: 'fr' });
  });

  it('gives a request without input the same key, whether its input is absent or undefined', () => {
    expect(messageKey({ channel: 'settings:get' })).toBe(messageKey({ channel: 'settings:get', input: undefined }));
    expect(messageKey({ channel: 'texts:get', input: { unchosen: 'fr' } })).not.toBe(
      messageKey({ channel: 'texts:get', input: { unchosen: 'en' } })
    );
  });
});

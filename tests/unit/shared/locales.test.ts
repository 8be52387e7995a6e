import { describe, expect, it } from 'vitest';
import { en } from '../../../src/shared/locales/en';
import { fr } from '../../../src/shared/locales/fr';
import { LANGUAGES, MILESTONE_KINDS, MILESTONE_STATUSES, REASON_KEYS, VIEWS } from '../../../src/shared/model';
import { ACHIEVEMENTS, CURRENT_ROLES, EDUCATION_LEVELS, STUDY_FIELDS } from '../../../src/shared/profile';
import { ERROR_CODES } from '../../../src/shared/errors';
import { SECTIONS } from '../../../src/main/services/data/backup-format';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const resources = { en: flatten(en as unknown as Tree), fr: flatten(fr as unknown as Tree) };

describe('locales', () => {
  it('French and English have the same keys, plural categories aside', () => {
    const base = (keys: Map<string, string>) => [...new Set([...keys.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
    expect(base(resources.fr)).toEqual(base(resources.en));
  });

  it('every translation uses the same {{placeholders}} in both languages', () => {
    for (const [key, text] of resources.en) {
      const frKey = resources.fr.has(key) ? key : key.replace(PLURAL_SUFFIX, '_other');
      expect(placeholders(resources.fr.get(frKey) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('every plural key has each category Intl.PluralRules gives its language, and no other', () => {
    for (const language of LANGUAGES) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
      const plurals = new Map<string, string[]>();
      for (const key of resources[language].keys()) {
        const match = PLURAL_SUFFIX.exec(key);
        if (!match) continue;
        const base = key.replace(PLURAL_SUFFIX, '');
        plurals.set(base, [...(plurals.get(base) ?? []), match[1]!]);
      }
      expect(plurals.size, language).toBeGreaterThan(0);
      for (const [base, found] of plurals) expect(found.sort(), `${language}: ${base}`).toEqual(categories);
    }
  });

  it('French counts 0 and 1 as singular, and many for round millions', () => {
    const rules = new Intl.PluralRules('fr');
    expect([rules.select(0), rules.select(1), rules.select(2), rules.select(1_000_000)]).toEqual(['one', 'one', 'other', 'many']);
  });

  it('no translation is empty, and French puts a non-breaking space before : ; ! ? and inside « »', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of resources[language]) expect(text.trim(), `${language}:${key}`).not.toBe('');
    }
    for (const [key, text] of resources.fr) {
      // URL schemes (https://) are not punctuation.
      expect(text.replace(/https?:\/\//g, ''), key).not.toMatch(/[^\u00a0\u202f][:;!?]/);
      expect(text, key).not.toMatch(/«[^\u00a0\u202f]|[^\u00a0\u202f]»/);
    }
  });

  it('translates every value the code builds a key from', () => {
    const families: Array<[string, readonly string[]]> = [
      ['reason', REASON_KEYS],
      ['achievement', ACHIEVEMENTS],
      ['profile.educationLevel', EDUCATION_LEVELS],
      ['profile.field', STUDY_FIELDS],
      ['profile.role', CURRENT_ROLES],
      ['milestone.kind', MILESTONE_KINDS],
      ['milestone.status', MILESTONE_STATUSES],
      ['nav', VIEWS],
      ['errors', ERROR_CODES],
      // The import preview names each table of a backup; a raw table name is never shown.
      ['data.import.section', SECTIONS.map((section) => section.table)]
    ];
    for (const [prefix, values] of families) {
      for (const value of values) expect(resources.en.has(`${prefix}.${value}`), `${prefix}.${value}`).toBe(true);
    }
  });

  it('French names each thing one way: étape clé, justificatif, ignorée, terminées', () => {
    const french = [...resources.fr.values()].join('\n');
    for (const other of [/\bjalons?\b/i, /\bpreuves?\b/i, /\bécarté/i, /\btraité/i]) expect(french).not.toMatch(other);
  });

  it('English explains the French education terms and names the source it quotes', () => {
    for (const term of ['bac5', 'grandeEcole', 'alternance', 'mastere']) {
      expect(resources.en.get(`guide.terms.${term}.term`)).toBe(resources.fr.get(`guide.terms.${term}.term`));
      expect(resources.en.get(`guide.terms.${term}.meaning`)?.length).toBeGreaterThan(40);
    }
    for (const text of resources.en.values()) expect(text).not.toMatch(/\bThe article\b/);
    expect(resources.en.get('assessment.beyond.intro')).toContain('career article on the CAIO role');
    expect(resources.en.get('assessment.beyond.intro')).toContain('DSI: head of information systems');
  });
});

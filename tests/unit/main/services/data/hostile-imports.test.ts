import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../src/main/core';
import { problemValues, type ExportFile, type ImportCheck, type ImportProblemCode } from '../../../../../src/shared/data-model';
import { createTranslator } from '../../../../../src/main/i18n';
import { call, callMilestone, tempDir } from '../../../helpers';
import { contentHash, openCore } from './support';

type Document = { [key: string]: unknown; tables: Record<string, Array<Record<string, unknown>>> };

let core: Core;
let valid: Document;

beforeAll(async () => {
  core = openCore(tempDir());
  await call(core, 'settings:update', { language: 'fr', theme: 'dark' });
  const plan = await call<{ plan: { id: number } }>(core, 'plans:create', { name: 'Mine' });
  const stage = await call<{ id: number }>(core, 'stages:create', { planId: plan.plan.id, title: 'Studies' });
  const milestone = await callMilestone(core, 'milestones:create', {
    planId: plan.plan.id,
    stageId: stage.id,
    title: 'MSc',
    kind: 'diploma'
  });
  await call(core, 'evidence:add', { milestoneId: milestone.id, description: 'Diploma', url: 'https://example.org/d' });
  await call(core, 'plans:create', { name: 'Other' });
  core.db.prepare("INSERT INTO skills (id, target_level) VALUES ('skill.ai', 3)").run();
  core.db.prepare("INSERT INTO skill_assessments (skill_id, level, assessed_on, note) VALUES ('skill.ai', 2, '2026-10-01', '')").run();
  core.db
    .prepare(
      "INSERT INTO profile (id, achieved_json, details_json, updated_at, hours_per_week) VALUES (1, '[]', '{}', '2026-11-24T10:00:00.000Z', 5)"
    )
    .run();
  valid = JSON.parse((await call<ExportFile>(core, 'data:exportBackup')).content) as Document;
});

afterAll(() => core.close());

const clone = (): Document => structuredClone(valid);
const text = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
/** The valid file with one change made to it. */
const edit = (change: (document: Document) => void) => {
  const document = clone();
  change(document);
  return text(document);
};
const row = (section: string, index = 0) => valid.tables[section]?.[index] ?? {};
const withRow = (section: string, changes: Record<string, unknown>) =>
  edit((document) => {
    const rows = document.tables[section] ?? [];
    rows[0] = { ...rows[0], ...changes };
  });
const utf16 = (bom: boolean, littleEndian = true) => {
  const body = Buffer.from(JSON.stringify(valid), 'utf16le');
  if (!littleEndian) body.swap16();
  return Buffer.concat([bom ? Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]);
};

const CASES: Array<[string, () => Buffer, ImportProblemCode]> = [
  ['an empty file', () => Buffer.alloc(0), 'empty'],
  ['only spaces and new lines', () => text('  \n\t\n  '), 'empty'],
  ['UTF-16 LE with a byte-order mark', () => utf16(true), 'utf16'],
  ['UTF-16 BE with a byte-order mark', () => utf16(true, false), 'utf16'],
  ['UTF-16 LE without a mark', () => utf16(false), 'utf16'],
  ['Latin-1 text', () => Buffer.from(JSON.stringify(valid).replace('Mine', 'Réussite'), 'latin1'), 'notUtf8'],
  ['random binary', () => Buffer.concat([Buffer.from([0xc3, 0x28]), randomBytes(4096)]), 'notUtf8'],
  ['50 MB of junk', () => Buffer.alloc(50 * 1024 * 1024, 'x'), 'tooLarge'],
  ['13 MB of valid-looking JSON', () => text({ ...valid, padding: 'a'.repeat(13 * 1024 * 1024) }), 'tooLarge'],
  ['JSON cut in half', () => text(JSON.stringify(valid).slice(0, JSON.stringify(valid).length / 2)), 'notJson'],
  ['an opening brace alone', () => text('{'), 'notJson'],
  ['trailing garbage', () => text(`${JSON.stringify(valid)} trailing`), 'notJson'],
  ['comments in JSON', () => text(`// backup\n${JSON.stringify(valid)}`), 'notJson'],
  ['single quotes', () => text("{'format': 'caio-path-backup'}"), 'notJson'],
  ['NaN', () => text('{"format": "caio-path-backup", "formatVersion": NaN}'), 'notJson'],
  ['a CSV file', () => text('title,kind,status\nMSc,diploma,done\n'), 'notJson'],
  ['null', () => text('null'), 'notBackup'],
  ['an array', () => text([valid]), 'notBackup'],
  ['a string', () => text('"caio-path-backup"'), 'notBackup'],
  ['a number', () => text('42'), 'notBackup'],
  ['an empty object', () => text({}), 'notBackup'],
  ['another app’s marker', () => edit((document) => (document.format = 'other-app')), 'notBackup'],
  ['deeply nested arrays', () => text(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'notBackup'],
  ['a newer format', () => edit((document) => (document.formatVersion = 2)), 'newerFormat'],
  ['a much newer format of another shape', () => text({ format: 'caio-path-backup', formatVersion: 99, data: [] }), 'newerFormat'],
  ['the format version as text', () => edit((document) => (document.formatVersion = '1')), 'badHeader'],
  ['format version 0', () => edit((document) => (document.formatVersion = 0)), 'badHeader'],
  ['format version 1.5', () => edit((document) => (document.formatVersion = 1.5)), 'badHeader'],
  ['no app version', () => edit((document) => delete document.appVersion), 'badHeader'],
  ['an export date in words', () => edit((document) => (document.exportedAt = 'yesterday')), 'badHeader'],
  ['no tables', () => edit((document) => delete (document as Partial<Document>).tables), 'badHeader'],
  ['tables as an array', () => edit((document) => ((document as { tables: unknown }).tables = [])), 'badHeader'],
  ['a section that is not a list', () => edit((document) => ((document.tables as Record<string, unknown>).plans = { id: 1 })), 'badHeader'],
  ['an extra header field', () => edit((document) => (document.extra = true)), 'badHeader'],
  ['__proto__ at the top', () => text(JSON.stringify(valid).replace('{', '{"__proto__": {"polluted": true},')), 'forbiddenKey'],
  ['__proto__ in the tables', () => text(JSON.stringify(valid).replace('"tables":{', '"tables":{"__proto__":[],')), 'forbiddenKey'],
  [
    'constructor in a row',
    () => text(JSON.stringify(valid).replace('"name":"Mine"', '"name":"Mine","constructor":{"prototype":{}}')),
    'forbiddenKey'
  ],
  ['prototype in a row', () => text(JSON.stringify(valid).replace('"name":"Mine"', '"name":"Mine","prototype":1')), 'forbiddenKey'],
  ['an unknown table', () => edit((document) => (document.tables.payments = [])), 'unknownSection'],
  ['a plan id as text', () => withRow('plans', { id: '1' }), 'invalidRow'],
  ['a negative plan id', () => withRow('plans', { id: -1 }), 'invalidRow'],
  ['a fractional plan id', () => withRow('plans', { id: 1.5 }), 'invalidRow'],
  ['an id beyond safe integers', () => withRow('plans', { id: 2 ** 60 }), 'invalidRow'],
  ['an empty plan name', () => withRow('plans', { name: '' }), 'invalidRow'],
  ['a 201-character plan name', () => withRow('plans', { name: 'x'.repeat(201) }), 'invalidRow'],
  ['a plan with an extra column', () => withRow('plans', { owner: 'me' }), 'invalidRow'],
  ['a plan without a name', () => edit((document) => delete document.tables.plans?.[0]?.name), 'invalidRow'],
  ['an unknown route', () => withRow('plans', { route_id: 'route.astronaut' }), 'invalidRow'],
  ['an unknown milestone kind', () => withRow('milestones', { kind: 'hobby' }), 'invalidRow'],
  ['an unknown status', () => withRow('milestones', { status: 'maybe' }), 'invalidRow'],
  ['an impossible due date', () => withRow('milestones', { due_date: '2026-13-45' }), 'invalidRow'],
  ['notes over 20,000 characters', () => withRow('milestones', { notes: 'n'.repeat(20_001) }), 'invalidRow'],
  ['a stage with neither template nor title', () => withRow('stages', { template_id: null, title: null }), 'invalidRow'],
  ['a javascript: evidence link', () => withRow('evidence', { url: 'javascript:alert(1)' }), 'invalidRow'],
  ['an ftp evidence link', () => withRow('evidence', { url: 'ftp://example.org/x' }), 'invalidRow'],
  ['a second profile', () => withRow('profile', { id: 2 }), 'invalidRow'],
  ['achievements that are not JSON', () => withRow('profile', { achieved_json: 'bachelor' }), 'invalidRow'],
  ['a skill target of 9', () => withRow('skills', { target_level: 9 }), 'invalidRow'],
  ['an assessment level of -1', () => withRow('skill_assessments', { level: -1 }), 'invalidRow'],
  ['a setting 10,001 characters long', () => withRow('settings', { value: 'v'.repeat(10_001) }), 'invalidRow'],
  ['a row that is a list', () => edit((document) => ((document.tables.plans as unknown[])[0] = [1, 'Mine'])), 'invalidRow'],
  ['a row that is null', () => edit((document) => ((document.tables.plans as unknown[])[0] = null)), 'invalidRow'],
  ['two plans with one id', () => edit((document) => document.tables.plans?.push({ ...row('plans'), name: 'Twin' })), 'duplicateId'],
  ['two milestones with one id', () => edit((document) => document.tables.milestones?.push({ ...row('milestones') })), 'duplicateId'],
  ['two settings with one key', () => edit((document) => document.tables.settings?.push({ ...row('settings') })), 'duplicateId'],
  ['a milestone of a missing plan', () => withRow('milestones', { plan_id: 999 }), 'danglingReference'],
  ['a milestone of a missing stage', () => withRow('milestones', { stage_id: 999 }), 'danglingReference'],
  ['evidence of a missing milestone', () => withRow('evidence', { milestone_id: 999 }), 'danglingReference'],
  ['a stage of a missing plan', () => withRow('stages', { plan_id: 999 }), 'danglingReference'],
  ['a milestone in another plan’s stage', () => withRow('milestones', { plan_id: row('plans', 1).id }), 'otherPlan']
];

describe('hostile and malformed import files', () => {
  it('has at least 50 of them', () => expect(CASES.length).toBeGreaterThanOrEqual(50));

  it('accepts the untouched file (so each case below fails for its own reason)', async () => {
    expect((await call<ImportCheck>(core, 'data:checkImport', { base64: text(valid).toString('base64') })).ok).toBe(true);
  });

  const en = createTranslator('en');
  const fr = createTranslator('fr');

  it.each(CASES)('refuses %s with its own translated message, changing nothing', async (_name, make, code) => {
    const before = contentHash(core);
    const result = await core.router.handle('data:checkImport', { base64: make().toString('base64') });
    expect(result.ok).toBe(true);
    const check = (result as { value: ImportCheck }).value;
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem.code).toBe(code);
    for (const t of [en, fr]) {
      const message = t(`data.import.problem.${check.problem.code}`, problemValues(check.problem));
      expect(message).not.toMatch(/data\.import|\{\{/);
    }
    expect(contentHash(core)).toBe(before);
  });
});

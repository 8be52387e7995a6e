/**
 * Reads an import file all the way through before anything is touched: bytes → UTF-8 text → JSON
 * (no `__proto__`/`constructor`/`prototype` keys) → envelope → every row of every section → ids
 * unique → every reference resolved within the file. The first problem found is returned, named.
 */
import { isUtf8 } from 'node:buffer';
import { MAX_IMPORT_BYTES, type ImportProblem } from '@shared/data-model';

export { MAX_IMPORT_BYTES };
import { BACKUP_MARKER, envelopeSchema, FORMAT_VERSION, SECTIONS, type BackupDocument, type Rows } from './backup-format';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** A forbidden name used as a key: the quote before it is not escaped, and a colon follows. */
const FORBIDDEN_KEY = /(?<!\\)"(__proto__|constructor|prototype)"\s*:/;

export type ReadResult = { ok: true; document: BackupDocument } | { ok: false; problem: ImportProblem };

const refuse = (problem: ImportProblem): ReadResult => ({ ok: false, problem });

function decode(bytes: Uint8Array): string | ImportProblem {
  if (bytes.length === 0) return { code: 'empty' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { code: 'utf16' };
  // Node's native check, several times faster than a fatal TextDecoder on a large file.
  if (!isUtf8(bytes)) return { code: 'notUtf8' };
  const utf8 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = utf8.toString('utf8', utf8[0] === 0xef && utf8[1] === 0xbb && utf8[2] === 0xbf ? 3 : 0);
  if (text.includes('\0')) {
    const zeros = bytes.subarray(0, 200).filter((byte) => byte === 0).length;
    return { code: zeros * 3 >= Math.min(bytes.length, 200) ? 'utf16' : 'notUtf8' };
  }
  if (text.trim().length === 0) return { code: 'empty' };
  return text;
}

function parseJson(text: string): unknown {
  if (!FORBIDDEN_KEY.test(text)) return JSON.parse(text);
  // Only then the slower parse that names the key.
  return JSON.parse(text, function check(key, value: unknown) {
    if (FORBIDDEN.has(key)) throw new ForbiddenKey(key);
    return value;
  });
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

function checkRows(document: { formatVersion: number; tables: Record<string, unknown[]> }): { problem: ImportProblem } | { rows: Rows } {
  const known = new Map(SECTIONS.map((section) => [section.table, section]));
  for (const name of Object.keys(document.tables)) {
    const section = known.get(name);
    if (!section || section.since > document.formatVersion) return { problem: { code: 'unknownSection', section: name } };
  }
  const parsed: Rows = {};
  const keys = new Map<string, Map<unknown, Record<string, unknown>>>();
  for (const section of SECTIONS) {
    const rows = document.tables[section.table] ?? [];
    const out: Array<Record<string, unknown>> = [];
    const seen = new Map<unknown, Record<string, unknown>>();
    for (let index = 0; index < rows.length; index += 1) {
      const result = section.row.safeParse(rows[index]);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue?.path[0] ?? '');
        return { problem: { code: 'invalidRow', section: section.table, row: index + 1, field } };
      }
      const key = result.data[section.key];
      if (seen.has(key)) return { problem: { code: 'duplicateId', section: section.table, id: String(key) } };
      seen.set(key, result.data);
      out.push(result.data);
    }
    parsed[section.table] = out;
    keys.set(section.table, seen);
  }
  for (const section of SECTIONS) {
    const rows = parsed[section.table] ?? [];
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index] ?? {};
      for (const reference of section.references) {
        // A null reference (an optional link) names nothing; the row schema says which may be null.
        if (row[reference.column] !== null && !keys.get(reference.section)?.has(row[reference.column])) {
          return { problem: { code: 'danglingReference', section: section.table, row: index + 1, field: reference.column } };
        }
      }
      if (section.table === 'milestones' && keys.get('stages')?.get(row.stage_id)?.plan_id !== row.plan_id) {
        return { problem: { code: 'otherPlan', section: section.table, row: index + 1, field: 'stage_id' } };
      }
    }
  }
  return { rows: parsed };
}

/** Reads and checks a whole backup file. */
export function readBackup(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_IMPORT_BYTES) return refuse({ code: 'tooLarge', max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) });
  const text = decode(bytes);
  if (typeof text !== 'string') return refuse(text);
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    if (error instanceof ForbiddenKey) return refuse({ code: 'forbiddenKey', key: error.key });
    if (error instanceof RangeError) return refuse({ code: 'tooDeep' });
    return refuse({ code: 'notJson' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Reflect.get(value, 'format') !== BACKUP_MARKER) {
    return refuse({ code: 'notBackup' });
  }
  // A newer file is named as such even if the rest of its shape changed.
  const version: unknown = Reflect.get(value, 'formatVersion');
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    return refuse({ code: 'newerFormat', found: version, known: FORMAT_VERSION });
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue?.path[0] ?? '');
    return refuse({ code: 'badHeader', field });
  }
  const checked = checkRows(envelope.data);
  if ('problem' in checked) return refuse(checked.problem);
  return { ok: true, document: { ...envelope.data, tables: checked.rows } };
}

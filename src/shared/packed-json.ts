/**
 * Browser mode's answers travel as JSON text. A list of thousands of rows, each repeating the same
 * field names (a plan of 10,000 milestones is 2.8 MB of JSON), is sent as its field names once and
 * one array of values per row, about half the size and quicker to write and read. `pack` and
 * `unpack` are exact inverses on anything JSON can carry, whatever the shape (tested with random
 * values); the contract and its callers never see the packed form.
 */

/** Where a packed list's field names go; no answer of the contract has a field of this name. */
const KEYS = '$rows';
const VALUES = '$values';
/** Shorter lists are left as they are: packing them would save nothing worth the walk. */
const MIN_ROWS = 16;

/** Sets a field, `__proto__` included (JSON.parse makes it an own field; plain assignment would not). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An object literal's kind (not a Date or another class, which JSON writes its own way). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The shared field names when every item is a plain object with the same names in the same order and no undefined value. */
function sharedKeys(items: unknown[]): string[] | undefined {
  const first = items[0];
  if (!isPlainObject(first)) return undefined;
  const keys = Object.keys(first);
  for (const item of items) {
    if (!isPlainObject(item)) return undefined;
    const own = Object.keys(item);
    if (own.length !== keys.length) return undefined;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index]!;
      if (own[index] !== key || item[key] === undefined) return undefined;
    }
  }
  return keys;
}

/** The value with every long list of same-shaped objects packed (deeply), ready for `JSON.stringify`. */
export function pack(value: unknown): unknown {
  if (Array.isArray(value)) {
    const keys = value.length >= MIN_ROWS ? sharedKeys(value) : undefined;
    if (keys) {
      const rows = value.map((item: Record<string, unknown>) => {
        const row = new Array<unknown>(keys.length);
        for (let index = 0; index < keys.length; index += 1) {
          const field = item[keys[index]!];
          row[index] = typeof field === 'object' && field !== null ? pack(field) : field;
        }
        return row;
      });
      return { [KEYS]: keys, [VALUES]: rows };
    }
    return value.map(pack);
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) put(out, key, pack(item));
    return out;
  }
  return value;
}

/**
 * What `pack` was given, from its parsed JSON. The parsed value is the reader's own, so it is taken
 * over rather than copied: only packed lists are rebuilt, and put back where they were. A language's
 * texts (hundreds of nested fields, no list) then come through without being walked into new objects.
 */
export function unpack(value: Json): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item = value[index]!;
      if (typeof item === 'object' && item !== null) value[index] = unpack(item);
    }
    return value;
  }
  const keys = value[KEYS];
  const rows = value[VALUES];
  if (Array.isArray(keys) && Array.isArray(rows) && Object.keys(value).length === 2) {
    const names = keys as string[];
    const plain = !names.includes('__proto__');
    return rows.map((row) => {
      const item: Record<string, Json> = {};
      const values = row as Json[];
      for (let index = 0; index < names.length; index += 1) {
        const field = values[index]!;
        const read = typeof field === 'object' && field !== null ? unpack(field) : field;
        if (plain) item[names[index]!] = read;
        else put(item, names[index]!, read);
      }
      return item;
    });
  }
  for (const key of Object.keys(value)) {
    const field = value[key]!;
    if (typeof field !== 'object' || field === null) continue;
    const read = unpack(field);
    if (read !== field) put(value, key, read);
  }
  return value;
}

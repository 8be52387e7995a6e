/**
 * Looks at a database file before anything writes to it: is it a SQLite file at all, is it ours, of
 * which schema version, and does `quick_check` pass. Only read-only connections are opened here, so
 * a file that turns out to be damaged or foreign is left byte for byte as it was.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';

export type Health =
  | { kind: 'missing' }
  | { kind: 'ok'; version: number }
  | { kind: 'newer'; version: number }
  | { kind: 'notDatabase' | 'foreign' | 'damaged'; reason: string };

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Tables every version of the app has had since the first. */
const OUR_TABLES = ['settings', 'plans', 'stages', 'milestones'];

function driverOptions(): BetterSqlite3.Options {
  const binding = process.env.CAIO_PATH_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}

/** A read-only connection: nothing in the file can change through it. */
export function openReadOnly(path: string): BetterSqlite3.Database {
  return new BetterSqlite3(path, { ...driverOptions(), readonly: true, fileMustExist: true });
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(100);
    const read = readSync(fd, buffer, 0, 100, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * The header's page count against the file's size: a file cut short is reported before SQLite
 * reads a missing page (the count is valid only when the two change counters agree).
 */
function truncated(header: Buffer, size: number): boolean {
  if (header.length < 100 || header.readUInt32BE(24) !== header.readUInt32BE(92)) return false;
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  return header.readUInt32BE(28) * pageSize > size;
}

/** Examines `path` without writing to it. */
export function inspectDatabase(path: string): Health {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { kind: 'missing' };
  }
  // SQLite treats an empty file as a new database.
  if (size === 0) return { kind: 'missing' };
  const header = readHeader(path);
  if (header.length < HEADER.length || !header.subarray(0, HEADER.length).equals(HEADER)) {
    return { kind: 'notDatabase', reason: 'no SQLite header' };
  }
  if (truncated(header, size)) return { kind: 'damaged', reason: 'file shorter than its header says' };
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = openReadOnly(path);
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      probe
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => row.name)
    );
    const ours = OUR_TABLES.every((table) => tables.has(table));
    if (version === 0 && tables.size === 0) return { kind: 'missing' };
    if (!ours || version === 0) return { kind: 'foreign', reason: `user_version ${version}, tables ${[...tables].slice(0, 5).join(', ')}` };
    if (version > LATEST_SCHEMA_VERSION) return { kind: 'newer', version };
    const problems = probe.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
    const verdict = problems.map((row) => row.quick_check);
    if (verdict.length !== 1 || verdict[0] !== 'ok') return { kind: 'damaged', reason: verdict.join('; ') };
    return { kind: 'ok', version };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'SQLITE_NOTADB') return { kind: 'notDatabase', reason: code };
    if (code.startsWith('SQLITE_CORRUPT')) return { kind: 'damaged', reason: error instanceof Error ? error.message : code };
    // Locked, unreadable, out of memory…: nothing says the file is bad, so it is not moved.
    throw error;
  } finally {
    probe?.close();
  }
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createCore, type Core } from '../../../../../src/main/core';
import { fixedClock } from '../../../helpers';
import type { Clock } from '../../../../../src/main/clock';

export const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A core on a given folder; the caller closes it. */
export function openCore(
  dataDir: string,
  options: { clock?: Clock; canWrite?: (path: string) => boolean; automaticBackups?: boolean } = {}
): Core {
  return createCore({ dataDir, mode: 'browser', version: '0.0.0-test', clock: options.clock ?? fixedClock('2026-11-24'), ...options });
}

/** Every row of every table, as one hash: "the database unchanged". */
export function contentHash(core: Core): string {
  const hash = createHash('sha256');
  const tables = core.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);
  for (const table of tables) {
    hash.update(table);
    // A sequence at 0 is the same as none (SQLite starts from 0 either way): a restore may write one.
    const where = table === 'sqlite_sequence' ? ' WHERE seq > 0' : '';
    for (const row of core.db.prepare(`SELECT * FROM "${table}"${where} ORDER BY rowid`).all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/**
 * One browser-mode server per data folder: a small file in the folder names the running instance
 * (process id and address), so a second start prints that address instead of opening the database twice.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const INSTANCE_FILE = 'browser-instance.json';

interface InstanceRecord {
  pid: number;
  url?: string;
}

export type InstanceClaim =
  | { kind: 'claimed'; publish(url: string): void; release(): void }
  | { kind: 'running'; pid: number; url: string }
  | { kind: 'starting'; pid: number };

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function readRecord(file: string): InstanceRecord | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstanceRecord>;
    if (!Number.isInteger(value.pid)) return undefined;
    return { pid: Number(value.pid), ...(typeof value.url === 'string' ? { url: value.url } : {}) };
  } catch {
    return undefined;
  }
}

/** Claims the data folder for this process, or says which live process already has it. */
export function claimInstance(dataDir: string, pid = process.pid, isAlive = processAlive): InstanceClaim {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, INSTANCE_FILE);
  // The address carries the session's token: readable by its owner only, like the database.
  const write = (record: InstanceRecord, flag: 'wx' | 'w') => writeFileSync(file, JSON.stringify(record), { flag, mode: 0o600 });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      write({ pid }, 'wx');
      return {
        kind: 'claimed',
        publish: (url) => write({ pid, url }, 'w'),
        release: () => {
          if (readRecord(file)?.pid === pid) unlinkSync(file);
        }
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const existing = readRecord(file);
    if (existing && existing.pid !== pid && isAlive(existing.pid)) {
      return existing.url ? { kind: 'running', pid: existing.pid, url: existing.url } : { kind: 'starting', pid: existing.pid };
    }
    // Left behind by a process that ended without cleaning up (a crash, a power cut): take over.
    try {
      unlinkSync(file);
    } catch {
      // Another starting process removed it first; try again.
    }
  }
  throw new Error(`Could not claim ${file}`);
}

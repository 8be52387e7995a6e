import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DataStatus } from '../../../../../src/shared/data-model';
import { DATABASE_FILE } from '../../../../../src/main/data-dir';
import { NewerDatabaseError, migrate } from '../../../../../src/main/db/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../src/main/db/migrations';
import { inspectDatabase } from '../../../../../src/main/services/data/database-health';
import { call, tempDir } from '../../../helpers';
import { fileHash, openCore } from './support';

/** A folder holding a real database with a plan of `count` milestones, closed (WAL checkpointed). */
async function folderWithPlan(count = 400): Promise<string> {
  const dir = tempDir();
  const core = openCore(dir);
  const plan = await call<{ plan: { id: number }; stages: Array<{ id: number }> }>(core, 'plans:create', { name: 'Keep me' });
  const insert = core.db.prepare(
    "INSERT INTO milestones (plan_id, stage_id, title, kind, position, notes, created_at, updated_at) VALUES (?, ?, ?, 'course', ?, ?, '', '')"
  );
  const stage = plan.stages[0]?.id ?? (await call<{ id: number }>(core, 'stages:create', { planId: plan.plan.id, title: 'S' })).id;
  core.db.transaction(() => {
    for (let index = 0; index < count; index += 1) insert.run(plan.plan.id, stage, `Milestone ${index}`, index, 'n'.repeat(200));
  })();
  core.close();
  return dir;
}

function setAsideFiles(dir: string): string[] {
  const folder = join(dir, 'set-aside');
  return existsSync(folder) ? readdirSync(folder).map((file) => join(folder, file)) : [];
}

async function expectFreshStart(dir: string, problem: string, before: string): Promise<void> {
  const core = openCore(dir);
  try {
    const status = await call<DataStatus>(core, 'data:status');
    expect(status.notice?.problem).toBe(problem);
    const [moved] = setAsideFiles(dir);
    expect(status.notice?.setAsidePath).toBe(moved);
    expect(fileHash(moved ?? '')).toBe(before);
    // The app works on a fresh database.
    expect(await call(core, 'plans:create', { name: 'New start' })).toBeTruthy();
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    core.close();
  }
}

describe('a bad database at start', () => {
  it('moves a file of random bytes aside byte for byte and starts fresh', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    writeFileSync(path, randomBytes(64 * 1024));
    const before = fileHash(path);
    expect(inspectDatabase(path).kind).toBe('notDatabase');
    await expectFreshStart(dir, 'notDatabase', before);
  });

  it('moves a database cut in half aside', async () => {
    const dir = await folderWithPlan();
    const path = join(dir, DATABASE_FILE);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const before = fileHash(path);
    expect(inspectDatabase(path).kind).toBe('damaged');
    await expectFreshStart(dir, 'damaged', before);
  });

  it('moves a database with one overwritten page aside instead of writing to it', async () => {
    const dir = await folderWithPlan();
    const path = join(dir, DATABASE_FILE);
    const pages = statSync(path).size / 4096;
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(4096), 0, 4096, Math.floor(pages / 2) * 4096);
    closeSync(fd);
    const before = fileHash(path);
    expect(inspectDatabase(path).kind).toBe('damaged');
    await expectFreshStart(dir, 'damaged', before);
  });

  it('does not switch another program’s SQLite file to WAL: it is moved aside as it was', async () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    const other = new BetterSqlite3(path);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);');
    other.close();
    const before = fileHash(path);
    await expectFreshStart(dir, 'foreign', before);
    const moved = new BetterSqlite3(setAsideFiles(dir)[0] ?? '', { readonly: true });
    expect(moved.pragma('journal_mode', { simple: true })).toBe('delete');
    moved.close();
  });

  it('refuses a database of a newer version and leaves it in place, untouched', () => {
    const dir = tempDir();
    const path = join(dir, DATABASE_FILE);
    const future = new BetterSqlite3(path);
    migrate(future);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const before = fileHash(path);
    expect(() => openCore(dir)).toThrow(NewerDatabaseError);
    expect(fileHash(path)).toBe(before);
    expect(setAsideFiles(dir)).toEqual([]);
  });

  it('opens a read-only folder read-only, says so, and refuses writes with read_only', async () => {
    const dir = await folderWithPlan(10);
    const path = join(dir, DATABASE_FILE);
    const before = fileHash(path);
    const core = openCore(dir, { canWrite: () => false });
    try {
      const status = await call<DataStatus>(core, 'data:status');
      expect(status).toMatchObject({ readOnly: true, notice: { problem: 'readOnly', setAsidePath: null } });
      expect((await call<Array<{ name: string }>>(core, 'plans:list')).map((plan) => plan.name)).toEqual(['Keep me']);
      expect(await core.router.handle('plans:create', { name: 'x' })).toEqual({ ok: false, error: { code: 'read_only' } });
      expect(await core.router.handle('data:backupNow', undefined)).toMatchObject({ ok: false, error: { code: 'read_only' } });
    } finally {
      core.close();
    }
    expect(fileHash(path)).toBe(before);
  });

  it('starts on an empty read-only folder with the notice, in memory', async () => {
    const dir = tempDir();
    const core = openCore(dir, { canWrite: () => false });
    try {
      expect((await call<DataStatus>(core, 'data:status')).notice?.problem).toBe('readOnly');
      expect(existsSync(join(dir, DATABASE_FILE))).toBe(false);
    } finally {
      core.close();
    }
  });

  it('backs up an older database before migrating it', () => {
    const dir = tempDir();
    const old = new BetterSqlite3(join(dir, DATABASE_FILE));
    migrate(old, MIGRATIONS.slice(0, 2));
    old.close();
    const core = openCore(dir);
    try {
      const backups = core.data.status().backups;
      expect(backups.map((backup) => backup.reason)).toEqual(['migration']);
      expect(inspectDatabase(join(dir, 'backups', backups[0]?.file ?? '')).kind).toBe('ok');
    } finally {
      core.close();
    }
  });
});

import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, DataStatus } from '../../../../../src/shared/data-model';
import { DATABASE_FILE } from '../../../../../src/main/data-dir';
import { backupFileName, backupsToKeep } from '../../../../../src/main/services/data/backups';
import { call, fixedClock, tempDir } from '../../../helpers';
import { contentHash, openCore } from './support';

function backup(iso: string, reason: BackupInfo['reason'] = 'daily'): BackupInfo {
  const date = new Date(iso);
  return { file: backupFileName(date, reason), reason, createdAt: date.toISOString(), size: 1 };
}

describe('automatic backups', () => {
  it('keeps the newest of each of the last 7 days and of the last 4 weeks, and the last 5 safety copies', () => {
    const daily = Array.from({ length: 60 }, (_, index) => backup(new Date(Date.UTC(2026, 10, 30) - index * 86_400_000).toISOString()));
    const safety = Array.from({ length: 8 }, (_, index) =>
      backup(`2026-11-${String(20 - index).padStart(2, '0')}T10:00:00.000Z`, 'import')
    );
    const all = [...daily, ...safety].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const keep = backupsToKeep(all);
    const keptDaily = daily.filter((item) => keep.has(item.file)).map((item) => item.createdAt.slice(0, 10));
    // 7 last days, then one per week for the weeks not already covered (4 weeks in all).
    expect(keptDaily.slice(0, 7)).toEqual([
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
      '2026-11-24'
    ]);
    expect(keptDaily.length).toBeLessThanOrEqual(7 + 4);
    expect(keptDaily.at(-1)! >= '2026-11-01').toBe(true);
    expect(safety.filter((item) => keep.has(item.file))).toHaveLength(5);
  });

  it('makes one daily backup at start when there is something to save, none on an empty database', async () => {
    const dir = tempDir();
    const empty = openCore(dir, { automaticBackups: true });
    await empty.backupsDone;
    expect(empty.data.status().backups).toEqual([]);
    await call(empty, 'plans:create', { name: 'Mine' });
    empty.close();
    for (let run = 0; run < 2; run += 1) {
      const core = openCore(dir, { automaticBackups: true });
      await core.backupsDone;
      expect(core.data.status().backups.map((item) => item.reason)).toEqual(['daily']);
      core.close();
    }
    const nextDay = openCore(dir, { automaticBackups: true, clock: fixedClock('2026-11-25') });
    await nextDay.backupsDone;
    expect(nextDay.data.status().backups).toHaveLength(2);
    expect(nextDay.data.status().backups[0]?.size).toBeGreaterThan(0);
    nextDay.close();
  });

  it('restores a backup after confirmation, backing up the current data first', async () => {
    const core = openCore(tempDir());
    try {
      await call(core, 'plans:create', { name: 'Before' });
      const made = await call<DataStatus>(core, 'data:backupNow');
      const saved = contentHash(core);
      await call(core, 'plans:create', { name: 'After' });
      const restored = await call<DataStatus>(core, 'data:restoreBackup', { file: made.backups[0]?.file });
      expect(contentHash(core)).toBe(saved);
      expect((await call<Array<{ name: string }>>(core, 'plans:list')).map((plan) => plan.name)).toEqual(['Before']);
      expect(restored.backups.map((item) => item.reason)).toContain('restore');
      expect(core.db.pragma('foreign_key_check')).toEqual([]);
      expect(await core.router.handle('data:restoreBackup', { file: 'caio-path-20260101T000000000Z-daily.db' })).toMatchObject({
        ok: false,
        error: { code: 'not_found' }
      });
      expect(await core.router.handle('data:restoreBackup', { file: '../caio-path.db' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      });
    } finally {
      core.close();
    }
  });

  it('after a damaged start, offers the newest good backup and restoring it brings the data back', async () => {
    const dir = tempDir();
    const first = openCore(dir, { automaticBackups: true });
    await call(first, 'plans:create', { name: 'Years of work' });
    first.close();
    const second = openCore(dir, { automaticBackups: true });
    await second.backupsDone;
    second.close();
    const path = join(dir, DATABASE_FILE);
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(statSync(path).size - 100), 0, statSync(path).size - 100, 100);
    closeSync(fd);
    const damaged = openCore(dir, { automaticBackups: true });
    try {
      await damaged.backupsDone;
      const status = await call<DataStatus>(damaged, 'data:status');
      expect(status.notice?.problem).toBe('damaged');
      expect(status.notice?.newestBackup?.reason).toBe('daily');
      // No daily backup of the empty fresh database while the notice waits.
      expect(status.backups).toHaveLength(1);
      const after = await call<DataStatus>(damaged, 'data:restoreBackup', { file: status.notice?.newestBackup?.file });
      expect(after.notice).toBeNull();
      expect((await call<Array<{ name: string }>>(damaged, 'plans:list')).map((plan) => plan.name)).toEqual(['Years of work']);
    } finally {
      damaged.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { DataStatus, ExportFile, ImportCheck } from '../../../../../src/shared/data-model';
import { call, tempDir } from '../../../helpers';
import { allRows, generatePlan } from './generate';
import { openCore } from './support';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('full backup export and import', () => {
  it('gives back exactly the same data for a plan of 10,000 milestones (every table compared)', { timeout: 60_000 }, async () => {
    const source = openCore(tempDir());
    const target = openCore(tempDir());
    try {
      generatePlan(source, 10_000);
      const file = await call<ExportFile>(source, 'data:exportBackup');
      expect(file.fileName).toMatch(/^caio-path-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const header = JSON.parse(file.content) as { format: string; formatVersion: number; appVersion: string; exportedAt: string };
      expect(header).toMatchObject({ format: 'caio-path-backup', formatVersion: 1, appVersion: '0.0.0-test' });

      await call(target, 'plans:create', { name: 'Replaced by the import' });
      const check = await call<ImportCheck>(target, 'data:checkImport', { base64: base64(file.content) });
      if (!check.ok) throw new Error(check.problem.code);
      const milestones = check.preview.replace.find((section) => section.section === 'milestones');
      expect(milestones).toEqual({ section: 'milestones', incoming: 10_000, added: 10_000, replaced: 0, removed: 0 });
      expect(check.preview.replace.find((section) => section.section === 'plans')).toMatchObject({ incoming: 1, removed: 1 });

      const status = await call<DataStatus>(target, 'data:applyImport', { token: check.preview.token, mode: 'replace' });
      expect(status.backups.map((backup) => backup.reason)).toEqual(['import']);
      expect(allRows(target)).toEqual(allRows(source));
      expect(target.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // The token is used once.
      expect(await target.router.handle('data:applyImport', { token: check.preview.token, mode: 'replace' })).toMatchObject({
        ok: false,
        error: { code: 'not_found' }
      });
    } finally {
      source.close();
      target.close();
    }
  });

  it('gives back a plan made by the wizard (diplomas dated by their year only, generated names)', async () => {
    const source = openCore(tempDir());
    const target = openCore(tempDir());
    try {
      await call(source, 'onboarding:complete', {
        profile: {
          educationLevel: 'bac+3',
          field: 'computer-science',
          yearsExperience: 0,
          currentRole: 'student',
          targetCompanySize: 'large',
          hoursPerWeek: 10,
          achieved: ['bachelor'],
          achievedYears: { bachelor: 2025 }
        },
        routeId: 'route.engineering',
        planName: 'My path',
        generatedName: true
      });
      const file = await call<ExportFile>(source, 'data:exportBackup');
      const check = await call<ImportCheck>(target, 'data:checkImport', { base64: base64(file.content) });
      if (!check.ok) throw new Error(JSON.stringify(check.problem));
      await call(target, 'data:applyImport', { token: check.preview.token, mode: 'replace' });
      expect(allRows(target)).toEqual(allRows(source));
    } finally {
      source.close();
      target.close();
    }
  });

  it('merges by id: rows with the same id are replaced, the others added, the rest kept', async () => {
    const core = openCore(tempDir());
    try {
      const first = await call<{ plan: { id: number } }>(core, 'plans:create', { name: 'First' });
      const file = await call<ExportFile>(core, 'data:exportBackup');
      await call(core, 'plans:rename', { planId: first.plan.id, name: 'Renamed since' });
      await call(core, 'plans:create', { name: 'Second' });
      const edited = JSON.parse(file.content) as { tables: { plans: Array<Record<string, unknown>> } };
      edited.tables.plans.push({ ...edited.tables.plans[0], id: 900, name: 'From the file' });
      const check = await call<ImportCheck>(core, 'data:checkImport', { base64: base64(JSON.stringify(edited)) });
      if (!check.ok) throw new Error(check.problem.code);
      expect(check.preview.merge.find((section) => section.section === 'plans')).toEqual({
        section: 'plans',
        incoming: 2,
        added: 1,
        replaced: 1,
        removed: 0
      });
      await call(core, 'data:applyImport', { token: check.preview.token, mode: 'merge' });
      const names = (await call<Array<{ name: string }>>(core, 'plans:list')).map((plan) => plan.name).sort();
      expect(names).toEqual(['First', 'From the file', 'Second']);
    } finally {
      core.close();
    }
  });

  it('imports a file with a UTF-8 byte-order mark and one lacking sections of its format (empty there)', async () => {
    const core = openCore(tempDir());
    try {
      await call(core, 'plans:create', { name: 'Mine' });
      const file = await call<ExportFile>(core, 'data:exportBackup');
      const document = JSON.parse(file.content) as { tables: Record<string, unknown> };
      delete document.tables.skills;
      delete document.tables.skill_assessments;
      const check = await call<ImportCheck>(core, 'data:checkImport', { base64: base64(`\uFEFF${JSON.stringify(document)}`) });
      expect(check.ok).toBe(true);
    } finally {
      core.close();
    }
  });
});

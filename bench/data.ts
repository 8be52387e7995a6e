/**
 * Issue 10: export and import of the full backup of a 10,000-milestone plan, next to a raw
 * `JSON.stringify` of the same rows and a raw `JSON.parse` + prepared-insert loop in one transaction,
 * on the same database in the same run.
 */
import type { Core } from '../src/main/core';
import { SECTIONS } from '../src/main/services/data/backup-format';
import type { ExportFile, ImportCheck } from '../src/shared/data-model';
import { measure, measureAsync, ms, ratio, row } from './stats';

async function value<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = await core.router.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

export async function benchBackup(lines: string[], core: Core, milestones: number): Promise<void> {
  const rawExport = measure(5, () =>
    JSON.stringify(
      Object.fromEntries(SECTIONS.map((section) => [section.table, core.db.prepare(`SELECT * FROM "${section.table}"`).all()]))
    )
  );
  const routedExport = await measureAsync(5, () => value<ExportFile>(core, 'data:exportBackup'));
  lines.push(
    row(`backup export (${milestones}) median`, ms(routedExport.median), ms(rawExport.median), ratio(routedExport.median, rawExport.median))
  );

  const file = await value<ExportFile>(core, 'data:exportBackup');
  const base64 = Buffer.from(file.content, 'utf8').toString('base64');
  const inserts = SECTIONS.map((section) => {
    const columns = (core.db.pragma(`table_info("${section.table}")`) as Array<{ name: string }>).map((column) => column.name);
    return {
      table: section.table,
      columns,
      statement: core.db.prepare(`INSERT INTO "${section.table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    };
  });
  // The baseline: parse, wipe, insert every row with prepared statements, in one transaction.
  const rawImport = measure(5, () => {
    const document = JSON.parse(file.content) as { tables: Record<string, Array<Record<string, unknown>>> };
    core.db.transaction(() => {
      for (const { table } of [...inserts].reverse()) core.db.prepare(`DELETE FROM "${table}"`).run();
      for (const { table, columns, statement } of inserts) {
        for (const item of document.tables[table] ?? []) statement.run(...columns.map((column) => item[column] ?? null));
      }
    })();
  });
  const check = await measureAsync(5, () => value<ImportCheck>(core, 'data:checkImport', { base64 }));
  const apply = await measureAsync(5, async () => {
    const checked = await value<ImportCheck>(core, 'data:checkImport', { base64 });
    if (!checked.ok) throw new Error(checked.problem.code);
    await value(core, 'data:applyImport', { token: checked.preview.token, mode: 'replace' });
  });
  lines.push(row(`backup check (${milestones}) median`, ms(check.median), ms(rawImport.median), ratio(check.median, rawImport.median)));
  lines.push(
    row(
      `backup import: check + safety backup + apply (${milestones}) median`,
      ms(apply.median),
      ms(rawImport.median),
      ratio(apply.median, rawImport.median)
    )
  );
}

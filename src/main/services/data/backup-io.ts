/** Writes the full backup file, and applies a checked one in one transaction (replace all, or merge by id). */
import type { Database } from 'better-sqlite3';
import type { ImportMode, SectionPreview } from '@shared/data-model';
import { BACKUP_MARKER, FORMAT_VERSION, SECTIONS, type BackupDocument, type Rows } from './backup-format';

function columns(db: Database, table: string): string[] {
  return (db.pragma(`table_info("${table}")`) as Array<{ name: string }>).map((column) => column.name);
}

/** Every section's rows, ordered by key, in the current format. */
export function exportDocument(db: Database, appVersion: string, now: Date): BackupDocument {
  const tables: Rows = {};
  for (const section of SECTIONS) {
    tables[section.table] = db.prepare(`SELECT * FROM "${section.table}" ORDER BY "${section.key}"`).all() as Array<
      Record<string, unknown>
    >;
  }
  return { format: BACKUP_MARKER, formatVersion: FORMAT_VERSION, appVersion, exportedAt: now.toISOString(), tables };
}

/** What replacing or merging would do, table by table. */
export function previewImport(db: Database, document: BackupDocument): Record<ImportMode, SectionPreview[]> {
  const replace: SectionPreview[] = [];
  const merge: SectionPreview[] = [];
  for (const section of SECTIONS) {
    const existing = new Set(
      db
        .prepare(`SELECT "${section.key}" AS key FROM "${section.table}"`)
        .all()
        .map((row) => (row as { key: unknown }).key)
    );
    const rows = document.tables[section.table] ?? [];
    const replaced = rows.filter((row) => existing.has(row[section.key])).length;
    replace.push({ section: section.table, incoming: rows.length, added: rows.length, replaced: 0, removed: existing.size });
    merge.push({ section: section.table, incoming: rows.length, added: rows.length - replaced, replaced, removed: 0 });
  }
  return { replace, merge };
}

/** Applies a checked document in one transaction; nothing is left half done if any row fails. */
export function applyImport(db: Database, document: BackupDocument, mode: ImportMode): void {
  const statements = SECTIONS.map((section) => {
    const names = columns(db, section.table);
    const quoted = names.map((name) => `"${name}"`).join(', ');
    const values = names.map(() => '?').join(', ');
    const updates = names
      .filter((name) => name !== section.key)
      .map((name) => `"${name}" = excluded."${name}"`)
      .join(', ');
    const insert = `INSERT INTO "${section.table}" (${quoted}) VALUES (${values})`;
    const upsert = updates ? `DO UPDATE SET ${updates}` : 'DO NOTHING';
    const sql = mode === 'merge' ? `${insert} ON CONFLICT("${section.key}") ${upsert}` : insert;
    return { section, names, statement: db.prepare(sql) };
  });
  db.transaction(() => {
    if (mode === 'replace') {
      // Children first, so no cascade does the work twice; undo snapshots and kept replies named the old rows.
      for (const section of [...SECTIONS].reverse()) db.prepare(`DELETE FROM "${section.table}"`).run();
      db.prepare('DELETE FROM undo_entries').run();
      db.prepare('DELETE FROM request_log').run();
    }
    for (const { section, names, statement } of statements) {
      for (const row of document.tables[section.table] ?? []) statement.run(names.map((name) => row[name] ?? null));
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`Import left ${broken.length} broken references`);
  })();
}

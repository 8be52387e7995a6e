import type { Migration } from './migration';
import { initialSchema } from './0001-initial-schema';
import { undoEntries } from './0002-undo-entries';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, undoEntries];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

import type { Migration } from './migration';
import { initialSchema } from './0001-initial-schema';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

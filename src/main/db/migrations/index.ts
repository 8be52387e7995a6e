import type { Migration } from './migration';
import { initialSchema } from './0001-initial-schema';
import { undoEntries } from './0002-undo-entries';
import { stableIds } from './0003-stable-ids';
import { skillAssessments } from './0004-skill-assessments';
import { requestLog } from './0005-request-log';
import { milestoneStatusIndex } from './0006-milestone-status-index';
import { schedule } from './0007-schedule';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  undoEntries,
  stableIds,
  { ...skillAssessments, version: 4 },
  { ...requestLog, version: 5 },
  { ...milestoneStatusIndex, version: 6 },
  { ...schedule, version: 7 }
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * The full-backup file: a marker, a format version, the app version and date, and one section per
 * table holding its rows column for column. A new table joins by adding a section here (with the
 * format version it appeared in); files of older formats simply lack it and import as empty there.
 */
import { z } from 'zod';
import { MILESTONE_KINDS, MILESTONE_STATUSES } from '@shared/model';
import { COMPANY_SIZES } from '@shared/content/role';
import { ROUTE_IDS } from '@shared/content/routes';

export const BACKUP_MARKER = 'caio-path-backup';
/** Raised when a section is added or a column changes; older versions stay readable. */
export const FORMAT_VERSION = 1;

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().max(max);
const isoDate = z.iso.date();
/** Timestamps as the app writes them (ISO); an empty string was written by early versions. */
const timestamp = z.union([z.iso.datetime({ offset: true }), z.literal('')]);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const jsonText = (shape: 'array' | 'object') =>
  text(20_000).refine((value) => {
    try {
      const parsed: unknown = JSON.parse(value);
      return shape === 'array' ? Array.isArray(parsed) : typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    } catch {
      return false;
    }
  });

export interface Reference {
  column: string;
  /** The section whose `id` it names. */
  section: string;
}

export interface Section {
  table: string;
  /** The primary-key column; merge replaces rows with the same key. */
  key: string;
  /** First format version with this section. */
  since: number;
  row: z.ZodType<Record<string, unknown>>;
  references: Reference[];
}

const titled = (row: { template_id: string | null; title: string | null }) => row.template_id !== null || row.title !== null;

/** Parents before children: the order rows are written in. */
export const SECTIONS: readonly Section[] = [
  {
    table: 'settings',
    key: 'key',
    since: 1,
    row: z.strictObject({ key: text(100).min(1), value: text(10_000) }),
    references: []
  },
  {
    table: 'profile',
    key: 'id',
    since: 1,
    row: z.strictObject({
      id: z.literal(1),
      education_level: nullable(text(50)),
      field: nullable(text(50)),
      years_experience: nullable(z.number().int().min(0).max(60)),
      current_role: nullable(text(50)),
      target_company_size: nullable(z.enum(COMPANY_SIZES)),
      hours_per_week: nullable(z.number().int().min(1).max(80)),
      achieved_json: jsonText('array'),
      details_json: jsonText('object').default('{}'),
      updated_at: timestamp
    }),
    references: []
  },
  {
    table: 'plans',
    key: 'id',
    since: 1,
    row: z.strictObject({
      id,
      name: text(200).min(1),
      route_id: nullable(z.enum(ROUTE_IDS)),
      target_company_size: nullable(z.enum(COMPANY_SIZES)),
      archived_at: nullable(timestamp),
      created_at: timestamp,
      updated_at: timestamp,
      name_ordinal: nullable(z.number().int().min(1).max(1_000_000)).default(null),
      hours_per_week: nullable(z.number().int().min(1).max(80)).default(null)
    }),
    references: []
  },
  {
    table: 'stages',
    key: 'id',
    since: 1,
    row: z
      .strictObject({ id, plan_id: id, template_id: nullable(text(100)), title: nullable(text(200)), position: z.number().int().min(0) })
      .refine(titled, { path: ['title'] }),
    references: [{ column: 'plan_id', section: 'plans' }]
  },
  {
    table: 'milestones',
    key: 'id',
    since: 1,
    row: z
      .strictObject({
        id,
        plan_id: id,
        stage_id: id,
        template_id: nullable(text(100)),
        title: nullable(text(200)),
        kind: z.enum(MILESTONE_KINDS),
        status: z.enum(MILESTONE_STATUSES),
        due_date: nullable(isoDate),
        due_pinned: z.union([z.literal(0), z.literal(1)]).default(0),
        // A diploma from the wizard may carry only its year.
        completed_date: nullable(z.union([isoDate, z.string().regex(/^\d{4}$/)])),
        position: z.number().int().min(0),
        notes: text(20_000),
        skill_id: nullable(text(100)),
        created_at: timestamp,
        updated_at: timestamp
      })
      .refine(titled, { path: ['title'] }),
    references: [
      { column: 'plan_id', section: 'plans' },
      { column: 'stage_id', section: 'stages' }
    ]
  },
  {
    table: 'evidence',
    key: 'id',
    since: 1,
    row: z.strictObject({
      id,
      milestone_id: id,
      url: nullable(z.url({ protocol: /^https?$/ }).max(2000)),
      description: text(500),
      obtained_date: nullable(isoDate),
      expiry_date: nullable(isoDate),
      created_at: timestamp
    }),
    references: [{ column: 'milestone_id', section: 'milestones' }]
  },
  {
    table: 'skills',
    key: 'id',
    since: 1,
    row: z.strictObject({ id: text(100).min(1), target_level: z.number().int().min(0).max(5) }),
    references: []
  },
  {
    table: 'skill_assessments',
    key: 'id',
    since: 1,
    row: z.strictObject({ id, skill_id: text(100).min(1), level: z.number().int().min(0).max(5), assessed_on: isoDate, note: text(5000) }),
    references: []
  },
  // The self-assessment: dated assessments, the ratings each stored, and the quarterly reviews.
  {
    table: 'assessments',
    key: 'id',
    since: 1,
    row: z.strictObject({ id, assessed_on: isoDate, request_id: nullable(text(100)), created_at: timestamp }),
    references: []
  },
  {
    table: 'skill_ratings',
    key: 'id',
    since: 1,
    row: z.strictObject({ id, assessment_id: id, skill_id: text(100).min(1), level: z.number().int().min(0).max(4), note: text(2000) }),
    references: [{ column: 'assessment_id', section: 'assessments' }]
  },
  {
    table: 'skill_reviews',
    key: 'id',
    since: 1,
    row: z.strictObject({
      id,
      assessment_id: nullable(id),
      reviewed_on: isoDate,
      hours_per_week: nullable(z.number().int().min(1).max(80)),
      readiness_before: z.number().int().min(0).max(100),
      readiness_after: z.number().int().min(0).max(100),
      projected_before: nullable(isoDate),
      projected_after: nullable(isoDate),
      changed_count: z.number().int().min(0),
      created_at: timestamp
    }),
    references: [{ column: 'assessment_id', section: 'assessments' }]
  }
];

export type Rows = Record<string, Array<Record<string, unknown>>>;

export interface BackupDocument {
  format: typeof BACKUP_MARKER;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: Rows;
}

/** The envelope; sections are checked one by one afterwards, so a message can name the section and row. */
export const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_MARKER),
  formatVersion: z.number().int().min(1),
  appVersion: text(50),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: z.record(z.string(), z.array(z.unknown()))
});

/**
 * The one contract between the renderer and main: every request with its input schema and output
 * type, and every event main may send. No channel name is written anywhere else.
 */
import { z } from 'zod';
import {
  DATE_RANGE,
  LANGUAGES,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  REMINDER_DAYS,
  THEMES,
  type VIEWS,
  type AppInfo,
  type DashboardSummary,
  type Milestone,
  type Plan,
  type PlanDetail,
  type PlanScreen,
  type PlanChange,
  type PlanComparison,
  type Replan,
  type MilestoneWrite,
  type MilestoneRemoval,
  type EvidenceWrite,
  type EvidenceRemoval,
  type MilestoneDetail,
  type PlanProgress,
  type Stage,
  type Undoable,
  type Recommendation,
  type RouteEstimate,
  type ExecutiveEstimate,
  type Settings,
  type RemindersSummary,
  type MilestoneRef,
  type AppCommand,
  type Language
} from './model';
import type { Translation } from './locales';
import {
  ACHIEVEMENTS,
  BUDGET_BANDS,
  CONSIDERED_PROGRAMMES,
  CURRENT_ROLES,
  DIPLOMAS,
  EDUCATION_LEVELS,
  FIRST_GOALS,
  STUDY_FIELDS,
  STUDY_MODES,
  type Profile
} from './profile';
import { COMPANY_SIZES } from './content/role';
import { ROUTE_IDS } from './content/routes';
import { MAX_SKILL_LEVEL } from './content/skills';
import type { AssessmentResult, GapMilestoneResult, ReadinessSummary, SkillsOverview } from './skills-model';
import {
  IMPORT_MODES,
  type DataCommand,
  type DataStatus,
  type ExportFile,
  type ImportCheck,
  type OpenedFile,
  type SaveOutcome,
  type Dossier
} from './data-model';

/** A request: its input schema, and its output type carried as a phantom. */
export interface RequestDefinition<S extends z.ZodType = z.ZodType, O = unknown> {
  input: S;
  readonly output?: O;
}

function request<S extends z.ZodType>(input: S) {
  return { returns: <O>(): RequestDefinition<S, O> => ({ input }) };
}

const id = z.number().int().positive();
const isoDate = z.iso.date();
/** A date a plan can hold (a due date, a completion, a certificate): between 1950 and 2100. */
const planDate = isoDate.refine((date) => date >= DATE_RANGE.min && date <= DATE_RANGE.max, { message: 'date_out_of_range' });
const title = z.string().trim().min(1).max(200);
const nothing = z.undefined();
const position = z.number().int().min(0).max(1_000_000);
const webLink = z.url({ protocol: /^https?$/ }).max(2000);
/** A client-generated idempotency key: a create sent again with it returns the first reply (issue 10). */
const requestId = z.uuid().optional();

export const profileSchema = z.strictObject({
  educationLevel: z.enum(EDUCATION_LEVELS),
  field: z.enum(STUDY_FIELDS),
  yearsExperience: z.number().int().min(0).max(60),
  currentRole: z.enum(CURRENT_ROLES),
  targetCompanySize: z.enum(COMPANY_SIZES),
  hoursPerWeek: z.number().int().min(1).max(80),
  achieved: z.array(z.enum(ACHIEVEMENTS)).max(ACHIEVEMENTS.length),
  achievedYears: z.partialRecord(z.enum(DIPLOMAS), z.number().int().min(1950).max(2100)).optional(),
  inProgress: z
    .strictObject({ diploma: z.enum(DIPLOMAS), expectedEnd: isoDate, mode: z.enum(STUDY_MODES).optional() })
    .nullable()
    .optional(),
  peopleManaged: z.number().int().min(0).max(100_000).optional(),
  budgetOwned: z.enum(BUDGET_BANDS).optional(),
  considering: z.array(z.enum(CONSIDERED_PROGRAMMES)).max(CONSIDERED_PROGRAMMES.length).optional(),
  firstGoal: z.enum(FIRST_GOALS).optional()
});

/** A BCP 47 locale such as `fr`, `en-GB` or `fr-CA`. */
const localeTag = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/);
/** The language and locale an export is written in (data, issue 10), and its plan (the active one when none is named). */
const exportLanguage = z.strictObject({ language: z.enum(LANGUAGES), locale: localeTag, planId: id.optional() });

/** One language's texts and its content titles (stages, milestone templates, routes, pay bands) by id. */
interface Texts {
  language: Language;
  texts: Translation;
  titles: Record<string, string>;
}

export const requests = {
  'app:info': request(nothing).returns<AppInfo>(),
  'settings:get': request(nothing).returns<Settings>(),
  /**
   * What every start needs before it draws anything, in one answer: the settings, the data folder's
   * state, and the texts of the person's language (or `unchosen`, the system's, before a choice).
   */
  'app:start': request(z.strictObject({ unchosen: z.enum(LANGUAGES) })).returns<{
    settings: Settings;
    dataStatus: DataStatus;
    texts: Texts;
  }>(),
  /**
   * One language's texts and content titles (stages, milestone templates, routes, pay bands, by id): the
   * language named; else the person's chosen language, or `unchosen` before they chose.
   */
  'texts:get': request(z.strictObject({ language: z.enum(LANGUAGES).optional(), unchosen: z.enum(LANGUAGES).optional() })).returns<Texts>(),
  'settings:update': request(
    z.strictObject({
      language: z.enum(LANGUAGES).optional(),
      theme: z.enum(THEMES).optional(),
      activePlanId: id.nullable().optional(),
      remindersEnabled: z.boolean().optional(),
      reminderDays: z.number().int().min(REMINDER_DAYS.min).max(REMINDER_DAYS.max).optional()
    })
  ).returns<Settings>(),
  'reminders:list': request(nothing).returns<RemindersSummary>(),
  /** Opens the data folder in the system's file manager; `opened` is false where that is impossible (browser mode). */
  'app:openDataFolder': request(nothing).returns<{ opened: boolean }>(),
  /** Everything the dashboard shows, in one answer: its summary, the reminders and the skills' readiness. */
  'dashboard:summary': request(nothing).returns<DashboardSummary & { reminders: RemindersSummary; readiness: ReadinessSummary }>(),
  'profile:get': request(nothing).returns<Profile | null>(),
  'onboarding:recommend': request(z.strictObject({ profile: profileSchema })).returns<Recommendation>(),
  'onboarding:complete': request(
    z.strictObject({
      profile: profileSchema,
      routeId: z.enum(ROUTE_IDS),
      planName: title,
      /** The person kept the suggested name: it follows the language until they rename the plan. */
      generatedName: z.boolean().optional(),
      requestId
    })
  ).returns<PlanDetail>(),
  /** Saves the profile; every plan following its pace is re-planned, and says what moved. */
  'profile:update': request(z.strictObject({ profile: profileSchema })).returns<{ profile: Profile; replans: Replan[] }>(),
  'onboarding:skip': request(nothing).returns<Settings>(),
  'routes:compare': request(z.strictObject({ hoursPerWeek: z.number().int().min(1).max(80) })).returns<RouteEstimate[]>(),
  /** The CAIO date with each executive-programme option, from the saved profile; null without one. */
  'advice:executive': request(nothing).returns<ExecutiveEstimate[] | null>(),
  'plans:list': request(nothing).returns<Plan[]>(),
  'plans:get': request(z.strictObject({ planId: id })).returns<PlanScreen>(),
  /**
   * The plan screen opens on: the plan the settings follow, else the first not archived, else the
   * first; null without plans.
   */
  'plans:active': request(nothing).returns<PlanScreen | null>(),
  'plans:create': request(z.strictObject({ name: title, requestId })).returns<PlanDetail>(),
  'plans:createFromRoute': request(z.strictObject({ name: title, routeId: z.enum(ROUTE_IDS), requestId })).returns<PlanDetail>(),
  'plans:duplicate': request(z.strictObject({ planId: id, name: title, requestId })).returns<PlanDetail>(),
  'plans:rename': request(z.strictObject({ planId: id, name: title })).returns<Plan>(),
  'plans:archive': request(z.strictObject({ planId: id, archived: z.boolean() })).returns<Plan>(),
  'plans:delete': request(z.strictObject({ planId: id })).returns<Undoable>(),
  'plans:progress': request(z.strictObject({ planId: id })).returns<PlanProgress>(),
  /** A plan's own pace (null follows the profile) and company size, so scenarios can be compared. */
  'plans:setPace': request(
    z.strictObject({
      planId: id,
      hoursPerWeek: z.number().int().min(1).max(80).nullable(),
      targetCompanySize: z.enum(COMPANY_SIZES).optional()
    })
  ).returns<PlanChange>(),
  /** Every plan's CAIO date, pace and remaining study hours, side by side. */
  'plans:compare': request(nothing).returns<PlanComparison[]>(),
  'stages:create': request(z.strictObject({ planId: id, title, requestId })).returns<Stage>(),
  'stages:rename': request(z.strictObject({ stageId: id, title })).returns<Stage>(),
  'milestones:list': request(z.strictObject({ planId: id })).returns<Milestone[]>(),
  'milestones:get': request(z.strictObject({ milestoneId: id })).returns<MilestoneDetail>(),
  'milestones:create': request(
    z.strictObject({
      planId: id,
      stageId: id,
      title,
      kind: z.enum(MILESTONE_KINDS),
      /** A date typed here, or a legal date, is pinned; without one the schedule plans the milestone. */
      dueDate: planDate.nullable().optional(),
      /** Planned from the guide: a calendar entry, a certification or an executive programme, which main checks exists. */
      templateId: z
        .string()
        .regex(/^(regulation|certification|programme)\.[a-z0-9-]+$/)
        .optional(),
      /** Linked to this skill at once, as a gap's milestone is. */
      skillId: z.string().min(1).max(100).optional(),
      /** Placed before the first open milestone of its stage rather than at its end. */
      firstOpen: z.literal(true).optional(),
      requestId
    })
  ).returns<MilestoneWrite>(),
  /** Edits a milestone; with `stageId` (and `position`, else the end of that stage) it also moves, in the same transaction. */
  'milestones:update': request(
    z.strictObject({
      milestoneId: id,
      stageId: id.optional(),
      position: position.optional(),
      title: title.optional(),
      kind: z.enum(MILESTONE_KINDS).optional(),
      status: z.enum(MILESTONE_STATUSES).optional(),
      /** A new date pins the milestone there; null hands it back to the schedule. */
      dueDate: planDate.nullable().optional(),
      /** False hands a pinned date back to the schedule; true keeps the date shown where it is. */
      duePinned: z.boolean().optional(),
      /** Never in the future. */
      completedDate: planDate.optional(),
      notes: z.string().max(20_000).optional()
    })
  ).returns<MilestoneWrite>(),
  /** Marks done, on the same day, the same step left open in the person's other plans. */
  'milestones:shareDone': request(z.strictObject({ milestoneId: id })).returns<{ plans: number }>(),
  'milestones:move': request(z.strictObject({ milestoneId: id, stageId: id, position })).returns<PlanChange>(),
  'milestones:delete': request(z.strictObject({ milestoneId: id })).returns<MilestoneRemoval>(),
  'evidence:add': request(
    z
      .strictObject({
        milestoneId: id,
        description: z.string().trim().min(1).max(500),
        url: webLink.nullable().optional(),
        /** Never in the future. */
        obtainedDate: planDate.nullable().optional(),
        expiryDate: planDate.nullable().optional(),
        requestId
      })
      .refine((value) => !value.obtainedDate || !value.expiryDate || value.expiryDate > value.obtainedDate, {
        message: 'expiry_before_obtained',
        path: ['expiryDate']
      })
  ).returns<EvidenceWrite>(),
  'evidence:delete': request(z.strictObject({ evidenceId: id })).returns<EvidenceRemoval>(),
  'undo:restore': request(z.strictObject({ undoToken: id })).returns<{ planId: number }>(),
  // Skills (issue 9)
  'skills:overview': request(nothing).returns<SkillsOverview>(),
  /** The readiness score, its trend and what to re-assess: the dashboard's skills card. */
  'skills:readiness': request(nothing).returns<ReadinessSummary>(),
  /** A dated assessment: only skills whose level or note changed are stored; a review also confirms hours per week. */
  'skills:assess': request(
    z.strictObject({
      assessedOn: isoDate,
      ratings: z
        .array(
          z.strictObject({
            skillId: z.string().min(1).max(100),
            level: z.number().int().min(0).max(MAX_SKILL_LEVEL),
            note: z.string().max(2000).optional()
          })
        )
        .max(200),
      review: z.strictObject({ hoursPerWeek: z.number().int().min(1).max(80) }).optional(),
      requestId: z.uuid().optional()
    })
  ).returns<AssessmentResult>(),
  /** Turns a gap into a milestone linked to the skill, in a chosen plan and stage. */
  'skills:createMilestone': request(
    z.strictObject({
      skillId: z.string().min(1).max(100),
      planId: id,
      stageId: id,
      title: title.optional(),
      kind: z.enum(MILESTONE_KINDS).optional(),
      dueDate: isoDate.nullable().optional(),
      requestId: z.uuid().optional()
    })
  ).returns<GapMilestoneResult>(),
  'skills:linkOf': request(z.strictObject({ milestoneId: id })).returns<{ milestoneId: number; skillId: string | null }>(),
  'skills:link': request(z.strictObject({ milestoneId: id, skillId: z.string().min(1).max(100).nullable() })).returns<{
    milestoneId: number;
    skillId: string | null;
  }>(),
  // Your data (issue 10)
  'data:status': request(nothing).returns<DataStatus>(),
  'data:dismissNotice': request(nothing).returns<DataStatus>(),
  'data:backupNow': request(nothing).returns<DataStatus>(),
  'data:restoreBackup': request(z.strictObject({ file: z.string().regex(/^caio-path-\d{8}T\d{9}Z-[a-z]+\.db$/) })).returns<DataStatus>(),
  'data:exportBackup': request(nothing).returns<ExportFile>(),
  /** The file's bytes in base64; checked whole, previewed, nothing written. Size limits are the service's, so it can say which. */
  'data:checkImport': request(z.strictObject({ base64: z.base64().max(100_000_000) })).returns<ImportCheck>(),
  'data:applyImport': request(z.strictObject({ token: z.uuid(), mode: z.enum(IMPORT_MODES) })).returns<DataStatus>(),
  /** The printable dossier of a plan (the active one when none is named). */
  'data:dossier': request(z.strictObject({ planId: id.optional() })).returns<Dossier>(),
  'data:exportCsv': request(exportLanguage).returns<ExportFile>(),
  'data:exportIcs': request(exportLanguage).returns<ExportFile>(),
  /** Desktop: the save dialog, then the file is written by main. */
  'files:save': request(
    z.strictObject({ fileName: z.string().regex(/^[\w.-]{1,100}$/), content: z.string().max(50_000_000) })
  ).returns<SaveOutcome>(),
  /** Desktop: the open dialog for a backup file. */
  'files:open': request(nothing).returns<OpenedFile | null>(),
  /** Desktop: the window as it shows now (the dossier) printed to a PDF the person saves. */
  'files:printPdf': request(z.strictObject({ fileName: z.string().regex(/^[\w.-]{1,100}\.pdf$/) })).returns<SaveOutcome>()
} satisfies Record<`${string}:${string}`, RequestDefinition>;

export type Requests = typeof requests;
export type Channel = keyof Requests;
export type Input<C extends Channel> = z.input<Requests[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Requests[C]['input']>;
export type Output<C extends Channel> = Exclude<Requests[C]['output'], undefined>;

export const channels = Object.keys(requests) as Channel[];

export function isChannel(channel: string): channel is Channel {
  return Object.hasOwn(requests, channel);
}

/** Events main sends to the renderer, with their payload types. */
export interface Events {
  'settings:changed': Settings;
  'app:navigate': (typeof VIEWS)[number];
  /** A menu command the renderer carries out (new plan, keyboard shortcuts). */
  'app:command': AppCommand;
  /** Open a milestone, e.g. after a click on a reminder notification. */
  'reminders:open': MilestoneRef;
  /** A File-menu command about the person's data (export, import, print). */
  'data:command': DataCommand;
}
export type EventName = keyof Events;
export const eventNames = [
  'settings:changed',
  'app:navigate',
  'app:command',
  'reminders:open',
  'data:command'
] as const satisfies readonly EventName[];

export { methodName, channelOfMethod, type MethodName } from './method-names';

/**
 * Turns a profile and a route into a dated plan. Pure: no database, no clock, no Electron.
 *
 * Scheduling rule (shown to the person in words): study steps (diplomas, courses, skills, compliance,
 * visibility) follow one another at the person's hours per week, and a diploma never takes less than
 * its academic length; work steps (roles, leadership) take the calendar time they need and run
 * alongside the studies. A stage ends when both tracks are done; the next stage starts then.
 */
import type { MilestoneKind, MilestoneStatus } from '@shared/model';
import { isDiploma, type Profile } from '@shared/profile';
import { STAGE_TEMPLATES, type StageTemplateId } from '@shared/content/stages';
import { findRoute, type MilestoneTemplate, type RouteId } from '@shared/content/routes';
import { addWeeks, laterOf } from './dates';
import { durationWeeks, WORK_KINDS } from './scheduling';
import { isInProgressStep, templateEffort } from './effort';

export interface GeneratedMilestone {
  templateId: string;
  kind: MilestoneKind;
  status: MilestoneStatus;
  dueDate: string | null;
  completedDate: string | null;
}

export interface GeneratedStage {
  templateId: StageTemplateId;
  milestones: GeneratedMilestone[];
  endDate: string;
}

export interface GeneratedPlan {
  routeId: RouteId;
  stages: GeneratedStage[];
  /** Due date of the CAIO goal. */
  caioDate: string;
}

/** Weeks a step takes at this pace, for a plan starting `start`. */
export function stepWeeks(template: MilestoneTemplate, profile: Profile, start: string): number {
  return durationWeeks(templateEffort(template, profile, start), profile.hoursPerWeek);
}

export function isSatisfied(template: MilestoneTemplate, profile: Profile): boolean {
  return template.satisfiedBy.some((achievement) => profile.achieved.includes(achievement));
}

/**
 * When an achieved step was completed: the year the person gave for a diploma (`YYYY`), otherwise
 * unknown (null) — never the day the plan was made.
 */
function achievedOn(template: MilestoneTemplate, profile: Profile): string | null {
  const years = profile.achievedYears ?? {};
  const known = template.satisfiedBy
    .filter((achievement) => profile.achieved.includes(achievement) && isDiploma(achievement))
    .map((achievement) => (isDiploma(achievement) ? years[achievement] : undefined))
    .filter((year): year is number => year !== undefined);
  return known.length > 0 ? String(Math.min(...known)) : null;
}

/** Generates the plan for `profile` on `routeId`, starting `today` (`YYYY-MM-DD`). */
export function generatePlan(profile: Profile, routeId: RouteId, today: string): GeneratedPlan {
  const route = findRoute(routeId);
  if (!route) throw new Error(`Unknown route ${routeId}`);
  let stageStart = today;
  let caioDate = today;
  const stages = STAGE_TEMPLATES.map((stage): GeneratedStage => {
    let study = stageStart;
    let work = stageStart;
    const milestones: GeneratedMilestone[] = [];
    const templates = route.templates.filter((template) => template.stage === stage.id);
    for (const template of templates.filter((item) => !item.goal)) {
      if (isSatisfied(template, profile)) {
        const completedDate = achievedOn(template, profile);
        milestones.push({ templateId: template.id, kind: template.kind, status: 'done', dueDate: null, completedDate });
        continue;
      }
      const weeks = stepWeeks(template, profile, today);
      let dueDate: string;
      if (WORK_KINDS.has(template.kind)) dueDate = work = addWeeks(work, weeks);
      else dueDate = study = addWeeks(study, weeks);
      const status = isInProgressStep(template, profile) ? 'in_progress' : 'todo';
      milestones.push({ templateId: template.id, kind: template.kind, status, dueDate, completedDate: null });
    }
    // Listed as a person reads a stage: what is done, then what is due soonest.
    milestones.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
    const endDate = laterOf(study, work);
    for (const goal of templates.filter((item) => item.goal)) {
      milestones.push({ templateId: goal.id, kind: goal.kind, status: 'todo', dueDate: endDate, completedDate: null });
      caioDate = endDate;
    }
    stageStart = endDate;
    return { templateId: stage.id, milestones, endDate };
  });
  return { routeId, stages, caioDate };
}

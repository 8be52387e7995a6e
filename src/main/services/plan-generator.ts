/**
 * Turns a profile and a route into a dated plan. Pure: no database, no clock, no Electron.
 *
 * Scheduling rule (shown to the person in words): study steps (diplomas, courses, skills, compliance,
 * visibility) follow one another at the person's hours per week, and a diploma never takes less than
 * its academic length; work steps (roles, leadership) take the calendar time they need and run
 * alongside the studies. A stage ends when both tracks are done; the next stage starts then.
 */
import type { MilestoneKind, MilestoneStatus } from '@shared/model';
import type { Profile } from '@shared/profile';
import { STAGE_TEMPLATES, type StageTemplateId } from '@shared/content/stages';
import { findRoute, type MilestoneTemplate, type RouteId } from '@shared/content/routes';
import { addWeeks, laterOf } from './dates';
import { durationWeeks, WORK_KINDS } from './scheduling';

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

/** How much of a template is still ahead: a bachelor's is three years from the bac, one from bac+2. */
function remainingShare(template: MilestoneTemplate, profile: Profile): number {
  if (template.id === 'eng.bachelor' && profile.educationLevel === 'bac+2') return 1 / 3;
  return 1;
}

/** Weeks a step takes at this pace. */
export function stepWeeks(template: MilestoneTemplate, profile: Profile): number {
  const share = remainingShare(template, profile);
  return durationWeeks({ effortHours: template.effortHours * share, calendarWeeks: template.calendarWeeks * share }, profile.hoursPerWeek);
}

export function isSatisfied(template: MilestoneTemplate, profile: Profile): boolean {
  return template.satisfiedBy.some((achievement) => profile.achieved.includes(achievement));
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
        milestones.push({ templateId: template.id, kind: template.kind, status: 'done', dueDate: null, completedDate: today });
        continue;
      }
      const weeks = stepWeeks(template, profile);
      let dueDate: string;
      if (WORK_KINDS.has(template.kind)) dueDate = work = addWeeks(work, weeks);
      else dueDate = study = addWeeks(study, weeks);
      milestones.push({ templateId: template.id, kind: template.kind, status: 'todo', dueDate, completedDate: null });
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

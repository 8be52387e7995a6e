/**
 * Turns a profile and a route into a plan: which steps, in which order, what is already behind the
 * person. Pure: no database, no clock, no Electron. Its dates are the one schedule's (schedule.ts),
 * worked out here on the rows it makes, so a plan stored as generated keeps exactly these dates.
 */
import { CAIO_GOAL_ID, type MilestoneKind, type MilestoneStatus } from '@shared/model';
import { isDiploma, type Profile } from '@shared/profile';
import { STAGE_TEMPLATES, type StageTemplateId } from '@shared/content/stages';
import { findRoute, type MilestoneTemplate, type RouteId } from '@shared/content/routes';
import { isInProgressStep } from './effort';
import { schedulePlan, type ScheduleRow } from './schedule';

export interface GeneratedMilestone {
  templateId: string;
  kind: MilestoneKind;
  status: MilestoneStatus;
  dueDate: string | null;
  /** An external date (the end of the programme under way): the schedule never moves it. */
  duePinned: boolean;
  completedDate: string | null;
}

export interface GeneratedStage {
  templateId: StageTemplateId;
  milestones: GeneratedMilestone[];
  /** The stage's last date (its start when nothing is left in it). */
  endDate: string;
}

export interface GeneratedPlan {
  routeId: RouteId;
  stages: GeneratedStage[];
  /** Due date of the CAIO goal. */
  caioDate: string;
}

export function isSatisfied(template: MilestoneTemplate, profile: Profile): boolean {
  return (
    template.satisfiedBy.some((achievement) => profile.achieved.includes(achievement)) || !!template.heldBy?.includes(profile.currentRole)
  );
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

/** Schedules the generated stages as the plan will be stored, filling in their due dates. */
function scheduleStages(stages: GeneratedStage[], profile: Profile, today: string, ordered: boolean): void {
  const rows: ScheduleRow[] = [];
  const byRow = new Map<number, GeneratedMilestone>();
  stages.forEach((stage, stageIndex) =>
    stage.milestones.forEach((milestone, position) => {
      const id = rows.length + 1;
      byRow.set(id, milestone);
      rows.push({ id, stageId: stageIndex + 1, position, ...milestone });
    })
  );
  const stageRows = stages.map((_, index) => ({ id: index + 1, position: index }));
  const due = schedulePlan({ stages: stageRows, rows, hoursPerWeek: profile.hoursPerWeek, profile, start: today, today, ordered });
  for (const [id, milestone] of byRow) milestone.dueDate = due.get(id) ?? milestone.dueDate;
  let end = today;
  for (const stage of stages) {
    for (const milestone of stage.milestones)
      if (milestone.dueDate && milestone.status !== 'done' && milestone.dueDate > end) end = milestone.dueDate;
    stage.endDate = end;
  }
}

/** Generates the plan for `profile` on `routeId`, starting `today` (`YYYY-MM-DD`). */
export function generatePlan(profile: Profile, routeId: RouteId, today: string): GeneratedPlan {
  const route = findRoute(routeId);
  if (!route) throw new Error(`Unknown route ${routeId}`);
  const stages = STAGE_TEMPLATES.map((stage): GeneratedStage => {
    const milestones: GeneratedMilestone[] = route.templates
      .filter((template) => template.stage === stage.id)
      .map((template) => {
        if (!template.goal && isSatisfied(template, profile)) {
          return {
            templateId: template.id,
            kind: template.kind,
            status: 'done',
            dueDate: null,
            duePinned: false,
            completedDate: achievedOn(template, profile)
          };
        }
        const programme = isInProgressStep(template, profile) ? profile.inProgress! : null;
        return {
          templateId: template.id,
          kind: template.kind,
          status: programme ? 'in_progress' : 'todo',
          dueDate: programme?.expectedEnd ?? null,
          duePinned: programme !== null,
          completedDate: null
        };
      });
    return { templateId: stage.id, milestones, endDate: today };
  });
  // Listed as a person reads a stage: what is done, then what is due soonest, the goal last.
  scheduleStages(stages, profile, today, false);
  const rank = (milestone: GeneratedMilestone) =>
    milestone.status === 'done' ? '' : milestone.templateId === CAIO_GOAL_ID ? '~' : (milestone.dueDate ?? '~');
  for (const stage of stages) stage.milestones.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  scheduleStages(stages, profile, today, true);
  const goal = stages.flatMap((stage) => stage.milestones).find((milestone) => milestone.templateId === CAIO_GOAL_ID);
  return { routeId, stages, caioDate: goal?.dueDate ?? stages.at(-1)!.endDate };
}

/**
 * The executive-programme question answered with the person's own plan: its CAIO date with an
 * executive MBA taken next, with an executive certificate in AI taken next, and with neither. The
 * dates come from the one schedule (schedule.ts), with the programme as a step placed where the guide
 * adds it: first among the plan's open steps. Nothing is written.
 */
import { EXECUTIVE_OPTIONS, type ExecutiveOption } from '@shared/content/choices';
import type { ExecutiveEstimate, IsoDate, Stage } from '@shared/model';
import type { PlanRepository } from '../repositories/plan-repository';
import type { SettingsRepository } from '../repositories/settings-repository';
import { followedPlan } from './dashboard-service';
import type { ProgressService } from './progress-service';
import { projectPlan } from './projection';
import { inPlanOrder, isOpen, schedulePlan, type ScheduleInput } from './schedule';

interface Dependencies {
  plans: PlanRepository;
  settings: SettingsRepository;
  progress: ProgressService;
}

/** Programmes the comparison offers: an open one already in the plan is left out of every option but its own. */
const PROGRAMME_IDS: ReadonlySet<string> = new Set(EXECUTIVE_OPTIONS.flatMap((option) => (option.template ? [option.template.id] : [])));

/** The id the what-if step takes: no stored milestone has it. */
const WHAT_IF_ID = -1;

/** The plan's projected date with `option` taken first among its open steps, as the schedule dates it. */
export function projectedWith(
  planId: number,
  input: ScheduleInput & { stages: Stage[] },
  option: Pick<ExecutiveOption, 'template'>
): IsoDate | null {
  const rows = input.rows.filter((row) => !(isOpen(row) && row.templateId !== null && PROGRAMME_IDS.has(row.templateId)));
  const first = inPlanOrder(input.stages, rows).find(isOpen);
  if (option.template && first) {
    rows.push({
      id: WHAT_IF_ID,
      stageId: first.stageId,
      templateId: option.template.id,
      kind: option.template.kind,
      status: 'todo',
      dueDate: null,
      duePinned: false,
      completedDate: null,
      position: first.position - 0.5
    });
  }
  const due = schedulePlan({ ...input, rows });
  const dated = rows.map((row) => (due.has(row.id) ? { ...row, dueDate: due.get(row.id)! } : row));
  return projectPlan({ planId, stages: input.stages, rows: dated, hoursPerWeek: input.hoursPerWeek, today: input.today }).projectedDate;
}

export function createAdviceService({ plans, settings, progress }: Dependencies) {
  return {
    /** The three options for the plan the dashboard follows; null without a plan. */
    executive(): ExecutiveEstimate[] | null {
      const plan = followedPlan(plans, settings);
      if (!plan) return null;
      // Every option is scheduled afresh from the plan as stored: nothing to bring up to date first.
      const input = progress.scheduleInput(plan.id);
      return EXECUTIVE_OPTIONS.map((option) => ({
        optionId: option.id,
        caioDate: projectedWith(plan.id, input, option),
        hoursPerWeek: input.hoursPerWeek,
        inPlan: option.template !== null && input.rows.some((row) => row.templateId === option.template!.id && row.status !== 'skipped')
      }));
    }
  };
}

export type AdviceService = ReturnType<typeof createAdviceService>;

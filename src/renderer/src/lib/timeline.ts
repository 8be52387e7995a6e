/** Lays a plan out by date: stage bands, milestone marks grouped by day, ticks and today. Pure. */
import type { PlanMilestone, Stage, StageProgress } from '@shared/model';
import { localDate } from '@shared/local-date';
import { displayTitle } from './labels';

export const ZOOMS = ['year', 'quarter', 'month'] as const;
export type Zoom = (typeof ZOOMS)[number];

const PX_PER_DAY: Record<Zoom, number> = { year: 0.25, quarter: 0.9, month: 3 };

export interface TimelineMark {
  left: number;
  date: string;
  /** The last day a merged mark covers (the same as `date` for a single day). */
  until: string;
  count: number;
  resolved: boolean;
  titles: string[];
  /** Its date label fits without running into the previous one. */
  labelled: boolean;
}

/** Marks closer than this (px) merge into one, so dots never overlap. */
export const MARK_SPACING = 26;
/** Room a mark's date label takes (px). */
const LABEL_WIDTH = 70;

export interface TimelineRow {
  stage: Stage;
  band: { left: number; width: number } | undefined;
  marks: TimelineMark[];
  from: string | undefined;
  to: string | undefined;
  count: number;
}

export interface Timeline {
  width: number;
  ticks: Array<{ left: number; date: Date }>;
  rows: TimelineRow[];
  todayLeft: number;
  /** Where the CAIO goal's projected date falls; undefined when the plan has no goal date. */
  goalLeft: number | undefined;
}

/** Merges marks that would overlap into one mark that counts them all, and says which labels fit. */
function spread(marks: TimelineMark[]): TimelineMark[] {
  const merged: TimelineMark[] = [];
  for (const mark of marks) {
    const last = merged.at(-1);
    if (last && mark.left - last.left < MARK_SPACING) {
      merged[merged.length - 1] = {
        ...last,
        until: mark.until,
        count: last.count + mark.count,
        resolved: last.resolved && mark.resolved,
        titles: [...last.titles, ...mark.titles]
      };
    } else merged.push(mark);
  }
  let labelEnd = -Infinity;
  return merged.map((mark) => {
    const labelled = mark.left - LABEL_WIDTH / 2 >= labelEnd;
    if (labelled) labelEnd = mark.left + LABEL_WIDTH / 2;
    return { ...mark, labelled };
  });
}

const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 86_400_000);

/** The date a milestone sits at: when it was completed, else when it is due. */
/** A year alone (a diploma from the wizard) is no day to draw at. */
const dateOf = (milestone: PlanMilestone) =>
  (milestone.completedDate !== null && milestone.completedDate.length === 10 ? milestone.completedDate : null) ?? milestone.dueDate;

function startOfUnit(date: Date, zoom: Zoom): Date {
  if (zoom === 'year') return new Date(date.getFullYear(), 0, 1);
  if (zoom === 'quarter') return new Date(date.getFullYear(), Math.floor(date.getMonth() / 3) * 3, 1);
  return new Date(date.getFullYear(), date.getMonth(), 1);
}

function nextUnit(date: Date, zoom: Zoom): Date {
  if (zoom === 'year') return new Date(date.getFullYear() + 1, 0, 1);
  return new Date(date.getFullYear(), date.getMonth() + (zoom === 'quarter' ? 3 : 1), 1);
}

export function buildTimeline(
  stages: Stage[],
  milestones: PlanMilestone[],
  progress: StageProgress[],
  today: string,
  zoom: Zoom,
  goal: string | null = null
): Timeline | undefined {
  const dated = milestones.filter((m) => dateOf(m) !== null);
  if (dated.length === 0) return undefined;
  const all = [
    ...dated.map((m) => dateOf(m)!),
    ...progress.map((p) => p.projectedDate).filter((d): d is string => d !== null),
    ...(goal ? [goal] : []),
    today
  ].sort();
  const start = startOfUnit(localDate(all[0]!), zoom);
  const end = nextUnit(startOfUnit(localDate(all.at(-1)!), zoom), zoom);
  const scale = PX_PER_DAY[zoom];
  const x = (date: Date) => days(start, date) * scale;

  const ticks: Timeline['ticks'] = [];
  for (let tick = start; tick < end; tick = nextUnit(tick, zoom)) ticks.push({ left: x(tick), date: tick });

  const rows = stages.map((stage): TimelineRow => {
    const items = dated.filter((m) => m.stageId === stage.id);
    const byDate = new Map<string, PlanMilestone[]>();
    for (const item of items) byDate.set(dateOf(item)!, [...(byDate.get(dateOf(item)!) ?? []), item]);
    const dates = [...byDate.keys()].sort();
    const from = dates[0];
    const to = dates.at(-1);
    return {
      stage,
      from,
      to,
      count: items.length,
      band: from && to ? { left: x(localDate(from)), width: Math.max(4, x(localDate(to)) - x(localDate(from))) } : undefined,
      marks: spread(
        dates.map((date) => {
          const group = byDate.get(date)!;
          return {
            left: x(localDate(date)),
            date,
            until: date,
            count: group.length,
            resolved: group.every((m) => m.status === 'done' || m.status === 'skipped'),
            titles: group.map((m) => displayTitle(m)),
            labelled: false
          };
        })
      )
    };
  });
  return { width: x(end), ticks, rows, todayLeft: x(localDate(today)), goalLeft: goal ? x(localDate(goal)) : undefined };
}

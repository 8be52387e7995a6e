import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Milestone, Stage, StageProgress } from '../../../src/shared/model';
import { buildRows, isStageRow, rowKey } from '../../../src/renderer/src/lib/list-rows';
import { MilestoneFilters, isOverdue } from '../../../src/renderer/src/lib/filters.svelte';
import { buildTimeline, MARK_SPACING } from '../../../src/renderer/src/lib/timeline';
import { testCore } from '../helpers';
import { installRenderer } from './renderer-globals';

const stage = (id: number, position: number): Stage => ({ id, planId: 1, templateId: null, title: `Stage ${id}`, position });
let nextId = 1;
function milestone(patch: Partial<Milestone>): Milestone {
  const id = nextId++;
  return {
    id,
    planId: 1,
    stageId: 1,
    templateId: null,
    title: `Milestone ${id}`,
    kind: 'course',
    status: 'todo',
    dueDate: null,
    duePinned: false,
    completedDate: null,
    position: 0,
    notes: '',
    evidenceCount: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...patch
  };
}

describe('list rows', () => {
  it('puts each stage header before its milestones, with its count and progress, empty stages included', () => {
    const stages = [stage(1, 0), stage(2, 1), stage(3, 2)];
    const a = milestone({ stageId: 1 });
    const b = milestone({ stageId: 3 });
    const c = milestone({ stageId: 1 });
    const progress: StageProgress[] = [{ stageId: 3, total: 1, resolved: 0, projectedDate: '2027-05-01' }];
    const rows = buildRows(stages, [a, b, c], progress);
    expect(rows.map(rowKey)).toEqual(['s1', `m${a.id}`, `m${c.id}`, 's2', 's3', `m${b.id}`]);
    expect(rows.filter(isStageRow).map((row) => [row.count, row.progress?.projectedDate])).toEqual([
      [2, undefined],
      [0, undefined],
      [1, '2027-05-01']
    ]);
  });

  it('shows no milestone of a stage that is filtered out', () => {
    const rows = buildRows([stage(2, 0)], [milestone({ stageId: 1 }), milestone({ stageId: 2 })]);
    expect(rows.map(isStageRow)).toEqual([true, false]);
  });
});

describe('filters', () => {
  const today = '2026-12-03';
  it('counts only open work past its due date as overdue', () => {
    expect(isOverdue(milestone({ dueDate: '2026-12-02' }), today)).toBe(true);
    expect(isOverdue(milestone({ dueDate: '2026-12-02', status: 'in_progress' }), today)).toBe(true);
    expect(isOverdue(milestone({ dueDate: today }), today)).toBe(false);
    expect(isOverdue(milestone({ dueDate: '2026-12-02', status: 'done' }), today)).toBe(false);
    expect(isOverdue(milestone({ dueDate: '2026-12-02', status: 'skipped' }), today)).toBe(false);
    expect(isOverdue(milestone({ dueDate: null }), today)).toBe(false);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('combines status, kind, stage and overdue, and searches displayed titles and notes whatever the case', async () => {
    // A template's title is content that comes with the language's texts (the app's start asks for them).
    installRenderer(testCore());
    const { applyLanguage } = await import('../../../src/renderer/src/lib/i18n.svelte');
    const { displayTitle } = await import('../../../src/renderer/src/lib/labels');
    await applyLanguage('en');
    const list = [
      milestone({ title: 'AWS Machine Learning', kind: 'course', stageId: 1, dueDate: '2026-11-01' }),
      milestone({ title: 'Lead the data team', kind: 'leadership', stageId: 2, status: 'done' }),
      milestone({ title: 'Read', notes: 'Chapter on the EU AI Act', kind: 'compliance', stageId: 2 }),
      milestone({ title: null, templateId: 'milestone.watch', kind: 'diploma', stageId: 1 })
    ];
    const filters = new MilestoneFilters();
    const shown = () => list.filter(filters.matcher(today, displayTitle)).map((m) => m.id);
    expect(shown()).toHaveLength(4);
    filters.query = 'ai act';
    expect(shown()).toEqual([list[2]!.id]);
    expect(displayTitle(list[3]!)).toBe('Keep a monthly technology and market watch on AI');
    filters.query = 'MARKET WATCH';
    expect(shown()).toEqual([list[3]!.id]);
    filters.clear();
    filters.stageId = 2;
    filters.status = 'done';
    expect(shown()).toEqual([list[1]!.id]);
    filters.clear();
    filters.overdueOnly = true;
    expect(shown()).toEqual([list[0]!.id]);
    filters.clear();
    filters.kind = 'compliance';
    expect(shown()).toEqual([list[2]!.id]);
  });
});

describe('timeline', () => {
  const stages = [stage(1, 0), stage(2, 1)];

  it('has nothing to draw when no milestone has a date', () => {
    expect(buildTimeline(stages, [milestone({})], [], '2026-12-03', 'quarter')).toBeUndefined();
  });

  it('groups marks by day, places a done milestone at its completion, and skips a year-only completion', () => {
    const list = [
      milestone({ stageId: 1, dueDate: '2027-02-01', title: 'A' }),
      milestone({ stageId: 1, dueDate: '2027-02-01', title: 'B', status: 'done', completedDate: '2027-01-15' }),
      milestone({ stageId: 1, dueDate: '2027-02-01', title: 'C' }),
      milestone({ stageId: 2, status: 'done', completedDate: '2019', title: 'Old diploma' })
    ];
    const timeline = buildTimeline(stages, list, [], '2026-12-03', 'month')!;
    const [first, second] = timeline.rows;
    expect(first!.marks.map((mark) => [mark.date, mark.count, mark.titles, mark.resolved])).toEqual([
      ['2027-01-15', 1, ['B'], true],
      ['2027-02-01', 2, ['A', 'C'], false]
    ]);
    expect([first!.from, first!.to, first!.count]).toEqual(['2027-01-15', '2027-02-01', 3]);
    expect(second!.marks).toEqual([]);
    expect(second!.band).toBeUndefined();
    // Month zoom: December 2026 (today) to February 2027, three ticks, 3 px a day.
    expect(timeline.ticks.map((tick) => tick.date.getMonth())).toEqual([11, 0, 1]);
    expect(timeline.todayLeft).toBe(2 * 3);
    expect(first!.marks[1]!.left - first!.marks[0]!.left).toBe(17 * 3);
  });

  it('stretches to the projected end of a stage, at a coarser scale when zoomed out', () => {
    const list = [milestone({ stageId: 1, dueDate: '2027-03-01' })];
    const progress: StageProgress[] = [{ stageId: 1, total: 1, resolved: 0, projectedDate: '2029-06-30' }];
    const year = buildTimeline(stages, list, progress, '2026-12-03', 'year')!;
    const quarter = buildTimeline(stages, list, progress, '2026-12-03', 'quarter')!;
    expect(year.ticks.map((tick) => tick.date.getFullYear())).toEqual([2026, 2027, 2028, 2029]);
    // Q4 2026 to Q2 2029: one, four, four and two quarters.
    expect(quarter.ticks).toHaveLength(11);
    expect(quarter.width).toBeGreaterThan(year.width);
  });
});

describe('timeline marks and goal', () => {
  const stages = [stage(1, 0)];

  it('merges marks that would overlap into one that counts them, labels only those with room, and places the CAIO goal', () => {
    // Year zoom, a quarter of a pixel a day: 20 days apart is 5 px, 400 days apart is 100 px.
    const list = [
      milestone({ stageId: 1, dueDate: '2027-01-10', title: 'A' }),
      milestone({ stageId: 1, dueDate: '2027-01-30', title: 'B' }),
      milestone({ stageId: 1, dueDate: '2028-03-05', title: 'C' }),
      milestone({ stageId: 1, dueDate: '2028-06-20', title: 'D' })
    ];
    const timeline = buildTimeline(stages, list, [], '2026-12-03', 'year', '2031-05-01')!;
    const marks = timeline.rows[0]!.marks;
    expect(marks.map((mark) => [mark.date, mark.until, mark.count, mark.titles])).toEqual([
      ['2027-01-10', '2027-01-30', 2, ['A', 'B']],
      ['2028-03-05', '2028-03-05', 1, ['C']],
      ['2028-06-20', '2028-06-20', 1, ['D']]
    ]);
    for (let index = 1; index < marks.length; index += 1)
      expect(marks[index]!.left - marks[index - 1]!.left).toBeGreaterThanOrEqual(MARK_SPACING);
    // C and D are 27 px apart: both dots, but only C's label.
    expect(marks.map((mark) => mark.labelled)).toEqual([true, true, false]);
    expect(timeline.ticks.at(-1)!.date.getFullYear()).toBe(2031);
    expect(timeline.goalLeft).toBeGreaterThan(marks.at(-1)!.left);
    expect(buildTimeline(stages, list, [], '2026-12-03', 'year')!.goalLeft).toBeUndefined();
  });
});

describe('list rows kept between rebuilds', () => {
  it('shows each milestone as its own row object, so only a changed milestone renews its row', () => {
    const stages = [stage(1, 0)];
    const a = milestone({ stageId: 1, position: 0 });
    const b = milestone({ stageId: 1, position: 1 });
    const before = buildRows(stages, [a, b]);
    const changedB = { ...b, status: 'done' as const };
    const after = buildRows(stages, [a, changedB]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBe(changedB);
    expect(rowKey(after[2]!)).toBe(`m${b.id}`);
  });
});

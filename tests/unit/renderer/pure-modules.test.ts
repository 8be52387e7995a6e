import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Milestone, Stage, StageProgress } from '../../../src/shared/model';
import fc from 'fast-check';
import { buildRows, recordSwap, RowBuilder, sameLayout } from '../../../src/renderer/src/lib/list-rows';
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
    expect(rows.map((row) => row.key)).toEqual(['s1', `m${a.id}`, `m${c.id}`, 's2', 's3', `m${b.id}`]);
    expect(rows.filter((row) => row.kind === 'stage').map((row) => [row.count, row.progress?.projectedDate])).toEqual([
      [2, undefined],
      [0, undefined],
      [1, '2027-05-01']
    ]);
  });

  it('keeps its layout when only a row’s content changed, not when a row came, went or moved', () => {
    const stages = [stage(1, 0), stage(2, 1)];
    const a = milestone({ stageId: 1 });
    const b = milestone({ stageId: 1 });
    const rows = buildRows(stages, [a, b]);
    expect(sameLayout(rows, buildRows(stages, [{ ...a, status: 'done' }, b]))).toBe(true);
    expect(sameLayout(rows, buildRows(stages, [b, a]))).toBe(false);
    expect(sameLayout(rows, buildRows(stages, [a]))).toBe(false);
    expect(sameLayout(rows, buildRows(stages, [a, { ...b, stageId: 2 }]))).toBe(false);
  });

  it('shows no milestone of a stage that is filtered out', () => {
    const rows = buildRows([stage(2, 0)], [milestone({ stageId: 1 }), milestone({ stageId: 2 })]);
    expect(rows.map((row) => row.kind)).toEqual(['stage', 'milestone']);
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
  it('gives an unchanged milestone the same row object, and a changed one a new row', () => {
    const stages = [stage(1, 0)];
    const a = milestone({ stageId: 1, position: 0 });
    const b = milestone({ stageId: 1, position: 1 });
    const before = buildRows(stages, [a, b]);
    const changedB = { ...b, status: 'done' as const };
    const after = buildRows(stages, [a, changedB]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2]).toMatchObject({ kind: 'milestone', key: `m${b.id}`, milestone: changedB });
    expect(sameLayout(before, after)).toBe(true);
    expect(sameLayout(before, buildRows(stages, [changedB, a]))).toBe(false);
  });
});

describe('rows rebuilt in place', () => {
  it('always equal the rows built from scratch, whatever the sequence of edits', () => {
    const stages = [stage(1, 0), stage(2, 1), stage(3, 2)];
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('todo', 'done', 'skipped') }),
      // A status change recorded as a swap, as the plan state records it (the rows then follow the record).
      fc.record({ kind: fc.constant('recorded' as const), pick: fc.nat(), status: fc.constantFrom('todo', 'done', 'skipped') }),
      fc.record({ kind: fc.constant('restage' as const), pick: fc.nat(), stageId: fc.constantFrom(1, 2, 3) }),
      fc.record({ kind: fc.constant('swap' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), stageId: fc.constantFrom(1, 2, 3) }),
      fc.record({ kind: fc.constant('progress' as const), resolved: fc.nat(5) })
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const builder = new RowBuilder();
        let list = Array.from({ length: 8 }, (_, index) => milestone({ stageId: (index % 3) + 1, position: index }));
        let progress: StageProgress[] | undefined;
        for (const step of edits) {
          const at = list.length > 0 && 'pick' in step ? step.pick % list.length : -1;
          if (step.kind === 'status' && at >= 0) list = list.map((item, index) => (index === at ? { ...item, status: step.status } : item));
          else if (step.kind === 'recorded' && at >= 0) {
            const changed = { ...list[at]!, status: step.status };
            const next = list.map((item, index) => (index === at ? changed : item));
            recordSwap(next, list, [changed]);
            list = next;
          } else if (step.kind === 'restage' && at >= 0)
            list = list.map((item, index) => (index === at ? { ...item, stageId: step.stageId } : item));
          else if (step.kind === 'swap' && at > 0) list = [...list.slice(0, at - 1), list[at]!, list[at - 1]!, ...list.slice(at + 1)];
          else if (step.kind === 'remove' && at >= 0) list = list.filter((_, index) => index !== at);
          else if (step.kind === 'add') list = [...list, milestone({ stageId: step.stageId })];
          else if (step.kind === 'progress') progress = [{ stageId: 2, total: 5, resolved: step.resolved, projectedDate: null }];
          const built = builder.build(stages, list, progress);
          const fresh = buildRows(stages, list, progress);
          expect(built).toEqual(fresh);
          expect(sameLayout(built, fresh)).toBe(true);
        }
      }),
      { numRuns: 200 }
    );
  });

  it('answers with the same rows when nothing changed, and swaps only the changed row', () => {
    const builder = new RowBuilder();
    const stages = [stage(1, 0)];
    const list = [milestone({ stageId: 1 }), milestone({ stageId: 1 })];
    const first = builder.build(stages, list);
    expect(builder.build(stages, list)).toBe(first);
    const next = builder.build(stages, [list[0]!, { ...list[1]!, status: 'done' }]);
    expect(next).not.toBe(first);
    expect(next[1]).toBe(first[1]);
    expect(next[2]).not.toBe(first[2]);
  });

  it('follows a recorded swap without comparing the list, and keeps the layout it came from', () => {
    const builder = new RowBuilder();
    const stages = [stage(1, 0), stage(2, 1)];
    const list = [milestone({ stageId: 1 }), milestone({ stageId: 1 })];
    const first = builder.build(stages, list);
    const changed = { ...list[1]!, status: 'done' as const };
    const next = [list[0]!, changed];
    recordSwap(next, list, [changed]);
    const rows = builder.build(stages, next);
    expect(rows).toEqual(buildRows(stages, next));
    expect(rows[1]).toBe(first[1]);
    expect(rows[2]).toEqual({ kind: 'milestone', key: `m${changed.id}`, milestone: changed });
    expect(sameLayout(first, rows)).toBe(true);
    // A record that says a milestone moved to another stage is not followed: the rows are rebuilt.
    const moved = { ...list[0]!, stageId: 2 };
    const after = [moved, changed];
    recordSwap(after, next, [moved]);
    const rebuilt = builder.build(stages, after);
    expect(rebuilt).toEqual(buildRows(stages, after));
    expect(sameLayout(rows, rebuilt)).toBe(false);
  });
});

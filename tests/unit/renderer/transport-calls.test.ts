import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Milestone, PlanDetail, PlanMilestone } from '../../../src/shared/model';
import { call, testCore } from '../helpers';
import { installRenderer } from './renderer-globals';
import { createMilestoneRepository } from '../../../src/main/repositories/milestone-repository';

/** A plan with three milestones in its first stage, loaded into the renderer's plan state as the plan screen does. */
async function openPlan() {
  const core = testCore();
  await call(core, 'settings:update', { language: 'en' });
  await call(core, 'onboarding:skip');
  const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Counted' });
  const [first, second] = detail.stages;
  for (const title of ['Read the AI Act', 'Cloud certification', 'Lead a pilot']) {
    await call(core, 'milestones:create', { planId: detail.plan.id, stageId: first!.id, title, kind: 'course' });
  }
  const transport = installRenderer(core);
  // Fresh modules for each test: the state lives in module singletons.
  vi.resetModules();
  const { app } = await import('../../../src/renderer/src/lib/app-state.svelte');
  const { planState } = await import('../../../src/renderer/src/lib/plan-state.svelte');
  const { MilestoneDraft } = await import('../../../src/renderer/src/lib/milestone-draft.svelte');
  await app.start(Promise.resolve());
  await planState.load();
  transport.calls.length = 0;
  const find = (title: string) => planState.milestones.find((milestone: PlanMilestone) => milestone.title === title)!;
  return { core, transport, planState, MilestoneDraft, first: first!, second: second!, find };
}

describe('one request per user action', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a status change sends one request and shows the new status and progress', async () => {
    const { transport, planState, find } = await openPlan();
    expect(planState.progress?.resolved).toBe(0);
    await planState.updateMilestone({ milestoneId: find('Cloud certification').id, status: 'done' });
    expect(transport.calls).toEqual(['milestones:update']);
    expect(find('Cloud certification').status).toBe('done');
    expect(find('Cloud certification').completedDate).not.toBeNull();
    expect(planState.progress?.resolved).toBe(1);
  });

  it('a delete sends one request; the row is gone, the rows after it move up, progress follows', async () => {
    const { transport, planState, find } = await openPlan();
    await planState.removeMilestone(find('Read the AI Act'));
    expect(transport.calls).toEqual(['milestones:delete']);
    expect(planState.milestones.map((milestone: PlanMilestone) => [milestone.title, milestone.position])).toEqual([
      ['Cloud certification', 0],
      ['Lead a pilot', 1]
    ]);
    expect(planState.progress?.total).toBe(2);
  });

  it('an editor save with a new stage sends one request and moves the milestone to the end of that stage', async () => {
    const { core, transport, planState, MilestoneDraft, second, find } = await openPlan();
    const draft = new MilestoneDraft(find('Cloud certification'));
    draft.stageId = second.id;
    draft.notes = 'Moved with its notes';
    draft.status = 'in_progress';
    await planState.updateMilestone(draft.toUpdate());
    expect(transport.calls).toEqual(['milestones:update']);
    const moved = find('Cloud certification');
    expect([moved.stageId, moved.position, moved.status, moved.notes]).toEqual([second.id, 0, 'in_progress', 'Moved with its notes']);
    // The stage it left closed its gap, on screen and in the database alike.
    expect(find('Lead a pilot').position).toBe(1);
    const stored = await call<Milestone[]>(core, 'milestones:list', { planId: moved.planId });
    expect(stored.map((milestone) => [milestone.title, milestone.stageId, milestone.position])).toEqual(
      planState.milestones.map((milestone: PlanMilestone) => [milestone.title, milestone.stageId, milestone.position])
    );
  });
});

/** A plan the settings follow (with `count` milestones in its first stage), and the renderer's modules freshly started at `#plan`. */
async function startAtPlan(name: string, count = 0) {
  const core = testCore();
  await call(core, 'settings:update', { language: 'en' });
  await call(core, 'onboarding:skip');
  const detail = await call<PlanDetail>(core, 'plans:create', { name });
  await call(core, 'settings:update', { activePlanId: detail.plan.id });
  const rows = Array.from({ length: count }, (_, index) => ({
    planId: detail.plan.id,
    stageId: detail.stages[0]!.id,
    templateId: null,
    title: `Milestone ${index + 1}`,
    kind: 'course' as const,
    status: 'todo' as const,
    dueDate: null,
    duePinned: false,
    completedDate: null,
    notes: ''
  }));
  createMilestoneRepository(core.db).createMany(rows, new Date().toISOString());
  const transport = installRenderer(core, 'en-GB', '#plan');
  vi.resetModules();
  const { app } = await import('../../../src/renderer/src/lib/app-state.svelte');
  const { planState } = await import('../../../src/renderer/src/lib/plan-state.svelte');
  return { core, planId: detail.plan.id, transport, app, planState };
}

describe('what a start asks for', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a start is one request, answered with the settings, the data status and the texts of the chosen language', async () => {
    const { transport, app } = await startAtPlan('Followed');
    const status = await app.start(Promise.resolve());
    expect(transport.calls).toEqual(['app:start']);
    expect([app.settings.language, status.notice]).toEqual(['en', null]);
  });

  it('opening the plan screen asks for the plan list and the followed plan, each once, and shows what is stored then', async () => {
    const { core, planId, transport, app, planState } = await startAtPlan('Before', 3);
    await app.start(Promise.resolve());
    await call(core, 'plans:rename', { planId, name: 'After' });
    transport.calls.length = 0;
    await planState.load();
    expect(transport.calls.sort()).toEqual(['plans:active', 'plans:list']);
    expect([planState.plan?.name, planState.milestones.length]).toEqual(['After', 3]);
  });
});

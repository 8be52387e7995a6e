/** The executive comparison dated by the plan's own schedule, and the programme it offers added to the plan. */
import { describe, expect, it } from 'vitest';
import type { ExecutiveEstimate, MilestoneWrite, PlanDetail, PlanScreen } from '../../../../src/shared/model';
import type { Profile } from '../../../../src/shared/profile';
import { call, fixedClock, testCore } from '../../helpers';

const productDirector: Profile = {
  educationLevel: 'bac+5',
  field: 'business',
  yearsExperience: 17,
  currentRole: 'product-business',
  targetCompanySize: 'large',
  hoursPerWeek: 3,
  achieved: ['business-degree', 'led-team'],
  peopleManaged: 8,
  considering: ['executive-mba']
};

async function directorPlan() {
  const core = testCore(fixedClock('2026-12-07'));
  const detail = await call<PlanDetail>(core, 'onboarding:complete', {
    profile: productDirector,
    routeId: 'route.business',
    planName: 'Director'
  });
  const estimates = async () => {
    const answer = (await call<ExecutiveEstimate[] | null>(core, 'advice:executive'))!;
    return Object.fromEntries(answer.map((estimate) => [estimate.optionId, estimate]));
  };
  const screen = () => call<PlanScreen>(core, 'plans:get', { planId: detail.plan.id });
  return { core, detail, estimates, screen };
}

describe('the executive comparison', () => {
  it('dates each option with the plan’s schedule: neither is the plan’s own CAIO date, a programme taken next pushes it by what the schedule says', async () => {
    const { estimates, screen } = await directorPlan();
    const options = await estimates();
    const { progress } = await screen();
    expect(options.neither!.caioDate).toBe(progress.projectedDate);
    expect(options['ai-certificate']!.caioDate! > options.neither!.caioDate!).toBe(true);
    expect(options['executive-mba']!.caioDate! > options['ai-certificate']!.caioDate!).toBe(true);
    expect(Object.values(options).map((option) => [option.hoursPerWeek, option.inPlan])).toEqual([
      [3, false],
      [3, false],
      [3, false]
    ]);
  });

  it('adds the programme first among the open steps, and the plan then shows the date the comparison gave', async () => {
    const { core, detail, estimates, screen } = await directorPlan();
    const before = await estimates();
    const firstOpen = (await screen()).milestones.find((m) => m.status === 'todo' || m.status === 'in_progress')!;
    const written = await call<MilestoneWrite>(core, 'milestones:create', {
      planId: detail.plan.id,
      stageId: firstOpen.stageId,
      title: 'Executive MBA',
      kind: 'diploma',
      templateId: 'programme.executive-mba',
      firstOpen: true
    });
    expect(written.progress.projectedDate).toBe(before['executive-mba']!.caioDate);
    const { milestones } = await screen();
    const open = milestones.filter((m) => m.stageId === firstOpen.stageId && (m.status === 'todo' || m.status === 'in_progress'));
    expect(open[0]!.templateId).toBe('programme.executive-mba');
    // 78 weeks of calendar time from the plan's first day, whatever her 3 hours a week.
    expect(open[0]!.dueDate).toBe('2028-06-05');
    // The comparison does not count the programme twice: the same dates, the MBA now in the plan.
    const after = await estimates();
    expect(after['executive-mba']).toEqual({ ...before['executive-mba'], inPlan: true });
    expect(after.neither!.caioDate).toBe(before.neither!.caioDate);
  });

  it('names an added programme in the language of the day, not in the one it was added in', async () => {
    const { core, detail } = await directorPlan();
    const written = await call<MilestoneWrite>(core, 'milestones:create', {
      planId: detail.plan.id,
      stageId: detail.stages[0]!.id,
      title: 'Certificat exécutif en IA',
      kind: 'course',
      templateId: 'programme.ai-certificate',
      firstOpen: true
    });
    expect(written.milestone).toMatchObject({ title: null, templateId: 'programme.ai-certificate' });
    // A title of the person's own is kept as typed.
    const own = await call<MilestoneWrite>(core, 'milestones:create', {
      planId: detail.plan.id,
      stageId: detail.stages[0]!.id,
      title: 'Executive MBA at my company’s school',
      kind: 'diploma',
      templateId: 'programme.executive-mba'
    });
    expect(own.milestone.title).toBe('Executive MBA at my company’s school');
  });

  it('refuses a programme no one offers, and answers null without a plan', async () => {
    const { core, detail } = await directorPlan();
    const result = await core.router.handle('milestones:create', {
      planId: detail.plan.id,
      stageId: detail.stages[0]!.id,
      title: 'Made-up programme',
      kind: 'diploma',
      templateId: 'programme.made-up'
    });
    expect(result.ok).toBe(false);
    const empty = testCore(fixedClock('2026-12-07'));
    expect(await call(empty, 'advice:executive')).toBeNull();
  });
});

describe('the first goal', () => {
  const dataScientist: Profile = {
    educationLevel: 'bac+5',
    field: 'data-ai',
    yearsExperience: 8,
    currentRole: 'data-ai-practitioner',
    targetCompanySize: 'large',
    hoursPerWeek: 6,
    achieved: ['bachelor', 'master-tech', 'ai-role', 'ml-course'],
    firstGoal: 'head-of-ai'
  };

  it('dates Head of AI from the schedule, before the CAIO date, and says it is the person’s first goal until the step is skipped', async () => {
    const core = testCore(fixedClock('2026-12-07'));
    const detail = await call<PlanDetail>(core, 'onboarding:complete', {
      profile: dataScientist,
      routeId: 'route.engineering',
      planName: 'Head first'
    });
    const { progress, milestones } = await call<PlanScreen>(core, 'plans:get', { planId: detail.plan.id });
    const head = milestones.find((m) => m.templateId === 'eng.head-of-ai')!;
    expect(progress.firstGoal).toBe('head-of-ai');
    expect(progress.headOfAiDate).toBe(head.dueDate);
    expect(progress.headOfAiDate! < progress.projectedDate!).toBe(true);
    const skipped = await call<MilestoneWrite>(core, 'milestones:update', { milestoneId: head.id, status: 'skipped' });
    expect(skipped.progress.headOfAiDate).toBeNull();
  });

  it('is the CAIO role for a person who did not choose, with Head of AI still dated on the way', async () => {
    const core = testCore(fixedClock('2026-12-07'));
    const { firstGoal: _, ...undecided } = dataScientist;
    const detail = await call<PlanDetail>(core, 'onboarding:complete', {
      profile: undecided,
      routeId: 'route.engineering',
      planName: 'CAIO'
    });
    const { progress } = await call<PlanScreen>(core, 'plans:get', { planId: detail.plan.id });
    expect(progress.firstGoal).toBe('caio');
    expect(progress.headOfAiDate).not.toBeNull();
  });
});

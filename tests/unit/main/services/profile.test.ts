import { describe, expect, it } from 'vitest';
import type { Replan, Plan, PlanDetail, PlanProgress } from '../../../../src/shared/model';
import type { Profile } from '../../../../src/shared/profile';
import { call, testCore } from '../../helpers';

const student: Profile = {
  educationLevel: 'bac+3',
  field: 'computer-science',
  yearsExperience: 0,
  currentRole: 'student',
  targetCompanySize: 'large',
  hoursPerWeek: 10,
  achieved: ['bachelor'],
  achievedYears: { bachelor: 2025 }
};

const finish = (core: ReturnType<typeof testCore>, extra: Record<string, unknown> = {}) =>
  call<PlanDetail>(core, 'onboarding:complete', {
    profile: student,
    routeId: 'route.engineering',
    planName: 'My path via the engineering and science route',
    generatedName: true,
    ...extra
  });

describe('the wizard run again', () => {
  it('never makes two plans with one name, whether the name is generated or typed', async () => {
    const core = testCore();
    const first = await finish(core);
    const second = await finish(core);
    expect([first.plan.generatedName, second.plan.generatedName]).toEqual([1, 2]);
    const typed1 = await finish(core, { planName: 'Plan B', generatedName: false });
    const typed2 = await finish(core, { planName: 'Plan B', generatedName: false });
    const names = (await call<Plan[]>(core, 'plans:list')).map((plan) => plan.name);
    expect(names).toEqual([
      'My path via the engineering and science route',
      'My path via the engineering and science route (2)',
      'Plan B',
      'Plan B (2)'
    ]);
    expect([typed1.plan.generatedName, typed2.plan.generatedName]).toEqual([null, null]);
  });

  it('a renamed plan keeps the name the person gave', async () => {
    const core = testCore();
    const { plan } = await finish(core);
    expect((await call<Plan>(core, 'plans:rename', { planId: plan.id, name: 'Mine' })).generatedName).toBeNull();
  });

  it('stores the diploma year and a programme under way, and refuses answers that contradict each other', async () => {
    const core = testCore();
    const { milestones } = await finish(core, {
      profile: { ...student, achieved: [], achievedYears: {}, inProgress: { diploma: 'bachelor', expectedEnd: '2027-06-30' } }
    });
    expect(milestones.find((m) => m.templateId === 'eng.bachelor')).toMatchObject({ status: 'in_progress', dueDate: '2027-06-30' });
    for (const profile of [
      { ...student, inProgress: { diploma: 'bachelor', expectedEnd: '2027-06-30' } },
      { ...student, achievedYears: { bachelor: 2030 } }
    ]) {
      expect(await core.router.handle('profile:update', { profile })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // A new plan cannot start from a programme that already ended.
    const ended = { ...student, achieved: [], inProgress: { diploma: 'bachelor', expectedEnd: '2026-01-01' } };
    expect(
      await core.router.handle('onboarding:complete', { profile: ended, routeId: 'route.engineering', planName: 'Late' })
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await call<Plan[]>(core, 'plans:list')).map((plan) => plan.name)).not.toContain('Late');
    expect(await call<Profile>(core, 'profile:get')).toMatchObject({ inProgress: { diploma: 'bachelor' } });
  });
});

describe('Settings › Profile', () => {
  it('changing the hours per week re-projects every plan at once; company size moves every goal’s salary band', async () => {
    const core = testCore();
    const a = await finish(core);
    const b = await finish(core, { routeId: 'route.business' });
    const before = await Promise.all([a, b].map((detail) => call<PlanProgress>(core, 'plans:progress', { planId: detail.plan.id })));
    const saved = await call<{ profile: Profile; replans: Replan[] }>(core, 'profile:update', {
      profile: { ...student, hoursPerWeek: 5, targetCompanySize: 'multinational' }
    });
    expect(saved.profile).toMatchObject({ hoursPerWeek: 5, targetCompanySize: 'multinational', achievedYears: { bachelor: 2025 } });
    const after = await Promise.all([a, b].map((detail) => call<PlanProgress>(core, 'plans:progress', { planId: detail.plan.id })));
    for (const [index, progress] of after.entries()) expect(progress.projectedDate! > before[index]!.projectedDate!).toBe(true);
    // Each plan says what moved: its CAIO date before and after, and how many milestones got a new date.
    expect(saved.replans.map((replan) => [replan.planId, replan.before, replan.after])).toEqual(
      [a, b].map((detail, index) => [detail.plan.id, before[index]!.projectedDate, after[index]!.projectedDate])
    );
    for (const replan of saved.replans) expect(replan.moved).toBeGreaterThan(0);
    expect((await call<Plan[]>(core, 'plans:list')).map((plan) => plan.targetCompanySize)).toEqual(['multinational', 'multinational']);
  });

  it('refuses an invalid profile and changes nothing', async () => {
    const core = testCore();
    await finish(core);
    const result = await core.router.handle('profile:update', { profile: { ...student, hoursPerWeek: 0 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call<Profile>(core, 'profile:get')).toMatchObject({ hoursPerWeek: 10 });
  });
});

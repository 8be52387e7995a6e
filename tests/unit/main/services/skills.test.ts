import { describe, expect, it } from 'vitest';
import type { Milestone, MilestoneDetail, PlanDetail } from '../../../../src/shared/model';
import type { Profile } from '../../../../src/shared/profile';
import type { AssessmentResult, GapMilestoneResult, SkillsOverview } from '../../../../src/shared/skills-model';
import { SKILLS } from '../../../../src/shared/content/skills';
import { READINESS_CAP } from '../../../../src/main/services/readiness';
import type { Clock } from '../../../../src/main/clock';
import { call, testCore } from '../../helpers';

const atTarget = (except: Record<string, number> = {}) =>
  SKILLS.map((skill) => ({ skillId: skill.id, level: except[skill.id] ?? skill.target }));

const assess = (core: ReturnType<typeof testCore>, assessedOn: string, ratings: Array<{ skillId: string; level: number; note?: string }>) =>
  call<AssessmentResult>(core, 'skills:assess', { assessedOn, ratings });

/** A clock the test can move forward. */
function movableClock(day: string): Clock & { set(day: string): void } {
  let current = new Date(`${day}T12:00:00`);
  return { now: () => current, set: (next) => (current = new Date(`${next}T12:00:00`)) };
}

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

describe('readiness towards CAIO', () => {
  it('is 0 before anything is rated and 100 with every skill at its target', async () => {
    const core = testCore();
    const empty = await call<SkillsOverview>(core, 'skills:overview');
    expect(empty.readiness).toMatchObject({ score: 0, empty: true });
    const { overview } = await assess(core, '2026-11-20', atTarget());
    expect(overview.readiness).toMatchObject({ score: 100, uncapped: 100, cap: null, empty: false });
    expect(overview.gaps).toEqual([]);
  });

  it('counts no skill above its target, and without a capped group the score is the weighted mean', async () => {
    const core = testCore();
    // Cloud and big data all at zero; everything else at target, some skills above it.
    const cloud = Object.fromEntries(SKILLS.filter((skill) => skill.group === 'group.cloud-data').map((skill) => [skill.id, 0]));
    const { overview } = await assess(core, '2026-11-20', atTarget({ ...cloud, 'skill.english': 4, 'skill.scrum': 4 }));
    expect(overview.readiness.cap).toBeNull();
    // Cloud and big data weighs 2 of the 16 weight points.
    expect(overview.readiness.score).toBe(Math.round(100 * (14 / 16)));
    expect(overview.readiness.groups.find((group) => group.groupId === 'group.cloud-data')).toMatchObject({ coverage: 0, capping: false });
  });

  it('is capped by a gap in regulation however strong the rest is, and says which group caps it', async () => {
    const core = testCore();
    const { overview } = await assess(core, '2026-11-20', atTarget({ 'skill.gdpr': 1, 'skill.ai-act': 1, 'skill.ai-ethics': 1 }));
    expect(overview.readiness.uncapped).toBeGreaterThan(READINESS_CAP);
    expect(overview.readiness.score).toBe(READINESS_CAP);
    expect(overview.readiness.cap).toBe(READINESS_CAP);
    expect(overview.readiness.groups.filter((group) => group.capping).map((group) => group.groupId)).toEqual(['group.regulation']);
    // Once regulation reaches its minimum the cap is lifted.
    const lifted = await assess(core, '2026-11-21', [
      { skillId: 'skill.gdpr', level: 3 },
      { skillId: 'skill.ai-act', level: 3 },
      { skillId: 'skill.ai-ethics', level: 3 }
    ]);
    expect(lifted.overview.readiness.cap).toBeNull();
    expect(lifted.overview.readiness.score).toBeGreaterThan(READINESS_CAP);
  });

  it('is capped by a gap in leadership too', async () => {
    const core = testCore();
    const { overview } = await assess(core, '2026-11-20', atTarget({ 'skill.leadership': 1, 'skill.change-management': 1 }));
    expect(overview.readiness.score).toBe(READINESS_CAP);
    expect(overview.readiness.groups.find((group) => group.capping)?.groupId).toBe('group.leadership');
  });
});

describe('dated assessments', () => {
  it('keeps history in date order, back-dated ratings included, and same-day ratings in the order saved', async () => {
    const core = testCore();
    await assess(core, '2026-10-01', [{ skillId: 'skill.gdpr', level: 2 }]);
    await assess(core, '2026-09-01', [{ skillId: 'skill.gdpr', level: 1 }]);
    await assess(core, '2026-11-01', [{ skillId: 'skill.gdpr', level: 3 }]);
    const { overview } = await assess(core, '2026-11-01', [{ skillId: 'skill.gdpr', level: 4, note: 'Led the DPIA' }]);
    const history = overview.ratings.filter((rating) => rating.skillId === 'skill.gdpr');
    expect(history.map((rating) => [rating.assessedOn, rating.level])).toEqual([
      ['2026-09-01', 1],
      ['2026-10-01', 2],
      ['2026-11-01', 3],
      ['2026-11-01', 4]
    ]);
    expect(history.at(-1)?.note).toBe('Led the DPIA');
    expect(overview.trend.map((point) => point.date)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01']);
  });

  it('does not store an unchanged skill again', async () => {
    const core = testCore();
    const first = await assess(core, '2026-11-01', atTarget());
    expect(first.stored).toBe(SKILLS.length);
    const second = await assess(core, '2026-11-20', atTarget({ 'skill.english': 4 }));
    expect(second.stored).toBe(1);
    expect(second.overview.ratings).toHaveLength(SKILLS.length + 1);
    const third = await assess(core, '2026-11-21', atTarget({ 'skill.english': 4 }));
    expect(third.stored).toBe(0);
    expect(third.overview.ratings).toHaveLength(SKILLS.length + 1);
  });

  it('treats a retried save with the same request id as one', async () => {
    const core = testCore();
    const requestId = crypto.randomUUID();
    const input = { assessedOn: '2026-11-20', ratings: [{ skillId: 'skill.gdpr', level: 2 }], requestId };
    await call(core, 'skills:assess', input);
    const again = await call<AssessmentResult>(core, 'skills:assess', input);
    expect(again.overview.ratings).toHaveLength(1);
  });

  it.each([
    ['a level out of range', { assessedOn: '2026-11-20', ratings: [{ skillId: 'skill.gdpr', level: 7 }] }],
    [
      'an unknown skill id',
      {
        assessedOn: '2026-11-20',
        ratings: [
          { skillId: 'skill.gdpr', level: 2 },
          { skillId: 'skill.astrology', level: 2 }
        ]
      }
    ],
    ['a date in the future', { assessedOn: '2026-11-25', ratings: [{ skillId: 'skill.gdpr', level: 2 }] }],
    [
      'a skill rated twice',
      {
        assessedOn: '2026-11-20',
        ratings: [
          { skillId: 'skill.gdpr', level: 2 },
          { skillId: 'skill.gdpr', level: 3 }
        ]
      }
    ]
  ])('refuses %s with an error code and stores nothing', async (_label, input) => {
    const core = testCore();
    const result = await core.router.handle('skills:assess', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const overview = await call<SkillsOverview>(core, 'skills:overview');
    expect(overview.ratings).toEqual([]);
    expect(overview.trend).toEqual([]);
  });
});

describe('gaps', () => {
  it('puts the gaps of a capping group first, then the costliest, and leaves out skills at target', async () => {
    const core = testCore();
    const { overview } = await assess(
      core,
      '2026-11-20',
      atTarget({ 'skill.ai-act': 1, 'skill.cloud-platforms': 0, 'skill.big-data': 0, 'skill.leadership': 2, 'skill.english': 1 })
    );
    const order = overview.gaps.map((gap) => gap.skillId);
    expect(order).toHaveLength(5);
    // Regulation is below its minimum (8 of 11 levels, under 75 %): its gap comes first.
    expect(overview.gaps[0]).toMatchObject({ skillId: 'skill.ai-act', blocking: true, size: 3 });
    expect(overview.gaps.slice(1).every((gap) => !gap.blocking)).toBe(true);
    for (let index = 2; index < overview.gaps.length; index += 1) {
      expect(overview.gaps[index - 1]!.points).toBeGreaterThanOrEqual(overview.gaps[index]!.points);
    }
    // Same size, heavier group first: two levels of leadership cost more than two of big data.
    expect(order.indexOf('skill.leadership')).toBeLessThan(order.indexOf('skill.big-data'));
  });
});

describe('from a gap to a milestone', () => {
  it('creates a milestone linked to the skill in the chosen plan and stage, with the suggested kind and title', async () => {
    const core = testCore();
    await call(core, 'settings:update', { language: 'fr' });
    const other = await call<PlanDetail>(core, 'plans:create', { name: 'Other' });
    const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Chosen' });
    const stage = detail.stages[2]!;
    const result = await call<GapMilestoneResult>(core, 'skills:createMilestone', {
      skillId: 'skill.ai-act',
      planId: detail.plan.id,
      stageId: stage.id
    });
    const { milestone } = await call<MilestoneDetail>(core, 'milestones:get', { milestoneId: result.milestoneId });
    expect(milestone).toMatchObject({ planId: detail.plan.id, stageId: stage.id, kind: 'compliance', status: 'todo' });
    expect(milestone.title).toBe(SKILLS.find((skill) => skill.id === 'skill.ai-act')!.suggestion.title.fr);
    expect(result.overview.links.filter((link) => link.skillId === 'skill.ai-act')).toMatchObject([
      { milestoneId: milestone.id, planId: detail.plan.id, status: 'todo' }
    ]);
    expect(await call<Milestone[]>(core, 'milestones:list', { planId: other.plan.id })).toEqual([]);
    expect(await call(core, 'skills:linkOf', { milestoneId: milestone.id })).toEqual({
      milestoneId: milestone.id,
      skillId: 'skill.ai-act'
    });
  });

  it('refuses a stage of another plan and an unknown skill, creating nothing', async () => {
    const core = testCore();
    const first = await call<PlanDetail>(core, 'plans:create', { name: 'First' });
    const second = await call<PlanDetail>(core, 'plans:create', { name: 'Second' });
    expect(
      await core.router.handle('skills:createMilestone', { skillId: 'skill.gdpr', planId: first.plan.id, stageId: second.stages[0]!.id })
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      await core.router.handle('skills:createMilestone', { skillId: 'skill.nope', planId: first.plan.id, stageId: first.stages[0]!.id })
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call<Milestone[]>(core, 'milestones:list', { planId: first.plan.id })).toEqual([]);
  });

  it('creates one milestone for a retried request', async () => {
    const core = testCore();
    const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Plan' });
    const input = { skillId: 'skill.gdpr', planId: detail.plan.id, stageId: detail.stages[0]!.id, requestId: crypto.randomUUID() };
    await call(core, 'skills:createMilestone', input);
    await call(core, 'skills:createMilestone', input);
    expect(await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id })).toHaveLength(1);
  });

  it('turns the same gap into one open milestone however often it is asked, left unpinned when no date is typed', async () => {
    const core = testCore();
    const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Plan' });
    const ask = (extra: Record<string, unknown> = {}) =>
      call<GapMilestoneResult>(core, 'skills:createMilestone', {
        skillId: 'skill.gdpr',
        planId: detail.plan.id,
        stageId: detail.stages[0]!.id,
        title: 'GDPR course',
        requestId: crypto.randomUUID(),
        ...extra
      });
    const first = await ask();
    const again = await ask({ title: '  GDPR course ' });
    expect(first.existing).toBeUndefined();
    expect(again).toMatchObject({ milestoneId: first.milestoneId, existing: true });
    const listed = await call<Milestone[]>(core, 'milestones:list', { planId: detail.plan.id });
    expect(listed).toHaveLength(1);
    // No date typed: nothing pinned, the plan's schedule dates it.
    expect(listed[0]!.duePinned).toBe(false);
    // Once done, a new milestone for the same gap may be planned; a typed date is kept.
    await call(core, 'milestones:update', { milestoneId: first.milestoneId, status: 'done' });
    const next = await ask({ dueDate: '2027-05-01' });
    expect(next.milestoneId).not.toBe(first.milestoneId);
    const { milestone } = await call<MilestoneDetail>(core, 'milestones:get', { milestoneId: next.milestoneId });
    expect(milestone.dueDate).toBe('2027-05-01');
  });

  it('shows the evidence behind a skill and invites a re-assessment once a linked milestone is done', async () => {
    const core = testCore();
    await assess(core, '2026-11-01', [{ skillId: 'skill.gdpr', level: 1 }]);
    const detail = await call<PlanDetail>(core, 'plans:create', { name: 'Plan' });
    const { milestoneId } = await call<GapMilestoneResult>(core, 'skills:createMilestone', {
      skillId: 'skill.gdpr',
      planId: detail.plan.id,
      stageId: detail.stages[0]!.id
    });
    await call(core, 'evidence:add', { milestoneId, description: 'GDPR certificate', obtainedDate: '2026-11-20' });
    await call(core, 'milestones:update', { milestoneId, status: 'done' });
    const after = await call<SkillsOverview>(core, 'skills:overview');
    expect(after.reassess).toEqual(['skill.gdpr']);
    expect(after.links.find((link) => link.milestoneId === milestoneId)?.evidence.map((item) => item.description)).toEqual([
      'GDPR certificate'
    ]);
    const reassessed = await assess(core, '2026-11-24', [{ skillId: 'skill.gdpr', level: 2 }]);
    expect(reassessed.overview.reassess).toEqual([]);
  });

  it('links generated milestones through their template, and lets any milestone be linked or unlinked', async () => {
    const core = testCore();
    const plan = await call<PlanDetail>(core, 'onboarding:complete', { profile: student, routeId: 'route.engineering', planName: 'Path' });
    const overview = await call<SkillsOverview>(core, 'skills:overview');
    expect(overview.links.some((link) => link.skillId === 'skill.ai-act' && link.planId === plan.plan.id)).toBe(true);
    const generated = overview.links.find((link) => link.skillId === 'skill.ai-act')!;
    await call(core, 'skills:link', { milestoneId: generated.milestoneId, skillId: null });
    expect(await call(core, 'skills:linkOf', { milestoneId: generated.milestoneId })).toMatchObject({ skillId: null });
    await call(core, 'skills:link', { milestoneId: generated.milestoneId, skillId: 'skill.ai-ethics' });
    const relinked = await call<SkillsOverview>(core, 'skills:overview');
    expect(relinked.links.find((link) => link.milestoneId === generated.milestoneId)?.skillId).toBe('skill.ai-ethics');
    expect((await core.router.handle('skills:link', { milestoneId: generated.milestoneId, skillId: 'skill.nope' })).ok).toBe(false);
  });
});

describe('quarterly review', () => {
  it('is offered three months after the last review, records readiness and projected date before and after, and confirms hours', async () => {
    const clock = movableClock('2026-01-10');
    const core = testCore(clock);
    await call(core, 'onboarding:complete', { profile: student, routeId: 'route.engineering', planName: 'Path' });
    await assess(core, '2026-01-10', atTarget({ 'skill.gdpr': 1 }));
    expect((await call<SkillsOverview>(core, 'skills:overview')).reviewDue).toBe(false);
    clock.set('2026-04-10');
    const due = await call<SkillsOverview>(core, 'skills:overview');
    expect(due.reviewDue).toBe(true);
    const { overview } = await call<AssessmentResult>(core, 'skills:assess', {
      assessedOn: '2026-04-10',
      ratings: [{ skillId: 'skill.gdpr', level: 3 }],
      review: { hoursPerWeek: 20 }
    });
    expect(overview.reviewDue).toBe(false);
    expect(overview.reviews).toHaveLength(1);
    expect(overview.reviews[0]).toMatchObject({ reviewedOn: '2026-04-10', hoursPerWeek: 20, changedCount: 1 });
    expect(overview.reviews[0]!.readinessAfter).toBeGreaterThan(overview.reviews[0]!.readinessBefore);
    expect(overview.reviews[0]!.projectedAfter! < overview.reviews[0]!.projectedBefore!).toBe(true);
    expect(overview.hoursPerWeek).toBe(20);
    clock.set('2026-07-09');
    expect((await call<SkillsOverview>(core, 'skills:overview')).reviewDue).toBe(false);
    clock.set('2026-07-10');
    expect((await call<SkillsOverview>(core, 'skills:overview')).reviewDue).toBe(true);
  });
});

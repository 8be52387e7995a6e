import { describe, expect, it } from 'vitest';
import type { Milestone, MilestoneWrite, PlanDetail, RemindersSummary } from '../../../../src/shared/model';
import { renewalWindowDays } from '../../../../src/main/services/reminders/reminder-service';
import { call, callEvidence, callMilestone, fixedClock, testCore } from '../../helpers';

async function planned(today = '2026-12-07') {
  const core = testCore(fixedClock(today));
  const { plan, stages } = await call<PlanDetail>(core, 'plans:create', { name: 'Compliance' });
  const stageId = stages[0]!.id;
  const create = (input: Record<string, unknown>) =>
    call<MilestoneWrite>(core, 'milestones:create', { planId: plan.id, stageId, ...input });
  return { core, plan, stageId, create };
}

describe('milestones planned from the guide', () => {
  it('keeps an upcoming obligation’s legal date and links it to its skill', async () => {
    const { core, create } = await planned();
    const { milestone } = await create({
      title: 'Be ready for: Annex III',
      kind: 'compliance',
      dueDate: '2027-12-02',
      templateId: 'regulation.aia-annex-iii',
      skillId: 'skill.ai-act'
    });
    expect(milestone).toMatchObject({ templateId: 'regulation.aia-annex-iii', dueDate: '2027-12-02', kind: 'compliance' });
    expect(await call(core, 'skills:linkOf', { milestoneId: milestone.id })).toEqual({
      milestoneId: milestone.id,
      skillId: 'skill.ai-act'
    });
  });

  it('places an obligation in force first among the open milestones of its stage, with no legal date: the schedule dates it soon', async () => {
    const { core, create } = await planned();
    const done = (await create({ title: 'Done already', kind: 'course' })).milestone;
    await call(core, 'milestones:update', { milestoneId: done.id, status: 'done' });
    const open = (await create({ title: 'Open task', kind: 'course' })).milestone;
    const written = await create({
      title: 'Bring into line: prohibitions',
      kind: 'compliance',
      templateId: 'regulation.aia-prohibitions-literacy',
      skillId: 'skill.ai-act',
      firstOpen: true
    });
    // Not a date in the past, nor pinned: planned first among the open work, so due within weeks of today (2026-11-24).
    expect(written.milestone).toMatchObject({ position: 1, duePinned: false });
    expect(written.milestone.dueDate! >= '2026-11-24' && written.milestone.dueDate! <= '2027-01-31').toBe(true);
    const rows = await call<Milestone[]>(core, 'milestones:list', { planId: written.plan.id });
    expect(rows.sort((a, b) => a.position - b.position).map((row) => row.id)).toEqual([done.id, written.milestone.id, open.id]);
    expect(written.milestones.find((row) => row.id === open.id)?.position).toBe(2);
  });

  it('refuses a pending text, a retired certification, an unknown template or skill, and stores nothing', async () => {
    const { core, plan, stageId } = await planned();
    for (const extra of [
      { templateId: 'regulation.fr-authorities' },
      { templateId: 'certification.microsoft-ai-102' },
      { templateId: 'certification.no-such-thing' },
      { skillId: 'skill.no-such-thing' }
    ]) {
      const result = await core.router.handle('milestones:create', { planId: plan.id, stageId, title: 'x', kind: 'course', ...extra });
      expect(result, JSON.stringify(extra)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await call<Milestone[]>(core, 'milestones:list', { planId: plan.id })).toEqual([]);
  });
});

describe('a planned certification’s evidence', () => {
  it('expires when its validity ends, unless an expiry is given or the certification has none', async () => {
    const { core, create } = await planned();
    const google = (await create({ title: 'PMLE', kind: 'course', templateId: 'certification.google-ml-engineer' })).milestone;
    const psm = (await create({ title: 'PSM I', kind: 'course', templateId: 'certification.scrum-psm-i' })).milestone;
    const manual = await callMilestone(core, 'milestones:create', {
      planId: google.planId,
      stageId: google.stageId,
      title: 'Other',
      kind: 'course'
    });
    const add = (milestoneId: number, extra: Record<string, unknown>) =>
      callEvidence(core, { milestoneId, description: 'Certificate', ...extra });
    expect((await add(google.id, { obtainedDate: '2025-03-01', expiryDate: null })).expiryDate).toBe('2027-03-01');
    expect((await add(google.id, { obtainedDate: '2025-03-01', expiryDate: '2026-12-31' })).expiryDate).toBe('2026-12-31');
    expect((await add(psm.id, { obtainedDate: '2025-03-01' })).expiryDate).toBeNull();
    expect((await add(manual.id, { obtainedDate: '2025-03-01' })).expiryDate).toBeNull();
  });

  it('is reminded in its issuer’s renewal window, or 60 days before expiry without one', async () => {
    expect(renewalWindowDays('certification.google-ml-engineer')).toBe(60);
    expect(renewalWindowDays('certification.microsoft-ai-102')).toBe(180);
    expect(renewalWindowDays(null)).toBe(60);

    // Microsoft opens renewal six months ahead: a certification held before AI-102 was retired (as a backup brings it back).
    const { core, create } = await planned('2027-01-10');
    const azure = (await create({ title: 'Azure AI Engineer', kind: 'course' })).milestone;
    core.db.prepare('UPDATE milestones SET template_id = ? WHERE id = ?').run('certification.microsoft-ai-102', azure.id);
    const other = (await create({ title: 'Other certificate', kind: 'course' })).milestone;
    await callEvidence(core, { milestoneId: azure.id, description: 'AI-102', expiryDate: '2027-05-01' });
    await callEvidence(core, { milestoneId: other.id, description: 'Other', expiryDate: '2027-05-01' });
    const google = (await create({ title: 'PMLE', kind: 'course', templateId: 'certification.google-ml-engineer' })).milestone;
    await callEvidence(core, { milestoneId: google.id, description: 'PMLE', obtainedDate: '2025-03-01' });
    const reminded = (await call<RemindersSummary>(core, 'reminders:list')).items.filter((item) => item.kind === 'expiring');
    // 111 days ahead: inside Microsoft's 180 days, outside the default 60; Google's 1 March is 50 days ahead.
    expect(reminded.map((item) => [item.detail, item.date])).toEqual([
      ['PMLE', '2027-03-01'],
      ['AI-102', '2027-05-01']
    ]);
  });
});

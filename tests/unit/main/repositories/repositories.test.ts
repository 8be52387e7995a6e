import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/db/database';
import { createSettingsRepository } from '../../../../src/main/repositories/settings-repository';
import { createPlanRepository } from '../../../../src/main/repositories/plan-repository';
import { createMilestoneRepository, type NewMilestone } from '../../../../src/main/repositories/milestone-repository';
import { tempDir } from '../../helpers';

const NOW = '2026-11-24T10:00:00.000Z';

function setup() {
  const db = openDatabase(join(tempDir(), 'app.db'));
  return { db, settings: createSettingsRepository(db), plans: createPlanRepository(db), milestones: createMilestoneRepository(db) };
}

function blank(name: string) {
  return { name, routeId: null, targetCompanySize: null, stages: [{ templateId: 'stage.education', title: null }] };
}

function milestone(planId: number, stageId: number, overrides: Partial<NewMilestone> = {}): NewMilestone {
  return {
    planId,
    stageId,
    templateId: null,
    title: 'Pass the AWS Machine Learning certification',
    kind: 'course',
    status: 'todo',
    dueDate: null,
    duePinned: false,
    completedDate: null,
    notes: '',
    ...overrides
  };
}

describe('settings repository', () => {
  it('starts with no language and the system theme, then remembers changes', () => {
    const { settings } = setup();
    expect(settings.get()).toEqual({
      language: null,
      theme: 'system',
      activePlanId: null,
      onboarded: false,
      remindersEnabled: true,
      reminderDays: 7
    });
    settings.update({ language: 'fr' });
    settings.update({ onboarded: true, activePlanId: 7 });
    expect(settings.update({ theme: 'dark' })).toEqual({
      language: 'fr',
      theme: 'dark',
      activePlanId: 7,
      onboarded: true,
      remindersEnabled: true,
      reminderDays: 7
    });
    expect(settings.update({ activePlanId: null }).activePlanId).toBeNull();
  });

  it('ignores a damaged stored value instead of handing it to the UI', () => {
    const { db, settings } = setup();
    db.prepare("INSERT INTO settings (key, value) VALUES ('language', 'klingon')").run();
    expect(settings.get().language).toBeNull();
  });
});

describe('plan repository', () => {
  it('creates a plan with ordered stages and counts resolved milestones (done and skipped)', () => {
    const { plans, milestones } = setup();
    const { planId } = plans.create(
      {
        name: 'Via a master in AI',
        routeId: 'route.engineering',
        targetCompanySize: 'large',
        stages: [
          { templateId: 'stage.education', title: null },
          { templateId: null, title: 'Side projects' }
        ]
      },
      NOW
    );
    const stages = plans.stages(planId);
    expect(stages.map((stage) => [stage.position, stage.templateId, stage.title])).toEqual([
      [0, 'stage.education', null],
      [1, null, 'Side projects']
    ]);
    const stageId = stages[0]!.id;
    milestones.create(milestone(planId, stageId, { status: 'done' }), NOW);
    milestones.create(milestone(planId, stageId, { status: 'skipped' }), NOW);
    milestones.create(milestone(planId, stageId), NOW);
    expect(plans.get(planId)).toMatchObject({
      name: 'Via a master in AI',
      routeId: 'route.engineering',
      targetCompanySize: 'large',
      milestoneCount: 3,
      resolvedCount: 2
    });
  });

  it('renames, and deleting a plan removes its stages and milestones', () => {
    const { db, plans, milestones } = setup();
    const { planId } = plans.create(blank('Plan A'), NOW);
    milestones.create(milestone(planId, plans.stages(planId)[0]!.id), NOW);
    expect(plans.rename(planId, 'Plan B', NOW)).toBe(true);
    expect(plans.get(planId)?.name).toBe('Plan B');
    expect(plans.delete(planId)).toBe(true);
    expect(db.prepare('SELECT COUNT(*) FROM milestones').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM stages').pluck().get()).toBe(0);
    expect(plans.rename(planId, 'Gone', NOW)).toBe(false);
  });
});

describe('milestone repository', () => {
  it('appends milestones at the end of their stage and maps rows to camelCase', () => {
    const { plans, milestones } = setup();
    const { planId } = plans.create(blank('P'), NOW);
    const stageId = plans.stages(planId)[0]!.id;
    const first = milestones.create(milestone(planId, stageId, { dueDate: '2027-06-30' }), NOW);
    const second = milestones.create(milestone(planId, stageId, { title: 'Lead a team' }), NOW);
    expect([first.position, second.position]).toEqual([0, 1]);
    expect(first).toMatchObject({ planId, stageId, dueDate: '2027-06-30', completedDate: null, notes: '' });
  });

  it('updates only the given fields', () => {
    const { plans, milestones } = setup();
    const { planId } = plans.create(blank('P'), NOW);
    const stageId = plans.stages(planId)[0]!.id;
    const late = milestones.create(milestone(planId, stageId, { dueDate: '2026-01-01', title: 'Late' }), NOW);
    milestones.create(milestone(planId, stageId, { dueDate: '2027-03-01', title: 'Soon' }), NOW);
    milestones.create(milestone(planId, stageId, { dueDate: '2026-02-01', status: 'done', title: 'Finished' }), NOW);
    const updated = milestones.update(late, { notes: 'Booked the exam' }, NOW);
    expect(updated).toMatchObject({ title: 'Late', notes: 'Booked the exam', dueDate: '2026-01-01' });
    expect(milestones.delete(late.id)).toBe(true);
    expect(milestones.get(late.id)).toBeUndefined();
  });
});

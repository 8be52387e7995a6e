import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../../../src/shared/data-model';
import { call, tempDir } from '../../../helpers';
import { generatePlan } from './generate';
import { skillById } from '../../../../../src/shared/content/skills';
import { openCore } from './support';

describe('the career-plan dossier', () => {
  it('answers in one request with the plan, its progress, every milestone with notes and evidence, the profile and skills', async () => {
    const core = openCore(tempDir());
    try {
      generatePlan(core, 30);
      const other = await call<{ plan: { id: number } }>(core, 'plans:create', { name: 'Second scenario' });
      const dossier = await call<Dossier>(core, 'data:dossier', {});
      expect(dossier.plans.map((plan) => plan.name)).toEqual(['Vers CAIO – plan « long »', 'Second scenario']);
      expect(dossier.detail?.milestones).toHaveLength(30);
      expect(dossier.detail?.milestones[0]?.notes).toContain('line two');
      expect(dossier.evidence).toHaveLength(10);
      expect(dossier.progress).toMatchObject({ total: 30 });
      expect(dossier.profile).toMatchObject({ educationLevel: 'bac+5', hoursPerWeek: 6 });
      expect(dossier.skills).toEqual([
        { id: 'skill.ai-act', targetLevel: skillById('skill.ai-act')!.target },
        { id: 'skill.leadership', targetLevel: skillById('skill.leadership')!.target }
      ]);
      expect(dossier.assessments).toHaveLength(50);
      expect(dossier.assessments[0]).toMatchObject({ skillId: 'skill.ai-act', assessedOn: '2026-01-01', level: 0 });
      // The summary a manager reads first: the projected CAIO date, readiness and the gaps left.
      expect(dossier.progress?.projectedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dossier.readiness.empty).toBe(false);
      expect(dossier.readiness.score).toBeGreaterThanOrEqual(0);
      expect(dossier.gaps.map((gap) => gap.skillId)).toContain('skill.leadership');
      const chosen = await call<Dossier>(core, 'data:dossier', { planId: other.plan.id });
      expect(chosen.detail?.plan.name).toBe('Second scenario');
      expect(chosen.evidence).toEqual([]);
    } finally {
      core.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../../../src/shared/data-model';
import { call, tempDir } from '../../../helpers';
import { generatePlan } from './generate';
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
        { id: 'skill.ai-act', targetLevel: 4 },
        { id: 'skill.leadership', targetLevel: 5 }
      ]);
      expect(dossier.assessments).toHaveLength(50);
      const chosen = await call<Dossier>(core, 'data:dossier', { planId: other.plan.id });
      expect(chosen.detail?.plan.name).toBe('Second scenario');
      expect(chosen.evidence).toEqual([]);
    } finally {
      core.close();
    }
  });
});

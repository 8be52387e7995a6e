/** Each "already behind me" answer marks exactly the milestones it means, on every route — no more. */
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../../../src/main/services/plan-generator';
import { ACHIEVEMENTS, type Achievement, type Profile } from '../../../../src/shared/profile';
import { ROUTE_IDS, type RouteId } from '../../../../src/shared/content/routes';

const base: Profile = {
  educationLevel: 'bac',
  field: 'other',
  yearsExperience: 0,
  currentRole: 'other',
  targetCompanySize: 'large',
  hoursPerWeek: 10,
  achieved: []
};

const EXPECTED: Record<Achievement, Record<RouteId, string[]>> = {
  bachelor: { 'route.engineering': ['eng.bachelor'], 'route.business': [], 'route.it-leader': [] },
  'master-tech': { 'route.engineering': ['eng.master'], 'route.business': [], 'route.it-leader': [] },
  'business-degree': { 'route.engineering': [], 'route.business': ['bus.degree'], 'route.it-leader': [] },
  doctorate: { 'route.engineering': [], 'route.business': [], 'route.it-leader': [] },
  'ml-course': { 'route.engineering': [], 'route.business': ['bus.data-foundations'], 'route.it-leader': ['it.ml-foundations'] },
  'cloud-certification': { 'route.engineering': [], 'route.business': ['bus.cloud'], 'route.it-leader': [] },
  'ai-role': { 'route.engineering': ['eng.first-role'], 'route.business': [], 'route.it-leader': [] },
  'model-in-production': { 'route.engineering': ['eng.production'], 'route.business': ['bus.launch'], 'route.it-leader': ['it.pilot'] },
  agile: { 'route.engineering': ['eng.agile'], 'route.business': ['bus.agile'], 'route.it-leader': [] },
  // An IT manager's current post (teams, a budget) is credited on the IT-leader route.
  'led-team': { 'route.engineering': ['eng.lead'], 'route.business': [], 'route.it-leader': ['it.current-role'] },
  'managed-budget': { 'route.engineering': ['eng.budget'], 'route.business': [], 'route.it-leader': ['it.current-role'] },
  'gdpr-ai-act': {
    'route.engineering': ['eng.regulation-training'],
    'route.business': ['bus.regulation-training'],
    'route.it-leader': ['it.regulation-training']
  },
  'public-talk': { 'route.engineering': ['eng.talk'], 'route.business': ['bus.talk'], 'route.it-leader': [] }
};

const cases = ACHIEVEMENTS.flatMap((achievement) => ROUTE_IDS.map((routeId) => [achievement, routeId] as const));

describe('wizard answers', () => {
  it('covers every answer', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACHIEVEMENTS].sort());
  });

  it.each(cases)('“%s” on %s marks exactly its milestones', (achievement, routeId) => {
    const generated = generatePlan({ ...base, achieved: [achievement] }, routeId, '2026-11-24');
    const done = generated.stages.flatMap((stage) => stage.milestones.filter((m) => m.status === 'done').map((m) => m.templateId));
    expect(done.sort()).toEqual([...EXPECTED[achievement][routeId]].sort());
  });

  it('no answer marks the CAIO goal or anything beyond it', () => {
    for (const routeId of ROUTE_IDS) {
      const generated = generatePlan({ ...base, achieved: [...ACHIEVEMENTS] }, routeId, '2026-11-24');
      expect(generated.stages.slice(3).flatMap((stage) => stage.milestones.filter((m) => m.status === 'done'))).toEqual([]);
    }
  });
});

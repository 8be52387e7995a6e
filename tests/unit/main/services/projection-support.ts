/** Builds the milestones a generated plan stores, so projection tests start from real plans. */
import { generatePlan } from '../../../../src/main/services/plan-generator';
import type { Milestone, Stage } from '../../../../src/shared/model';
import type { Profile } from '../../../../src/shared/profile';
import type { RouteId } from '../../../../src/shared/content/routes';

export interface StoredPlan {
  stages: Stage[];
  milestones: Milestone[];
  caioDate: string;
}

export function storedPlan(profile: Profile, routeId: RouteId, start: string): StoredPlan {
  const generated = generatePlan(profile, routeId, start);
  const created = `${start}T12:00:00.000Z`;
  let id = 0;
  const stages: Stage[] = generated.stages.map((stage, index) => ({
    id: index + 1,
    planId: 1,
    templateId: stage.templateId,
    title: null,
    position: index
  }));
  const milestones = generated.stages.flatMap((stage, index) =>
    stage.milestones.map((m, position): Milestone => ({
      id: ++id,
      planId: 1,
      stageId: index + 1,
      templateId: m.templateId,
      title: null,
      kind: m.kind,
      status: m.status,
      dueDate: m.dueDate,
      completedDate: m.completedDate,
      position,
      notes: '',
      evidenceCount: 0,
      createdAt: created,
      updatedAt: created
    }))
  );
  return { stages, milestones, caioDate: generated.caioDate };
}

/** The person marks a milestone done on `date` (the app stamps updatedAt then). */
export function complete(milestones: Milestone[], id: number, date: string): Milestone[] {
  return milestones.map((m) => (m.id === id ? { ...m, status: 'done', completedDate: date, updatedAt: `${date}T18:00:00.000Z` } : m));
}

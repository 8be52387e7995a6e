import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { ParsedInput } from '@shared/contract';
import type { Plan, PlanChange, PlanComparison, PlanDetail, PlanProgress, PlanScreen } from '@shared/model';
import { effortHours, isOpen } from './schedule';
import { isSenior, type Profile } from '@shared/profile';
import { STAGE_TEMPLATES, stageIdFor } from '@shared/content/stages';
import type { RouteId } from '@shared/content/routes';
import type { PlanRepository } from '../repositories/plan-repository';
import type { MilestoneRepository } from '../repositories/milestone-repository';
import type { UndoService } from './undo-service';
import type { ProfileRepository } from '../repositories/profile-repository';
import { isoDate, type Clock } from '../clock';
import { generatePlan } from './plan-generator';
import { DEFAULT_PROFILE, type ProgressService } from './progress-service';

interface Dependencies {
  db: Database;
  plans: PlanRepository;
  milestones: MilestoneRepository;
  undo: UndoService;
  profiles: ProfileRepository;
  progress: ProgressService;
  clock: Clock;
}

/** Plans (scenarios), their stages, progress and projection. */
export function createPlanService({ db, plans, milestones, undo, profiles, progress, clock }: Dependencies) {
  const now = () => clock.now().toISOString();
  const today = () => isoDate(clock.now());

  function planOrThrow(planId: number): Plan {
    const plan = plans.get(planId);
    if (!plan) throw new AppError('not_found', `Plan ${planId} does not exist`);
    return plan;
  }

  /** The plan screen's one read: the progress first (reading it brings the stored dates onto today's schedule, which the rows then show), then the plan, its stages and milestones. */
  function screen(planId: number): PlanScreen {
    const current = progress.progress(planId);
    return { ...detail(planId), progress: current };
  }

  function detail(planId: number): PlanDetail {
    return { plan: planOrThrow(planId), stages: plans.stages(planId), milestones: milestones.listForScreen(planId) };
  }

  /** Inserts a generated plan (stages and milestones) in one transaction; returns its id. */
  const createGenerated = db.transaction((profile: Profile, routeId: RouteId, name: string, nameOrdinal: number | null = null): number => {
    const generated = generatePlan(profile, routeId, today());
    const person = { yearsExperience: profile.yearsExperience, currentRole: profile.currentRole, senior: isSenior(profile) };
    const { planId, stageIds } = plans.create(
      {
        name,
        nameOrdinal,
        routeId,
        targetCompanySize: profile.targetCompanySize,
        stages: generated.stages.map((stage) => ({ templateId: stageIdFor(routeId, stage.templateId, person), title: null }))
      },
      now()
    );
    milestones.createMany(
      generated.stages.flatMap((stage, index) =>
        stage.milestones.map((milestone) => ({
          planId,
          stageId: stageIds[index]!,
          templateId: milestone.templateId,
          title: null,
          kind: milestone.kind,
          status: milestone.status,
          dueDate: milestone.dueDate,
          duePinned: milestone.duePinned,
          completedDate: milestone.completedDate,
          notes: ''
        }))
      ),
      now()
    );
    return planId;
  });

  const duplicate = db.transaction((planId: number, name: string): number => {
    const source = detail(planId);
    const copy = plans.create(
      {
        name,
        routeId: source.plan.routeId,
        targetCompanySize: source.plan.targetCompanySize,
        stages: source.stages.map((stage) => ({ templateId: stage.templateId, title: stage.title })),
        // The same journey at the same pace: the copy's schedule gives the same dates until it is changed.
        startedAt: source.plan.createdAt,
        hoursPerWeek: source.plan.hoursPerWeek
      },
      now()
    );
    const stageIds = new Map(source.stages.map((stage, index) => [stage.id, copy.stageIds[index]!]));
    plans.copyMilestones(copy.planId, stageIds, now());
    return copy.planId;
  });

  return {
    list: () => plans.list(),
    detail,
    screen,
    /**
     * The screen of the plan a visit opens on: `wanted` (the plan the settings follow) when it
     * exists, else the first plan not archived, else the first; null when there is no plan.
     */
    openingScreen(wanted: number | null): PlanScreen | null {
      const all = plans.list();
      const plan = all.find((item) => item.id === wanted) ?? all.find((item) => !item.archivedAt) ?? all[0];
      return plan ? screen(plan.id) : null;
    },
    createGenerated,
    create({ name }: ParsedInput<'plans:create'>): PlanDetail {
      const stages = STAGE_TEMPLATES.map((stage) => ({ templateId: stage.id, title: null }));
      return detail(plans.create({ name, routeId: null, targetCompanySize: null, stages }, now()).planId);
    },
    createFromRoute({ name, routeId }: ParsedInput<'plans:createFromRoute'>): PlanDetail {
      return detail(createGenerated(profiles.get() ?? DEFAULT_PROFILE, routeId, name));
    },
    duplicate: ({ planId, name }: ParsedInput<'plans:duplicate'>): PlanDetail => detail(duplicate(planId, name)),
    rename({ planId, name }: ParsedInput<'plans:rename'>): Plan {
      if (!plans.rename(planId, name, now())) throw new AppError('not_found', `Plan ${planId} does not exist`);
      return planOrThrow(planId);
    },
    archive({ planId, archived }: ParsedInput<'plans:archive'>): Plan {
      planOrThrow(planId);
      plans.archive(planId, archived ? now() : null, now());
      return planOrThrow(planId);
    },
    remove: db.transaction(({ planId }: ParsedInput<'plans:delete'>) => {
      planOrThrow(planId);
      const undoToken = undo.snapshotPlan(planId, now());
      plans.delete(planId);
      return { undoToken };
    }),
    progress: ({ planId }: ParsedInput<'plans:progress'>): PlanProgress => progress.progress(planId),
    /** A scenario at its own pace (or back on the profile's) and company size: the plan is re-planned at once. */
    setPace: db.transaction(({ planId, hoursPerWeek, targetCompanySize }: ParsedInput<'plans:setPace'>): PlanChange => {
      planOrThrow(planId);
      const before = progress.before(planId);
      plans.setPace(planId, hoursPerWeek, targetCompanySize ?? null, now());
      return progress.change(planId, before, []);
    }),
    /** Every plan side by side: its CAIO date, its pace and the study hours it still asks. */
    compare(): PlanComparison[] {
      const profile = profiles.get() ?? DEFAULT_PROFILE;
      return plans.list().map((plan) => {
        progress.progress(plan.id);
        const start = isoDate(new Date(plan.createdAt));
        const open = milestones.projectionRows(plan.id).filter(isOpen);
        return {
          planId: plan.id,
          caioDate: plans.get(plan.id)?.caioDate ?? null,
          hoursPerWeek: plan.hoursPerWeek ?? profile.hoursPerWeek,
          ownPace: plan.hoursPerWeek !== null,
          remainingHours: Math.round(open.reduce((sum, row) => sum + effortHours(row, profile, start), 0))
        };
      });
    },
    createStage({ planId, title }: ParsedInput<'stages:create'>) {
      planOrThrow(planId);
      return plans.addStage(planId, title);
    },
    renameStage({ stageId, title }: ParsedInput<'stages:rename'>) {
      const stage = plans.stage(stageId);
      if (!stage) throw new AppError('not_found', `Stage ${stageId} does not exist`);
      plans.renameStage(stageId, title);
      return plans.stage(stageId)!;
    },
    restore({ undoToken }: ParsedInput<'undo:restore'>) {
      return { planId: undo.restore(undoToken, now()) };
    }
  };
}

export type PlanService = ReturnType<typeof createPlanService>;

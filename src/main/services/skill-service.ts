import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { ParsedInput } from '@shared/contract';
import { MILESTONE_TEMPLATES } from '@shared/content/routes';
import { skillById, type SkillLevel } from '@shared/content/skills';
import type { AssessmentResult, GapMilestoneResult, ReadinessSummary, SkillLink, SkillsOverview } from '@shared/skills-model';
import type { PlanRepository } from '../repositories/plan-repository';
import type { ProfileRepository } from '../repositories/profile-repository';
import type { EvidenceRepository } from '../repositories/evidence-repository';
import type { SettingsRepository } from '../repositories/settings-repository';
import type { LinkedMilestoneRow, SkillRepository } from '../repositories/skill-repository';
import type { MilestoneService } from './milestone-service';
import type { PlanService } from './plan-service';
import type { createOnboardingService } from './onboarding-service';
import { currentLevels, gaps, readiness, reviewMoves, trend } from './readiness';
import { isoDate, type Clock } from '../clock';
import { followedPlan } from './dashboard-service';

interface Dependencies {
  db: Database;
  skills: SkillRepository;
  plans: PlanRepository;
  settings: SettingsRepository;
  profiles: ProfileRepository;
  evidence: EvidenceRepository;
  milestoneService: MilestoneService;
  planService: PlanService;
  onboarding: Pick<ReturnType<typeof createOnboardingService>, 'update'>;
  clock: Clock;
}

/** A review is offered when the last one (or the first assessment) is this many months old. */
export const REVIEW_MONTHS = 3;

/**
 * When the next quarterly review falls due: three months after the last review, or after the first
 * assessment when there was none; null while nothing is rated.
 */
export function reviewDueOn(skills: SkillRepository, ratings = skills.ratings()): string | null {
  const reference = skills.reviews().at(-1)?.reviewedOn ?? ratings[0]?.assessedOn;
  return reference === undefined ? null : monthsLater(reference, REVIEW_MONTHS);
}

function monthsLater(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

/** The skill a milestone counts for: its own link, else its template's skill; empty text unlinks. */
function effectiveSkill(row: Pick<LinkedMilestoneRow, 'skillId' | 'templateId'>): string | null {
  if (row.skillId !== null) return row.skillId === '' ? null : row.skillId;
  return (row.templateId && MILESTONE_TEMPLATES.get(row.templateId)?.skillId) ?? null;
}

/** Self-assessment, readiness, gaps, milestone links and quarterly reviews. */
export function createSkillService(deps: Dependencies) {
  const { db, skills, plans, settings, profiles, evidence, milestoneService, planService, onboarding, clock } = deps;
  const today = () => isoDate(clock.now());
  const now = () => clock.now().toISOString();

  function skillOrThrow(skillId: string) {
    const skill = skillById(skillId);
    if (!skill) throw new AppError('invalid_input', `Unknown skill ${skillId}`);
    return skill;
  }

  /** The projected date of the plan the dashboard follows. */
  function projectedDate(): string | null {
    const chosen = followedPlan(plans, settings);
    return chosen ? planService.progress({ planId: chosen.id }).projectedDate : null;
  }

  function links(): SkillLink[] {
    return skills.linkedMilestones().flatMap((row): SkillLink[] => {
      const skillId = effectiveSkill(row);
      if (!skillId || !skillById(skillId)) return [];
      return [
        {
          skillId,
          milestoneId: row.milestoneId,
          planId: row.planId,
          plan: { name: row.planName, generatedName: row.planOrdinal, routeId: row.planRouteId as SkillLink['plan']['routeId'] },
          planArchived: row.planArchived,
          templateId: row.templateId,
          title: row.title,
          status: row.status,
          completedDate: row.completedDate,
          evidence: evidence.listByMilestone(row.milestoneId)
        }
      ];
    });
  }

  function summary(): ReadinessSummary & { ratings: ReturnType<SkillRepository['ratings']>; links: SkillLink[] } {
    const ratings = skills.ratings();
    const levels = currentLevels(ratings);
    const linked = links();
    const reassess = [
      ...new Set(
        linked
          .filter(
            (link) => link.status === 'done' && !link.planArchived && link.completedDate && /^\d{4}-\d{2}-\d{2}$/.test(link.completedDate)
          )
          .filter((link) => {
            const latest = levels.get(link.skillId);
            return !latest || link.completedDate! > latest.assessedOn;
          })
          .map((link) => link.skillId)
      )
    ];
    const dueOn = reviewDueOn(skills, ratings);
    return {
      ratings,
      links: linked,
      readiness: readiness(levels),
      trend: trend(ratings),
      reassess,
      reviewDue: dueOn !== null && dueOn <= today()
    };
  }

  function overview(): SkillsOverview {
    const { ratings, links: linked, readiness: result, trend: points, reassess, reviewDue } = summary();
    return {
      today: today(),
      ratings,
      readiness: result,
      trend: points,
      gaps: gaps(currentLevels(ratings), result),
      links: linked,
      reassess,
      reviews: skills.reviews().map((review) => reviewMoves(review, ratings)),
      reviewDue,
      hoursPerWeek: profiles.get()?.hoursPerWeek ?? null,
      projectedDate: projectedDate()
    };
  }

  /** Stores the ratings that differ from the level and note in force on that date; returns how many. */
  const assess = db.transaction((input: ParsedInput<'skills:assess'>): number => {
    if (input.assessedOn > today()) throw new AppError('invalid_input', 'future_date');
    const seen = new Set<string>();
    for (const rating of input.ratings) {
      skillOrThrow(rating.skillId);
      if (seen.has(rating.skillId)) throw new AppError('invalid_input', `Skill ${rating.skillId} rated twice`);
      seen.add(rating.skillId);
    }
    if (input.requestId && skills.assessmentByRequest(input.requestId) !== undefined) return 0;
    const before = readiness(currentLevels(skills.ratings())).score;
    const projectedBefore = input.review ? projectedDate() : null;
    const inForce = currentLevels(skills.ratings(), input.assessedOn);
    const changed = input.ratings.filter((rating) => {
      const previous = inForce.get(rating.skillId);
      return !previous || previous.level !== rating.level || (rating.note !== undefined && rating.note.trim() !== previous.note);
    });
    let assessmentId: number | null = null;
    if (changed.length > 0 || input.requestId) {
      assessmentId = skills.addAssessment(input.assessedOn, input.requestId ?? null, now());
      for (const rating of changed) {
        const note = rating.note?.trim() ?? inForce.get(rating.skillId)?.note ?? '';
        skills.addRating(assessmentId, rating.skillId, rating.level as SkillLevel, note);
      }
    }
    if (input.review) {
      const profile = profiles.get();
      if (profile && profile.hoursPerWeek !== input.review.hoursPerWeek) {
        onboarding.update({ profile: { ...profile, hoursPerWeek: input.review.hoursPerWeek } });
      }
      skills.addReview(
        {
          assessmentId,
          reviewedOn: input.assessedOn,
          hoursPerWeek: input.review.hoursPerWeek,
          readinessBefore: before,
          readinessAfter: readiness(currentLevels(skills.ratings())).score,
          projectedBefore,
          projectedAfter: projectedDate(),
          changedCount: changed.length
        },
        now()
      );
    }
    return changed.length;
  });

  const createMilestone = db.transaction((input: ParsedInput<'skills:createMilestone'>): Omit<GapMilestoneResult, 'overview'> => {
    const skill = skillOrThrow(input.skillId);
    if (input.requestId) {
      const existing = skills.milestoneByRequest(input.requestId);
      if (existing !== undefined) return { milestoneId: existing, planId: input.planId };
    }
    const plan = plans.get(input.planId);
    if (!plan) throw new AppError('not_found', `Plan ${input.planId} does not exist`);
    if (plan.archivedAt !== null) throw new AppError('forbidden', 'The plan is archived');
    const language = settings.get().language ?? 'en';
    const title = input.title ?? skill.suggestion.title[language];
    // The same gap turned into a milestone again (a second click, a second form) finds the one still open.
    const open = skills
      .linkedMilestones()
      .find(
        (row) =>
          row.skillId === skill.id &&
          row.planId === input.planId &&
          (row.status === 'todo' || row.status === 'in_progress') &&
          row.title?.trim() === title.trim()
      );
    if (open) return { milestoneId: open.milestoneId, planId: input.planId, existing: true };
    const { milestone: created } = milestoneService.create({
      planId: input.planId,
      stageId: input.stageId,
      title,
      kind: input.kind ?? skill.suggestion.kind,
      dueDate: input.dueDate ?? null
    });
    skills.setSkill(created.id, skill.id, now());
    if (input.requestId) skills.rememberMilestoneRequest(input.requestId, created.id);
    return { milestoneId: created.id, planId: input.planId };
  });

  return {
    overview,
    /** The dossier's part: every rated skill with its CAIO target, and each rating in date order. */
    dossier(): {
      skills: Array<{ id: string; targetLevel: number }>;
      assessments: Array<{ skillId: string; level: number; assessedOn: string; note: string }>;
    } {
      const ratings = skills.ratings();
      const rated = [...new Set(ratings.map((rating) => rating.skillId))].flatMap((id) => {
        const skill = skillById(id);
        return skill ? [{ id, targetLevel: skill.target }] : [];
      });
      const assessments = ratings
        .map(({ skillId, level, assessedOn, note }) => ({ skillId, level, assessedOn, note }))
        .sort((a, b) => a.skillId.localeCompare(b.skillId) || a.assessedOn.localeCompare(b.assessedOn));
      return { skills: rated, assessments };
    },
    summary(): ReadinessSummary {
      const { readiness: result, trend: points, reassess, reviewDue } = summary();
      return { readiness: result, trend: points, reassess, reviewDue };
    },
    assess(input: ParsedInput<'skills:assess'>): AssessmentResult {
      const stored = assess(input);
      return { stored, overview: overview() };
    },
    createMilestone(input: ParsedInput<'skills:createMilestone'>): GapMilestoneResult {
      return { ...createMilestone(input), overview: overview() };
    },
    linkOf({ milestoneId }: ParsedInput<'skills:linkOf'>) {
      const row = skills.skillOf(milestoneId);
      if (!row) throw new AppError('not_found', `Milestone ${milestoneId} does not exist`);
      return { milestoneId, skillId: effectiveSkill(row) };
    },
    link: db.transaction(({ milestoneId, skillId }: ParsedInput<'skills:link'>) => {
      const row = skills.skillOf(milestoneId);
      if (!row) throw new AppError('not_found', `Milestone ${milestoneId} does not exist`);
      if (skillId !== null) skillOrThrow(skillId);
      skills.setSkill(milestoneId, skillId ?? '', now());
      return { milestoneId, skillId };
    })
  };
}

export type SkillService = ReturnType<typeof createSkillService>;

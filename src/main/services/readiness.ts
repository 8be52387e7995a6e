/**
 * Readiness towards CAIO, from the latest level of every skill against its CAIO target.
 *
 * Rule (shown to the person in words): each group (radar area) counts the levels reached, no skill
 * above its target, over the levels its targets add up to. The score is the weighted mean of the
 * groups' coverage, 0–100. A group with a minimum (regulation and ethics, leadership, AI) that is
 * below it caps the score at READINESS_CAP, however strong the rest is: a CAIO cannot make up for a
 * gap in regulation with more cloud skills.
 */
import { SKILLS, SKILL_GROUPS, type Skill, type SkillLevel } from '@shared/content/skills';
import type { GroupMove, GroupReadiness, Readiness, SkillGap, SkillRating, SkillReview, TrendPoint } from '@shared/skills-model';

export const READINESS_CAP = 60;

const totalWeight = SKILL_GROUPS.reduce((sum, group) => sum + group.weight, 0);
const groupTargets = new Map(
  SKILL_GROUPS.map((group) => [group.id, SKILLS.filter((skill) => skill.group === group.id).reduce((sum, skill) => sum + skill.target, 0)])
);

/** Readiness points one level of this skill is worth (up to its target). */
export function pointsPerLevel(skill: Skill): number {
  const group = SKILL_GROUPS.find((item) => item.id === skill.group);
  const target = groupTargets.get(skill.group) ?? 0;
  return group && target > 0 ? (100 * group.weight) / totalWeight / target : 0;
}

/** Latest level of each skill among ratings dated on or before `date` (all when undefined). */
export function currentLevels(ratings: readonly SkillRating[], date?: string): Map<string, SkillRating> {
  const latest = new Map<string, SkillRating>();
  for (const rating of sortRatings(ratings)) {
    if (date === undefined || rating.assessedOn <= date) latest.set(rating.skillId, rating);
  }
  return latest;
}

/** Oldest first: by date, then in the order they were saved. */
export function sortRatings(ratings: readonly SkillRating[]): SkillRating[] {
  return [...ratings].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.id - b.id);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function readiness(levels: ReadonlyMap<string, { level: SkillLevel }>): Readiness {
  const groups: GroupReadiness[] = SKILL_GROUPS.map((group) => {
    const skills = SKILLS.filter((skill) => skill.group === group.id);
    const target = groupTargets.get(group.id) ?? 0;
    const reached = skills.reduce((sum, skill) => sum + Math.min(levels.get(skill.id)?.level ?? 0, skill.target), 0);
    const coverage = target > 0 ? reached / target : 1;
    return {
      groupId: group.id,
      reached,
      target,
      coverage,
      minimum: group.minimum,
      capping: group.minimum !== null && coverage < group.minimum,
      missingPoints: round1(((1 - coverage) * 100 * group.weight) / totalWeight)
    };
  });
  const weighted = SKILL_GROUPS.reduce((sum, group, index) => sum + group.weight * groups[index]!.coverage, 0);
  const uncapped = Math.round((100 * weighted) / totalWeight);
  const cap = groups.some((group) => group.capping) ? READINESS_CAP : null;
  return { score: cap === null ? uncapped : Math.min(uncapped, cap), uncapped, cap, groups, empty: levels.size === 0 };
}

/**
 * Gaps, largest cost first: skills of a group that caps the score come first (closing them lifts
 * the cap), then by readiness points the gap costs (its size times its weight), then by size.
 */
export function gaps(levels: ReadonlyMap<string, { level: SkillLevel }>, result: Readiness): SkillGap[] {
  const capping = new Set(result.groups.filter((group) => group.capping).map((group) => group.groupId));
  return SKILLS.flatMap((skill): SkillGap[] => {
    const level = levels.get(skill.id)?.level ?? 0;
    const size = skill.target - level;
    if (size <= 0) return [];
    return [
      {
        skillId: skill.id,
        level,
        target: skill.target,
        size,
        points: round1(size * pointsPerLevel(skill)),
        blocking: capping.has(skill.group)
      }
    ];
  }).sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || b.points - a.points || b.size - a.size || a.skillId.localeCompare(b.skillId)
  );
}

/** The score after each day on which something was rated, oldest first. */
export function trend(ratings: readonly SkillRating[]): TrendPoint[] {
  const dates = [...new Set(sortRatings(ratings).map((rating) => rating.assessedOn))];
  return dates.map((date) => ({ date, score: readiness(currentLevels(ratings, date)).score }));
}

/**
 * What a review changed, read from the ratings: every area whose coverage moved, and the score before
 * caps on each side, so a real improvement shows even while a cap holds the score still.
 */
export function reviewMoves(review: SkillReview, ratings: readonly SkillRating[]): SkillReview {
  if (review.assessmentId === null || review.assessmentId === undefined) return review;
  const sorted = sortRatings(ratings);
  const first = sorted.findIndex((rating) => rating.assessmentId === review.assessmentId);
  if (first < 0) return review;
  const last = sorted.findLastIndex((rating) => rating.assessmentId === review.assessmentId);
  const before = readiness(currentLevels(sorted.slice(0, first)));
  const after = readiness(currentLevels(sorted.slice(0, last + 1)));
  const percent = (coverage: number) => Math.round(coverage * 100);
  const moved: GroupMove[] = after.groups
    .map((group, index) => ({ groupId: group.groupId, before: percent(before.groups[index]!.coverage), after: percent(group.coverage) }))
    .filter((move) => move.before !== move.after);
  return { ...review, moved, uncappedBefore: before.uncapped, uncappedAfter: after.uncapped };
}

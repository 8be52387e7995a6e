/** Skills: dated self-assessments, readiness towards CAIO, gaps, links to milestones, quarterly reviews. */
import type { Evidence, IsoDate, MilestoneStatus, Plan } from './model';
import type { SkillLevel } from './content/skills';

/** One dated rating of one skill. */
export interface SkillRating {
  id: number;
  assessmentId: number;
  skillId: string;
  level: SkillLevel;
  note: string;
  assessedOn: IsoDate;
}

/** A group (radar area) against its CAIO target. */
export interface GroupReadiness {
  groupId: string;
  /** Levels reached, counting no skill above its target. */
  reached: number;
  target: number;
  /** reached / target, 0–1. */
  coverage: number;
  /** Coverage under which readiness is capped; null when this group caps nothing. */
  minimum: number | null;
  /** Below its minimum: this group holds the score at the cap. */
  capping: boolean;
  /** Readiness points this group still lacks. */
  missingPoints: number;
}

export interface Readiness {
  /** 0–100. */
  score: number;
  /** What the score would be without the per-group minimums. */
  uncapped: number;
  /** The cap in force, or null when every minimum is met. */
  cap: number | null;
  groups: GroupReadiness[];
  /** Nothing assessed yet. */
  empty: boolean;
}

export interface SkillGap {
  skillId: string;
  level: SkillLevel;
  target: SkillLevel;
  /** Levels missing. */
  size: number;
  /** Readiness points this gap costs. */
  points: number;
  /** Its group is below its minimum, so closing it also lifts the cap. */
  blocking: boolean;
}

export interface TrendPoint {
  date: IsoDate;
  score: number;
}

/** A milestone linked to a skill, with the evidence behind it. */
export interface SkillLink {
  skillId: string;
  milestoneId: number;
  planId: number;
  /** Enough of the plan to name it in the active language. */
  plan: Pick<Plan, 'name' | 'generatedName' | 'routeId'>;
  planArchived: boolean;
  templateId: string | null;
  title: string | null;
  status: MilestoneStatus;
  completedDate: IsoDate | null;
  evidence: Evidence[];
}

export interface SkillReview {
  id: number;
  reviewedOn: IsoDate;
  hoursPerWeek: number | null;
  readinessBefore: number;
  readinessAfter: number;
  projectedBefore: IsoDate | null;
  projectedAfter: IsoDate | null;
  changedCount: number;
  /** The assessment saved with the review, when there was one. */
  assessmentId?: number | null;
  /** Each area (radar group) whose coverage the review changed, in percent, and the score before caps. */
  moved?: GroupMove[];
  uncappedBefore?: number;
  uncappedAfter?: number;
}

export interface GroupMove {
  groupId: string;
  /** Coverage of the group's targets, 0–100. */
  before: number;
  after: number;
}

export interface SkillsOverview {
  today: IsoDate;
  /** Every rating, oldest first (by date, then by the order they were saved). */
  ratings: SkillRating[];
  readiness: Readiness;
  trend: TrendPoint[];
  gaps: SkillGap[];
  links: SkillLink[];
  /** Skills with a linked milestone completed after their latest rating: worth re-assessing. */
  reassess: string[];
  reviews: SkillReview[];
  /** The last review (or the first assessment) is more than three months old. */
  reviewDue: boolean;
  /** The profile's hours per week and the followed plan's projected CAIO date, for the review. */
  hoursPerWeek: number | null;
  projectedDate: IsoDate | null;
}

/** What saving an assessment answers: how many ratings were stored, and the whole picture after. */
export interface AssessmentResult {
  stored: number;
  overview: SkillsOverview;
}

export interface GapMilestoneResult {
  milestoneId: number;
  planId: number;
  /** The plan already held this gap's milestone, still open: it was not made twice. */
  existing?: boolean;
  overview: SkillsOverview;
}

export interface ReadinessSummary {
  readiness: Readiness;
  trend: TrendPoint[];
  reassess: string[];
  reviewDue: boolean;
}

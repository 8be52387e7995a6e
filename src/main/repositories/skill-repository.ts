import type { Database } from 'better-sqlite3';
import type { MilestoneStatus } from '@shared/model';
import type { SkillLevel } from '@shared/content/skills';
import type { SkillRating, SkillReview } from '@shared/skills-model';

interface RatingRow {
  id: number;
  assessment_id: number;
  skill_id: string;
  level: number;
  note: string;
  assessed_on: string;
}

interface ReviewRow {
  id: number;
  reviewed_on: string;
  hours_per_week: number | null;
  readiness_before: number;
  readiness_after: number;
  projected_before: string | null;
  projected_after: string | null;
  changed_count: number;
  assessment_id: number | null;
}

/** A milestone that names a skill, or comes from a template (whose skill the service resolves). */
export interface LinkedMilestoneRow {
  milestoneId: number;
  planId: number;
  planName: string;
  planOrdinal: number | null;
  planRouteId: string | null;
  planArchived: boolean;
  templateId: string | null;
  title: string | null;
  status: MilestoneStatus;
  completedDate: string | null;
  /** Null: follow the template; empty: linked to no skill. */
  skillId: string | null;
}

export interface NewReview extends Omit<SkillReview, 'id'> {
  assessmentId: number | null;
}

const toRating = (row: RatingRow): SkillRating => ({
  id: row.id,
  assessmentId: row.assessment_id,
  skillId: row.skill_id,
  level: row.level as SkillLevel,
  note: row.note,
  assessedOn: row.assessed_on
});

const toReview = (row: ReviewRow): SkillReview => ({
  id: row.id,
  reviewedOn: row.reviewed_on,
  hoursPerWeek: row.hours_per_week,
  readinessBefore: row.readiness_before,
  readinessAfter: row.readiness_after,
  projectedBefore: row.projected_before,
  projectedAfter: row.projected_after,
  changedCount: row.changed_count,
  assessmentId: row.assessment_id
});

/** Assessments, ratings, reviews and milestone–skill links. */
export function createSkillRepository(db: Database) {
  const selectRatings = db.prepare<[], RatingRow>(
    `SELECT r.id, r.assessment_id, r.skill_id, r.level, r.note, a.assessed_on
       FROM skill_ratings r JOIN assessments a ON a.id = r.assessment_id
      ORDER BY a.assessed_on, r.id`
  );
  const insertAssessment = db.prepare<[string, string | null, string]>(
    'INSERT INTO assessments (assessed_on, request_id, created_at) VALUES (?, ?, ?)'
  );
  const assessmentByRequest = db.prepare<[string], { id: number }>('SELECT id FROM assessments WHERE request_id = ?');
  const insertRating = db.prepare<[number, string, number, string]>(
    'INSERT INTO skill_ratings (assessment_id, skill_id, level, note) VALUES (?, ?, ?, ?)'
  );
  const selectReviews = db.prepare<[], ReviewRow>(
    `SELECT id, reviewed_on, hours_per_week, readiness_before, readiness_after, projected_before, projected_after, changed_count, assessment_id
       FROM skill_reviews ORDER BY reviewed_on, id`
  );
  const insertReview = db.prepare(
    `INSERT INTO skill_reviews (assessment_id, reviewed_on, hours_per_week, readiness_before, readiness_after,
       projected_before, projected_after, changed_count, created_at)
     VALUES (@assessmentId, @reviewedOn, @hoursPerWeek, @readinessBefore, @readinessAfter, @projectedBefore, @projectedAfter,
       @changedCount, @createdAt)`
  );
  const selectLinked = db.prepare<
    [],
    {
      milestone_id: number;
      plan_id: number;
      plan_name: string;
      name_ordinal: number | null;
      route_id: string | null;
      archived_at: string | null;
      template_id: string | null;
      title: string | null;
      status: MilestoneStatus;
      completed_date: string | null;
      skill_id: string | null;
    }
  >(
    `SELECT m.id AS milestone_id, m.plan_id, p.name AS plan_name, p.name_ordinal, p.route_id, p.archived_at, m.template_id,
            m.title, m.status, m.completed_date, m.skill_id
       FROM milestones m JOIN plans p ON p.id = m.plan_id JOIN stages s ON s.id = m.stage_id
      WHERE m.skill_id IS NOT NULL OR m.template_id IS NOT NULL
      ORDER BY p.id, s.position, m.position`
  );
  const selectSkillOf = db.prepare<[number], { skill_id: string | null; template_id: string | null }>(
    'SELECT skill_id, template_id FROM milestones WHERE id = ?'
  );
  const updateSkill = db.prepare<[string | null, string, number]>('UPDATE milestones SET skill_id = ?, updated_at = ? WHERE id = ?');
  const milestoneByRequest = db.prepare<[string], { milestone_id: number }>(
    'SELECT milestone_id FROM skill_milestone_requests WHERE request_id = ?'
  );
  const insertMilestoneRequest = db.prepare<[string, number]>(
    'INSERT INTO skill_milestone_requests (request_id, milestone_id) VALUES (?, ?)'
  );

  return {
    ratings: (): SkillRating[] => selectRatings.all().map(toRating),
    assessmentByRequest: (requestId: string): number | undefined => assessmentByRequest.get(requestId)?.id,
    addAssessment: (assessedOn: string, requestId: string | null, now: string): number =>
      Number(insertAssessment.run(assessedOn, requestId, now).lastInsertRowid),
    addRating: (assessmentId: number, skillId: string, level: SkillLevel, note: string): void =>
      void insertRating.run(assessmentId, skillId, level, note),
    reviews: (): SkillReview[] => selectReviews.all().map(toReview),
    addReview: (review: NewReview, now: string): void => void insertReview.run({ ...review, createdAt: now }),
    linkedMilestones: (): LinkedMilestoneRow[] =>
      selectLinked.all().map((row) => ({
        milestoneId: row.milestone_id,
        planId: row.plan_id,
        planName: row.plan_name,
        planOrdinal: row.name_ordinal,
        planRouteId: row.route_id,
        planArchived: row.archived_at !== null,
        templateId: row.template_id,
        title: row.title,
        status: row.status,
        completedDate: row.completed_date,
        skillId: row.skill_id
      })),
    skillOf: (milestoneId: number) => {
      const row = selectSkillOf.get(milestoneId);
      return row && { skillId: row.skill_id, templateId: row.template_id };
    },
    setSkill: (milestoneId: number, skillId: string | null, now: string): void => void updateSkill.run(skillId, now, milestoneId),
    milestoneByRequest: (requestId: string): number | undefined => milestoneByRequest.get(requestId)?.milestone_id,
    rememberMilestoneRequest: (requestId: string, milestoneId: number): void => void insertMilestoneRequest.run(requestId, milestoneId)
  };
}

export type SkillRepository = ReturnType<typeof createSkillRepository>;

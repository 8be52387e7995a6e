import type { Database } from 'better-sqlite3';
import { profileSchema } from '@shared/contract';
import type { Profile } from '@shared/profile';

interface ProfileRow {
  education_level: string;
  field: string;
  years_experience: number;
  current_role: string;
  target_company_size: string;
  hours_per_week: number;
  achieved_json: string;
  details_json: string;
}

function parseJson(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

/** The one profile of the person using this computer. */
export function createProfileRepository(db: Database) {
  const select = db.prepare<[], ProfileRow>(
    'SELECT education_level, field, years_experience, current_role, target_company_size, hours_per_week, achieved_json, details_json FROM profile WHERE id = 1'
  );
  const upsert = db.prepare(
    `INSERT INTO profile (id, education_level, field, years_experience, current_role, target_company_size, hours_per_week, achieved_json, details_json, updated_at)
     VALUES (1, @educationLevel, @field, @yearsExperience, @currentRole, @targetCompanySize, @hoursPerWeek, @achievedJson, @detailsJson, @now)
     ON CONFLICT(id) DO UPDATE SET education_level = excluded.education_level, field = excluded.field,
       years_experience = excluded.years_experience, current_role = excluded.current_role,
       target_company_size = excluded.target_company_size, hours_per_week = excluded.hours_per_week,
       achieved_json = excluded.achieved_json, details_json = excluded.details_json, updated_at = excluded.updated_at`
  );

  return {
    /** The stored profile, or null if none was saved or the stored row no longer parses. */
    get(): Profile | null {
      const row = select.get();
      if (!row) return null;
      const achieved = parseJson(row.achieved_json, []);
      const details = parseJson(row.details_json, {});
      const detail = (key: string): unknown => (typeof details === 'object' && details !== null ? Reflect.get(details, key) : undefined);
      const parsed = profileSchema.safeParse({
        educationLevel: row.education_level,
        field: row.field,
        yearsExperience: row.years_experience,
        currentRole: row.current_role,
        targetCompanySize: row.target_company_size,
        hoursPerWeek: row.hours_per_week,
        achieved,
        achievedYears: detail('achievedYears'),
        inProgress: detail('inProgress'),
        peopleManaged: detail('peopleManaged'),
        budgetOwned: detail('budgetOwned'),
        considering: detail('considering'),
        firstGoal: detail('firstGoal')
      });
      return parsed.success ? parsed.data : null;
    },
    save(profile: Profile, now: string): void {
      // Answers beyond the first columns live in details_json: a new answer needs no migration.
      const details = {
        achievedYears: profile.achievedYears ?? {},
        inProgress: profile.inProgress ?? null,
        peopleManaged: profile.peopleManaged,
        budgetOwned: profile.budgetOwned,
        considering: profile.considering,
        firstGoal: profile.firstGoal
      };
      const { educationLevel, field, yearsExperience, currentRole, targetCompanySize, hoursPerWeek } = profile;
      upsert.run({
        educationLevel,
        field,
        yearsExperience,
        currentRole,
        targetCompanySize,
        hoursPerWeek,
        achievedJson: JSON.stringify(profile.achieved),
        detailsJson: JSON.stringify(details),
        now
      });
    }
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;

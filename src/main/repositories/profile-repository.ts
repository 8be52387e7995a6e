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
}

/** The one profile of the person using this computer. */
export function createProfileRepository(db: Database) {
  const select = db.prepare<[], ProfileRow>(
    'SELECT education_level, field, years_experience, current_role, target_company_size, hours_per_week, achieved_json FROM profile WHERE id = 1'
  );
  const upsert = db.prepare(
    `INSERT INTO profile (id, education_level, field, years_experience, current_role, target_company_size, hours_per_week, achieved_json, updated_at)
     VALUES (1, @educationLevel, @field, @yearsExperience, @currentRole, @targetCompanySize, @hoursPerWeek, @achievedJson, @now)
     ON CONFLICT(id) DO UPDATE SET education_level = excluded.education_level, field = excluded.field,
       years_experience = excluded.years_experience, current_role = excluded.current_role,
       target_company_size = excluded.target_company_size, hours_per_week = excluded.hours_per_week,
       achieved_json = excluded.achieved_json, updated_at = excluded.updated_at`
  );

  return {
    /** The stored profile, or null if none was saved or the stored row no longer parses. */
    get(): Profile | null {
      const row = select.get();
      if (!row) return null;
      let achieved: unknown = [];
      try {
        achieved = JSON.parse(row.achieved_json);
      } catch {
        achieved = [];
      }
      const parsed = profileSchema.safeParse({
        educationLevel: row.education_level,
        field: row.field,
        yearsExperience: row.years_experience,
        currentRole: row.current_role,
        targetCompanySize: row.target_company_size,
        hoursPerWeek: row.hours_per_week,
        achieved
      });
      return parsed.success ? parsed.data : null;
    },
    save(profile: Profile, now: string): void {
      upsert.run({ ...profile, achievedJson: JSON.stringify(profile.achieved), now });
    }
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;

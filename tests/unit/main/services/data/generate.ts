import type { Core } from '../../../../../src/main/core';

/**
 * Fills a core with a plan of `count` milestones over 5 stages, each with notes, one in three with
 * evidence, plus a profile, skills and assessments: the "years of use" a backup must carry.
 */
export function generatePlan(core: Core, count: number): void {
  const db = core.db;
  const now = '2026-11-24T10:00:00.000Z';
  db.transaction(() => {
    db.prepare(
      `INSERT INTO profile (id, education_level, field, years_experience, current_role, target_company_size, hours_per_week, achieved_json, details_json, updated_at)
       VALUES (1, 'bac+5', 'computer-science', 8, 'data-ai-practitioner', 'large', 6, '["bachelor","master-tech"]', '{"achievedYears":{"master-tech":2018}}', ?)`
    ).run(now);
    const plan = db
      .prepare(
        "INSERT INTO plans (name, route_id, target_company_size, created_at, updated_at) VALUES ('Vers CAIO – plan « long »', 'route.engineering', 'large', ?, ?)"
      )
      .run(now, now).lastInsertRowid;
    const stages = ['Études', 'First AI role', 'Leadership', 'CAIO', 'Beyond'].map(
      (title, position) =>
        db.prepare('INSERT INTO stages (plan_id, title, position) VALUES (?, ?, ?)').run(plan, title, position).lastInsertRowid
    );
    const milestone = db.prepare(
      `INSERT INTO milestones (plan_id, stage_id, title, kind, status, due_date, completed_date, position, notes, skill_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    );
    const evidence = db.prepare(
      'INSERT INTO evidence (milestone_id, url, description, obtained_date, expiry_date, created_at) VALUES (?, ?, ?, ?, ?, ?)'
    );
    const kinds = ['diploma', 'course', 'experience', 'skill', 'leadership', 'compliance', 'visibility'];
    const statuses = ['todo', 'in_progress', 'done', 'skipped'];
    for (let index = 0; index < count; index += 1) {
      const day = String((index % 28) + 1).padStart(2, '0');
      const month = String((index % 12) + 1).padStart(2, '0');
      const status = statuses[index % 4];
      const id = milestone.run(
        plan,
        stages[index % stages.length],
        index % 5 === 0 ? `=HYPERLINK("x") jalon ${index}` : `Milestone ${index} — “AI Act” & RGPD`,
        kinds[index % kinds.length],
        status,
        index % 3 === 0 ? null : `20${27 + (index % 10)}-${month}-${day}`,
        status === 'done' ? `2026-${month}-${day}` : null,
        index,
        `Notes ${index}\nline two with émojis 🚀 and "quotes", commas; semicolons`,
        index % 7 === 0 ? 'skill.ai-act' : null,
        now,
        now
      ).lastInsertRowid;
      if (index % 3 === 0)
        evidence.run(id, `https://example.org/cert/${index}`, `Certificate ${index}`, '2026-01-15', index % 2 ? '2028-01-15' : null, now);
    }
    db.prepare("INSERT INTO skills (id, target_level) VALUES ('skill.ai-act', 4), ('skill.leadership', 5)").run();
    for (let index = 0; index < 50; index += 1) {
      db.prepare('INSERT INTO skill_assessments (skill_id, level, assessed_on, note) VALUES (?, ?, ?, ?)').run(
        index % 2 ? 'skill.ai-act' : 'skill.leadership',
        index % 6,
        `2026-${String((index % 12) + 1).padStart(2, '0')}-01`,
        `Assessment ${index}`
      );
    }
    // The self-assessment: 25 dated assessments rating two skills each, and a quarterly review.
    for (let index = 0; index < 25; index += 1) {
      const assessedOn = `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`;
      const assessment = db
        .prepare('INSERT INTO assessments (assessed_on, request_id, created_at) VALUES (?, ?, ?)')
        .run(assessedOn, index % 5 === 0 ? `5f0c1d2e-0000-4000-8000-${String(index).padStart(12, '0')}` : null, now).lastInsertRowid;
      for (const skill of ['skill.ai-act', 'skill.leadership']) {
        db.prepare('INSERT INTO skill_ratings (assessment_id, skill_id, level, note) VALUES (?, ?, ?, ?)').run(
          assessment,
          skill,
          index % 5,
          index % 4 ? '' : `Rated after module ${index} — « note »`
        );
      }
      if (index === 24) {
        db.prepare(
          `INSERT INTO skill_reviews (assessment_id, reviewed_on, hours_per_week, readiness_before, readiness_after,
             projected_before, projected_after, changed_count, created_at) VALUES (?, ?, 6, 40, 46, '2034-05-01', '2033-11-01', 2, ?)`
        ).run(assessment, assessedOn, now);
      }
    }
    db.prepare(
      "INSERT INTO settings (key, value) VALUES ('language', 'fr'), ('onboarded', 'true') ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    ).run();
  })();
}

/** Every row of every backed-up table, for comparing two databases. */
export function allRows(core: Core): Record<string, unknown[]> {
  const tables = [
    'settings',
    'profile',
    'plans',
    'stages',
    'milestones',
    'evidence',
    'skills',
    'skill_assessments',
    'assessments',
    'skill_ratings',
    'skill_reviews'
  ];
  return Object.fromEntries(tables.map((table) => [table, core.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
}

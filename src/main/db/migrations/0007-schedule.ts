import type { Migration } from './migration';

/**
 * One schedule (docs/adr/0008-one-schedule.md): a due date is either planned by the schedule or
 * pinned (typed by the person, or external), and a plan may carry its own hours per week.
 * Existing due dates on milestones written by hand were typed: they become pinned; the route's own
 * milestones go back to the schedule. Its number lives only in the file name and the registry.
 */
export const schedule: Omit<Migration, 'version'> = {
  name: 'schedule',
  up(db) {
    db.exec(`
      ALTER TABLE milestones ADD COLUMN due_pinned INTEGER NOT NULL DEFAULT 0 CHECK (due_pinned IN (0, 1));
      UPDATE milestones SET due_pinned = 1 WHERE template_id IS NULL AND due_date IS NOT NULL;
      ALTER TABLE plans ADD COLUMN hours_per_week INTEGER CHECK (hours_per_week BETWEEN 1 AND 80);
    `);
  }
};

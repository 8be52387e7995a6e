import type { Migration } from './migration';

/**
 * Every plan's counts (its milestones, those resolved) are read with the plan, and every write answers
 * with the plan. Without this index, counting the resolved ones read each milestone row of the plan
 * (about 2 ms for 10,000); with it, both counts are read from the index alone.
 * Its number lives only in the file name and the registry, so it can be renumbered at merge.
 */
export const milestoneStatusIndex: Omit<Migration, 'version'> = {
  name: 'milestone-status-index',
  up(db) {
    db.exec('CREATE INDEX milestones_by_status ON milestones(plan_id, status);');
  }
};

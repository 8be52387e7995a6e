import type { Database } from 'better-sqlite3';
import type { Clock } from '../../clock';
import { createReminderRepository } from '../../repositories/reminder-repository';
import type { SettingsRepository } from '../../repositories/settings-repository';
import { createSkillRepository } from '../../repositories/skill-repository';
import { reviewDueOn } from '../skill-service';
import {
  createReminderService,
  dueSoonSource,
  expiringEvidenceSource,
  overdueSource,
  reviewSource,
  type ReminderService
} from './reminder-service';

/**
 * The app's reminder sources: overdue and upcoming milestones, expiring certifications and the
 * quarterly skills review. A new kind is one more entry here, its kind in REMINDER_KINDS and its
 * locale keys.
 */
export function createReminders(db: Database, settings: SettingsRepository, clock: Clock): ReminderService {
  const repository = createReminderRepository(db);
  const skills = createSkillRepository(db);
  return createReminderService({
    repository,
    settings: () => settings.get(),
    clock,
    sources: [
      overdueSource(repository),
      dueSoonSource(repository),
      expiringEvidenceSource(repository),
      reviewSource(() => reviewDueOn(skills))
    ]
  });
}

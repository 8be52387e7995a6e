import type { Database } from 'better-sqlite3';
import type { Clock } from '../../clock';
import { createReminderRepository } from '../../repositories/reminder-repository';
import type { SettingsRepository } from '../../repositories/settings-repository';
import { createReminderService, dueSoonSource, expiringEvidenceSource, overdueSource, type ReminderService } from './reminder-service';

/**
 * The app's reminder sources. A new kind of reminder (the quarterly skills review once skills are
 * assessed) is one more entry in this list, plus its kind in REMINDER_KINDS and its locale keys.
 */
export function createReminders(db: Database, settings: SettingsRepository, clock: Clock): ReminderService {
  const repository = createReminderRepository(db);
  return createReminderService({
    repository,
    settings: () => settings.get(),
    clock,
    sources: [overdueSource(repository), dueSoonSource(repository), expiringEvidenceSource(repository)]
  });
}

import { EXPIRY_WARNING_DAYS, type IsoDate, type Reminder, type RemindersSummary, type Settings } from '@shared/model';
import { isoDate, type Clock } from '../../clock';
import { addDays } from '../dates';
import { CERTIFICATIONS, certificationById } from '@shared/content/certifications';
import type { ReminderRepository } from '../../repositories/reminder-repository';

/** What every reminder source is given: today, how far ahead to look, and the plan being followed. */
export interface ReminderContext {
  today: IsoDate;
  days: number;
  planId: number;
}

/**
 * One kind of reminder. The service is a list of sources so that another kind (the quarterly skills
 * review, for instance) is one more function appended to that list.
 */
export type ReminderSource = (context: ReminderContext) => Reminder[];

/** Open milestones whose due date has passed. */
export function overdueSource(repository: ReminderRepository): ReminderSource {
  return ({ today, planId }) =>
    repository
      .dueUntil(planId, addDays(today, -1))
      .map(({ milestone, date }) => ({ key: `overdue:${milestone.id}:${date}`, kind: 'overdue', date, milestone, view: 'plan' }));
}

/** Open milestones due from today to `days` ahead. */
export function dueSoonSource(repository: ReminderRepository): ReminderSource {
  return ({ today, days, planId }) =>
    repository
      .dueUntil(planId, addDays(today, days))
      .filter(({ date }) => date >= today)
      .map(({ milestone, date }) => ({ key: `due:${milestone.id}:${date}`, kind: 'due', date, milestone, view: 'plan' }));
}

/** How many days before expiry a certification is reminded: its issuer's renewal window where it has one. */
export function renewalWindowDays(templateId: string | null): number {
  return certificationById(templateId)?.renewalWindowDays ?? EXPIRY_WARNING_DAYS;
}

const WIDEST_WINDOW = Math.max(EXPIRY_WARNING_DAYS, ...CERTIFICATIONS.map((certification) => certification.renewalWindowDays ?? 0));

/** Certifications (evidence with an expiry date) that lapse within their renewal window (60 days unless the issuer says). */
export function expiringEvidenceSource(repository: ReminderRepository): ReminderSource {
  return ({ today, planId }) =>
    repository
      .expiringBetween(planId, today, addDays(today, WIDEST_WINDOW))
      .filter(({ milestone, date }) => date <= addDays(today, renewalWindowDays(milestone.templateId)))
      .map(({ milestone, evidenceId, description, date }) => ({
        key: `expiring:${evidenceId}:${date}`,
        kind: 'expiring',
        date,
        milestone,
        view: 'plan',
        ...(description ? { detail: description } : {})
      }));
}

/** The quarterly skills review, once it is due: it opens the skills screen. */
export function reviewSource(dueOn: () => IsoDate | null): ReminderSource {
  return ({ today }) => {
    const date = dueOn();
    return date !== null && date <= today ? [{ key: `review:${date}`, kind: 'review', date, view: 'skills' }] : [];
  };
}

export interface ReminderServiceOptions {
  repository: ReminderRepository;
  settings: () => Settings;
  clock: Clock;
  sources: readonly ReminderSource[];
}

/** Reminders for the followed plan, oldest date first; none when the person turned them off. */
export function createReminderService({ repository, settings, clock, sources }: ReminderServiceOptions) {
  return {
    list(): RemindersSummary {
      const current = settings();
      const summary = { enabled: current.remindersEnabled, days: current.reminderDays };
      const planId = repository.followedPlanId(current.activePlanId);
      if (!current.remindersEnabled || planId === undefined) return { ...summary, items: [] };
      const context = { today: isoDate(clock.now()), days: current.reminderDays, planId };
      const items = sources.flatMap((source) => source(context));
      return { ...summary, items: items.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key)) };
    }
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;

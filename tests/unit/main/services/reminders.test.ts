import { describe, expect, it, vi } from 'vitest';
import type { PlanDetail, RemindersSummary } from '../../../../src/shared/model';
import { createTranslator } from '../../../../src/main/i18n';
import {
  createReminderLog,
  createReminderNotifier,
  notificationText,
  type Timers
} from '../../../../src/main/services/reminders/reminder-notifier';
import type { Clock } from '../../../../src/main/clock';
import { createReminderService, type ReminderSource } from '../../../../src/main/services/reminders/reminder-service';
import { createReminderRepository } from '../../../../src/main/repositories/reminder-repository';
import { call, callMilestone, fixedClock, testCore } from '../../helpers';

/** A clock the test can move forward, as days pass while the app keeps running. */
function movableClock(day: string): Clock & { set(next: string): void } {
  let current = day;
  return { now: () => new Date(`${current}T12:00:00`), set: (next) => (current = next) };
}

/** Today is 2026-11-24: one overdue milestone, one due in 3 days, one in 30 days, and a certification lapsing in 40 days. */
async function seeded(clock: Clock = fixedClock('2026-11-24')) {
  const core = testCore(clock);
  const { plan, stages } = await call<PlanDetail>(core, 'plans:create', { name: 'Tracked' });
  const stageId = stages[0]!.id;
  const create = (title: string, dueDate: string | null) =>
    callMilestone(core, 'milestones:create', { planId: plan.id, stageId, title, kind: 'course', dueDate });
  const overdue = await create('Overdue course', '2026-11-20');
  const soon = await create('Due soon', '2026-11-27');
  await create('Later', '2026-12-24');
  const done = await create('Done but late', '2026-11-01');
  await call(core, 'milestones:update', { milestoneId: done.id, status: 'done' });
  const certified = await create('Cloud certification', null);
  await call(core, 'evidence:add', { milestoneId: certified.id, description: 'AWS ML Specialty', expiryDate: '2027-01-03' });
  await call(core, 'evidence:add', { milestoneId: certified.id, description: 'Far away', expiryDate: '2027-06-01' });
  await call(core, 'evidence:add', { milestoneId: certified.id, description: 'Already lapsed', expiryDate: '2026-11-01' });
  return { core, plan, overdue, soon, certified };
}

describe('reminders', () => {
  it('lists overdue milestones, those due within the chosen days and certifications lapsing within 60 days', async () => {
    const { core, overdue, soon, certified } = await seeded();
    const summary = await call<RemindersSummary>(core, 'reminders:list');
    expect(summary.enabled).toBe(true);
    expect(summary.days).toBe(7);
    expect(summary.items.map((item) => [item.kind, item.milestone?.id, item.date, item.detail])).toEqual([
      ['overdue', overdue.id, '2026-11-20', undefined],
      ['due', soon.id, '2026-11-27', undefined],
      ['expiring', certified.id, '2027-01-03', 'AWS ML Specialty']
    ]);
  });

  it('looks as many days ahead as the setting says, and lists nothing when turned off', async () => {
    const { core } = await seeded();
    await call(core, 'settings:update', { reminderDays: 30 });
    const wider = await call<RemindersSummary>(core, 'reminders:list');
    expect(wider.items.filter((item) => item.kind === 'due').map((item) => item.milestone?.title)).toEqual(['Due soon', 'Later']);
    await call(core, 'settings:update', { remindersEnabled: false });
    expect(await call<RemindersSummary>(core, 'reminders:list')).toEqual({ enabled: false, days: 30, items: [] });
  });

  it('refuses days ahead outside 1–60 and keeps the stored value', async () => {
    const { core } = await seeded();
    for (const reminderDays of [0, 61, 2.5]) {
      const result = await core.router.handle('settings:update', { reminderDays });
      expect(result.ok).toBe(false);
    }
    expect((await call<RemindersSummary>(core, 'reminders:list')).days).toBe(7);
  });

  it('follows the active plan only, so a duplicated scenario is not reminded twice', async () => {
    const { core, plan } = await seeded();
    const copy = await call<PlanDetail>(core, 'plans:duplicate', { planId: plan.id, name: 'Copy' });
    await call(core, 'settings:update', { activePlanId: plan.id });
    const items = (await call<RemindersSummary>(core, 'reminders:list')).items;
    expect(items).toHaveLength(3);
    expect(new Set(items.map((item) => item.milestone?.planId))).toEqual(new Set([plan.id]));
    await call(core, 'settings:update', { activePlanId: copy.plan.id });
    const copied = (await call<RemindersSummary>(core, 'reminders:list')).items;
    expect(new Set(copied.map((item) => item.milestone?.planId))).toEqual(new Set([copy.plan.id]));
  });
});

describe('reminder notifications', () => {
  function notifierFor(core: Awaited<ReturnType<typeof seeded>>['core'], clock: Clock, language: 'en' | 'fr' = 'en') {
    const notify = vi.fn();
    const notifier = createReminderNotifier({
      reminders: core.reminders,
      log: createReminderLog(core.db),
      clock,
      language: () => ({ t: createTranslator(language), language }),
      notify
    });
    return { notifier, notify };
  }

  it('shows each reminder once a day, translated, and opens its milestone', async () => {
    const clock = movableClock('2026-11-24');
    const { core, plan, overdue } = await seeded(clock);
    const { notifier, notify } = notifierFor(core, clock, 'fr');
    expect(notifier.check()).toBe(3);
    expect(notify).toHaveBeenCalledWith({
      title: 'En retard\u00a0: Overdue course',
      body: 'Elle était prévue le 20 novembre 2026. Cliquez pour l’ouvrir.',
      open: { planId: plan.id, milestoneId: overdue.id }
    });
    expect(notify.mock.calls.map(([notification]) => notification.title)).toContain('Certification qui expire\u00a0: Cloud certification');
    expect(notifier.check()).toBe(0);
    expect(notify).toHaveBeenCalledTimes(3);

    clock.set('2026-11-25');
    expect(notifier.check()).toBe(3);
    expect(notify).toHaveBeenCalledTimes(6);
  });

  it('remembers what was shown today across a restart of the app', async () => {
    const clock = movableClock('2026-11-24');
    const { core } = await seeded(clock);
    notifierFor(core, clock).notifier.check();
    const again = notifierFor(core, clock);
    expect(again.notifier.check()).toBe(0);
    expect(again.notify).not.toHaveBeenCalled();
  });

  it('shows a reminder that appears later the same day, and nothing when reminders are off', async () => {
    const clock = movableClock('2026-11-24');
    const { core, plan } = await seeded(clock);
    const { notifier, notify } = notifierFor(core, clock);
    notifier.check();
    const stageId = (await call<PlanDetail>(core, 'plans:get', { planId: plan.id })).stages[0]!.id;
    await call(core, 'milestones:create', { planId: plan.id, stageId, title: 'New and due', kind: 'skill', dueDate: '2026-11-26' });
    expect(notifier.check()).toBe(1);
    expect(notify).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Due soon: New and due' }));
    await call(core, 'settings:update', { remindersEnabled: false });
    clock.set('2026-11-26');
    expect(notifier.check()).toBe(0);
  });

  it('checks at start and then every hour until stopped', async () => {
    const clock = movableClock('2026-11-24');
    const { core } = await seeded(clock);
    const { notifier, notify } = notifierFor(core, clock);
    let tick: (() => void) | undefined;
    const timers: Timers = { setInterval: (callback) => (tick = callback), clearInterval: vi.fn() };
    const stop = notifier.start(timers);
    expect(notify).toHaveBeenCalledTimes(3);
    tick?.();
    expect(notify).toHaveBeenCalledTimes(3);
    clock.set('2026-11-25');
    tick?.();
    expect(notify).toHaveBeenCalledTimes(6);
    stop();
    expect(timers.clearInterval).toHaveBeenCalled();
  });

  it('takes one more source for a reminder about no milestone, which opens its screen', async () => {
    const clock = movableClock('2026-11-24');
    const { core } = await seeded(clock);
    // The shape a quarterly skills review takes: one function appended to the list of sources.
    const review: ReminderSource = ({ today }) => [{ key: `review:${today}`, kind: 'due', date: today, view: 'skills' }];
    const reminders = createReminderService({
      repository: createReminderRepository(core.db),
      settings: () => core.settings.get(),
      clock,
      sources: [review]
    });
    const notify = vi.fn();
    const notifier = createReminderNotifier({
      reminders,
      log: createReminderLog(core.db),
      clock,
      language: () => ({ t: createTranslator('en'), language: 'en', locale: 'en-GB' }),
      notify
    });
    expect(notifier.check()).toBe(1);
    expect(notify).toHaveBeenCalledWith({
      title: 'Due soon: Skills',
      body: 'It is due on 24 November 2026. Click to open it.',
      open: 'skills'
    });
  });
});

describe('the quarterly skills review reminder', () => {
  it('appears three months after the first assessment, opens the skills screen, and goes once the review is done', async () => {
    const clock = movableClock('2026-09-10');
    const core = testCore(clock);
    await call(core, 'plans:create', { name: 'Followed' });
    const reviews = async () => (await call<RemindersSummary>(core, 'reminders:list')).items.filter((item) => item.kind === 'review');
    expect(await reviews()).toEqual([]);
    await call(core, 'skills:assess', { assessedOn: '2026-09-10', ratings: [{ skillId: 'skill.ai-act', level: 1 }] });
    clock.set('2026-12-09');
    expect(await reviews()).toEqual([]);
    clock.set('2026-12-10');
    expect(await reviews()).toEqual([{ key: 'review:2026-12-10', kind: 'review', date: '2026-12-10', view: 'skills' }]);
    await call(core, 'skills:assess', {
      assessedOn: '2026-12-10',
      ratings: [{ skillId: 'skill.ai-act', level: 2 }],
      review: { hoursPerWeek: 8 }
    });
    expect(await reviews()).toEqual([]);
  });

  it('is notified in both languages and opens Skills', () => {
    const reminder = { key: 'review:2026-12-10', kind: 'review' as const, date: '2026-12-10', view: 'skills' as const };
    expect(notificationText(reminder, createTranslator('en'), 'en', 'en-GB').title).toBe('Time for your quarterly skills review');
    expect(notificationText(reminder, createTranslator('fr'), 'fr', 'fr-FR').body).toContain('10 décembre 2026');
  });
});

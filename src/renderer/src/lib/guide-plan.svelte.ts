/**
 * What the guide adds to the plan the person follows: an obligation from the regulatory calendar, a
 * certification from the catalogue or an executive programme from the comparison, as one milestone in
 * the plan's current stage.
 */
import type { DashboardSummary, IsoDate, PlanChange, Stage } from '@shared/model';
import type { MilestoneTemplate } from '@shared/content/routes';
import type { Input } from '@shared/contract';
import { calendarSkill, type CalendarEntry } from '@shared/content/law/calendar';
import type { Certification } from '@shared/content/certifications';
import { api } from './api';
import { app } from './app-state.svelte';
import { formatDate, t, tx } from './i18n.svelte';
import { displayTitle, planName } from './labels';

/** The stage a plan is at: the first with work still open, else its first. */
function currentStage(summary: DashboardSummary): Stage | undefined {
  const open = new Set(summary.progress?.stages.filter((stage) => stage.resolved < stage.total).map((stage) => stage.stageId));
  const stages = [...summary.stages].sort((a, b) => a.position - b.position);
  return stages.find((stage) => open.has(stage.id)) ?? stages[0];
}

/** The guide's places that add to the plan, each saying what its last addition did. */
export type GuideSection = 'law' | 'catalogue' | 'executive';

export class GuidePlan {
  summary = $state.raw<DashboardSummary | undefined>();
  /** The last addition of each section, said in words. */
  messages = $state<Record<GuideSection, string>>({ law: '', catalogue: '', executive: '' });
  /** The section whose addition found no plan to add to. */
  noPlan = $state<GuideSection | undefined>();

  async load(): Promise<void> {
    this.summary = await app.run(() => api.dashboardSummary());
  }

  private async add(
    section: GuideSection,
    input: Omit<Input<'milestones:create'>, 'planId' | 'stageId'>,
    said: (plan: string, stage: string, written: PlanChange) => string
  ): Promise<boolean> {
    const plan = this.summary?.plan;
    const stage = this.summary && currentStage(this.summary);
    this.messages[section] = '';
    this.noPlan = !plan || !stage ? section : undefined;
    if (!plan || !stage) return false;
    const written = await app.run(() =>
      api.milestonesCreate({ ...input, planId: plan.id, stageId: stage.id, requestId: crypto.randomUUID() })
    );
    if (!written) return false;
    this.summary = { ...this.summary!, plan: written.plan, progress: written.progress };
    this.messages[section] = said(planName(written.plan), displayTitle(stage), written);
    return true;
  }

  /** An upcoming obligation keeps its legal date; one in force is to be brought into line from today, first in its stage. */
  addObligation(entry: CalendarEntry, today: IsoDate): Promise<boolean> {
    const upcoming = entry.date > today;
    const name = tx(entry.name);
    const title = t(upcoming ? 'law.milestoneUpcoming' : 'law.milestoneInForce', { name });
    const base = { title, kind: 'compliance' as const, templateId: entry.id, skillId: calendarSkill(entry) };
    return upcoming
      ? this.add('law', { ...base, dueDate: entry.date }, (plan) =>
          t('law.addedDue', { title, plan, date: formatDate(entry.date, 'long') })
        )
      : this.add('law', { ...base, firstOpen: true }, (plan, stage) => t('law.addedInForce', { title, plan, stage }));
  }

  addCertification(certification: Certification): Promise<boolean> {
    const title = t('catalogue.milestone', { name: certification.name });
    return this.add(
      'catalogue',
      { title, kind: 'course', templateId: certification.id, skillId: certification.skillIds[0] },
      (plan, stage) => t('catalogue.planned', { name: certification.name, plan, stage })
    );
  }

  /** An executive programme from the comparison, taken next: first among the open milestones of the plan's current stage. */
  addProgramme(template: MilestoneTemplate): Promise<boolean> {
    const title = tx(template.title);
    return this.add('executive', { title, kind: template.kind, templateId: template.id, firstOpen: true }, (plan, stage, written) =>
      written.progress.projectedDate
        ? t('advice.programmeAdded', { title, plan, stage, date: formatDate(written.progress.projectedDate, 'long') })
        : t('catalogue.planned', { name: title, plan, stage })
    );
  }
}

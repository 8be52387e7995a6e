/**
 * The plan being worked on. Milestones live in a raw array replaced on each change, so a status
 * change re-renders only the rows whose objects changed.
 */
import type { Input } from '@shared/contract';
import type { Milestone, Plan, PlanProgress, Stage } from '@shared/model';
import type { RouteId } from '@shared/content/routes';
import { api } from './api';
import { app } from './app-state.svelte';
import { t } from './i18n.svelte';
import { displayTitle, planName } from './labels';
import { toast } from './toast.svelte';

class PlanState {
  plans = $state<Plan[]>([]);
  selectedId = $state<number | undefined>();
  plan = $state.raw<Plan | undefined>();
  stages = $state.raw<Stage[]>([]);
  milestones = $state.raw<Milestone[]>([]);
  progress = $state.raw<PlanProgress | undefined>();
  loaded = $state(false);

  /** Loads the plan list and the selected (or active, or first) plan. */
  async load(): Promise<void> {
    await app.run(async () => {
      this.plans = await api.plansList();
      const wanted = this.selectedId ?? app.settings.activePlanId ?? undefined;
      const keep = this.plans.find((plan) => plan.id === wanted) ?? this.plans.find((plan) => !plan.archivedAt) ?? this.plans[0];
      this.selectedId = keep?.id;
      if (keep) {
        const detail = await api.plansGet({ planId: keep.id });
        this.plan = detail.plan;
        this.stages = detail.stages;
        this.milestones = detail.milestones;
        await this.refreshProgress();
      } else {
        this.plan = undefined;
        this.stages = [];
        this.milestones = [];
        this.progress = undefined;
      }
      this.loaded = true;
    });
  }

  private async refreshProgress(): Promise<void> {
    if (!this.selectedId) return;
    this.progress = await api.plansProgress({ planId: this.selectedId });
  }

  private async refreshMeta(): Promise<void> {
    this.plans = await api.plansList();
    this.plan = this.plans.find((plan) => plan.id === this.selectedId);
    await this.refreshProgress();
  }

  async select(planId: number): Promise<void> {
    this.selectedId = planId;
    if (app.settings.activePlanId !== planId) await app.updateSettings({ activePlanId: planId });
    await this.load();
  }

  private async open(planId: number | undefined): Promise<boolean> {
    if (!planId) return false;
    await this.select(planId);
    return true;
  }

  async create(name: string): Promise<boolean> {
    return this.open((await app.run(() => api.plansCreate({ name, requestId: crypto.randomUUID() })))?.plan.id);
  }

  async createFromRoute(name: string, routeId: RouteId): Promise<boolean> {
    return this.open((await app.run(() => api.plansCreateFromRoute({ name, routeId, requestId: crypto.randomUUID() })))?.plan.id);
  }

  async duplicate(): Promise<boolean> {
    const plan = this.plan;
    if (!plan) return false;
    return this.open(
      (
        await app.run(() =>
          api.plansDuplicate({ planId: plan.id, name: t('plan.copyName', { name: planName(plan) }), requestId: crypto.randomUUID() })
        )
      )?.plan.id
    );
  }

  async rename(name: string): Promise<boolean> {
    const planId = this.selectedId;
    if (!planId) return false;
    const renamed = await app.run(() => api.plansRename({ planId, name }));
    if (renamed) await this.refreshMeta();
    return Boolean(renamed);
  }

  async setArchived(archived: boolean): Promise<void> {
    const plan = this.plan;
    if (!plan) return;
    const updated = await app.run(() => api.plansArchive({ planId: plan.id, archived }));
    if (!updated) return;
    await this.refreshMeta();
    if (archived) {
      toast.offer(t('plan.planArchived', { name: planName(plan) }), async () => {
        await api.plansArchive({ planId: plan.id, archived: false });
        await this.select(plan.id);
      });
    }
  }

  async remove(): Promise<void> {
    const plan = this.plan;
    if (!plan) return;
    const result = await app.run(() => api.plansDelete({ planId: plan.id }));
    if (!result) return;
    this.selectedId = undefined;
    await this.load();
    toast.offer(t('plan.planDeleted', { name: planName(plan) }), async () => {
      await api.undoRestore({ undoToken: result.undoToken });
      await this.select(plan.id);
    });
  }

  async addStage(title: string): Promise<boolean> {
    const planId = this.selectedId;
    if (!planId) return false;
    const stage = await app.run(() => api.stagesCreate({ planId, title, requestId: crypto.randomUUID() }));
    if (stage) this.stages = [...this.stages, stage];
    return Boolean(stage);
  }

  async renameStage(stageId: number, title: string): Promise<boolean> {
    const stage = await app.run(() => api.stagesRename({ stageId, title }));
    if (stage) this.stages = this.stages.map((item) => (item.id === stage.id ? stage : item));
    return Boolean(stage);
  }

  async addMilestone(input: Input<'milestones:create'>): Promise<Milestone | undefined> {
    const created = await app.run(() => api.milestonesCreate({ requestId: crypto.randomUUID(), ...input }));
    if (created) {
      this.milestones = this.sorted([...this.milestones, created]);
      // Counts and projection follow in the background; the form is free for the next milestone now.
      void app.run(() => this.refreshMeta());
    }
    return created;
  }

  private replace(changed: Milestone[]): void {
    const byId = new Map(changed.map((milestone) => [milestone.id, milestone]));
    this.milestones = this.milestones.map((milestone) => byId.get(milestone.id) ?? milestone);
  }

  async updateMilestone(input: Input<'milestones:update'>): Promise<Milestone | undefined> {
    const before = this.milestones.find((milestone) => milestone.id === input.milestoneId);
    // A status change shows at once; main's answer (with its completion date) replaces it, or the row reverts.
    if (before && input.status) this.replace([{ ...before, status: input.status }]);
    const updated = await app.run(() => api.milestonesUpdate(input));
    if (updated) {
      this.replace([updated]);
      await this.refreshMeta();
    } else if (before) this.replace([before]);
    return updated;
  }

  /** Moves a milestone; positions of every milestone in the stages involved come back from main. */
  async move(milestoneId: number, stageId: number, position: number): Promise<boolean> {
    const changed = await app.run(() => api.milestonesMove({ milestoneId, stageId, position }));
    if (!changed) return false;
    this.replace(changed);
    this.milestones = this.sorted(this.milestones);
    return true;
  }

  /** Stage order, then position: the order the list shows. */
  private sorted(list: Milestone[]): Milestone[] {
    const stageOrder = new Map(this.stages.map((stage) => [stage.id, stage.position]));
    return list.slice().sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) || a.position - b.position);
  }

  async removeMilestone(milestone: Milestone): Promise<void> {
    const result = await app.run(() => api.milestonesDelete({ milestoneId: milestone.id }));
    if (!result) return;
    const planId = milestone.planId;
    await this.load();
    toast.offer(t('plan.deleted', { title: displayTitle(milestone) }), async () => {
      await api.undoRestore({ undoToken: result.undoToken });
      if (this.selectedId === planId) await this.load();
    });
  }

  /** Reloads one milestone after its evidence changed (its evidence count is shown in the list). */
  async refreshMilestone(milestoneId: number): Promise<void> {
    const detail = await app.run(() => api.milestonesGet({ milestoneId }));
    if (detail) this.replace([detail.milestone]);
  }
}

export const planState = new PlanState();

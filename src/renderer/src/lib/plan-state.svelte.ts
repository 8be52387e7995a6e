/**
 * The plan being worked on. Milestones live in a raw array replaced on each change, so a status
 * change re-renders only the rows whose objects changed. Every action is one request: main's answer
 * (the changed rows, the plan and its new progress) is applied as it comes, nothing is re-read.
 */
import type { Input } from '@shared/contract';
import type { PlanMilestone, Plan, PlanChange, PlanProgress, PlanScreen, Stage } from '@shared/model';
import type { RouteId } from '@shared/content/routes';
import { api } from './api';
import { app } from './app-state.svelte';
import { t } from './i18n.svelte';
import { displayTitle, planName } from './labels';
import { toast } from './toast.svelte';
import { offerReplanUndo, replanText, sharedStep } from './replan.svelte';

class PlanState {
  plans = $state<Plan[]>([]);
  selectedId = $state<number | undefined>();
  plan = $state.raw<Plan | undefined>();
  stages = $state.raw<Stage[]>([]);
  milestones = $state.raw<PlanMilestone[]>([]);
  progress = $state.raw<PlanProgress | undefined>();
  loaded = $state(false);
  /** The milestone the person last added or changed, for the list to bring into view (a new object each time). */
  touched = $state.raw<{ id: number } | undefined>();

  /** How many milestones a stage holds. */
  stageSize(stageId: number): number {
    return this.milestones.filter((milestone) => milestone.stageId === stageId).length;
  }

  /** A load sent with the start (the app opened on the plan screen), for that screen to take when first drawn. */
  opening: Promise<void> | undefined;

  /** Loads what the plan screen shows when it is drawn: the start's load the first time, if there is one. */
  loadForScreen(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    return opening ?? this.load();
  }

  /**
   * Loads the plan list and the selected plan, both at once: the one chosen on this visit, else the
   * one main says the screen opens on (the plan the settings follow, else the first not archived).
   */
  async load(): Promise<void> {
    await app.run(async () => {
      const wanted = this.selectedId;
      const [plans, screen] = await Promise.all([
        api.plansList(),
        wanted ? api.plansGet({ planId: wanted }).catch(() => undefined) : api.plansActive()
      ]);
      this.plans = plans;
      const keep = plans.find((plan) => plan.id === screen?.plan.id) ?? plans.find((plan) => !plan.archivedAt) ?? plans[0];
      this.selectedId = keep?.id;
      if (keep) this.show(screen?.plan.id === keep.id ? screen : await api.plansGet({ planId: keep.id }));
      else this.show(null);
      this.loaded = true;
    });
  }

  private show(screen: PlanScreen | null): void {
    this.plan = screen?.plan;
    this.stages = screen?.stages ?? [];
    this.milestones = screen?.milestones ?? [];
    this.progress = screen?.progress;
  }

  /** A changed plan (name, archive, touched) replaces its entry in the list. */
  private adoptPlan(plan: Plan): void {
    this.plans = this.plans.map((item) => (item.id === plan.id ? plan : item));
    if (plan.id === this.selectedId) this.plan = plan;
  }

  /** A change main answered to a write made elsewhere on the screen (the plan's pace). */
  adoptChange(change: PlanChange): void {
    this.apply(change);
  }

  /** Applies what a milestone write changed, if it is about the plan on screen. */
  private apply(change: PlanChange): void {
    this.adoptPlan(change.plan);
    if (change.plan.id !== this.selectedId) return;
    this.progress = change.progress;
    const removed = new Set(change.removedMilestoneIds);
    const shown = new Map(this.milestones.map((milestone) => [milestone.id, milestone]));
    const added: PlanMilestone[] = [];
    let reordered = false;
    for (const milestone of change.milestones) {
      const previous = shown.get(milestone.id);
      if (!previous) added.push(milestone);
      else if (previous.stageId !== milestone.stageId || previous.position !== milestone.position) reordered = true;
    }
    // Nothing added, removed or moved (a status change, an edit): the rows are swapped in place.
    if (removed.size === 0 && added.length === 0 && !reordered) return this.replace(change.milestones);
    const byId = new Map(change.milestones.map((milestone) => [milestone.id, milestone]));
    const kept = removed.size > 0 ? this.milestones.filter((milestone) => !removed.has(milestone.id)) : this.milestones;
    const next = kept.map((milestone) => byId.get(milestone.id) ?? milestone);
    this.milestones = added.length > 0 || reordered ? this.sorted([...next, ...added]) : next;
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
    if (renamed) this.adoptPlan(renamed);
    return Boolean(renamed);
  }

  async setArchived(archived: boolean): Promise<void> {
    const plan = this.plan;
    if (!plan) return;
    const updated = await app.run(() => api.plansArchive({ planId: plan.id, archived }));
    if (!updated) return;
    this.adoptPlan(updated);
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

  async addMilestone(input: Input<'milestones:create'>): Promise<PlanMilestone | undefined> {
    const written = await app.run(() => api.milestonesCreate({ requestId: crypto.randomUUID(), ...input }));
    if (written) {
      this.apply(written);
      this.touched = { id: written.milestone.id };
      const added = written.milestone;
      offerReplanUndo(written.replan, this.progress?.hasGoal, async () =>
        this.apply(await api.milestonesDelete({ milestoneId: added.id }))
      );
    }
    return written?.milestone;
  }

  /** Replaces rows by id, keeping the order (a status or evidence change moves nothing). */
  private replace(changed: PlanMilestone[]): void {
    if (changed.length === 0) return;
    const byId = new Map(changed.map((milestone) => [milestone.id, milestone]));
    this.milestones = this.milestones.map((milestone) => byId.get(milestone.id) ?? milestone);
  }

  /** Edits a milestone; with `stageId` it also moves there, in the same request. */
  async updateMilestone(input: Input<'milestones:update'>): Promise<PlanMilestone | undefined> {
    const before = this.milestones.find((milestone) => milestone.id === input.milestoneId);
    // A status change shows at once; main's answer (with its completion date) replaces it, or the row reverts.
    if (before && input.status) this.replace([{ ...before, status: input.status }]);
    const written = await app.run(() => api.milestonesUpdate(input));
    if (written) {
      this.apply(written);
      this.touched = { id: input.milestoneId };
      offerReplanUndo(written.replan, this.progress?.hasGoal, before && (() => this.revert(before)));
      sharedStep.offer(written.elsewhere > 0 ? { milestoneId: written.milestone.id, count: written.elsewhere } : null);
    } else if (before) this.replace([before]);
    return written?.milestone;
  }

  /** Puts a milestone's status and dates back as they were (the undo of a change that re-planned the plan). */
  private async revert(before: PlanMilestone): Promise<void> {
    const written = await api.milestonesUpdate({
      milestoneId: before.id,
      status: before.status,
      dueDate: before.dueDate,
      duePinned: before.duePinned,
      ...(before.status === 'done' && before.completedDate?.length === 10 ? { completedDate: before.completedDate } : {})
    });
    this.apply(written);
  }

  /** Moves a milestone; positions of every milestone in the stages involved come back from main. */
  async move(milestoneId: number, stageId: number, position: number): Promise<boolean> {
    const before = this.milestones.find((milestone) => milestone.id === milestoneId);
    const change = await app.run(() => api.milestonesMove({ milestoneId, stageId, position }));
    if (change) {
      this.apply(change);
      offerReplanUndo(
        change.replan,
        this.progress?.hasGoal,
        before && (async () => this.apply(await api.milestonesMove({ milestoneId, stageId: before.stageId, position: before.position })))
      );
    }
    return Boolean(change);
  }

  /** Stage order, then position: the order the list shows. */
  private sorted(list: PlanMilestone[]): PlanMilestone[] {
    const stageOrder = new Map(this.stages.map((stage) => [stage.id, stage.position]));
    return list.slice().sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) || a.position - b.position);
  }

  async removeMilestone(milestone: PlanMilestone): Promise<void> {
    const result = await app.run(() => api.milestonesDelete({ milestoneId: milestone.id }));
    if (!result) return;
    const planId = milestone.planId;
    this.apply(result);
    toast.offer(
      [t('plan.deleted', { title: displayTitle(milestone) }), replanText(result.replan, this.progress?.hasGoal)].join(' ').trim(),
      async () => {
        await api.undoRestore({ undoToken: result.undoToken });
        if (this.selectedId === planId) await this.load();
      }
    );
  }

  /** A milestone main sent back after its evidence changed (the list shows its evidence count). */
  adoptMilestone(milestone: PlanMilestone): void {
    this.replace([milestone]);
  }
}

export const planState = new PlanState();

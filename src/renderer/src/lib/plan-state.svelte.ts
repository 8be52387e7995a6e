/** The plan being worked on and the list of plans, kept in step with main after every change. */
import type { Input } from '@shared/contract';
import type { Milestone, Plan, PlanDetail } from '@shared/model';
import { api } from './api';
import { app } from './app-state.svelte';

class PlanState {
  plans = $state<Plan[]>([]);
  detail = $state<PlanDetail | undefined>();
  selectedId = $state<number | undefined>();

  async load(): Promise<void> {
    await app.run(async () => {
      this.plans = await api.plansList();
      const keep = this.plans.find((plan) => plan.id === this.selectedId) ?? this.plans[0];
      this.selectedId = keep?.id;
      this.detail = keep ? await api.plansGet({ planId: keep.id }) : undefined;
    });
  }

  async select(planId: number): Promise<void> {
    this.selectedId = planId;
    await this.load();
  }

  async create(name: string): Promise<boolean> {
    const created = await app.run(() => api.plansCreate({ name }));
    if (!created) return false;
    this.selectedId = created.plan.id;
    await this.load();
    return true;
  }

  async rename(name: string): Promise<boolean> {
    if (!this.selectedId) return false;
    const planId = this.selectedId;
    const renamed = await app.run(() => api.plansRename({ planId, name }));
    if (renamed) await this.load();
    return Boolean(renamed);
  }

  async remove(): Promise<void> {
    if (!this.selectedId) return;
    const planId = this.selectedId;
    await app.run(() => api.plansDelete({ planId }));
    this.selectedId = undefined;
    await this.load();
  }

  async addMilestone(input: Input<'milestones:create'>): Promise<boolean> {
    const created = await app.run(() => api.milestonesCreate(input));
    if (created) await this.load();
    return Boolean(created);
  }

  async updateMilestone(input: Input<'milestones:update'>): Promise<Milestone | undefined> {
    const updated = await app.run(() => api.milestonesUpdate(input));
    if (updated && this.detail) {
      // Replace the one row in place so only that milestone re-renders.
      const index = this.detail.milestones.findIndex((milestone) => milestone.id === updated.id);
      if (index >= 0) this.detail.milestones[index] = updated;
      this.plans = await api.plansList();
    }
    return updated;
  }

  async removeMilestone(milestoneId: number): Promise<void> {
    const removed = await app.run(() => api.milestonesDelete({ milestoneId }));
    if (removed) await this.load();
  }
}

export const planState = new PlanState();

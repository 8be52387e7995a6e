/**
 * Where each part's code comes from: every screen but the dashboard, the first-run wizard, the
 * keyboard-shortcuts overlay, the printable dossier and the plan screen's milestone editor (opened
 * far less often than the plan is shown) are chunks of their own. A leaf, so the code
 * of the screen the app opens on can be asked for as the app starts (early.ts).
 */
import type { Component } from 'svelte';
import type { View } from '@shared/model';

type Loader = () => Promise<{ default: Component }>;
/** A screen, the first-run wizard, the keyboard-shortcuts overlay, the printable dossier or the milestone editor. */
export type Part = View | 'onboarding' | 'shortcuts' | 'dossier' | 'editor';

export const loaders: Record<Exclude<Part, 'dashboard'>, Loader> = {
  plan: () => import('../views/PlanView.svelte'),
  skills: () => import('../views/SkillsView.svelte'),
  guide: () => import('../views/GuideView.svelte'),
  settings: () => import('../views/SettingsView.svelte'),
  onboarding: () => import('../views/OnboardingView.svelte'),
  shortcuts: () => import('../components/ShortcutsDialog.svelte'),
  dossier: () => import('../components/data/Dossier.svelte'),
  // Kept here without its props, like every part; the plan screen gives it back its own type.
  editor: () => import('../components/MilestoneEditor.svelte') as Promise<{ default: Component }>
};

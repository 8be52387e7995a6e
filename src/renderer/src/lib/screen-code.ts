/**
 * Where each part's code comes from: every screen but the dashboard, the first-run wizard, the
 * keyboard-shortcuts overlay and the printable dossier are chunks of their own. A leaf, so the code
 * of the screen the app opens on can be asked for as the app starts (early.ts).
 */
import type { Component } from 'svelte';
import type { View } from '@shared/model';

type Loader = () => Promise<{ default: Component }>;
/** A screen, the first-run wizard, the keyboard-shortcuts overlay or the printable dossier. */
export type Part = View | 'onboarding' | 'shortcuts' | 'dossier';

export const loaders: Record<Exclude<Part, 'dashboard'>, Loader> = {
  plan: () => import('../views/PlanView.svelte'),
  skills: () => import('../views/SkillsView.svelte'),
  guide: () => import('../views/GuideView.svelte'),
  settings: () => import('../views/SettingsView.svelte'),
  onboarding: () => import('../views/OnboardingView.svelte'),
  shortcuts: () => import('../components/ShortcutsDialog.svelte'),
  dossier: () => import('../components/data/Dossier.svelte')
};

/** The plan screen's milestone editor: opened far less often than the plan is shown. */
export const editorCode = () => import('../components/MilestoneEditor.svelte');

/** App-wide state: settings, the active screen and the last error, shared by every view. */
import type { Input } from '@shared/contract';
import type { AppCommand, MilestoneRef, Settings, Theme, View } from '@shared/model';
import type { DataStatus } from '@shared/data-model';
import { api, ApiError, on } from './api';
import { applyLanguage, receiveTexts, systemLanguage, t } from './i18n.svelte';
import { localToday } from './today';
import { viewOfAddress } from './address';

function applyTheme(theme: Theme): void {
  // Setting the same value still makes the browser recompute every style on the page.
  if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
}

class AppState {
  ready = $state(false);
  view = $state<View>(viewOfAddress() ?? 'dashboard');
  /** False on first paint so focus starts at the top of the page; true once the person navigates. */
  navigated = $state(false);
  settings = $state<Settings>({
    language: null,
    theme: 'system',
    activePlanId: null,
    onboarded: false,
    remindersEnabled: true,
    reminderDays: 7
  });
  error = $state<string | null>(null);
  /** The first-run wizard is showing (first run, or run again from Settings). */
  onboarding = $state(false);
  /** The keyboard-shortcuts overlay is open. */
  showShortcuts = $state(false);
  /** Today, local time; refreshed when the app regains focus so overdue marks stay right past midnight. */
  today = $state(localToday());
  /** A milestone the plan screen should open once it has loaded (from a reminder). */
  requestedMilestone = $state<MilestoneRef | undefined>();
  /** Set by the menu's "New plan": the plan screen focuses its new-plan field. */
  newPlanRequested = $state(false);

  /**
   * Loads settings, the data folder's state and the texts of their language in one request, while
   * the code of the screen the app opens on (`openingCode`) arrives; on first run the OS/browser
   * language is chosen and stored. Answers the data folder's state, which every screen shows: the
   * app is ready to draw once it is in place.
   */
  async start(openingCode: Promise<unknown>): Promise<DataStatus> {
    const answer = api.appStart({ unchosen: systemLanguage() });
    // Chromium loads its locale data with the first Intl object a page builds, some tens of
    // milliseconds: built while the start's answer travels, that wait is off the first screen's path.
    new Intl.DateTimeFormat().format(0);
    const [start] = await Promise.all([answer, openingCode]);
    receiveTexts(start.texts);
    let settings = start.settings;
    // A read-only data folder cannot store the choice; the app still starts in the system's language.
    if (!settings.language)
      settings = await api.settingsUpdate({ language: systemLanguage() }).catch(() => ({ ...settings, language: systemLanguage() }));
    this.adopt(settings);
    if (settings.language) await applyLanguage(settings.language);
    this.onboarding = !settings.onboarded;
    on('settings:changed', (next) => this.adopt(next));
    on('app:navigate', (view) => this.go(view));
    on('app:command', (command) => this.command(command));
    on('reminders:open', (ref) => this.openMilestone(ref));
    // The browser's Back and Forward move between screens.
    window.addEventListener('hashchange', () => {
      const view = viewOfAddress();
      if (view && view !== this.view) this.go(view);
    });
    return start.dataStatus;
  }

  go(view: View): void {
    this.view = view;
    this.navigated = true;
    if (viewOfAddress() !== view) window.location.hash = view;
  }

  /** Shows the plan screen with a milestone's editor open. */
  openMilestone(ref: MilestoneRef): void {
    this.requestedMilestone = ref;
    this.go('plan');
  }

  /** Carries out a command from the application menu. */
  command(command: AppCommand): void {
    if (command === 'shortcuts') this.showShortcuts = true;
    else {
      this.newPlanRequested = true;
      this.go('plan');
    }
  }

  finishOnboarding(view: View = 'plan'): void {
    this.onboarding = false;
    this.go(view);
  }

  private adopt(settings: Settings): void {
    this.settings = settings;
    // Everything switches at once when the new language's texts are in (at once after the first time).
    if (settings.language) void applyLanguage(settings.language);
    applyTheme(settings.theme);
  }

  async updateSettings(patch: Input<'settings:update'>): Promise<void> {
    // A new language shows at once; should storing it fail, the stored settings put the old one back.
    if (patch.language) void applyLanguage(patch.language);
    const stored = await this.run(async () => {
      this.adopt(await api.settingsUpdate(patch));
      return true;
    });
    if (!stored && patch.language && this.settings.language) void applyLanguage(this.settings.language);
  }

  /** Runs an action, turning a failure into a translated message instead of a silent break. */
  async run<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await action();
      this.error = null;
      return value;
    } catch (error) {
      this.error = errorText(error);
      return undefined;
    }
  }
}

export const app = new AppState();

const DETAILS = ['date_out_of_range', 'date_in_future', 'expiry_before_obtained'] as const;

/** The sentence for a failed request: the rule that refused it when main named one, else its code's. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.internal');
  const detail = DETAILS.find((known) => known === error.detail);
  return detail ? t(`errors.detail.${detail}`) : t(`errors.${error.code}`);
}

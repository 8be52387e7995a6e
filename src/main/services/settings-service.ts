import { AppError } from '@shared/errors';
import type { ParsedInput } from '@shared/contract';
import type { Settings } from '@shared/model';
import type { SettingsRepository } from '../repositories/settings-repository';
import type { PlanRepository } from '../repositories/plan-repository';

interface Dependencies {
  settings: SettingsRepository;
  plans: PlanRepository;
  /** Told after every change, so each window (and the menu) follows. */
  onChanged?: (settings: Settings) => void;
}

/** Settings: the active plan must exist, and every change is announced once. */
export function createSettingsService({ settings, plans, onChanged }: Dependencies) {
  const announce = (updated: Settings): Settings => {
    onChanged?.(updated);
    return updated;
  };
  return {
    get: (): Settings => settings.get(),
    update(patch: ParsedInput<'settings:update'>): Settings {
      if (patch.activePlanId && !plans.get(patch.activePlanId)) {
        throw new AppError('not_found', `Plan ${patch.activePlanId} does not exist`);
      }
      return announce(settings.update(patch));
    },
    /** For changes made by another service (finishing or skipping the wizard). */
    announce: (): Settings => announce(settings.get())
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;

/** The screen the address names (`#plan`), so a reload or a bookmark opens the same screen. */
import { VIEWS, type View } from '@shared/model';

export function viewOfAddress(): View | undefined {
  const name = (window.location.hash ?? '').slice(1);
  return VIEWS.find((view) => view === name);
}

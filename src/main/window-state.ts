/** The main window's size, position and maximised state, remembered between runs. Plain Node. */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Where and how big to open the window; no position means "let the system centre it". */
export interface WindowPlacement {
  bounds: Pick<Rectangle, 'width' | 'height'> & Partial<Pick<Rectangle, 'x' | 'y'>>;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1200, height: 820 } as const;
export const MINIMUM_SIZE = { width: 720, height: 520 } as const;

const whole = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: whole, y: whole, width: whole.positive(), height: whole.positive() }),
  maximized: z.boolean()
});

/** The saved state, or undefined when there is none or it is damaged (the window then opens at its default size). */
export function readWindowState(file: string): WindowState | undefined {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // A read-only data folder (said at start): the window simply opens at its default place next time.
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/**
 * Where to open the window so that all of it is on a display that exists now: the display it mostly
 * overlapped, or the primary one (first work area) when it was entirely off-screen (a monitor since
 * unplugged); shrunk to fit that display if needed.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0];
  if (!saved || !primary) return { bounds: { ...DEFAULT_SIZE }, maximized: saved?.maximized ?? false };
  const ranked = workAreas.map((area) => ({ area, shared: overlap(saved.bounds, area) })).sort((a, b) => b.shared - a.shared);
  const best = ranked[0]!;
  const area = best.shared > 0 ? best.area : primary;
  const width = clamp(saved.bounds.width, Math.min(MINIMUM_SIZE.width, area.width), area.width);
  const height = clamp(saved.bounds.height, Math.min(MINIMUM_SIZE.height, area.height), area.height);
  if (best.shared === 0) {
    // Off every display: centre it on the primary one.
    const x = area.x + Math.round((area.width - width) / 2);
    const y = area.y + Math.round((area.height - height) / 2);
    return { bounds: { x, y, width, height }, maximized: saved.maximized };
  }
  const x = clamp(saved.bounds.x, area.x, area.x + area.width - width);
  const y = clamp(saved.bounds.y, area.y, area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

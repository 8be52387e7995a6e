/** The undo toast: the last undoable action, offered for a few seconds and to Ctrl/Cmd+Z. */
import { app } from './app-state.svelte';

const VISIBLE_MS = 8000;

interface Undoable {
  message: string;
  undo: () => Promise<void>;
}

class Toast {
  current = $state<Undoable | null>(null);
  /** Announced politely after an undo, so screen-reader users know it happened. */
  note = $state('');
  private last: Undoable | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  offer(message: string, undo: () => Promise<void>): void {
    this.last = { message, undo };
    this.current = this.last;
    this.note = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.current = null), VISIBLE_MS);
  }

  dismiss(): void {
    this.current = null;
  }

  /** Undoes the last undoable action, from the toast button or the keyboard. */
  async undoLast(restoredMessage: string): Promise<void> {
    const last = this.last;
    if (!last) return;
    this.last = null;
    this.current = null;
    await app.run(last.undo);
    this.note = restoredMessage;
  }
}

export const toast = new Toast();

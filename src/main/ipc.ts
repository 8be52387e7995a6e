import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '@shared/contract';
import type { Result } from '@shared/errors';
import type { Router } from './router';

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'forbidden' } };

/** Binds every contract request to the router, refusing calls from any frame but the app's own page. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  router: Router,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrustedSender(event) ? router.handle(channel, input) : Promise.resolve(FORBIDDEN)
    );
  }
}

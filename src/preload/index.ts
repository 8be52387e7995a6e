/** The only bridge between the sandboxed renderer and main: one function per request, plus `on`. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildResultApi, type PreloadApi, type Subscribe } from '@shared/client';
import { eventNames, type EventName } from '@shared/contract';
import type { Result } from '@shared/errors';

const on: Subscribe = (event, callback) => {
  if (!eventNames.includes(event satisfies EventName)) throw new Error(`Unknown event ${String(event)}`);
  const listener = (_event: IpcRendererEvent, payload: Parameters<typeof callback>[0]) => callback(payload);
  ipcRenderer.on(event, listener);
  return () => {
    ipcRenderer.removeListener(event, listener);
  };
};

const api: PreloadApi = {
  ...buildResultApi((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>),
  on
};

contextBridge.exposeInMainWorld('api', api);

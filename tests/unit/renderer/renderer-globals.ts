/**
 * The few browser globals the renderer's state modules touch, for running them under Node against
 * a real router: `window.api` is a preload built on the router, counting every transport call.
 */
import { vi } from 'vitest';
import { buildResultApi, type PreloadApi } from '../../../src/shared/client';
import type { Core } from '../../../src/main/core';

export interface Transport {
  /** Every channel sent, in order. */
  calls: string[];
  /** Awaited once main has answered and before the answer is handed back, as a slow transport would be. */
  delay?: (channel: string) => Promise<void> | undefined;
}

export function installRenderer(core: Core, language = 'en-GB', hash = ''): Transport {
  const transport: Transport = { calls: [] };
  const preload: PreloadApi = {
    ...buildResultApi(async (channel, input) => {
      transport.calls.push(channel);
      // Through a JSON round trip, as the HTTP transport does.
      const answer = JSON.stringify(await core.router.handle(channel, input));
      await transport.delay?.(channel);
      return JSON.parse(answer) as never;
    }),
    on: () => () => undefined
  };
  vi.stubGlobal('window', { api: preload, location: { search: '', hash }, addEventListener: () => undefined });
  vi.stubGlobal('document', { documentElement: { dataset: {}, lang: '' }, title: '', getElementById: () => null });
  vi.stubGlobal('navigator', { language, languages: [language] });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  return transport;
}

import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../../src/main/core';
import { call, tempDir } from '../../helpers';

describe('show data folder', () => {
  it('opens the data folder in the desktop app, and reports that browser mode cannot', async () => {
    const openPath = vi.fn(async () => true);
    const dataDir = tempDir();
    const desktop = createCore({ dataDir, mode: 'desktop', version: '0.0.0-test', openPath });
    try {
      expect(await call(desktop, 'app:openDataFolder')).toEqual({ opened: true });
      expect(openPath).toHaveBeenCalledWith(dataDir);
      openPath.mockResolvedValueOnce(false);
      expect(await call(desktop, 'app:openDataFolder')).toEqual({ opened: false });
    } finally {
      desktop.close();
    }
    const browser = createCore({ dataDir: tempDir(), mode: 'browser', version: '0.0.0-test' });
    try {
      expect(await call(browser, 'app:openDataFolder')).toEqual({ opened: false });
    } finally {
      browser.close();
    }
  });
});

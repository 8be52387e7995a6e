import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, screen: {}, session: {} }));

import { windowOptions } from '../../../src/main/window';

const ROOT = join(__dirname, '..', '..', '..');
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('packaged app hardening', () => {
  it('flips every security fuse at package time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false
    });
  });

  it('packs the app into an ASAR (integrity validation and only-load-from-ASAR need one)', () => {
    expect(config.asar ?? true).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it('keeps the window on Electron’s security checklist', () => {
    const preferences = windowOptions('/preload.js', 'CAIO Path').webPreferences;
    expect(preferences).toEqual({
      preload: '/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true
    });
  });

  it('serves the renderer under a content security policy with no remote origin', () => {
    const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8');
    const policy = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-(inline|eval)'/);
  });
});

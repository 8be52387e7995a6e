import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimInstance, INSTANCE_FILE } from '../../../../src/main/cli/instance-file';
import { shouldOpenBrowser, wantsHelp, wantsVersion } from '../../../../src/main/cli/launch-options';
import { tempDir } from '../../helpers';

describe('instance file', () => {
  it('lets one process claim a data folder and tells the next one its address', () => {
    const dir = tempDir();
    const first = claimInstance(dir, 1000, () => true);
    expect(first.kind).toBe('claimed');
    expect(claimInstance(dir, 2000, () => true)).toEqual({ kind: 'starting', pid: 1000 });
    if (first.kind !== 'claimed') return;
    first.publish('http://127.0.0.1:4321/?token=abc');
    expect(claimInstance(dir, 2000, () => true)).toEqual({ kind: 'running', pid: 1000, url: 'http://127.0.0.1:4321/?token=abc' });
    if (process.platform !== 'win32') expect(statSync(join(dir, INSTANCE_FILE)).mode & 0o077).toBe(0);
    first.release();
    expect(claimInstance(dir, 2000, () => true).kind).toBe('claimed');
  });

  it('takes over from a process that ended without cleaning up, or a damaged file', () => {
    const dir = tempDir();
    claimInstance(dir, 1000, () => true);
    const next = claimInstance(dir, 2000, (pid) => pid !== 1000);
    expect(next.kind).toBe('claimed');
    expect(JSON.parse(readFileSync(join(dir, INSTANCE_FILE), 'utf8'))).toEqual({ pid: 2000 });
    writeFileSync(join(dir, INSTANCE_FILE), 'not json');
    expect(claimInstance(dir, 3000, () => true).kind).toBe('claimed');
  });

  it('does not release a claim another process has taken since', () => {
    const dir = tempDir();
    const first = claimInstance(dir, 1000, () => true);
    writeFileSync(join(dir, INSTANCE_FILE), JSON.stringify({ pid: 2000, url: 'http://127.0.0.1:1/?token=x' }));
    if (first.kind === 'claimed') first.release();
    expect(claimInstance(dir, 3000, () => true)).toMatchObject({ kind: 'running', pid: 2000 });
  });
});

describe('launch options', () => {
  it('answers --help and --version', () => {
    expect(wantsHelp(['--data-dir', 'x', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsVersion(['--version'])).toBe(true);
    expect(wantsHelp(['--data-dir', 'x'])).toBe(false);
  });

  it('opens a browser only when asked not to is absent, outside CI, and where a display exists', () => {
    const desktop = { DISPLAY: ':0' };
    expect(shouldOpenBrowser([], desktop, 'linux')).toBe(true);
    expect(shouldOpenBrowser(['--no-browser'], desktop, 'linux')).toBe(false);
    expect(shouldOpenBrowser([], { ...desktop, CI: 'true' }, 'linux')).toBe(false);
    expect(shouldOpenBrowser([], {}, 'linux')).toBe(false);
    expect(shouldOpenBrowser([], { WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(shouldOpenBrowser([], {}, 'win32')).toBe(true);
    expect(shouldOpenBrowser([], {}, 'darwin')).toBe(true);
  });
});

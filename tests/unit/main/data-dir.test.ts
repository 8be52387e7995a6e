import { describe, expect, it } from 'vitest';
import { dataDirArgument, defaultDataDir, resolveDataDir } from '../../../src/main/data-dir';

describe('data folder', () => {
  it('prefers --data-dir, then CAIO_PATH_DATA_DIR, then the platform default', () => {
    expect(resolveDataDir(['--data-dir', '/a'], { CAIO_PATH_DATA_DIR: '/b' }, '/c')).toBe('/a');
    expect(resolveDataDir(['--data-dir=/a2'], {}, '/c')).toBe('/a2');
    expect(resolveDataDir([], { CAIO_PATH_DATA_DIR: '/b' }, '/c')).toBe('/b');
    expect(resolveDataDir([], {}, '/c')).toBe('/c');
    expect(dataDirArgument(['--port', '3'])).toBeUndefined();
  });

  it('matches Electron’s userData folder on each platform', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/lea/.config' })).toBe('/home/lea/.config/CAIO Path');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\Karim\\AppData\\Roaming' })).toContain('CAIO Path');
    expect(defaultDataDir('darwin', {})).toMatch(/Library\/Application Support\/CAIO Path$/);
  });
});

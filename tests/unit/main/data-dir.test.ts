import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirArgument, dataDirProblem, defaultDataDir, resolveDataDir } from '../../../src/main/data-dir';
import { tempDir } from '../helpers';

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

  it('finds a data folder that is a file, and a database that is a folder, before opening anything', () => {
    const dir = tempDir();
    expect(dataDirProblem(dir)).toBeUndefined();
    expect(dataDirProblem(join(dir, 'missing'))).toBeUndefined();
    writeFileSync(join(dir, 'file'), 'x');
    expect(dataDirProblem(join(dir, 'file'))).toBe('dataDirIsFile');
    mkdirSync(join(dir, 'data', 'caio-path.db'), { recursive: true });
    expect(dataDirProblem(join(dir, 'data'))).toBe('databaseIsFolder');
  });
});

import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'CAIO_PATH_DATA_DIR';
export const DATABASE_FILE = 'caio-path.db';
const APP_FOLDER = 'CAIO Path';

/** `--data-dir PATH` or `--data-dir=PATH` from a command line, if given. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
    if (arg === '--data-dir') return argv[index + 1];
  }
  return undefined;
}

/** The per-user folder Electron calls `userData`, computed without Electron for browser mode. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** Argument first, then environment variable, then the platform default. */
export function resolveDataDir(argv: readonly string[], env = process.env, fallback = defaultDataDir()): string {
  const chosen = dataDirArgument(argv) ?? env[DATA_DIR_ENV];
  return resolve(chosen && chosen.length > 0 ? chosen : fallback);
}

/** Why a data folder cannot be used at all, found before anything is opened in it. */
export type DataDirProblem = 'dataDirIsFile' | 'databaseIsFolder';

const kindOf = (path: string): 'file' | 'folder' | undefined => {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
};

/** A data folder that is a file, or a database path that is a folder, said as one sentence (`startup.<problem>`), never as a stack trace. */
export function dataDirProblem(dataDir: string): DataDirProblem | undefined {
  if (kindOf(dataDir) === 'file') return 'dataDirIsFile';
  if (kindOf(join(dataDir, DATABASE_FILE)) === 'folder') return 'databaseIsFolder';
  return undefined;
}

/** Browser mode: the same router and renderer, served on 127.0.0.1 for a local browser. Plain Node. */
import { join } from 'node:path';
import { version } from '../../package.json';
import { createCore } from './core';
import { clockFrom } from './clock';
import { DATABASE_FILE, dataDirProblem, resolveDataDir } from './data-dir';
import { NewerDatabaseError } from './db/database';
import { startBrowserServer } from './server/browser-server';
import { createTranslator, environmentLanguage } from './i18n';
import { isPortInUse, openInBrowser, shouldOpenBrowser, wantsHelp, wantsVersion } from './cli/launch-options';
import { claimInstance, type InstanceClaim } from './cli/instance-file';

function argument(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

function portArgument(argv: readonly string[]): number {
  const value = Number(argument(argv, '--port') ?? 0);
  return Number.isInteger(value) && value >= 0 && value < 65536 ? value : 0;
}

const MISSING_REASONS = ['package', 'binary', 'native'] as const;

/** Why `npm start` fell back to browser mode, as `scripts/start.mjs` passes it. */
function electronMissing(argv: readonly string[]): (typeof MISSING_REASONS)[number] | undefined {
  const reason = argument(argv, '--electron-missing');
  return MISSING_REASONS.find((known) => known === reason);
}

/** A read-only data folder cannot hold the instance file; the app still starts and says why at once. */
function claimFolder(dataDir: string): InstanceClaim {
  try {
    return claimInstance(dataDir);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw error;
    return { kind: 'claimed', publish: () => undefined, release: () => undefined };
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const say = createTranslator(environmentLanguage());
  // Like Jupyter: --help and --version answer without touching the data folder.
  if (wantsHelp(argv) || wantsVersion(argv)) {
    console.log(wantsHelp(argv) ? say('cli.usage') : say('cli.version', { version }));
    return;
  }
  const dataDir = resolveDataDir(argv);
  const problem = dataDirProblem(dataDir);
  if (problem) {
    console.error(say(`dialog.${problem}`, { path: problem === 'databaseIsFolder' ? join(dataDir, DATABASE_FILE) : dataDir }));
    process.exitCode = 1;
    return;
  }
  const instance = claimFolder(dataDir);
  if (instance.kind === 'running') {
    console.log(say('cli.alreadyRunning', { pid: String(instance.pid) }));
    console.log(`\n  ${instance.url}\n`);
    return;
  }
  if (instance.kind === 'starting') {
    console.error(say('cli.alreadyStarting', { pid: String(instance.pid) }));
    process.exitCode = 1;
    return;
  }
  // Whatever way this process ends, the next start must not see it as running.
  process.on('exit', () => instance.release());
  let core;
  try {
    core = createCore({ dataDir, mode: 'browser', version, automaticBackups: true, clock: clockFrom(process.env.CAIO_PATH_CLOCK) });
  } catch (error) {
    const t = createTranslator(environmentLanguage());
    if (error instanceof NewerDatabaseError) {
      console.error(t('dialog.newerDatabase', { found: String(error.found), known: String(error.known) }));
    } else {
      console.error(t('dialog.startupFailed', { path: join(dataDir, DATABASE_FILE) }));
      console.error(t('dialog.startupDetails', { reason: String(error) }));
    }
    process.exitCode = 1;
    return;
  }
  const t = createTranslator(core.settings.get().language ?? environmentLanguage());
  let server;
  try {
    server = await startBrowserServer({
      router: core.router,
      events: core.events,
      rendererDir: join(__dirname, '../renderer'),
      port: portArgument(argv)
    });
  } catch (error) {
    core.close();
    if (!isPortInUse(error)) throw error;
    console.error(t('cli.portInUse', { port: String(portArgument(argv)) }));
    process.exitCode = 1;
    return;
  }
  instance.publish(server.url);
  const missing = electronMissing(argv);
  if (missing) console.log(`${t('server.noElectron', { reason: t(`server.electronMissing.${missing}`) })}\n`);
  console.log(t('server.started'));
  console.log(`\n  ${server.url}\n`);
  console.log(t('server.dataDir', { path: core.info.dataDir }));
  console.log(t('server.stop'));
  if (shouldOpenBrowser(argv) && (await openInBrowser(server.url))) console.log(t('cli.opening'));

  // Ctrl+C reaches this process twice under `npm start` (from the terminal and from the wrapper):
  // stop once, and close the database before leaving.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    core.close();
    console.log(t('cli.stopped'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();

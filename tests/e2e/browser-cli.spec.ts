import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { version } from '../../package.json';

const ROOT = join(__dirname, '..', '..');
const START = join(ROOT, 'scripts/start.mjs');
const ENV = { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** `npm start -- …args`, run to completion. */
function run(args: string[], env: NodeJS.ProcessEnv = ENV) {
  return spawnSync(process.execPath, [START, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
}

/** `npm start -- --browser …args` left running; resolves with the address it prints. */
function launch(args: string[]): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, [START, '--browser', '--no-browser', ...args], { cwd: ROOT, env: ENV });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve(match[0]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

test.describe('npm start in browser mode', () => {
  let dataDir = '';
  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'caio-path-cli-'));
  });
  test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('--help prints the usage and --version the version, and both exit without starting a server', () => {
    const help = run(['--help', '--data-dir', dataDir]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm start -- [options]');
    expect(help.stdout).toContain('--no-browser');
    expect(help.stdout).not.toContain('http://');
    const shown = run(['--version']);
    expect(shown.status).toBe(0);
    expect(shown.stdout.trim()).toBe(`CAIO Path ${version}`);
    expect(existsSync(join(dataDir, 'caio-path.db'))).toBe(false);
  });

  test('a second start on the same data folder prints the first one’s address; Ctrl+C closes the database cleanly', async () => {
    const first = launch(['--data-dir', dataDir]);
    const url = await first.url;
    expect(existsSync(join(dataDir, 'browser-instance.json'))).toBe(true);

    const second = run(['--browser', '--no-browser', '--data-dir', dataDir]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('CAIO Path is already running on this data folder');
    expect(second.stdout).toContain(url);

    // The first instance still serves its page after the second one left.
    const response = await fetch(url);
    expect(response.status).toBe(200);

    const code = exited(first.child);
    first.child.kill('SIGINT');
    expect(await code).toBe(0);
    expect(first.output()).toContain('CAIO Path stopped; the database was closed cleanly.');
    // A clean close checkpoints the write-ahead log and removes it, and frees the folder for the next start.
    expect(existsSync(join(dataDir, 'caio-path.db-wal'))).toBe(false);
    expect(existsSync(join(dataDir, 'browser-instance.json'))).toBe(false);

    const third = launch(['--data-dir', dataDir]);
    expect(await third.url).not.toBe(url);
    const thirdCode = exited(third.child);
    third.child.kill('SIGTERM');
    expect(await thirdCode).toBe(0);
  });

  test('a port in use is said in one clear sentence', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port))
    );
    try {
      const result = run(['--browser', '--no-browser', '--port', String(port), '--data-dir', dataDir]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use on 127.0.0.1.`);
      expect(existsSync(join(dataDir, 'browser-instance.json'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  test('a data folder that is a file, or a database that is a folder, is said in one sentence of the person’s language', () => {
    const file = join(dataDir, 'not-a-folder');
    writeFileSync(file, 'x');
    const french = { ...ENV, LANG: 'fr_FR.UTF-8' };
    const stackLine = /^\s+at /m;

    const onFile = run(['--browser', '--no-browser', '--data-dir', file]);
    expect(onFile.status).toBe(1);
    expect(onFile.stderr.trim()).toBe(
      `The data folder ${file} is a file, not a folder. Start CAIO Path with --data-dir set to a folder (it is created if missing), or move the file away.`
    );
    expect(onFile.stderr).not.toMatch(stackLine);
    const onFileFr = run(['--browser', '--no-browser', '--data-dir', file], french);
    expect(onFileFr.stderr).toContain(`Le dossier de données ${file} est un fichier, pas un dossier.`);
    expect(onFileFr.stderr).not.toMatch(stackLine);

    const folder = join(dataDir, 'data');
    mkdirSync(join(folder, 'caio-path.db'), { recursive: true });
    const onFolder = run(['--browser', '--no-browser', '--data-dir', folder], french);
    expect(onFolder.status).toBe(1);
    expect(onFolder.stderr.trim()).toBe(
      `La base de données ${join(folder, 'caio-path.db')} est un dossier, pas un fichier\u00a0: Parcours CAIO ne peut pas l’ouvrir. Déplacez ce dossier, ou lancez l’application avec un autre dossier de données (--data-dir).`
    );
    expect(onFolder.stderr).not.toMatch(/Error|SQLITE|EISDIR/);
    expect(onFolder.stdout).not.toContain('http://');
  });
});

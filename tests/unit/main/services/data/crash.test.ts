import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, tempDir } from '../../../helpers';
import { openCore } from './support';

const KILLS = 200;
let childScript = '';

beforeAll(async () => {
  childScript = join(tempDir(), 'crash-child.cjs');
  await build({
    entryPoints: [join(__dirname, 'crash-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    tsconfig: join(__dirname, '../../../../../tsconfig.node.json'),
    logLevel: 'silent',
    nodePaths: [join(__dirname, '../../../../../node_modules')]
  });
});

/** Runs the writer, kills it after `delay` ms of writing, and returns what it printed. */
function runAndKill(dataDir: string, planId: number, stageId: number, delay: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(planId), String(stageId)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(__dirname, '../../../../../node_modules') }
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = output.length;
      output += chunk.toString();
      if (before === 0 && output.startsWith('READY')) setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`Writer ended on its own: ${errors}`));
      else resolve(output.split('\n'));
    });
  });
}

describe('writes survive crashes without duplicates', () => {
  it(
    `keeps the database sound and every acknowledged write through ${KILLS} SIGKILLs; retried creates never duplicate`,
    { timeout: 300_000 },
    async () => {
      const dataDir = tempDir();
      const setup = openCore(dataDir);
      const plan = await call<{ plan: { id: number } }>(setup, 'plans:create', { name: 'Crash plan' });
      const stage = await call<{ id: number }>(setup, 'stages:create', { planId: plan.plan.id, title: 'Crash stage' });
      setup.close();
      const acknowledged = new Set<string>();
      let unacknowledged = 0;
      for (let kill = 0; kill < KILLS; kill += 1) {
        const lines = await runAndKill(dataDir, plan.plan.id, stage.id, Math.floor(Math.random() * 40));
        const sent = lines.filter((line) => line.startsWith('SENT ')).map((line) => line.slice(5));
        for (const line of lines) if (line.startsWith('ACK ')) acknowledged.add(line.slice(4));
        const last = sent.at(-1);

        const core = openCore(dataDir);
        try {
          expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect((await call<{ notice: unknown }>(core, 'data:status')).notice).toBeNull();
          const titles = new Map<string, number>();
          for (const { title } of core.db.prepare<[], { title: string }>("SELECT title FROM milestones WHERE title LIKE 'Crash %'").all()) {
            titles.set(title, (titles.get(title) ?? 0) + 1);
          }
          for (const requestId of acknowledged) expect(titles.get(`Crash ${requestId}`), `acknowledged ${requestId}`).toBe(1);
          // The renderer retries the request whose reply it never got: one row, whether or not the first try committed.
          if (last) {
            if (!acknowledged.has(last)) unacknowledged += 1;
            const input = { planId: plan.plan.id, stageId: stage.id, title: `Crash ${last}`, kind: 'course', requestId: last };
            const first = await call<{ id: number }>(core, 'milestones:create', input);
            const again = await call<{ id: number }>(core, 'milestones:create', input);
            expect(again.id).toBe(first.id);
            expect(core.db.prepare('SELECT COUNT(*) AS n FROM milestones WHERE title = ?').get(`Crash ${last}`)).toEqual({ n: 1 });
            acknowledged.add(last);
          }
        } finally {
          core.close();
        }
      }
      expect(acknowledged.size).toBeGreaterThan(KILLS);
      // Most kills land mid-request (its reply lost), which is what the retry is for.
      expect(unacknowledged).toBeGreaterThan(KILLS / 2);
    }
  );
});

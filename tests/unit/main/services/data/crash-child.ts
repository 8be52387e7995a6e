/**
 * Run by crash.test.ts in its own process: creates milestones through the router as fast as it can,
 * printing `SENT <requestId>` before each request and `ACK <requestId>` once its reply arrived. The
 * test kills it with SIGKILL at a random moment.
 */
import { randomUUID } from 'node:crypto';
import { createCore } from '../../../../../src/main/core';

async function main(): Promise<void> {
  const [dataDir = '', planId = '0', stageId = '0'] = process.argv.slice(2);
  const core = createCore({ dataDir, mode: 'browser', version: '0.0.0-crash' });
  process.stdout.write('READY\n');
  for (let index = 0; ; index += 1) {
    const requestId = randomUUID();
    process.stdout.write(`SENT ${requestId}\n`);
    const result = await core.router.handle('milestones:create', {
      planId: Number(planId),
      stageId: Number(stageId),
      title: `Crash ${requestId}`,
      kind: 'course',
      requestId
    });
    if (!result.ok) throw new Error(result.error.code);
    // A write with notes too, so kills also land in updates.
    if (index % 3 === 0) {
      const id = (result.value as { id: number }).id;
      await core.router.handle('milestones:update', { milestoneId: id, notes: 'x'.repeat(500) });
    }
    process.stdout.write(`ACK ${requestId}\n`);
  }
}

void main();

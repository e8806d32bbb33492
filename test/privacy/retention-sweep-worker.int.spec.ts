/**
 * The retention sweep runs where the process managers run: in a server deployment that is the
 * worker, on real SQLite here — a data subject past its retention is erased by the worker, the
 * erasure recorded in the log; an API that leaves the process managers to the worker does not sweep.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { rosterStreamId } from '@gongron/domain';
import { loadConfig, RetentionSweep } from '@gongron/application';
import { EVENT_STORE, type EventStore, revealPersonalData } from '@gongron/event-store';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { AppModule } from '../../apps/api/src/app.module.js';
import { AppLogger } from '../../apps/api/src/logging/app-logger.js';
import { eventually } from '../e2e/api-support.js';

const MEMBER_NAME = '김보존';
const auditor = { mayRead: () => true };

describe('the retention sweep in the worker', () => {
  let dataDir: string;
  let worker: INestApplication | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongron-worker-sweep-'));
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const config = (env: Record<string, string> = {}) =>
    loadConfig({
      GONGRON_DATA_DIR: dataDir,
      GONGRON_RUN_RELAY: 'false',
      GONGRON_RETENTION_DAYS: 'member=365',
      GONGRON_RETENTION_SWEEP_MS: '50',
      LOG_LEVEL: 'error',
      ...env,
    });

  it('erases a roster member past the retention of members and records the erasure in the log', async () => {
    // The worker's clock stands 400 days after the member was recorded.
    const later = new Date(Date.now() + 400 * 86_400_000);
    worker = await NestFactory.create(
      WorkerModule.forRoot(config({ GONGRON_RUN_PROCESS_MANAGERS: 'true' }), () => later),
      {
        logger: ['error'],
      },
    );
    await worker.init();
    const store = worker.get<EventStore>(EVENT_STORE);
    const memberId = randomUUID();
    await store.append(
      rosterStreamId('hwaseong', 'civic-council'),
      [
        {
          id: randomUUID(),
          type: 'MemberJoined',
          data: {
            district: 'hwaseong',
            body: 'civic-council',
            memberId,
            name: MEMBER_NAME,
            category: 'student',
            role: 'member',
            termFrom: '2024-03-01',
            termUntil: null,
          },
          metadata: { actor: { id: 'token-secretary-1', role: 'secretary', district: 'hwaseong', body: 'civic-council' } },
        },
      ],
      'no-stream',
    );
    expect(worker.get(RetentionSweep).scheduled).toBe(true);
    const erasures = await eventually(async () => {
      const events = await store.readStream('privacy:erasures');
      expect(events).toHaveLength(1);
      return events;
    }, 20_000);
    expect(erasures[0]!.data).toEqual({
      subject: `member:hwaseong-civic-council/${memberId}`,
      category: 'member',
      reason: 'retention',
      erasedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(erasures[0]!.metadata.actor).toMatchObject({ id: 'system:retention', role: 'system' });
    const [joined] = await store.readStream(rosterStreamId('hwaseong', 'civic-council'));
    expect((await revealPersonalData(joined!, store.subjectKeys, auditor)).data['name']).toBe('[삭제됨]');
    expect(JSON.stringify(erasures)).not.toContain(MEMBER_NAME);
  }, 60_000);

  it('is left to the worker by an API that does not run the process managers', async () => {
    const api = await NestFactory.create(
      AppModule.forRoot(config({ GONGRON_RUN_PROCESS_MANAGERS: 'false', GONGRON_RUN_PROJECTIONS: 'false' }), new AppLogger('error')),
      { logger: false },
    );
    try {
      await api.init();
      expect(api.get(RetentionSweep).scheduled).toBe(false);
    } finally {
      await api.close();
    }
    const embedded = await NestFactory.create(
      AppModule.forRoot(config({ GONGRON_RUN_PROCESS_MANAGERS: 'true', GONGRON_RUN_PROJECTIONS: 'false' }), new AppLogger('error')),
      { logger: false },
    );
    try {
      await embedded.init();
      expect(embedded.get(RetentionSweep).scheduled).toBe(true);
    } finally {
      await embedded.close();
    }
  }, 60_000);
});

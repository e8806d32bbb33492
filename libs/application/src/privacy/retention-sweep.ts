/**
 * The scheduled retention sweep: every GONGRON_RETENTION_SWEEP_MS the installation erases the data
 * subjects past their category's retention (erasure.ts), each erasure recorded in the log. One
 * sweep per installation: it runs in the process that runs the process managers — the worker in
 * a server deployment, the API in the embedded one. A sweep never overlaps the previous one; a
 * failed sweep is logged and the next one tries again.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { GONGRON_CONFIG, type GongronConfig } from '../config.js';
import { OPENED_STORES, type OpenedStores } from '../stores.js';
import { BusinessClock } from '../time/business-clock.js';
import { type ErasureResult, sweepRetention } from './erasure.js';

/** Who the log names as having erased what was past its retention. */
export const RETENTION_SWEEPER = { id: 'system:retention', role: 'system' } as const;

@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Privacy');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(BusinessClock) private readonly clock: BusinessClock,
    @Inject('GONGRON_RUN_PROCESS_MANAGERS') private readonly runsProcessManagers: boolean,
  ) {}

  /** Whether this process sweeps on a schedule. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  onApplicationBootstrap(): void {
    if (!this.runsProcessManagers || this.config.retentionSweepMs <= 0 || !this.stores.store.subjectKeys) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweep().finally(() => (this.running = undefined));
    }, this.config.retentionSweepMs);
    this.timer.unref();
  }

  /** One sweep now: what it erased (nothing when it failed; the failure is logged). */
  async sweep(): Promise<ErasureResult[]> {
    try {
      const erased = await sweepRetention(this.stores.store, this.config.retentionDays, RETENTION_SWEEPER, this.clock.instant());
      if (erased.length > 0) this.logger.log({ msg: 'personal data past its retention erased', subjects: erased.length });
      return erased;
    } catch (error) {
      this.logger.warn({ msg: 'the retention sweep failed; the next one tries again', err: String(error) });
      return [];
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

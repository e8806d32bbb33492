/**
 * The scheduled retention sweep: every GONGRON_RETENTION_SWEEP_MS the API erases the data
 * subjects past their category's retention (privacy/erasure.ts in the application), each erasure
 * recorded in the log. A sweep never overlaps the previous one; a failed sweep is logged and the
 * next one tries again.
 */
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { GONGRON_CONFIG, type GongronConfig, OPENED_STORES, type OpenedStores, sweepRetention } from '@gongron/application';
import { AppLogger } from '../logging/app-logger.js';

@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
    @Inject(OPENED_STORES) private readonly stores: OpenedStores,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.retentionSweepMs <= 0 || !this.stores.store.subjectKeys) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.sweep().finally(() => (this.running = undefined));
    }, this.config.retentionSweepMs);
    this.timer.unref();
  }

  private async sweep(): Promise<void> {
    try {
      const erased = await sweepRetention(this.stores.store, this.config.retentionDays, { id: 'system:retention', role: 'system' }, new Date());
      if (erased.length > 0) this.logger.log({ msg: 'personal data past its retention erased', subjects: erased.length });
    } catch (error) {
      this.logger.warn({ msg: 'the retention sweep failed; the next one tries again', err: String(error) });
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

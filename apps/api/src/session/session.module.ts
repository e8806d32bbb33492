/** Browser sessions, CSRF and one-time sign-in links; the access guard uses the authenticator. */
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { AccessTokenService, GONGRON_CONFIG, type GongronConfig, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import { SessionAuthenticator } from './session.authenticator.js';
import { SessionController } from './session.controller.js';
import { SessionStore } from './session.store.js';

@Module({
  controllers: [SessionController],
  providers: [
    {
      provide: SessionStore,
      useFactory: (sql: SqlDatabase, tokens: AccessTokenService, config: GongronConfig) =>
        new SessionStore(sql, tokens, {
          idleMs: config.sessionIdleMinutes * 60_000,
          maxMs: config.sessionMaxHours * 3_600_000,
          signInLinkMs: config.signInLinkMinutes * 60_000,
        }),
      inject: [SQL_DATABASE, AccessTokenService, GONGRON_CONFIG],
    },
    SessionAuthenticator,
  ],
  exports: [SessionStore, SessionAuthenticator],
})
export class SessionModule implements OnModuleInit {
  constructor(@Inject(SessionStore) private readonly sessions: SessionStore) {}

  onModuleInit(): Promise<void> {
    return this.sessions.ensureSchema();
  }
}

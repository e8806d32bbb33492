/**
 * Builds the API for a configuration. `createApp` returns the configured Nest application,
 * initialised but not yet listening (benchmarks and tests call `listen` themselves);
 * `startApi` also issues the first administrator token when the installation has none and
 * listens — `main.ts` and the e2e suites (port 0, a temporary SQLite file) use it.
 */
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AccessTokenService, type GongronConfig, type IssuedAccessToken } from '@gongron/application';
import { AppModule } from './app.module.js';
import { AppLogger } from './logging/app-logger.js';
import { requestLogging } from './logging/request-logging.middleware.js';
import { ProblemFilter } from './problem/problem.filter.js';
import { refuseDeepJson, refuseUnstorableText } from './request-limits.js';
import { shedLoad } from './shedding/shed-load.js';
import { applySecurity } from './security/security.js';
import { completeOpenApiDocument } from './openapi/contract.js';
import { httpMetrics } from './metrics/http-metrics.js';
import { defaultWebDir, serveWebApp } from './web/web-app.js';

export interface CreateAppOptions {
  readonly logger?: AppLogger;
  /** Where the business clock reads the time (tests run the API at chosen Korean hours). */
  readonly clock?: () => Date;
  /** Register SIGTERM/SIGINT handlers that close the app (main.ts); tests close it themselves. */
  readonly shutdownHooks?: boolean;
  /** Largest accepted JSON body, default 128kb. */
  readonly bodyLimit?: string;
  /** The built web application to serve at `/` (default `GONGRON_WEB_DIR` or ./dist/web); false serves none. */
  readonly webDir?: string | false;
}

export interface RunningApi {
  readonly app: NestExpressApplication;
  /** http://host:port of the listening server. */
  readonly url: string;
  /** Present only when this start created the installation's first administrator token. */
  readonly firstAdminToken?: IssuedAccessToken;
  close(): Promise<void>;
}

export async function createApp(config: GongronConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const logger = options.logger ?? new AppLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger, options.clock), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  // Headers first, so that every answer carries them (a 503 too); then shedding: a refused
  // request costs no logging, routing or parsing.
  applySecurity(app, config);
  const shedding = shedLoad(config.shedding);
  const server = app.getHttpServer() as { once(event: 'close' | 'listening', listener: () => void): unknown };
  server.once('listening', shedding.start);
  server.once('close', shedding.stop);
  app.use(shedding.middleware);
  app.use(httpMetrics());
  app.use(requestLogging(logger));
  app.useBodyParser('json', {
    limit: options.bodyLimit ?? '128kb',
    type: ['application/json', 'application/*+json'],
    verify: refuseDeepJson(),
  });
  app.use(refuseUnstorableText);
  app.useGlobalFilters(new ProblemFilter(logger));
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (options.shutdownHooks) app.enableShutdownHooks();
  const webDir = options.webDir ?? defaultWebDir();
  if (webDir !== false && !serveWebApp(app, webDir)) {
    logger.warn(`The web application is not built (${webDir}/index.html is missing): \`npm run build\` builds it.`, 'WebApp');
  }

  const document = completeOpenApiDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Gongron (공론)')
        .setDescription(
          'Council deliberation and project lifecycles of the Gyeonggi Future Education Cooperation Districts. ' +
            'Every refusal is an application/problem+json body with a stable code.',
        )
        .setVersion('1')
        .addBearerAuth({
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'opaque gr_ token',
          description:
            'An opaque access token, `gr_` followed by 43 base64url characters (256 random bits), issued by an administrator ' +
            '(`POST /admin/tokens` or `tokens create`) and shown once. Not a JWT: it carries nothing and is looked up by its hash. ' +
            'Tokens expire (90 days by default); a refused token answers 401 with `WWW-Authenticate: Bearer`.',
        })
        .addCookieAuth('gongron_session', {
          type: 'apiKey',
          in: 'cookie',
          description: 'Browser session from POST /session; changes also need X-CSRF-Token',
        })
        .build(),
    ),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  await app.init();
  return app;
}

export async function startApi(config: GongronConfig, options: CreateAppOptions = {}): Promise<RunningApi> {
  const app = await createApp(config, options);
  try {
    const firstAdminToken = await app.get(AccessTokenService).createFirstAdminIfNone();
    await app.listen(config.port, config.host);
    const address = (app.getHttpServer() as { address(): { port: number } | string | null }).address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      app,
      url: `http://${host}:${port}`,
      ...(firstAdminToken ? { firstAdminToken } : {}),
      close: () => app.close(),
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

/** Nest's logger over pino: one JSON line per record, with the Nest context as `context`. */
import { Injectable, type LoggerService } from '@nestjs/common';
import { pino, type Logger, type LevelWithSilent } from 'pino';

@Injectable()
export class AppLogger implements LoggerService {
  readonly pino: Logger;

  constructor(level: string = 'info', destination?: NodeJS.WritableStream) {
    this.pino = pino(
      { level: level as LevelWithSilent, base: { service: 'gongron-api' }, timestamp: pino.stdTimeFunctions.isoTime },
      destination ?? pino.destination({ dest: 1, sync: false }),
    );
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  infoWith(message: string, fields: Record<string, unknown>): void {
    this.pino.info(fields, message);
  }
  warnWith(message: string, fields: Record<string, unknown>): void {
    this.pino.warn(fields, message);
  }
  errorWith(message: string, fields: Record<string, unknown>): void {
    this.pino.error(fields, message);
  }

  flush(): void {
    this.pino.flush();
  }

  private write(level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', message: unknown, rest: unknown[]): void {
    // Nest passes the context as the last string argument, and for errors a stack before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = level === 'error' && rest.length >= 2 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (stack) fields.stack = stack;
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}

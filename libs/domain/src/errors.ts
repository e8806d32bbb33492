/**
 * Refusals. Every refusal is a DomainError with a stable code; the application maps `kind` to an
 * HTTP status (transition → 409, rule → 422, invalid → 400, forbidden → 403, not-found → 404).
 */
export type DomainErrorKind = 'transition' | 'rule' | 'invalid' | 'forbidden' | 'not-found';

export interface DomainErrorOptions {
  readonly allowedActions?: readonly string[];
  readonly field?: string;
  readonly details?: Record<string, unknown>;
}

export class DomainError extends Error {
  readonly code: string;
  readonly kind: DomainErrorKind;
  readonly allowedActions?: readonly string[];
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(kind: DomainErrorKind, code: string, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.code = code;
    if (options.allowedActions !== undefined) this.allowedActions = [...options.allowedActions];
    if (options.field !== undefined) this.field = options.field;
    if (options.details !== undefined) this.details = options.details;
  }

  /** JSON-safe form for API responses and logs. */
  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      kind: this.kind,
      message: this.message,
      ...(this.allowedActions !== undefined ? { allowedActions: this.allowedActions } : {}),
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
    };
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function invalid(code: string, field: string, message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('invalid', code, message, { field, ...(details ? { details } : {}) });
}

export function ruleBroken(code: string, message: string, options: DomainErrorOptions = {}): DomainError {
  return new DomainError('rule', code, message, options);
}

export function forbidden(code: string, message: string, options: DomainErrorOptions = {}): DomainError {
  return new DomainError('forbidden', code, message, options);
}

export function notFound(code: string, message: string, options: DomainErrorOptions = {}): DomainError {
  return new DomainError('not-found', code, message, options);
}

export function transitionNotAllowed(
  code: string,
  message: string,
  allowedActions: readonly string[],
  details?: Record<string, unknown>,
): DomainError {
  return new DomainError('transition', code, message, { allowedActions, ...(details ? { details } : {}) });
}

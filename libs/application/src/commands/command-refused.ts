/**
 * A command the application did not carry out, as a typed result: the kind decides the HTTP
 * status, the code is stable, and the field, rule or allowed actions say what to do instead.
 */
export type RefusalKind =
  | 'invalid'
  | 'forbidden'
  | 'not-found'
  | 'transition'
  | 'conflict'
  | 'stale'
  | 'rule'
  | 'idempotency-mismatch'
  /** A body larger than the limit it was sent to (an attachment). */
  | 'too-large'
  /** Content of a type the route does not take (an attachment that is not PDF, HWP, an image…). */
  | 'media-type'
  /** The stored history no longer folds under the current rules: nothing can be decided on it. */
  | 'integrity';

export const REFUSAL_STATUS: Record<RefusalKind, number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  transition: 409,
  conflict: 409,
  stale: 412,
  rule: 422,
  'idempotency-mismatch': 422,
  'too-large': 413,
  'media-type': 415,
  integrity: 409,
};

export interface RefusalOptions {
  readonly field?: string;
  readonly allowedActions?: readonly string[];
  readonly details?: Record<string, unknown>;
  readonly currentRevision?: number;
}

export class CommandRefused extends Error {
  readonly status: number;
  readonly field?: string;
  readonly allowedActions?: readonly string[];
  readonly details?: Record<string, unknown>;
  readonly currentRevision?: number;

  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    message: string,
    options: RefusalOptions = {},
  ) {
    super(message);
    this.name = 'CommandRefused';
    this.status = REFUSAL_STATUS[kind];
    if (options.field !== undefined) this.field = options.field;
    if (options.allowedActions !== undefined) this.allowedActions = [...options.allowedActions];
    if (options.details !== undefined) this.details = options.details;
    if (options.currentRevision !== undefined) this.currentRevision = options.currentRevision;
  }
}

const DOMAIN_KINDS = new Set(['transition', 'rule', 'invalid', 'forbidden', 'not-found']);

interface DomainErrorShape {
  readonly code: string;
  readonly kind: 'transition' | 'rule' | 'invalid' | 'forbidden' | 'not-found';
  readonly message: string;
  readonly field?: string;
  readonly allowedActions?: readonly string[];
  readonly details?: Record<string, unknown>;
}

/** The domain's refusals are recognised by shape, so a second copy of the module still maps. */
export function isDomainErrorLike(error: unknown): error is DomainErrorShape {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    DOMAIN_KINDS.has((error as { kind?: unknown }).kind as string)
  );
}

export function refusalFromDomainError(error: DomainErrorShape, currentRevision?: number): CommandRefused {
  return new CommandRefused(error.kind, error.code, error.message, {
    ...(error.field !== undefined ? { field: error.field } : {}),
    ...(error.allowedActions !== undefined ? { allowedActions: error.allowedActions } : {}),
    ...(error.details !== undefined ? { details: error.details } : {}),
    ...(currentRevision !== undefined ? { currentRevision } : {}),
  });
}

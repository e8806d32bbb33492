/**
 * A refusal as an RFC 9457 problem: a stable machine code, the HTTP status of its class, and
 * where it applies the field or rule and the actions allowed instead.
 */
import { HttpException } from '@nestjs/common';

export interface ProblemFieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly field?: string;
  readonly allowedActions?: readonly string[];
  readonly errors?: readonly ProblemFieldError[];
  readonly [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemType(code: string): string {
  return `urn:gongron:problem:${code.toLowerCase()}`;
}

export function problemBody(
  status: number,
  code: string,
  detail: string,
  extra: Partial<Pick<ProblemBody, 'field' | 'allowedActions' | 'errors'>> & Record<string, unknown> = {},
): ProblemBody {
  const body: Record<string, unknown> = {
    type: problemType(code),
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) body[key] = value;
  return body as ProblemBody;
}

export class ApiProblem extends HttpException {
  readonly problem: ProblemBody;

  constructor(
    status: number,
    code: string,
    detail: string,
    extra: Parameters<typeof problemBody>[3] = {},
    /** Response headers the refusal needs (`WWW-Authenticate`, `Retry-After`). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    const body = problemBody(status, code, detail, extra);
    super(body, status);
    this.problem = body;
  }

  static badRequest(code: string, detail: string, extra?: Parameters<typeof problemBody>[3]): ApiProblem {
    return new ApiProblem(400, code, detail, extra);
  }
  /** 401 with the RFC 6750 challenge; `invalidToken` when a token was presented and refused. */
  static unauthorized(code: string, detail: string, invalidToken = false): ApiProblem {
    const challenge = invalidToken
      ? `Bearer realm="gongron", error="invalid_token", error_description="${detail.replace(/["\\]/g, '')}"`
      : 'Bearer realm="gongron"';
    return new ApiProblem(401, code, detail, {}, { 'WWW-Authenticate': challenge });
  }
  static forbidden(code: string, detail: string, extra?: Parameters<typeof problemBody>[3]): ApiProblem {
    return new ApiProblem(403, code, detail, extra);
  }
  static notFound(code: string, detail: string, extra?: Parameters<typeof problemBody>[3]): ApiProblem {
    return new ApiProblem(404, code, detail, extra);
  }
}

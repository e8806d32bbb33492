/**
 * Request validation: unknown fields refused, every broken constraint named by its field path,
 * and a body that is not a JSON object refused before any class is built from it.
 */
import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { ApiProblem, type ProblemFieldError } from './api-problem.js';

function flatten(errors: readonly ValidationError[], prefix = ''): ProblemFieldError[] {
  const result: ProblemFieldError[] = [];
  for (const error of errors) {
    // A list's entries are named as the domain names them (`indicators[1].importance`), so a page places both refusals alike.
    const field =
      /^\d+$/.test(error.property) && prefix ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      result.push({
        field,
        code:
          constraint === 'whitelistValidation' ? 'FIELD.UNKNOWN' : `FIELD.${constraint.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
        message: constraint === 'whitelistValidation' ? `${field} is not a known field` : message,
      });
    }
    if (error.children && error.children.length > 0) result.push(...flatten(error.children, field));
  }
  return result;
}

@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const fieldErrors = flatten(errors);
        return ApiProblem.badRequest(
          'VALIDATION.FAILED',
          fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'The request is invalid.',
          {
            field: fieldErrors[0]?.field,
            errors: fieldErrors,
          },
        );
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw ApiProblem.badRequest('VALIDATION.BODY_NOT_OBJECT', 'The request body must be a JSON object.', { field: 'body' });
    }
    return super.transform(value, metadata);
  }
}

import { type PipeTransform } from '@nestjs/common';
import { ApiProblem } from '../problem/api-problem.js';
import { ID_PATTERN } from './common.dto.js';

/** A path id the domain could ever have stored; anything else is a 400 naming the parameter. */
export class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!ID_PATTERN.test(value)) {
      throw ApiProblem.badRequest('PATH.INVALID_ID', `${this.name} must match ${ID_PATTERN.source}`, { field: this.name });
    }
    return value;
  }
}

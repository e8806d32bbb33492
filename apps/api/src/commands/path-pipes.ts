/**
 * Path parameters the domain names: a district, a body, a year. Each pipe asks the domain's own
 * catalogue or range and hands the controller the domain's type, so no controller casts a path
 * segment; anything else is a 400 naming the parameter.
 */
import { type PipeTransform } from '@nestjs/common';
import { type BodyCode, bodyCodes, type DistrictCode, isBodyCode, isDistrictCode, YEAR_RANGE, isYear } from '@gongron/domain';
import { ApiProblem } from '../problem/api-problem.js';

export class DistrictPipe implements PipeTransform<string, DistrictCode> {
  transform(value: string): DistrictCode {
    if (!isDistrictCode(value))
      throw ApiProblem.badRequest('PATH.INVALID_DISTRICT', 'district must be one of the 31 district codes, such as suwon', {
        field: 'district',
      });
    return value;
  }
}

export class BodyPipe implements PipeTransform<string, BodyCode> {
  transform(value: string): BodyCode {
    if (!isBodyCode(value))
      throw ApiProblem.badRequest('PATH.INVALID_BODY', `body must be one of ${bodyCodes.join(', ')}`, { field: 'body' });
    return value;
  }
}

export class YearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!isYear(year))
      throw ApiProblem.badRequest('PATH.INVALID_YEAR', `year must be a year from ${YEAR_RANGE.from} to ${YEAR_RANGE.until}`, {
        field: 'year',
      });
    return year;
  }
}

import { isDistrictCode } from '@gongron/domain';

export function isKnownDistrict(code: string): boolean {
  return isDistrictCode(code);
}

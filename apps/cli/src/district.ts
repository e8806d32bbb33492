/**
 * A district as an administrator types it: the code (`suwon`), the Korean name with or without
 * 시/군 (`수원`, `수원시`) or the romanized name (`Suwon`). Anything else is refused with the list.
 */
import { districts } from '@gongron/domain';

export class UnknownDistrictError extends Error {
  constructor(readonly given: string) {
    super(
      `Unknown district "${given}" (알 수 없는 시·군). Use a code or a Korean name:\n` +
        districts.map((d) => `  ${d.code.padEnd(12)} ${d.name}`).join('\n'),
    );
    this.name = 'UnknownDistrictError';
  }
}

export function resolveDistrict(given: string): string {
  const wanted = given.trim().normalize('NFC');
  const lower = wanted.toLowerCase();
  const found = districts.find(
    (d) => d.code === lower || d.romanizedName.toLowerCase() === lower || d.name === wanted || d.name.slice(0, -1) === wanted,
  );
  if (!found) throw new UnknownDistrictError(given);
  return found.code;
}

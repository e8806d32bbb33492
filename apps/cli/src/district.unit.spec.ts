import { resolveDistrict, UnknownDistrictError } from './district.js';

describe('a district given on the command line', () => {
  it.each([
    ['suwon', 'suwon'],
    ['수원', 'suwon'],
    ['수원시', 'suwon'],
    ['Suwon', 'suwon'],
    ['양평군', 'yangpyeong'],
    ['양평', 'yangpyeong'],
  ])('understands %s as %s', (given, code) => {
    expect(resolveDistrict(given)).toBe(code);
  });

  it('refuses anything else, listing every code with its Korean name', () => {
    expect(() => resolveDistrict('서울')).toThrow(UnknownDistrictError);
    try {
      resolveDistrict('서울');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('"서울"');
      expect(message).toMatch(/suwon\s+수원시/);
      expect(message).toMatch(/yeoncheon\s+연천군/);
    }
  });
});

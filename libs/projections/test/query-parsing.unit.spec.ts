import { ReadQueryError, csvField, parseAsOf, parsePage } from '../src/index.js';

describe('asOf', () => {
  it('reads a date as the end of that day in Korea', () => {
    expect(parseAsOf('2024-03-15').toISOString()).toBe('2024-03-15T14:59:59.999Z');
  });
  it('reads an instant as given', () => {
    expect(parseAsOf('2024-03-15T01:02:03.004Z').toISOString()).toBe('2024-03-15T01:02:03.004Z');
  });
  it.each(['2024-02-30', '15/03/2024', 'yesterday', '2024-13-01'])('refuses %s naming the field', (value) => {
    expect(() => parseAsOf(value)).toThrow(ReadQueryError);
    try {
      parseAsOf(value);
    } catch (error) {
      expect((error as ReadQueryError).field).toBe('asOf');
      expect((error as ReadQueryError).kind).toBe('invalid');
    }
  });
});

describe('pagination', () => {
  it('defaults and bounds', () => {
    expect(parsePage(undefined, undefined)).toEqual({ limit: 50, offset: 0 });
    expect(parsePage('500', '20')).toEqual({ limit: 500, offset: 20 });
    expect(() => parsePage('501', undefined)).toThrow(/limit/);
    expect(() => parsePage('0', undefined)).toThrow(/limit/);
    expect(() => parsePage(undefined, '-1')).toThrow(/offset/);
  });
});

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('마을학교')).toBe('마을학교');
    expect(csvField(null)).toBe('');
  });
});

import stringWidth from 'string-width';
import { formatTable } from './table.js';

describe('CLI tables', () => {
  it('align every column by display width, Hangul counting two columns', () => {
    const table = formatTable(
      ['name', 'district', 'status'],
      [
        ['수원 간사', 'suwon', 'active'],
        ['auditor', 'hwaseong', 'revoked'],
        ['화성시 교육지원청 담당', 'hwaseong', 'active'],
      ],
    );
    const lines = table.split('\n');
    // The third column starts at the same display column on every line.
    const starts = lines.map((line) => {
      const at = line.search(/(active|revoked|status)$/);
      return stringWidth(line.slice(0, at));
    });
    expect(new Set(starts).size).toBe(1);
    expect(stringWidth('화성시 교육지원청 담당')).toBe(22);
    expect(lines[0]!.indexOf('district')).toBe(stringWidth('화성시 교육지원청 담당') + 2);
  });
});

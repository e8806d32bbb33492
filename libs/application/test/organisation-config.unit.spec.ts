/**
 * GONGRON_ORGANISATION_FILE at start: unset, the default regions; a file that holds is taken; a
 * file that is not JSON, or whose regions leave a district out, stops the start with each
 * problem named.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@gongron/application';
import { defaultOrganisation, defaultRegions, localBodyName } from '@gongron/domain';

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('the organisation file at start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-organisation-config-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the default organisation when unset', () => {
    expect(loadConfig({}).organisation).toBe(defaultOrganisation);
  });

  it("takes a file that holds: a district's own names", () => {
    const path = file('ok.json', JSON.stringify({ districts: { paju: { bodyNames: { 'working-council': '파주 교육협력 실무협의회' } } } }));
    const organisation = loadConfig({ GONGRON_ORGANISATION_FILE: path }).organisation;
    expect(organisation.regions).toEqual(defaultRegions);
    expect(localBodyName(organisation, 'paju', 'working-council')).toBe('파주 교육협력 실무협의회');
  });

  it('refuses to start on a file that is not JSON, is missing, or leaves a district out of every region', () => {
    expect(problemsOf({ GONGRON_ORGANISATION_FILE: file('bad.json', '{ regions: ') })).toEqual([
      expect.stringMatching(/^GONGRON_ORGANISATION_FILE=.*bad\.json: not readable JSON/),
    ]);
    expect(problemsOf({ GONGRON_ORGANISATION_FILE: join(dir, 'absent.json') })).toEqual([
      expect.stringMatching(/^GONGRON_ORGANISATION_FILE=.*absent\.json: no readable file there/),
    ]);
    const withoutYeoju = defaultRegions.map((region) => ({ ...region, districts: region.districts.filter((d) => d !== 'yeoju') }));
    expect(problemsOf({ GONGRON_ORGANISATION_FILE: file('gap.json', JSON.stringify({ regions: withoutYeoju })) })).toEqual([
      'GONGRON_ORGANISATION_FILE regions: district yeoju is in no region (every district is in exactly one)',
    ]);
  });
});

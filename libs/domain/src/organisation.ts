/**
 * How the province organises its districts, which the plan leaves to configuration: the regional
 * networks (6개 권역별 협의회) and which district is in which, the names a district gives its own
 * bodies ("지역에 따라 다른 명칭 및 유형으로 운영"), and the civic councils of a district that has
 * more than one ("권역 또는 교육 영역(분야) 등으로 구성"). The installation reads it once at start
 * (GONGRON_ORGANISATION_FILE, see docs/organisation.md) and refuses to start when it does not hold.
 */
import { type BodyCode, bodies, bodyCodes, type DistrictCode, districtCodes, isBodyCode, isDistrictCode } from './catalogs.js';
import { DomainError } from './errors.js';
import { TEXT_LIMITS } from './limits.js';
import { rule } from './rules.js';

export interface Region {
  /** Stable code, lower-case letters, digits and hyphens. */
  readonly code: string;
  readonly name: string;
  readonly englishName: string;
  readonly districts: readonly DistrictCode[];
}

export interface CivicCouncil {
  /** Stable code within the district, recorded on items and tokens. */
  readonly code: string;
  readonly name: string;
}

/** A district's own ways: its names for the bodies, and its civic councils (the first is the default). */
export interface DistrictOrganisation {
  readonly bodyNames: Readonly<Partial<Record<BodyCode, string>>>;
  readonly civicCouncils: readonly CivicCouncil[];
}

export interface Organisation {
  readonly regions: readonly Region[];
  readonly districts: Readonly<Partial<Record<DistrictCode, DistrictOrganisation>>>;
}

/**
 * The default grouping into six regions, by geography and so that the districts one education
 * support office serves stay together; a province that groups them otherwise says so in its file.
 */
export const defaultRegions: readonly Region[] = Object.freeze([
  {
    code: 'south-central',
    name: '남부 중앙권',
    englishName: 'South central',
    districts: ['suwon', 'yongin', 'hwaseong', 'osan', 'pyeongtaek', 'anseong'],
  },
  { code: 'south-west', name: '남부 서해안권', englishName: 'South west coast', districts: ['ansan', 'siheung', 'bucheon', 'gwangmyeong'] },
  {
    code: 'south-inner',
    name: '남부 내륙권',
    englishName: 'South inland',
    districts: ['seongnam', 'anyang', 'gwacheon', 'gunpo', 'uiwang'],
  },
  { code: 'east', name: '동부권', englishName: 'East', districts: ['gwangju', 'hanam', 'icheon', 'yeoju', 'yangpyeong', 'gapyeong'] },
  { code: 'north-west', name: '북서부권', englishName: 'North west', districts: ['goyang', 'paju', 'gimpo'] },
  {
    code: 'north-east',
    name: '북동부권',
    englishName: 'North east',
    districts: ['uijeongbu', 'yangju', 'dongducheon', 'pocheon', 'yeoncheon', 'namyangju', 'guri'],
  },
]);

export const defaultOrganisation: Organisation = Object.freeze({ regions: defaultRegions, districts: {} });

/** The code of a district's civic council where the district has only the one (and of items recorded before councils were named). */
export const DEFAULT_CIVIC_COUNCIL = 'main';

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function name(value: unknown, path: string, problems: string[]): string {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > TEXT_LIMITS.label) {
    problems.push(`${path}: expected a name of 1 to ${TEXT_LIMITS.label} characters`);
    return '';
  }
  return value.trim();
}

function code(value: unknown, path: string, problems: string[]): string {
  if (typeof value !== 'string' || !CODE.test(value)) {
    problems.push(`${path}: expected a code of lower-case letters, digits and hyphens (at most 40)`);
    return '';
  }
  return value;
}

function regionsOf(value: unknown, problems: string[]): Region[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push('regions: expected a list of regions, each with code, name, englishName and districts');
    return [];
  }
  const regions = value.map((entry: unknown, index): Region => {
    const path = `regions[${index}]`;
    if (!isRecord(entry)) {
      problems.push(`${path}: expected an object with code, name, englishName and districts`);
      return { code: '', name: '', englishName: '', districts: [] };
    }
    const listed = Array.isArray(entry.districts) ? entry.districts : [];
    if (!Array.isArray(entry.districts)) problems.push(`${path}.districts: expected a list of district codes`);
    const districts = listed.filter((district: unknown, at): district is DistrictCode => {
      if (isDistrictCode(district)) return true;
      problems.push(`${path}.districts[${at}]: "${String(district)}" is not one of the 31 district codes`);
      return false;
    });
    return {
      code: code(entry.code, `${path}.code`, problems),
      name: name(entry.name, `${path}.name`, problems),
      englishName: name(entry.englishName, `${path}.englishName`, problems),
      districts,
    };
  });
  const seenCodes = new Set<string>();
  for (const region of regions) {
    if (region.code !== '' && seenCodes.has(region.code)) problems.push(`regions: the code "${region.code}" is given twice`);
    seenCodes.add(region.code);
  }
  for (const district of districtCodes) {
    const holding = regions.filter((region) => region.districts.includes(district)).map((region) => region.code);
    if (holding.length === 0) problems.push(`regions: district ${district} is in no region (every district is in exactly one)`);
    if (holding.length > 1)
      problems.push(`regions: district ${district} is in ${holding.length} regions (${holding.join(', ')}); it belongs in exactly one`);
  }
  return regions;
}

function districtOrganisation(district: string, value: unknown, problems: string[]): DistrictOrganisation {
  const path = `districts.${district}`;
  if (!isRecord(value)) {
    problems.push(`${path}: expected an object with bodyNames and/or civicCouncils`);
    return { bodyNames: {}, civicCouncils: [] };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'bodyNames' && key !== 'civicCouncils') problems.push(`${path}.${key}: unknown setting (bodyNames, civicCouncils)`);
  }
  const bodyNames: Partial<Record<BodyCode, string>> = {};
  if (value.bodyNames !== undefined) {
    if (!isRecord(value.bodyNames)) problems.push(`${path}.bodyNames: expected an object of body code → name`);
    else
      for (const [body, given] of Object.entries(value.bodyNames)) {
        if (!isBodyCode(body)) problems.push(`${path}.bodyNames.${body}: expected one of ${bodyCodes.join(', ')}`);
        else bodyNames[body] = name(given, `${path}.bodyNames.${body}`, problems);
      }
  }
  const civicCouncils: CivicCouncil[] = [];
  if (value.civicCouncils !== undefined) {
    if (!Array.isArray(value.civicCouncils) || value.civicCouncils.length === 0) {
      problems.push(`${path}.civicCouncils: expected a list of at least one civic council, each with code and name`);
    } else
      value.civicCouncils.forEach((entry: unknown, index) => {
        const at = `${path}.civicCouncils[${index}]`;
        if (!isRecord(entry)) {
          problems.push(`${at}: expected an object with code and name`);
          return;
        }
        const council = { code: code(entry.code, `${at}.code`, problems), name: name(entry.name, `${at}.name`, problems) };
        if (civicCouncils.some((other) => other.code === council.code)) problems.push(`${at}.code: "${council.code}" is given twice`);
        civicCouncils.push(council);
      });
  }
  return { bodyNames, civicCouncils };
}

/** The organisation a configuration file describes, or every way it does not hold (each naming its place). */
export function parseOrganisation(input: unknown): { readonly organisation: Organisation } | { readonly problems: readonly string[] } {
  const problems: string[] = [];
  if (!isRecord(input)) return { problems: ['expected an object with regions and districts'] };
  for (const key of Object.keys(input))
    if (key !== 'regions' && key !== 'districts') problems.push(`${key}: unknown setting (regions, districts)`);
  const regions = input.regions === undefined ? [...defaultRegions] : regionsOf(input.regions, problems);
  const districts: Partial<Record<DistrictCode, DistrictOrganisation>> = {};
  if (input.districts !== undefined) {
    if (!isRecord(input.districts)) problems.push('districts: expected an object of district code → its settings');
    else
      for (const [district, settings] of Object.entries(input.districts)) {
        if (!isDistrictCode(district)) problems.push(`districts.${district}: not one of the 31 district codes`);
        else districts[district] = districtOrganisation(district, settings, problems);
      }
  }
  return problems.length > 0 ? { problems } : { organisation: { regions, districts } };
}

/** The region a district is in (a valid organisation has exactly one). */
export function regionOf(organisation: Organisation, district: DistrictCode): Region {
  const region = organisation.regions.find((candidate) => candidate.districts.includes(district));
  if (!region) throw new RangeError(`district ${district} is in no region`);
  return region;
}

/** What a district calls one of its bodies: its own name where it gives one, else the plan's. */
export function localBodyName(organisation: Organisation, district: DistrictCode, body: BodyCode): string {
  return organisation.districts[district]?.bodyNames[body] ?? bodies.find((candidate) => candidate.code === body)!.name;
}

/** A district's civic councils; a district that names none has the one, under its (local or standard) name. */
export function civicCouncilsOf(organisation: Organisation, district: DistrictCode): readonly CivicCouncil[] {
  const configured = organisation.districts[district]?.civicCouncils ?? [];
  if (configured.length > 0) return configured;
  return [{ code: DEFAULT_CIVIC_COUNCIL, name: localBodyName(organisation, district, 'civic-council') }];
}

/**
 * The civic council a recorded code means: an item or token without one (recorded before a
 * district had several, or a district with one) belongs to the district's first council.
 */
export function civicCouncilCode(organisation: Organisation, district: DistrictCode, council: string | null | undefined): string {
  return council ?? civicCouncilsOf(organisation, district)[0]!.code;
}

/** A civic council's name by its code (null or none: the district's default council). */
export function civicCouncilName(organisation: Organisation, district: DistrictCode, council: string | null | undefined): string {
  const code = civicCouncilCode(organisation, district, council);
  return civicCouncilsOf(organisation, district).find((candidate) => candidate.code === code)?.name ?? code;
}

/**
 * The civic council as a roster's or a meeting's stream records it: null for the district's default
 * (first) council and for the other bodies, whose streams keep their plain ids; the code otherwise.
 */
export function councilOfRecord(
  organisation: Organisation,
  district: DistrictCode,
  body: BodyCode,
  council: string | null | undefined,
): string | null {
  if (body !== 'civic-council') return null;
  const code = civicCouncilCode(organisation, district, council);
  return code === civicCouncilsOf(organisation, district)[0]!.code ? null : code;
}

/** What a council's refusal is about: an item at its proposal stage, a council's roster, or one of its meetings. */
export type CivicCouncilSubject = 'item' | 'roster' | 'meeting';

const subjectNames: Readonly<Record<CivicCouncilSubject, { readonly ko: string; readonly en: string }>> = {
  item: { ko: '제안 단계의 이 안건', en: 'This item, at its proposal stage,' },
  roster: { ko: '이 위원 명단', en: 'This roster' },
  meeting: { ko: '이 회의', en: 'This meeting' },
};

export interface CivicCouncilFacts {
  readonly district: DistrictCode;
  /** The council the item was proposed in (null: recorded without one). */
  readonly itemCouncil: string | null | undefined;
}

export interface CivicCouncilActor {
  /** The council the secretary's token is for (undefined: the district's default). */
  readonly council: string | null | undefined;
  /** What is refused (default: an item). */
  readonly subject?: CivicCouncilSubject;
}

/**
 * The rules of a district's civic councils: an item is proposed in one of the district's councils,
 * and at the proposal stage only that council's secretary acts on it.
 */
export const civicCouncilRules = {
  knownCouncil: rule<Organisation, CivicCouncilFacts>(['CIVIC_COUNCIL.UNKNOWN'], (organisation, { district, itemCouncil }) => {
    const councils = civicCouncilsOf(organisation, district);
    const code = civicCouncilCode(organisation, district, itemCouncil);
    if (councils.some((council) => council.code === code)) return undefined;
    return new DomainError('invalid', 'CIVIC_COUNCIL.UNKNOWN', `district ${district} has no civic council "${code}"`, {
      field: 'data.council',
      details: {
        district,
        council: code,
        councils: councils.map((council) => council.code),
        councilList: councils.map((council) => `${council.name} (${council.code})`).join(', '),
      },
    });
  }),
  ownCouncil: rule<Organisation, CivicCouncilFacts & CivicCouncilActor>(
    ['CIVIC_COUNCIL.OTHER_COUNCIL'],
    (organisation, { district, itemCouncil, council, subject = 'item' }) => {
      const items = civicCouncilCode(organisation, district, itemCouncil);
      const secretarys = civicCouncilCode(organisation, district, council);
      if (items === secretarys) return undefined;
      const named = (code: string) => civicCouncilName(organisation, district, code);
      return new DomainError(
        'forbidden',
        'CIVIC_COUNCIL.OTHER_COUNCIL',
        `${subjectNames[subject].en.replace(/,$/, '')} is before the civic council ${named(items)}; the secretary acts for ${named(secretarys)}`,
        {
          field: 'council',
          details: {
            itemCouncil: items,
            council: secretarys,
            itemCouncilName: named(items),
            councilName: named(secretarys),
            subject: subjectNames[subject].ko,
            subjectEn: subjectNames[subject].en,
          },
        },
      );
    },
  ),
} as const;

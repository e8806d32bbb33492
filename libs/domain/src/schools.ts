/**
 * Schools (학교) as configuration: each with a stable id, its name, its level (초·중·고) and the
 * district it belongs to. A call for schools (공모) takes applications only from the schools of
 * its project's district. The default set below covers a few districts; an installation adds its
 * own (GONGRON_SCHOOLS_FILE, a JSON list of the same shape) through `schoolCatalog`, and a school
 * configured with the id of a default one replaces it.
 */
import { type DistrictCode, isDistrictCode } from './catalogs.js';
import { invalid } from './errors.js';
import { ID_PATTERN, TEXT_LIMITS } from './limits.js';

export const schoolLevels = ['elementary', 'middle', 'high'] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

export const schoolLevelNames: Readonly<Record<SchoolLevel, { readonly ko: string; readonly en: string }>> = {
  elementary: { ko: '초등학교', en: 'Elementary school' },
  middle: { ko: '중학교', en: 'Middle school' },
  high: { ko: '고등학교', en: 'High school' },
};

export interface School {
  /** Stable id stored in events, e.g. 'suwon-maetan-es'. */
  readonly schoolId: string;
  readonly name: string;
  readonly level: SchoolLevel;
  readonly district: DistrictCode;
}

const school = (schoolId: string, name: string, level: SchoolLevel, district: DistrictCode): School =>
  Object.freeze({ schoolId, name, level, district });

/** The schools every installation knows without configuration. */
export const defaultSchools: readonly School[] = Object.freeze([
  school('suwon-maetan-es', '수원매탄초등학교', 'elementary', 'suwon'),
  school('suwon-yeongtong-es', '수원영통초등학교', 'elementary', 'suwon'),
  school('suwon-gwanggyo-es', '수원광교초등학교', 'elementary', 'suwon'),
  school('suwon-yulcheon-ms', '수원율천중학교', 'middle', 'suwon'),
  school('suwon-maetan-ms', '수원매탄중학교', 'middle', 'suwon'),
  school('suwon-suseong-hs', '수원수성고등학교', 'high', 'suwon'),
  school('suwon-changhyeon-hs', '수원창현고등학교', 'high', 'suwon'),
  school('hwaseong-dongtan-es', '화성동탄초등학교', 'elementary', 'hwaseong'),
  school('hwaseong-byeongjeom-ms', '화성병점중학교', 'middle', 'hwaseong'),
  school('hwaseong-bongdam-hs', '화성봉담고등학교', 'high', 'hwaseong'),
  school('osan-osan-es', '오산초등학교', 'elementary', 'osan'),
  school('osan-seongho-ms', '오산성호중학교', 'middle', 'osan'),
  school('goyang-ilsan-es', '고양일산초등학교', 'elementary', 'goyang'),
  school('goyang-baekseok-ms', '고양백석중학교', 'middle', 'goyang'),
  school('goyang-hwajeong-hs', '고양화정고등학교', 'high', 'goyang'),
]);

/** The schools an installation knows: by id, and per district in the order configured. */
export interface SchoolCatalog {
  readonly schools: readonly School[];
  schoolOf(schoolId: string): School | undefined;
  schoolsOf(district: DistrictCode): readonly School[];
}

/** The default schools with the configured ones added (a configured id replaces the default of that id). */
export function schoolCatalog(configured: readonly School[] = []): SchoolCatalog {
  const byId = new Map<string, School>();
  for (const entry of [...defaultSchools, ...configured]) byId.set(entry.schoolId, entry);
  const schools = Object.freeze([...byId.values()]);
  return {
    schools,
    schoolOf: (schoolId) => byId.get(schoolId),
    schoolsOf: (district) => schools.filter((entry) => entry.district === district),
  };
}

/**
 * Reads configured schools (a JSON list of `{ schoolId, name, level, district }`), refusing the
 * first entry that is not one, by its place in the list.
 */
export function parseSchools(value: unknown, path = 'schools'): School[] {
  if (!Array.isArray(value)) throw invalid('CONFIG.SCHOOLS_INVALID', path, `${path} must be a list of schools`);
  return value.map((entry: unknown, index) => {
    const at = `${path}[${index}]`;
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const { schoolId, name, level, district } = record;
    if (typeof schoolId !== 'string' || !ID_PATTERN.test(schoolId)) {
      throw invalid('CONFIG.SCHOOLS_INVALID', `${at}.schoolId`, `${at}.schoolId must be an id`);
    }
    if (typeof name !== 'string' || name.trim() === '' || name.length > TEXT_LIMITS.label) {
      throw invalid('CONFIG.SCHOOLS_INVALID', `${at}.name`, `${at}.name must be a school's name (at most ${TEXT_LIMITS.label})`);
    }
    if (!(schoolLevels as readonly unknown[]).includes(level)) {
      throw invalid('CONFIG.SCHOOLS_INVALID', `${at}.level`, `${at}.level must be one of ${schoolLevels.join(', ')}`);
    }
    if (!isDistrictCode(district)) {
      throw invalid('CONFIG.SCHOOLS_INVALID', `${at}.district`, `${at}.district must be one of the 31 district codes`);
    }
    return school(schoolId, name, level as SchoolLevel, district);
  });
}

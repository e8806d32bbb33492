/**
 * Catalogs from the 2024 basic plan: the 31 districts (시·군), the 25 education support offices
 * (교육지원청) and the districts each serves, the three bodies, the 3 goals and 9 tasks.
 * Codes are stable identifiers stored in events; never rename one.
 */

export const districtCodes = [
  'suwon',
  'seongnam',
  'goyang',
  'yongin',
  'bucheon',
  'ansan',
  'anyang',
  'gwacheon',
  'namyangju',
  'guri',
  'pyeongtaek',
  'uijeongbu',
  'siheung',
  'paju',
  'gimpo',
  'gwangmyeong',
  'hwaseong',
  'osan',
  'gwangju',
  'hanam',
  'gunpo',
  'uiwang',
  'yangju',
  'dongducheon',
  'icheon',
  'anseong',
  'pocheon',
  'yeoju',
  'gapyeong',
  'yangpyeong',
  'yeoncheon',
] as const;
export type DistrictCode = (typeof districtCodes)[number];

export const educationSupportOfficeCodes = [
  'suwon',
  'seongnam',
  'goyang',
  'yongin',
  'bucheon',
  'ansan',
  'anyang-gwacheon',
  'guri-namyangju',
  'pyeongtaek',
  'uijeongbu',
  'siheung',
  'paju',
  'gimpo',
  'gwangmyeong',
  'hwaseong-osan',
  'gwangju-hanam',
  'gunpo-uiwang',
  'dongducheon-yangju',
  'icheon',
  'anseong',
  'pocheon',
  'yeoju',
  'gapyeong',
  'yangpyeong',
  'yeoncheon',
] as const;
export type EducationSupportOfficeCode = (typeof educationSupportOfficeCodes)[number];

/** 시 (city, headed by 시장) or 군 (county, headed by 군수). */
export type DistrictKind = 'city' | 'county';

export interface District {
  readonly code: DistrictCode;
  /** e.g. 수원시 */
  readonly name: string;
  /** e.g. Suwon */
  readonly romanizedName: string;
  readonly kind: DistrictKind;
  readonly office: EducationSupportOfficeCode;
}

export interface EducationSupportOffice {
  readonly code: EducationSupportOfficeCode;
  /** Short name as the plan uses it, e.g. 화성오산 */
  readonly shortName: string;
  /** Full name, e.g. 경기도화성오산교육지원청 */
  readonly name: string;
  readonly districts: readonly DistrictCode[];
}

const d = (code: DistrictCode, name: string, romanizedName: string, office: EducationSupportOfficeCode): District => ({
  code,
  name,
  romanizedName,
  kind: name.endsWith('군') ? 'county' : 'city',
  office,
});

export const districts: readonly District[] = Object.freeze([
  d('suwon', '수원시', 'Suwon', 'suwon'),
  d('seongnam', '성남시', 'Seongnam', 'seongnam'),
  d('goyang', '고양시', 'Goyang', 'goyang'),
  d('yongin', '용인시', 'Yongin', 'yongin'),
  d('bucheon', '부천시', 'Bucheon', 'bucheon'),
  d('ansan', '안산시', 'Ansan', 'ansan'),
  d('anyang', '안양시', 'Anyang', 'anyang-gwacheon'),
  d('gwacheon', '과천시', 'Gwacheon', 'anyang-gwacheon'),
  d('namyangju', '남양주시', 'Namyangju', 'guri-namyangju'),
  d('guri', '구리시', 'Guri', 'guri-namyangju'),
  d('pyeongtaek', '평택시', 'Pyeongtaek', 'pyeongtaek'),
  d('uijeongbu', '의정부시', 'Uijeongbu', 'uijeongbu'),
  d('siheung', '시흥시', 'Siheung', 'siheung'),
  d('paju', '파주시', 'Paju', 'paju'),
  d('gimpo', '김포시', 'Gimpo', 'gimpo'),
  d('gwangmyeong', '광명시', 'Gwangmyeong', 'gwangmyeong'),
  d('hwaseong', '화성시', 'Hwaseong', 'hwaseong-osan'),
  d('osan', '오산시', 'Osan', 'hwaseong-osan'),
  d('gwangju', '광주시', 'Gwangju', 'gwangju-hanam'),
  d('hanam', '하남시', 'Hanam', 'gwangju-hanam'),
  d('gunpo', '군포시', 'Gunpo', 'gunpo-uiwang'),
  d('uiwang', '의왕시', 'Uiwang', 'gunpo-uiwang'),
  d('yangju', '양주시', 'Yangju', 'dongducheon-yangju'),
  d('dongducheon', '동두천시', 'Dongducheon', 'dongducheon-yangju'),
  d('icheon', '이천시', 'Icheon', 'icheon'),
  d('anseong', '안성시', 'Anseong', 'anseong'),
  d('pocheon', '포천시', 'Pocheon', 'pocheon'),
  d('yeoju', '여주시', 'Yeoju', 'yeoju'),
  d('gapyeong', '가평군', 'Gapyeong', 'gapyeong'),
  d('yangpyeong', '양평군', 'Yangpyeong', 'yangpyeong'),
  d('yeoncheon', '연천군', 'Yeoncheon', 'yeoncheon'),
]);

const officeShortNames: Readonly<Record<EducationSupportOfficeCode, string>> = {
  suwon: '수원',
  seongnam: '성남',
  goyang: '고양',
  yongin: '용인',
  bucheon: '부천',
  ansan: '안산',
  'anyang-gwacheon': '안양과천',
  'guri-namyangju': '구리남양주',
  pyeongtaek: '평택',
  uijeongbu: '의정부',
  siheung: '시흥',
  paju: '파주',
  gimpo: '김포',
  gwangmyeong: '광명',
  'hwaseong-osan': '화성오산',
  'gwangju-hanam': '광주하남',
  'gunpo-uiwang': '군포의왕',
  'dongducheon-yangju': '동두천양주',
  icheon: '이천',
  anseong: '안성',
  pocheon: '포천',
  yeoju: '여주',
  gapyeong: '가평',
  yangpyeong: '양평',
  yeoncheon: '연천',
};

export const educationSupportOffices: readonly EducationSupportOffice[] = Object.freeze(
  educationSupportOfficeCodes.map((code) => ({
    code,
    shortName: officeShortNames[code],
    name: `경기도${officeShortNames[code]}교육지원청`,
    districts: districts.filter((district) => district.office === code).map((district) => district.code),
  })),
);

const districtByCode: ReadonlyMap<string, District> = new Map(districts.map((district) => [district.code, district]));

export function isDistrictCode(value: unknown): value is DistrictCode {
  return typeof value === 'string' && districtByCode.has(value);
}

export function districtOf(code: DistrictCode): District {
  const district = districtByCode.get(code);
  if (!district) throw new RangeError(`unknown district ${code}`);
  return district;
}

export function officeOf(code: DistrictCode): EducationSupportOffice {
  const officeCode = districtOf(code).office;
  const office = educationSupportOffices.find((candidate) => candidate.code === officeCode);
  if (!office) throw new RangeError(`unknown office ${officeCode}`);
  return office;
}

// --- bodies ---

export const bodyCodes = ['civic-council', 'working-council', 'steering-committee'] as const;
export type BodyCode = (typeof bodyCodes)[number];

export interface Body {
  readonly code: BodyCode;
  readonly name: string;
  readonly englishName: string;
  readonly members: string;
  /** Its job in the flow of an agenda item. */
  readonly role: 'proposal' | 'drafting' | 'review';
}

export const bodies: readonly Body[] = Object.freeze([
  {
    code: 'civic-council',
    name: '민·관·학 지역교육협의체',
    englishName: 'civic council',
    members: 'students, parents, school staff, citizens',
    role: 'proposal',
  },
  {
    code: 'working-council',
    name: '미래교육협력지구 지역협의체',
    englishName: 'working council',
    members: 'officials of both offices, intermediary bodies, support team',
    role: 'drafting',
  },
  {
    code: 'steering-committee',
    name: '미래교육협력지구 지역 운영위원회',
    englishName: 'steering committee',
    members: 'officials, city/provincial council members, education experts',
    role: 'review',
  },
]);

export function isBodyCode(value: unknown): value is BodyCode {
  return typeof value === 'string' && (bodyCodes as readonly string[]).includes(value);
}

// --- funders ---

export const funders = ['education-office', 'local-government'] as const;
export type Funder = (typeof funders)[number];

export const funderNames: Readonly<Record<Funder, string>> = {
  'education-office': '교육청',
  'local-government': '지자체',
};

export function isFunder(value: unknown): value is Funder {
  return value === 'education-office' || value === 'local-government';
}

export function otherParty(party: Funder): Funder {
  return party === 'education-office' ? 'local-government' : 'education-office';
}

/** Who signs the supplementary agreement for a party: 교육장, 시장 (city) or 군수 (county). */
export function signatoryTitle(district: DistrictCode, party: Funder): '교육장' | '시장' | '군수' {
  if (party === 'education-office') return '교육장';
  return districtOf(district).kind === 'county' ? '군수' : '시장';
}

// --- goals and tasks ---

export const taskCodes = ['1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '3-1', '3-2', '3-3'] as const;
export type TaskCode = (typeof taskCodes)[number];
export type GoalCode = 1 | 2 | 3;

export interface Goal {
  readonly code: GoalCode;
  readonly value: 'autonomy' | 'balance' | 'future';
  readonly valueName: '자율' | '균형' | '미래';
  readonly title: string;
  readonly tasks: readonly TaskCode[];
}

export interface Task {
  readonly code: TaskCode;
  readonly goal: GoalCode;
  readonly title: string;
}

export const goals: readonly Goal[] = Object.freeze([
  {
    code: 1,
    value: 'autonomy',
    valueName: '자율',
    title: '교육자치 활성화를 통한 함께 성장하는 지역교육공동체',
    tasks: ['1-1', '1-2', '1-3'],
  },
  { code: 2, value: 'balance', valueName: '균형', title: '지역연계 학생 맞춤형 교육을 통한 교육격차 해소', tasks: ['2-1', '2-2', '2-3'] },
  {
    code: 3,
    value: 'future',
    valueName: '미래',
    title: '글로컬 융합인재 양성을 위한 지역 맞춤형 미래교육 실현',
    tasks: ['3-1', '3-2', '3-3'],
  },
]);

export const tasks: readonly Task[] = Object.freeze([
  { code: '1-1', goal: 1, title: '학교와 지역사회 연계 지역교육협력 협의체 활성화' },
  { code: '1-2', goal: 1, title: '자율역량강화를 통한 지역교육자치 지원' },
  { code: '1-3', goal: 1, title: '지역맞춤 지원 시스템 운영' },
  { code: '2-1', goal: 2, title: '지역사회 연계 학교교육과정 운영 지원' },
  { code: '2-2', goal: 2, title: '특색있는 지역 체험프로그램 지원' },
  { code: '2-3', goal: 2, title: '조화로운 학생 성장 지원 프로그램 운영' },
  { code: '3-1', goal: 3, title: '지역 특색 미래교육 프로그램 운영' },
  { code: '3-2', goal: 3, title: '지역 연계 창의융합교육 강화' },
  { code: '3-3', goal: 3, title: '지역맞춤 공유학교 연계 교육활동 지원' },
]);

export function isTaskCode(value: unknown): value is TaskCode {
  return typeof value === 'string' && (taskCodes as readonly string[]).includes(value);
}

export function taskOf(code: TaskCode): Task {
  const task = tasks.find((candidate) => candidate.code === code);
  if (!task) throw new RangeError(`unknown task ${code}`);
  return task;
}

/** What a token may be issued for: each role has exactly the scope fields it needs. */
import {
  civicCouncilRules,
  defaultOrganisation,
  type Organisation,
  TEXT_LIMITS,
  type BodyCode,
  bodyCodes,
  type DistrictCode,
  type Funder,
  funders,
  isBodyCode,
  isDistrictCode,
  isFunder,
  type TokenRole,
  tokenRoles,
} from '@gongron/domain';

export interface TokenSpec {
  readonly role: string;
  readonly district?: string;
  readonly body?: string;
  /** For a civic council secretary in a district with several civic councils: which one. */
  readonly council?: string;
  readonly party?: string;
  readonly name?: string;
}

export interface ValidTokenSpec {
  readonly role: TokenRole;
  readonly district?: DistrictCode;
  readonly body?: BodyCode;
  readonly council?: string;
  readonly party?: Funder;
  readonly name?: string;
}

export interface TokenSpecProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export class TokenSpecError extends Error {
  constructor(readonly problems: readonly TokenSpecProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'TokenSpecError';
  }
}

export function validateTokenSpec(spec: TokenSpec, organisation: Organisation = defaultOrganisation): ValidTokenSpec {
  const problems: TokenSpecProblem[] = [];
  const role = spec.role as TokenRole;
  if (!tokenRoles.includes(role)) {
    problems.push({ field: 'role', code: 'TOKEN.ROLE_UNKNOWN', message: `expected one of ${tokenRoles.join(', ')}` });
  }
  const needsDistrict = role === 'secretary' || role === 'official';
  if (needsDistrict) {
    if (!spec.district) problems.push({ field: 'district', code: 'TOKEN.DISTRICT_REQUIRED', message: `a ${role} token needs a district` });
    else if (!isDistrictCode(spec.district)) {
      problems.push({ field: 'district', code: 'TOKEN.DISTRICT_UNKNOWN', message: `"${spec.district}" is not a district code` });
    }
  } else if (spec.district !== undefined) {
    problems.push({ field: 'district', code: 'TOKEN.DISTRICT_NOT_ALLOWED', message: `a ${spec.role} token has no district` });
  }
  if (role === 'secretary') {
    if (!spec.body) problems.push({ field: 'body', code: 'TOKEN.BODY_REQUIRED', message: 'a secretary token needs a body' });
    else if (!isBodyCode(spec.body)) {
      problems.push({ field: 'body', code: 'TOKEN.BODY_UNKNOWN', message: `expected one of ${bodyCodes.join(', ')}` });
    }
  } else if (spec.body !== undefined) {
    problems.push({ field: 'body', code: 'TOKEN.BODY_NOT_ALLOWED', message: `a ${spec.role} token has no body` });
  }
  if (spec.council !== undefined) {
    if (role !== 'secretary' || spec.body !== 'civic-council') {
      problems.push({
        field: 'council',
        code: 'TOKEN.COUNCIL_NOT_ALLOWED',
        message: 'only a civic council secretary token names a council',
      });
    } else if (isDistrictCode(spec.district)) {
      const unknown = civicCouncilRules.knownCouncil.refusal(organisation, { district: spec.district, itemCouncil: spec.council });
      if (unknown !== undefined) problems.push({ field: 'council', code: unknown.code, message: unknown.message });
    }
  }
  if (role === 'official') {
    if (!spec.party) problems.push({ field: 'party', code: 'TOKEN.PARTY_REQUIRED', message: 'an official token needs a party' });
    else if (!isFunder(spec.party)) {
      problems.push({ field: 'party', code: 'TOKEN.PARTY_UNKNOWN', message: `expected one of ${funders.join(', ')}` });
    }
  } else if (spec.party !== undefined) {
    problems.push({ field: 'party', code: 'TOKEN.PARTY_NOT_ALLOWED', message: `a ${spec.role} token has no party` });
  }
  if (spec.name !== undefined && (spec.name.length === 0 || spec.name.length > TEXT_LIMITS.label)) {
    problems.push({ field: 'name', code: 'TOKEN.NAME_LENGTH', message: `a name has 1 to ${TEXT_LIMITS.label} characters` });
  }
  if (problems.length > 0) throw new TokenSpecError(problems);
  return {
    role,
    ...(isDistrictCode(spec.district) ? { district: spec.district } : {}),
    ...(isBodyCode(spec.body) ? { body: spec.body } : {}),
    ...(spec.council !== undefined ? { council: spec.council } : {}),
    ...(isFunder(spec.party) ? { party: spec.party } : {}),
    ...(spec.name !== undefined ? { name: spec.name } : {}),
  };
}

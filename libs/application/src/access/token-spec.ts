/** What a token may be issued for: each role has exactly the scope fields it needs. */
import { BODY_CODES, PARTY_CODES, ROLES, type Role } from './actor.js';
import { isKnownDistrict } from './catalog.js';

export interface TokenSpec {
  readonly role: string;
  readonly district?: string;
  readonly body?: string;
  readonly party?: string;
  readonly name?: string;
}

export interface ValidTokenSpec {
  readonly role: Role;
  readonly district?: string;
  readonly body?: string;
  readonly party?: string;
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

export function validateTokenSpec(spec: TokenSpec): ValidTokenSpec {
  const problems: TokenSpecProblem[] = [];
  const role = spec.role as Role;
  if (!ROLES.includes(role)) {
    problems.push({ field: 'role', code: 'TOKEN.ROLE_UNKNOWN', message: `expected one of ${ROLES.join(', ')}` });
  }
  const needsDistrict = role === 'secretary' || role === 'official';
  if (needsDistrict) {
    if (!spec.district) problems.push({ field: 'district', code: 'TOKEN.DISTRICT_REQUIRED', message: `a ${role} token needs a district` });
    else if (!isKnownDistrict(spec.district)) {
      problems.push({ field: 'district', code: 'TOKEN.DISTRICT_UNKNOWN', message: `"${spec.district}" is not a district code` });
    }
  } else if (spec.district !== undefined) {
    problems.push({ field: 'district', code: 'TOKEN.DISTRICT_NOT_ALLOWED', message: `a ${spec.role} token has no district` });
  }
  if (role === 'secretary') {
    if (!spec.body) problems.push({ field: 'body', code: 'TOKEN.BODY_REQUIRED', message: 'a secretary token needs a body' });
    else if (!(BODY_CODES as readonly string[]).includes(spec.body)) {
      problems.push({ field: 'body', code: 'TOKEN.BODY_UNKNOWN', message: `expected one of ${BODY_CODES.join(', ')}` });
    }
  } else if (spec.body !== undefined) {
    problems.push({ field: 'body', code: 'TOKEN.BODY_NOT_ALLOWED', message: `a ${spec.role} token has no body` });
  }
  if (role === 'official') {
    if (!spec.party) problems.push({ field: 'party', code: 'TOKEN.PARTY_REQUIRED', message: 'an official token needs a party' });
    else if (!(PARTY_CODES as readonly string[]).includes(spec.party)) {
      problems.push({ field: 'party', code: 'TOKEN.PARTY_UNKNOWN', message: `expected one of ${PARTY_CODES.join(', ')}` });
    }
  } else if (spec.party !== undefined) {
    problems.push({ field: 'party', code: 'TOKEN.PARTY_NOT_ALLOWED', message: `a ${spec.role} token has no party` });
  }
  if (spec.name !== undefined && (spec.name.length === 0 || spec.name.length > 200)) {
    problems.push({ field: 'name', code: 'TOKEN.NAME_LENGTH', message: 'a name has 1 to 200 characters' });
  }
  if (problems.length > 0) throw new TokenSpecError(problems);
  return {
    role,
    ...(spec.district !== undefined ? { district: spec.district } : {}),
    ...(spec.body !== undefined ? { body: spec.body } : {}),
    ...(spec.party !== undefined ? { party: spec.party } : {}),
    ...(spec.name !== undefined ? { name: spec.name } : {}),
  };
}

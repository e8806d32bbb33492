/**
 * The province office (도교육청) as a role: a token for it names no district, body or party; it
 * records the province-wide evaluation, which no one else may, and advances nothing of a district.
 */
import type { Actor, CommandScope } from '@gongron/domain';
import { authorize } from './authorize.js';
import { TokenSpecError, validateTokenSpec } from './token-spec.js';

const province: Actor = { id: 'token-province', role: 'province' };
const official: Actor = { id: 'token-official', role: 'official', district: 'suwon', party: 'education-office' };
const secretary: Actor = { id: 'token-secretary', role: 'secretary', district: 'suwon', body: 'steering-committee' };
const auditor: Actor = { id: 'token-auditor', role: 'auditor' };
const admin: Actor = { id: 'token-admin', role: 'admin' };

const codeOf = (actor: Actor, scope: CommandScope): string | undefined => {
  try {
    authorize(actor, scope);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('the province office', () => {
  test('records what is the province’s, and only it does', () => {
    expect(codeOf(province, { kind: 'province' })).toBeUndefined();
    for (const other of [official, secretary, auditor, admin]) {
      expect(codeOf(other, { kind: 'province' })).toBe('ACCESS.PROVINCE_ONLY');
    }
  });

  test('advances no step of a district: not a secretary’s, not an official’s, not the system’s', () => {
    expect(codeOf(province, { kind: 'secretary', district: 'suwon', body: 'steering-committee' })).toBe('ACCESS.SECRETARY_ONLY');
    expect(codeOf(province, { kind: 'official', district: 'suwon' })).toBe('ACCESS.OFFICIAL_ONLY');
    expect(codeOf(province, { kind: 'system' })).toBe('ACCESS.SYSTEM_ONLY');
  });

  test('a province token names no district, body or party', () => {
    expect(validateTokenSpec({ role: 'province', name: '경기도교육청 지역교육협력과' })).toEqual({
      role: 'province',
      name: '경기도교육청 지역교육협력과',
    });
    expect(() => validateTokenSpec({ role: 'province', district: 'suwon' })).toThrow(TokenSpecError);
    expect(() => validateTokenSpec({ role: 'province', party: 'education-office' })).toThrow(TokenSpecError);
  });
});

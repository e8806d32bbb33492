/**
 * The refusal catalogue: every code the API can answer with has a Korean and an English
 * message — the codes are gathered from the source itself (literals, the workflows' code
 * prefixes, the framework statuses, the validation constraints of every request class), so a
 * new refusal without messages fails here — and the problem bodies speak the language
 * `Accept-Language` asks for, Korean by default.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { negotiateLanguage, refusalEntry, refusalMessage } from '@gongron/domain';
import '../../apps/api/src/app.module.js';
import { startTestApi, tally, type TestApi } from './api-support.js';

const root = join(import.meta.dirname, '..', '..');
const SOURCE_ROOTS = [
  'libs/domain/src',
  'libs/event-store/src',
  'libs/projections/src',
  'libs/messaging/src',
  'libs/application/src',
  'apps/api/src',
];
const CODE_LITERAL = /['"`]([A-Z][A-Z_]+\.[A-Z][A-Z_0-9]+)['"`]/g;

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The catalogue's own file names every code; it is not a producer. */
const producers = SOURCE_ROOTS.flatMap((dir) => sourceFiles(join(root, dir))).filter((f) => !f.endsWith('refusal-messages.ts'));

function producedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const prefixes = new Set<string>();
  const prefixedSuffixes = new Set<string>();
  for (const file of producers) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(CODE_LITERAL)) codes.set(match[1]!, relative(root, file));
    for (const match of text.matchAll(/codePrefix:\s*'([A-Z_]+)'/g)) prefixes.add(match[1]!);
    for (const match of text.matchAll(/`\$\{codePrefix\}\.([A-Z_]+)`/g)) prefixedSuffixes.add(match[1]!);
  }
  for (const prefix of prefixes) for (const suffix of prefixedSuffixes) codes.set(`${prefix}.${suffix}`, 'libs/domain/src/workflow.ts');
  // The validation pipe names a broken constraint FIELD.<CONSTRAINT>; the constraints are those of every request class.
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { type: string; name?: string }[]> };
  for (const metadatas of storage.validationMetadatas.values()) {
    for (const metadata of metadatas) {
      const constraint =
        metadata.type === 'customValidation' ? metadata.name : metadata.type === 'conditionalValidation' ? undefined : metadata.type;
      if (constraint === undefined) continue;
      codes.set(
        constraint === 'whitelistValidation' ? 'FIELD.UNKNOWN' : `FIELD.${constraint.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
        'class-validator',
      );
    }
  }
  codes.set('FIELD.UNKNOWN_VALUE', 'class-validator (forbidUnknownValues)');
  // Any 4xx the framework raises leaves as HTTP.<status>.
  for (const status of Object.values(HttpStatus))
    if (typeof status === 'number' && status >= 400 && status < 500) codes.set(`HTTP.${status}`, 'problem.filter.ts');
  return codes;
}

describe('the refusal catalogue', () => {
  it('has a Korean and an English message for every code the source can produce', () => {
    const codes = producedCodes();
    // The gathering itself must see the codes of every layer, or this test proves nothing.
    for (const known of [
      'VOTE.NO_QUORUM',
      'AGENDA_ITEM.TRANSITION_NOT_ALLOWED',
      'STREAM.WRONG_EXPECTED_REVISION',
      'ACCESS.CSRF_TOKEN_MISSING',
      'FIELD.IS_STRING',
      'QUERY.INVALID_LIMIT',
      'HTTP.405',
    ]) {
      expect(codes.has(known)).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(150);
    const missing = [...codes].filter(([code]) => {
      const entry = refusalEntry(code);
      return !entry || entry.ko.trim() === '' || entry.en.trim() === '' || !/[가-힣]/.test(entry.ko);
    });
    expect(missing.map(([code, where]) => `${code} (${where})`)).toEqual([]);
  });

  it('chooses the language from Accept-Language, Korean unless English is preferred', () => {
    expect(negotiateLanguage(undefined)).toBe('ko');
    expect(negotiateLanguage('en')).toBe('en');
    expect(negotiateLanguage('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLanguage('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(negotiateLanguage('fr-FR, en;q=0.5')).toBe('en');
    expect(negotiateLanguage('en;q=0.4, ko;q=0.6')).toBe('ko');
    expect(negotiateLanguage('fr, de')).toBe('ko');
    expect(negotiateLanguage('en;q=0')).toBe('ko');
    expect(refusalMessage('NO.SUCH_CODE', 'en')).toBe('The request was not carried out.');
  });

  describe('problem bodies over HTTP', () => {
    let api: TestApi;
    let civic: string;
    let itemPath: string;

    beforeAll(async () => {
      api = await startTestApi();
      civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
      const item = await api.call('POST', '/agenda-items', {
        token: civic,
        body: { district: 'suwon', title: '정족수 시험 안건', description: '정족수를 시험합니다.', proposerCategory: 'parent' },
      });
      itemPath = `/agenda-items/${item.body.state.itemId}`;
      await api.call('POST', `${itemPath}/deliberation`, { token: civic, body: { method: '토론회' } });
    }, 60_000);

    afterAll(async () => {
      await api?.close();
    }, 30_000);

    const noQuorum = (language?: string) =>
      api.call('POST', `${itemPath}/adoption`, {
        token: civic,
        headers: language ? { 'accept-language': language } : {},
        body: { meeting: { heldOn: '2024-03-11' }, tally: tally(15, 7, 7) },
      });

    it('answers in Korean by default, with the numbers of the rule', async () => {
      const answer = await noQuorum();
      expect(answer.status).toBe(422);
      expect(answer.headers.get('content-language')).toBe('ko');
      expect(answer.body).toMatchObject({
        code: 'VOTE.NO_QUORUM',
        title: '의사정족수에 미달합니다: 재적 과반수가 출석해야 합니다.',
        detail: '의사정족수 미달: 재적 15명 중 7명 출석, 8명 이상 출석해야 합니다.',
        messages: {
          ko: '의사정족수에 미달합니다: 재적 과반수가 출석해야 합니다.',
          en: 'No quorum: more than half of the members on roll must be present.',
        },
        field: 'tally.present',
      });
    });

    it('answers in English when asked, keeping the code', async () => {
      const answer = await noQuorum('en-GB,en;q=0.9,ko;q=0.5');
      expect(answer.headers.get('content-language')).toBe('en');
      expect(answer.body.code).toBe('VOTE.NO_QUORUM');
      expect(answer.body.title).toBe('No quorum: more than half of the members on roll must be present.');
      expect(answer.body.detail).toContain('7 of 15');
      const korean = await noQuorum('ko');
      expect(korean.body.title).toMatch(/의사정족수/);
    });

    it('names each field error in both languages', async () => {
      const ko = await api.call('POST', '/agenda-items', { token: civic, body: { district: 'suwon', title: 5, extra: true } });
      expect(ko.status).toBe(400);
      expect(ko.body.code).toBe('VALIDATION.FAILED');
      expect(ko.body.title).toBe('입력값을 확인하세요.');
      const unknown = ko.body.errors.find((e: { field: string }) => e.field === 'extra');
      expect(unknown).toMatchObject({
        code: 'FIELD.UNKNOWN',
        message: '알 수 없는 항목입니다.',
        messages: { ko: '알 수 없는 항목입니다.', en: 'extra is not a known field' },
      });
      const title = ko.body.errors.find((e: { field: string; code: string }) => e.field === 'title' && e.code === 'FIELD.IS_STRING');
      expect(title.message).toBe('글자로 입력하세요.');
      const en = await api.call('POST', '/agenda-items', {
        token: civic,
        headers: { 'accept-language': 'en' },
        body: { district: 'suwon', title: 5, extra: true },
      });
      expect(en.body.errors.find((e: { field: string }) => e.field === 'extra').message).toBe('extra is not a known field');
    });

    it('localises refusals of access, routes and sessions too', async () => {
      const route = await api.call('GET', '/no-such-route', { headers: { 'accept-language': 'ko' } });
      expect(route.body).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND', title: '없는 주소입니다.' });
      const signIn = await api.call('POST', '/session', { headers: { 'accept-language': 'en' }, body: {} });
      expect(signIn.body).toMatchObject({ code: 'SESSION.CREDENTIAL_REQUIRED', title: 'Give an access token or a sign-in link code.' });
      const missing = await api.call('GET', '/session');
      expect(missing.body).toMatchObject({ code: 'ACCESS.TOKEN_MISSING', title: '로그인이 필요합니다.' });
    });
  });
});

/**
 * Every refusal class over real HTTP, each as an application/problem+json body with a stable
 * code: 400 invalid, 401 no or revoked token, 403 out of scope (district, body, party, role),
 * 404 unknown, 409 not allowed now (with the allowed actions), 412 stale If-Match, 413 too large,
 * 422 broken rule — and idempotency, optimistic concurrency, and generated bad bodies that
 * must all be refused without writing anything.
 */
import { businessDateOf } from '@gongron/application';
import fc from 'fast-check';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { eventually, type HttpAnswer, startTestApi, tally, type TestApi } from './api-support.js';

const today = businessDateOf(new Date());
const year = Number(today.slice(0, 4));

function expectProblem(answer: HttpAnswer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    code: expect.any(String),
    detail: expect.any(String),
  });
}

describe('API refusals, access and concurrency', () => {
  let api: TestApi;
  let store: EventStore;
  let civic: string;
  let working: string;
  let otherCivic: string;
  let education: string;
  let city: string;

  const propose = async (token = civic, title = '청소년 자치공간 조성') => {
    const answer = await api.call('POST', '/agenda-items', {
      token,
      body: { district: 'suwon', title, description: '학생들이 스스로 운영하는 공간', proposerCategory: 'student' },
    });
    expect(answer.status).toBe(201);
    return answer.body.state.itemId as string;
  };
  const inDeliberation = async () => {
    const itemId = await propose();
    expect((await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token: civic, body: {} })).status).toBe(200);
    return itemId;
  };

  beforeAll(async () => {
    api = await startTestApi();
    store = api.running.app.get<EventStore>(EVENT_STORE);
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    working = await api.token({ role: 'secretary', district: 'suwon', body: 'working-council' });
    otherCivic = await api.token({ role: 'secretary', district: 'goyang', body: 'civic-council' });
    education = await api.token({ role: 'official', district: 'suwon', party: 'education-office' });
    city = await api.token({ role: 'official', district: 'suwon', party: 'local-government' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  describe('401 and 403 by token', () => {
    it('refuses a missing, malformed or unknown token with 401', async () => {
      expectProblem(await api.call('POST', '/agenda-items', { body: {} }), 401, 'ACCESS.TOKEN_MISSING');
      expectProblem(await api.call('GET', '/agenda-items/x1', { headers: { authorization: 'Basic abc' } }), 401, 'ACCESS.TOKEN_INVALID');
      expectProblem(await api.call('GET', '/agenda-items/x1', { token: `gr_${'A'.repeat(43)}` }), 401, 'ACCESS.TOKEN_INVALID');
    });

    it('refuses a revoked token with 401, and lists tokens without their secrets', async () => {
      const issued = await api.call('POST', '/admin/tokens', { token: api.adminToken, body: { role: 'auditor', name: '감사관' } });
      expect(issued.status).toBe(201);
      expect(issued.body.token).toMatch(/^gr_[A-Za-z0-9_-]{43}$/);
      const listed = await api.call('GET', '/admin/tokens', { token: api.adminToken });
      expect(listed.body.map((t: { id: string }) => t.id)).toContain(issued.body.id);
      expect(JSON.stringify(listed.body)).not.toContain(issued.body.token);
      const itemId = await propose();
      expect((await api.call('GET', `/agenda-items/${itemId}`, { token: issued.body.token })).status).toBe(200);
      const revoked = await api.call('DELETE', `/admin/tokens/${issued.body.id}`, { token: api.adminToken });
      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).toEqual(expect.any(String));
      expectProblem(await api.call('GET', `/agenda-items/${itemId}`, { token: issued.body.token }), 401, 'ACCESS.TOKEN_INVALID');
      const unknownId = issued.body.id.replace(/.$/, (last: string) => (last === '0' ? '1' : '0'));
      expectProblem(await api.call('DELETE', `/admin/tokens/${unknownId}`, { token: api.adminToken }), 404, 'TOKEN.NOT_FOUND');
    });

    it('keeps admin routes to administrators (403) and validates token scopes (400)', async () => {
      expectProblem(await api.call('GET', '/admin/tokens', { token: civic }), 403, 'ACCESS.ROLE_NOT_ALLOWED');
      const noBody = await api.call('POST', '/admin/tokens', { token: api.adminToken, body: { role: 'secretary', district: 'suwon' } });
      expectProblem(noBody, 400, 'VALIDATION.FAILED');
      expect(noBody.body.errors.map((e: { field: string }) => e.field)).toContain('body');
      const unknownDistrict = await api.call('POST', '/admin/tokens', {
        token: api.adminToken,
        body: { role: 'official', district: 'atlantis', party: 'education-office' },
      });
      expectProblem(unknownDistrict, 400, 'VALIDATION.FAILED');
      expect(unknownDistrict.body.field).toBe('district');
    });

    it('lets the public reach /health and /docs without a token', async () => {
      const health = await api.call('GET', '/health');
      expect(health.status).toBe(200);
      expect(health.body.info.eventStore.status).toBe('up');
      expect((await api.call('GET', '/public/dashboard')).status).toBe(200);
      expectProblem(await api.call('GET', '/audit/verify', { token: civic }), 403, 'ACCESS.ROLE_NOT_ALLOWED');
      expectProblem(await api.call('GET', '/audit/verify'), 401, 'ACCESS.TOKEN_MISSING');
      const docs = await api.call('GET', '/docs/openapi.json');
      expect(docs.status).toBe(200);
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining([
          '/agenda-items',
          '/agenda-items/{id}/adoption',
          '/projects/{id}/expenditures',
          '/agreements/{district}/{year}/amendments/{amendmentId}/consent',
          '/admin/tokens',
        ]),
      );
      const asyncApi = await api.call('GET', '/asyncapi.json');
      expect(asyncApi.status).toBe(200);
      expect(asyncApi.body.asyncapi).toMatch(/^3\./);
      expect(JSON.stringify(asyncApi.body)).toContain('gongron.agenda-items.v1');
      expect(JSON.stringify(asyncApi.body)).toContain('AgendaItemAdopted');
    });
  });

  describe('403 out of scope', () => {
    it('refuses a secretary of another district', async () => {
      const itemId = await propose();
      const answer = await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token: otherCivic, body: {} });
      expectProblem(answer, 403, 'ACCESS.OTHER_DISTRICT');
      const proposing = await api.call('POST', '/agenda-items', {
        token: otherCivic,
        body: { district: 'suwon', title: '다른 지구', description: '설명', proposerCategory: 'citizen' },
      });
      expectProblem(proposing, 403, 'ACCESS.OTHER_DISTRICT');
    });

    it('refuses a secretary of another body', async () => {
      const itemId = await inDeliberation();
      const answer = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
        token: working,
        body: { meeting: { heldOn: today }, tally: tally(15, 10, 8) },
      });
      expectProblem(answer, 403, 'ACCESS.OTHER_BODY');
      expect((await api.call('GET', `/agenda-items/${itemId}`, { token: civic })).body.revision).toBe(1);
    });

    it('refuses an official acting for the other party', async () => {
      await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year } });
      const answer = await api.call('POST', `/agreements/suwon/${year}/signatures`, {
        token: education,
        body: { party: 'local-government', signedOn: today },
      });
      expectProblem(answer, 403, 'ACCESS.OTHER_PARTY');
    });
  });

  describe('rules, transitions, unknowns', () => {
    it('refuses an adoption without quorum with 422 and writes nothing', async () => {
      const itemId = await inDeliberation();
      const before = await store.streamRevision(`agenda-item:${itemId}`);
      const answer = await api.call('POST', `/agenda-items/${itemId}/adoption`, {
        token: civic,
        body: { meeting: { heldOn: today }, tally: tally(15, 7, 7) },
      });
      expectProblem(answer, 422, 'VOTE.NO_QUORUM');
      expect(answer.body.field).toBe('tally.present');
      expect(await store.streamRevision(`agenda-item:${itemId}`)).toBe(before);
    });

    it('refuses a transition not allowed now with 409 and the allowed actions', async () => {
      const itemId = await propose();
      const answer = await api.call('POST', `/agenda-items/${itemId}/tabling`, { token: working, body: {} });
      expectProblem(answer, 409, 'AGENDA_ITEM.TRANSITION_NOT_ALLOWED');
      expect(answer.body.allowedActions).toEqual(expect.arrayContaining(['OpenDeliberation', 'WithdrawAgendaItem']));
    });

    it('answers 404 for unknown items, projects, agreements and routes', async () => {
      expectProblem(await api.call('GET', '/agenda-items/no-such-item', { token: civic }), 404, 'STREAM.NOT_FOUND');
      expectProblem(
        await api.call('POST', '/agenda-items/no-such-item/deliberation', { token: civic, body: {} }),
        404,
        'AGENDA_ITEM.NOT_FOUND',
      );
      expectProblem(await api.call('GET', '/projects/no-such-project', { token: education }), 404, 'STREAM.NOT_FOUND');
      expectProblem(await api.call('GET', '/agreements/suwon/2099', { token: education }), 404, 'STREAM.NOT_FOUND');
      expectProblem(await api.call('GET', '/no/such/route', { token: civic }), 404, 'ROUTE.NOT_FOUND');
    });

    it('answers 400 naming the path parameter for a district or body the catalogue does not know, and writes nothing', async () => {
      const member = { memberId: 'path-check-1', name: '김하늘', category: 'student', role: 'member', termFrom: '2024-03-01' };
      const before = await store.headPosition();
      const district = await api.call('POST', '/rosters/atlantis/civic-council/members', { token: civic, body: member });
      expectProblem(district, 400, 'PATH.INVALID_DISTRICT');
      expect(district.body.field).toBe('district');
      const body = await api.call('POST', '/rosters/suwon/city-council/members', { token: civic, body: member });
      expectProblem(body, 400, 'PATH.INVALID_BODY');
      expect(body.body.field).toBe('body');
      expectProblem(
        await api.call('POST', '/agreements/atlantis/2024/signatures', { token: education, body: {} }),
        400,
        'PATH.INVALID_DISTRICT',
      );
      expect(await store.headPosition()).toBe(before);
    });

    it('answers 400 naming each invalid field, for bad JSON and for a body that is not an object; 413 when too large', async () => {
      const invalid = await api.call('POST', '/agenda-items', {
        token: civic,
        body: { district: 'suwon', title: '', description: 'x', proposerCategory: 'alien', extra: 1 },
      });
      expectProblem(invalid, 400, 'VALIDATION.FAILED');
      expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['title', 'proposerCategory', 'extra']),
      );
      expectProblem(
        await api.call('POST', '/agenda-items', { token: civic, rawBody: '{"district": "suwon",' }),
        400,
        'REQUEST.MALFORMED_JSON',
      );
      expectProblem(await api.call('POST', '/agenda-items', { token: civic, rawBody: '[1,2]' }), 400, 'VALIDATION.BODY_NOT_OBJECT');
      expectProblem(
        await api.call('POST', '/agenda-items', { token: civic, rawBody: JSON.stringify({ title: 'x'.repeat(200_000) }) }),
        413,
        'REQUEST.TOO_LARGE',
      );
      expectProblem(await api.call('POST', '/agenda-items/bad%20id/deliberation', { token: civic, body: {} }), 400, 'PATH.INVALID_ID');
      expectProblem(
        await api.call('POST', '/agenda-items', { token: civic, headers: { 'if-match': 'yesterday' }, body: {} }),
        400,
        'VALIDATION.FAILED',
      );
    });

    it('refuses an official consenting to her own party’s amendment, and an expenditure beyond the allocation (422)', async () => {
      const created = await api.call('POST', '/projects', {
        token: education,
        body: {
          district: 'suwon',
          year,
          title: '수원 마을교육공동체 (이월)',
          taskCode: '1-1',
          plannedBudget: { 'education-office': 10_000_000, 'local-government': 5_000_000 },
        },
      });
      expect(created.status).toBe(201);
      const projectId = created.body.state.projectId as string;
      const agreement = `/agreements/suwon/${year}`;
      await api.call('POST', '/agreements', { token: education, body: { district: 'suwon', year } });
      expect(
        (
          await api.call('POST', `${agreement}/projects`, {
            token: education,
            body: {
              projectId,
              title: '수원 마을교육공동체 (이월)',
              taskCode: '1-1',
              budget: { 'education-office': 10_000_000, 'local-government': 5_000_000 },
            },
          })
        ).status,
      ).toBe(200);
      expect((await api.call('POST', `${agreement}/signatures`, { token: education, body: { signedOn: today } })).status).toBe(200);
      expect((await api.call('POST', `${agreement}/signatures`, { token: city, body: { signedOn: today } })).status).toBe(200);
      const proposed = await api.call('POST', `${agreement}/amendments`, {
        token: education,
        body: {
          reason: '예산 조정',
          changes: [{ kind: 'budget', projectId, budget: { 'education-office': 12_000_000, 'local-government': 5_000_000 } }],
        },
      });
      expect(proposed.status).toBe(200);
      const amendmentId = proposed.body.state.amendments[0].amendmentId as string;
      const own = await api.call('POST', `${agreement}/amendments/${amendmentId}/consent`, { token: education, body: {} });
      expectProblem(own, 403, 'AGREEMENT.SAME_PARTY_CONSENT');

      await eventually(async () =>
        expect((await api.call('GET', `/projects/${projectId}`, { token: education })).body.state.status).toBe('agreed'),
      );
      expect((await api.call('POST', `/projects/${projectId}/start`, { token: city, body: {} })).status).toBe(200);
      const tooMuch = await api.call('POST', `/projects/${projectId}/expenditures`, {
        token: city,
        body: { funder: 'local-government', amount: 5_000_001, spentOn: today, purpose: '과다 집행' },
      });
      expectProblem(tooMuch, 422, 'BUDGET.EXCEEDS_ALLOCATION');
      const otherParty = await api.call('POST', `/projects/${projectId}/expenditures`, {
        token: city,
        body: { funder: 'education-office', amount: 1000, spentOn: today, purpose: '남의 예산' },
      });
      expectProblem(otherParty, 403, 'ACCESS.OTHER_PARTY');
    });
  });

  describe('revisions and idempotency', () => {
    it('refuses a stale If-Match with 412 and the current revision', async () => {
      const itemId = await propose();
      const answer = await api.call('POST', `/agenda-items/${itemId}/deliberation`, {
        token: civic,
        headers: { 'if-match': '"5"' },
        body: {},
      });
      expectProblem(answer, 412, 'STREAM.STALE_REVISION');
      expect(answer.body.currentRevision).toBe(0);
      const fresh = await api.call('POST', `/agenda-items/${itemId}/deliberation`, {
        token: civic,
        headers: { 'if-match': '"0"' },
        body: {},
      });
      expect(fresh.status).toBe(200);
      expect(fresh.headers.get('etag')).toBe('"1"');
    });

    it('lets exactly one of 20 parallel requests with the same If-Match win', async () => {
      const itemId = await inDeliberation();
      const streamId = `agenda-item:${itemId}`;
      const before = await store.streamRevision(streamId);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api.call('POST', `/agenda-items/${itemId}/opinions`, {
            token: civic,
            headers: { 'if-match': `"${before}"` },
            body: { stance: 'support', respondentCategory: 'citizen', text: `의견 ${i}` },
          }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(19);
      expect(await store.streamRevision(streamId)).toBe(before + 1);
      const events = await store.readStream(streamId, { fromRevision: before + 1 });
      expect(events.map((e) => e.type)).toEqual(['OpinionRecorded']);
    });

    it('replays the first response for a repeated Idempotency-Key and writes nothing; refuses the key with another body', async () => {
      const body = { district: 'suwon', title: '학교 밖 배움터', description: '지역 도서관 연계', proposerCategory: 'parent' };
      const headers = { 'idempotency-key': 'propose-once-1' };
      const first = await api.call('POST', '/agenda-items', { token: civic, headers, body });
      expect(first.status).toBe(201);
      const head = await store.headPosition();
      const again = await api.call('POST', '/agenda-items', { token: civic, headers, body });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(again.headers.get('location')).toBe(first.headers.get('location'));
      expect(again.headers.get('idempotency-replayed')).toBe('true');
      expect(await store.headPosition()).toBe(head);
      const other = await api.call('POST', '/agenda-items', { token: civic, headers, body: { ...body, title: '다른 제목' } });
      expectProblem(other, 422, 'IDEMPOTENCY.KEY_REUSED');
      expect(await store.headPosition()).toBe(head);
      // Another caller's key space is separate.
      const otherCaller = await api.call('POST', '/agenda-items', {
        token: otherCivic,
        headers,
        body: { ...body, district: 'goyang' },
      });
      expect(otherCaller.status).toBe(201);
    });

    it('replays a refusal for a repeated key too', async () => {
      const itemId = await inDeliberation();
      const headers = { 'idempotency-key': 'no-quorum-1' };
      const body = { meeting: { heldOn: today }, tally: tally(20, 5, 5) };
      const first = await api.call('POST', `/agenda-items/${itemId}/adoption`, { token: civic, headers, body });
      expectProblem(first, 422, 'VOTE.NO_QUORUM');
      const again = await api.call('POST', `/agenda-items/${itemId}/adoption`, { token: civic, headers, body });
      expect(again.status).toBe(422);
      expect(again.body).toEqual(first.body);
    });
  });

  describe('generated bad bodies', () => {
    it('refuses 1,000 generated bad bodies with a 4xx and writes nothing', async () => {
      const itemId = await inDeliberation();
      const streamId = `agenda-item:${itemId}`;
      const revision = await store.streamRevision(streamId);
      const head = await store.headPosition();
      const path = `/agenda-items/${itemId}/adoption`;
      const valid = { meeting: { heldOn: today, title: '정기회의' }, tally: tally(15, 11, 9, 1, 1) };
      const tallyKeys = ['onRoll', 'present', 'for', 'against', 'abstain'] as const;
      const notACount = fc.oneof(
        fc.double({ noInteger: true }),
        fc.integer({ max: -1 }),
        fc.integer({ min: 100_001 }),
        fc.string(),
        fc.constant(null),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.object({ maxDepth: 1 }),
      );
      const notADate = fc.oneof(
        fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
        fc.constantFrom('2024-02-30', '2023-13-01', '0000-00-00', '2024-04-31'),
        fc.integer(),
        fc.constant(null),
      );
      const unknownKey = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !['meeting', 'tally'].includes(k));
      const badBody = fc.oneof(
        fc.record({ key: unknownKey, value: fc.jsonValue() }).map(({ key, value }) => ({ json: { ...valid, [key]: value } })),
        fc.constantFrom('meeting', 'tally').map((key) => {
          const copy: Record<string, unknown> = { ...valid };
          delete copy[key];
          return { json: copy };
        }),
        fc
          .record({ key: fc.constantFrom(...tallyKeys), value: notACount })
          .map(({ key, value }) => ({ json: { ...valid, tally: { ...valid.tally, [key]: value } } })),
        fc.record({ onRoll: fc.integer({ min: 1, max: 50 }), extra: fc.integer({ min: 1, max: 20 }) }).map(({ onRoll, extra }) => ({
          json: { ...valid, tally: tally(onRoll, onRoll + extra, 0) },
        })),
        fc.record({ present: fc.integer({ min: 1, max: 50 }), extra: fc.integer({ min: 1, max: 10 }) }).map(({ present, extra }) => ({
          json: { ...valid, tally: tally(present * 2, present, present + extra) },
        })),
        fc
          .integer({ min: 2, max: 60 })
          .map((onRoll) => ({ json: { ...valid, tally: tally(onRoll, Math.floor(onRoll / 2), Math.floor(onRoll / 2)) } })),
        notADate.map((heldOn) => ({ json: { ...valid, meeting: { ...valid.meeting, heldOn } } })),
        fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null)).map((json) => ({ json })),
        fc.oneof(notACount, fc.string()).map((value) => ({ json: { ...valid, meeting: value } })),
        fc.oneof(notACount, fc.string()).map((value) => ({ json: { ...valid, tally: value } })),
        fc
          .string({ minLength: 1 })
          .filter((text) => {
            try {
              JSON.parse(text);
              return false;
            } catch {
              return true;
            }
          })
          .map((raw) => ({ raw })),
        fc.dictionary(unknownKey, fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }).map((json) => ({ json })),
      );
      // Which rules refused the samples: the generators must reach the body's validation and the vote rules both.
      const codes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(badBody, async (sample) => {
          const answer = await api.call('POST', path, {
            token: civic,
            ...('raw' in sample ? { rawBody: sample.raw } : { rawBody: JSON.stringify(sample.json) }),
          });
          if (answer.status < 400 || answer.status >= 500) {
            throw new Error(`${JSON.stringify(sample)} → ${answer.status} ${JSON.stringify(answer.body)}`);
          }
          expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          codes.add(String(answer.body?.code));
        }),
        { numRuns: 1000, seed: 20240314 },
      );
      expect(codes).toContain('VALIDATION.FAILED');
      expect([...codes].filter((code) => code.startsWith('VOTE.'))).not.toEqual([]);
      expect(await store.streamRevision(streamId)).toBe(revision);
      expect(await store.headPosition()).toBe(head);
      // The same route still works with a good body.
      expect((await api.call('POST', path, { token: civic, body: valid })).status).toBe(200);
    }, 300_000);
  });

  describe('health', () => {
    it('answers 503 with a problem body when the event store does not answer', async () => {
      // Its own installation: closing the store must not take the others' down with it.
      const own = await startTestApi();
      try {
        expect((await own.call('GET', '/health')).status).toBe(200);
        await own.running.app.get<EventStore>(EVENT_STORE).close();
        const answer = await own.call('GET', '/health');
        expectProblem(answer, 503, 'HEALTH.DOWN');
        expect(answer.body.health.error.eventStore.status).toBe('down');
      } finally {
        await own.close();
      }
    });
  });
});

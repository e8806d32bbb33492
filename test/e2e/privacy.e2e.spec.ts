/**
 * Personal data over real HTTP on the embedded SQLite default:
 * - the access matrix: every GET route of the OpenAPI document, called as each kind of reader
 *   (the district's secretary and official, another district's, an auditor, an administrator,
 *   the public): personal values appear only to the district's own people and to auditors, and
 *   no answer ever carries the stored (encrypted) form, except the proof bundle, which must;
 * - erasure: after the subjects are erased, the values are gone from every route, the history
 *   export, the read models rebuilt from the log, and the SQLite file and its WAL byte for byte,
 *   while verification passes and the event's proof bundle still verifies offline; an access
 *   token's name (its holder's) is erased with its actor, in the token table too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { businessDateOf, eraseSubject } from '@gongron/application';
import { EVENT_STORE, type EventStore, verifyProofBundle } from '@gongron/event-store';
import pg from 'pg';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';
import { eventually, startTestApi, tally, type TestApi } from './api-support.js';

const today = businessDateOf(new Date());
const year = Number(today.slice(0, 4));

const OPINION = '의견본문PD 010-1234-5678';
const MEMBER = '위원이름PD홍길순';
const OWNER = '담당자PD김담당';
const ACTOR = '간사이름PD박간사';
const PLANTED = [OPINION, MEMBER, OWNER, ACTOR];
const STORED_FORM = '\uE000pd';

type Reader = 'secretary-own' | 'official-own' | 'secretary-other' | 'official-other' | 'auditor' | 'admin' | 'public';
const MAY_SEE: ReadonlySet<Reader> = new Set(['secretary-own', 'official-own', 'auditor']);

interface Answer {
  readonly route: string;
  readonly status: number;
  readonly text: string;
}

interface Backend {
  readonly name: string;
  env(): Promise<Record<string, string>>;
  /** Every byte the database holds for its tables, after the erasure. */
  bytes(api: TestApi): Promise<Buffer>;
  cleanup(): Promise<void>;
}

const sqlite: Backend = {
  name: 'SQLite',
  env: async () => ({}),
  async bytes(api) {
    const file = join(api.dataDir, 'gongron.sqlite');
    return Buffer.concat([file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)));
  },
  cleanup: async () => undefined,
};

function postgres(): Backend {
  let database: TestDatabase | undefined;
  return {
    name: 'PostgreSQL',
    async env() {
      database = await createTestDatabase('gongron_privacy_api');
      return { GONGRON_STORE: 'postgres', DATABASE_URL: database.url };
    },
    async bytes() {
      // Every table's file (and its TOAST table's) as the server keeps it, after a checkpoint wrote every page.
      const client = new pg.Client({ connectionString: database!.url });
      await client.connect();
      try {
        await client.query('checkpoint');
        const { rows } = await client.query<{ bytes: Buffer }>(
          `select pg_read_binary_file(pg_relation_filepath(c.oid)) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 't') and (n.nspname = 'public' or n.nspname = 'pg_toast') and pg_relation_filepath(c.oid) is not null
              and (n.nspname = 'public' or c.oid in (select reltoastrelid from pg_class p join pg_namespace pn on pn.oid = p.relnamespace where pn.nspname = 'public'))`,
        );
        return Buffer.concat(rows.map((row) => row.bytes));
      } finally {
        await client.end();
      }
    },
    cleanup: async () => database?.drop(),
  };
}

const describePg = await describeWithPostgres();
describePersonalData(sqlite, describe);
describePersonalData(postgres(), describePg);

function describePersonalData(backend: Backend, describeOn: jest.Describe): void {
  describeOn(`API (${backend.name}): personal data by read scope, and its erasure`, () => {
    let api: TestApi;
    let tokens: Record<Reader, string | undefined>;
    let itemId: string;
    let opinionId: string;
    let memberId: string;
    let routes: string[];

    beforeAll(async () => {
      api = await startTestApi(await backend.env());
      const civic = await api.token({ role: 'secretary', district: 'hwaseong', body: 'civic-council', name: ACTOR });
      const working = await api.token({ role: 'secretary', district: 'hwaseong', body: 'working-council' });
      tokens = {
        'secretary-own': civic,
        'official-own': await api.token({ role: 'official', district: 'hwaseong', party: 'education-office' }),
        'secretary-other': await api.token({ role: 'secretary', district: 'osan', body: 'civic-council' }),
        'official-other': await api.token({ role: 'official', district: 'osan', party: 'local-government' }),
        auditor: await api.token({ role: 'auditor' }),
        admin: api.adminToken,
        public: undefined,
      };
      const proposed = await api.call('POST', '/agenda-items', {
        token: civic,
        body: {
          district: 'hwaseong',
          title: '학교 숲 가꾸기',
          description: '학교 숲을 함께 가꾸는 사업',
          proposerCategory: 'student',
          taskCode: '2-2',
          source: 'forum',
        },
      });
      expect(proposed.status).toBe(201);
      itemId = proposed.body.state.itemId as string;
      expect((await api.call('POST', `/agenda-items/${itemId}/deliberation`, { token: civic, body: { method: '토론회' } })).status).toBe(
        200,
      );
      const opinion = await api.call('POST', `/agenda-items/${itemId}/opinions`, {
        token: civic,
        body: { stance: 'support', respondentCategory: 'student', text: OPINION },
      });
      expect(opinion.status).toBe(200);
      opinionId = (opinion.body.state.opinions as { opinionId: string }[])[0]!.opinionId;
      expect(
        (
          await api.call('POST', `/agenda-items/${itemId}/adoption`, {
            token: civic,
            body: { meeting: { heldOn: today }, tally: tally(15, 11, 9, 1, 1) },
          })
        ).status,
      ).toBe(200);
      expect((await api.call('POST', `/agenda-items/${itemId}/drafting`, { token: working, body: { owner: OWNER } })).status).toBe(200);
      const member = await api.call('POST', '/rosters/hwaseong/civic-council/members', {
        token: civic,
        body: { name: MEMBER, category: 'student', role: 'member', termFrom: today },
      });
      expect(member.status).toBeLessThan(300);
      memberId = JSON.stringify(member.body).match(/"memberId":"([^"]+)"/)![1]!;
      // The read models have caught up with the last event.
      await eventually(async () => {
        const board = await api.call('GET', '/agenda-board?district=hwaseong', { token: civic });
        expect(JSON.stringify(board.body)).toContain('drafting');
      }, 30_000);

      const document = await api.call('GET', '/docs/openapi.json');
      const paths = document.body.paths as Record<string, Record<string, unknown>>;
      routes = Object.entries(paths)
        .filter(([path, operations]) => operations['get'] !== undefined && !path.endsWith('/events') && !path.startsWith('/docs'))
        .map(([path]) => concrete(path));
      expect(routes.length).toBeGreaterThan(40);
    }, 120_000);

    afterAll(async () => {
      await api?.close();
      await backend.cleanup();
    });

    function concrete(path: string): string {
      const filled = path
        .replace(/^\/(audit\/)?agenda-items\/\{id\}/, (_m, audit: string | undefined) => `/${audit ?? ''}agenda-items/${itemId}`)
        .replace('{streamId}', encodeURIComponent(`agenda-item:${itemId}`))
        .replace('{district}', 'hwaseong')
        .replace('{body}', 'civic-council')
        .replace('{year}', String(year))
        .replace('{memberId}', memberId)
        .replace(/\{[^}]+\}/g, 'x');
      const queries: Record<string, string> = {
        '/audit/export': `stream=${encodeURIComponent(`agenda-item:${itemId}`)}`,
        '/audit/exports/history': `stream=${encodeURIComponent(`agenda-item:${itemId}`)}&format=jsonl`,
        '/audit/proofs/inclusion': 'position=3',
        '/audit/proofs/consistency': 'from=1',
      };
      const query = queries[filled] ?? 'district=hwaseong';
      return `${filled}?${query}`;
    }

    async function readAll(reader: Reader): Promise<Answer[]> {
      const answers: Answer[] = [];
      for (const route of routes) {
        const headers: Record<string, string> = {};
        if (tokens[reader]) headers.authorization = `Bearer ${tokens[reader]}`;
        const response = await fetch(`${api.url}${route}`, { headers, signal: AbortSignal.timeout(30_000) });
        const bytes = Buffer.from(await response.arrayBuffer());
        answers.push({ route, status: response.status, text: bytes.toString('utf8') });
      }
      return answers;
    }

    function shown(answers: readonly Answer[], value: string): string[] {
      return answers.filter((answer) => answer.text.includes(value)).map((answer) => answer.route);
    }

    // One test, in this order: the erasure destroys what the read scopes are shown with (the order of tests is random).
    it('shows personal fields to the district’s secretaries and officials and to auditors only, on every read route; then erases a subject: [삭제됨] on every route, in the export and the rebuilt read models, gone from the file, every proof still valid', async () => {
      for (const reader of Object.keys(tokens) as Reader[]) {
        const answers = await readAll(reader);
        expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
        // No answer carries the stored form, except the proof bundle (its leaf covers the ciphertext).
        expect(
          answers
            .filter((answer) => answer.text.includes(STORED_FORM) && !answer.route.startsWith('/audit/proofs/inclusion'))
            .map((a) => a.route),
        ).toEqual([]);
        if (MAY_SEE.has(reader)) {
          if (reader !== 'official-own') {
            // The secretary and the auditor reach every kind of value somewhere.
            for (const value of PLANTED)
              expect({ reader, value, routes: shown(answers, value).length > 0 }).toEqual({ reader, value, routes: true });
          } else {
            expect(shown(answers, OPINION).length).toBeGreaterThan(0);
          }
        } else {
          // The token register is where an administrator names the tokens it issues: its own record, not the log's.
          const outside = reader === 'admin' ? answers.filter((answer) => !answer.route.startsWith('/admin/tokens')) : answers;
          for (const value of PLANTED) expect({ reader, value, routes: shown(outside, value) }).toEqual({ reader, value, routes: [] });
          if (reader !== 'public') expect(answers.some((answer) => answer.status === 200 && answer.text.includes('[비공개]'))).toBe(true);
        }
      }

      const store = api.running.app.get<EventStore>(EVENT_STORE);
      const by = { id: 'cli:privacy', role: 'admin' } as const;
      await eraseSubject(store, `opinion:${itemId}/${opinionId}`, 'request', by, new Date());
      await eraseSubject(store, `member:hwaseong-civic-council/${memberId}`, 'request', by, new Date());
      // The secretary's token is named after its holder: the administrator reads the name, until the actor is erased.
      const listed = async () =>
        (await api.call('GET', '/admin/tokens', { token: api.adminToken })).body as { id: string; name?: string }[];
      const secretary = (await listed()).find((token) => token.name === ACTOR)!;
      expect(secretary).toBeDefined();
      await eraseSubject(store, `actor:${secretary.id}`, 'request', by, new Date());
      expect((await listed()).find((token) => token.id === secretary.id)?.name).toBe('[삭제됨]');

      const check = async () => {
        for (const reader of ['auditor', 'secretary-own'] as const) {
          const answers = await readAll(reader);
          expect({ reader, opinion: shown(answers, OPINION), member: shown(answers, MEMBER) }).toEqual({ reader, opinion: [], member: [] });
          expect(shown(answers, '[삭제됨]').length).toBeGreaterThan(0);
          // What was not erased still reads.
          expect(shown(answers, OWNER).length).toBeGreaterThan(0);
        }
      };
      await check();
      const exported = await api.call('GET', `/audit/export?stream=${encodeURIComponent(`agenda-item:${itemId}`)}`, {
        token: tokens.auditor,
      });
      expect(exported.status).toBe(200);
      const exportText = typeof exported.body === 'string' ? exported.body : JSON.stringify(exported.body);
      expect(exportText).toContain('[삭제됨]');
      expect(exportText).not.toContain(OPINION);

      const rebuild = await api.call('POST', '/admin/projections/all/rebuild', { token: api.adminToken, body: {} });
      expect(rebuild.status).toBe(202);
      await eventually(async () => {
        const run = await api.call('GET', rebuild.body.rebuild as string, { token: api.adminToken });
        expect(run.body.state).toBe('completed');
      }, 120_000);
      await check();

      const verified = await api.call('GET', '/audit/verify', { token: tokens.auditor });
      expect(verified.body.ok).toBe(true);
      const events = await store.readStream(`agenda-item:${itemId}`);
      const recorded = events.find((event) => event.type === 'OpinionRecorded')!;
      const bundle = await api.call('GET', `/audit/proofs/inclusion?position=${recorded.position}`, { token: tokens.auditor });
      expect(bundle.status).toBe(200);
      const key = await api.call('GET', '/.well-known/gongron-log-key');
      const verifierKey =
        typeof key.body === 'string'
          ? key.body.trim()
          : String((key.body as { verifierKey?: string }).verifierKey ?? JSON.stringify(key.body));
      expect(verifyProofBundle(bundle.body, [verifierKey.split('\n')[0]!.trim()])).toMatchObject({ ok: true });

      const bytes = await backend.bytes(api);
      expect(bytes.length).toBeGreaterThan(0);
      // The search would find them if they were there: the value not erased is in the file (encrypted, so by its subject).
      expect(bytes.includes(Buffer.from(`drafting-owner%3A${itemId}`))).toBe(true);
      expect(bytes.includes(Buffer.from(OPINION))).toBe(false);
      expect(bytes.includes(Buffer.from(MEMBER))).toBe(false);
      // Nor the token's name: the token table keeps it sealed under the erased actor's key.
      expect(bytes.includes(Buffer.from(ACTOR))).toBe(false);
    }, 600_000);
  });
}

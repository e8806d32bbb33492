/**
 * The served contracts, as an integrator's tools read them: Redocly's recommended rules on
 * `/docs/openapi.json` (any error fails), the structural promises the linter does not check
 * (typed parameters, typed answers, problems as application/problem+json), and every read
 * route's real answer over a generated history validated against its declared schema.
 */
import Ajv from 'ajv';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EVENT_STORE, type EventStore } from '@gongron/event-store';
import { GeneratedClock, appendHistory } from '../../libs/projections/src/testing/history-generator.js';
import { eventually, startTestApi, type TestApi } from './api-support.js';
import { samplePdf } from '../support/attachment-samples.js';

// The OpenAPI document is navigated freely here; each assertion says what it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operations(document: Json): { path: string; method: string; operation: Json }[] {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Json>)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

describe('the OpenAPI contract', () => {
  let api: TestApi;
  let document: Json;
  let dir: string;

  beforeAll(async () => {
    api = await startTestApi();
    dir = mkdtempSync(join(tmpdir(), 'gongron-contracts-'));
    document = (await api.call('GET', '/docs/openapi.json')).body;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("passes Redocly's recommended rules without an error", async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['node_modules/@redocly/cli/bin/cli.js', 'lint', '--extends', 'recommended', '--format', 'json', file],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
    const { problems } = JSON.parse(stdout) as { problems: LintProblem[] };
    const describe = (p: LintProblem) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`;
    const warnings = problems.filter((p) => p.severity === 'warn');
    if (warnings.length > 0) process.stderr.write(`Redocly warnings (${warnings.length}):\n${warnings.map(describe).join('\n')}\n`);
    expect(problems.filter((p) => p.severity === 'error').map(describe)).toEqual([]);
  }, 120_000);

  it('types every parameter and every answer, and declares every refusal as application/problem+json', () => {
    const untypedParameters: string[] = [];
    const untypedAnswers: string[] = [];
    const wrongProblems: string[] = [];
    const phantomParameters: string[] = [];
    for (const { path, method, operation } of operations(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? []) {
        if (!parameter.schema?.type && !parameter.schema?.enum && !parameter.schema?.$ref)
          untypedParameters.push(`${where} ${parameter.in} ${parameter.name}`);
        if (parameter.in === 'path' && !path.includes(`{${parameter.name}}`)) phantomParameters.push(`${where} ${parameter.name}`);
      }
      const success = Object.entries(operation.responses as Record<string, Json>).filter(([status]) => status.startsWith('2'));
      // An answer is typed by its schema, or by saying it has no body at all (204).
      const typed = success.some(
        ([status, response]) => status === '204' || Object.values(response.content ?? {}).some((media: Json) => media.schema),
      );
      if (!typed) untypedAnswers.push(where);
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        if (Number(status) >= 400 && Object.keys(response.content ?? {}).join() !== 'application/problem+json')
          wrongProblems.push(`${where} ${status}`);
      }
      if ((operation.security ?? []).length > 0) {
        expect(operation.responses['401']?.headers?.['WWW-Authenticate']).toBeDefined();
      }
      expect(operation.responses['429']?.headers?.['Retry-After']).toBeDefined();
    }
    expect(untypedParameters).toEqual([]);
    expect(untypedAnswers).toEqual([]);
    expect(wrongProblems).toEqual([]);
    expect(phantomParameters).toEqual([]);
    expect(operations(document).length).toBeGreaterThan(50);
  });

  it('describes the bearer token as what it is: opaque, not a JWT', () => {
    const scheme = document.components.securitySchemes.bearer;
    expect(scheme).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(scheme.bearerFormat).not.toMatch(/jwt/i);
    expect(document.paths['/public/dashboard'].get.security).toEqual([]);
  });
});

describe('the read answers against their declared schemas', () => {
  let api: TestApi;
  let document: Json;
  let auditor: string;

  beforeAll(async () => {
    api = await startTestApi({ GONGRON_RUN_PROCESS_MANAGERS: 'false' });
    document = (await api.call('GET', '/docs/openapi.json')).body;
    auditor = await api.token({ role: 'auditor', name: '감사' });
    // A roster and a convened meeting, so their read routes answer with data too.
    const civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    await api.call('POST', '/rosters/suwon/civic-council/members', {
      token: civic,
      body: { memberId: 'contract-m1', name: '계약위원', category: 'expert', termFrom: '2024-03-01' },
    });
    await api.call('POST', '/meetings', {
      token: civic,
      body: {
        district: 'suwon',
        body: 'civic-council',
        number: 90,
        heldOn: '2024-05-09',
        startsAt: '10:00',
        place: '회의실',
        agenda: [{ title: '보고' }],
      },
    });
    await api.call('POST', '/meetings/suwon-civic-council-2024-90/convening', { token: civic, body: { attending: ['contract-m1'] } });
    // A project's call for schools, so its read route answers with data too.
    const official = await api.token({ role: 'official', district: 'suwon', party: 'education-office' });
    const budget = { 'education-office': 10_000_000, 'local-government': 0 };
    await api.call('POST', '/projects', {
      token: official,
      body: { projectId: 'contract-p1', district: 'suwon', year: 2024, title: '공모 사업', taskCode: '2-1', plannedBudget: budget },
    });
    await api.call('POST', '/projects/contract-p1/school-calls', {
      token: official,
      body: { number: 1, title: '공모', criteria: ['기준'], amount: budget, opensOn: '2024-03-04', closesOn: '2024-03-22' },
    });
    // The 2023 province survey and suwon's self-evaluation with its report, so the evaluation routes answer with data too.
    const province = await api.token({ role: 'province' });
    const score = { importance: 4.2, performance: 3.9 };
    await api.call('POST', '/evaluations/province', {
      token: province,
      body: {
        year: 2023,
        title: '공통지표 설문조사',
        period: { from: '2023-10-24', to: '2023-11-08' },
        respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
        indicators: [{ indicatorId: 'counselling', name: '인성·정서 상담 프로그램', ...score }],
        results: [{ district: 'suwon', indicatorId: 'counselling', ...score }],
      },
    });
    const report = await fetch(`${api.url}/attachments?name=report.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${official}`, 'content-type': 'application/pdf' },
      body: samplePdf('자체평가 보고서'),
    });
    await api.call('POST', '/evaluations/districts', {
      token: official,
      body: {
        district: 'suwon',
        year: 2023,
        indicators: [{ indicatorId: 'participants', name: '참여 학생', target: 10, result: 9 }],
        report: { sha256: ((await report.json()) as { sha256: string }).sha256, name: 'report.pdf' },
      },
    });
    // An operating plan, so its stream and its register answer with data too.
    const working = await api.token({ role: 'secretary', district: 'suwon', body: 'working-council' });
    await api.call('POST', '/operating-plans', { token: working, body: { district: 'suwon', year: 2030 } });
    const store = api.running.app.get<EventStore>(EVENT_STORE);
    // The project's direct grant (지정 교부), so the route of its direct grants answers with data too:
    // written to the log as stored, since a grant needs an agreement the process managers (off here) apply.
    await store.append(
      'school-call:contract-p1.direct',
      [
        {
          id: randomUUID(),
          type: 'DirectSchoolGrantAwarded',
          data: {
            callId: 'contract-p1.direct',
            grantId: 'contract-g1',
            projectId: 'contract-p1',
            district: 'suwon',
            year: 2024,
            schoolId: 'suwon-maetan-es',
            schoolName: '수원매탄초등학교',
            level: 'elementary',
            schoolDistrict: 'suwon',
            amount: { 'education-office': 1_000_000, 'local-government': 0 },
            reason: '거점학교 지정',
            purpose: '강사비',
            allocation: budget,
            grantedInOtherCalls: { 'education-office': 0, 'local-government': 0 },
            awardedOn: '2024-03-05',
            workflowVersion: 1,
          },
        },
      ],
      'no-stream',
    );
    await appendHistory(store, { events: 1_500, seed: 17, concurrentStories: 12 }, new GeneratedClock(new Date('2024-03-01T00:00:00Z')));
    await eventually(async () => {
      const { body } = await api.call('GET', '/admin/projections', { token: api.adminToken });
      if (!body.projections.every((p: Json) => p.lag === 0)) throw new Error('projections are behind');
    }, 60_000);
  }, 120_000);

  afterAll(() => api?.close());

  it.each([
    ['/decisions?from=2024-02-30', 'from'],
    ['/public/decisions?to=2023-02-29', 'to'],
    ['/decisions?from=2024-13-01', 'from'],
  ])('refuses %s with 400 naming the parameter, as strictly as commands do', async (url, field) => {
    const answer = await api.call('GET', url, { token: api.adminToken });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ code: 'QUERY.INVALID_DATE', field });
    expect((await api.call('GET', url.replace(/=\d{4}-\d{2}-\d{2}/, '=2024-02-29'), { token: api.adminToken })).status).toBe(200);
  });

  it('answers every read route with what its schema says, on data of every kind', async () => {
    const ajv = new Ajv({ allErrors: true, nullable: true, unknownFormats: 'ignore', schemaId: 'auto' } as Json);
    const board = (await api.call('GET', '/agenda-board?limit=1', { token: api.adminToken })).body.items[0];
    const agreement = (await api.call('GET', '/agreement-register?limit=1', { token: api.adminToken })).body.items[0];
    const project = (await api.call('GET', '/budget-ledger?limit=1', { token: api.adminToken })).body.items[0];
    expect(board && agreement && project).toBeTruthy();
    const values: Record<string, string> = {
      district: board.district,
      year: String(agreement.year),
      id: board.item_id,
      streamId: `agenda-item:${board.item_id}`,
      meetingId: 'suwon-civic-council-2024-90',
      callId: 'contract-p1.call-1',
      body: 'civic-council',
      file: 'projects.json',
      // A checkpoint signed now, so the route of a checkpoint by its size answers with one.
      size: String((await api.call('POST', '/audit/checkpoints', { token: auditor })).body.treeSize),
    };
    const checked: string[] = [];
    const failures: string[] = [];
    for (const { path, method, operation } of operations(document)) {
      if (method !== 'get' || path === '/metrics' || path.startsWith('/docs')) continue;
      // No reaction is parked in a generated history, and its project streams are shaped for the
      // read models, not for the project workflow (they do not fold).
      // A rebuild run exists only once started (rebuild-progress.e2e.spec.ts follows one).
      if (path.startsWith('/admin/projections/rebuilds/')) continue;
      if (path === '/admin/process-managers/parked/{id}' || /^\/(audit\/)?projects\/\{id\}(\/expenditures)?$/.test(path)) continue;
      const declared = Object.entries(operation.responses as Record<string, Json>).find(([status]) => status.startsWith('2'))!;
      const schema = declared[1].content?.['application/json']?.schema;
      if (!schema) continue;
      let url = path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        encodeURIComponent(/^\/(audit\/)?projects/.test(path) && name === 'id' ? project.project_id : values[name]!),
      );
      if (path.startsWith('/agreement-register/') || path.startsWith('/audit/agreements/') || path.startsWith('/public/agreements/'))
        url = url.replace(/\/[a-z]+\/\d+$/, `/${agreement.district}/${agreement.year}`);
      if (path === '/audit/districts/{district}/board') url += '?asOf=2030-01-01';
      if (path === '/meetings/{id}') url = `/meetings/${values.meetingId!}`;
      if (path.startsWith('/evaluations/')) url = path.replace('{district}', 'suwon').replace('{year}', '2023');
      if (path.startsWith('/operating-plans/') || path.startsWith('/operating-plan-register/'))
        url = url.replace(/\/[a-z]+\/\d+$/, '/suwon/2030');
      if (path === '/projects/{id}/direct-grants') url = '/projects/contract-p1/direct-grants';
      if (path === '/project-deliberations/{projectId}') url = `/project-deliberations/${encodeURIComponent(project.project_id)}`;
      if (path === '/rosters/{district}/{body}') url = '/rosters/suwon/civic-council?on=2024-05-09';
      if (path === '/audit/proofs/inclusion') url += '?position=1';
      if (path === '/audit/proofs/consistency' || path === '/transparency/consistency') url += '?from=1';
      const token = path.startsWith('/audit') ? auditor : api.adminToken;
      const answer = await api.call('GET', url, { token });
      if (answer.status !== Number(declared[0])) {
        failures.push(`GET ${url}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        continue;
      }
      const validate = ajv.compile({ components: document.components, allOf: [schema] });
      if (!validate(answer.body)) failures.push(`GET ${url}: ${ajv.errorsText(validate.errors)}`);
      checked.push(path);
    }
    expect(failures).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(25);
  }, 120_000);
});

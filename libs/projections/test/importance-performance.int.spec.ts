/**
 * The importance–performance analysis as a read model, on SQLite and on PostgreSQL: the 2023
 * province survey puts 인성·정서 상담 프로그램 in 집중지원 province-wide and in suwon; a correction
 * replaces the year's rows (an indicator it drops leaves the analysis, a district it adds joins it).
 */
import { randomUUID } from 'node:crypto';
import { openSqlDatabase, type SqlDatabase } from '@gongron/application';
import { type EventStore, PostgresEventStore, type JsonObject } from '@gongron/event-store';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../../test/support/postgres.js';
import { ProjectionEngine, importancePerformanceOf, importancePerformanceProjection, importancePerformanceScopes } from '../src/index.js';
import { GeneratedClock } from '../src/testing/history-generator.js';
import { sqliteFixture } from './support.js';

const indicators = [
  { indicatorId: 'counselling', name: '인성·정서 상담 프로그램', taskCode: '2-3', importance: 4.35, performance: 3.62 },
  { indicatorId: 'local-experience', name: '지역 연계 체험활동', taskCode: '2-2', importance: 4.2, performance: 4.05 },
  { indicatorId: 'village-community', name: '마을교육공동체 참여', taskCode: '1-1', importance: 3.7, performance: 3.55 },
  { indicatorId: 'career', name: '진로·직업 체험', taskCode: '3-1', importance: 3.8, performance: 4.1 },
];
const survey = {
  surveyId: '2023',
  title: '2023 미래교육협력지구 공통지표 설문조사',
  period: { from: '2023-10-24', to: '2023-11-08' },
  respondents: { students: 71_271, parents: 20_592, teachers: 24_507 },
  conductedWith: '경기도교육연구원',
  indicators,
  results: [
    { district: 'suwon', indicatorId: 'counselling', importance: 4.4, performance: 3.5 },
    { district: 'suwon', indicatorId: 'local-experience', importance: 4.1, performance: 4.2 },
    { district: 'suwon', indicatorId: 'village-community', importance: 3.6, performance: 3.4 },
    { district: 'suwon', indicatorId: 'career', importance: 3.9, performance: 4.0 },
  ],
  enteredOn: '2023-12-04',
};

async function appendSurvey(store: EventStore): Promise<void> {
  await store.append(
    'province-survey:2023',
    [{ id: randomUUID(), type: 'ProvinceSurveyRecorded', data: { ...survey, year: 2023, workflowVersion: 1 } as unknown as JsonObject }],
    'no-stream',
  );
}

async function appendCorrection(store: EventStore): Promise<void> {
  const corrected = {
    ...survey,
    indicators: indicators.slice(0, 3),
    results: [
      ...survey.results.filter((result) => result.indicatorId !== 'career'),
      { district: 'osan', indicatorId: 'counselling', importance: 4.3, performance: 3.8 },
      { district: 'osan', indicatorId: 'local-experience', importance: 4.0, performance: 4.1 },
    ],
    correction: 1,
    reason: '진로 지표 제외',
    enteredOn: '2023-12-11',
  };
  await store.append(
    'province-survey:2023',
    [{ id: randomUUID(), type: 'ProvinceSurveyCorrected', data: corrected as unknown as JsonObject }],
    0,
  );
}

async function expectAnalysis(database: SqlDatabase, store: EventStore): Promise<void> {
  const engine = new ProjectionEngine({ database, store, projections: [importancePerformanceProjection] });
  await appendSurvey(store);
  await engine.catchUp();
  const province = await importancePerformanceOf(database.db, 2023, 'province');
  expect(province?.respondents).toEqual({ students: 71_271, parents: 20_592, teachers: 24_507 });
  expect(province?.means).toEqual({ importance: expect.closeTo(4.0125, 6), performance: expect.closeTo(3.83, 6) });
  expect(province?.items.map((item) => [item.name, item.importance, item.performance, item.quadrant])).toEqual([
    ['인성·정서 상담 프로그램', 4.35, 3.62, 'concentrate'],
    ['지역 연계 체험활동', 4.2, 4.05, 'keepUp'],
    ['마을교육공동체 참여', 3.7, 3.55, 'improveGradually'],
    ['진로·직업 체험', 3.8, 4.1, 'maintain'],
  ]);
  const suwon = await importancePerformanceOf(database.db, 2023, 'suwon');
  expect(suwon?.items.find((item) => item.indicatorId === 'counselling')?.quadrant).toBe('concentrate');
  expect(suwon?.respondents).toEqual(province?.respondents);
  expect(await importancePerformanceOf(database.db, 2023, 'osan')).toBeUndefined();

  await appendCorrection(store);
  await engine.catchUp();
  expect(await importancePerformanceScopes(database.db, 2023)).toEqual(['osan', 'province', 'suwon']);
  const corrected = await importancePerformanceOf(database.db, 2023, 'province');
  expect(corrected?.items.map((item) => item.indicatorId)).toEqual(['counselling', 'local-experience', 'village-community']);
  expect((await importancePerformanceOf(database.db, 2023, 'suwon'))?.items).toHaveLength(3);
  const osan = await importancePerformanceOf(database.db, 2023, 'osan');
  expect(osan?.items.map((item) => [item.indicatorId, item.quadrant])).toEqual([
    ['counselling', 'concentrate'],
    ['local-experience', 'maintain'],
  ]);
  await engine.rebuild([importancePerformanceProjection.name]);
  expect(await importancePerformanceOf(database.db, 2023, 'osan')).toEqual(osan);
}

describe('the importance–performance read model on SQLite', () => {
  it('places the 2023 survey’s items in their quadrants and follows a correction', async () => {
    const fx = sqliteFixture();
    try {
      await expectAnalysis(fx.database, fx.store);
    } finally {
      await fx.close();
    }
  }, 60_000);
});

const describePg = await describeWithPostgres();

describePg('the importance–performance read model on PostgreSQL', () => {
  let testDb: TestDatabase;

  afterAll(async () => {
    await testDb?.drop();
  });

  it('places the 2023 survey’s items in their quadrants and follows a correction', async () => {
    testDb = await createTestDatabase('gongron_ipa');
    const clock = new GeneratedClock(new Date('2023-12-04T01:00:00Z'));
    const store = await PostgresEventStore.create({ connectionString: testDb.url, clock: clock.now, pollIntervalMs: 50 });
    const database = openSqlDatabase({ kind: 'postgres', connectionString: testDb.url });
    try {
      await expectAnalysis(database, store);
    } finally {
      await database.close();
      await store.close();
    }
  }, 60_000);
});

/**
 * The item list of the web application with 10,000 items: how long `GET /agenda-board` takes to
 * answer the filters the list page sends (state, body, task, district, Korean text search) and a
 * page deep in the list, over real HTTP on the embedded default. The aim: every filter answers
 * in ≤ 100 ms (p95) on this machine.
 *
 * The items are proposed through the API by the 31 districts' civic-council secretaries; a third
 * are taken into deliberation and a sixth adopted, so the states differ. Titles are Korean,
 * drawn from a list of programme words, so a text search has something to find.
 *
 * Env: BENCH_WEB_ITEMS (default 10000), BENCH_WEB_RUNS (default 40 per query).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { districts, taskCodes } from '@gongron/domain';
import { loadConfig } from '@gongron/application';
import { startApi } from '../apps/api/src/app.js';
import { AppLogger } from '../apps/api/src/logging/app-logger.js';

const ITEMS = Number(process.env.BENCH_WEB_ITEMS ?? 10_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 40);
const AIM_MS = 100;
const words = [
  '생태',
  '진로',
  '마을',
  '하천',
  '코딩',
  '독서',
  '방과후',
  '공유학교',
  '체험',
  '예술',
  '스포츠',
  '환경',
  '역사',
  '과학',
  '음악',
];

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-web-list-'));
  const config = loadConfig({
    GONGRON_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    GONGRON_RUN_RELAY: 'false',
    // Loading 10,000 items from one address is not the traffic the rate limits are for.
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
  });
  const api = await startApi(config, { logger: new AppLogger('silent'), webDir: false });
  const admin = api.firstAdminToken!.token;
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  try {
    const tokens = new Map<string, string>();
    for (const district of districts) {
      const issued = await call('POST', '/admin/tokens', admin, {
        role: 'secretary',
        district: district.code,
        body: 'civic-council',
        name: `${district.name} 간사`,
      });
      tokens.set(district.code, issued.token as string);
    }
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < ITEMS) {
        const i = next++;
        const district = districts[i % districts.length]!.code;
        const token = tokens.get(district)!;
        const title = `${words[i % words.length]} ${words[(i * 7 + 3) % words.length]} 프로그램 ${i}`;
        const proposed = await call('POST', '/agenda-items', token, {
          district,
          title,
          description: `${title}: 학생과 지역이 함께 만드는 교육 활동`,
          proposerCategory: 'student',
          taskCode: taskCodes[i % taskCodes.length],
        });
        const id = (proposed.state as { itemId: string }).itemId;
        if (i % 3 === 0) await call('POST', `/agenda-items/${id}/deliberation`, token, {});
        if (i % 6 === 0)
          await call('POST', `/agenda-items/${id}/adoption`, token, {
            meeting: { heldOn: '2026-03-05' },
            tally: { onRoll: 15, present: 10, for: 8, against: 1, abstain: 1 },
          });
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    process.stdout.write(`loaded ${ITEMS} items in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    for (;;) {
      const status = (await call('GET', '/admin/projections', admin)) as { projections: Array<{ name: string; lag: number }> };
      if (status.projections.find((p) => p.name === 'agenda-board')!.lag === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const reader = tokens.get('suwon')!;
    const queries: Array<[string, string]> = [
      ['first page, no filter', '/agenda-board?limit=20'],
      ['state = inDeliberation', '/agenda-board?state=inDeliberation&limit=20'],
      ['body = working-council', '/agenda-board?body=working-council&limit=20'],
      ['task = 2-2', '/agenda-board?taskCode=2-2&limit=20'],
      ['district + state', '/agenda-board?district=hwaseong&state=proposed&limit=20'],
      ['text search "생태"', `/agenda-board?text=${encodeURIComponent('생태')}&limit=20`],
      ['text search "공유학교" + state', `/agenda-board?text=${encodeURIComponent('공유학교')}&state=proposed&limit=20`],
      ['page 496 (offset 9,900)', '/agenda-board?limit=20&offset=9900'],
    ];
    let worst = 0;
    process.stdout.write(`\nGET /agenda-board over HTTP, ${RUNS} runs each (ms)\n`);
    process.stdout.write(`${'query'.padEnd(34)} ${'total'.padStart(6)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}\n`);
    for (const [name, path] of queries) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS + 3; run += 1) {
        const t0 = performance.now();
        const page = (await call('GET', path, reader)) as { total: number };
        const elapsed = performance.now() - t0;
        total = page.total;
        if (run >= 3) times.push(elapsed);
      }
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
      worst = Math.max(worst, p(0.95));
      process.stdout.write(
        `${name.padEnd(34)} ${String(total).padStart(6)} ${p(0.5).toFixed(1).padStart(7)} ${p(0.95).toFixed(1).padStart(7)} ${times[times.length - 1]!.toFixed(1).padStart(7)}\n`,
      );
    }
    process.stdout.write(`\nworst p95: ${worst.toFixed(1)} ms (aim ≤ ${AIM_MS} ms) — ${worst <= AIM_MS ? 'met' : 'NOT met'}\n`);
    if (worst > AIM_MS) process.exitCode = 1;
  } finally {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/**
 * The web application as council secretaries, officials and administrators use it, in real
 * Chromium: every scenario signs in through the sign-in page and works only through the pages;
 * the API is used directly only to prepare an item's earlier steps and to check what was written.
 * Every page visited is scanned by axe-core (0 serious or critical violations) and kept as a
 * screenshot under test-artifacts/browser/.
 */
import { jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { eventually, tally } from '../e2e/api-support.js';
import {
  browserAvailable,
  cleanBuilds,
  confirmationsOn,
  keep,
  signIn,
  startWeb,
  withReloadCut,
  withReloadHeld,
  type AxeViolation,
  type WebHarness,
} from './browser-support.js';

jest.setTimeout(180_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;
const DISTRICT = 'hwaseong';

describeBrowser('the web application in Chromium', () => {
  let web: WebHarness;
  let civic: string;
  let working: string;
  let steering: string;
  let education: string;
  let city: string;
  const violations: Record<string, AxeViolation[]> = {};

  /** Screenshot + axe scan of the page as it is now. */
  async function scan(page: Page, name: string): Promise<void> {
    violations[name] = await keep(page, name);
    expect({ page: name, violations: violations[name] }).toEqual({ page: name, violations: [] });
  }

  async function personWith(token: string): Promise<Page> {
    const context = await web.person();
    const page = await context.newPage();
    await signIn(page, token);
    return page;
  }

  /** An item prepared through the API up to a given step, for the later bodies' scenarios. */
  async function prepareItem(title: string, upTo: 'referred' | 'underReview'): Promise<string> {
    const api = web.api;
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: DISTRICT,
        title,
        description: `${title}: 학생과 지역이 함께 만드는 프로그램`,
        proposerCategory: 'parent',
        taskCode: '2-2',
      },
    });
    const id = proposed.body.state.itemId as string;
    const item = `/agenda-items/${id}`;
    await api.call('POST', `${item}/deliberation`, { token: civic, body: {} });
    await api.call('POST', `${item}/adoption`, { token: civic, body: { meeting: { heldOn: '2026-03-05' }, tally: tally(15, 10, 8) } });
    if (upTo === 'underReview') {
      await api.call('POST', `${item}/drafting`, { token: working, body: { owner: '화성오산교육지원청 미래교육팀' } });
      await api.call('POST', `${item}/draft-revisions`, {
        token: working,
        body: { plan: '12차시 운영', taskCode: '2-2', budgetRequest: { 'education-office': 10_000_000, 'local-government': 5_000_000 } },
      });
      await api.call('POST', `${item}/tabling`, { token: working, body: {} });
    }
    const state = (await api.call('GET', item, { token: civic })).body.state.status;
    expect(state).toBe(upTo);
    // The lists are read models, projected from the log a moment later.
    await eventually(async () => {
      const board = await api.call('GET', `/agenda-board?district=${DISTRICT}&state=${upTo}&limit=500`, { token: civic });
      expect((board.body.items as Array<{ item_id: string }>).map((row) => row.item_id)).toContain(id);
    });
    return id;
  }

  async function eventTypes(id: string): Promise<string[]> {
    const answer = await web.api.call('GET', `/agenda-items/${id}/history`, { token: civic });
    return (answer.body.events as Array<{ type: string }>).map((event) => event.type);
  }

  beforeAll(async () => {
    web = await startWeb();
    civic = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'civic-council', name: '화성 민관학 간사' });
    working = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'working-council', name: '화성 지역협의체 간사' });
    steering = await web.api.token({ role: 'secretary', district: DISTRICT, body: 'steering-committee', name: '화성 운영위원회 간사' });
    education = await web.api.token({ role: 'official', district: DISTRICT, party: 'education-office', name: '화성오산교육지원청 담당' });
    city = await web.api.token({ role: 'official', district: DISTRICT, party: 'local-government', name: '화성시 담당' });
  }, 180_000);

  afterAll(async () => {
    await web?.close();
    cleanBuilds();
  });

  it('a civic-council secretary takes an item from proposal through deliberation and opinions to adoption', async () => {
    const context = await web.person();
    const page = await context.newPage();
    await page.goto('/');
    await scan(page, '01-home');
    await page.goto('/sign-in');
    await scan(page, '02-sign-in');
    await signIn(page, civic);
    await page.waitForURL('**/work');
    await scan(page, '03-work');

    await page.getByRole('link', { name: '안건 목록' }).first().click();
    await page.getByRole('button', { name: '안건 제안' }).click();
    const propose = page.getByRole('form', { name: '안건 제안' });
    await propose.getByLabel('제목').fill('동탄 하천 생태 탐구 교실');
    await propose.getByLabel('내용').fill('학생들이 지역 하천을 탐구하는 방과후 프로그램을 제안합니다.');
    await propose.getByLabel('제안자 구분').selectOption('student');
    await propose.getByLabel('추진과제').selectOption('2-2');
    await scan(page, '04-propose');
    await page.getByRole('button', { name: '안건 제안 저장' }).click();
    await page.getByRole('heading', { level: 1, name: '동탄 하천 생태 탐구 교실' }).waitFor();
    await scan(page, '05-item-proposed');

    await page.getByRole('button', { name: '공론화 시작' }).click();
    await page.getByLabel('공론화 방식').fill('온라인 설문과 공개 토론회');
    await page.getByRole('button', { name: '공론화 시작 저장' }).click();
    await page.getByText('공론화 시작 완료').waitFor();

    for (const [stance, text] of [
      ['찬성', '우리 동네에서 직접 배울 수 있어 좋겠어요.'],
      ['중립', '학교 교육과정과의 연계 방안이 필요합니다.'],
    ] as const) {
      await page.getByRole('button', { name: '의견 등록', exact: true }).click();
      await page.locator('label', { hasText: new RegExp(`^${stance}$`) }).click();
      await page.getByLabel('의견 내용').fill(text);
      await page.getByRole('button', { name: '의견 등록 저장' }).click();
      await page.getByText('의견 등록 완료').waitFor();
    }

    await page.getByRole('button', { name: '의제 채택' }).click();
    await page.getByLabel('재적').fill('15');
    await page.getByText('재적 15명 → 출석 8명 이상, 찬성은 출석의 과반').waitFor();
    await page.getByLabel('출석').fill('11');
    await page.getByLabel('찬성').fill('9');
    await page.getByText('정족수 충족, 가결 요건 충족').waitFor();
    await scan(page, '06-adoption-form');
    await page.getByRole('button', { name: '의제 채택 저장' }).click();
    await page.getByText('의제 채택 완료').waitFor();
    // The page re-renders after the success message: wait for the badge to say it.
    await page
      .locator('.page-title-wrap .krds-badge')
      .first()
      .filter({ hasText: /^회부$/ })
      .waitFor();

    await page.getByRole('tab', { name: /처리 기록/ }).click();
    await scan(page, '07-item-timeline');
    const rows = page.locator('.gongron-timeline tbody tr');
    await expect(rows.count()).resolves.toBe(5);
    await expect(rows.nth(4).textContent()).resolves.toContain('의제 채택');
    await expect(rows.nth(4).textContent()).resolves.toContain('화성 민관학 간사');
    await page.getByRole('tab', { name: /의견/ }).click();
    await scan(page, '08-item-opinions');

    const id = page.url().split('/').pop()!;
    expect(await eventTypes(id)).toEqual([
      'AgendaItemProposed',
      'DeliberationOpened',
      'OpinionRecorded',
      'OpinionRecorded',
      'AgendaItemAdopted',
    ]);

    await page.goto(`/agenda?q=${encodeURIComponent('하천')}`);
    await page.getByRole('link', { name: '동탄 하천 생태 탐구 교실' }).waitFor();
    await scan(page, '09-agenda-list');
  });

  it('a working-council secretary drafts two revisions and tables the item', async () => {
    const id = await prepareItem('지역 연계 진로체험 버스', 'referred');
    const page = await personWith(working);
    await page.goto(`/agenda/${id}`);
    await page.getByRole('button', { name: '실행안 작성 시작' }).click();
    await page.getByLabel('작성 담당').fill('화성오산교육지원청 미래교육팀');
    await page.getByRole('button', { name: '실행안 작성 시작 저장' }).click();
    await page.getByText('실행안 작성 시작 완료').waitFor();

    for (const [n, plan] of [
      [1, '진로체험 버스 20회 운영 (초안)'],
      [2, '진로체험 버스 24회 운영, 안전요원 배치 (수정안)'],
    ] as const) {
      await page.getByRole('button', { name: `실행안 제출 (${n}차 수정안)` }).click();
      await page.getByLabel('실행안 내용').fill(plan);
      await page.getByLabel('추진과제').selectOption('2-1');
      await page.getByLabel('교육청 요청액 (원)').fill('25000000');
      await page.getByLabel('지자체 요청액 (원)').fill('35,000,000');
      if (n === 2) await scan(page, '10-draft-form');
      await page.getByRole('button', { name: `실행안 제출 (${n}차 수정안) 저장` }).click();
      await page.getByText(`실행안 제출 (${n}차 수정안) 완료`).waitFor();
    }
    await page.getByRole('button', { name: '운영위원회 상정' }).click();
    await page.getByRole('button', { name: '운영위원회 상정 저장' }).click();
    await page.getByText('운영위원회 상정 완료').waitFor();
    // The page re-renders after the success message: wait for the badge to say it.
    await page
      .locator('.page-title-wrap .krds-badge')
      .first()
      .filter({ hasText: /^심의$/ })
      .waitFor();
    await page.getByRole('tab', { name: /실행안/ }).click();
    await scan(page, '11-item-drafts');
    expect((await eventTypes(id)).slice(-4)).toEqual([
      'DraftingStarted',
      'DraftRevisionSubmitted',
      'DraftRevisionSubmitted',
      'AgendaItemTabled',
    ]);
  });

  it('the steering committee’s secretary is refused a tally without quorum in Korean, then records a carried one', async () => {
    const id = await prepareItem('청소년 자치 배움터', 'underReview');
    const page = await personWith(steering);
    await page.goto(`/agenda/${id}`);
    await page.getByRole('button', { name: '심의 의결' }).click();
    await page.getByLabel('의결 결과').selectOption('approved');
    await page.getByLabel('재적').fill('15');
    await page.getByLabel('출석').fill('7');
    await page.getByLabel('찬성').fill('7');
    await page.getByText('의사정족수 미달: 출석 7명, 8명 이상 필요').waitFor();
    await page.getByRole('button', { name: '심의 의결 저장' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    // The API's own refusal (VOTE.NO_QUORUM) in the alert and under the field it names (tally.present).
    const presentError = page.locator('[id$="-tally-present-error"]');
    await presentError.waitFor();
    await expect(presentError.textContent()).resolves.toBe(await refusal.locator('.critical-txt p').first().textContent());
    // In Korean, from the API's refusal catalogue (the page asks in Accept-Language).
    await expect(refusal.textContent()).resolves.toContain('의사정족수 미달: 재적 15명 중 7명 출석, 8명 이상 출석해야 합니다.');
    await expect(presentError.textContent()).resolves.toContain('의사정족수');
    await scan(page, '12-review-no-quorum');
    expect(await eventTypes(id)).not.toContain('ReviewDecisionRecorded');

    await page.getByLabel('출석').fill('10');
    await page.getByLabel('찬성').fill('8');
    await page.getByText('정족수 충족, 가결 요건 충족').waitFor();
    await page.getByRole('button', { name: '심의 의결 저장' }).click();
    await page.getByText('심의 의결 완료').waitFor();
    // 가결, or already 사업 추진 once the process manager has created the project.
    await expect(page.locator('.page-title-wrap .krds-badge').first().textContent()).resolves.toMatch(/^(가결|사업 추진)$/);
    expect((await eventTypes(id)).filter((type) => type === 'ReviewDecisionRecorded')).toHaveLength(1);
  });

  it('meeting mode records the decisions of one meeting on several items without leaving the page', async () => {
    const first = await prepareItem('마을 공유학교 운영', 'underReview');
    const second = await prepareItem('지역 특색 미래교육 캠프', 'underReview');
    const page = await personWith(steering);
    await page.goto('/meetings');
    await page.getByLabel('회의 이름').fill('제3차 지역 운영위원회');
    await page.getByLabel('재적').fill('15');
    await page.getByLabel('출석').fill('12');
    await page.getByRole('button', { name: '확인' }).click();
    const url = page.url();
    for (const title of ['마을 공유학교 운영', '지역 특색 미래교육 캠프']) {
      await page.locator('.gongron-queue').getByRole('button', { name: title }).click();
      const current = page.locator('.gongron-meeting-item');
      await current.getByRole('heading', { name: title }).waitFor();
      await current.getByLabel('찬성').fill('9');
      if (title === '마을 공유학교 운영') await scan(page, '13-meeting-mode');
      await current.getByRole('button', { name: '가결 저장' }).click();
      await page.locator('.gongron-queue li', { hasText: title }).getByText('가결').waitFor();
    }
    expect(page.url()).toBe(url);
    for (const id of [first, second]) {
      await eventually(async () =>
        expect((await web.api.call('GET', `/agenda-items/${id}`, { token: steering })).body.state.status).not.toBe('underReview'),
      );
    }
  });

  it('two browsers edit one item: the second is told that someone else changed it first, and can reload', async () => {
    const id = await prepareItem('학부모 참여 진로 멘토링', 'referred');
    const [first, second] = [await personWith(working), await personWith(working)];
    for (const page of [first, second]) {
      await page.goto(`/agenda/${id}`);
      await page.getByRole('button', { name: '실행안 작성 시작' }).click();
      await page.getByLabel('작성 담당').fill(page === first ? '첫째 담당' : '둘째 담당');
    }
    await first.getByRole('button', { name: '실행안 작성 시작 저장' }).click();
    await first.getByText('실행안 작성 시작 완료').waitFor();
    await second.getByRole('button', { name: '실행안 작성 시작 저장' }).click();
    await second.getByText('다른 사용자가 먼저 변경했습니다').waitFor();
    await scan(second, '14-conflict');
    expect((await eventTypes(id)).filter((type) => type === 'DraftingStarted')).toHaveLength(1);
    await second.getByRole('button', { name: '새로 불러오기' }).click();
    await second.getByRole('button', { name: /실행안 제출/ }).waitFor();
    const state = (await web.api.call('GET', `/agenda-items/${id}`, { token: working })).body.state;
    expect(state.draftingOwner).toBe('첫째 담당');
  });

  it('a double click on a submit button writes one event', async () => {
    const proposed = await web.api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: DISTRICT,
        title: '두 번 누른 공론화',
        description: '두 번 눌러도 한 번만 기록됩니다.',
        proposerCategory: 'teacher',
      },
    });
    const id = proposed.body.state.itemId as string;
    const page = await personWith(civic);
    await page.goto(`/agenda/${id}`);
    await page.getByRole('button', { name: '공론화 시작' }).click();
    await page.getByRole('button', { name: '공론화 시작 저장' }).dblclick();
    await page.getByText('공론화 시작 완료').waitFor();
    expect(await eventTypes(id)).toEqual(['AgendaItemProposed', 'DeliberationOpened']);
  });

  it('an item’s confirmation shows with the item as it now stands, and a reload that fails says the action was saved but not read back', async () => {
    const proposed = await web.api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: DISTRICT,
        title: '다시 읽는 안건',
        description: '확인 메시지는 새 상태와 함께 나옵니다.',
        proposerCategory: 'teacher',
      },
    });
    const id = proposed.body.state.itemId as string;
    const page = await personWith(civic);
    await page.goto(`/agenda/${id}`);
    await page.getByRole('tab', { name: /처리 기록 \(1\)/ }).waitFor();
    const path = `/agenda-items/${id}`;

    // With the reload held back a second: no confirmation stands above the proposed item, and it comes with the item open to opinions.
    await page.getByRole('button', { name: '공론화 시작' }).click();
    const held = await withReloadHeld(page, path, '공론화 시작 완료', () => page.getByRole('button', { name: '공론화 시작 저장' }).click());
    expect(held.confirmationsWhileHeld).toBe(0);
    expect(held.shown.main).toContain('처리 기록 (2)');
    expect(held.shown.main).not.toContain('처리 기록 (1)');

    // The opinion is saved but the item cannot be read again: the danger alert says both, and no confirmation stands alone.
    await page.getByRole('button', { name: '의견 등록', exact: true }).click();
    await page.locator('label', { hasText: /^찬성$/ }).click();
    await page.getByLabel('의견 내용').fill('다시 읽지 못해도 저장은 됩니다.');
    const cut = await withReloadCut(page, path, () => page.getByRole('button', { name: '의견 등록 저장' }).click());
    expect(cut.confirmations).toEqual([]);
    expect(cut.failed.text).toContain('의견 등록 완료');
    expect(cut.failed.text).toContain('다시 읽지 못해');
    expect(cut.failed.main).toContain('의견 (0)');
    await expect(confirmationsOn(page)).resolves.toBe(0);
    await scan(page, '14b-item-reload-failed');
    expect(await eventTypes(id)).toEqual(['AgendaItemProposed', 'DeliberationOpened', 'OpinionRecorded']);
    // Read again from the alert, the page shows the opinion, confirms it now, and no error stays.
    await page.locator('main [role=alert]').getByRole('button', { name: '새로 불러오기' }).click();
    await page.getByRole('tab', { name: /의견 \(1\)/ }).waitFor();
    await page.locator('#saved-message', { hasText: '의견 등록 완료' }).waitFor();
    await expect(page.locator('main .gongron-alert .critical-badge.danger').count()).resolves.toBe(0);
  });

  it('an opinion form is completed by keyboard alone', async () => {
    const proposed = await web.api.call('POST', '/agenda-items', {
      token: civic,
      body: {
        district: DISTRICT,
        title: '키보드로 등록하는 의견',
        description: '마우스 없이 의견을 등록합니다.',
        proposerCategory: 'citizen',
      },
    });
    const id = proposed.body.state.itemId as string;
    await web.api.call('POST', `/agenda-items/${id}/deliberation`, { token: civic, body: {} });
    const page = await personWith(civic);
    await page.goto(`/agenda/${id}`);
    type InPage = { document: { activeElement: { textContent: string | null; getAttribute(name: string): string | null } | null } };
    const focused = () =>
      page.evaluate(() => {
        const active = (globalThis as unknown as InPage).document.activeElement;
        return `${active?.textContent ?? ''}|${active?.getAttribute('id') ?? ''}`;
      });
    const tabTo = async (matches: (text: string) => boolean) => {
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        if (matches(await focused())) return;
      }
      throw new Error('the control was not reachable by Tab');
    };
    await tabTo((text) => text.startsWith('의견 등록|'));
    await page.keyboard.press('Enter');
    await tabTo((text) => text.includes('stance-support'));
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('마을 도서관과 연계하면 좋겠습니다.');
    await tabTo((text) => text.startsWith('의견 등록 저장'));
    await page.keyboard.press('Enter');
    await page.getByText('의견 등록 완료').waitFor();
    const opinions = (await web.api.call('GET', `/agenda-items/${id}`, { token: civic })).body.state.opinions;
    expect(opinions).toEqual([
      expect.objectContaining({ stance: 'support', respondentCategory: 'parent', text: '마을 도서관과 연계하면 좋겠습니다.' }),
    ]);
  });

  it('an official signs the agreement, and the other party consents to an amendment it did not propose', async () => {
    const year = 2027;
    const api = web.api;
    const project = await api.call('POST', '/projects', {
      token: education,
      body: {
        projectId: 'web-agreement-p1',
        district: DISTRICT,
        year,
        title: '마을교육공동체 활성화',
        taskCode: '1-1',
        plannedBudget: { 'education-office': 10_000_000, 'local-government': 10_000_500 },
      },
    });
    expect(project.status).toBe(201);
    await api.call('POST', '/agreements', { token: education, body: { district: DISTRICT, year } });
    await api.call('POST', `/agreements/${DISTRICT}/${year}/projects`, {
      token: education,
      body: {
        projectId: 'web-agreement-p1',
        title: '마을교육공동체 활성화',
        taskCode: '1-1',
        budget: { 'education-office': 10_000_000, 'local-government': 10_000_500 },
      },
    });

    const officer = await personWith(education);
    await officer.goto(`/agreements/${DISTRICT}/${year}`);
    await officer.getByRole('heading', { level: 1, name: /부속합의서/ }).waitFor();
    await officer.getByRole('button', { name: '서명', exact: true }).click();
    await officer.getByLabel('서명자 성명').fill('김교육');
    const agreementPath = `/agreements/${DISTRICT}/${year}`;
    // With the reload held back a second, the confirmation comes with the signature it reports.
    const signed = await withReloadHeld(officer, agreementPath, '서명 완료', () =>
      officer.getByRole('button', { name: '서명 저장' }).click(),
    );
    expect(signed.confirmationsWhileHeld).toBe(0);
    expect(signed.shown.main).toContain('김교육');

    const mayor = await personWith(city);
    await mayor.goto(`/agreements/${DISTRICT}/${year}`);
    await mayor.getByRole('button', { name: '서명', exact: true }).click();
    await mayor.getByLabel('서명자 성명').fill('이화성');
    await mayor.getByRole('button', { name: '서명 저장' }).click();
    await mayor.getByText('서명 완료').waitFor();
    await mayor.getByText('발효').first().waitFor();
    await mayor.getByRole('button', { name: '변경 제안' }).click();
    await mayor.getByLabel('변경 후 교육청 예산 (원)').fill('10000000');
    await mayor.getByLabel('변경 후 지자체 예산 (원)').fill('15000000');
    await mayor.getByLabel('변경 사유').fill('2학기 참여 학교 확대');
    // While the amendment is read back, the signature's confirmation no longer stands above the agreement without it.
    const proposed = await withReloadHeld(mayor, agreementPath, '변경 제안 완료', () =>
      mayor.getByRole('button', { name: '변경 제안 저장' }).click(),
    );
    expect(proposed.confirmationsWhileHeld).toBe(0);
    expect(proposed.shown.main).toContain('2학기 참여 학교 확대');
    // The party that proposed sees no consent control for its own amendment.
    await mayor.getByText('상대 기관(교육청)의 동의를 기다립니다.').waitFor();
    await expect(mayor.getByRole('button', { name: '변경 동의' }).count()).resolves.toBe(0);

    // The other party finds it in 내 할 일 and follows it to the agreement.
    // 내 할 일 is a read model, projected a moment after the proposal: reload until it shows.
    await eventually(async () => {
      await officer.goto('/work');
      await officer.getByRole('heading', { level: 2, name: '동의를 기다리는 부속합의서 변경' }).waitFor();
      expect(await officer.getByRole('cell', { name: '2학기 참여 학교 확대' }).count()).toBe(1);
    }, 20_000);
    await scan(officer, '15-work-official');
    await officer.getByRole('link', { name: /2027년 화성시 미래교육협력지구 부속합의서/ }).click();
    await officer.getByRole('button', { name: '변경 동의' }).waitFor();
    // The two decisions stand apart, and 변경 제안 apart from the amendment's card: a KRDS button group's spacing.
    const box = async (locator: Locator) => (await locator.boundingBox())!;
    const consent = await box(officer.getByRole('button', { name: '변경 동의' }));
    const refuse = await box(officer.getByRole('button', { name: '변경 거부' }));
    expect(refuse.x - (consent.x + consent.width)).toBeGreaterThanOrEqual(8);
    const card = await box(officer.locator('[data-amendment]').first());
    const propose = await box(officer.getByRole('button', { name: '변경 제안' }));
    expect(propose.y - (card.y + card.height)).toBeGreaterThanOrEqual(8);
    await scan(officer, '15-agreement-amendment');
    await officer.getByRole('button', { name: '변경 동의' }).click();
    await officer.getByText('변경 동의 완료').waitFor();
    const state = (await api.call('GET', `/agreements/${DISTRICT}/${year}`, { token: education })).body.state;
    expect(state.amendments[0].status).toBe('consented');
    expect(state.projects[0].budget).toEqual({ 'education-office': 10_000_000, 'local-government': 15_000_000 });
    // 천원 on the page, the exact won on demand.
    await officer.getByRole('button', { name: '원 단위로 보기' }).click();
    await officer.getByText('15,000,000').first().waitFor();

    await officer.goto('/projects');
    await officer.getByRole('link', { name: '마을교육공동체 활성화' }).waitFor();
    await scan(officer, '16-projects');

    // A second amendment is saved but the agreement cannot be read again: the danger alert says both, no confirmation alone.
    await mayor.goto(agreementPath);
    await mayor.getByRole('button', { name: '변경 제안' }).click();
    await mayor.getByLabel('변경 후 교육청 예산 (원)').fill('10000000');
    await mayor.getByLabel('변경 후 지자체 예산 (원)').fill('16000000');
    await mayor.getByLabel('변경 사유').fill('돌봄 프로그램 추가');
    const cut = await withReloadCut(mayor, agreementPath, () => mayor.getByRole('button', { name: '변경 제안 저장' }).click());
    expect(cut.confirmations).toEqual([]);
    expect(cut.failed.text).toContain('변경 제안 완료');
    expect(cut.failed.text).toContain('다시 읽지 못해');
    expect(cut.failed.main).not.toContain('돌봄 프로그램 추가');
    await expect(confirmationsOn(mayor)).resolves.toBe(0);
    await scan(mayor, '16b-agreement-reload-failed');
    const amended = (await api.call('GET', agreementPath, { token: city })).body.state;
    expect(amended.amendments.map((amendment: { reason: string }) => amendment.reason)).toEqual([
      '2학기 참여 학교 확대',
      '돌봄 프로그램 추가',
    ]);
  });

  it('an administrator issues and revokes tokens and rebuilds a read model with a progress bar that reaches 100 %', async () => {
    const page = await personWith(web.api.adminToken);
    await page.waitForURL('**/admin/people');
    await page.getByRole('textbox', { name: '이름' }).fill('화성 감사');
    await page.getByRole('combobox', { name: '역할' }).selectOption('auditor');
    await page.getByRole('button', { name: '토큰 발급' }).click();
    await page.getByText('토큰을 발급했습니다').waitFor();
    await expect(page.locator('[data-token]').textContent()).resolves.toMatch(/^gr_/);
    await scan(page, '17-admin-people');
    const issued = (await page.locator('[data-token]').textContent())!;
    // A one-time sign-in link for the civic secretary opens a session in another browser, once.
    await page.getByRole('button', { name: '로그인 링크 발급: 화성 민관학 간사' }).click();
    const link = (await page.locator('[data-sign-in-link]').textContent())!;
    expect(link).toMatch(/\/sign-in#code=/);
    const other = await (await web.person()).newPage();
    await other.goto(link);
    await other.waitForURL('**/work');
    await other.getByText('화성 민관학 간사').first().waitFor();
    const again = await (await web.person()).newPage();
    await again.goto(link);
    await again.getByText('로그인 링크가 만료되었거나 이미 사용되었습니다').waitFor();

    await page.getByRole('button', { name: '폐기: 화성 감사' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '폐기' }).click();
    await page.getByText('화성 감사 토큰을 폐기했습니다.').waitFor();
    await expect(page.locator('tr', { hasText: '화성 감사' }).count()).resolves.toBe(0);
    expect((await web.api.call('GET', '/session', { token: issued })).status).toBe(401);

    await page.goto('/admin/projections');
    await page.getByRole('button', { name: '다시 만들기: 안건 현황판' }).click();
    await page.locator('[role=progressbar][aria-valuenow="100"]').waitFor();
    await page.getByText('안건 현황판을(를) 다시 만들었습니다.').waitFor();
    await scan(page, '18-admin-projections');
  });

  it('every page passes axe-core with no serious or critical violation, in Korean and in English', async () => {
    const page = await personWith(civic);
    await page.goto('/meetings');
    await scan(page, '19-meetings-civic');
    await page.getByRole('button', { name: '언어 변경' }).click();
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting mode' }).waitFor();
    await page.goto('/agenda');
    await page.getByRole('heading', { level: 1, name: 'Agenda items' }).waitFor();
    await scan(page, '20-agenda-english');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/agenda');
    await scan(page, '21-agenda-phone');
  });
});

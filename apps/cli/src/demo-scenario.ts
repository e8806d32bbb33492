/**
 * The demo: five districts with agenda items in every state, projects created from approvals
 * by the process manager, and in 화성시 a signed agreement with a consented (and a refused)
 * amendment, expenditures, evaluations and feedback. Everything goes through the command path
 * with the actors who would really do it, so the log reads like a year of council work.
 */
import {
  type Actor,
  type BodyCode,
  type Budget,
  type CommandData,
  type CommandType,
  type DistrictCode,
  type Funder,
  type OpinionStance,
  type ProposerCategory,
  projectIdForAgendaItem,
  type TaskCode,
} from '@gongron/domain';

export interface DemoDriver {
  /** Issue the domain's command of this type as the actor. */
  exec<T extends CommandType>(actor: Actor, type: T, data: CommandData<T>): Promise<void>;
  /** Wait until the process managers have made the stream's status one of these. */
  waitFor(streamId: string, statuses: readonly string[]): Promise<void>;
}

type Body = BodyCode;
type Party = Funder;
type Target =
  | 'proposed'
  | 'inDeliberation'
  | 'dismissed'
  | 'withdrawn'
  | 'referred'
  | 'drafting'
  | 'underReview'
  | 'rejected'
  | 'inImplementation'
  | 'evaluated'
  | 'closed';

interface ItemPlan {
  readonly title: string;
  readonly description: string;
  readonly proposer: ProposerCategory;
  readonly taskCode: TaskCode;
  readonly budget: readonly [education: number, local: number];
  readonly target: Target;
  /** A revision request before approval. */
  readonly revised?: boolean;
}

interface DistrictPlan {
  readonly code: DistrictCode;
  readonly name: string;
  readonly items: readonly ItemPlan[];
  /** Sign this year's agreement over the projects of the items that reach implementation. */
  readonly agreement?: boolean;
}

export const DEMO_PREFIX = 'demo';

export const demoDistricts: readonly DistrictPlan[] = [
  {
    code: 'hwaseong',
    name: '화성시',
    agreement: true,
    items: [
      {
        title: '마을과 함께하는 방과후 생태교실',
        description: '학생들이 동탄 하천 생태를 탐구하는 방과후 프로그램',
        proposer: 'student',
        taskCode: '2-2',
        budget: [30_000_000, 20_000_000],
        target: 'closed',
        revised: true,
      },
      {
        title: '청소년 자치 배움터 운영',
        description: '학생회가 기획하고 운영하는 주말 배움터',
        proposer: 'teacher',
        taskCode: '1-2',
        budget: [18_000_000, 12_000_000],
        target: 'evaluated',
      },
      {
        title: '지역 연계 진로체험 버스',
        description: '관내 기업·기관을 도는 진로체험 순회 버스',
        proposer: 'parent',
        taskCode: '2-1',
        budget: [25_000_000, 35_000_000],
        target: 'inImplementation',
      },
      {
        title: 'AI 융합 메이커 교실',
        description: '공유학교와 연계한 인공지능·메이커 교육',
        proposer: 'teacher',
        taskCode: '3-2',
        budget: [40_000_000, 20_000_000],
        target: 'underReview',
      },
      {
        title: '다문화 가정 학부모 교육 참여 지원',
        description: '통역 지원과 학부모 교육 공동체 모임',
        proposer: 'citizen',
        taskCode: '2-3',
        budget: [8_000_000, 8_000_000],
        target: 'drafting',
        revised: true,
      },
      {
        title: '학교 숲 가꾸기 공론장',
        description: '학교 숲을 지역 주민과 함께 가꾸는 방안 토론',
        proposer: 'citizen',
        taskCode: '1-1',
        budget: [5_000_000, 5_000_000],
        target: 'inDeliberation',
      },
      {
        title: '야간 자율학습실 확대',
        description: '관내 모든 학교의 야간 자율학습실 확대',
        proposer: 'parent',
        taskCode: '2-3',
        budget: [60_000_000, 0],
        target: 'dismissed',
      },
    ],
  },
  {
    code: 'suwon',
    name: '수원시',
    items: [
      {
        title: '수원화성 역사 탐방 교육과정',
        description: '세계유산과 연계한 지역 교육과정',
        proposer: 'teacher',
        taskCode: '2-1',
        budget: [22_000_000, 18_000_000],
        target: 'referred',
      },
      {
        title: '학생 주도 기후행동 프로젝트',
        description: '학생들이 설계하는 탄소중립 실천 프로젝트',
        proposer: 'student',
        taskCode: '3-1',
        budget: [15_000_000, 15_000_000],
        target: 'rejected',
      },
      {
        title: '동네 도서관 야간 개방',
        description: '학교 도서관을 주민에게 야간 개방',
        proposer: 'citizen',
        taskCode: '1-3',
        budget: [10_000_000, 10_000_000],
        target: 'withdrawn',
      },
      {
        title: '마을 교사 양성 과정',
        description: '지역 인재를 마을 교사로 양성',
        proposer: 'official',
        taskCode: '1-2',
        budget: [12_000_000, 9_000_000],
        target: 'inDeliberation',
      },
      {
        title: '학부모 동아리 지원',
        description: '학부모 학습 동아리 운영비 지원',
        proposer: 'parent',
        taskCode: '1-1',
        budget: [4_000_000, 4_000_000],
        target: 'proposed',
      },
    ],
  },
  {
    code: 'goyang',
    name: '고양시',
    items: [
      {
        title: '호수공원 생태 체험학습',
        description: '일산 호수공원과 연계한 생태 체험',
        proposer: 'teacher',
        taskCode: '2-2',
        budget: [14_000_000, 16_000_000],
        target: 'inImplementation',
      },
      {
        title: '방송 콘텐츠 창작 교실',
        description: '지역 방송 인프라를 활용한 미디어 교육',
        proposer: 'student',
        taskCode: '3-1',
        budget: [20_000_000, 10_000_000],
        target: 'drafting',
      },
      {
        title: '등굣길 안전 지도 만들기',
        description: '학생과 주민이 함께 만드는 안전 지도',
        proposer: 'parent',
        taskCode: '1-3',
        budget: [3_000_000, 2_000_000],
        target: 'proposed',
      },
    ],
  },
  {
    code: 'paju',
    name: '파주시',
    items: [
      {
        title: '출판도시 연계 책 만들기',
        description: '출판단지와 함께하는 학생 책 출판',
        proposer: 'teacher',
        taskCode: '2-2',
        budget: [16_000_000, 14_000_000],
        target: 'underReview',
      },
      {
        title: '접경지역 평화 교육 캠프',
        description: 'DMZ 인근 평화·통일 체험 캠프',
        proposer: 'official',
        taskCode: '3-3',
        budget: [25_000_000, 15_000_000],
        target: 'dismissed',
      },
      {
        title: '농촌 소규모 학교 공동 교육과정',
        description: '작은 학교들이 함께 여는 공동 교육과정',
        proposer: 'teacher',
        taskCode: '2-1',
        budget: [9_000_000, 6_000_000],
        target: 'proposed',
      },
    ],
  },
  {
    code: 'yangpyeong',
    name: '양평군',
    items: [
      {
        title: '두물머리 생태 탐구 학교',
        description: '남한강·북한강 합수부 생태 탐구',
        proposer: 'teacher',
        taskCode: '2-2',
        budget: [12_000_000, 18_000_000],
        target: 'inImplementation',
      },
      {
        title: '농촌 유학 프로그램',
        description: '도시 학생의 농촌 학교 단기 유학',
        proposer: 'official',
        taskCode: '3-3',
        budget: [20_000_000, 20_000_000],
        target: 'inDeliberation',
      },
      {
        title: '군립 미술관 연계 예술 교육',
        description: '지역 미술관과 함께하는 예술 수업',
        proposer: 'citizen',
        taskCode: '2-3',
        budget: [6_000_000, 6_000_000],
        target: 'withdrawn',
      },
    ],
  },
];

const ORDER: readonly Target[] = [
  'proposed',
  'inDeliberation',
  'referred',
  'drafting',
  'underReview',
  'inImplementation',
  'evaluated',
  'closed',
];
const reached = (target: Target, step: Target) => ORDER.indexOf(target) >= ORDER.indexOf(step);

function secretary(district: DistrictCode, body: Body): Actor {
  const names: Record<Body, string> = {
    'civic-council': '민·관·학 지역교육협의체 간사',
    'working-council': '지역협의체 간사',
    'steering-committee': '지역 운영위원회 간사',
  };
  return { id: `${DEMO_PREFIX}:${district}:${body}`, role: 'secretary', district, body, name: names[body] };
}

function official(district: DistrictCode, party: Party): Actor {
  return {
    id: `${DEMO_PREFIX}:${district}:${party}`,
    role: 'official',
    district,
    party,
    name: party === 'education-office' ? '교육지원청 담당 장학사' : '시·군 교육협력 담당 주무관',
  };
}

export function demoItemId(district: string, index: number): string {
  return `${DEMO_PREFIX}-${district}-${index + 1}`;
}

const votes = (onRoll: number, yes: number) => ({ onRoll, present: yes + 2, for: yes, against: 1, abstain: 1 });

export async function loadDemo(driver: DemoDriver, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const meeting = (title: string) => ({ heldOn: today, title });

  for (const district of demoDistricts) {
    const civic = secretary(district.code, 'civic-council');
    const working = secretary(district.code, 'working-council');
    const steering = secretary(district.code, 'steering-committee');
    const education = official(district.code, 'education-office');
    const local = official(district.code, 'local-government');
    const implemented: { itemId: string; projectId: string; plan: ItemPlan }[] = [];

    for (const [index, plan] of district.items.entries()) {
      const itemId = demoItemId(district.code, index);
      await driver.exec(civic, 'ProposeAgendaItem', {
        itemId,
        district: district.code,
        title: plan.title,
        description: plan.description,
        proposerCategory: plan.proposer,
        taskCode: plan.taskCode,
        source: index % 2 === 0 ? 'forum' : 'survey',
      });
      if (plan.target === 'withdrawn') {
        await driver.exec(civic, 'WithdrawAgendaItem', { itemId, reason: '제안자가 유사 사업 추진 소식을 듣고 철회' });
        continue;
      }
      if (plan.target === 'proposed') continue;
      await driver.exec(civic, 'OpenDeliberation', { itemId, method: '온라인 설문과 공개 토론회' });
      const opinions: [OpinionStance, ProposerCategory, string][] = [
        ['support', 'student', '우리 동네에서 직접 배울 수 있어 좋겠어요.'],
        ['support', 'parent', '아이들이 안전하게 참여할 수 있도록 운영해 주세요.'],
        ['neutral', 'teacher', '학교 교육과정과의 연계 방안이 필요합니다.'],
      ];
      for (const [n, [stance, respondentCategory, text]] of opinions.entries()) {
        await driver.exec(civic, 'RecordOpinion', { itemId, opinionId: `${itemId}-opinion-${n + 1}`, stance, respondentCategory, text });
      }
      if (plan.target === 'inDeliberation') continue;
      if (plan.target === 'dismissed') {
        await driver.exec(civic, 'DismissAgendaItem', {
          itemId,
          reason: '기존 사업과 중복되어 의제로 채택하지 않음',
          meeting: meeting('민·관·학 지역교육협의체 정기회의'),
          tally: { onRoll: 20, present: 14, for: 4, against: 9, abstain: 1 },
        });
        continue;
      }
      await driver.exec(civic, 'AdoptAgendaItem', { itemId, meeting: meeting('민·관·학 지역교육협의체 정기회의'), tally: votes(20, 12) });
      if (plan.target === 'referred') continue;
      await driver.exec(working, 'StartDrafting', { itemId, owner: `${district.name} 미래교육협력지구 지역협의체 실무팀` });
      const budgetRequest = { 'education-office': plan.budget[0], 'local-government': plan.budget[1] };
      await driver.exec(working, 'SubmitDraftRevision', {
        itemId,
        revisionId: `${itemId}-draft-1`,
        plan: `${plan.title}: 운영 계획 초안 (대상 학교, 차시, 강사 구성)`,
        taskCode: plan.taskCode,
        budgetRequest,
      });
      if (plan.revised) {
        await driver.exec(working, 'TableForReview', { itemId, meeting: meeting('지역 운영위원회 심의') });
        await driver.exec(steering, 'RecordReviewDecision', {
          itemId,
          decision: 'revisionRequested',
          feedback: '안전 관리 계획과 성과 지표를 보완하세요.',
          meeting: meeting('지역 운영위원회 심의'),
          tally: votes(15, 8),
        });
        if (plan.target === 'drafting') continue;
        await driver.exec(working, 'SubmitDraftRevision', {
          itemId,
          revisionId: `${itemId}-draft-2`,
          plan: `${plan.title}: 보완 계획 (안전요원 배치, 성과 지표 3종)`,
          taskCode: plan.taskCode,
          budgetRequest,
        });
      }
      if (plan.target === 'drafting') continue;
      await driver.exec(working, 'TableForReview', { itemId, meeting: meeting('지역 운영위원회 심의') });
      if (plan.target === 'underReview') {
        await driver.exec(steering, 'DeferAgendaItem', {
          itemId,
          meeting: meeting('지역 운영위원회 심의'),
          reason: '관계 기관 의견 수렴 후 재상정',
        });
        continue;
      }
      if (plan.target === 'rejected') {
        await driver.exec(steering, 'RecordReviewDecision', {
          itemId,
          decision: 'rejected',
          feedback: '예산 대비 효과가 불분명함',
          meeting: meeting('지역 운영위원회 심의'),
          tally: { onRoll: 15, present: 11, for: 3, against: 7, abstain: 1 },
        });
        continue;
      }
      await driver.exec(steering, 'RecordReviewDecision', {
        itemId,
        decision: index % 2 === 0 ? 'approved' : 'conditionallyApproved',
        ...(index % 2 === 0 ? {} : { conditions: ['분기별 운영 실적 보고'] }),
        meeting: meeting('지역 운영위원회 심의'),
        tally: votes(15, 10),
        projectYear: year,
      });
      const projectId = projectIdForAgendaItem(itemId);
      await driver.waitFor(`project:${projectId}`, ['planned']);
      await driver.waitFor(`agenda-item:${itemId}`, ['inImplementation']);
      implemented.push({ itemId, projectId, plan });
    }

    if (!district.agreement) continue;

    // A project carried over from last year, created directly by the education support office.
    const carriedOver = `${DEMO_PREFIX}-${district.code}-carried-over`;
    await driver.exec(education, 'CreateProject', {
      projectId: carriedOver,
      district: district.code,
      year,
      title: '마을교육공동체 활성화 (전년도 이월)',
      taskCode: '1-1',
      plannedBudget: { 'education-office': 10_000_000, 'local-government': 10_000_000 },
    });
    const agreement = { district: district.code, year };
    await driver.exec(education, 'DraftAgreement', agreement);
    const listed: { projectId: string; title: string; taskCode: TaskCode; budget: Budget }[] = [
      ...implemented.map(({ projectId, plan }) => ({
        projectId,
        title: plan.title,
        taskCode: plan.taskCode,
        budget: { 'education-office': plan.budget[0], 'local-government': plan.budget[1] },
      })),
      {
        projectId: carriedOver,
        title: '마을교육공동체 활성화 (전년도 이월)',
        taskCode: '1-1',
        budget: { 'education-office': 10_000_000, 'local-government': 10_000_000 },
      },
    ];
    for (const project of listed) await driver.exec(education, 'AddProjectToAgreement', { ...agreement, ...project });
    await driver.exec(education, 'SignAgreement', { ...agreement, signedOn: today, signatoryName: '교육장' });
    await driver.exec(local, 'SignAgreement', { ...agreement, signedOn: today, signatoryName: '시장' });
    for (const project of listed) await driver.waitFor(`project:${project.projectId}`, ['agreed']);

    // 제2조 변경: the city raises its share for the first project; the office consents.
    const raised = listed[0]!;
    await driver.exec(local, 'ProposeAmendment', {
      ...agreement,
      amendmentId: `${DEMO_PREFIX}-${district.code}-${year}-amendment-1`,
      changes: [
        {
          kind: 'budget',
          projectId: raised.projectId,
          budget: { ...raised.budget, 'local-government': raised.budget['local-government'] + 5_000_000 },
        },
      ],
      reason: '참여 학교 확대에 따른 지자체 부담분 증액',
    });
    await driver.exec(education, 'ConsentToAmendment', {
      ...agreement,
      amendmentId: `${DEMO_PREFIX}-${district.code}-${year}-amendment-1`,
    });
    // A second one, refused by the city.
    await driver.exec(education, 'ProposeAmendment', {
      ...agreement,
      amendmentId: `${DEMO_PREFIX}-${district.code}-${year}-amendment-2`,
      changes: [{ kind: 'withdraw', projectId: carriedOver }],
      reason: '이월 사업 조기 종료 검토',
    });
    await driver.exec(local, 'RefuseAmendment', {
      ...agreement,
      amendmentId: `${DEMO_PREFIX}-${district.code}-${year}-amendment-2`,
      reason: '지역 수요가 여전히 높음',
    });

    for (const { itemId, projectId, plan } of implemented) {
      await driver.exec(education, 'StartProject', { projectId });
      await driver.exec(education, 'RecordExpenditure', {
        projectId,
        expenditureId: `${projectId}-spend-1`,
        funder: 'education-office',
        amount: Math.floor(plan.budget[0] * 0.4),
        spentOn: today,
        purpose: '강사비 및 교재 구입',
      });
      if (plan.budget[1] > 0) {
        await driver.exec(local, 'RecordExpenditure', {
          projectId,
          expenditureId: `${projectId}-spend-2`,
          funder: 'local-government',
          amount: Math.floor(plan.budget[1] * 0.5),
          spentOn: today,
          purpose: '체험 차량 임차 및 장소 대관',
        });
      }
      if (!reached(plan.target, 'evaluated')) continue;
      await driver.exec(education, 'CompleteProject', { projectId });
      await driver.exec(education, 'RecordSelfEvaluation', {
        projectId,
        indicators: [
          { name: '참여 학생 수', target: 120, result: 134, unit: '명' },
          { name: '운영 차시', target: 12, result: 12, unit: '차시' },
        ],
        summary: '목표 대비 참여 인원 초과 달성',
      });
      await driver.exec(education, 'RecordComprehensiveEvaluation', {
        projectId,
        satisfaction: { students: 91.2, parents: 87.5, teachers: 84 },
      });
      await driver.waitFor(`agenda-item:${itemId}`, ['awaitingFeedback']);
      if (plan.target !== 'closed') continue;
      await driver.exec(steering, 'RecordFeedback', {
        itemId,
        summary: '학생·학부모 만족도가 높아 차년도 확대 운영을 권고함',
        recommendations: ['참여 학교 확대', '지역 환경단체와의 협약 체결'],
        meeting: meeting('지역 운영위원회 환류 회의'),
      });
      await driver.exec(education, 'CloseProject', { projectId });
    }
  }
}

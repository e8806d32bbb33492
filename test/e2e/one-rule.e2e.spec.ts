/**
 * One rule for every door: a text limit is declared once in the domain, and a caller over HTTP
 * meets the same one as the CLI and the process managers (which reach the decider directly).
 * A title the decider takes is taken over HTTP; one character more is refused by both, each
 * naming the title and the limit; the OpenAPI document states the same limits.
 */
import { agendaItemWorkflow, type AgendaItemCommand, DomainError, LIST_LIMITS, TEXT_LIMITS, type ProposeAgendaItem } from '@gongron/domain';
import { startTestApi, type TestApi } from './api-support.js';

const proposal = (title: string) => ({ district: 'suwon', title, description: '수원 학생 자치 활동 지원', proposerCategory: 'student' });

function decideProposal(title: string, itemId: string) {
  const command: ProposeAgendaItem = {
    type: 'ProposeAgendaItem',
    data: { ...proposal(title), district: 'suwon', proposerCategory: 'student', itemId },
    metadata: {
      now: '2024-03-04T01:00:00.000Z',
      today: '2024-03-04',
      actor: { id: 'token-civic', role: 'secretary', district: 'suwon', body: 'civic-council' },
    },
  };
  return agendaItemWorkflow.decider.decide(command, agendaItemWorkflow.decider.initialState());
}

const metadata = {
  now: '2024-03-04T01:00:00.000Z',
  today: '2024-03-04',
  actor: { id: 'token-civic', role: 'secretary', district: 'suwon', body: 'civic-council' },
} as const;

/** The refusal the decider gives a command on an item in deliberation (proposed, then opened). */
function refusalInDeliberation(command: { type: AgendaItemCommand['type']; data: Record<string, unknown> }): unknown {
  const { decider } = agendaItemWorkflow;
  let state = decider.initialState();
  const opening: AgendaItemCommand[] = [
    { type: 'ProposeAgendaItem', data: { ...proposal('의제'), itemId: 'one-rule-in-deliberation' }, metadata } as AgendaItemCommand,
    { type: 'OpenDeliberation', data: {}, metadata } as AgendaItemCommand,
  ];
  for (const step of opening) for (const event of decider.decide(step, state)) state = decider.evolve(state, event);
  try {
    decider.decide({ ...command, metadata } as unknown as AgendaItemCommand, state);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('one text limit over HTTP and in the decider', () => {
  let api: TestApi;
  let civic: string;
  beforeAll(async () => {
    api = await startTestApi();
    civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
  }, 60_000);
  afterAll(() => api?.close());

  it('takes a title of exactly the limit over HTTP, as the decider does', async () => {
    const title = '가'.repeat(TEXT_LIMITS.title);
    expect(decideProposal(title, 'one-rule-decider-at-limit')[0]?.type).toBe('AgendaItemProposed');
    const answer = await api.call('POST', '/agenda-items', { token: civic, body: proposal(title) });
    expect(answer.status).toBe(201);
    expect(answer.body.state.title).toBe(title);
  }, 30_000);

  it('refuses a title one character past the limit over HTTP and in the decider, both naming the title and the limit', async () => {
    const title = '가'.repeat(TEXT_LIMITS.title + 1);
    let refusal: unknown;
    try {
      decideProposal(title, 'one-rule-decider-past-limit');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'COMMAND.INVALID', field: 'data.title' });
    expect((refusal as DomainError).message).toContain(String(TEXT_LIMITS.title));

    const answer = await api.call('POST', '/agenda-items', { token: civic, body: proposal(title), headers: { 'accept-language': 'en' } });
    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('title');
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'title', code: 'FIELD.MAX_LENGTH' })]);
    expect(answer.body.detail).toContain(String(TEXT_LIMITS.title));
  }, 30_000);

  it('states the same limits in the OpenAPI document', async () => {
    const schemas = (await api.call('GET', '/docs/openapi.json')).body.components.schemas;
    expect(schemas.ProposeAgendaItemDto.properties.title.maxLength).toBe(TEXT_LIMITS.title);
    expect(schemas.SubmitDraftRevisionDto.properties.plan.maxLength).toBe(TEXT_LIMITS.plan);
    expect(schemas.ProposeAgendaItemDto.properties.itemId.pattern).toBe('^[A-Za-z0-9][A-Za-z0-9._-]{0,159}$');
    // Every other text and list limit the door states is the domain's own.
    const stated = (dto: string, property: string) => {
      const schema = schemas[dto].properties[property];
      return schema.maxLength ?? schema.maxItems;
    };
    expect({
      reason: stated('DismissAgendaItemDto', 'reason'),
      purpose: stated('RecordExpenditureDto', 'purpose'),
      directGrantReason: stated('AwardDirectSchoolGrantDto', 'reason'),
      directGrantPurpose: stated('AwardDirectSchoolGrantDto', 'purpose'),
      indicatorName: stated('IndicatorDto', 'name'),
      unit: stated('IndicatorDto', 'unit'),
      signatoryName: stated('SignAgreementDto', 'signatoryName'),
      place: stated('ScheduleMeetingDto', 'place'),
      fileName: stated('MinutesAttachmentDto', 'name'),
      mediaType: stated('MinutesAttachmentDto', 'mediaType'),
      leaveReason: stated('RemoveMemberDto', 'reason'),
      recommendations: stated('RecordFeedbackDto', 'recommendations'),
      changes: stated('ProposeAmendmentDto', 'changes'),
      attending: stated('ConveneMeetingDto', 'attending'),
      indicators: stated('RecordSelfEvaluationDto', 'indicators'),
    }).toEqual({
      reason: TEXT_LIMITS.note,
      purpose: TEXT_LIMITS.purpose,
      directGrantReason: TEXT_LIMITS.note,
      directGrantPurpose: TEXT_LIMITS.purpose,
      indicatorName: TEXT_LIMITS.label,
      unit: TEXT_LIMITS.unit,
      signatoryName: TEXT_LIMITS.label,
      place: TEXT_LIMITS.place,
      fileName: TEXT_LIMITS.fileName,
      mediaType: TEXT_LIMITS.mediaType,
      leaveReason: TEXT_LIMITS.note,
      recommendations: LIST_LIMITS.recommendations,
      changes: LIST_LIMITS.amendmentChanges,
      attending: LIST_LIMITS.attending,
      indicators: LIST_LIMITS.indicators,
    });
  }, 30_000);

  it('refuses in the decider a reason past the limit the door states (the decider once took 10,000 characters)', () => {
    const reason = refusalInDeliberation({ type: 'DismissAgendaItem', data: { reason: '가'.repeat(TEXT_LIMITS.note + 1) } });
    expect(reason).toMatchObject({ code: 'COMMAND.INVALID', field: 'data.reason' });
    expect((reason as DomainError).message).toContain(String(TEXT_LIMITS.note));
  });
});

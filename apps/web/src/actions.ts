/**
 * The actions of an agenda item as forms: which fields each command's request body has, and the
 * typed call that sends it. The API says which actions are allowed now (allowedActions); the
 * page shows a button for each one the signed-in secretary's body may take.
 */
import { api, commandHeaders, unwrap, type CommandAnswer, type Schemas } from './api/client.js';
import { tallyFields, type FieldSpec, type Values } from './components/form.js';
import { seoulToday } from './format.js';
import { t, tasks, type MessageKey } from './i18n.js';

const categories = ['student', 'parent', 'teacher', 'citizen', 'official', 'other'] as const;
const categoryOptions = () => categories.map((value) => ({ value, label: t(`category.${value}` as MessageKey) }));
const taskOptions = () => tasks.map((task) => ({ value: task.code, label: `${task.code} ${task.title}` }));

const meetingFields = (required: boolean): FieldSpec[] => [
  { name: 'meeting.heldOn', label: 'form.meeting.heldOn', kind: 'date', required, initial: required ? seoulToday() : '' },
  { name: 'meeting.title', label: 'form.meeting.title', kind: 'text', hint: 'form.meeting.title.hint' },
];

export interface ActionSpec {
  readonly type: string;
  readonly label: MessageKey;
  readonly fields: () => FieldSpec[];
  readonly hasTally?: boolean;
  /** Ask in a modal before sending (an action that ends the item). */
  readonly confirm?: boolean;
  readonly send: (id: string, body: Record<string, unknown>, revision: number, key: string) => Promise<CommandAnswer>;
}

const h = commandHeaders;

export const agendaActions: Record<string, ActionSpec> = {
  OpenDeliberation: {
    type: 'OpenDeliberation',
    label: 'action.OpenDeliberation',
    fields: () => [
      { name: 'openedOn', label: 'form.openedOn', kind: 'date', initial: seoulToday() },
      { name: 'method', label: 'form.method', kind: 'text', hint: 'form.method.hint' },
    ],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/deliberation', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['OpenDeliberationDto'],
        }),
      ),
  },
  RecordOpinion: {
    type: 'RecordOpinion',
    label: 'action.RecordOpinion',
    fields: () => [
      {
        name: 'stance',
        label: 'form.stance',
        kind: 'radio',
        required: true,
        options: (['support', 'oppose', 'neutral'] as const).map((value) => ({ value, label: t(`stance.${value}`) })),
      },
      {
        name: 'respondentCategory',
        label: 'form.respondentCategory',
        kind: 'select',
        required: true,
        options: categoryOptions(),
        initial: 'student',
      },
      { name: 'text', label: 'form.text', kind: 'textarea', required: true },
      { name: 'receivedOn', label: 'form.receivedOn', kind: 'date', initial: seoulToday() },
    ],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/opinions', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['RecordOpinionDto'],
        }),
      ),
  },
  AdoptAgendaItem: {
    type: 'AdoptAgendaItem',
    label: 'action.AdoptAgendaItem',
    hasTally: true,
    fields: () => [...meetingFields(true), ...tallyFields()],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/adoption', { params: { path: { id }, header: h(revision, key) }, body: body as Schemas['VoteDto'] }),
      ),
  },
  DismissAgendaItem: {
    type: 'DismissAgendaItem',
    label: 'action.DismissAgendaItem',
    hasTally: true,
    confirm: true,
    fields: () => [{ name: 'reason', label: 'form.reason', kind: 'textarea', required: true }, ...meetingFields(true), ...tallyFields()],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/dismissal', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['DismissAgendaItemDto'],
        }),
      ),
  },
  WithdrawAgendaItem: {
    type: 'WithdrawAgendaItem',
    label: 'action.WithdrawAgendaItem',
    confirm: true,
    fields: () => [{ name: 'reason', label: 'form.reason', kind: 'textarea' }],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/withdrawal', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['WithdrawAgendaItemDto'],
        }),
      ),
  },
  StartDrafting: {
    type: 'StartDrafting',
    label: 'action.StartDrafting',
    fields: () => [{ name: 'owner', label: 'form.owner', kind: 'text', required: true, hint: 'form.owner.hint' }],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/drafting', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['StartDraftingDto'],
        }),
      ),
  },
  SubmitDraftRevision: {
    type: 'SubmitDraftRevision',
    label: 'action.SubmitDraftRevision',
    fields: () => [
      { name: 'plan', label: 'form.plan', kind: 'textarea', required: true },
      { name: 'taskCode', label: 'form.taskCode', kind: 'select', required: true, options: taskOptions(), initial: '1-1' },
      { name: 'budgetRequest.education-office', label: 'form.budget.eo', kind: 'won', required: true },
      { name: 'budgetRequest.local-government', label: 'form.budget.lg', kind: 'won', required: true },
    ],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/draft-revisions', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['SubmitDraftRevisionDto'],
        }),
      ),
  },
  TableForReview: {
    type: 'TableForReview',
    label: 'action.TableForReview',
    fields: () => meetingFields(false),
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/tabling', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['TableForReviewDto'],
        }),
      ),
  },
  RecordReviewDecision: {
    type: 'RecordReviewDecision',
    label: 'action.RecordReviewDecision',
    hasTally: true,
    fields: () => [
      {
        name: 'decision',
        label: 'form.decision',
        kind: 'select',
        required: true,
        initial: 'approved',
        options: (['approved', 'conditionallyApproved', 'revisionRequested', 'rejected'] as const).map((value) => ({
          value,
          label: t(`decision.${value}`),
        })),
      },
      {
        name: 'conditions',
        label: 'form.conditions',
        kind: 'lines',
        required: true,
        when: (values: Values) => values.decision === 'conditionallyApproved',
      },
      {
        name: 'feedback',
        label: 'form.feedback',
        kind: 'textarea',
        required: true,
        when: (values: Values) => values.decision === 'revisionRequested',
      },
      ...meetingFields(true),
      ...tallyFields(),
    ],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/review-decisions', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['RecordReviewDecisionDto'],
        }),
      ),
  },
  DeferAgendaItem: {
    type: 'DeferAgendaItem',
    label: 'action.DeferAgendaItem',
    fields: () => [{ name: 'reason', label: 'form.reason', kind: 'textarea', required: true }, ...meetingFields(true)],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/deferrals', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['DeferAgendaItemDto'],
        }),
      ),
  },
  RecordFeedback: {
    type: 'RecordFeedback',
    label: 'action.RecordFeedback',
    fields: () => [
      { name: 'summary', label: 'form.summary', kind: 'textarea', required: true },
      { name: 'recommendations', label: 'form.recommendations', kind: 'lines', required: true },
    ],
    send: (id, body, revision, key) =>
      unwrap(
        api.POST('/agenda-items/{id}/feedback', {
          params: { path: { id }, header: h(revision, key) },
          body: body as Schemas['RecordFeedbackDto'],
        }),
      ),
  },
};

/** The body whose secretary takes each action (deferral: whoever's step it is). */
export const actionBody: Record<string, string | null> = {
  OpenDeliberation: 'civic-council',
  RecordOpinion: 'civic-council',
  AdoptAgendaItem: 'civic-council',
  DismissAgendaItem: 'civic-council',
  WithdrawAgendaItem: 'civic-council',
  StartDrafting: 'working-council',
  SubmitDraftRevision: 'working-council',
  TableForReview: 'working-council',
  RecordReviewDecision: 'steering-committee',
  RecordFeedback: 'steering-committee',
  DeferAgendaItem: null,
};

export const proposeFields = (): FieldSpec[] => [
  { name: 'title', label: 'form.title', kind: 'text', required: true },
  { name: 'description', label: 'form.description', kind: 'textarea', required: true },
  {
    name: 'proposerCategory',
    label: 'form.proposerCategory',
    kind: 'select',
    required: true,
    options: categoryOptions(),
    initial: 'student',
  },
  { name: 'taskCode', label: 'form.taskCode', kind: 'select', options: taskOptions() },
  { name: 'source', label: 'form.source', kind: 'text', hint: 'form.source.hint' },
  { name: 'proposedOn', label: 'item.proposedOn', kind: 'date', initial: seoulToday() },
];

import { proposeFields } from '../actions.js';
import { api, commandHeaders, unwrap, type Schemas } from '../api/client.js';
import { Field, ProblemAlert, bodyOf, localErrors, useFormValues, useSubmission } from '../components/form.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import type { Actor } from '../session.js';

export function ProposeForm({ actor, onCancel }: { actor: Actor; onCancel: () => void }) {
  const fields = proposeFields();
  const form = useFormValues(fields);
  const submission = useSubmission<{ streamId: string }>(fields.map((f) => f.name));
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const body = { ...bodyOf(fields, form.values), district: actor.district } as Schemas['ProposeAgendaItemDto'];
    const answer = await submission.submit((key) =>
      unwrap(api.POST('/agenda-items', { params: { header: commandHeaders(undefined, key) }, body })),
    );
    if (answer) navigate(`/agenda/${encodeURIComponent(answer.streamId.replace(/^agenda-item:/, ''))}`);
  };
  return (
    <form class="gongron-form gongron-panel" onSubmit={onSubmit} noValidate aria-labelledby="propose-title">
      <h2 id="propose-title" class="sec-tit">
        {t('action.ProposeAgendaItem')}
      </h2>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      <div class="fieldset">
        {fields.map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={form.values[spec.name]!}
            error={submission.state.fieldErrors[spec.name]}
            onInput={(v) => form.setValue(spec.name, v)}
            idPrefix={form.prefix}
          />
        ))}
      </div>
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {t('action.submit', { action: t('action.ProposeAgendaItem') })}
        </button>
        <button type="button" class="krds-btn medium tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { Breadcrumb } from '../app.js';
import { Field, ProblemAlert, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { CriticalAlert, Loading, PageTitle } from '../components/ui.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { signIn, signInWithLink, type Actor } from '../session.js';

const fields: FieldSpec[] = [{ name: 'token', label: 'signIn.token', kind: 'secret', required: true, hint: 'signIn.token.hint' }];

function landing(actor: Actor): string {
  if (actor.role === 'admin') return '/admin/people';
  if (actor.role === 'auditor') return '/agenda';
  return '/work';
}

function safeNext(next: string | undefined): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : undefined;
}

export function SignIn({ next, link }: { next?: string; link?: string }) {
  const form = useFormValues(fields);
  const submission = useSubmission<Actor>(['token']);
  const [linkFailed, setLinkFailed] = useState(false);

  useEffect(() => {
    if (!link) return;
    // The code is spent by this request; it leaves the address bar at once.
    history.replaceState(null, '', location.pathname + location.search);
    void signInWithLink(link).then(
      (actor) => navigate(safeNext(next) ?? landing(actor), { replace: true }),
      () => setLinkFailed(true),
    );
  }, [link]);

  if (link && !linkFailed) {
    return (
      <>
        <PageTitle>{t('signIn.link.title')}</PageTitle>
        <Loading />
      </>
    );
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const token = form.values.token!.trim();
    if (token === '') {
      submission.setLocal({ token: t('field.required', { label: t('signIn.token') }) });
      return;
    }
    const actor = await submission.submit(() => signIn(token));
    if (actor) navigate(safeNext(next) ?? landing(actor), { replace: true });
  };

  return (
    <>
      <Breadcrumb trail={[{ label: t('signIn.title') }]} />
      <PageTitle sub={t('signIn.lead')}>{t('signIn.title')}</PageTitle>
      {linkFailed ? <CriticalAlert tone="danger">{t('signIn.link.failed')}</CriticalAlert> : null}
      <form class="gongron-form gongron-narrow" onSubmit={onSubmit} noValidate>
        <ProblemAlert state={submission.state} unplaced={[]} />
        <div class="fieldset">
          <Field
            spec={fields[0]!}
            value={form.values.token!}
            error={submission.state.fieldErrors.token}
            onInput={(value) => form.setValue('token', value)}
            idPrefix="sign-in"
          />
        </div>
        <div class="btn-wrap">
          <button type="submit" class="krds-btn large primary" disabled={submission.state.busy}>
            {t('signIn.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

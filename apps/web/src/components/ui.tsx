/** KRDS components as the pages use them, with the markup and ARIA attributes of krds-uiux/html/code. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { exactWon, thousandWon, wonNumber } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';

export function Link(props: { href: string; class?: string; children: ComponentChildren; 'aria-current'?: 'page' | undefined }) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props['aria-current']}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

export type BadgeTone = 'primary' | 'secondary' | 'gray' | 'point' | 'danger' | 'warning' | 'success' | 'information' | 'disabled';

export function Badge({ tone, children }: { tone: BadgeTone; children: ComponentChildren }) {
  return <span class={`krds-badge bg-light-${tone}`}>{children}</span>;
}

const stateTones: Record<string, BadgeTone> = {
  proposed: 'information',
  inDeliberation: 'information',
  referred: 'primary',
  drafting: 'primary',
  underReview: 'warning',
  approved: 'success',
  inImplementation: 'success',
  awaitingFeedback: 'point',
  closed: 'gray',
  dismissed: 'danger',
  withdrawn: 'gray',
  rejected: 'danger',
  planned: 'information',
  agreed: 'primary',
  inProgress: 'success',
  completed: 'success',
  evaluated: 'point',
  suspended: 'warning',
  cancelled: 'danger',
  signing: 'warning',
  inForce: 'success',
  expired: 'gray',
};

export function StateBadge({ state, name }: { state: string; name: string }) {
  return <Badge tone={stateTones[state] ?? 'gray'}>{name}</Badge>;
}

export interface Step {
  readonly label: string;
  readonly status: 'done' | 'active' | 'todo';
}

export function StepIndicator({ steps, label }: { steps: readonly Step[]; label: string }) {
  return (
    <ol class="krds-step-wrap" aria-label={label}>
      {steps.map((step, index) => (
        <li
          key={step.label}
          class={step.status === 'todo' ? undefined : step.status}
          aria-current={step.status === 'active' ? 'step' : undefined}
        >
          <span>
            {step.status === 'active' ? <em class="sr-only">{t('common.currentStep')}</em> : null}
            <i class="step">{t('common.step', { n: index + 1 })}</i>
            <span class="step-tit">{step.label}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** An amount in 천원 with the exact won in its title (and for screen readers). */
export function Money({ won, exact = false }: { won: number; exact?: boolean }) {
  if (exact) return <span class="money">{wonNumber(won)}</span>;
  return (
    <span class="money" title={exactWon(won)}>
      {thousandWon(won)}
      <span class="sr-only"> ({exactWon(won)})</span>
    </span>
  );
}

export function CriticalAlert({
  tone,
  children,
  action,
  id,
}: {
  tone: 'danger' | 'ok' | 'info';
  children: ComponentChildren;
  action?: ComponentChildren;
  id?: string;
}) {
  return (
    <div class="main-urgent-wrap gongron-alert" id={id} role={tone === 'danger' ? 'alert' : 'status'}>
      <ul class="krds-critical-alerts">
        <li>
          <div class="critical-ban">
            <span class={`critical-badge ${tone}`}>
              {t(tone === 'danger' ? 'alert.danger' : tone === 'ok' ? 'alert.ok' : 'alert.info')}
            </span>
            <div class="critical-txt">{children}</div>
            {action}
          </div>
        </li>
      </ul>
    </div>
  );
}

export function Pagination({
  total,
  limit,
  offset,
  onPage,
}: {
  total: number;
  limit: number;
  offset: number;
  onPage: (offset: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / limit));
  const current = Math.floor(offset / limit) + 1;
  const shown = new Set<number>([1, pages]);
  for (let page = Math.max(1, current - 2); page <= Math.min(pages, current + 2); page += 1) shown.add(page);
  const list = [...shown].sort((a, b) => a - b);
  const go = (page: number) => (event: Event) => {
    event.preventDefault();
    onPage((page - 1) * limit);
  };
  return (
    <nav class="krds-pagination" aria-label={t('common.total', { n: total })}>
      {current > 1 ? (
        <a class="page-navi prev" href="#" onClick={go(current - 1)}>
          {t('common.previous')}
        </a>
      ) : (
        <span class="page-navi prev disabled">{t('common.previous')}</span>
      )}
      <div class="page-links">
        {list.map((page, index) => {
          const gap = index > 0 && page - list[index - 1]! > 1;
          return (
            <>
              {gap ? <span class="page-link link-dot" aria-hidden="true"></span> : null}
              <a
                key={page}
                class={`page-link${page === current ? ' active' : ''}`}
                href="#"
                aria-current={page === current ? 'page' : undefined}
                aria-label={t('common.page', { n: page })}
                onClick={go(page)}
              >
                {page === current ? <span class="sr-only">{t('common.currentPage')} </span> : null}
                {page}
              </a>
            </>
          );
        })}
      </div>
      {current < pages ? (
        <a class="page-navi next" href="#" onClick={go(current + 1)}>
          {t('common.next')}
        </a>
      ) : (
        <span class="page-navi next disabled">{t('common.next')}</span>
      )}
    </nav>
  );
}

/** The KRDS modal as a dialog: focus moves in, Tab stays in, Escape closes, focus returns. */
export function Modal(props: { id: string; title: string; onClose: () => void; children: ComponentChildren; actions: ComponentChildren }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    const content = dialog.current;
    const focusables = () =>
      [...(content?.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]') ?? [])].filter(
        (el) => !el.hasAttribute('disabled'),
      );
    (focusables()[0] ?? content)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        props.onClose();
      } else if (event.key === 'Tab') {
        const all = focusables();
        if (all.length === 0) return;
        const first = all[0]!;
        const last = all[all.length - 1]!;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      returnTo?.focus();
    };
  }, []);
  return (
    <section id={props.id} class="krds-modal fade in shown" role="dialog" aria-modal="true" aria-labelledby={`${props.id}-title`}>
      <div class="modal-dialog modal-sm">
        <div class="modal-content" ref={dialog} tabIndex={-1}>
          <div class="modal-header">
            <h2 id={`${props.id}-title`} class="modal-title">
              {props.title}
            </h2>
          </div>
          <div class="modal-conts">
            <div class="conts-area">{props.children}</div>
          </div>
          <div class="modal-btn btn-wrap">{props.actions}</div>
          <button type="button" class="btn-close" onClick={props.onClose}>
            <span class="sr-only">{t('common.close')}</span>
          </button>
        </div>
      </div>
      <div class="modal-back in" onClick={props.onClose}></div>
    </section>
  );
}

/** The KRDS contextual help: a toggle with its explanation. */
export function ContextualHelp({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  return (
    <details class="krds-contextual-help gongron-help">
      <summary aria-controls={id}>
        <span class="gongron-help-icon" aria-hidden="true">
          ?
        </span>
        {label}
      </summary>
      <div id={id} class="help-conts">
        {children}
      </div>
    </details>
  );
}

export function PageTitle({ children, sub }: { children: ComponentChildren; sub?: ComponentChildren }) {
  return (
    <div class="page-title-wrap">
      <h1 class="h-tit" id="page-title" tabIndex={-1}>
        {children}
      </h1>
      {sub ? <p class="gongron-lead">{sub}</p> : null}
    </div>
  );
}

export function Table(props: { caption: string; children: ComponentChildren; class?: string }) {
  return (
    <div class="krds-table-wrap" tabIndex={0} role="region" aria-label={props.caption}>
      <table class={`tbl col data ${props.class ?? ''}`}>
        <caption class="sr-only">{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}

export function Loading() {
  return (
    <p class="gongron-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

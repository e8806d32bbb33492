import { useEffect, useState } from 'preact/hooks';
import { ProblemError } from '../api/client.js';
import { agendaBoard, type BoardFilters, type BoardPage } from '../api/reads.js';
import { Breadcrumb } from '../app.js';
import { CriticalAlert, Link, Loading, PageTitle, Pagination, StateBadge, Table } from '../components/ui.js';
import { formatDateTime } from '../format.js';
import { agendaStateName, agendaStates, bodyCodes, bodyName, districtName, districts, t, tasks } from '../i18n.js';
import { navigate } from '../router.js';
import type { Actor } from '../session.js';
import { ProposeForm } from './propose.js';

const LIMIT = 20;
const FILTER_KEYS = ['q', 'district', 'state', 'body', 'taskCode'] as const;

function filtersOf(query: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function AgendaList({ actor, query }: { actor: Actor; query: URLSearchParams }) {
  const filters = filtersOf(query);
  const offset = Math.max(0, Number(query.get('offset') ?? '0') || 0);
  const [draft, setDraft] = useState<BoardFilters>(filters);
  const [page, setPage] = useState<BoardPage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [proposing, setProposing] = useState(false);
  const key = query.toString();

  useEffect(() => {
    setDraft(filtersOf(query));
    let live = true;
    setFailure(null);
    agendaBoard(filters, LIMIT, offset).then(
      (answer) => live && setPage(answer),
      (error: unknown) =>
        live && setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const go = (next: BoardFilters, nextOffset = 0) => {
    const params = new URLSearchParams();
    for (const name of FILTER_KEYS) if (next[name]) params.set(name, next[name]!);
    if (nextOffset > 0) params.set('offset', String(nextOffset));
    const search = params.toString();
    navigate(`/agenda${search ? `?${search}` : ''}`);
  };

  const select = (name: keyof BoardFilters, label: string, options: Array<{ value: string; label: string }>) => (
    <div class="form-group">
      <div class="form-tit">
        <label for={`filter-${name}`}>{label}</label>
      </div>
      <div class="form-conts">
        <select
          id={`filter-${name}`}
          class="krds-form-select"
          value={draft[name] ?? ''}
          onChange={(event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('common.all')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  const canPropose = actor.role === 'secretary' && actor.body === 'civic-council';
  return (
    <>
      <Breadcrumb trail={[{ label: t('agenda.title') }]} />
      <PageTitle>{t('agenda.title')}</PageTitle>
      {canPropose ? (
        <div class="gongron-toolbar">
          <button type="button" class="krds-btn medium primary" aria-expanded={proposing} onClick={() => setProposing(!proposing)}>
            {t('agenda.propose')}
          </button>
        </div>
      ) : null}
      {proposing ? <ProposeForm actor={actor} onCancel={() => setProposing(false)} /> : null}
      <form
        class="gongron-filters krds-structured-list"
        role="search"
        aria-label={t('agenda.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          go(draft);
        }}
      >
        <div class="gongron-filter-grid">
          <div class="form-group gongron-filter-q">
            <div class="form-tit">
              <label for="filter-q">{t('agenda.filter.q')}</label>
            </div>
            <div class="form-conts">
              <input
                id="filter-q"
                type="search"
                class="krds-input"
                value={draft.q ?? ''}
                aria-describedby="filter-q-hint"
                onInput={(event) => setDraft({ ...draft, q: (event.currentTarget as HTMLInputElement).value })}
              />
            </div>
            <p class="form-hint" id="filter-q-hint">
              {t('agenda.filter.q.hint')}
            </p>
          </div>
          {select(
            'district',
            t('agenda.filter.district'),
            districts.map((d) => ({ value: d.code, label: districtName(d.code) })),
          )}
          {select(
            'state',
            t('agenda.filter.state'),
            agendaStates.map((s) => ({ value: s, label: agendaStateName(s) })),
          )}
          {select(
            'body',
            t('agenda.filter.body'),
            bodyCodes.map((b) => ({ value: b, label: bodyName(b) })),
          )}
          {select(
            'taskCode',
            t('agenda.filter.task'),
            tasks.map((task) => ({ value: task.code, label: `${task.code} ${task.title}` })),
          )}
        </div>
        <div class="btn-wrap">
          <button type="submit" class="krds-btn medium primary">
            {t('common.search')}
          </button>
          <button type="button" class="krds-btn medium tertiary" onClick={() => go({})}>
            {t('common.reset')}
          </button>
        </div>
      </form>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {page === null ? (
        <Loading />
      ) : (
        <>
          <p class="gongron-count" role="status">
            {t('common.total', { n: page.total.toLocaleString('ko-KR') })}
          </p>
          {page.items.length === 0 ? (
            <p>{t('agenda.empty')}</p>
          ) : (
            <Table caption={t('agenda.table.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('agenda.col.title')}</th>
                  <th scope="col">{t('agenda.col.district')}</th>
                  <th scope="col">{t('agenda.col.body')}</th>
                  <th scope="col">{t('agenda.col.state')}</th>
                  <th scope="col">{t('agenda.col.task')}</th>
                  <th scope="col">{t('agenda.col.changed')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((row) => (
                  <tr key={row.item_id}>
                    <td>
                      <Link href={`/agenda/${encodeURIComponent(row.item_id)}`}>{row.title}</Link>
                    </td>
                    <td>{districtName(row.district)}</td>
                    <td>{bodyName(row.body)}</td>
                    <td>
                      <StateBadge state={row.state} name={agendaStateName(row.state)} />
                    </td>
                    <td>{row.task_code ?? '—'}</td>
                    <td>{formatDateTime(row.last_changed_at)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {page.total > LIMIT ? <Pagination total={page.total} limit={LIMIT} offset={offset} onPage={(next) => go(filters, next)} /> : null}
        </>
      )}
    </>
  );
}

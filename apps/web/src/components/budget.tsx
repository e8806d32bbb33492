/**
 * The budget of projects per funder (배정액 · 집행액 · 잔액, with 계획액 where known), in 천원 with
 * the exact won in the title or on the toggle: the projects page, a project's page and an
 * official's 내 할 일 show it alike.
 */
import { funderName, projectStateName, t, taskName } from '../i18n.js';
import { Badge, Link, Money, StateBadge, Table } from './ui.js';

export interface BudgetLine {
  /** Absent when the table shows one party's lines only. */
  readonly funder?: string;
  readonly planned?: number;
  readonly allocated: number;
  readonly spent: number;
  readonly remaining: number;
}

export interface ProjectBudget {
  readonly projectId: string;
  readonly title: string;
  readonly taskCode?: string | null;
  readonly state: string;
  readonly lines: readonly BudgetLine[];
}

/** Ledger rows (one per project and funder) grouped by project, in their order. */
export function byProject<R extends BudgetLine & { project_id: string; title: string; task_code?: string | null; project_state: string }>(
  rows: readonly R[],
): ProjectBudget[] {
  const projects = new Map<string, { projectId: string; title: string; taskCode: string | null; state: string; lines: BudgetLine[] }>();
  for (const row of rows) {
    const project = projects.get(row.project_id) ?? {
      projectId: row.project_id,
      title: row.title,
      taskCode: row.task_code ?? null,
      state: row.project_state,
      lines: [],
    };
    projects.set(row.project_id, project);
    project.lines.push(row);
  }
  return [...projects.values()];
}

export function WonToggle({ exact, onToggle }: { exact: boolean; onToggle: () => void }) {
  return (
    <div class="gongron-unit">
      <span>{exact ? t('common.unit.won') : t('common.unit.thousand')}</span>
      <button type="button" class="krds-btn small tertiary" aria-pressed={exact} onClick={onToggle}>
        {exact ? t('common.won.hide') : t('common.won.show')}
      </button>
    </div>
  );
}

export function BudgetTable({
  projects,
  exact = false,
  linked,
  caption,
  undeliberated,
}: {
  projects: readonly ProjectBudget[];
  exact?: boolean;
  linked: boolean;
  caption: string;
  /** Projects that trace to no deliberation: marked 미심의. */
  undeliberated?: ReadonlySet<string>;
}) {
  const lines = projects.flatMap((project) => project.lines);
  const byFunder = lines.some((line) => line.funder !== undefined);
  const planned = lines.some((line) => line.planned !== undefined);
  const amounts = (line: BudgetLine) => [...(planned ? [line.planned ?? 0] : []), line.allocated, line.spent, line.remaining];
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('projects.col.project')}</th>
          <th scope="col">{t('projects.col.state')}</th>
          {byFunder ? <th scope="col">{t('projects.col.funder')}</th> : null}
          {[...(planned ? [t('projects.planned')] : []), t('projects.allocated'), t('projects.spent'), t('projects.remaining')].map(
            (label) => (
              <th key={label} scope="col" class="num">
                {label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {projects.flatMap((project) =>
          project.lines.map((line, index) => (
            <tr key={`${project.projectId}-${line.funder ?? index}`}>
              {index === 0 ? (
                <>
                  <th scope={project.lines.length > 1 ? 'rowgroup' : 'row'} rowSpan={project.lines.length}>
                    {linked ? <Link href={`/projects/${encodeURIComponent(project.projectId)}`}>{project.title}</Link> : project.title}
                    {project.taskCode ? <span class="gongron-sub">{taskName(project.taskCode)}</span> : null}
                  </th>
                  <td rowSpan={project.lines.length}>
                    <StateBadge state={project.state} name={projectStateName(project.state)} />
                    {undeliberated?.has(project.projectId) ? (
                      <>
                        {' '}
                        <Badge tone="warning">{t('project.undeliberated')}</Badge>
                      </>
                    ) : null}
                  </td>
                </>
              ) : null}
              {byFunder ? <td>{line.funder ? funderName(line.funder) : ''}</td> : null}
              {amounts(line).map((won, column) => (
                <td key={column} class="num">
                  <Money won={won} exact={exact} />
                </td>
              ))}
            </tr>
          )),
        )}
      </tbody>
    </Table>
  );
}

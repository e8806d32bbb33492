/**
 * The schemas of the item, project and agreement answers are generated from the domain's view
 * types: the committed file must be what the types give now, and it must speak OpenAPI 3.0
 * (no `null` type, no `const`), which the web's typed client is generated from.
 */
import { execFileSync } from 'node:child_process';
import viewSchemas from './generated/view-schemas.json' with { type: 'json' };

function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (!node || typeof node !== 'object') return;
  visit(node as Record<string, unknown>);
  Object.values(node).forEach((child) => walk(child, visit));
}

describe('the generated view schemas of GET /agenda-items/{id}, /projects/{id}, /agreements/{district}/{year}, /meetings/{id}', () => {
  it('are the ones generated from the domain view types now (npm run openapi:views)', () => {
    const output = execFileSync('node', ['apps/api/scripts/generate-view-schemas.js', '--check'], { encoding: 'utf8' });
    expect(output).toContain('is up to date');
  }, 60_000);

  it('describe every field the domain views have, in OpenAPI 3.0 form', () => {
    const schemas = viewSchemas.schemas as Record<string, { required: string[]; properties: Record<string, unknown> }>;
    expect(Object.keys(schemas).sort()).toEqual([
      'AgendaItemView',
      'AgreementView',
      'DistrictEvaluationView',
      'MeetingView',
      'OperatingPlanView',
      'ProjectView',
      'ProvinceSurveyView',
      'SchoolCallView',
    ]);
    expect(schemas.AgendaItemView!.required).toEqual(
      expect.arrayContaining(['status', 'itemId', 'opinions', 'body', 'terminal', 'opinionCount']),
    );
    expect(schemas.AgreementView!.required).toEqual(
      expect.arrayContaining(['status', 'projects', 'signatures', 'amendments', 'totals', 'pendingAmendments']),
    );
    expect(schemas.ProjectView!.required).toEqual(expect.arrayContaining(['status', 'allocation', 'spent', 'expenditures', 'remaining']));
    expect(schemas.MeetingView!.required).toEqual(
      expect.arrayContaining(['status', 'onRoll', 'attending', 'terminal', 'presentCount', 'quorate']),
    );
    const offending: string[] = [];
    walk(viewSchemas, (node) => {
      if (node.type === 'null' || Array.isArray(node.type) || 'const' in node || '$ref' in node)
        offending.push(JSON.stringify(node).slice(0, 80));
    });
    expect(offending).toEqual([]);
  });
});

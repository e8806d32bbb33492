/** The read models for any signed-in user: lists with filters and pagination. */
import { Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Actor, GONGRON_CONFIG, type GongronConfig, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import {
  bodyCodes,
  civicCouncilCode,
  civicCouncilRules,
  civicCouncilsOf,
  councilOfRecord,
  funders,
  isDistrictCode,
  operatingPlanStatuses,
} from '@gongron/domain';
import {
  parseTextSearch,
  agendaBoardCounts,
  agreementDetail,
  budgetLedgerTotals,
  listAgendaBoard,
  listAgreements,
  listBudgetAmendments,
  listBudgetLedger,
  listDecisions,
  listOperatingPlans,
  listProjectDeliberations,
  oneOf,
  operatingPlanDetail,
  parseGroupBy,
  projectDeliberation,
} from '@gongron/projections';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { ApiProblem } from '../problem/api-problem.js';
import { ReadErrorsInterceptor, single } from './read-errors.js';
import * as p from './read-params.js';

type Q = Record<string, unknown>;

const PAGE_QUERIES = [
  ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' }),
  ApiQuery({ name: 'offset', required: false, description: 'default 0' }),
];
const paged = (): MethodDecorator => (target, key, descriptor) => {
  for (const decorator of PAGE_QUERIES) decorator(target, key, descriptor);
};

@ApiTags('read models')
@ApiBearerAuth()
@UseInterceptors(ReadErrorsInterceptor)
@Controller()
export class ReadModelsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
  ) {}

  /**
   * The civic council whose items a board read is for: the one `council` names (with a district),
   * else — for a civic council secretary reading their district's civic council — their own;
   * otherwise every council's.
   */
  private boardCouncil(district: string | undefined, body: string | undefined, given: string | undefined, actor: Actor | undefined) {
    if (given !== undefined && district === undefined) {
      throw ApiProblem.badRequest('QUERY.INVALID', 'council is given with a district', { field: 'council' });
    }
    if (district === undefined || !isDistrictCode(district)) return undefined;
    const own = actor?.role === 'secretary' && actor.body === 'civic-council' && actor.district === district && body === 'civic-council';
    if (given === undefined && !own) return undefined;
    const organisation = this.config.organisation;
    const named = given ?? actor?.council ?? undefined;
    const unknown = civicCouncilRules.knownCouncil.refusal(organisation, { district, itemCouncil: named });
    if (unknown) throw ApiProblem.badRequest(unknown.code, unknown.message, { field: 'council', details: unknown.details });
    const code = civicCouncilCode(organisation, district, named);
    return { codes: [code], orUnnamed: code === civicCouncilsOf(organisation, district)[0]!.code };
  }

  @Get('agenda-board')
  @ApiOperation({ summary: 'Agenda board: items per district × body × state (title, proposer category, task, last change)' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'body', required: false, enum: bodyCodes })
  @ApiQuery({ name: 'state', required: false })
  @ApiQuery({ name: 'taskCode', required: false })
  @ApiQuery({ name: 'goal', required: false })
  @ApiQuery({ name: 'proposerCategory', required: false })
  @ApiQuery({
    name: 'text',
    required: false,
    type: String,
    description: 'Words the title contains (substring, any language; every word must occur), e.g. 생태 교실',
  })
  @ApiQuery({
    name: 'council',
    required: false,
    description:
      "With district: the items proposed in that civic council (its code). A civic council secretary reading body=civic-council of their own district gets their council's items unless another is named",
  })
  @paged()
  async agendaBoard(@Query() q: Q, @CurrentActor() actor: Actor | undefined) {
    const district = p.district(q);
    const body = p.body(q);
    const council = this.boardCouncil(district, body, single(q, 'council'), actor);
    const page = await listAgendaBoard(
      this.sql.db,
      {
        district,
        body,
        ...(council !== undefined ? { council } : {}),
        state: p.agendaState(q),
        taskCode: p.taskCode(q),
        goal: p.goal(q),
        proposerCategory: single(q, 'proposerCategory'),
        text: parseTextSearch(single(q, 'text')),
      },
      p.page(q),
    );
    // The council as the meetings and rosters name it: null for the district's default council.
    const organisation = this.config.organisation;
    return {
      ...page,
      items: page.items.map((row) => {
        const rowDistrict = row.district;
        const recorded = typeof row.council === 'string' ? row.council : null;
        return {
          ...row,
          council: isDistrictCode(rowDistrict) ? councilOfRecord(organisation, rowDistrict, 'civic-council', recorded) : recorded,
        };
      }),
    };
  }

  @Get('agenda-board/counts')
  @ApiOperation({ summary: 'Item counts per district × body × state' })
  @ApiQuery({ name: 'district', required: false })
  async agendaBoardCounts(@Query() q: Q) {
    return { counts: await agendaBoardCounts(this.sql.db, p.district(q)) };
  }

  @Get('decisions')
  @ApiOperation({
    summary:
      'Decision register (의결 대장): adoptions, dismissals, review decisions, deferrals, feedback with meeting, date, tally and actor',
  })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'kind', required: false, enum: ['adoption', 'dismissal', 'review', 'deferral', 'feedback'] })
  @ApiQuery({ name: 'decision', required: false })
  @ApiQuery({ name: 'body', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'itemId', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD' })
  @paged()
  decisions(@Query() q: Q) {
    return listDecisions(
      this.sql.db,
      {
        district: p.district(q),
        kind: p.decisionKind(q),
        decision: single(q, 'decision'),
        body: p.body(q),
        year: p.year(q),
        itemId: single(q, 'itemId'),
        from: p.date(q, 'from'),
        to: p.date(q, 'to'),
      },
      p.page(q),
      'internal',
    );
  }

  @Get('budget-ledger')
  @ApiOperation({ summary: 'Budget ledger per project and funder: planned, allocated, amended, spent, returned, remaining (won)' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'goal', required: false })
  @ApiQuery({ name: 'taskCode', required: false })
  @ApiQuery({ name: 'funder', required: false, enum: funders })
  @ApiQuery({ name: 'projectId', required: false })
  @ApiQuery({ name: 'state', required: false })
  @paged()
  budgetLedger(@Query() q: Q) {
    return listBudgetLedger(this.sql.db, this.ledgerFilters(q), p.page(q));
  }

  @Get('budget-ledger/totals')
  @ApiOperation({ summary: 'Budget ledger totals grouped by district, year, goal, task and/or funder' })
  @ApiQuery({ name: 'groupBy', required: false, description: 'comma list of district, year, goal, task, funder (default district,year)' })
  async budgetTotals(@Query() q: Q) {
    return { totals: await budgetLedgerTotals(this.sql.db, this.ledgerFilters(q), parseGroupBy(single(q, 'groupBy'))) };
  }

  @Get('budget-ledger/amendments')
  @ApiOperation({ summary: 'Every consented budget amendment with both parties and both sides of the change' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'projectId', required: false })
  @ApiQuery({ name: 'agreementId', required: false })
  @paged()
  amendments(@Query() q: Q) {
    return listBudgetAmendments(
      this.sql.db,
      { district: p.district(q), year: p.year(q), projectId: single(q, 'projectId'), agreementId: single(q, 'agreementId') },
      p.page(q),
      'internal',
    );
  }

  @Get('agreement-register')
  @ApiOperation({ summary: 'Agreement register: signatures, in-force window, projects and amendments per district and year' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'state', required: false, enum: ['drafting', 'signing', 'inForce', 'expired'] })
  @paged()
  agreements(@Query() q: Q) {
    return listAgreements(this.sql.db, { district: p.district(q), year: p.year(q), state: single(q, 'state') }, p.page(q), 'internal');
  }

  @Get('agreement-register/:district/:year')
  @ApiOperation({ summary: 'One agreement with its listed projects and amendments' })
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'year', example: 2024 })
  agreement(@Param('district') district: string, @Param('year') year: string) {
    const y = p.year({ year });
    return agreementDetail(this.sql.db, `${p.requiredDistrict(district)}-${y}`, 'internal');
  }

  @Get('operating-plan-register')
  @ApiOperation({ summary: 'Operating plans (운영계획) per district and year: status, projects, budgets, the meeting and decision' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'status', required: false, enum: operatingPlanStatuses.filter((status) => status !== 'none') })
  @paged()
  operatingPlans(@Query() q: Q) {
    return listOperatingPlans(
      this.sql.db,
      { district: p.district(q), year: p.year(q), status: oneOf(single(q, 'status'), operatingPlanStatuses, 'status') },
      p.page(q),
    );
  }

  @Get('operating-plan-register/:district/:year')
  @ApiOperation({ summary: 'One operating plan with its projects, each with its origin and whether it is deliberated (미심의 when not)' })
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'year', example: 2025 })
  operatingPlan(@Param('district') district: string, @Param('year') year: string) {
    return operatingPlanDetail(this.sql.db, p.requiredDistrict(district), p.year({ year }) ?? 0);
  }

  @Get('project-deliberations')
  @ApiOperation({
    summary:
      'Every project with the deliberation it traces to (an approved item or an approved operating plan); deliberated=0 lists the 미심의',
  })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'deliberated', required: false, enum: ['0', '1'] })
  @paged()
  projectDeliberations(@Query() q: Q) {
    const deliberated = oneOf(single(q, 'deliberated'), ['0', '1'], 'deliberated');
    return listProjectDeliberations(
      this.sql.db,
      { district: p.district(q), year: p.year(q), ...(deliberated !== undefined ? { deliberated: Number(deliberated) } : {}) },
      p.page(q),
    );
  }

  @Get('project-deliberations/:projectId')
  @ApiOperation({ summary: 'The deliberation one project traces to, or its 미심의 mark (deliberated 0)' })
  @ApiParam({ name: 'projectId' })
  projectDeliberation(@Param('projectId') projectId: string) {
    return projectDeliberation(this.sql.db, projectId);
  }

  private ledgerFilters(q: Q) {
    return {
      district: p.district(q),
      year: p.year(q),
      goal: p.goal(q),
      taskCode: p.taskCode(q),
      funder: p.funder(q),
      projectId: single(q, 'projectId'),
      state: p.projectState(q),
    };
  }
}

/**
 * Transparency routes for the public (no token): what each district decided and where the
 * money went. They never carry a personal name or an actor id — only roles and bodies.
 */
import { Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import { districtCodes } from '@gongron/domain';
import {
  agendaBoardCounts,
  budgetLedgerTotals,
  listAgendaBoard,
  listAgreements,
  listBudgetAmendments,
  listDecisions,
  parseGroupBy,
  provinceDashboard,
} from '@gongron/projections';
import { Public } from '../access/access.decorators.js';
import { ReadErrorsInterceptor, single } from './read-errors.js';
import * as p from './read-params.js';

type Q = Record<string, unknown>;

@ApiTags('public')
@Public()
@UseInterceptors(ReadErrorsInterceptor)
@Controller('public')
export class PublicController {
  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlDatabase) {}

  @Get('dashboard')
  @ApiOperation({ summary: 'Province dashboard: per district totals, items and projects by state and goal, decisions, money per year' })
  async dashboard() {
    return { districts: await provinceDashboard(this.sql.db, districtCodes) };
  }

  @Get('dashboard/:district')
  @ApiOperation({ summary: "One district's dashboard" })
  @ApiParam({ name: 'district', example: 'suwon' })
  async districtDashboard(@Param('district') district: string) {
    const [entry] = await provinceDashboard(this.sql.db, districtCodes, p.requiredDistrict(district));
    return entry;
  }

  @Get('decisions')
  @ApiOperation({ summary: 'Decisions of the councils (no personal names)' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  decisions(@Query() q: Q) {
    return listDecisions(
      this.sql.db,
      {
        district: p.district(q),
        kind: p.decisionKind(q),
        decision: single(q, 'decision'),
        body: p.body(q),
        year: p.year(q),
        from: p.date(q, 'from'),
        to: p.date(q, 'to'),
      },
      p.page(q),
      'public',
    );
  }

  @Get('agenda-board')
  @ApiOperation({ summary: 'Agenda items per district, body and state' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'body', required: false })
  @ApiQuery({ name: 'state', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  async agendaBoard(@Query() q: Q) {
    const result = await listAgendaBoard(
      this.sql.db,
      { district: p.district(q), body: p.body(q), state: p.agendaState(q), taskCode: p.taskCode(q), goal: p.goal(q) },
      p.page(q),
    );
    return { ...result, items: result.items.map(({ position: _position, source: _source, ...item }) => item) };
  }

  @Get('agenda-board/counts')
  @ApiOperation({ summary: 'Item counts per district × body × state' })
  @ApiQuery({ name: 'district', required: false })
  async agendaBoardCounts(@Query() q: Q) {
    return { counts: await agendaBoardCounts(this.sql.db, p.district(q)) };
  }

  @Get('budget')
  @ApiOperation({ summary: 'Where the money went: allocated, amended, spent and remaining, grouped' })
  @ApiQuery({ name: 'groupBy', required: false, description: 'comma list of district, year, goal, task, funder' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  async budget(@Query() q: Q) {
    const filters = { district: p.district(q), year: p.year(q), goal: p.goal(q), taskCode: p.taskCode(q), funder: p.funder(q) };
    return { totals: await budgetLedgerTotals(this.sql.db, filters, parseGroupBy(single(q, 'groupBy'))) };
  }

  @Get('budget/amendments')
  @ApiOperation({ summary: 'Consented budget amendments with both parties (parties, not persons)' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  amendments(@Query() q: Q) {
    return listBudgetAmendments(this.sql.db, { district: p.district(q), year: p.year(q) }, p.page(q), 'public');
  }

  @Get('agreements')
  @ApiOperation({ summary: 'Agreements per district and year: signing dates and titles, in-force window, totals' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  agreements(@Query() q: Q) {
    return listAgreements(this.sql.db, { district: p.district(q), year: p.year(q) }, p.page(q), 'public');
  }
}

/** The school-grants read model for any signed-in user: calls per project and district, one call in full, and the grants. */
import { Controller, Get, Param, Inject, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import { schoolCallStatuses, schoolGrantKinds } from '@gongron/domain';
import { listSchoolCalls, listSchoolGrantTotals, listSchoolGrants, oneOf, schoolCallDetail } from '@gongron/projections';
import { IdPipe } from '../commands/id.pipe.js';
import { ReadErrorsInterceptor, single } from '../read/read-errors.js';
import * as p from '../read/read-params.js';

type Q = Record<string, unknown>;

/** A project's direct grants are no call: their stream has no row among the calls. */
const callStates = schoolCallStatuses.filter((status) => status !== 'none' && status !== 'direct');

@ApiTags('read models')
@ApiBearerAuth()
@UseInterceptors(ReadErrorsInterceptor)
@Controller()
export class SchoolCallRegisterController {
  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlDatabase) {}

  @Get('school-call-register')
  @ApiOperation({ summary: 'Calls for schools per project and district: amount, period, state, applications, selection, grants, reports' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'projectId', required: false })
  @ApiQuery({ name: 'state', required: false, enum: callStates })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: 'default 0' })
  calls(@Query() q: Q) {
    return listSchoolCalls(
      this.sql.db,
      {
        district: p.district(q),
        year: p.year(q),
        projectId: single(q, 'projectId'),
        state: oneOf(single(q, 'state'), callStates, 'state'),
      },
      p.page(q),
    );
  }

  @Get('school-call-register/:callId')
  @ApiOperation({ summary: 'One call with its applications (scores, decisions, reasons), grants (reports) and inspections (findings)' })
  @ApiParam({ name: 'callId', example: 'suwon-p1.call-1' })
  call(@Param('callId', new IdPipe('callId')) callId: string) {
    return schoolCallDetail(this.sql.db, callId);
  }

  @Get('school-grant-register')
  @ApiOperation({
    summary: 'Grants to schools per project and district, of calls and direct (지정 교부), with each school’s report and its inspections',
  })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'projectId', required: false })
  @ApiQuery({ name: 'schoolId', required: false })
  @ApiQuery({ name: 'kind', required: false, enum: schoolGrantKinds })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: 'default 0' })
  grants(@Query() q: Q) {
    return listSchoolGrants(
      this.sql.db,
      {
        district: p.district(q),
        projectId: single(q, 'projectId'),
        schoolId: single(q, 'schoolId'),
        kind: oneOf(single(q, 'kind'), schoolGrantKinds, 'kind'),
      },
      p.page(q),
    );
  }

  @Get('school-grant-totals')
  @ApiOperation({ summary: 'What each project granted to schools per funder, its calls’ and direct grants together' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'projectId', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: 'default 0' })
  totals(@Query() q: Q) {
    return listSchoolGrantTotals(this.sql.db, { district: p.district(q), projectId: single(q, 'projectId') }, p.page(q));
  }
}

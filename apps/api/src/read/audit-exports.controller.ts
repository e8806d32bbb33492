/**
 * The auditors' downloads: a history (one stream, or a whole district), the decision register
 * and the budget ledger, as CSV for Excel (UTF-8 with BOM, Korean column names), XLSX or JSON
 * Lines. Every answer is streamed page by page and stops when the client disconnects; its
 * Content-Disposition names the file in Korean (RFC 6266, `filename*` per RFC 5987) with an
 * ASCII fallback.
 */
import { Controller, Get, Inject, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import { type Actor, personalDataReader, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import { districts } from '@gongron/domain';
import { EVENT_STORE, type EventStore, revealPersonalText } from '@gongron/event-store';
import {
  type RegisterFormat,
  type RegisterRow,
  type RegisterTable,
  decisionTable,
  historyTable,
  invalidQuery,
  ledgerTable,
  notFound,
  oneOf,
  registerCsv,
  registerFormats,
  registerJsonl,
} from '@gongron/projections';
import { Roles } from '../access/access.decorators.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import type { HttpResponse } from '../http-types.js';
import { ReadErrorsInterceptor, single, toProblem } from './read-errors.js';
import * as p from './read-params.js';
import { registerXlsx } from './register-xlsx.js';
import { streamToResponse } from './stream-export.js';

type Q = Record<string, unknown>;

const CONTENT_TYPES: Readonly<Record<RegisterFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

const districtNames = new Map(districts.map((d) => [d.code as string, d.name]));

const formatQuery = ApiQuery({
  name: 'format',
  required: false,
  enum: ['csv', 'xlsx', 'jsonl'],
  description: 'csv (UTF-8 with BOM, Korean column names; default), xlsx or jsonl',
});

@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@UseInterceptors(ReadErrorsInterceptor)
@Controller('audit/exports')
export class AuditExportsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
  ) {}

  @Get('history')
  @ApiOperation({ summary: "A stream's or a district's whole history with hashes, as CSV, XLSX or JSON Lines (streamed)" })
  @ApiQuery({ name: 'stream', required: false, example: 'agenda-item:3f1c…' })
  @ApiQuery({ name: 'district', required: false })
  @formatQuery
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.jsonl)
  async history(@Query() q: Q, @Res() res: HttpResponse, @CurrentActor() actor: Actor | undefined): Promise<void> {
    let table: RegisterTable;
    let name: FileName;
    let format: RegisterFormat;
    try {
      format = formatOf(q);
      const stream = single(q, 'stream');
      const district = single(q, 'district');
      if (Boolean(stream) === Boolean(district))
        throw invalidQuery('QUERY.EXPORT_SCOPE', 'stream', 'Give exactly one of stream or district');
      if (stream) {
        if ((await this.store.streamRevision(stream)) < 0) throw notFound('QUERY.STREAM_NOT_FOUND', `Stream ${stream} does not exist`);
        table = historyTable(this.store, { stream });
        name = { ko: `감사 이력-${stream}`, ascii: `gongron-history-${stream}` };
      } else {
        const code = p.requiredDistrict(district!);
        table = historyTable(this.store, { district: code });
        name = { ko: `감사 이력-${districtNames.get(code)!}`, ascii: `gongron-history-${code}` };
      }
    } catch (error) {
      throw toProblem(error);
    }
    await send(res, this.readFor(table, actor), format, name);
  }

  @Get('decisions')
  @ApiOperation({ summary: 'The decision register (의결 대장) as CSV, XLSX or JSON Lines (streamed)' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @formatQuery
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.jsonl)
  async decisions(@Query() q: Q, @Res() res: HttpResponse, @CurrentActor() actor: Actor | undefined): Promise<void> {
    await this.register(q, res, actor, (filters) => decisionTable(this.sql.db, filters), '의결 대장', 'decisions');
  }

  @Get('budget-ledger')
  @ApiOperation({ summary: 'The budget ledger (예산 원장) per project and funder as CSV, XLSX or JSON Lines (streamed)' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'year', required: false })
  @formatQuery
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx, CONTENT_TYPES.jsonl)
  async budgetLedger(@Query() q: Q, @Res() res: HttpResponse, @CurrentActor() actor: Actor | undefined): Promise<void> {
    await this.register(q, res, actor, (filters) => ledgerTable(this.sql.db, filters), '예산 원장', 'budget-ledger');
  }

  /** A register of a district and year (both optional), read for the caller and sent in the asked format. */
  private async register(
    q: Q,
    res: HttpResponse,
    actor: Actor | undefined,
    table: (filters: { district: string | undefined; year: number | undefined }) => RegisterTable,
    koreanName: string,
    englishName: string,
  ): Promise<void> {
    let format: RegisterFormat;
    let district: string | undefined;
    let year: number | undefined;
    try {
      format = formatOf(q);
      district = p.district(q);
      year = p.year(q);
    } catch (error) {
      throw toProblem(error);
    }
    await send(res, this.readFor(table({ district, year }), actor), format, fileName(koreanName, englishName, district, year));
  }

  /**
   * The table read for its caller like every answer (the personal-data interceptor does not see
   * a streamed body): each personal value is plain text, [삭제됨] or [비공개].
   */
  private readFor(table: RegisterTable, actor: Actor | undefined): RegisterTable {
    const keys = this.store.subjectKeys;
    const reader = personalDataReader(actor);
    async function* rows(): AsyncGenerator<RegisterRow> {
      for await (const row of table.rows) {
        const read: Record<string, RegisterRow[string]> = {};
        for (const [key, value] of Object.entries(row))
          read[key] = typeof value === 'string' ? await revealPersonalText(value, keys, reader) : value;
        yield read;
      }
    }
    return { ...table, rows: rows() };
  }
}

function formatOf(q: Q): RegisterFormat {
  return (oneOf(single(q, 'format'), registerFormats, 'format') ?? 'csv') as RegisterFormat;
}

interface FileName {
  readonly ko: string;
  readonly ascii: string;
}

function fileName(title: string, kind: string, district: string | undefined, year: number | undefined): FileName {
  const parts = (first: string, place: string | undefined) => [first, place, year].filter((part) => part !== undefined).join('-');
  return { ko: parts(title, district ? districtNames.get(district) : '전체'), ascii: parts(`gongron-${kind}`, district ?? 'all') };
}

/** `의결 대장-수원시-2024.xlsx` in filename*, and an ASCII name for clients that read only filename. */
export function exportDisposition(name: FileName, format: RegisterFormat): string {
  const safe = (text: string) => text.replace(/[\\/:*?"<>|\r\n]/g, '_');
  return contentDisposition(`${safe(name.ko)}.${format}`, { fallback: `${name.ascii.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}` });
}

async function send(res: HttpResponse, table: RegisterTable, format: RegisterFormat, name: FileName): Promise<void> {
  res.statusCode = 200;
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', exportDisposition(name, format));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const chunks = format === 'xlsx' ? registerXlsx(table) : format === 'csv' ? registerCsv(table) : registerJsonl(table);
  await streamToResponse(chunks, res);
}

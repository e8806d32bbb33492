/**
 * The public site's routes (no token): the province and a district as the pages show them, the
 * 부속합의서 of a district and year (as JSON for the printable page and as a PDF), the open data
 * with its dictionary, and an Atom feed of each district's decisions. Every answer carries its
 * freshness (`asOf`: log position and time) and no personal field.
 */
import { Controller, Get, Inject, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import { GONGRON_CONFIG, type GongronConfig, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import type { DistrictCode } from '@gongron/domain';
import { invalidQuery, parseYear } from '@gongron/projections';
import { Public } from '../access/access.decorators.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';
import { ReadErrorsInterceptor, toProblem } from '../read/read-errors.js';
import * as p from '../read/read-params.js';
import { renderAgreementPdf } from './agreement-pdf.js';
import { agreementArticles } from './agreement-text.js';
import { decisionsFeed } from './atom.js';
import { openDataDictionary, openDataFile, openDataFormats, type OpenDataFormat } from './open-data.js';
import { agreementForm, districtDecisions, districtView, organisationView, provinceView, publicAsOf } from './public-views.js';

type Q = Record<string, unknown>;

const FEED_ENTRIES = 50;

function requiredYear(value: string): number {
  const year = parseYear(value);
  if (year === undefined) throw invalidQuery('QUERY.INVALID_YEAR', 'year', 'year is required');
  return year;
}

function fileName(file: string, allowed: readonly string[], field: string): { name: string; format: string } {
  const found = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  if (!found || !allowed.includes(found[2]!))
    throw invalidQuery('QUERY.INVALID_VALUE', field, `${field} must be <name>.${allowed.join('|')}, got "${file}"`);
  return { name: found[1]!, format: found[2]! };
}

@ApiTags('public')
@Public()
@UseInterceptors(ReadErrorsInterceptor)
@Controller('public')
export class PublicSiteController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(GONGRON_CONFIG) private readonly config: GongronConfig,
  ) {}

  @Get('province')
  @ApiOperation({
    summary:
      'The 31 districts: items, projects, decisions, allocated and spent (won), each with its regional network (권역); the regions with their sums; the freshness of the figures',
  })
  province() {
    return provinceView(this.sql.db, this.config.organisation);
  }

  @Get('organisation')
  @ApiOperation({
    summary: 'The regional networks (권역) and, for every district, its region, its own names for its bodies and its civic councils',
  })
  organisation() {
    return organisationView(this.config.organisation);
  }

  @Get('districts/:district')
  @ApiOperation({
    summary:
      "A district's public page: decisions with tallies, projects by goal and task with budgets per funder, allocated vs spent, amendments",
  })
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiQuery({ name: 'year', required: false, description: 'Operating year (default: the newest with projects or an agreement)' })
  district(@Param('district') district: string, @Query() q: Q) {
    return districtView(this.sql.db, this.config.organisation, p.requiredDistrict(district) as DistrictCode, p.year(q));
  }

  @Get('districts/:district/decisions.atom')
  @ApiOperation({ summary: "An Atom 1.0 feed of the district's decisions, newest first" })
  @ApiParam({ name: 'district', example: 'suwon' })
  async feed(@Param('district') district: string, @Req() request: HttpRequest, @Res() response: HttpResponse): Promise<void> {
    let code: DistrictCode;
    try {
      code = p.requiredDistrict(district) as DistrictCode;
    } catch (error) {
      throw toProblem(error);
    }
    const [asOf, decisions] = await Promise.all([publicAsOf(this.sql.db), districtDecisions(this.sql.db, code, FEED_ENTRIES)]);
    const secure = 'encrypted' in request.socket && request.socket.encrypted === true;
    const origin = `${secure ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`;
    response.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    response.setHeader('Cache-Control', 'public, max-age=60');
    response.send(decisionsFeed({ district: code, origin, decisions: decisions.items, asOf }));
  }

  @Get('agreements/:district/:year')
  @ApiOperation({
    summary: 'The 부속합의서 of a district and year in its form: the articles, 제1조 table, amendments, both parties by title and date',
  })
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'year', example: 2024 })
  async agreement(@Param('district') district: string, @Param('year') year: string) {
    const form = await agreementForm(this.sql.db, p.requiredDistrict(district) as DistrictCode, requiredYear(year));
    return { ...form, articles: agreementArticles(form) };
  }

  @Get('agreements/:district/:year/agreement.pdf')
  @ApiOperation({ summary: 'The 부속합의서 as a PDF in the form of the plan (Korean font embedded)' })
  @ApiParam({ name: 'district', example: 'suwon' })
  @ApiParam({ name: 'year', example: 2024 })
  async agreementPdf(@Param('district') district: string, @Param('year') year: string, @Res() response: HttpResponse): Promise<void> {
    try {
      const code = p.requiredDistrict(district) as DistrictCode;
      const form = await agreementForm(this.sql.db, code, requiredYear(year));
      const pdf = await renderAgreementPdf(form);
      response.setHeader('Content-Type', 'application/pdf');
      response.setHeader('Content-Disposition', contentDisposition(`${form.year}-${code}-부속합의서.pdf`, { type: 'inline' }));
      response.send(pdf);
    } catch (error) {
      throw toProblem(error);
    }
  }

  @Get('open-data')
  @ApiOperation({ summary: 'The data dictionary: every open dataset, its columns (Korean and English names, type, meaning) and its files' })
  dictionary() {
    return openDataDictionary(this.sql.db);
  }

  @Get('open-data/:file')
  @ApiOperation({ summary: 'One open dataset as CSV (UTF-8 with BOM, Korean headers), JSON or XLSX, for the province or one district' })
  @ApiParam({ name: 'file', example: 'projects.csv', description: '<dataset>.<csv|json|xlsx>' })
  @ApiQuery({ name: 'district', required: false })
  async openData(@Param('file') file: string, @Query() q: Q, @Res() response: HttpResponse): Promise<void> {
    try {
      const { name, format } = fileName(file, openDataFormats, 'file');
      const district = p.district(q) as DistrictCode | undefined;
      const found = await openDataFile(this.sql.db, name, format as OpenDataFormat, district);
      response.setHeader('Content-Type', found.contentType);
      response.setHeader('Content-Disposition', contentDisposition(found.fileName));
      response.setHeader('Cache-Control', 'public, max-age=60');
      response.send(found.body);
    } catch (error) {
      throw toProblem(error);
    }
  }
}

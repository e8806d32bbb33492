/**
 * `/metrics` for Prometheus. Public on purpose: it carries counts and positions only, never
 * personal data, and scrapers rarely hold bearer tokens.
 */
import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { register } from 'prom-client';
import { Public } from '../access/access.decorators.js';
import type { HttpResponse } from '../http-types.js';

@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  async metrics(@Res() res: HttpResponse): Promise<void> {
    const body = await register.metrics();
    res.statusCode = 200;
    res.setHeader('Content-Type', register.contentType);
    res.end(body);
  }
}

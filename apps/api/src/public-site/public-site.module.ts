/** The public site's routes (see public-site.controller.ts). Needs the ApplicationModule (global): SQL_DATABASE. */
import { Module } from '@nestjs/common';
import { PublicSiteController } from './public-site.controller.js';

@Module({ controllers: [PublicSiteController] })
export class PublicSiteModule {}

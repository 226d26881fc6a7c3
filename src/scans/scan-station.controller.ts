import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { staticPage } from '@/common/static-page';

/** The clerk's scan page: one static HTML file; it logs in and calls POST /scans. */
@Controller('scan')
export class ScanStationController {
  private readonly page = staticPage('scan-station');
  @Get()
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  show(): string {
    return this.page;
  }
}

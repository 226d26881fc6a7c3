import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { staticPage } from '@/common/static-page';

/** The deputy director's page: a static file over the JSON routes (duties, returns report). */
@Controller('dashboard')
export class DashboardController {
  private readonly page = staticPage('dashboard');
  @Get()
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  show(): string {
    return this.page;
  }
}

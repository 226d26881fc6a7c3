import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';

/** The deputy director's old page address: the reports now live in the web app. */
@Controller('dashboard')
export class DashboardController {
  @Get()
  @ApiExcludeEndpoint()
  @Redirect('/app/reports', 302)
  show(): void {}
}

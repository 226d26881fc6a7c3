import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';

/** The clerk's old scan page address: the station now lives in the web app, offline-capable. */
@Controller('scan')
export class ScanStationController {
  @Get()
  @ApiExcludeEndpoint()
  @Redirect('/app/station', 302)
  show(): void {}
}

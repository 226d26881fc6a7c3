import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '@/auth/decorators';
import { templatesDir } from '@/common/paths';

/** The clerk's scan page: one static HTML file with its Kazakh and Russian wording inlined. */
@Controller('scan')
export class ScanStationController {
  private readonly page = buildPage();

  @Public()
  @Get()
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  show(): string {
    return this.page;
  }
}

function buildPage(): string {
  const dir = join(templatesDir(), 'scan-station');
  const texts = readFileSync(join(dir, 'texts.json'), 'utf8');
  // JSON inside <script>: escape "<" so no text can close the script element.
  return readFileSync(join(dir, 'index.html'), 'utf8').replace(
    '/*TEXTS*/',
    texts.replace(/</g, '\\u003c'),
  );
}

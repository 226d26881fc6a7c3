import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { EventResult } from '@/packets/packet-event.view';
import { ScanBatchDto, ScanDto } from './dto/scan.dto';
import { BatchResult } from './scan-batch.view';
import { ScansService } from './scans.service';

@ApiTags('scans')
@ApiBearerAuth()
@Controller('scans')
export class ScansController {
  constructor(private readonly scans: ScansService) {}

  /** 201 when the scan moved the packet on, 200 when it was a duplicate that changed nothing. */
  @Post()
  @ApiCreatedResponse({ type: EventResult, description: 'The scan moved the packet on' })
  @ApiOkResponse({ type: EventResult, description: 'A duplicate: nothing changed' })
  async scan(
    @CurrentUser() user: Principal,
    @Body() dto: ScanDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<EventResult> {
    const result = await this.scans.scan(user, dto);
    void res.status(result.transition === 'applied' ? 201 : 200);
    return result;
  }

  @Post('batch')
  @HttpCode(200)
  batch(@CurrentUser() user: Principal, @Body() dto: ScanBatchDto): Promise<BatchResult> {
    return this.scans.batch(user, dto.scans);
  }
}

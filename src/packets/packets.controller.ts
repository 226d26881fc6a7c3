import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { PacketView, PacketsService } from './packets.service';
import { PrintService } from './print.service';

@ApiTags('packets')
@ApiBearerAuth()
@Controller('packets')
export class PacketsController {
  constructor(
    private readonly packets: PacketsService,
    private readonly print: PrintService,
  ) {}

  @Get(':code')
  get(@CurrentUser() user: Principal, @Param('code') code: string): Promise<PacketView> {
    return this.packets.viewByCode(user, code);
  }

  @Get(':code/pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentUser() user: Principal,
    @Param('code') code: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.print.onePacket(await this.packets.getByCode(user, code), res);
  }
}

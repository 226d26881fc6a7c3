import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { KazpostStatusView, PacketTrackingView } from './kazpost.view';
import { KazpostService } from './kazpost.service';

@ApiTags('kazpost')
@ApiBearerAuth()
@Controller()
export class KazpostController {
  constructor(private readonly kazpost: KazpostService) {}

  /** When Kazpost's tracking was last reached, its last failure, the packets it follows. */
  @Get('kazpost/status')
  status(): Promise<KazpostStatusView> {
    return this.kazpost.status();
  }

  /** When the packet was last asked about, and where Kazpost's record disagrees with ours. */
  @Get('packets/:code/kazpost')
  packet(@CurrentUser() user: Principal, @Param('code') code: string): Promise<PacketTrackingView> {
    return this.kazpost.forPacket(user, code);
  }
}

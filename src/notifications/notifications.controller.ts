import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { NotificationQueryDto } from './notification.dto';
import { NotificationList } from './notification.view';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Text messages to guardians and staff, with each one's delivery status. */
  @Get()
  list(
    @CurrentUser() user: Principal,
    @Query() query: NotificationQueryDto,
  ): Promise<NotificationList> {
    return this.notifications.list(user, query);
  }
}

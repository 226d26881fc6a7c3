import { ApiPage } from '@/common/http/api-responses';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { AuditEntry } from './audit-entry.entity';
import { AuditQueryDto } from './audit-query.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiPage(AuditEntry)
  list(@CurrentUser() user: Principal, @Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(user, query);
  }
}

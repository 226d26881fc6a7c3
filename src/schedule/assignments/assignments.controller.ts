import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audited } from '@/audit/audited.decorator';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';
import {
  AssignmentList,
  AssignmentQueryDto,
  AssignmentView,
  CreateAssignmentDto,
  SetClassTeachersDto,
  UpdateAssignmentDto,
} from './assignment.dto';
import { AssignmentsService } from './assignments.service';

/** Who teaches which subject in which class: what each class's packet expects, from whom. */
@ApiTags('schedule')
@ApiBearerAuth()
@Controller('schedule/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  async list(
    @CurrentUser() user: Principal,
    @Query() query: AssignmentQueryDto,
  ): Promise<AssignmentList> {
    return { items: await this.assignments.list(user, query) };
  }

  @Post()
  @Audited('teaching_assignment')
  create(
    @CurrentUser() user: Principal,
    @Body() dto: CreateAssignmentDto,
  ): Promise<AssignmentView> {
    return this.assignments.create(user, dto);
  }

  /** One class's subjects and teachers saved together (null takes a subject's teacher off). */
  @Put('classes/:classId')
  @Audited('teaching_assignment', 'set_class')
  async setForClass(
    @CurrentUser() user: Principal,
    @Param('classId', ParseIdPipe) classId: string,
    @Body() dto: SetClassTeachersDto,
  ): Promise<AssignmentList> {
    return { items: await this.assignments.setForClass(user, classId, dto) };
  }

  @Patch(':id')
  @Audited('teaching_assignment')
  update(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateAssignmentDto,
  ): Promise<AssignmentView> {
    return this.assignments.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Audited('teaching_assignment')
  remove(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.assignments.remove(user, id);
  }
}

import { ApiFile, ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { startDownload } from '@/common/http/download';
import { MultipartUpload } from '@/common/http/uploads';
import { RosterImportService } from './roster-import.service';
import {
  ChangeChannelDto,
  CreateStudentDto,
  ImportRosterDto,
  RosterImportResult,
  RosterPreview,
  RosterTemplateQueryDto,
  StudentQueryDto,
  UpdateStudentDto,
} from './student.dto';
import { Student } from './student.entity';
import { StudentsService } from './students.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('students')
export class StudentsController {
  constructor(
    private readonly service: StudentsService,
    private readonly roster: RosterImportService,
  ) {}

  @Post()
  @Audited('student')
  create(@CurrentUser() user: Principal, @Body() dto: CreateStudentDto): Promise<Student> {
    return this.service.create(user, dto);
  }

  @Post('import')
  @Audited('student', 'import')
  @MultipartUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'CSV roster; GET /students/import/template.csv gives one to fill in',
        },
        classId: { type: 'string', format: 'uuid' },
        schoolId: { type: 'string', format: 'uuid' },
        dryRun: {
          type: 'string',
          enum: ['true', 'false'],
          description: '"true": answer what would be imported (200), import nothing',
        },
      },
    },
  })
  @ApiCreatedResponse({ type: RosterImportResult, description: 'Every row imported' })
  @ApiOkResponse({ type: RosterPreview, description: 'A dry run: nothing was imported' })
  async import(
    @CurrentUser() user: Principal,
    @Body() dto: ImportRosterDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RosterImportResult | RosterPreview> {
    const result = await this.roster.import(user, dto, dto.file);
    if ('dryRun' in result) void reply.status(200);
    return result;
  }

  @Get('import/template.csv')
  @ApiFile('text/csv')
  /** A roster to fill in: headers in the language, one example row. */
  template(@Query() query: RosterTemplateQueryDto, @Res() reply: FastifyReply): void {
    const { fileName, content } = this.roster.template(query.language, query.scope ?? 'class');
    startDownload(reply, 'text/csv; charset=utf-8', fileName).end(content);
  }

  @Get()
  @ApiPage(Student)
  list(@CurrentUser() user: Principal, @Query() query: StudentQueryDto): Promise<Page<Student>> {
    return this.service.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<Student> {
    return this.service.get(user, id);
  }

  @Patch(':id')
  @Audited('student')
  update(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateStudentDto,
  ): Promise<Student> {
    return this.service.update(user, id, dto);
  }

  /** The deputy for upbringing or the director sets how the pupil's lessons reach them, with a reason. */
  @Patch(':id/channel')
  @Audited('student', 'channel')
  changeChannel(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ChangeChannelDto,
  ): Promise<Student> {
    return this.service.changeChannel(user, id, dto);
  }
}

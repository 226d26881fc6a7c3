import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsUUID,
} from 'class-validator';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateDate, ValidateUUID } from '@/common/validation/decorators';

export class CreateDispatchDto {
  @ValidateUUID()
  classId: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 12 })
  @IsArray()
  @ArrayMinSize(1, { message: 'caseIds must name at least one case' })
  @ArrayMaxSize(12)
  @ArrayUnique({ message: 'caseIds must not repeat a case' })
  @IsUUID('all', { each: true, message: 'each of caseIds must be a case id (UUID)' })
  caseIds: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Default: every active pupil of the class',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'studentIds, when given, must name at least one pupil' })
  @ArrayMaxSize(2000)
  @ArrayUnique({ message: 'studentIds must not repeat a pupil' })
  @IsUUID('all', { each: true, message: 'each of studentIds must be a pupil id (UUID)' })
  studentIds?: string[];

  @ValidateDate()
  returnDueOn: string;
}

export class DispatchQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  classId?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { ValidateSubjectCode, ValidateUUID } from '@/common/validation/decorators';

/** The teacher of a subject in a class. */
export class CreateAssignmentDto {
  @ValidateUUID()
  classId: string;

  @ValidateSubjectCode()
  subjectCode: string;

  @ValidateUUID()
  teacherId: string;
}

/** Hands the subject in that class to another teacher. */
export class UpdateAssignmentDto {
  @ValidateUUID()
  teacherId: string;
}

export class AssignmentQueryDto {
  @ValidateUUID({ optional: true })
  classId?: string;
}

/** Who teaches a subject in a class. */
export class AssignmentView {
  id: string;
  classId: string;
  grade: number;
  letter: string;
  subjectCode: string;
  teacherId: string;
  teacherName: string;
}

export class AssignmentList {
  items: AssignmentView[];
}

/** One subject's teacher in a class; null takes the subject's teacher off. */
export class ClassSubjectTeacherDto {
  @ValidateSubjectCode()
  subjectCode: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('loose')
  teacherId: string | null;
}

/** Every changed subject of one class's panel, saved together. */
export class SetClassTeachersDto {
  @ApiProperty({ type: [ClassSubjectTeacherDto], minItems: 1, maxItems: 40 })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must name at least one subject' })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => ClassSubjectTeacherDto)
  items: ClassSubjectTeacherDto[];
}

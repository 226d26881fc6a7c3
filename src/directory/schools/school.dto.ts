import { PrintableOnPaper } from '@/directory/printable-on-paper';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsDefined, ValidateIf } from 'class-validator';
import { ArchivedFlag, ValidateArchivedFlag } from '@/common/database/archived';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateText, ValidateUUID } from '@/common/validation/decorators';
import { needsShortName, PAPER_NAME_MAX } from './paper-name';

export const SHORT_NAME_REQUIRED = `shortName is required when name is longer than ${PAPER_NAME_MAX} characters: it is the name printed on covers, slips and manifests`;

export class CreateSchoolDto {
  @ValidateText(200, { example: 'Көктал ауылының жалпы орта мектебі' })
  @PrintableOnPaper()
  name: string;

  /**
   * The name printed on covers, slips and manifests, where the office and postcode beside it
   * must never be cut: required when `name` is longer than 60 characters.
   */
  @ApiPropertyOptional({ minLength: 1, maxLength: PAPER_NAME_MAX, example: 'Көктал мектебі' })
  @ValidateIf((dto: CreateSchoolDto) => dto.shortName !== undefined || needsShortName(dto.name))
  @IsDefined({ message: SHORT_NAME_REQUIRED })
  @ValidateText(PAPER_NAME_MAX)
  @PrintableOnPaper()
  shortName?: string;

  @ValidateText(120, { example: 'Алматы облысы' })
  region: string;

  @ValidateText(120, { example: 'Көктал' })
  locality: string;

  @ValidateText(300)
  @PrintableOnPaper()
  address: string;

  @ValidateUUID()
  postOfficeId: string;
}

/** Any of a school's fields, corrected; a long new name comes with its short name for paper. */
export class UpdateSchoolDto extends PartialType(CreateSchoolDto) {}

export class SchoolQueryDto extends ListQueryDto {
  @ValidateArchivedFlag()
  archived?: ArchivedFlag;
}

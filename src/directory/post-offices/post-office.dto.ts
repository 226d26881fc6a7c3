import { ApiHideProperty, PartialType } from '@nestjs/swagger';
import { IsInstance, IsOptional } from 'class-validator';
import { ArchivedFlag, ValidateArchivedFlag } from '@/common/database/archived';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateText } from '@/common/validation/decorators';
import { ValidatePostcode } from '../validate-postcode';

export class CreatePostOfficeDto {
  @ValidatePostcode()
  postcode: string;

  @ValidateText(200, { example: 'Алматы 050010' })
  name: string;

  @ValidateText(300)
  address: string;

  @ValidateText(120, { example: 'Алматы' })
  locality: string;
}

/** Any of an office's fields, corrected; the postcode stays unique. */
export class UpdatePostOfficeDto extends PartialType(CreatePostOfficeDto) {}

export class PostOfficeQueryDto extends ListQueryDto {
  /** Words of the postcode, name, locality or address, in any case. */
  @ValidateText(100, { optional: true })
  search?: string;

  @ValidateArchivedFlag()
  archived?: ArchivedFlag;
}

export class OfficeListImportResult {
  /** Branches added. */
  imported: number;
  /** Rows whose postcode was already registered, left as they were. */
  skipped: number;
}

export class OfficeListProblem {
  row: number;
  column: string;
  message: string;
}

export class ImportOfficeListDto {
  /** The CSV itself: the upload interceptor puts the file in the body as a Buffer. */
  @ApiHideProperty()
  @IsOptional()
  @IsInstance(Buffer, { message: 'file must be an uploaded CSV file, not a text field' })
  file?: Buffer;
}

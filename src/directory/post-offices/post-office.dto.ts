import { PrintableOnPaper } from '@/directory/printable-on-paper';
import { ApiHideProperty, PartialType } from '@nestjs/swagger';
import { IsInstance, IsOptional } from 'class-validator';
import { ArchivedFlag, ValidateArchivedFlag } from '@/common/database/archived';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateText, ValidateUUID } from '@/common/validation/decorators';
import { ValidatePostcode } from '../validate-postcode';

export class CreatePostOfficeDto {
  @ValidatePostcode()
  postcode: string;

  @ValidateText(200, { example: 'Алматы 050010' })
  @PrintableOnPaper()
  name: string;

  @ValidateText(300)
  @PrintableOnPaper()
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

  /** Only the offices where this school's pupils (still in a class) get their packets. */
  @ValidateUUID({ optional: true })
  pupilsOfSchoolId?: string;
}

/** An office of ours that Kazpost's list no longer names. */
export class ClosedOfficeView {
  id: string;
  postcode: string;
  name: string;
  /** Pupils, schools, clerks, packets or duties name it: it stays, archive it only by hand. */
  inUse: boolean;
}

export class OfficeListImportResult {
  /** Branches added. */
  imported: number;
  /** Registered branches whose name, address or locality changed, corrected by postcode. */
  updated: number;
  /** Registered branches listed as they are, left as they were. */
  skipped: number;
  /**
   * Our offices (not archived) whose postcode the list does not name: closed, or outside the
   * part of the list loaded. Nothing is deleted or archived; the first 200 are listed.
   */
  closed: ClosedOfficeView[];
  closedTotal: number;
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

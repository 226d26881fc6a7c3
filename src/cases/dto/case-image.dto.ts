import { ApiHideProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInstance, IsOptional, ValidateNested } from 'class-validator';
import { ValidateText, ValidateUUID } from '@/common/validation/decorators';
import { MAX_CASE_IMAGES } from '../case-image.view';
import { CreateCaseDto } from './case.dto';

export class CaptionDto {
  /** Printed below the picture, in the case's language. */
  @ValidateText(300, { example: 'Сурет 1. Үшбұрыштың биіктігі' })
  caption: string;
}

export class UploadCaseImageDto extends CaptionDto {
  /** The picture itself: the upload interceptor puts the file in the body as a Buffer. */
  @ApiHideProperty()
  @IsOptional()
  @IsInstance(Buffer, { message: 'file must be an uploaded PNG or JPEG picture, not a text field' })
  file?: Buffer;
}

/** A saved picture of the case with its caption as the editor has it now. */
export class PreviewImageDto extends CaptionDto {
  @ValidateUUID()
  id: string;
}

/** A case as written so far; with `caseId`, its saved pictures show with the captions given. */
export class PreviewCaseDto extends OmitType(CreateCaseDto, ['copyPicturesOf'] as const) {
  @ValidateUUID({ optional: true })
  caseId?: string;

  @ApiPropertyOptional({ type: [PreviewImageDto], maxItems: MAX_CASE_IMAGES })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CASE_IMAGES)
  @ValidateNested({ each: true })
  @Type(() => PreviewImageDto)
  images?: PreviewImageDto[];
}

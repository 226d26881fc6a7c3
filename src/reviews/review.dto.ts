import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { ValidateInt, ValidateText, ValidateUUID } from '@/common/validation/decorators';

export class CaseReviewDto {
  @ValidateUUID()
  caseId: string;

  @ValidateInt(1, 10, { optional: true, example: 8 })
  mark?: number;

  @ApiPropertyOptional({
    description:
      'For pass/fail subjects (physical education, self-knowledge, arts and crafts, music, ...)',
  })
  @IsOptional()
  @IsBoolean()
  passed?: boolean;

  @ValidateText(2000, { example: 'Жақсы жұмыс! 3-сұраққа мысалды толығырақ жазыңыз.' })
  comment: string;
}

export class ReviewDto {
  @ApiProperty({ type: [CaseReviewDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'caseReviews must review at least one case' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CaseReviewDto)
  caseReviews: CaseReviewDto[];
}

/** A saved review set right: only the fields given change; the subject decides mark or passed. */
export class CorrectReviewDto {
  @ValidateInt(1, 10, { optional: true, example: 7 })
  mark?: number;

  @ApiPropertyOptional({ description: 'For pass/fail subjects' })
  @IsOptional()
  @IsBoolean()
  passed?: boolean;

  @ValidateText(2000, { optional: true, example: 'Жақсы жұмыс!' })
  comment?: string;
}

import { OmitType } from '@nestjs/swagger';
import { WarningCode } from '@/common/errors/error-codes';
import { LessonCase } from '../lesson-case.entity';

export class TextbookView {
  title: string;
  pages: string;
}

/** A warning in a successful answer, shaped like an error: a code, words and parameters. */
export class WarningView {
  code: WarningCode;
  message: string;
  details: Record<string, unknown>;
}

export class CaseView extends OmitType(LessonCase, [
  'textbookTitle',
  'textbookPages',
  'school',
  'subject',
] as const) {
  textbook: TextbookView;
  warnings: WarningView[];
}

import { defaultAnswerLines } from '@domain/rendering/answer-lines';

/** A question as the editor holds it: its text and its answer lines ('' while the default). */
export interface QuestionDraft {
  text: string;
  lines: string;
}

export function questionDrafts(
  questions: string[],
  answerLines?: number[] | null,
): QuestionDraft[] {
  return questions.map((text, i) => ({ text, lines: answerLines ? String(answerLines[i]) : '' }));
}

/**
 * The API takes one count per question or none: none while every question keeps its default
 * (the printed lines then follow each question's length), else each set count or the default.
 */
export function answerLinesOf(questions: QuestionDraft[]): number[] | undefined {
  if (questions.every((q) => q.lines.trim() === '')) return undefined;
  return questions.map((q) =>
    q.lines.trim() === '' ? defaultAnswerLines(q.text) : Number(q.lines),
  );
}

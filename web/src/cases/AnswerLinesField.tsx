import { defaultAnswerLines, MAX_ANSWER_LINES } from '@domain/rendering/answer-lines';
import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/fields';
import type { QuestionDraft } from './questions';

/**
 * A question's answer lines: empty, the printed default by the question's length (shown as the
 * field's placeholder and said in its hint); a number, what the author needs (a week's diary).
 */
export function AnswerLinesField(props: {
  id: string;
  number: number;
  question: QuestionDraft;
  onChange(lines: string): void;
}) {
  const { t } = useI18n();
  const fallback = defaultAnswerLines(props.question.text);
  const isDefault = props.question.lines.trim() === '';
  return (
    <TextField
      id={props.id}
      className="answer-lines"
      label={t('editor.answerLines', { number: props.number })}
      hint={
        isDefault
          ? t('editor.answerLinesDefault', { count: fallback, max: MAX_ANSWER_LINES })
          : t('editor.answerLinesSet', { count: fallback, max: MAX_ANSWER_LINES })
      }
      type="number"
      inputMode="numeric"
      min={0}
      max={MAX_ANSWER_LINES}
      step={1}
      placeholder={String(fallback)}
      value={props.question.lines}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/**
 * Lines printed under a question for its answer. No imports: the web app's case editor shows
 * the same default the renderer prints, and offers counts up to the API's maximum.
 */
export const MAX_ANSWER_LINES = 20;

/** Without a count from the author, a longer question asks for a longer answer. */
export function defaultAnswerLines(question: string): number {
  if (question.length < 80) return 3;
  if (question.length < 200) return 5;
  return 7;
}

/**
 * The most a JSON body may hold. Our largest real bodies (a batch of 500 scans, a dispatch
 * to 2,000 pupils) stay well inside; a hostile body is refused before it is parsed, so the
 * work it can cause is bounded by its length alone.
 */
export const JSON_SHAPE_LIMITS = {
  depth: 8,
  keysPerObject: 50,
  totalKeys: 5_000,
  arrayLength: 2_000,
} as const;

export type JsonShapeLimit = keyof typeof JSON_SHAPE_LIMITS;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COLON = 58;
const COMMA = 44;

/**
 * One pass over the text, counting nesting, keys and array items outside strings; returns
 * the first limit passed, or undefined. Malformed JSON is left for the parser to refuse.
 */
export function exceededJsonLimit(
  text: string,
  limits: Record<JsonShapeLimit, number> = JSON_SHAPE_LIMITS,
): JsonShapeLimit | undefined {
  const counts: number[] = [];
  const isObject: boolean[] = [];
  let totalKeys = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (counts.length >= limits.depth) return 'depth';
      counts.push(0);
      isObject.push(c === OPEN_OBJECT);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      counts.pop();
      isObject.pop();
    } else if (c === COLON && isObject[isObject.length - 1]) {
      if (++counts[counts.length - 1] > limits.keysPerObject) return 'keysPerObject';
      if (++totalKeys > limits.totalKeys) return 'totalKeys';
    } else if (c === COMMA && isObject[isObject.length - 1] === false) {
      // n commas separate n + 1 items
      if (++counts[counts.length - 1] >= limits.arrayLength) return 'arrayLength';
    }
  }
  return undefined;
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

/**
 * The index of the first item whose `start` is at or after `offset`, in items sorted by `start` (their length
 * when there is none): tokens, mentions, anything with an offset into the text.
 *
 * @example
 * firstStartingAt([{ start: 0 }, { start: 5 }, { start: 9 }], 4) // 1
 */
export function firstStartingAt(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { readonly start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether no letter or digit stands right before `start` or right at `end` of `text`: a whole word or name. */
export function isWholeAt(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text.charAt(start - 1)) && !WORD_CHAR.test(text.charAt(end));
}

/**
 * Whether `text` holds `word` as a whole word somewhere.
 *
 * @example
 * holdsWord("A coroner in Cork said", "Cork") // true
 * holdsWord("Corktown", "Cork") // false
 */
export function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (isWholeAt(text, at, at + word.length)) return true;
  return false;
}

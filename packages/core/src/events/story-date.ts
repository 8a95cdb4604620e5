// The story date of an event whose sentence states no time at all: event coders date a story's events by the
// article's date. Not for an act the sentence puts ahead ("will meet", "plans to visit") or tells as
// background ("had met", "has long denied").
import type { DateBasis, DateValue, Span } from "../schema/common.js";
import { isRegexSpace } from "../text/spaces.js";
import { looksAhead } from "./time/tense.js";

const BACKGROUND = /\b(?:had|since|long|previously|once|ago|earlier|then)\s/i;

/**
 * Where the last `n` of `text.split(/\s+/)` start. BACKGROUND finds in `text` from there what it would find in
 * those words joined by single spaces: it reads spaces only as the end of a word.
 */
function lastSplitWordsStart(text: string, n: number): number {
  let i = text.length;
  for (let k = 0; k < n; k++) {
    while (i > 0 && !isRegexSpace(text.charCodeAt(i - 1))) i--;
    if (k === n - 1 || i === 0) break;
    while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/**
 * The article date `refIso` as the date of the predicate at `predicateStart` of `sentence`, with `basis` and
 * no expression (`text`, `span`), so that it reads apart from a stated date; null when the sentence has a
 * time of its own (`hasTime`), when there is no article date, or when the act is ahead or background.
 *
 * @example
 * storyDate("Police arrested two men.", { start: 0, end: 24 }, 7, false, "2016-07-10", "inferred");
 * // { value: "2016-07-10", precision: "day", basis: "inferred" }
 */
export function storyDate(
  folded: string,
  sentence: Span,
  predicateStart: number,
  hasTime: boolean,
  refIso: string | null,
  basis: DateBasis,
): DateValue | null {
  if (!refIso || hasTime) return null;
  // the clause just before the predicate is all the tense rules read
  const before = folded.slice(Math.max(sentence.start, predicateStart - 80), predicateStart);
  if (looksAhead(before, before.length)) return null;
  if (BACKGROUND.test(before.slice(lastSplitWordsStart(before, 4)))) return null;
  return { value: refIso, precision: "day", basis };
}

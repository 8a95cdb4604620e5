// Whether a time expression looks forward or back, from the words just before it in its sentence:
// "vowed Thursday" reports the past; "will meet on Monday" and "pledged ... to attend the protest on Saturday"
// look ahead. News reports the past by default.
import { FUTURE_CUES, PAST_CUES } from "./words.js";

export type Tense = "past" | "future" | "none";

const WINDOW = 60;
const FAILED_INFINITIVE =
  /\b(?:fail(?:ed|s)?|tried|managed|refused|sought|attempted|used|unable|forced)\s+(?:\w+\s+)?to\s+\w+/i;
/**
 * "to" before a verb, which is written in lower case ("to Norvale's closing price" is no infinitive), and not
 * the "to" of a compound preposition ("according to provisional results").
 */
const INFINITIVE =
  /(?<!\b(?:according|due|compared|prior|close|next|thanks|addition|up|similar|contrary|owing|relative)\s)\b[Tt]o\s+(?!the\b|a\b|an\b|its?\b|their\b|his\b|her\b)[a-z]+\b/;
const MODAL =
  /\b(?:will|shall|'ll|won't|would|is to|are to|was to|were to|is due|are due|scheduled|set to|going to|upcoming|ahead of)\b/i;

const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * The last `n` words of `text`, one space between them; as `text.split(/\s+/).slice(-n)` counts them, a
 * space at the end is an empty last word.
 */
function lastWords(text: string, n: number): string {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  let words = i < text.length ? 1 : 0;
  let start = i;
  while (i > 0 && words < n) {
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    words++;
    start = i;
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return text.slice(start).trimEnd().replace(/\s+/g, " ");
}

/**
 * The tense around the expression that starts at `start` in `sentence`.
 *
 * @example
 * tenseBefore("The two will meet on Monday", 17); // "future"
 */
export function tenseBefore(sentence: string, start: number): Tense {
  const cut = sentence.slice(Math.max(0, start - WINDOW), start);
  const clause = cut.slice(Math.max(cut.lastIndexOf(";"), cut.lastIndexOf(":"), cut.search(/[.!?]\s+\S*$/)) + 1);
  const near = lastWords(clause, 8);
  if (MODAL.test(near)) return "future";
  const infinitive = lastWords(clause, 6);
  if (INFINITIVE.test(infinitive) && !FAILED_INFINITIVE.test(clause)) return "future";
  if (FUTURE_CUES.test(near) && !PAST_CUES.test(near)) return "future";
  return PAST_CUES.test(clause) || /\b\w+ed\b/i.test(near) ? "past" : "none";
}

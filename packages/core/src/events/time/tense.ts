// Whether a time expression looks forward or back, from the words just before it in its sentence:
// "vowed Thursday" reports the past; "will meet on Monday" and "pledged ... to attend the protest on Saturday"
// look ahead. News reports the past by default.
import { collapsedSpaces, isRegexSpace, trimmedEnd } from "./spaces.js";
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
 * Where the last `few` and the last `many` words of `text` start (`few` <= `many`); as
 * `text.split(/\s+/).slice(-n)` counts them, a space at the end is an empty last word. One scan back for both.
 */
function lastWordsStarts(text: string, few: number, many: number): [number, number] {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  let words = i < text.length ? 1 : 0;
  let start = i;
  let fewStart = words >= few ? start : -1;
  while (i > 0 && words < many) {
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    words++;
    start = i;
    if (words === few) fewStart = start;
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return [fewStart < 0 ? start : fewStart, start];
}

/** `text` from `start` without the spaces at its end, one space between its words. */
function wordsFrom(text: string, start: number): string {
  return collapsedSpaces(text, start, trimmedEnd(text, start, text.length));
}

/**
 * Where `text` has a stop right before the space before its last word, as `text.search(/[.!?]\s+\S*$/)`
 * finds it, or -1: the stop can only stand where the last run of spaces begins.
 */
function stopBeforeLastWord(text: string): number {
  let i = text.length;
  while (i > 0 && !isRegexSpace(text.charCodeAt(i - 1))) i--;
  const wordStart = i;
  while (i > 0 && isRegexSpace(text.charCodeAt(i - 1))) i--;
  if (i === wordStart || i === 0) return -1;
  const c = text.charCodeAt(i - 1);
  return c === 46 || c === 33 || c === 63 ? i - 1 : -1; // . ! ?
}

/**
 * The tense around the expression that starts at `start` in `sentence`.
 *
 * @example
 * tenseBefore("The two will meet on Monday", 17); // "future"
 */
export function tenseBefore(sentence: string, start: number): Tense {
  const cut = sentence.slice(Math.max(0, start - WINDOW), start);
  const clause = cut.slice(Math.max(cut.lastIndexOf(";"), cut.lastIndexOf(":"), stopBeforeLastWord(cut)) + 1);
  const [sixStart, eightStart] = lastWordsStarts(clause, 6, 8);
  const near = wordsFrom(clause, eightStart);
  if (MODAL.test(near)) return "future";
  const infinitive = wordsFrom(clause, sixStart);
  if (INFINITIVE.test(infinitive) && !FAILED_INFINITIVE.test(clause)) return "future";
  if (FUTURE_CUES.test(near) && !PAST_CUES.test(near)) return "future";
  return PAST_CUES.test(clause) || /\b\w+ed\b/i.test(near) ? "past" : "none";
}

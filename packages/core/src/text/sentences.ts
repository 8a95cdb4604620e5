// Sentence splitting for news English. Hand-written because the libraries at hand either ship whole NLP
// models (too slow and too big for a Worker) or split on every period, which breaks on "Gen. Makarov",
// "U.S. officials", "J. K. Rowling", "SpaceWar.com" and quotes closed after the period. One linear scan
// over the folded text: each period, "!" or "?" is judged on the word before it and the word after it.
import type { Span } from "../schema/common.js";
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from "./abbreviations.js";

/** Past this many code units a "sentence" is cut at the next space: no prose runs that long unpunctuated. */
const MAX_SENTENCE = 4000;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93; // " ' ) ]
const isOpener = (c: number) => c === 34 || c === 39 || c === 40 || c === 91; // " ' ( [
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isUpper(c) || isLower(c) || isDigit(c) || c > 0xff;
const DOTTED_ACRONYM = /^(?:[a-z]\.)+[a-z]$/i;

/** The word that ends at `end` (exclusive), without opening punctuation; at most 24 code units. */
function wordBefore(text: string, from: number, end: number): string {
  let p = end;
  while (p > from && end - p < 24 && !isSpace(text.charCodeAt(p - 1))) p--;
  while (p < end && !isWordChar(text.charCodeAt(p))) p++;
  return text.slice(p, end);
}

/** Words after which "I" is the pronoun closing a clause: "and so have I.", "more than I." */
export const PRONOUN_BEFORE = /\b(?:am|was|have|had|do|did|can|could|will|would|should|must|so|nor|than|as|me)\s+$/;

/** The letters of the word starting at `at`; at most 24 code units. */
function wordAt(text: string, at: number, end: number): string {
  let p = at;
  while (p < end && p - at < 24 && (isUpper(text.charCodeAt(p)) || isLower(text.charCodeAt(p)))) p++;
  return text.slice(at, p);
}

/** Whether the word at `w` is a common sentence opener: it decides a period after an ambiguous abbreviation. */
function opensSentence(text: string, w: number, end: number): boolean {
  return SENTENCE_OPENERS.has(wordAt(text, w, end).toLowerCase());
}

/** Decides whether the terminator run `[at, runEnd)` followed by a word at `next` ends a sentence. */
function endsSentence(text: string, from: number, at: number, runEnd: number, next: number, end: number): boolean {
  let w = next;
  while (w < end && isOpener(text.charCodeAt(w))) w++;
  const c = text.charCodeAt(w);
  const opensLikeSentence = isUpper(c) || isDigit(c) || (w > next && w < end && !isLower(c));
  if (!opensLikeSentence) return false;
  if (runEnd - at > 1 || text.charCodeAt(at) !== 46) return true; // "?", "!", "..." before a capital
  const before = wordBefore(text, from, at);
  if (before === "") return true;
  const key = before.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(key)) return false;
  if (NUMBER_ABBREVIATIONS.has(key)) return !isDigit(c) && opensSentence(text, w, end);
  const initial = before.length === 1 && isUpper(before.charCodeAt(0));
  // "and so have I. Eskom has": the pronoun after a word in lower case ends the sentence
  if (before === "I" && PRONOUN_BEFORE.test(text.slice(Math.max(from, at - 12), at - 1))) return true;
  if (initial || AMBIGUOUS_ABBREVIATIONS.has(key) || DOTTED_ACRONYM.test(before)) return opensSentence(text, w, end);
  return true;
}

/** Index of the first non-space code unit at or after `at`. */
function skipSpace(text: string, at: number, end: number): number {
  let p = at;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** Whether `[from, to)`, all spaces, holds a blank line (two line breaks). */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10 && ++newlines === 2) return true;
  return false;
}

/** Cuts an over-long run at a space past MAX_SENTENCE; returns where the rest starts (`s` if no cut). */
function cutLong(out: Span[], text: string, s: number, to: number): number {
  let cut = s + MAX_SENTENCE;
  while (cut < to && !isSpace(text.charCodeAt(cut))) cut++;
  if (cut >= to) return to - s > MAX_SENTENCE * 2 ? hardCut(out, text, s) : s;
  pushTrimmed(out, text, s, cut);
  return skipSpace(text, cut, to);
}

function cutAll(out: Span[], text: string, s: number, to: number): number {
  let at = s;
  while (to - at > MAX_SENTENCE) {
    const next = cutLong(out, text, at, to);
    if (next === at) break;
    at = next;
  }
  return at;
}

/** A run with no space at all is cut blindly, so that no piece grows without bound. */
function hardCut(out: Span[], text: string, s: number): number {
  pushTrimmed(out, text, s, s + MAX_SENTENCE);
  return s + MAX_SENTENCE;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > start) out.push({ start, end: e });
}

/**
 * Splits `folded.slice(start, end)` into sentence spans (offsets into `folded`, trimmed of spaces).
 * A blank line always ends a sentence; a single line break does not.
 *
 * @example
 * splitSentences('Gen. Makarov spoke at 5 p.m. The talks ended.', 0, 46)
 * // [{ start: 0, end: 29 }, { start: 30, end: 46 }]
 */
export function splitSentences(folded: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const stop = Math.min(end, folded.length);
  let s = skipSpace(folded, Math.max(0, start), stop);
  // the regex engine jumps from one candidate to the next far faster than a loop over every code unit
  const candidates = /[.!?]+|\n[ \t\r\f\v]*\n/g;
  candidates.lastIndex = s;
  for (let m = candidates.exec(folded); m !== null && m.index < stop; m = candidates.exec(folded)) {
    const i = m.index;
    s = cutAll(out, folded, s, i);
    if (m[0].charCodeAt(0) === 10) {
      pushTrimmed(out, folded, s, i);
      s = skipSpace(folded, i, stop);
      continue;
    }
    let j = Math.min(i + m[0].length, stop);
    const runEnd = j;
    while (j < stop && isCloser(folded.charCodeAt(j))) j++;
    if (j >= stop || !isSpace(folded.charCodeAt(j))) continue;
    const next = skipSpace(folded, j, stop);
    if (next < stop && (hasBlankLine(folded, j, next) || endsSentence(folded, s, i, runEnd, next, stop))) {
      pushTrimmed(out, folded, s, j);
      s = next;
    }
    candidates.lastIndex = Math.max(next, j);
  }
  s = cutAll(out, folded, s, stop);
  pushTrimmed(out, folded, s, stop);
  return out;
}

// Paragraph detection over raw scraped text. Hand-written: scraped pages come either with blank lines
// between paragraphs, one paragraph a line, or hard-wrapped lines; no library reads all three with spans.
import type { Span } from "../schema/common.js";

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 12 || c === 11;

/** Whether a line reads as finished: it ends in a sentence terminator, possibly inside closing quotes. */
function endsFinished(text: string, end: number, start: number): boolean {
  let e = end;
  while (e > start && isCloser(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  return e > start && (c === 46 || c === 33 || c === 63 || c === 58); // . ! ? :
}

/** A closing quote or bracket: " ' ) ] */
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93;

/** A hard-wrapped line is a full line of text; short lines ending unfinished are separate items. */
const MIN_WRAPPED = 30;

/** Whether a line continues the previous one: it starts with a lower-case letter. */
const startsLower = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 97 && c <= 122;
};

/**
 * A credit line in lower case under a headline, not the rest of a sentence: "by Jane Doe, University of X",
 * "edited by Sam Lee, reviewed by Ann Ray". Names run from "by" to a comma or the end of the line.
 */
const CREDIT_LINE =
  /^(?:(?:edited|written|reviewed|reported|photographed) )?by \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?:,|\s*\||$)/u;

/**
 * A site's address opening a line, as a page's masthead or before its date: "ekathimerini.com",
 * "www.chinaview.cn 2006-06-14 20:45:12".
 */
const SITE_ADDRESS = /^(?:https?:\/\/\S+|[a-z][\w-]*(?:\.[a-z][\w-]*)*\.[a-z]{2,}(?:\/\S*)?)(?:\s|$)/;

/**
 * The trimmed lines of `folded`, as spans. Lines are separated by `\n`; `\r` counts as space.
 *
 * @example
 * splitLines("a\r\n\n b ") // [{ start: 0, end: 1 }, { start: 5, end: 6 }]
 */
export function splitLines(folded: string): Span[] {
  const lines: Span[] = [];
  let at = 0;
  while (at <= folded.length) {
    let nl = folded.indexOf("\n", at);
    if (nl < 0) nl = folded.length;
    let s = at;
    let e = nl;
    while (s < e && isSpace(folded.charCodeAt(s))) s++;
    while (e > s && isSpace(folded.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e });
    at = nl + 1;
  }
  return lines;
}

/**
 * Whether a line is a row of items between separators ("Email | Share | Print") or runs of spaces ("Home  News
 * Business  Sports"): no prose wraps like that.
 */
function hasSeparators(folded: string, start: number, end: number): boolean {
  let n = 0;
  let gaps = 0;
  for (let i = start; i < end; i++) {
    const c = folded.charCodeAt(i);
    if (c === 124 || c === 0x2022 || c === 0xb7) n++;
    else if (c === 32 && folded.charCodeAt(i + 1) === 32 && folded.charCodeAt(i - 1) !== 32) gaps++;
  }
  return n >= 2 || gaps >= 3;
}

/** Whether only spaces and at most one line break separate two offsets (no blank line between). */
function adjacent(folded: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) if (folded.charCodeAt(i) === 10) newlines++;
  return newlines <= 1;
}

/**
 * Groups lines into paragraphs: a blank line always separates; a single line break separates too,
 * unless the line before is unfinished and the next starts in lower case (a hard-wrapped paragraph), and
 * the line before is not a row of items between separators.
 *
 * @example
 * splitParagraphs("One line.\nTwo line\nwrapped.\n\nThree.") // spans of "One line.", "Two line\nwrapped.", "Three."
 */
export function splitParagraphs(folded: string): Span[] {
  const out: Span[] = [];
  for (const line of splitLines(folded)) {
    const prev = out[out.length - 1];
    if (
      prev &&
      adjacent(folded, prev.end, line.start) &&
      prev.end - folded.lastIndexOf("\n", prev.end - 1) > MIN_WRAPPED &&
      !endsFinished(folded, prev.end, prev.start) &&
      startsLower(folded, line.start) &&
      !CREDIT_LINE.test(folded.slice(line.start, line.end)) &&
      !SITE_ADDRESS.test(folded.slice(line.start, line.end)) &&
      !hasSeparators(folded, folded.lastIndexOf("\n", prev.end - 1) + 1, prev.end)
    ) {
      out[out.length - 1] = { start: prev.start, end: line.end };
    } else {
      out.push(line);
    }
  }
  return out;
}

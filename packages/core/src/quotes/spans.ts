// Finds quoted spans in the body paragraphs, on the folded text (curly and straight marks alike).
// A paragraph that opens a quotation and does not close it, followed by one that opens with a mark,
// continues it; any other unclosed mark is bounded at the end of its sentence, never past its paragraph.
// Single marks count as quotation marks only where they cannot be apostrophes: don't, Russia's, '90s,
// the players' union.

import type { Span } from "../schema/common.js";
import { isRegexSpace } from "../text/spaces.js";

/** A quoted span: `start`/`end` bound the words between the marks. */
export interface QuoteSpan extends Span {
  readonly paragraph: number;
  /** Offset of the opening mark, and of the closing mark or -1 when unclosed. */
  readonly open: number;
  readonly close: number;
  /** Continues into the next paragraph's quotation. */
  readonly continues: boolean;
  /** Continues the previous paragraph's quotation. */
  readonly continued: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * `text.split(/\s+/).length`, counted without building the words: one more than the runs of white space. Every
 * quotation is measured so, and the list of its words was most of what it cost.
 */
export function splitWordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isRegexSpace(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** Whether `text` ends with one of the code units of `marks` (a list of ASCII punctuation), as `/[...]$/` tests. */
export function endsWithAny(text: string, marks: string): boolean {
  return text.length > 0 && marks.includes(text.charAt(text.length - 1));
}
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Where a double mark can only open ("\u201c") or only close ("\u201d"); straight marks depend on context. */
function direction(raw: string, folded: string, i: number): "open" | "close" | "either" {
  const r = raw[i];
  if (r === "\u201c" || r === "\u201e" || r === "\u00ab") return "open";
  if (r === "\u201d" || r === "\u00bb") return "close";
  const before = folded[i - 1];
  const after = folded[i + 1];
  if (isSpace(before) || before === "(" || before === "-" || before === "[") return isSpace(after) ? "either" : "open";
  if (isSpace(after) || /[.,;:!?)\]-]/.test(after ?? "")) return "close";
  return "either";
}

/** The end of the sentence that starts at `from`, bounded by `limit`: just after its ".", "!" or "?". */
function sentenceEnd(folded: string, from: number, limit: number): number {
  const re = /[.!?](?=\s+["']?\p{Lu}|\s*$)/gu;
  re.lastIndex = from;
  const m = re.exec(folded.slice(0, limit));
  return m ? m.index + 1 : limit;
}

/** Double-mark quotations of one paragraph. */
function doubleQuotes(raw: string, folded: string, p: Span, index: number): (QuoteSpan & { unclosed: boolean })[] {
  const out: (QuoteSpan & { unclosed: boolean })[] = [];
  let open = -1;
  for (let i = folded.indexOf('"', p.start); i !== -1 && i < p.end; i = folded.indexOf('"', i + 1)) {
    const dir = direction(raw, folded, i);
    if (open === -1) {
      if (dir !== "close" || i === p.start) open = i;
      continue;
    }
    if (dir === "open" && folded.slice(open + 1, i).trim() !== "") {
      // a new opening mark before any close: the earlier one was never closed
      const end = sentenceEnd(folded, open + 1, i);
      out.push({
        start: open + 1,
        end,
        paragraph: index,
        open,
        close: -1,
        continues: false,
        continued: false,
        unclosed: true,
      });
      open = i;
      continue;
    }
    out.push({
      start: open + 1,
      end: i,
      paragraph: index,
      open,
      close: i,
      continues: false,
      continued: false,
      unclosed: false,
    });
    open = -1;
  }
  if (open !== -1)
    out.push({
      start: open + 1,
      end: p.end,
      paragraph: index,
      open,
      close: -1,
      continues: false,
      continued: false,
      unclosed: true,
    });
  return out;
}

/**
 * Single-mark quotations of one paragraph, where marks cannot be apostrophes. An unclosed mark runs to the end
 * of the paragraph when the next paragraph opens with a mark (`nextOpens`): the quotation goes on there.
 */
function singleQuotes(
  raw: string,
  folded: string,
  p: Span,
  index: number,
  nextOpens: boolean,
  carried: boolean,
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = folded.indexOf("'", p.start); i !== -1 && i < p.end; i = folded.indexOf("'", i + 1)) {
    // an opening mark: after a space or bracket, before a letter that is not a year's digits ('90s)
    if (!(i === p.start || /[\s([-]/.test(folded[i - 1] ?? "")) || !/\p{L}/u.test(folded[i + 1] ?? "")) continue;
    let close = -1;
    // a plural's apostrophe passed over ("players' union"), which closes the quotation after all when an opening
    // mark comes before any other close: "it 'deeply regrets' the death ... called the strike 'unlawful'"
    let plural = -1;
    const curly = raw[i] === "\u2018";
    for (let j = folded.indexOf("'", i + 2); j !== -1 && j < p.end; j = folded.indexOf("'", j + 1)) {
      const before = folded[j - 1];
      const after = folded[j + 1];
      if (curly && raw[j] === "\u2018") {
        close = plural;
        break;
      }
      if (isWord(after)) continue; // don't, Russia's
      if (before === "s" && after === " " && isWord(folded[j + 2]) && !/[.,!?]/.test(before)) {
        if (plural === -1) plural = j;
        continue; // players' union
      }
      if (/[.,!?\p{L}\p{N})]/u.test(before ?? "")) {
        close = j;
        break;
      }
    }
    const continued = carried && i === p.start;
    if (close === -1) {
      // "told MailOnline: 'I have walked there ... all the way round." with the next paragraph opening "'I was"
      if (nextOpens && /[.!?,]\s*$/.test(folded.slice(i, p.end)))
        out.push({ start: i + 1, end: p.end, paragraph: index, open: i, close: -1, continues: true, continued });
      continue;
    }
    const text = folded.slice(i + 1, close);
    if (splitWordCount(text) < 2 && !endsWithAny(text, ".,!?")) continue;
    out.push({ start: i + 1, end: close, paragraph: index, open: i, close, continues: false, continued });
    i = close;
  }
  return out;
}

/** Every quoted span of the body, in text order. */
/** Robert "Bobby" Kessler: a capitalised word in marks between two names is a nickname, not a quotation. */
function isNickname(folded: string, open: number, close: number): boolean {
  if (close < 0 || close - open > 18) return false;
  return (
    /\p{Lu}[\p{L}.'-]* $/u.test(folded.slice(Math.max(0, open - 16), open)) &&
    /^\p{Lu}[\p{Ll}'.-]+$/u.test(folded.slice(open + 1, close)) &&
    /^ \p{Lu}/u.test(folded.slice(close + 1, close + 3))
  );
}

export function findQuoteSpans(raw: string, folded: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried = false;
  let carriedSingle = false;
  paragraphs.forEach((p, index) => {
    const doubles = doubleQuotes(raw, folded, p, index);
    const next = paragraphs[index + 1];
    const nextOpens = next !== undefined && folded[next.start] === '"';
    const list: QuoteSpan[] = doubles.map((q, k) => {
      const last = k === doubles.length - 1;
      const continues = q.unclosed && last && q.close === -1 && nextOpens;
      // the text cut off inside a quotation ("... That's fine, so l"): the last paragraph's unclosed mark
      // runs to its end when the paragraph stops mid-sentence
      const cut =
        last && index === paragraphs.length - 1 && q.close === -1 && !/[.!?)\]]\s*$/.test(folded.slice(p.start, p.end));
      const end = q.unclosed && !continues && !cut ? sentenceEnd(folded, q.start, q.end) : q.end;
      return { ...q, end, continues, continued: k === 0 && carried && q.open === p.start };
    });
    carried = list.at(-1)?.continues ?? false;
    const inDouble = (i: number) => list.some((q) => i >= q.open && i <= (q.close === -1 ? q.end : q.close));
    const nextOpensSingle = next !== undefined && folded[next.start] === "'";
    const singles = doubles.length === 0 ? singleQuotes(raw, folded, p, index, nextOpensSingle, carriedSingle) : [];
    for (const s of singles) if (!inDouble(s.open)) list.push(s);
    carriedSingle = singles.at(-1)?.continues ?? false;
    list.sort((a, b) => a.start - b.start);
    for (const q of list) {
      // trim spaces inside the marks
      let s = q.start;
      let e = q.end;
      while (s < e && /\s/.test(folded[s] ?? "")) s++;
      while (e > s && /\s/.test(folded[e - 1] ?? "")) e--;
      if (e > s && WORD.test(folded.slice(s, e)) && !isNickname(folded, q.open, q.close))
        out.push({ ...q, start: s, end: e });
    }
  });
  return out;
}

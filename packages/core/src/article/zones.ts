// Where the body starts and ends among the lines of a page. The body runs from the first line of
// running prose to the last, then on through short closing sentences; a closing section (tags,
// comments, copyright) in the second half ends it even if prose-like lines (teasers, comments) follow.
// A short name line right above a longer title is the masthead, not the headline. Hand-written: page
// segmentation libraries read HTML structure, which scraped text no longer has.
import type { Span } from "../schema/common.js";
import {
  classifyLine,
  endsLikeSentence,
  isCaption,
  isSentenceLike,
  type LineStats,
  lineStats,
  type Verdict,
} from "./debris.js";
import { isSectionLabel, isTitleLike, readBylineLine, readSignOff } from "./header.js";

/** One line (or wrapped paragraph) of the page, read once. */
export interface Line {
  readonly span: Span;
  readonly stats: LineStats;
  readonly verdict: Verdict | null;
  readonly caption: boolean;
  readonly prose: boolean;
}

export function readLine(folded: string, span: Span): Line {
  const stats = lineStats(folded, span);
  const verdict = classifyLine(folded, span, stats);
  const caption = verdict === null && isCaption(folded, span, stats);
  return { span, stats, verdict, caption, prose: verdict === null && !caption && isSentenceLike(folded, span, stats) };
}

/** Reasons that close an article: nothing after them is body. */
const CLOSING = new Set(["tags", "comments", "copyright"]);

/** A headline may end in "?" or "!": the first line reads as a title when it is short and more prose follows. */
function isQuestionTitle(folded: string, lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (!l || l.stats.words > 20 || l.stats.length > 160) return false;
  const end = folded.charCodeAt(l.span.end - 1);
  return (end === 63 || end === 33) && lines.slice(i + 1).some((x) => x.prose);
}

/** The body runs on through short sentences ("Markets barely reacted.") up to debris or a credit. */
function extendBody(folded: string, lines: readonly Line[], last: number, stop: number): number {
  let end = last;
  for (let i = last + 1; i < stop; i++) {
    const l = lines[i];
    if (!l || l.verdict || l.caption || l.stats.words < 2 || !endsLikeSentence(folded, l.span)) break;
    if (readBylineLine(folded, l.span, l.stats) || readSignOff(folded, l.span)) break;
    end = i;
  }
  return end;
}

/** The first closing line past the middle of the prose, or the line count. */
function closingLine(lines: readonly Line[], first: number): number {
  let total = 0;
  for (const l of lines) if (l.prose) total += l.stats.length;
  let seen = 0;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.prose) seen += l.stats.length;
    if (l.verdict && CLOSING.has(l.verdict.reason) && seen * 2 >= total) return i;
  }
  return lines.length;
}

/** Lines after the first prose line that a repeated headline may come within. */
const REPEAT_WITHIN = 6;

/** The index of a line shortly after `first` that repeats a title-like line above it, or -1. */
function repeatedTitle(folded: string, lines: readonly Line[], first: number): number {
  const key = (l: Line) => folded.slice(l.span.start, l.span.end).toLowerCase();
  const titles = new Set(
    lines
      .slice(0, first)
      .filter((l) => !l.verdict && isTitleLike(folded, l.span, l.stats))
      .map(key),
  );
  if (titles.size === 0) return -1;
  for (let i = first + 1; i < Math.min(lines.length, first + 1 + REPEAT_WITHIN); i++) {
    const l = lines[i] as Line;
    if (!l.prose && titles.has(key(l))) return i;
  }
  return -1;
}

/** Index of a masthead line among the header lines `[0, first)`, or -1. */
function findMasthead(folded: string, lines: readonly Line[], first: number): number {
  const titles = lines
    .slice(0, first)
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => !l.verdict && !l.caption && isTitleLike(folded, l.span, l.stats));
  const [a, b] = titles;
  if (!a || !b || a.l.stats.words > 4 || b.l.stats.words <= a.l.stats.words) return -1;
  if (isSectionLabel(folded, a.l.span)) return -1;
  return readBylineLine(folded, a.l.span, a.l.stats) ? -1 : a.i;
}

/**
 * The body's first and last line (-1 when there is no prose) and the masthead line (-1 when none).
 *
 * @example
 * findZones(folded, lines) // { first: 2, last: 20, masthead: 0 }
 */
export function findZones(folded: string, lines: readonly Line[]): { first: number; last: number; masthead: number } {
  let first = lines.findIndex((l) => l.prose);
  if (
    first >= 0 &&
    lines.slice(0, first).every((l) => l.verdict || l.caption) &&
    isQuestionTitle(folded, lines, first)
  ) {
    first = lines.findIndex((l, i) => i > first && l.prose);
  }
  if (first < 0) return { first: -1, last: -1, masthead: findMasthead(folded, lines, lines.length) };
  // a teaser above the headline printed again ("summary, agency, date, headline, photo caption, story"):
  // the story starts after the repeat
  const repeat = repeatedTitle(folded, lines, first);
  if (repeat > first) {
    const next = lines.findIndex((l, i) => i > repeat && l.prose);
    if (next > 0) first = next;
  }
  const stop = closingLine(lines, first);
  let last = first;
  for (let i = first; i < stop; i++) if (lines[i]?.prose) last = i;
  return { first, last: extendBody(folded, lines, last, stop), masthead: findMasthead(folded, lines, first) };
}

// Lays out an article for the reader: metadata, optional debris, and the body wrapped to the width with
// speakers, quotes, actor mentions and the focused span marked. Wrapping is done here rather than by the
// terminal so that the reader can scroll by line and bring the focused span into view.
import type { CorpusArticle, Span } from "@newsgraph/core";
import type { CorpusIndex } from "./corpus-index.js";

/** Bits of a character's marks. */
export const MARK = { mention: 1, quote: 2, speaker: 4, focus: 8, heading: 16, dim: 32 } as const;

export interface Segment {
  readonly text: string;
  readonly marks: number;
}
export type Line = readonly Segment[];

export interface ReaderLayout {
  readonly lines: readonly Line[];
  /** The line on which the focused span starts, or -1. */
  readonly focusLine: number;
  /** The focused span's text when it lies outside the body (in the metadata or the debris). */
  readonly focusOutside: string | null;
}

interface Range {
  readonly start: number;
  readonly end: number;
  readonly mark: number;
}

/** Greedy word wrap of `text` to `width` columns; returns [start, end) of each line. Long words are cut. */
export function wrapRanges(text: string, width: number): [number, number][] {
  const w = Math.max(1, width);
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    while (start < text.length && text[start] === " ") start++;
    if (start >= text.length) break;
    if (text.length - start <= w) {
      out.push([start, text.length]);
      break;
    }
    let cut = text.lastIndexOf(" ", start + w);
    if (cut <= start) cut = start + w;
    out.push([start, cut]);
    start = cut;
  }
  return out.length ? out : [[0, 0]];
}

/** Splits text[from, to) into runs of equal marks. */
function segmentsOf(text: string, marks: Uint8Array, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let i = from;
  while (i < to) {
    let j = i + 1;
    while (j < to && marks[j] === marks[i]) j++;
    out.push({ text: text.slice(i, j), marks: marks[i] ?? 0 });
    i = j;
  }
  return out;
}

/** Wraps one piece of text, marking the given ranges (offsets relative to the text). */
export function layoutText(
  text: string,
  ranges: readonly Range[],
  width: number,
): { lines: Line[]; lineOf: (offset: number) => number } {
  const flat = text.replace(/\s/g, " ");
  const marks = new Uint8Array(flat.length);
  for (const r of ranges) {
    for (let i = Math.max(0, r.start); i < Math.min(flat.length, r.end); i++) marks[i] = (marks[i] ?? 0) | r.mark;
  }
  const wrapped = wrapRanges(flat, width);
  const lines = wrapped.map(([s, e]) => segmentsOf(flat, marks, s, e));
  // The line holding a character offset of the text.
  const lineOf = (offset: number) => {
    const k = wrapped.findIndex(([, e]) => offset < e);
    return k === -1 ? wrapped.length - 1 : k;
  };
  return { lines, lineOf };
}

function plain(text: string, width: number, mark = 0): Line[] {
  return layoutText(text, mark ? [{ start: 0, end: text.length, mark }] : [], width).lines;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Lays out an article for reading at the given width. */
export function layoutArticle(
  index: CorpusIndex,
  article: CorpusArticle,
  focus: Span | null,
  width: number,
  showRemoved: boolean,
): ReaderLayout {
  const lines: Line[] = [];
  let focusLine = -1;
  let focusOutside: string | null = null;
  const metaRows: [string, string | null][] = [
    ["Outlet", article.outlet],
    ["Byline", article.byline],
    ["Dateline", article.dateline],
    ["Date", article.publishedAt],
    ["Id", article.id],
  ];
  lines.push(...plain(article.headline ?? "(no headline found)", width, MARK.heading));
  lines.push(
    ...plain(
      metaRows
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}: ${v}`)
        .join(" · "),
      width,
      MARK.dim,
    ),
  );
  const counts = `${article.paragraphs.length} paragraphs · ${article.quotes.length} quotes · ${article.removed.length} removed${showRemoved ? "" : " (d shows)"}`;
  lines.push(...plain(counts, width, MARK.dim), []);

  if (focus) {
    const inMeta = Object.values(article.meta).find((s) => s && overlaps(s, focus));
    const inRemoved = article.removed.find((r) => overlaps(r.span, focus));
    if (inMeta || (inRemoved && !showRemoved)) {
      const para = article.paragraphSpans.some((p) => overlaps(p, focus));
      if (!para) focusOutside = inRemoved?.text ?? "(in the metadata)";
    }
  }

  if (showRemoved) {
    lines.push(...plain(`Removed from the body (${article.removed.length}):`, width, MARK.heading));
    for (const r of article.removed) {
      const start = lines.length;
      const text = `[${r.reason}] ${r.text}`;
      const hit = focus && overlaps(r.span, focus);
      lines.push(...plain(text, width, MARK.dim | (hit ? MARK.focus : 0)));
      if (hit && focusLine < 0) focusLine = start;
    }
    lines.push([]);
  }

  const ranges: (Range & { readonly raw: boolean })[] = [];
  for (const m of index.mentionsByArticle.get(article.id) ?? [])
    ranges.push({ ...m.span, mark: MARK.mention, raw: true });
  for (const q of article.quotes) {
    ranges.push({ ...q.span, mark: MARK.quote, raw: true });
    if (q.speakerSpan) ranges.push({ ...q.speakerSpan, mark: MARK.speaker, raw: true });
  }
  if (focus) ranges.push({ ...focus, mark: MARK.focus, raw: true });

  for (const [p, text] of article.paragraphs.entries()) {
    const span = article.paragraphSpans[p] ?? { start: 0, end: 0 };
    const local = ranges
      .filter((r) => r.start < span.end && span.start < r.end)
      .map((r) => ({ start: r.start - span.start, end: r.end - span.start, mark: r.mark }));
    const start = lines.length;
    const laid = layoutText(text, local, width);
    lines.push(...laid.lines, []);
    if (focus && focusLine < 0 && focus.start < span.end && span.start <= focus.start) {
      focusLine = start + laid.lineOf(focus.start - span.start);
    } else if (focus && focusLine < 0 && overlaps(span, focus)) {
      focusLine = start;
    }
  }
  return { lines, focusLine, focusOutside };
}

import type { CleanDoc, SentenceSpan } from "../pipeline/context.js";
import type { Span } from "../schema/common.js";
import { foldText } from "../text/fold.js";

export interface CleanOptions {
  readonly id: string;
  readonly referenceDate: string | null;
}

/** Splits the raw text into body paragraphs and sentences, and reads its metadata. */
export function cleanArticle(raw: string, options: CleanOptions): CleanDoc {
  const folded = foldText(raw);
  const paragraphs: Span[] = [];
  for (const m of folded.matchAll(/[^\r\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) paragraphs.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  const sentences: SentenceSpan[] = [];
  paragraphs.forEach((p, i) => {
    for (const m of folded.slice(p.start, p.end).matchAll(/[^.!?]+[.!?]*/g)) {
      sentences.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, paragraph: i });
    }
  });
  return {
    id: options.id,
    raw,
    folded,
    paragraphs,
    sentences,
    captions: [],
    removed: [],
    headline: null,
    outlet: null,
    byline: null,
    dateline: null,
    published: options.referenceDate ? { value: options.referenceDate, precision: "day", basis: "reference" } : null,
    meta: {},
  };
}

import type { CleanDoc, SentenceSpan } from "../pipeline/context.js";
import type { Span } from "../schema/common.js";
import { foldText } from "../text/fold.js";
import { splitParagraphs } from "../text/paragraphs.js";
import { splitSentences } from "../text/sentences.js";

export interface CleanOptions {
  readonly id: string;
  readonly referenceDate: string | null;
}

/** Splits the raw text into body paragraphs and sentences, and reads its metadata. */
export function cleanArticle(raw: string, options: CleanOptions): CleanDoc {
  const folded = foldText(raw);
  const paragraphs: Span[] = splitParagraphs(folded);
  const sentences: SentenceSpan[] = [];
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(folded, p.start, p.end)) sentences.push({ ...s, paragraph: i });
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

// Builds a CleanDoc from plain text for tests: one paragraph per line, no debris, a fixed date.
import type { CleanDoc } from "../pipeline/context.js";
import type { Span } from "../schema/common.js";
import { foldText } from "../text/fold.js";

/** A clean document whose paragraphs are the non-empty lines of `text`. */
export function testDoc(text: string, id = "t"): CleanDoc {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return {
    id,
    raw: text,
    folded: foldText(text),
    paragraphs,
    sentences: [],
    captions: [],
    removed: [],
    headline: null,
    outlet: null,
    byline: null,
    dateline: null,
    published: { value: "2021-03-04", precision: "day", basis: "stated" },
    meta: {},
  };
}

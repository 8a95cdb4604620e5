import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { NewsgraphError } from "../errors.js";
import { normalizeArticle } from "../pipeline/normalize-article.js";
import { Article } from "../schema/article.js";
import type { Span } from "../schema/common.js";

// Pieces of news pages and of broken input, so that generated strings hit the rules, not only noise.
const PIECES = [
  "\n",
  "\n\n",
  "\r\n",
  " ",
  "  ",
  "\t",
  ".",
  ". ",
  "...",
  "\u2026",
  '"',
  "\u201c",
  "\u201d",
  "'",
  "(",
  ")",
  "|",
  " | ",
  "\u00a9 2011 AFP",
  "By Jane Smith",
  "by Staff Writers ",
  "BRUSSELS - ",
  "Brussels (AFP) ",
  "WASHINGTON (Reuters) - ",
  "Tags: a, b",
  "0 Comments",
  "Share this:",
  "June 8",
  "December 8, 2011",
  "09/11/2016",
  "2012",
  "Mr.",
  "U.S.",
  "Gen.",
  "J. K.",
  " said",
  "NATO",
  "Russia",
  "The talks failed",
  " on Thursday",
  ". EPA/BGNES",
  "(AP Photo/Jane Doe)",
  "\ufeff",
  "\u0000",
  "\ufffd",
  "\u00a0",
  "\u2014",
  "Learn about x at SpaceWar.com",
  "We need your support",
] as const;
const pageLike = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((a) => a.join(""));

function inside(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  );
}

/** Every span lies inside the input, and the text each claims is the raw text at its span. */
function checkSpans(raw: string, a: Article): void {
  expect(a.paragraphs).toHaveLength(a.paragraphSpans.length);
  a.paragraphSpans.forEach((s, i) => {
    expect(inside(s, raw.length)).toBe(true);
    expect(raw.slice(s.start, s.end)).toBe(a.paragraphs[i]);
  });
  for (const s of Object.values(a.meta)) if (s) expect(inside(s, raw.length)).toBe(true);
  for (const r of a.removed) {
    expect(inside(r.span, raw.length)).toBe(true);
    expect(raw.slice(r.span.start, r.span.end)).toBe(r.text);
  }
  for (const c of a.captions) {
    expect(inside(c.span, raw.length)).toBe(true);
    expect(raw.slice(c.span.start, c.span.end)).toBe(c.text);
  }
  const p = a.published;
  if (p?.span && p.text !== undefined) expect(raw.slice(p.span.start, p.span.end)).toBe(p.text);
}

function normalizeOrTypedError(raw: string): void {
  let article: Article;
  try {
    article = normalizeArticle(raw, { id: "p" });
  } catch (e) {
    expect(e).toBeInstanceOf(NewsgraphError);
    return;
  }
  checkSpans(raw, article);
  // valid, every default filled, no stray keys: what the schema itself would give back
  expect(JSON.stringify(Article.parse(article))).toBe(JSON.stringify(article));
}

describe("normalizeArticle on any string", () => {
  test("returns an article whose spans hold, or throws a NewsgraphError, on page-like strings", () => {
    fc.assert(fc.property(pageLike, normalizeOrTypedError), { numRuns: 300, seed: 20111208 });
  });

  test("does the same on arbitrary unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), normalizeOrTypedError), {
      numRuns: 100,
      seed: 42,
    });
  });
});

describe("normalizeArticle on awkward input", () => {
  const error = (raw: string) => {
    try {
      normalizeArticle(raw, { id: "e" });
      return null;
    } catch (e) {
      return e instanceof NewsgraphError ? e.code : "untyped";
    }
  };

  test("empty and blank text is EMPTY_INPUT", () => {
    expect(error("")).toBe("EMPTY_INPUT");
    expect(error(" \r\n\t ")).toBe("EMPTY_INPUT");
  });

  test("binary junk is BINARY_INPUT, prose with a stray control character is not", () => {
    const junk = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 3 === 0 ? 0xfffd : i % 31)).join("");
    expect(error(`\u0089PNG\r\n${junk}`)).toBe("BINARY_INPUT");
    expect(error("NATO and Russia failed to agree.\u0000 The talks will resume in May.")).toBeNull();
  });

  test("only debris gives a valid article with no paragraphs", () => {
    const raw = ". | . |\n|\nShare this:\n0 Comments";
    const a = normalizeArticle(raw, { id: "d" });
    expect(a.paragraphs).toEqual([]);
    expect(a.removed.length).toBe(4);
    checkSpans(raw, a);
  });

  test("unbalanced quotes, a BOM and Windows line endings keep their spans", () => {
    const raw =
      '\ufeffTalks fail\r\n\r\nHe said "we will never agree. The talks ended.\r\n\r\n\u201cNo one expected more, he added.';
    const a = normalizeArticle(raw, { id: "q" });
    expect(a.headline).toBe("Talks fail");
    expect(a.paragraphs).toHaveLength(2);
    checkSpans(raw, a);
  });

  test("a long article on one line comes back whole", () => {
    const sentence = "NATO allies and Russia vowed on Thursday to deepen their cooperation in Brussels. ";
    const raw = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const a = normalizeArticle(raw, { id: "m" });
    expect(a.paragraphs).toEqual([raw.trim()]);
  });
});

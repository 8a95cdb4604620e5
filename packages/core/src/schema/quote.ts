import { z } from "zod";
import { Span } from "./common.js";

/**
 * `direct`: a quoted clause or sentence; `partial`: a quoted fragment inside reported speech;
 * `scare`: a quoted term nobody is credited with; `name`: a quoted title, page or slogan.
 */
export const QuoteKind = z.enum(["direct", "partial", "scare", "name"]);
export type QuoteKind = z.infer<typeof QuoteKind>;

/** How the speaker was found. */
export const Attribution = z.enum(["explicit", "pronoun", "role", "continuation", "according-to", "unnamed", "none"]);
export type Attribution = z.infer<typeof Attribution>;

/**
 * A quoted span of an article with its speaker.
 *
 * @example
 * const unattributed = article.quotes.filter((q) => q.kind === "direct" && q.speakerId === null);
 */
export const Quote = z.object({
  id: z.string().min(1),
  articleId: z.string(),
  text: z.string().describe("the words between the quote marks"),
  span: Span.describe("the words between the quote marks"),
  kind: QuoteKind,
  speakerId: z.string().nullable().describe("the actor who said it; null when the text names no one"),
  speaker: z.string().nullable().default(null).describe("the speaker as the text names them"),
  speakerSpan: Span.nullable().default(null),
  attribution: Attribution.default("none"),
  cue: z.string().nullable().default(null).describe("the reporting verb or phrase: said, told reporters, according to"),
  cueSpan: Span.nullable().default(null),
  paragraph: z.number().int().nonnegative().describe("index into the article's paragraphs"),
  groupId: z
    .string()
    .nullable()
    .default(null)
    .describe("shared by quotes of different articles that report the same utterance"),
});
export type Quote = z.infer<typeof Quote>;

/** One piece of a word-level diff between two wordings of a quote. */
export const DiffPart = z.object({
  op: z.enum(["equal", "insert", "delete"]),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPart>;

/**
 * The same utterance as carried by several articles, one wording per article (its fullest), with each wording's
 * differences from the first.
 */
export const QuoteGroup = z.object({
  id: z.string(),
  text: z.string().describe("the wording of the first quote in the group"),
  speakerIds: z.array(z.string()),
  quoteIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  variants: z.array(
    z.object({
      quoteId: z.string(),
      articleId: z.string(),
      text: z.string(),
      diff: z.array(DiffPart).describe("word-level diff from the group's text to this wording"),
    }),
  ),
});
export type QuoteGroup = z.infer<typeof QuoteGroup>;

import { z } from "zod";
import { Actor } from "./actor.js";
import { DateValue, IsoDate, SCHEMA_VERSION, Span, SpannedText } from "./common.js";
import { Event } from "./event.js";
import { Quote } from "./quote.js";

/** Why a piece of the raw text was set aside from the body. */
export const RemovalReason = z.enum([
  "navigation",
  "separator",
  "comments",
  "copyright",
  "tags",
  "related",
  "appeal",
  "widget",
  "header",
  "caption",
  "metadata",
  "duplicate",
  "byline",
  "other",
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

/** A piece of raw text that is not part of the body, and why. Nothing is dropped silently. */
export const Removed = z.object({
  text: z.string(),
  span: Span,
  reason: RemovalReason,
  detail: z.string().optional().describe("which rule fired, for debugging a removal"),
});
export type Removed = z.infer<typeof Removed>;

/** Where each metadata field was found. */
export const MetaSpans = z.object({
  headline: Span.optional(),
  outlet: Span.optional(),
  byline: Span.optional(),
  dateline: Span.optional(),
  published: Span.optional(),
});
export type MetaSpans = z.infer<typeof MetaSpans>;

/** Something the caller should know about the input, such as replaced invalid characters. */
export const Warning = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof Warning>;

/**
 * One normalised article with everything found in it. Actor and event ids are local to the article.
 *
 * @example
 * const article = Article.parse(JSON.parse(stored)); // check data read back from storage
 * for (const q of article.quotes) console.log(q.speaker, q.text);
 */
export const Article = z.object({
  schemaVersion: z.string().default(SCHEMA_VERSION),
  id: z.string().min(1),
  url: z.string().nullable().default(null),
  contentHash: z.string().describe("hash of the raw text, to recognise the same article again"),
  length: z.number().int().nonnegative().describe("length of the raw text in UTF-16 code units"),
  headline: z.string().nullable(),
  outlet: z.string().nullable().describe("publisher or agency named in the text"),
  byline: z.string().nullable(),
  dateline: z.string().nullable().describe("place name of the dateline, as written"),
  publishedAt: IsoDate.nullable().describe("publication date, ISO"),
  published: DateValue.nullable(),
  meta: MetaSpans.default({}),
  paragraphs: z.array(z.string()).describe("the clean body, in order"),
  paragraphSpans: z.array(Span).describe("the span of each paragraph, in the same order"),
  captions: z.array(SpannedText).default([]),
  removed: z.array(Removed).default([]),
  quotes: z.array(Quote).default([]),
  actors: z.array(Actor).default([]),
  events: z.array(Event).default([]),
  mainEventId: z.string().nullable().default(null),
  warnings: z.array(Warning).default([]),
});
export type Article = z.infer<typeof Article>;

/** An article inside a corpus: its actors and events live at corpus level. */
export const CorpusArticle = Article.omit({ actors: true, events: true }).extend({
  actorIds: z.array(z.string()).default([]),
  eventIds: z.array(z.string()).default([]),
});
export type CorpusArticle = z.infer<typeof CorpusArticle>;

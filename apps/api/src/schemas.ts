import { z } from "@hono/zod-openapi";
import {
  ActorKind,
  Actor as CoreActor,
  Article as CoreArticle,
  Corpus as CoreCorpus,
  CorpusArticle as CoreCorpusArticle,
  Event as CoreEvent,
  Quote as CoreQuote,
  TimelineEntry as CoreTimelineEntry,
  IsoDate,
  PloverType,
  QuoteGroup,
} from "@newsgraph/core";

// The core's schemas, named for the OpenAPI document. Request and response bodies are these very schemas,
// so the document cannot describe a shape the routes do not produce.
// Rebuilt from their shapes because zod gives `.openapi()` only to schemas made after @hono/zod-openapi loads.
const named = <S extends z.ZodRawShape>(schema: z.ZodObject<S>, name: string) => z.object(schema.shape).openapi(name);
export const Article = named(CoreArticle, "Article");
export const CorpusArticle = named(CoreCorpusArticle, "CorpusArticle");
export const Actor = named(CoreActor, "Actor");
export const Quote = named(CoreQuote, "Quote");
export const Event = named(CoreEvent, "Event");
export const Corpus = named(CoreCorpus, "Corpus");

/** One article to normalise. */
export const ArticleInput = z
  .object({
    text: z.string().describe("the raw article text; at most MAX_TEXT_LENGTH characters (default 200000)"),
    id: z.string().min(1).max(512).optional().describe("the article's id; defaults to article-<n>, 1-based"),
    url: z.string().max(4096).optional(),
    referenceDate: IsoDate.optional().describe(
      "YYYY, YYYY-MM or YYYY-MM-DD to fall back on when the text states no publication date",
    ),
  })
  .openapi("ArticleInput");
export type ArticleInput = z.infer<typeof ArticleInput>;

/** A batch of articles to link into a corpus. */
export const CorpusRequest = z
  .object({
    articles: z.array(ArticleInput).min(1).describe("at most MAX_BATCH articles (default 50)"),
  })
  .openapi("CorpusRequest");

/** One line of an NDJSON corpus response: a record tagged with its kind. */
export const CorpusLine = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("corpus"),
      schemaVersion: z.string(),
      counts: z.object({
        articles: z.number().int(),
        actors: z.number().int(),
        events: z.number().int(),
        quoteGroups: z.number().int(),
        timeline: z.number().int(),
      }),
    }),
    z.object({ kind: z.literal("article"), data: CoreCorpusArticle }),
    z.object({ kind: z.literal("actor"), data: CoreActor }),
    z.object({ kind: z.literal("event"), data: CoreEvent }),
    z.object({ kind: z.literal("quoteGroup"), data: QuoteGroup }),
    z.object({ kind: z.literal("timeline"), data: CoreTimelineEntry }),
    z.object({ kind: z.literal("end") }),
  ])
  .openapi("CorpusLine");
export type CorpusLine = z.infer<typeof CorpusLine>;

/** Query of every list route: page size and the cursor of the previous page. */
const pageQuery = (maxPageSize: number) => ({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(Math.min(20, maxPageSize))
    .openapi({ param: { description: `page size, 1 to ${maxPageSize}` } }),
  cursor: z
    .string()
    .max(4096)
    .optional()
    .openapi({ param: { description: "the nextCursor of the previous page; repeat the same filters" } }),
});

export const pageQuerySchema = (maxPageSize: number) => z.object(pageQuery(maxPageSize));

export const ActorQuery = (maxPageSize: number) =>
  z.object({
    ...pageQuery(maxPageSize),
    kind: ActorKind.optional(),
    name: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ param: { description: "case- and accent-insensitive part of the name or an alias" } }),
    article: z
      .string()
      .min(1)
      .max(512)
      .optional()
      .openapi({ param: { description: "only actors mentioned in this article" } }),
  });

export const QuoteQuery = (maxPageSize: number) =>
  z.object({
    ...pageQuery(maxPageSize),
    speaker: z
      .string()
      .min(1)
      .max(512)
      .optional()
      .openapi({ param: { description: "actor id of the speaker" } }),
    article: z.string().min(1).max(512).optional(),
    text: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .openapi({ param: { description: "case- and accent-insensitive part of the quoted words" } }),
  });

const dateRange = {
  from: IsoDate.optional().openapi({
    param: { description: "earliest date, YYYY[-MM[-DD]]; an event matches when its date overlaps the range" },
  }),
  to: IsoDate.optional().openapi({ param: { description: "latest date, YYYY[-MM[-DD]]" } }),
};

export const EventQuery = (maxPageSize: number) =>
  z.object({
    ...pageQuery(maxPageSize),
    type: PloverType.optional(),
    actor: z
      .string()
      .min(1)
      .max(512)
      .optional()
      .openapi({ param: { description: "actor id among the sources or targets" } }),
    article: z.string().min(1).max(512).optional(),
    ...dateRange,
  });

export const TimelineQuery = (maxPageSize: number) => z.object({ ...pageQuery(maxPageSize), ...dateRange });

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(512)
    .openapi({ param: { name: "id", in: "path" } }),
});

/** A page of a list: the items in a stable order and the cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe("pass as ?cursor= for the next page; null on the last page"),
    })
    .openapi(name);

/** An article in a list: its metadata and counts, without the body. */
export const ArticleSummary = CorpusArticle.pick({
  id: true,
  url: true,
  headline: true,
  outlet: true,
  byline: true,
  dateline: true,
  publishedAt: true,
  length: true,
  contentHash: true,
})
  .extend({
    paragraphCount: z.number().int(),
    quoteCount: z.number().int(),
    actorCount: z.number().int(),
    eventCount: z.number().int(),
  })
  .openapi("ArticleSummary");
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** An actor with the quotes they are credited with and the events they take part in. */
export const ActorDetail = Actor.extend({
  quotes: z.array(CoreQuote),
  events: z.array(CoreEvent),
}).openapi("ActorDetail");

export const TimelineItem = z.object({ ...CoreTimelineEntry.shape, event: CoreEvent }).openapi("TimelineItem");

export const Health = z.object({ status: z.literal("ok") }).openapi("Health");

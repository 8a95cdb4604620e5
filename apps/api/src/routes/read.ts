import { createRoute } from "@hono/zod-openapi";
import type { CorpusArticle } from "@newsgraph/core";
import type { Context } from "hono";
import type { ApiApp, AppEnv } from "../app-env.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { ApiError } from "../problem.js";
import {
  Actor,
  ActorDetail,
  ActorQuery,
  type ArticleSummary,
  ArticleSummary as ArticleSummarySchema,
  CorpusArticle as CorpusArticleSchema,
  Event,
  EventQuery,
  IdParam,
  pageOf,
  pageQuerySchema,
  Quote,
  QuoteQuery,
  TimelineItem,
  TimelineQuery,
} from "../schemas.js";
import { InvalidPageKeyError, type Page, type PageRequest } from "../source.js";
import { problemResponses } from "./responses.js";

function summarize(a: CorpusArticle): ArticleSummary {
  return {
    id: a.id,
    url: a.url,
    headline: a.headline,
    outlet: a.outlet,
    byline: a.byline,
    dateline: a.dateline,
    publishedAt: a.publishedAt,
    length: a.length,
    contentHash: a.contentHash,
    paragraphCount: a.paragraphs.length,
    quoteCount: a.quotes.length,
    actorCount: a.actorIds.length,
    eventCount: a.eventIds.length,
  };
}

/**
 * Runs one page of a list: unwraps the cursor for this route and filter, asks the source, and wraps the
 * source's next key into the next cursor.
 */
async function listPage<T, F extends Record<string, unknown>>(
  c: Context<AppEnv>,
  route: string,
  query: F & { limit: number; cursor?: string | undefined },
  fetchPage: (filter: F, page: PageRequest) => Promise<Page<T>>,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const { limit, cursor, ...rest } = query;
  const filter = rest as unknown as F;
  const after = decodeCursor(cursor, route, filter);
  let page: Page<T>;
  try {
    page = await fetchPage(filter, { after, limit });
  } catch (e) {
    // A source may throw its own error class for a key it did not issue, with the code INVALID_PAGE_KEY.
    if (e instanceof InvalidPageKeyError || (e as { code?: unknown } | null)?.code === "INVALID_PAGE_KEY") {
      throw new ApiError("invalid-cursor", "the cursor does not fit this corpus");
    }
    throw e;
  }
  const link = page.next === null ? null : encodeCursor(route, filter, page.next);
  if (link !== null) {
    const next = new URL(c.req.url);
    next.searchParams.set("cursor", link);
    c.header("link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return { items: [...page.items], nextCursor: link };
}

const listResponses = <T>(schema: T) => ({
  200: { description: "one page, in a stable order", content: { "application/json": { schema } } },
  304: { description: "not modified since the ETag in If-None-Match" },
  ...problemResponses("validation-failed", "invalid-cursor", "corpus-unavailable", "timeout"),
});

const getResponses = <T>(schema: T) => ({
  200: { description: "found", content: { "application/json": { schema } } },
  304: { description: "not modified since the ETag in If-None-Match" },
  ...problemResponses("validation-failed", "not-found", "corpus-unavailable", "timeout"),
});

/** The read routes over the app's `CorpusSource`: articles, actors, quotes, events and the timeline. */
export function registerReadRoutes(app: ApiApp, maxPageSize: number): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/articles",
      tags: ["corpus"],
      summary: "List articles",
      description: "Article metadata and counts, ordered by id.",
      request: { query: pageQuerySchema(maxPageSize) },
      responses: listResponses(pageOf(ArticleSummarySchema, "ArticlePage")),
    }),
    async (c) => {
      const page = await listPage(c, "/v1/articles", c.req.valid("query"), (_f, p) => c.var.source.listArticles(p));
      return c.json({ items: page.items.map(summarize), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/articles/{id}",
      tags: ["corpus"],
      summary: "Get an article",
      description:
        "The whole article: paragraphs, spans, quotes, removed pieces, and the ids of its actors and events.",
      request: { params: IdParam },
      responses: getResponses(CorpusArticleSchema),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const article = await c.var.source.getArticle(id);
      if (!article) throw new ApiError("not-found", `no article with id "${id}"`);
      return c.json(article, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/actors",
      tags: ["corpus"],
      summary: "List actors",
      description: "People, organisations and places, ordered by id; filter by kind, name or alias, article.",
      request: { query: ActorQuery(maxPageSize) },
      responses: listResponses(pageOf(Actor, "ActorPage")),
    }),
    async (c) =>
      c.json(await listPage(c, "/v1/actors", c.req.valid("query"), (f, p) => c.var.source.listActors(f, p)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/actors/{id}",
      tags: ["corpus"],
      summary: "Get an actor",
      description: "The actor with its roles, the quotes credited to them and the events they take part in.",
      request: { params: IdParam },
      responses: getResponses(ActorDetail),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const detail = await c.var.source.getActor(id);
      if (!detail) throw new ApiError("not-found", `no actor with id "${id}"`);
      return c.json({ ...detail.actor, quotes: [...detail.quotes], events: [...detail.events] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/quotes",
      tags: ["corpus"],
      summary: "List quotes",
      description: "Quotes ordered by article and position; filter by speaker (actor id), article, or words.",
      request: { query: QuoteQuery(maxPageSize) },
      responses: listResponses(pageOf(Quote, "QuotePage")),
    }),
    async (c) =>
      c.json(await listPage(c, "/v1/quotes", c.req.valid("query"), (f, p) => c.var.source.listQuotes(f, p)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/events",
      tags: ["corpus"],
      summary: "List events",
      description:
        "Events ordered by date (undated last), then id; filter by PLOVER type, actor, article, date range. " +
        "An event matches a range when its date, at whatever precision, overlaps it; undated events match no range.",
      request: { query: EventQuery(maxPageSize) },
      responses: listResponses(pageOf(Event, "EventPage")),
    }),
    async (c) =>
      c.json(await listPage(c, "/v1/events", c.req.valid("query"), (f, p) => c.var.source.listEvents(f, p)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/timeline",
      tags: ["corpus"],
      summary: "The timeline",
      description: "The corpus timeline in order, each entry with its event; optionally within a date range.",
      request: { query: TimelineQuery(maxPageSize) },
      responses: listResponses(pageOf(TimelineItem, "TimelinePage")),
    }),
    async (c) =>
      c.json(await listPage(c, "/v1/timeline", c.req.valid("query"), (f, p) => c.var.source.listTimeline(f, p)), 200),
  );
}

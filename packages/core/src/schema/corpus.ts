import { z } from "zod";
import { Actor } from "./actor.js";
import { CorpusArticle } from "./article.js";
import { SCHEMA_VERSION } from "./common.js";
import { Event, TimelineEntry } from "./event.js";
import { QuoteGroup } from "./quote.js";

/**
 * Articles linked into one record: actors merged across articles, shared quotes and events, a timeline.
 *
 * @example
 * const corpus = buildCorpus(articles);
 * corpus.actors.filter((a) => a.articleIds.length > 1); // actors reported by more than one article
 */
export const Corpus = z.object({
  schemaVersion: z.string().default(SCHEMA_VERSION),
  articles: z.array(CorpusArticle),
  actors: z.array(Actor),
  events: z.array(Event),
  quoteGroups: z.array(QuoteGroup).default([]),
  timeline: z.array(TimelineEntry).default([]),
});
export type Corpus = z.infer<typeof Corpus>;

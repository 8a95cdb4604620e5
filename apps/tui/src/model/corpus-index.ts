// Lookups over a corpus that every view shares. Built once per corpus snapshot; plain maps, no copies of text.
import type { Actor, Corpus, CorpusArticle, Event, Quote, QuoteGroup, Span } from "@newsgraph/core";

/** An event as the timeline shows it: with the date it sorts by and whether an article reports it as its main event. */
export interface TimelineItem {
  readonly event: Event;
  readonly date: string | null;
  readonly main: boolean;
}

/** Shared lookups over one corpus. Actor ids may repeat across articles until the corpus is linked. */
export interface CorpusIndex {
  readonly corpus: Corpus;
  readonly articleById: ReadonlyMap<string, CorpusArticle>;
  readonly actorsById: ReadonlyMap<string, readonly Actor[]>;
  readonly eventById: ReadonlyMap<string, Event>;
  readonly quotes: readonly Quote[];
  readonly quoteById: ReadonlyMap<string, Quote>;
  readonly groupById: ReadonlyMap<string, QuoteGroup>;
  readonly timeline: readonly TimelineItem[];
  /** Actor mentions per article, for highlighting in the reader. */
  readonly mentionsByArticle: ReadonlyMap<string, readonly { readonly span: Span; readonly actorId: string }[]>;
}

/** Builds the shared lookups of a corpus. */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  const articleById = new Map(corpus.articles.map((a) => [a.id, a]));
  const actorsById = new Map<string, Actor[]>();
  for (const actor of corpus.actors) {
    const list = actorsById.get(actor.id);
    if (list) list.push(actor);
    else actorsById.set(actor.id, [actor]);
  }
  const eventById = new Map(corpus.events.map((e) => [e.id, e]));
  const quotes = corpus.articles.flatMap((a) => a.quotes);
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const groupById = new Map(corpus.quoteGroups.map((g) => [g.id, g]));
  const mentionsByArticle = new Map<string, { span: Span; actorId: string }[]>();
  for (const actor of corpus.actors) {
    for (const m of actor.mentions) {
      const list = mentionsByArticle.get(m.articleId);
      const item = { span: m.span, actorId: actor.id };
      if (list) list.push(item);
      else mentionsByArticle.set(m.articleId, [item]);
    }
  }
  return {
    corpus,
    articleById,
    actorsById,
    eventById,
    quotes,
    quoteById,
    groupById,
    timeline: buildTimeline(corpus, eventById),
    mentionsByArticle,
  };
}

function buildTimeline(corpus: Corpus, eventById: ReadonlyMap<string, Event>): TimelineItem[] {
  if (corpus.timeline.length > 0) {
    return corpus.timeline.flatMap((t) => {
      const event = eventById.get(t.eventId);
      return event ? [{ event, date: t.date, main: t.main }] : [];
    });
  }
  // Before the corpus is linked there is no timeline: sort the events by date, undated last.
  const mainIds = new Set(corpus.articles.map((a) => a.mainEventId).filter((x): x is string => x !== null));
  return corpus.events
    .map((event) => ({ event, date: event.date, main: mainIds.has(event.id) }))
    .sort((a, b) => compareDates(a.date, b.date));
}

/** Orders ISO dates ascending with nulls last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The actor an id refers to, preferring the one found in the given article when ids repeat. */
export function findActor(index: CorpusIndex, id: string | null, articleId?: string): Actor | undefined {
  if (id === null) return undefined;
  const list = index.actorsById.get(id);
  if (!list) return undefined;
  if (articleId === undefined || list.length === 1) return list[0];
  return (
    list.find((a) => a.articleIds.includes(articleId) || a.mentions.some((m) => m.articleId === articleId)) ?? list[0]
  );
}

/** A short label for an article: its outlet, or its id. */
export function articleLabel(article: CorpusArticle | undefined, fallback = "?"): string {
  return article?.outlet ?? article?.id ?? fallback;
}

/** The headline of an article, or the start of its first paragraph. */
export function articleTitle(article: CorpusArticle): string {
  return article.headline ?? article.paragraphs[0]?.slice(0, 120) ?? "(empty)";
}

/** How many times an actor is mentioned (at least once when it is known to appear at all). */
export function mentionCount(actor: Actor, allowed: ReadonlySet<string> | null): number {
  if (allowed === null) return actor.mentions.length || actor.articleIds.length;
  const n = actor.mentions.filter((m) => allowed.has(m.articleId)).length;
  return n || actor.articleIds.filter((id) => allowed.has(id)).length;
}

/** The first place an actor is mentioned, as evidence. */
export function firstMention(actor: Actor): { articleId: string; span: Span } | null {
  const m = actor.mentions[0];
  if (m) return { articleId: m.articleId, span: m.span };
  const articleId = actor.articleIds[0];
  return articleId ? { articleId, span: { start: 0, end: 0 } } : null;
}

import type { Corpus, Event, Quote } from "@newsgraph/core";
import { overlaps } from "./dates.js";
import {
  type ActorFilter,
  type CorpusSource,
  type DateRange,
  type EventFilter,
  InvalidPageKeyError,
  type Page,
  type PageRequest,
  type QuoteFilter,
  type TimelineItem,
} from "./source.js";

type Key = readonly (string | number)[];

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x !== typeof y) return typeof x === "number" ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function parseKey(after: string): Key {
  let key: unknown;
  try {
    key = JSON.parse(after);
  } catch {
    throw new InvalidPageKeyError("not a page key");
  }
  if (!Array.isArray(key) || !key.every((k) => typeof k === "string" || typeof k === "number")) {
    throw new InvalidPageKeyError("not a page key");
  }
  return key;
}

/** A list sorted once by its key, paged by "everything after this key". */
class SortedList<T> {
  private readonly rows: readonly { key: Key; item: T }[];

  constructor(items: readonly T[], keyOf: (item: T, index: number) => Key) {
    this.rows = items.map((item, i) => ({ key: keyOf(item, i), item })).sort((a, b) => compareKeys(a.key, b.key));
  }

  page(match: (item: T) => boolean, { after, limit }: PageRequest): Page<T> {
    const from = after === null ? null : parseKey(after);
    const items: T[] = [];
    let last: Key | null = null;
    for (const row of this.rows) {
      if (from !== null && compareKeys(row.key, from) <= 0) continue;
      if (!match(row.item)) continue;
      if (items.length === limit) return { items, next: JSON.stringify(last) };
      items.push(row.item);
      last = row.key;
    }
    return { items, next: null };
  }
}

/** Lower case without accents, for substring filters: "Juppé" matches "juppe". */
export function foldForSearch(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const contains = (haystack: string, needle: string) => foldForSearch(haystack).includes(foldForSearch(needle));

/** Events sort by date (undated last), then id; quotes by article, position, id. */
const NO_DATE = "~";

/**
 * A `CorpusSource` over a corpus held in memory, such as the seed corpus built into the bundle.
 *
 * @example
 * const source = createMemorySource(buildCorpus(articles));
 * const page = await source.listActors({ kind: "person" }, { after: null, limit: 20 });
 */
export function createMemorySource(corpus: Corpus): CorpusSource {
  const quotes = corpus.articles.flatMap((a) => a.quotes);
  const eventsById = new Map(corpus.events.map((e) => [e.id, e]));
  const actorsById = new Map(corpus.actors.map((a) => [a.id, a]));
  const articlesById = new Map(corpus.articles.map((a) => [a.id, a]));

  const articles = new SortedList(corpus.articles, (a) => [a.id]);
  const actors = new SortedList(corpus.actors, (a) => [a.id]);
  const quoteList = new SortedList(quotes, (q) => [q.articleId, q.span.start, q.id]);
  const events = new SortedList(corpus.events, (e) => [e.date ?? NO_DATE, e.id]);
  const timelineItems: TimelineItem[] = corpus.timeline.flatMap((t) => {
    const event = eventsById.get(t.eventId);
    return event ? [{ ...t, event }] : [];
  });
  const timeline = new SortedList(timelineItems, (_t, i) => [i]);

  const quoteMatches = (f: QuoteFilter) => (q: Quote) =>
    (f.speaker === undefined || q.speakerId === f.speaker) &&
    (f.article === undefined || q.articleId === f.article) &&
    (f.text === undefined || contains(q.text, f.text));
  const eventMatches = (f: EventFilter) => (e: Event) =>
    (f.type === undefined || e.type === f.type) &&
    (f.actor === undefined || e.sourceIds.includes(f.actor) || e.targetIds.includes(f.actor)) &&
    (f.article === undefined || e.articleIds.includes(f.article)) &&
    overlaps(e.date, e.time?.end, f.from, f.to);

  return {
    listArticles: async (page) => articles.page(() => true, page),
    getArticle: async (id) => articlesById.get(id) ?? null,
    listActors: async (f: ActorFilter, page) =>
      actors.page(
        (a) =>
          (f.kind === undefined || a.kind === f.kind) &&
          (f.article === undefined || a.articleIds.includes(f.article)) &&
          (f.name === undefined || [a.name, ...a.aliases].some((n) => contains(n, f.name!))),
        page,
      ),
    getActor: async (id) => {
      const actor = actorsById.get(id);
      if (!actor) return null;
      return {
        actor,
        quotes: quoteList.page(quoteMatches({ speaker: id }), { after: null, limit: Number.MAX_SAFE_INTEGER }).items,
        events: events.page(eventMatches({ actor: id }), { after: null, limit: Number.MAX_SAFE_INTEGER }).items,
      };
    },
    listQuotes: async (f, page) => quoteList.page(quoteMatches(f), page),
    listEvents: async (f, page) => events.page(eventMatches(f), page),
    listTimeline: async (f: DateRange, page) =>
      timeline.page((t) => overlaps(t.date, t.event.time?.end, f.from, f.to), page),
  };
}

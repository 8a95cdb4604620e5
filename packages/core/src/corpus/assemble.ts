// Assembles the linked state into a corpus: merged actors, quote groups, one shared main event per set of
// articles that report the same occurrence (its date and place agreed across them), inferred dates for
// articles that state none, every event with corpus actor ids, and a timeline.
import { slugify } from "../events/ids.js";
import type { Actor } from "../schema/actor.js";
import { Article, type CorpusArticle } from "../schema/article.js";
import { SCHEMA_VERSION } from "../schema/common.js";
import type { Corpus } from "../schema/corpus.js";
import type { Event, TimelineEntry } from "../schema/event.js";
import type { Quote } from "../schema/quote.js";
import type { ActorNode } from "./actor-match.js";
import { assembleActors } from "./assemble-actors.js";
import { assembleQuotes, corpusQuoteId } from "./assemble-quotes.js";
import { dayNumber } from "./event-match.js";
import { inferDates } from "./infer-dates.js";
import type { LinkState } from "./linker.js";
import { mergeEvents } from "./merge-events.js";
import { nodeId } from "./normalize.js";
import { redateArticle } from "./redate.js";
import { UnionFind } from "./union-find.js";

/** Days from 2000-01-01 of each article's own main-event day, for keeping clusters within a few days. */
const SPAN_DAYS = 2;

/**
 * Articles that share a main event: linked articles, joined link by link (links between dated articles
 * first, in order of addition) unless the join would put dated members more than two days apart, so that
 * undated articles cannot chain two different occurrences into one.
 */
function eventClusters(state: LinkState): Map<string, string[]> {
  const uf = new UnionFind();
  const span = new Map<string, [number, number] | null>();
  const dayOf = (id: string) => {
    const d = state.articles.get(id)?.profile?.day;
    return d ? dayNumber(d) : null;
  };
  for (const id of state.articles.keys()) {
    uf.add(id);
    const d = dayOf(id);
    span.set(id, d === null ? null : [d, d]);
  }
  // each link with what orders it, read once: a sort compares a link many times
  const links: { a: string; b: string; undated: number; first: number; last: number }[] = [];
  for (const [a, entry] of state.articles)
    for (const b of state.eventLinks.get(a) ?? []) {
      const other = a < b ? state.articles.get(b) : undefined;
      if (!other) continue;
      links.push({
        a,
        b,
        undated: span.get(a) && span.get(b) ? 0 : 1,
        first: Math.min(entry.seq, other.seq),
        last: Math.max(entry.seq, other.seq),
      });
    }
  links.sort((x, y) => x.undated - y.undated || x.first - y.first || x.last - y.last);
  for (const { a, b } of links) {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) continue;
    const sa = span.get(ra) ?? null;
    const sb = span.get(rb) ?? null;
    const merged: [number, number] | null = sa && sb ? [Math.min(sa[0], sb[0]), Math.max(sa[1], sb[1])] : (sa ?? sb);
    if (merged && merged[1] - merged[0] > SPAN_DAYS) continue;
    uf.union(a, b);
    span.set(uf.find(a), merged);
  }
  const byArticle = new Map<string, string[]>();
  for (const ids of uf.groups()) if (ids.length > 1) for (const id of ids) byArticle.set(id, ids);
  return byArticle;
}

/**
 * A place actor for each event place that no actor stands for (a dateline, a town the gazetteer lacks named
 * after "in"), so that every event place is an actor id. Its mentions are where the articles name it: the
 * dateline, else the event's evidence.
 */
function namedPlaces(
  events: readonly Event[],
  actors: readonly Actor[],
  articleOf: (id: string) => Article | undefined,
): Actor[] {
  const known = new Set(actors.map((a) => a.id));
  const added = new Map<string, Actor>();
  const articlesOf = new Map<string, Set<string>>();
  for (const e of events) {
    if (!e.place || known.has(e.place) || !e.placeName) continue;
    const actor: Actor = added.get(e.place) ?? {
      id: e.place,
      name: e.placeName,
      kind: "place",
      subtype: null,
      aliases: [],
      articleIds: [],
      roles: [],
      mentions: [],
      country: null,
      standsFor: null,
    };
    added.set(e.place, actor);
    const seen = articlesOf.get(e.place) ?? new Set<string>();
    articlesOf.set(e.place, seen);
    const name = e.placeName.toLowerCase();
    for (const articleId of e.articleIds) {
      if (seen.has(articleId)) continue;
      seen.add(articleId);
      actor.articleIds.push(articleId);
      const article = articleOf(articleId);
      const span = article?.meta.dateline;
      if (span && article?.dateline?.toLowerCase() === name) {
        actor.mentions.push({ articleId, span, text: article.dateline, via: "name" });
        continue;
      }
      for (const ev of e.evidence.filter((x) => x.articleId === articleId)) {
        const at = ev.text.toLowerCase().indexOf(name);
        if (at < 0) continue;
        const start = ev.span.start + at;
        actor.mentions.push({
          articleId,
          span: { start, end: start + name.length },
          text: ev.text.slice(at, at + name.length),
          via: "name",
        });
      }
    }
  }
  return [...added.values()];
}

/**
 * `ids` with each id mapped: the same array when no id changes, so that a corpus event shares its lists
 * with the article's event instead of holding a copy.
 */
function mapIds(ids: string[], map: (id: string) => string): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const to = map(id);
    if (out) out.push(to);
    else if (to !== id) {
      out = ids.slice(0, i);
      out.push(to);
    }
  }
  return out ?? ids;
}

/** The keys of an article in the schema's order, as `normalizeArticle` and `Article.parse` give them. */
const ARTICLE_KEYS = Object.keys(Article.shape).join(",");

type Linked = Pick<CorpusArticle, "quotes" | "mainEventId" | "actorIds" | "eventIds">;

/**
 * The corpus article of `article`: its own fields without actors and events, then `linked`. Written out
 * for an article with the schema's keys: the spread of a rest object that a destructuring left builds a
 * slow object three times the size, and a corpus holds one per article.
 */
function corpusArticle(a: Article, linked: Linked): CorpusArticle {
  if (Object.keys(a).join(",") !== ARTICLE_KEYS) {
    const { actors: _actors, events: _events, ...rest } = a;
    return { ...rest, ...linked };
  }
  return {
    schemaVersion: a.schemaVersion,
    id: a.id,
    url: a.url,
    contentHash: a.contentHash,
    length: a.length,
    headline: a.headline,
    outlet: a.outlet,
    byline: a.byline,
    dateline: a.dateline,
    publishedAt: a.publishedAt,
    published: a.published,
    meta: a.meta,
    paragraphs: a.paragraphs,
    paragraphSpans: a.paragraphSpans,
    captions: a.captions,
    removed: a.removed,
    quotes: linked.quotes,
    mainEventId: linked.mainEventId,
    warnings: a.warnings,
    actorIds: linked.actorIds,
    eventIds: linked.eventIds,
  };
}

/**
 * The quotes of an article as the corpus gives them: the article's own quote object where the corpus one
 * equals it (no speaker to map, no group), and the article's list where every quote is its own.
 */
function corpusQuotes(article: Article, corpusQuote: (q: Quote) => Quote): Quote[] {
  let same = true;
  const out = article.quotes.map((q) => {
    const c = corpusQuote(q);
    if (c.id === q.id && c.speakerId === q.speakerId && c.groupId === q.groupId) return q;
    same = false;
    return c;
  });
  return same ? article.quotes : out;
}

/**
 * Every event by date (ISO dates sort as strings; undated last), in order of the events on a tie. A corpus
 * holds millions of events on a few thousand dates: the events are gathered by date in order and the dates
 * sorted, not the events compared pairwise.
 */
function timelineOf(events: readonly Event[], mains: ReadonlySet<Event>): TimelineEntry[] {
  const byDate = new Map<string | null, TimelineEntry[]>();
  for (const e of events) {
    const entry: TimelineEntry = { eventId: e.id, date: e.date, main: mains.has(e) };
    const list = byDate.get(e.date);
    if (list) list.push(entry);
    else byDate.set(e.date, [entry]);
  }
  const dates = [...byDate.keys()].filter((d): d is string => d !== null).sort();
  // filled at its exact length: a list built by pushing keeps room to grow
  const timeline = new Array<TimelineEntry>(events.length);
  let at = 0;
  for (const d of [...dates, null]) for (const entry of byDate.get(d) ?? []) timeline[at++] = entry;
  return timeline;
}

/** The corpus of the linked state, articles in order of addition. */
export function assembleCorpus(state: LinkState): Corpus {
  const clusters = eventClusters(state);
  const days = inferDates(state, clusters);
  // an article whose date the corpus inferred, re-dated when first read (in its turn, or in the turn of the
  // first article of its cluster) and kept only until its turn
  const dated = new Map<string, Article>();
  const articleOf = (id: string): Article => {
    const known = dated.get(id);
    if (known) return known;
    const article = state.articles.get(id)?.article as Article;
    const day = days.get(id);
    if (!day) return article;
    const redated = redateArticle(article, day);
    dated.set(id, redated);
    return redated;
  };
  const { actors, actorIdOf: anyActorIdOf, actorIdAt } = assembleActors(state, (id) => days.get(id) ?? null);
  // the corpus id of an actor of any article, for quote groups, which gather quotes from many articles
  const speakerIdOf = (articleId: string, localId: string | null): string | null =>
    localId === null ? null : anyActorIdOf(articleId, localId);
  // the corpus ids of one article's actors by local id, for the lookups that come article by article
  let cachedArticle: string | null = null;
  let cachedIds = new Map<string, string>();
  const actorIdOf = (articleId: string, localId: string | null): string | null => {
    if (localId === null) return null;
    if (articleId !== cachedArticle) {
      cachedArticle = articleId;
      cachedIds = new Map();
      const own = state.articles.get(articleId)?.actors ?? [];
      for (let i = 0; i < own.length; i++) {
        const id = actorIdAt(articleId, i);
        if (id !== null) cachedIds.set((own[i] as ActorNode).actor.id, id);
      }
    }
    return cachedIds.get(localId) ?? null;
  };
  // a place the text names without an actor (a dateline, "place:brussels"): the corpus place of that name
  const placeBySlug = new Map<string, string>();
  for (const a of actors) {
    if (a.kind !== "place") continue;
    for (const n of [a.name, ...a.aliases]) if (!placeBySlug.has(slugify(n))) placeBySlug.set(slugify(n), a.id);
  }
  const placeIdOf = (articleId: string, localId: string | null): string | null => {
    if (localId === null) return null;
    return actorIdOf(articleId, localId) ?? placeBySlug.get(localId.replace(/^place:/, "")) ?? localId;
  };
  const { groups, groupOfNode } = assembleQuotes(state, speakerIdOf);
  state.release?.links();
  const actorById = new Map(actors.map((a) => [a.id, a]));

  // one "articleId#" string per article, which each of its event ids then extends
  let prefixed: Article | null = null;
  let prefix = "";
  const idPrefix = (article: Article): string => {
    if (article !== prefixed) {
      prefixed = article;
      prefix = `${article.id}#`;
    }
    return prefix;
  };
  // the events of an article share their id lists (one copy of each distinct list): so do their corpus
  // events, one mapped list for each list of the article, and one copy of each distinct corpus list
  // (["organization:nato"] is the sources of events in thousands of articles)
  const corpusLists = new Map<string, string[]>();
  let mappedFor: Article | null = null;
  const actorLists = new Map<readonly string[], string[]>();
  const quoteLists = new Map<readonly string[], string[]>();
  const mapped = (article: Article, ids: string[], quotes: boolean): string[] => {
    if (article !== mappedFor) {
      mappedFor = article;
      actorLists.clear();
      quoteLists.clear();
    }
    const lists = quotes ? quoteLists : actorLists;
    let out = lists.get(ids);
    if (!out) {
      out = quotes
        ? mapIds(ids, (q) => corpusQuoteId(article.id, { id: q }))
        : mapIds(ids, (id) => actorIdOf(article.id, id) ?? id);
      if (out !== ids) {
        const key = out.join("\u0000");
        const known = corpusLists.get(key);
        if (known) out = known;
        else {
          // a copy of exactly its length: the mapped list was built by pushing, with room to grow
          out = Object.freeze(out.slice()) as string[];
          corpusLists.set(key, out);
        }
      }
      lists.set(ids, out);
    }
    return out;
  };
  const rewrite = (article: Article, e: Event): Event => ({
    ...e,
    id: idPrefix(article) + e.id,
    sourceIds: mapped(article, e.sourceIds, false),
    targetIds: mapped(article, e.targetIds, false),
    place: placeIdOf(article.id, e.place),
    quoteIds: mapped(article, e.quoteIds, true),
  });

  const events: Event[] = [];
  // main events by identity: hashing two million event ids would flatten each into a second copy
  const mains = new Set<Event>();
  const mergedOf = new Map<string, Event>();
  const corpusArticles: CorpusArticle[] = [];
  // the articles as added, for naming places once their link state is let go
  const articleById = new Map<string, Article>();
  for (const entry of state.articles.values()) {
    const article = articleOf(entry.article.id);
    const cluster = clusters.get(article.id);
    const eventIds: string[] = [];
    let mainEventId: string | null = null;
    for (const e of article.events) {
      const isMain = e.id === article.mainEventId;
      if (isMain && cluster) {
        const key = cluster[0] as string;
        let merged = mergedOf.get(key);
        if (!merged) {
          const members = cluster.map(articleOf);
          merged = mergeEvents(
            members.map((m) => ({
              article: m,
              event: rewrite(m, m.events.find((x) => x.id === m.mainEventId) as Event),
            })),
            state,
            groupOfNode,
            actorById,
          );
          mergedOf.set(key, merged);
          events.push(merged);
        }
        mainEventId = merged.id;
        mains.add(merged);
        eventIds.push(merged.id);
        continue;
      }
      const corpusEvent = rewrite(article, e);
      if (isMain) {
        mainEventId = corpusEvent.id;
        mains.add(corpusEvent);
      }
      events.push(corpusEvent);
      eventIds.push(corpusEvent.id);
    }
    corpusArticles.push(
      corpusArticle(article, {
        quotes: corpusQuotes(article, (q) => ({
          ...q,
          id: corpusQuoteId(article.id, q),
          speakerId: actorIdOf(article.id, q.speakerId) ?? q.speakerId,
          groupId: groupOfNode.get(nodeId(article.id, q.id)) ?? null,
        })),
        mainEventId,
        actorIds: [...new Set(article.actors.map((a) => actorIdOf(article.id, a.id) ?? a.id))],
        // pushed one by one, the list has room to grow that a finished corpus never uses
        eventIds: eventIds.slice(),
      }),
    );
    // no one reads this article's re-dated copy or its nodes again: they can go before the corpus is done
    dated.delete(article.id);
    articleById.set(entry.article.id, entry.article);
    state.release?.article(entry.article.id);
  }
  const withPlaces = [...actors, ...namedPlaces(events, actors, (id) => articleById.get(id))];
  const timeline = timelineOf(events, mains);
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: corpusArticles,
    actors: withPlaces,
    events,
    quoteGroups: groups,
    timeline,
  };
}

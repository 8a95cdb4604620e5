// The incremental linker. Actors link through shared names and name variants, quotes through shared
// wordings, so neither needs a comparison per pair of articles: the linker keeps indexes of names and
// wordings, compares a new wording only with the wordings its sketch meets, and a new main event only with
// the main events that share a participant on a nearby day or a quote. Every decision is pairwise and pure,
// so adding articles and removing some gives the links that adding the rest afresh gives; `corpus()`
// assembles them into the linked record.
import { NewsgraphError } from "../errors.js";
import type { Article } from "../schema/article.js";
import type { Corpus } from "../schema/corpus.js";
import { type ActorNode, actorNode } from "./actor-match.js";
import { assembleCorpus } from "./assemble.js";
import { type EventProfile, eventLookupKeys, eventProfile, eventsMatch } from "./event-match.js";
import { type QuoteNode, quoteNode, type Wording, wordingsMatch } from "./quote-match.js";

export interface LinkedArticle {
  readonly seq: number;
  readonly article: Article;
  readonly actors: readonly ActorNode[];
  readonly actorByLocalId: ReadonlyMap<string, ActorNode>;
  readonly quotes: readonly QuoteNode[];
  /** The key under which each short quote links: its words and its speaker's key. */
  readonly shortKeys: ReadonlyMap<string, string>;
  readonly profile: EventProfile | null;
}

/** What the assembly reads: the articles in order of addition, the indexes and the links. */
export interface LinkState {
  readonly articles: ReadonlyMap<string, LinkedArticle>;
  /** Wording key -> the long quotes (node ids) with that wording. */
  readonly wordingQuotes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Links between distinct long wordings that report one utterance. */
  readonly wordingLinks: ReadonlyMap<string, ReadonlySet<string>>;
  /** Short-quote key -> the short quotes (node ids) under it. */
  readonly shortQuotes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly eventLinks: ReadonlyMap<string, ReadonlySet<string>>;
}

/** An incremental linker; `buildCorpus(articles)` is `add` of each article in order, then `corpus()`. */
export interface Linker {
  /** Links one article; throws DUPLICATE_ID if an article with its id is already in. */
  add(article: Article): void;
  /** Unlinks the article with this id; returns whether it was in. */
  remove(id: string): boolean;
  has(id: string): boolean;
  readonly size: number;
  /** The linked corpus of the articles now in, in order of addition. */
  corpus(): Corpus;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): boolean {
  const set = map.get(key);
  if (!set) return false;
  set.delete(value);
  if (set.size > 0) return false;
  map.delete(key);
  return true;
}

function unlinkAll(links: Map<string, Set<string>>, a: string): void {
  for (const b of links.get(a) ?? []) removeFrom(links, b, a);
  links.delete(a);
}

function shortKeyOf(q: QuoteNode, byLocal: ReadonlyMap<string, ActorNode>): string | null {
  const speaker = q.quote.speakerId ? byLocal.get(q.quote.speakerId) : undefined;
  return q.short && speaker?.speakerKey && q.wording.key ? `${q.wording.key}\u0000${speaker.speakerKey}` : null;
}

/**
 * A linker to which articles are added and from which they are removed one at a time.
 *
 * @example
 * const linker = createLinker();
 * for (const a of articles) linker.add(a);
 * linker.remove(articles[0].id);
 * linker.corpus(); // equals buildCorpus(articles.slice(1))
 */
export function createLinker(): Linker {
  let seq = 0;
  const articles = new Map<string, LinkedArticle>();
  const wordings = new Map<string, Wording>();
  const wordingQuotes = new Map<string, Set<string>>();
  const wordingIndex = new Map<number, Set<string>>();
  const sketchIndex = new Map<number, Set<string>>();
  const wordingLinks = new Map<string, Set<string>>();
  const shortQuotes = new Map<string, Set<string>>();
  const eventIndex = new Map<string, Set<string>>();
  /** A quote wording (or short-quote key) joined with a participant or place key of the main event. */
  const quoteEventIndex = new Map<string, Set<string>>();
  const eventLinks = new Map<string, Set<string>>();

  /** Registers a wording the first time a quote carries it, linking it to the wordings it matches. */
  function addWording(w: Wording): void {
    if (wordings.has(w.key)) return;
    const candidates = new Set<string>();
    for (const k of w.sketch) for (const other of wordingIndex.get(k) ?? []) candidates.add(other);
    for (const k of w.keys) for (const other of sketchIndex.get(k) ?? []) candidates.add(other);
    for (const other of candidates) {
      if (wordingsMatch(w, wordings.get(other) as Wording)) {
        addTo(wordingLinks, w.key, other);
        addTo(wordingLinks, other, w.key);
      }
    }
    wordings.set(w.key, w);
    for (const k of w.keys) addTo(wordingIndex, k, w.key);
    for (const k of w.sketch) addTo(sketchIndex, k, w.key);
  }

  function dropWording(w: Wording): void {
    wordings.delete(w.key);
    unlinkAll(wordingLinks, w.key);
    for (const k of w.keys) removeFrom(wordingIndex, k, w.key);
    for (const k of w.sketch) removeFrom(sketchIndex, k, w.key);
  }

  /** The keys under which an article's quotes meet main events: each wording with each participant key. */
  function quoteEventKeys(entry: LinkedArticle, linked: boolean): Map<string, string[]> {
    const byQuote = new Map<string, string[]>();
    const p = entry.profile;
    if (!p) return byQuote;
    const eventKeys = [...new Set([...p.participants.flat(), ...p.placeKeys])];
    for (const q of entry.quotes) {
      const short = entry.shortKeys.get(q.id);
      const ws = short
        ? [short]
        : q.short
          ? []
          : linked
            ? [q.wording.key, ...(wordingLinks.get(q.wording.key) ?? [])]
            : [q.wording.key];
      byQuote.set(
        q.id,
        ws.flatMap((w) => eventKeys.map((k) => `${w}\u0000${k}`)),
      );
    }
    return byQuote;
  }

  /**
   * For each other article that shares a participant or the place, how many quotes of `entry` it carries as
   * well. Joining quotes with participants keeps a stock phrase carried by many stories from making every
   * one of them a candidate.
   */
  function sharedQuotes(entry: LinkedArticle): Map<string, number> {
    const shared = new Map<string, number>();
    for (const keys of quoteEventKeys(entry, true).values()) {
      const seen = new Set<string>();
      for (const key of keys) {
        for (const articleId of quoteEventIndex.get(key) ?? []) {
          if (articleId === entry.article.id || seen.has(articleId)) continue;
          seen.add(articleId);
          shared.set(articleId, (shared.get(articleId) ?? 0) + 1);
        }
      }
    }
    return shared;
  }

  function linkEvent(p: EventProfile, shared: ReadonlyMap<string, number>): void {
    const candidates = new Set<string>(shared.keys());
    for (const key of eventLookupKeys(p)) for (const id of eventIndex.get(key) ?? []) candidates.add(id);
    for (const id of candidates) {
      const other = articles.get(id)?.profile;
      if (other && eventsMatch(p, other, shared.get(id) ?? 0)) {
        addTo(eventLinks, p.articleId, id);
        addTo(eventLinks, id, p.articleId);
      }
    }
    for (const key of p.keys) addTo(eventIndex, key, p.articleId);
  }

  return {
    add(article) {
      if (articles.has(article.id)) {
        throw new NewsgraphError("DUPLICATE_ID", `two articles share the id "${article.id}"`, { id: article.id });
      }
      const actors = article.actors.map((a) => actorNode(article.id, a));
      const actorByLocalId = new Map(actors.map((n) => [n.actor.id, n]));
      const quotes = article.quotes.map((q) => quoteNode(article.id, q));
      const shortKeys = new Map<string, string>();
      for (const q of quotes) {
        const key = shortKeyOf(q, actorByLocalId);
        if (key) shortKeys.set(q.id, key);
      }
      const entry: LinkedArticle = {
        seq: seq++,
        article,
        actors,
        actorByLocalId,
        quotes,
        shortKeys,
        profile: eventProfile(article, actorByLocalId),
      };
      for (const q of quotes) if (!q.short) addWording(q.wording);
      const shared = sharedQuotes(entry);
      for (const q of quotes) {
        const short = shortKeys.get(q.id);
        if (short) addTo(shortQuotes, short, q.id);
        else if (!q.short) addTo(wordingQuotes, q.wording.key, q.id);
      }
      articles.set(article.id, entry);
      for (const keys of quoteEventKeys(entry, false).values())
        for (const k of keys) addTo(quoteEventIndex, k, article.id);
      if (entry.profile) linkEvent(entry.profile, shared);
    },
    remove(id) {
      const entry = articles.get(id);
      if (!entry) return false;
      for (const q of entry.quotes) {
        const short = entry.shortKeys.get(q.id);
        if (short) removeFrom(shortQuotes, short, q.id);
        else if (!q.short && removeFrom(wordingQuotes, q.wording.key, q.id)) dropWording(q.wording);
      }
      for (const keys of quoteEventKeys(entry, false).values())
        for (const k of keys) removeFrom(quoteEventIndex, k, id);
      unlinkAll(eventLinks, id);
      for (const key of entry.profile?.keys ?? []) removeFrom(eventIndex, key, id);
      articles.delete(id);
      return true;
    },
    has: (id) => articles.has(id),
    get size() {
      return articles.size;
    },
    corpus: () => assembleCorpus({ articles, wordingQuotes, wordingLinks, shortQuotes, eventLinks }),
  };
}

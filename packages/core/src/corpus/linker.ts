// The incremental linker: each added article is compared only with the articles that share a blocking key
// with it (an actor key, a quote bigram sketch, a participant on a nearby day), never with all others. Every link is
// a pairwise decision on the two articles alone, so adding articles in any order and removing some gives the
// same links as adding the rest afresh; `corpus()` assembles them into the linked record.
import { NewsgraphError } from "../errors.js";
import type { Article } from "../schema/article.js";
import type { Corpus } from "../schema/corpus.js";
import { type ActorNode, actorNode, actorsMatch, isBareSurname } from "./actor-match.js";
import { assembleCorpus } from "./assemble.js";
import { type EventProfile, eventLookupKeys, eventProfile, eventsMatch } from "./event-match.js";
import { type QuoteNode, quoteNode, quotesMatch } from "./quote-match.js";

export interface LinkedArticle {
  readonly seq: number;
  readonly article: Article;
  readonly actors: readonly ActorNode[];
  readonly actorByLocalId: ReadonlyMap<string, ActorNode>;
  readonly quotes: readonly QuoteNode[];
  readonly profile: EventProfile | null;
}

/** What the assembly reads: the articles in order of addition, the nodes by id and the links between them. */
export interface LinkState {
  readonly articles: ReadonlyMap<string, LinkedArticle>;
  readonly actorIndex: ReadonlyMap<string, ReadonlySet<string>>;
  readonly actorNodes: ReadonlyMap<string, ActorNode>;
  readonly actorLinks: ReadonlyMap<string, ReadonlySet<string>>;
  readonly quoteLinks: ReadonlyMap<string, ReadonlySet<string>>;
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

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): Set<V> {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
  return set;
}

function link(links: Map<string, Set<string>>, a: string, b: string): void {
  addTo(links, a, b);
  addTo(links, b, a);
}

function unlinkAll(links: Map<string, Set<string>>, a: string): void {
  for (const b of links.get(a) ?? []) links.get(b)?.delete(a);
  links.delete(a);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** Whether two speakers can be one person: null when either quote is unattributed. */
function sameSpeaker(a: ActorNode | undefined, b: ActorNode | undefined): boolean | null {
  if (!a || !b) return null;
  if (actorsMatch(a, b)) return true;
  if ((isBareSurname(a) || isBareSurname(b)) && a.surname && a.surname === b.surname) return true;
  return false;
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
  const actorNodes = new Map<string, ActorNode>();
  const actorIndex = new Map<string, Set<string>>();
  const actorLinks = new Map<string, Set<string>>();
  const quoteNodes = new Map<string, QuoteNode>();
  const quoteIndex = new Map<number, Set<string>>();
  const sketchIndex = new Map<number, Set<string>>();
  const quoteLinks = new Map<string, Set<string>>();
  const eventIndex = new Map<string, Set<string>>();
  const eventLinks = new Map<string, Set<string>>();

  function speakerOf(q: QuoteNode, byLocal: ReadonlyMap<string, ActorNode>): ActorNode | undefined {
    return q.quote.speakerId ? byLocal.get(q.quote.speakerId) : undefined;
  }

  function linkActors(nodes: readonly ActorNode[]): void {
    for (const node of nodes) {
      const seen = new Set<string>();
      for (const key of node.keys) {
        for (const other of actorIndex.get(key) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          const o = actorNodes.get(other);
          if (o && o.articleId !== node.articleId && actorsMatch(node, o)) link(actorLinks, node.id, other);
        }
      }
    }
    for (const node of nodes) {
      actorNodes.set(node.id, node);
      for (const key of node.keys) addTo(actorIndex, key, node.id);
    }
  }

  /** Quotes that could report the same utterance as `q`: its sketch meets their keys or theirs meets its keys. */
  function quoteCandidates(q: QuoteNode): Set<string> {
    const out = new Set<string>();
    for (const key of q.sketch) for (const id of quoteIndex.get(key) ?? []) out.add(id);
    for (const key of q.keys) for (const id of sketchIndex.get(key) ?? []) out.add(id);
    return out;
  }

  function linkQuotes(entry: LinkedArticle): Map<string, number> {
    const shared = new Map<string, number>();
    for (const q of entry.quotes) {
      for (const other of quoteCandidates(q)) {
        const o = quoteNodes.get(other);
        const oArticle = o ? articles.get(o.articleId) : undefined;
        if (!o || !oArticle || o.articleId === q.articleId) continue;
        const same = sameSpeaker(speakerOf(q, entry.actorByLocalId), speakerOf(o, oArticle.actorByLocalId));
        if (!quotesMatch(q, o, same)) continue;
        link(quoteLinks, q.id, other);
        shared.set(o.articleId, (shared.get(o.articleId) ?? 0) + 1);
      }
    }
    for (const q of entry.quotes) {
      quoteNodes.set(q.id, q);
      for (const key of q.keys) addTo(quoteIndex, key, q.id);
      for (const key of q.sketch) addTo(sketchIndex, key, q.id);
    }
    return shared;
  }

  function linkEvent(entry: LinkedArticle, sharedQuotes: Map<string, number>): void {
    const p = entry.profile;
    if (!p) return;
    const candidates = new Set<string>(sharedQuotes.keys());
    for (const key of eventLookupKeys(p)) for (const id of eventIndex.get(key) ?? []) candidates.add(id);
    for (const id of candidates) {
      const other = articles.get(id)?.profile;
      if (other && eventsMatch(p, other, sharedQuotes.get(id) ?? 0)) link(eventLinks, p.articleId, id);
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
      const entry: LinkedArticle = {
        seq: seq++,
        article,
        actors,
        actorByLocalId,
        quotes: article.quotes.map((q) => quoteNode(article.id, q)),
        profile: eventProfile(article, actorByLocalId),
      };
      linkActors(actors);
      const shared = linkQuotes(entry);
      articles.set(article.id, entry);
      linkEvent(entry, shared);
    },
    remove(id) {
      const entry = articles.get(id);
      if (!entry) return false;
      for (const n of entry.actors) {
        unlinkAll(actorLinks, n.id);
        actorNodes.delete(n.id);
        for (const key of n.keys) removeFrom(actorIndex, key, n.id);
      }
      for (const q of entry.quotes) {
        unlinkAll(quoteLinks, q.id);
        quoteNodes.delete(q.id);
        for (const key of q.keys) removeFrom(quoteIndex, key, q.id);
        for (const key of q.sketch) removeFrom(sketchIndex, key, q.id);
      }
      unlinkAll(eventLinks, id);
      for (const key of entry.profile?.keys ?? []) removeFrom(eventIndex, key, id);
      articles.delete(id);
      return true;
    },
    has: (id) => articles.has(id),
    get size() {
      return articles.size;
    },
    corpus: () => assembleCorpus({ articles, actorIndex, actorNodes, actorLinks, quoteLinks, eventLinks }),
  };
}

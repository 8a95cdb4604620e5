// The incremental linker. Actors link through shared names and name variants, quotes through shared
// wordings, so neither needs a comparison per pair of articles: the linker keeps indexes of names and
// wordings, compares a new wording only with the wordings its sketch meets, and a new main event only with
// the main events that share a participant on a nearby day or a quote. Every decision is pairwise and pure;
// adding articles in order and asking for `corpus()` is `buildCorpus`. A blocking key offers only its
// latest CANDIDATES_PER_KEY entries as candidates, so a key that many articles carry (a stock phrase said
// about a country in story after story) costs each new article a bounded number of comparisons, not one per
// earlier article. Until some key is carried by more than that many, removing articles gives the links that
// adding the rest afresh gives; beyond it, which of a key's entries are the latest depends on what was
// removed.
import { NewsgraphError } from "../errors.js";
import type { Article } from "../schema/article.js";
import type { Corpus } from "../schema/corpus.js";
import { type ActorNode, actorNode, createNameTable } from "./actor-match.js";
import { assembleCorpus } from "./assemble.js";
import { dayNumber, type EventProfile, eventLookupKeys, eventProfile, eventsMatch, oneStory } from "./event-match.js";
import { hashKey } from "./normalize.js";
import {
  isPartWording,
  type QuoteNode,
  quoteNode,
  retoldWordings,
  type Wording,
  wordingHolds,
  wordingOf,
  wordingsMatch,
} from "./quote-match.js";

export interface LinkedArticle {
  readonly seq: number;
  readonly article: Article;
  readonly actors: readonly ActorNode[];
  readonly quotes: readonly QuoteNode[];
  /** The key under which each short quote links: its words and its speaker's key. */
  readonly shortKeys: ReadonlyMap<string, string>;
  readonly profile: EventProfile | null;
  /** Where its quotes are filed in the speaker indexes of part links; kept only by a linker that removes. */
  readonly parts?: readonly PartFiling[];
}

/**
 * A quote as a part link sees it: a short one ("transferred safely") or a long one, with its speaker's
 * key, its article's date and the hash under which it links through the quote-event index.
 */
export interface PartRef {
  readonly nodeId: string;
  readonly articleId: string;
  /** Days from 1970 of the article's publication date, when it has one. */
  readonly day: number | null;
  /** The normalised words. */
  readonly words: string;
  readonly hash: string;
  /** The wording of a long quote. */
  readonly wording?: Wording;
}

interface PartFiling {
  readonly key: string;
  readonly ref: PartRef;
  readonly long: boolean;
}

/**
 * How many of the latest entries under one blocking key are offered as candidates. Articles of one
 * occurrence arrive close together, and a key carried by hundreds of articles (a country with a stock
 * phrase, a common word pair) says little about which of them report the same occurrence; without a bound,
 * each new article would be compared with every earlier one under such a key, quadratic in the corpus.
 */
export const CANDIDATES_PER_KEY = 200;

/** How many days apart two articles may be published for a partial of one to link with the other's quote. */
export const PART_DAYS = 7;
/**
 * How many of a speaker's latest quotes a partial (or a long quote) is compared with: the outlets that carry one
 * utterance report it within days, while a speaker key ("p:smith") may gather thousands of quotes.
 */
export const PART_CANDIDATES = 50;

/** Where the latest PART_CANDIDATES entries of `list` begin. */
function partWindowStart(list: readonly unknown[]): number {
  return Math.max(0, list.length - PART_CANDIDATES);
}

const DAY_MS = 86_400_000;

/** The quotes an article shares with others: found through a participant, the place or the day, and loosely. */
interface SharedQuotes {
  readonly shared: ReadonlyMap<string, number>;
  readonly loose: ReadonlyMap<string, number>;
  /** Of `loose`, the utterances few articles carry, whose speaker both name: a story's own words. */
  readonly rare: ReadonlyMap<string, number>;
  /** Of `shared`, the utterances few articles carry, whose speaker both name. */
  readonly voiced: ReadonlyMap<string, number>;
}

/** How many articles may carry an utterance for it to be a story's own words rather than a stock phrase. */
const RARE_CARRIERS = 8;

/** The key every article's quotes are filed under in the quote-event index, and the one of undated articles'. */
const ANY_KEY = "*";
const UNDATED_KEY = "?";

function dayOf(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/**
 * Whether two long quotes of one speaker, each of its article and published within PART_DAYS, are one utterance
 * that an outlet retold in its own words: "The driver could not stop. By the time he hit the first car, ..." and
 * "The driver could not stop the truck. Once he hit the first car, ...". Wordings that match for any speaker are
 * linked already.
 */
function retold(a: PartRef, b: PartRef): boolean {
  return (
    a.articleId !== b.articleId &&
    (a.day === null || b.day === null || Math.abs(a.day - b.day) <= PART_DAYS) &&
    a.wording !== undefined &&
    b.wording !== undefined &&
    a.wording.key !== b.wording.key &&
    retoldWordings(a.wording, b.wording) &&
    !wordingsMatch(a.wording, b.wording)
  );
}

/** Whether a short quote and a long one, each of its article, may be one utterance: near in time, the words held. */
function partOf(short: PartRef, long: PartRef): boolean {
  return (
    short.articleId !== long.articleId &&
    (short.day === null || long.day === null || Math.abs(short.day - long.day) <= PART_DAYS) &&
    wordingHolds(long.words, short.words)
  );
}

/** What the assembly reads: the articles in order of addition, the indexes and the links. */
export interface LinkState {
  readonly articles: ReadonlyMap<string, LinkedArticle>;
  /** Wording key -> the long quotes (node ids) with that wording. */
  readonly wordingQuotes: ReadonlyMap<string, readonly string[]>;
  /** Links between distinct long wordings that report one utterance. */
  readonly wordingLinks: ReadonlyMap<string, ReadonlySet<string>>;
  /** Short-quote key -> the short quotes (node ids) under it. */
  readonly shortQuotes: ReadonlyMap<string, readonly string[]>;
  readonly eventLinks: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Short quotes linked to long quotes of other articles that hold their words with the same speaker, by node
   * id, both ways: a partial ("transferred safely") of the statement another outlet gives in full.
   */
  readonly partLinks: ReadonlyMap<string, readonly PartRef[]>;
  /**
   * Given by a linker that assembles its corpus once and is then done (`buildCorpus`): lets go of the links
   * once the quote groups and event clusters are read from them, and of an article's nodes once the article
   * is assembled, so that the link state shrinks as the corpus grows.
   */
  readonly release?: { readonly links: () => void; readonly article: (id: string) => void };
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

const NO_SHORT_KEYS: ReadonlyMap<string, string> = new Map();

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Removes `value` from the list under `key`; returns whether the list is now gone. */
function removeFrom<K, V>(map: Map<K, V[]>, key: K, value: V): boolean {
  const list = map.get(key);
  if (!list) return false;
  const at = list.lastIndexOf(value);
  if (at >= 0) list.splice(at, 1);
  if (list.length > 0) return false;
  map.delete(key);
  return true;
}

/**
 * Adds `value` to the lookup list under `key`. Where no article will be removed, a lookup reads only the
 * latest CANDIDATES_PER_KEY entries, so a long list drops its older ones (in batches, so that dropping
 * costs little): in a large corpus a key that many articles carry would otherwise hold every one of them.
 */
function addCandidate<K, V>(map: Map<K, V[]>, key: K, value: V, removable: boolean): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else {
    list.push(value);
    if (!removable && list.length >= 2 * CANDIDATES_PER_KEY) list.splice(0, list.length - CANDIDATES_PER_KEY);
  }
}

/** Where the latest CANDIDATES_PER_KEY entries of `list` begin. */
function windowStart(list: readonly unknown[]): number {
  return Math.max(0, list.length - CANDIDATES_PER_KEY);
}

/**
 * The latest PART_CANDIDATES of a wording's links, which are in the order their wordings came. A wording carried
 * verbatim by story after story (a stock phrase) gathers links to every later wording that matches it, and each
 * is a lookup in the quote index for every article that carries it: without a bound the lookups grow with the
 * corpus.
 */
function latestLinks(links: ReadonlySet<string> | undefined): string[] {
  if (!links) return [];
  const all = [...links];
  return all.length > PART_CANDIDATES ? all.slice(all.length - PART_CANDIDATES) : all;
}

/** Adds the latest CANDIDATES_PER_KEY entries of `list` to `to`. */
function addLatest<V>(to: Set<V>, list: readonly V[] | undefined): void {
  if (!list) return;
  for (let i = list.length - 1, stop = windowStart(list); i >= stop; i--) to.add(list[i] as V);
}

function addLink(links: Map<string, Set<string>>, a: string, b: string): void {
  const set = links.get(a);
  if (set) set.add(b);
  else links.set(a, new Set([b]));
}

function unlinkAll(links: Map<string, Set<string>>, a: string): void {
  for (const b of links.get(a) ?? []) {
    const set = links.get(b);
    set?.delete(a);
    if (set?.size === 0) links.delete(b);
  }
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
  return openLinker({ removable: true }).linker;
}

/**
 * A linker and a way to finish it, for a caller that adds every article first and then asks for the corpus
 * once: `buildCorpus`. `finish` gives the same corpus as `linker.corpus()`, letting go of the link state as
 * it goes (first the lookup indexes and the name table, which only adding articles needs); the linker is
 * empty afterwards and must not be used again. A linker from which no article will be removed (`removable`
 * false) keeps in its lookup lists only the entries that a lookup reads.
 */
export function openLinker(options: { readonly removable: boolean }): {
  readonly linker: Linker;
  readonly finish: () => Corpus;
} {
  const { removable } = options;
  let seq = 0;
  const articles = new Map<string, LinkedArticle>();
  const wordings = new Map<string, Wording>();
  const wordingQuotes = new Map<string, string[]>();
  const wordingIndex = new Map<number, string[]>();
  const sketchIndex = new Map<number, string[]>();
  const wordingLinks = new Map<string, Set<string>>();
  /** The order in which the wordings came, for their links' order. */
  const wordingSeq = new Map<string, number>();
  let wordingsCame = 0;
  const shortQuotes = new Map<string, string[]>();
  const eventIndex = new Map<string, string[]>();
  /** A quote wording (or short-quote key), hashed -> a participant or place key of the main event -> articles. */
  const quoteEventIndex = new Map<string, Map<string, string[]>>();
  const eventLinks = new Map<string, Set<string>>();
  /** Speaker key -> the long quotes and the short quotes with words enough to be a part, for part links. */
  const longBySpeaker = new Map<string, PartRef[]>();
  const shortBySpeaker = new Map<string, PartRef[]>();
  const partLinks = new Map<string, PartRef[]>();
  let names = createNameTable();
  /** The wording of each quote text seen: copies of a wire story quote the same text. Kept after removals. */
  const wordingOfText = new Map<string, Wording>();

  /** Registers a wording the first time a quote carries it, linking it to the wordings it matches. */
  function addWording(w: Wording): Wording {
    const known = wordings.get(w.key);
    if (known) return known;
    const candidates = new Set<string>();
    for (const k of w.sketch) addLatest(candidates, wordingIndex.get(k));
    for (const k of w.keys) addLatest(candidates, sketchIndex.get(k));
    // linked oldest first, as later wordings are to this one: a wording's links stay in the order they came
    const matched = [...candidates].filter((other) => wordingsMatch(w, wordings.get(other) as Wording));
    matched.sort((a, b) => (wordingSeq.get(a) as number) - (wordingSeq.get(b) as number));
    for (const other of matched) {
      addLink(wordingLinks, w.key, other);
      addLink(wordingLinks, other, w.key);
    }
    wordings.set(w.key, w);
    wordingSeq.set(w.key, wordingsCame++);
    for (const k of w.keys) addCandidate(wordingIndex, k, w.key, removable);
    for (const k of w.sketch) addCandidate(sketchIndex, k, w.key, removable);
    return w;
  }

  function dropWording(w: Wording): void {
    wordings.delete(w.key);
    wordingSeq.delete(w.key);
    unlinkAll(wordingLinks, w.key);
    for (const k of w.keys) removeFrom(wordingIndex, k, w.key);
    for (const k of w.sketch) removeFrom(sketchIndex, k, w.key);
  }

  /** The keys of an article's main event under which its quotes meet others: participants and the place. */
  /**
   * The keys an article's quotes are indexed under: its main event's participants and place, and its day (the
   * day before and after too when `around`), so that articles carrying the same utterances on the same day
   * meet even when their leads name no one in common.
   */
  function eventKeysOf(entry: LinkedArticle, around = false): string[] {
    const p = entry.profile;
    if (!p) return [];
    const keys = [...new Set([...p.participants.flat(), ...p.placeKeys])];
    if (p.day) {
      const day = dayNumber(p.day);
      if (around) keys.push(`d:${day - 1}`, `d:${day}`, `d:${day + 1}`);
      else keys.push(`d:${day}`);
    }
    // an article with no day of its own may name no one the other names either ("Cyclone Evan tore through Apia"
    // beside "FIJI is on alert as Cyclone Evan, which hit Samoa"): its quotes are filed for every article, and
    // every article's for it (see sharedQuotes), so that the utterances both carry can say they are one story
    if (!around) keys.push(ANY_KEY, ...(p.day ? [] : [UNDATED_KEY]));
    return keys;
  }

  /** The hash of each quote of an article that links through the index: its wording's, or its short key's. */
  function quoteHashes(entry: LinkedArticle): Set<string> {
    const hashes = new Set<string>();
    for (const q of entry.quotes) {
      const short = entry.shortKeys.get(q.id);
      if (short) hashes.add(hashKey(short));
      else if (!q.short) hashes.add(q.wording.hash);
    }
    return hashes;
  }

  function indexQuotes(entry: LinkedArticle): void {
    const eventKeys = eventKeysOf(entry);
    if (eventKeys.length === 0) return;
    for (const h of quoteHashes(entry)) {
      let byKey = quoteEventIndex.get(h);
      if (!byKey) {
        byKey = new Map();
        quoteEventIndex.set(h, byKey);
      }
      for (const k of eventKeys) addCandidate(byKey, k, entry.article.id, removable);
    }
  }

  function unindexQuotes(entry: LinkedArticle): void {
    const eventKeys = eventKeysOf(entry);
    for (const h of quoteHashes(entry)) {
      const byKey = quoteEventIndex.get(h);
      if (!byKey) continue;
      for (const k of eventKeys) removeFrom(byKey, k, entry.article.id);
      if (byKey.size === 0) quoteEventIndex.delete(h);
    }
  }

  /**
   * For each other article that shares a participant or the place, how many quotes of `entry` it carries as
   * well (the same wording or a linked one). Joining quotes with participants keeps a stock phrase carried
   * by many stories from making every one of them a candidate.
   */
  function sharedQuotes(entry: LinkedArticle): SharedQuotes {
    const shared = new Map<string, number>();
    const loose = new Map<string, number>();
    const rare = new Map<string, number>();
    const voiced = new Map<string, number>();
    // (an article with no day, whose lead names no one and no place, still meets others by the quotes it carries)
    if (!entry.profile) return { shared, loose, rare, voiced };
    const eventKeys = eventKeysOf(entry, true);
    // an article with no day meets the quotes of every article; one with a day, those of articles with none;
    // of each, only the latest PART_CANDIDATES, as the outlets that carry one utterance report it within days
    const looseKey = entry.profile?.day ? UNDATED_KEY : ANY_KEY;
    const seen = new Set<string>();
    const seenLoose = new Set<string>();
    const seenRare = new Set<string>();
    const seenVoiced = new Set<string>();
    for (const q of entry.quotes) {
      const short = entry.shortKeys.get(q.id);
      let hashes: string[];
      if (short) hashes = [hashKey(short)];
      else if (q.short) continue;
      else {
        hashes = [q.wording.hash];
        for (const w of latestLinks(wordingLinks.get(q.wording.key))) hashes.push((wordings.get(w) as Wording).hash);
      }
      for (const part of partLinks.get(q.id) ?? []) hashes.push(part.hash);
      seen.clear();
      seenLoose.clear();
      seenRare.clear();
      seenVoiced.clear();
      // (a story's own words come from the same speaker in both: stock words from anyone)
      const speaker = q.quote.speakerId
        ? (entry.actors.find((n) => n.actor.id === q.quote.speakerId)?.speakerKey ?? null)
        : null;
      for (const h of hashes) {
        const byKey = quoteEventIndex.get(h);
        if (!byKey) continue;
        for (const k of eventKeys) countShared(byKey.get(k), entry, seen, shared, CANDIDATES_PER_KEY);
        countShared(byKey.get(looseKey), entry, seenLoose, loose, PART_CANDIDATES);
        if (speaker !== null && (byKey.get(ANY_KEY)?.length ?? 0) <= RARE_CARRIERS) {
          const says = (id: string) => namesSpeaker(id, speaker);
          countShared(byKey.get(looseKey), entry, seenRare, rare, PART_CANDIDATES, says);
          for (const k of eventKeys) countShared(byKey.get(k), entry, seenVoiced, voiced, CANDIDATES_PER_KEY, says);
        }
      }
    }
    return { shared, loose, rare, voiced };
  }

  /** Whether the article `id` names someone whose speaker key is `key`. */
  function namesSpeaker(id: string, key: string): boolean {
    return articles.get(id)?.actors.some((n) => n.speakerKey === key) ?? false;
  }

  /**
   * Counts, once per quote, each article of the latest `window` of `list` other than `entry`'s (and that `keep`
   * accepts).
   */
  function countShared(
    list: readonly string[] | undefined,
    entry: LinkedArticle,
    seen: Set<string>,
    counts: Map<string, number>,
    window: number,
    keep?: (articleId: string) => boolean,
  ): void {
    if (!list) return;
    for (let i = list.length - 1, stop = Math.max(0, list.length - window); i >= stop; i--) {
      const articleId = list[i] as string;
      if (articleId === entry.article.id || seen.has(articleId) || (keep && !keep(articleId))) continue;
      seen.add(articleId);
      counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
    }
  }

  function linkEvent(p: EventProfile, { shared, loose, rare, voiced }: SharedQuotes): void {
    const candidates = new Set<string>(shared.keys());
    for (const key of eventLookupKeys(p)) addLatest(candidates, eventIndex.get(key));
    // (only two utterances or more carried by both make a story of their own: see oneStory)
    for (const [id, n] of loose) if (n >= 2) candidates.add(id);
    // (or one that few carry, of someone both name: see oneStory)
    for (const id of rare.keys()) candidates.add(id);
    for (const id of candidates) {
      const other = articles.get(id)?.profile;
      if (
        other &&
        (eventsMatch(p, other, shared.get(id) ?? 0, voiced.get(id) ?? 0) ||
          oneStory(p, other, loose.get(id) ?? 0, rare.get(id) ?? 0))
      ) {
        addLink(eventLinks, p.articleId, id);
        addLink(eventLinks, id, p.articleId);
      }
    }
    for (const key of p.keys) addCandidate(eventIndex, key, p.articleId, removable);
  }

  /** Offers the latest PART_CANDIDATES refs of `list`, the newest first, to `link`. */
  function linkLatest(list: readonly PartRef[] | undefined, link: (ref: PartRef) => unknown): void {
    if (!list) return;
    for (let i = list.length - 1, stop = partWindowStart(list); i >= stop; i--) link(list[i] as PartRef);
  }

  function linkParts(a: PartRef, b: PartRef): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = partLinks.get(from.nodeId);
      if (list) list.push(to);
      else partLinks.set(from.nodeId, [to]);
    }
  }

  function unlinkParts(nodeId: string): void {
    for (const other of partLinks.get(nodeId) ?? []) {
      const list = partLinks.get(other.nodeId)?.filter((r) => r.nodeId !== nodeId) ?? [];
      if (list.length > 0) partLinks.set(other.nodeId, list);
      else partLinks.delete(other.nodeId);
    }
    partLinks.delete(nodeId);
  }

  /**
   * Links the short quotes of an article with the long quotes of other articles that hold their words under
   * the same speaker, and its long quotes with such short quotes, then files its quotes for the articles to
   * come. Returns the filings, for a linker that removes.
   */
  function addParts(
    article: Article,
    quotes: readonly QuoteNode[],
    shortKeys: ReadonlyMap<string, string>,
    speakerKeyOf: (q: QuoteNode) => string | null,
  ): PartFiling[] {
    const filings: PartFiling[] = [];
    const day = dayOf(article.publishedAt);
    for (const q of quotes) {
      const key = speakerKeyOf(q);
      if (!key) continue;
      const short = shortKeys.get(q.id);
      if (short !== undefined && isPartWording(q.wording)) {
        const ref: PartRef = { nodeId: q.id, articleId: article.id, day, words: q.wording.key, hash: hashKey(short) };
        linkLatest(longBySpeaker.get(key), (long) => partOf(ref, long) && linkParts(ref, long));
        filings.push({ key, ref, long: false });
      } else if (!q.short) {
        const ref: PartRef = {
          nodeId: q.id,
          articleId: article.id,
          day,
          words: q.wording.key,
          hash: q.wording.hash,
          wording: q.wording,
        };
        linkLatest(shortBySpeaker.get(key), (part) => partOf(part, ref) && linkParts(part, ref));
        // the same speaker's words retold in another outlet's wording, too loosely for any speaker's
        linkLatest(longBySpeaker.get(key), (other) => retold(ref, other) && linkParts(ref, other));
        filings.push({ key, ref, long: true });
      }
    }
    for (const f of filings) addCandidate(f.long ? longBySpeaker : shortBySpeaker, f.key, f.ref, removable);
    return filings;
  }

  const linker: Linker = {
    add(article) {
      if (articles.has(article.id)) {
        throw new NewsgraphError("DUPLICATE_ID", `two articles share the id "${article.id}"`, { id: article.id });
      }
      const actors = article.actors.map((a) => actorNode(article.id, a, names));
      const actorByLocalId = new Map(actors.map((n) => [n.actor.id, n]));
      // a wording that an earlier quote carried is shared, not held (or worked out) once per quote
      const quotes = article.quotes.map((q) => {
        let wording = wordingOfText.get(q.text);
        if (!wording) {
          wording = wordingOf(q.text);
          wordingOfText.set(q.text, wording);
        }
        const node = quoteNode(article.id, q, wording);
        if (!node.short) {
          const known = addWording(wording);
          if (known !== wording) wordingOfText.set(q.text, known);
          return known === wording ? node : { ...node, wording: known };
        }
        return node;
      });
      const shortKeys = new Map<string, string>();
      for (const q of quotes) {
        const key = shortKeyOf(q, actorByLocalId);
        if (key) shortKeys.set(q.id, key);
      }
      const parts = addParts(article, quotes, shortKeys, (q) => {
        const speaker = q.quote.speakerId ? actorByLocalId.get(q.quote.speakerId) : undefined;
        return speaker?.speakerKey ?? null;
      });
      const entry: LinkedArticle = {
        seq: seq++,
        article,
        actors,
        quotes,
        shortKeys: shortKeys.size > 0 ? shortKeys : NO_SHORT_KEYS,
        profile: eventProfile(article, actorByLocalId),
        ...(removable && parts.length > 0 ? { parts } : {}),
      };
      const shared = sharedQuotes(entry);
      for (const q of quotes) {
        const short = entry.shortKeys.get(q.id);
        if (short) addTo(shortQuotes, short, q.id);
        else if (!q.short) addTo(wordingQuotes, q.wording.key, q.id);
      }
      articles.set(article.id, entry);
      indexQuotes(entry);
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
      unindexQuotes(entry);
      for (const f of entry.parts ?? []) {
        removeFrom(f.long ? longBySpeaker : shortBySpeaker, f.key, f.ref);
        unlinkParts(f.ref.nodeId);
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
    corpus: () => assembleCorpus({ articles, wordingQuotes, wordingLinks, shortQuotes, eventLinks, partLinks }),
  };
  const finish = (): Corpus => {
    for (const index of [
      wordings,
      wordingIndex,
      sketchIndex,
      eventIndex,
      quoteEventIndex,
      wordingOfText,
      longBySpeaker,
      shortBySpeaker,
    ])
      index.clear();
    names = createNameTable();
    const release = {
      links: () => {
        for (const links of [wordingQuotes, wordingLinks, shortQuotes, eventLinks, partLinks]) links.clear();
      },
      article: (id: string) => {
        articles.delete(id);
      },
    };
    return assembleCorpus({ articles, wordingQuotes, wordingLinks, shortQuotes, eventLinks, partLinks, release });
  };
  return { linker, finish };
}

// How linked facts become rows: pure functions, no database.
import type { Actor, Corpus, CorpusArticle, Event, IsoDate } from "@newsgraph/core";
import type { EntityKind, StoreSchema } from "./schema.js";

/** Lower case without accents, for substring filters: "Juppé" matches "juppe". */
export function foldForSearch(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The first day an ISO date at day, month or year precision covers: `2012-04` -> `2012-04-01`. */
export function firstDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day an ISO date covers: `2012-02` -> `2012-02-29`, `2012` -> `2012-12-31`. */
export function lastDay(date: IsoDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, "0")}`;
  }
  return date;
}

type EntityRow = StoreSchema["entities"];
/** The rows of one linked entity: the entity, the articles it draws on and, for an event, its actors and timeline entry. */
export interface EntityRows {
  row: EntityRow;
  articleIds: readonly string[];
  actorIds: readonly string[];
  timeline: StoreSchema["timeline"] | null;
}

const actorRow = (a: Actor): Partial<EntityRow> => ({
  sub: a.kind,
  search: [a.name, ...a.aliases].map(foldForSearch).join("\n"),
});

const eventRow = (e: Event): Partial<EntityRow> => ({
  sub: e.type,
  date_key: e.date ?? "~",
  day_from: e.date ? firstDay(e.date) : null,
  day_to: e.date ? lastDay(e.time?.end ?? e.date) : null,
});

/**
 * Added to the `first_seq` of the places the linker adds for event places no actor stands for: the core
 * lists them after every other actor, so they sort after every other actor here too.
 */
export const NAMED_PLACE_SEQ = 2 ** 40;

/**
 * A 64-bit hash of a text (two 32-bit multiply-xor lanes) with its length: equal rows have equal hashes,
 * and a changed row keeps its hash with a chance of about 2^-64.
 */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  // two UTF-16 units a step
  let i = 0;
  for (; i + 1 < s.length; i += 2) {
    const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  if (i < s.length) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 2654435761);
    h2 = Math.imul(h2 ^ s.charCodeAt(i), 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${s.length.toString(36)}`;
}

/**
 * The rows of a linked (partial) corpus. `seqOf` gives each article's place in ingest order. An entity
 * sorts by its first article (`first_seq`), then by its place among the entities of the same kind and
 * first article (`ord`): both come out the same whichever closed set of articles was linked, so an entity
 * that did not change keeps its row, and its `hash` (over every column and, for events, the timeline
 * entry) says so without reading the row.
 */
export function corpusRows(
  corpus: Corpus,
  seqOf: ReadonlyMap<string, number>,
  unchanged: (kind: EntityKind, id: string, hash: string) => boolean = () => false,
): EntityRows[] {
  const out: EntityRows[] = [];
  const firstSeq = (ids: readonly string[]) => {
    let min = Number.MAX_SAFE_INTEGER;
    for (const id of ids) min = Math.min(min, seqOf.get(id) ?? Number.MAX_SAFE_INTEGER);
    return min;
  };
  const articleActors = new Set(corpus.articles.flatMap((a) => a.actorIds));
  const entryOf = new Map(corpus.timeline.map((t) => [t.eventId, t]));
  let last = { kind: "", first: -1, ord: 0 };
  const put = (
    kind: EntityRow["kind"],
    id: string,
    first: number,
    articleIds: readonly string[],
    body: unknown,
    extra: Partial<EntityRow>,
    tail = "",
  ): EntityRows | null => {
    const ord = last.kind === kind && last.first === first ? last.ord + 1 : 0;
    last = { kind, first, ord };
    const row: EntityRow = {
      kind,
      id,
      first_seq: first,
      ord,
      sub: null,
      search: null,
      date_key: null,
      day_from: null,
      day_to: null,
      ...extra,
      body: JSON.stringify(body),
      hash: null,
    };
    const head = JSON.stringify([row.first_seq, row.ord, row.sub, row.search, row.date_key, row.day_from, row.day_to]);
    row.hash = `${hashText(row.body)}:${hashText(head + tail)}`;
    // an unchanged row is dropped here, so that its JSON is garbage before the next one is made
    if (unchanged(kind, id, row.hash)) return null;
    const rows: EntityRows = { row, articleIds: [...new Set(articleIds)], actorIds: [], timeline: null };
    out.push(rows);
    return rows;
  };
  const ordered = <T>(items: readonly T[], first: (x: T) => number) =>
    items.map((x, i) => ({ x, i, first: first(x) })).sort((a, b) => a.first - b.first || a.i - b.i);
  // Named places (never an article's own actor) come last in the core's list, the rest by first article.
  const actors = ordered(corpus.actors, (a) =>
    articleActors.has(a.id) ? firstSeq(a.articleIds) : NAMED_PLACE_SEQ + firstSeq(a.articleIds),
  );
  for (const { x: a, first } of actors) put("actor", a.id, first, a.articleIds, a, actorRow(a));
  for (const { x: e, first } of ordered(corpus.events, (e) => firstSeq(e.articleIds))) {
    const entry = entryOf.get(e.id);
    const rows = put("event", e.id, first, e.articleIds, e, eventRow(e), entry ? JSON.stringify(entry) : "");
    if (!rows) continue;
    rows.actorIds = [...new Set([...e.sourceIds, ...e.targetIds])];
    if (entry)
      rows.timeline = {
        event_id: e.id,
        date: entry.date,
        date_key: entry.date ?? "~",
        main: entry.main ? 1 : 0,
        first_seq: rows.row.first_seq,
        ord: rows.row.ord,
      };
  }
  for (const { x: g, first } of ordered(corpus.quoteGroups, (g) => firstSeq(g.articleIds)))
    put("quote_group", g.id, first, g.articleIds, g, {});
  return out;
}

/** The quote rows of a linked article. */
export function quoteRows(article: CorpusArticle): StoreSchema["quotes"][] {
  return article.quotes.map((q) => ({
    article_id: article.id,
    span_start: q.span.start,
    id: q.id,
    speaker_id: q.speakerId,
    search: foldForSearch(q.text),
    body: JSON.stringify(q),
  }));
}

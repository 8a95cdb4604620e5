// How linked facts become rows: pure functions, no database.
import type { Actor, Corpus, CorpusArticle, Event, IsoDate } from "@newsgraph/core";
import type { StoreSchema } from "./schema.js";

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
type Rows = {
  entities: EntityRow[];
  entityArticles: StoreSchema["entity_articles"][];
  eventActors: StoreSchema["event_actors"][];
  timeline: StoreSchema["timeline"][];
};

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
 * The rows of a linked (partial) corpus. `seqOf` gives each article's place in ingest order; an entity
 * sorts by its first article, then by its place in the linked output.
 */
export function corpusRows(corpus: Corpus, seqOf: ReadonlyMap<string, number>): Rows {
  const rows: Rows = { entities: [], entityArticles: [], eventActors: [], timeline: [] };
  const firstSeq = (ids: readonly string[]) => Math.min(...ids.map((id) => seqOf.get(id) ?? Number.MAX_SAFE_INTEGER));
  const eventPlace = new Map<string, { first: number; ord: number }>();
  const put = (
    kind: EntityRow["kind"],
    id: string,
    ord: number,
    articleIds: readonly string[],
    body: unknown,
    extra: Partial<EntityRow>,
  ) => {
    const first = firstSeq(articleIds);
    if (kind === "event") eventPlace.set(id, { first, ord });
    rows.entities.push({
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
    });
    for (const articleId of new Set(articleIds))
      rows.entityArticles.push({ kind, entity_id: id, article_id: articleId });
  };
  for (const [i, a] of corpus.actors.entries()) put("actor", a.id, i, a.articleIds, a, actorRow(a));
  for (const [i, e] of corpus.events.entries()) {
    put("event", e.id, i, e.articleIds, e, eventRow(e));
    for (const actorId of new Set([...e.sourceIds, ...e.targetIds]))
      rows.eventActors.push({ event_id: e.id, actor_id: actorId });
  }
  for (const [i, g] of corpus.quoteGroups.entries()) put("quote_group", g.id, i, g.articleIds, g, {});
  for (const t of corpus.timeline)
    rows.timeline.push({
      event_id: t.eventId,
      date: t.date,
      date_key: t.date ?? "~",
      main: t.main ? 1 : 0,
      first_seq: eventPlace.get(t.eventId)?.first ?? 0,
      ord: eventPlace.get(t.eventId)?.ord ?? 0,
    });
  return rows;
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

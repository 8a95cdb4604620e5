import type { Article, Corpus } from "@newsgraph/core";
import { CompiledQuery, type Kysely } from "kysely";
import { type InsertRows, jsonLists, type Write } from "./backend.js";
import type { Linking } from "./linking.js";
import { corpusRows, type EntityRows, hashText, quoteRows } from "./rows.js";
import type { EntityKind, StoreSchema } from "./schema.js";

// Id lists travel as one JSON parameter (`IN (SELECT value FROM json_each(?))`): D1 binds at most 100
// parameters per statement and runs at most 1,000 statements per invocation, so a statement per 90 ids
// would not fit.
const IDS = 2000;
const idLists = (items: readonly unknown[], size = IDS) => jsonLists(items, size);

const LIST = "(SELECT value FROM json_each(?))";

async function select<R>(db: Kysely<StoreSchema>, sql: string, ...parameters: unknown[]): Promise<R[]> {
  return [...(await db.executeQuery<R>(CompiledQuery.raw(sql, parameters))).rows];
}

/** One statement per JSON list of `items`. */
function each(sql: string, items: readonly unknown[], size = IDS): CompiledQuery[] {
  return idLists(items, size).map((list) => CompiledQuery.raw(sql, [list]));
}

/** Rows to insert, as arrays in the order of `columns`. */
function insert(table: string, columns: readonly string[], rows: readonly unknown[][]): InsertRows[] {
  return rows.length ? [{ table, columns, rows }] : [];
}

/**
 * The neighbourhood: articles, closed over shared entities, and every entity of them with its stored
 * hash (key `kind\0id`).
 */
interface Hood {
  articles: Set<string>;
  entities: Map<string, string | null>;
}

const entityKey = (kind: EntityKind, id: string) => `${kind}\u0000${id}`;

/** Adds `seeds` to the neighbourhood and grows it until every entity of one of its articles has all its articles in it. */
async function grow(db: Kysely<StoreSchema>, hood: Hood, seeds: Iterable<string>): Promise<void> {
  let frontier = [...new Set(seeds)].filter((id) => !hood.articles.has(id));
  for (const id of frontier) hood.articles.add(id);
  while (frontier.length) {
    const fresh = new Map<EntityKind, string[]>();
    for (const list of idLists(frontier)) {
      const rows = await select<{ kind: EntityKind; entity_id: string; hash: string | null }>(
        db,
        `SELECT a.kind, a.entity_id, e.hash FROM entity_articles a
         JOIN entities e ON e.kind = a.kind AND e.id = a.entity_id WHERE a.article_id IN ${LIST}`,
        list,
      );
      for (const r of rows) {
        const key = entityKey(r.kind, r.entity_id);
        if (hood.entities.has(key)) continue;
        hood.entities.set(key, r.hash);
        const ids = fresh.get(r.kind) ?? [];
        ids.push(r.entity_id);
        fresh.set(r.kind, ids);
      }
    }
    frontier = [];
    for (const [kind, ids] of fresh)
      for (const list of idLists(ids)) {
        const rows = await select<{ article_id: string }>(
          db,
          `SELECT DISTINCT article_id FROM entity_articles WHERE kind = ? AND entity_id IN ${LIST}`,
          kind,
          list,
        );
        for (const r of rows)
          if (!hood.articles.has(r.article_id)) {
            hood.articles.add(r.article_id);
            frontier.push(r.article_id);
          }
      }
  }
}

interface StoredArticle {
  seq: number;
  id: string;
  article: Article;
  linkedHash: string | null;
}

/**
 * Parsed normalised articles by ingest number. A number is never given twice (store_meta `next_seq`) and a
 * stored article's normalised JSON never changes, so an entry stays true for the life of the store; only
 * articles read back from the database go in.
 */
export type ArticleCache = Map<number, Article>;

async function loadArticles(db: Kysely<StoreSchema>, ids: readonly string[], cache: ArticleCache) {
  const rows: { seq: number; id: string; linked_hash: string | null }[] = [];
  for (const list of idLists(ids))
    rows.push(
      ...(await select<(typeof rows)[number]>(
        db,
        `SELECT seq, id, linked_hash FROM articles WHERE id IN ${LIST}`,
        list,
      )),
    );
  const missing = rows.filter((r) => !cache.has(r.seq)).map((r) => r.seq);
  for (const list of idLists(missing, 100))
    for (const r of await select<{ seq: number; normalized: string }>(
      db,
      `SELECT seq, normalized FROM articles WHERE seq IN ${LIST}`,
      list,
    ))
      cache.set(r.seq, JSON.parse(r.normalized) as Article);
  return rows
    .map((r): StoredArticle => ({ seq: r.seq, id: r.id, article: cache.get(r.seq)!, linkedHash: r.linked_hash }))
    .sort((a, b) => a.seq - b.seq);
}

/**
 * What one write changes: articles removed (a replaced article is removed, then added again) and articles
 * added at the end of the order, in order.
 */
export interface LinkChange {
  add: readonly Article[];
  removeIds: readonly string[];
}

/**
 * Plans the writes of one change. The neighbourhood is every stored article that shares a blocking key
 * with the changed articles, grown until it is closed over shared entities; it is linked again, in ingest
 * order, with the change applied. Articles outside it share no key and no entity with the change, so their
 * linked state cannot differ; inside it, only the rows whose content changed are written (their hashes
 * tell).
 */
export async function planLink(
  db: Kysely<StoreSchema>,
  linking: Linking,
  change: LinkChange,
  cache: ArticleCache = new Map(),
): Promise<Write[]> {
  const addKeys = new Map(change.add.map((a) => [a.id, [...new Set(linking.keys(a))]]));
  const keys = new Set([...addKeys.values()].flat());
  const removed = new Set(change.removeIds);
  for (const list of idLists(change.removeIds))
    for (const r of await select<{ key: string }>(db, `SELECT key FROM link_keys WHERE article_id IN ${LIST}`, list))
      keys.add(r.key);
  const seeds = new Set<string>(removed);
  for (const list of idLists([...keys]))
    for (const r of await select<{ article_id: string }>(
      db,
      `SELECT DISTINCT article_id FROM link_keys WHERE key IN ${LIST}`,
      list,
    ))
      seeds.add(r.article_id);
  let nextSeq = 0;
  if (change.add.length) {
    const [row] = await select<{ m: number | null; n: number | null }>(
      db,
      "SELECT (SELECT max(seq) FROM articles) AS m, (SELECT value FROM store_meta WHERE key = 'next_seq') AS n",
    );
    nextSeq = Math.max(Number(row?.m ?? 0) + 1, Number(row?.n ?? 0));
  }
  const hood: Hood = { articles: new Set(), entities: new Map() };
  await grow(db, hood, seeds);
  // Actor ids are slugs of names, numbered when two actors share one ("person:john-smith-2"): every actor
  // whose slug clashes with one being relinked joins the neighbourhood, so the numbering comes out as in a
  // full build.
  for (;;) {
    const stored = await loadArticles(db, [...hood.articles], cache);
    const kept = stored.filter((s) => !removed.has(s.id));
    const seqOf = new Map(kept.map((s) => [s.id, s.seq]));
    for (const [i, a] of change.add.entries()) seqOf.set(a.id, nextSeq + i);
    const linked = linking.link([...kept.map((s) => s.article), ...change.add]);
    const actorIds = [...linked.actors.map((a) => a.id)];
    for (const key of hood.entities.keys()) if (key.startsWith("actor\u0000")) actorIds.push(key.slice(6));
    const outside = await articlesOfClashes(db, actorIds, hood);
    if (outside.size === 0) {
      const now = new Set<string>();
      const rows = corpusRows(linked, seqOf, (kind, id, hash) => {
        const key = entityKey(kind, id);
        now.add(key);
        return hood.entities.get(key) === hash;
      });
      return writeChange(change, { hood, kept, seqOf, nextSeq, linked, addKeys, rows, now });
    }
    await grow(db, hood, outside);
  }
}

/** The articles of stored actors outside the neighbourhood whose ids are `slug` or `slug-<n>` for a slug of `actorIds`. */
async function articlesOfClashes(
  db: Kysely<StoreSchema>,
  actorIds: readonly string[],
  hood: Hood,
): Promise<Set<string>> {
  const bases = [...new Set(actorIds.map((id) => id.replace(/-\d+$/, "")))];
  const clashes: string[] = [];
  for (const list of idLists(bases)) {
    // `slug` and `slug-<digit>...` within one key range (D1 caps LIKE/GLOB patterns at 50 bytes, names can
    // be longer), the list first (CROSS JOIN keeps that order) so that each slug is one index range
    const rows = await select<{ id: string; base: string }>(
      db,
      `SELECT e.id, j.value AS base FROM json_each(?) AS j CROSS JOIN entities e
       ON e.kind = 'actor' AND e.id >= j.value AND e.id < j.value || '-:'`,
      list,
    );
    for (const r of rows)
      if ((r.id === r.base || r.id >= `${r.base}-0`) && !hood.entities.has(entityKey("actor", r.id)))
        clashes.push(r.id);
  }
  const found = new Set<string>();
  for (const list of idLists(clashes))
    for (const r of await select<{ article_id: string }>(
      db,
      `SELECT DISTINCT article_id FROM entity_articles WHERE kind = 'actor' AND entity_id IN ${LIST}`,
      list,
    ))
      found.add(r.article_id);
  return found;
}

interface Relinked {
  hood: Hood;
  kept: StoredArticle[];
  seqOf: Map<string, number>;
  nextSeq: number;
  linked: Corpus;
  addKeys: Map<string, string[]>;
  /** The rows of the entities that are new or changed. */
  rows: EntityRows[];
  /** Every entity of the relinked neighbourhood (`kind\0id`). */
  now: Set<string>;
}

const ENTITY_COLUMNS = [
  "kind",
  "id",
  "first_seq",
  "ord",
  "sub",
  "search",
  "date_key",
  "day_from",
  "day_to",
  "body",
  "hash",
] as const;
const QUOTE_COLUMNS = ["article_id", "span_start", "id", "speaker_id", "search", "body"] as const;

/** The writes that bring the neighbourhood's stored state to the relinked one: changed rows only. */
function writeChange(change: LinkChange, r: Relinked): Write[] {
  const { hood, kept, seqOf, linked, addKeys, rows: put, now } = r;
  const writes: Write[] = [];

  // Entities: a new or changed one is (re)inserted, one no longer there deleted.
  const drop = new Map<EntityKind, string[]>([
    ["actor", []],
    ["event", []],
    ["quote_group", []],
  ]);
  for (const x of put) if (hood.entities.has(entityKey(x.row.kind, x.row.id))) drop.get(x.row.kind)!.push(x.row.id);
  for (const key of hood.entities.keys()) {
    if (now.has(key)) continue;
    const at = key.indexOf("\u0000");
    drop.get(key.slice(0, at) as EntityKind)!.push(key.slice(at + 1));
  }
  for (const [kind, ids] of drop) {
    if (kind === "event") {
      writes.push(...each(`DELETE FROM timeline WHERE event_id IN ${LIST}`, ids));
      writes.push(...each(`DELETE FROM event_actors WHERE event_id IN ${LIST}`, ids));
    }
    writes.push(...each(`DELETE FROM entities WHERE kind = '${kind}' AND id IN ${LIST}`, ids));
    writes.push(...each(`DELETE FROM entity_articles WHERE kind = '${kind}' AND entity_id IN ${LIST}`, ids));
  }

  // Articles: removed ones go with their keys and quotes.
  writes.push(...each(`DELETE FROM quotes WHERE article_id IN ${LIST}`, change.removeIds));
  writes.push(...each(`DELETE FROM link_keys WHERE article_id IN ${LIST}`, change.removeIds));
  writes.push(...each(`DELETE FROM articles WHERE id IN ${LIST}`, change.removeIds));

  writes.push(
    ...insert(
      "entities",
      ENTITY_COLUMNS,
      put.map((x) => ENTITY_COLUMNS.map((c) => x.row[c])),
    ),
  );
  writes.push(
    ...insert(
      "entity_articles",
      ["kind", "entity_id", "article_id"],
      put.flatMap((x) => x.articleIds.map((a) => [x.row.kind, x.row.id, a])),
    ),
  );
  writes.push(
    ...insert(
      "event_actors",
      ["event_id", "actor_id"],
      put.flatMap((x) => x.actorIds.map((a) => [x.row.id, a])),
    ),
  );
  writes.push(
    ...insert(
      "timeline",
      ["event_id", "date", "date_key", "main", "first_seq", "ord"],
      put.flatMap(({ timeline: t }) => (t ? [[t.event_id, t.date, t.date_key, t.main, t.first_seq, t.ord]] : [])),
    ),
  );

  // Articles: added ones in full; kept ones whose linked form changed get it and their quotes again.
  const added = new Map(change.add.map((a) => [a.id, a]));
  const storedHash = new Map(kept.map((s) => [s.id, s.linkedHash]));
  const newArticles: unknown[][] = [];
  const changed: unknown[][] = [];
  const quotes: unknown[][] = [];
  const requote: string[] = [];
  const keyRows: unknown[][] = [];
  for (const a of linked.articles) {
    const json = JSON.stringify(a);
    const hash = hashText(json);
    const article = added.get(a.id);
    if (article) {
      newArticles.push([
        seqOf.get(a.id),
        a.id,
        a.contentHash,
        a.publishedAt,
        a.outlet,
        a.headline,
        JSON.stringify(article),
        json,
        hash,
      ]);
      for (const key of addKeys.get(a.id) ?? []) keyRows.push([key, a.id]);
    } else if (storedHash.get(a.id) !== hash) {
      changed.push([a.id, json, hash]);
      requote.push(a.id);
    } else continue;
    for (const q of quoteRows(a)) quotes.push(QUOTE_COLUMNS.map((c) => q[c]));
  }
  writes.push(
    ...each(
      `UPDATE articles SET linked = j.value->>1, linked_hash = j.value->>2 FROM json_each(?) AS j
       WHERE articles.id = j.value->>0`,
      changed,
      100,
    ),
  );
  writes.push(...each(`DELETE FROM quotes WHERE article_id IN ${LIST}`, requote));
  writes.push(
    ...insert(
      "articles",
      ["seq", "id", "content_hash", "published_at", "outlet", "headline", "normalized", "linked", "linked_hash"],
      newArticles,
    ),
  );
  writes.push(...insert("link_keys", ["key", "article_id"], keyRows));
  writes.push(...insert("quotes", QUOTE_COLUMNS, quotes));
  if (change.add.length)
    writes.push(
      CompiledQuery.raw(
        "INSERT INTO store_meta (key, value) VALUES ('next_seq', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [r.nextSeq + change.add.length],
      ),
    );
  return writes;
}

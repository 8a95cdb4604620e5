import type { Article, Corpus } from "@newsgraph/core";
import type { CompiledQuery, Kysely } from "kysely";
import type { Linking } from "./linking.js";
import { corpusRows, quoteRows } from "./rows.js";
import type { EntityKind, StoreSchema } from "./schema.js";

/** D1 binds at most 100 parameters per statement; lists are cut well below that. */
const CHUNK = 90;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The articles that hold any of `keys`. */
async function articlesWithKeys(db: Kysely<StoreSchema>, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(keys)) {
    const rows = await db.selectFrom("link_keys").select("article_id").distinct().where("key", "in", part).execute();
    for (const r of rows) found.add(r.article_id);
  }
  return found;
}

/** Grows a set of articles until every entity of one of them has all its articles in the set. */
async function closeOverEntities(db: Kysely<StoreSchema>, start: Set<string>): Promise<Set<string>> {
  const all = new Set(start);
  let frontier = [...start];
  while (frontier.length) {
    const next: string[] = [];
    for (const part of chunks(frontier)) {
      const rows = await db
        .selectFrom("entity_articles as a")
        .innerJoin("entity_articles as b", (j) =>
          j.onRef("a.kind", "=", "b.kind").onRef("a.entity_id", "=", "b.entity_id"),
        )
        .select("b.article_id")
        .distinct()
        .where("a.article_id", "in", part)
        .execute();
      for (const r of rows)
        if (!all.has(r.article_id)) {
          all.add(r.article_id);
          next.push(r.article_id);
        }
    }
    frontier = next;
  }
  return all;
}

interface StoredArticle {
  seq: number;
  id: string;
  article: Article;
  linked: string;
}

async function loadArticles(db: Kysely<StoreSchema>, ids: readonly string[]): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom("articles")
      .select(["seq", "id", "normalized", "linked"])
      .where("id", "in", part)
      .execute();
    for (const r of rows)
      out.push({ seq: r.seq, id: r.id, article: JSON.parse(r.normalized) as Article, linked: r.linked });
  }
  return out.sort((a, b) => a.seq - b.seq);
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
 * with the changed article, grown until it is closed over shared entities; it is linked again, in ingest
 * order, with the change applied, and its stored entities are replaced by the result. Articles outside it
 * share no key and no entity with the change, so their linked state cannot differ.
 */
export async function planLink(
  db: Kysely<StoreSchema>,
  linking: Linking,
  change: LinkChange,
): Promise<CompiledQuery[]> {
  const addKeys = new Map(change.add.map((a) => [a.id, [...new Set(linking.keys(a))]]));
  const keys = new Set([...addKeys.values()].flat());
  const removed = new Set(change.removeIds);
  const seeds = new Set<string>(removed);
  for (const part of chunks(change.removeIds)) {
    const old = await db.selectFrom("link_keys").select("key").where("article_id", "in", part).execute();
    for (const r of old) keys.add(r.key);
  }
  for (const id of await articlesWithKeys(db, [...keys])) seeds.add(id);
  let nextSeq = 0;
  if (change.add.length) {
    const max = await db
      .selectFrom("articles")
      .select((e) => e.fn.max("seq").as("m"))
      .executeTakeFirst();
    nextSeq = Number(max?.m ?? 0) + 1;
  }
  // Actor ids are slugs of names, numbered when two actors share one ("person:john-smith-2"): every actor
  // whose slug clashes with one being relinked joins the neighbourhood, so the numbering comes out as in a
  // full build.
  for (;;) {
    const hood = await loadArticles(db, [...(await closeOverEntities(db, seeds))]);
    const kept = hood.filter((s) => !removed.has(s.id));
    const seqOf = new Map(kept.map((s) => [s.id, s.seq]));
    for (const [i, a] of change.add.entries()) seqOf.set(a.id, nextSeq + i);
    const linked = linking.link([...kept.map((s) => s.article), ...change.add]);
    const stale = await entitiesOf(
      db,
      hood.map((s) => s.id),
    );
    const inHood = new Set(hood.map((s) => s.id));
    const slugs = [...new Set([...linked.actors.map((a) => a.id), ...(stale.get("actor") ?? [])])];
    const outside = [...(await articlesOfSlugs(db, slugs))].filter((id) => !inHood.has(id));
    if (outside.length === 0) return writeChange(db, change, { hood, kept, seqOf, nextSeq, linked, stale, addKeys });
    for (const id of outside) seeds.add(id);
  }
}

/** The articles of stored actors whose ids are `slug` or `slug-<n>` for any of the given ids' slugs. */
async function articlesOfSlugs(db: Kysely<StoreSchema>, actorIds: readonly string[]): Promise<Set<string>> {
  const bases = [...new Set(actorIds.map((id) => id.replace(/-\d+$/, "")))];
  const found = new Set<string>();
  for (const part of chunks(bases, 30)) {
    const rows = await db
      .selectFrom("entity_articles")
      .select("article_id")
      .distinct()
      .where("kind", "=", "actor")
      .where((eb) =>
        // `slug-<digit>...` as a range: D1 caps LIKE/GLOB patterns at 50 bytes, names can be longer
        eb.or(
          part.flatMap((b) => [
            eb("entity_id", "=", b),
            eb.and([eb("entity_id", ">=", `${b}-0`), eb("entity_id", "<", `${b}-:`)]),
          ]),
        ),
      )
      .execute();
    for (const r of rows) found.add(r.article_id);
  }
  return found;
}

interface Relinked {
  hood: StoredArticle[];
  kept: StoredArticle[];
  seqOf: Map<string, number>;
  nextSeq: number;
  linked: Corpus;
  stale: Map<EntityKind, Set<string>>;
  addKeys: Map<string, string[]>;
}

/** The writes that replace the neighbourhood's linked state with the relinked one. */
function writeChange(db: Kysely<StoreSchema>, change: LinkChange, r: Relinked): CompiledQuery[] {
  const { kept, seqOf, linked, stale, addKeys } = r;
  const writes: CompiledQuery[] = [];
  writes.push(...deleteLinkedState(db, stale));
  for (const part of chunks(change.removeIds)) {
    writes.push(db.deleteFrom("articles").where("id", "in", part).compile());
    writes.push(db.deleteFrom("link_keys").where("article_id", "in", part).compile());
    writes.push(db.deleteFrom("quotes").where("article_id", "in", part).compile());
  }
  const added = new Map(change.add.map((a) => [a.id, a]));
  writes.push(...insertLinkedState(db, linked, seqOf));
  const storedLinked = new Map(kept.map((s) => [s.id, s.linked]));
  for (const a of linked.articles) {
    const json = JSON.stringify(a);
    const article = added.get(a.id);
    if (article) {
      writes.push(
        db
          .insertInto("articles")
          .values({
            seq: seqOf.get(a.id)!,
            id: a.id,
            content_hash: a.contentHash,
            published_at: a.publishedAt,
            outlet: a.outlet,
            headline: a.headline,
            normalized: JSON.stringify(article),
            linked: json,
          })
          .compile(),
      );
      writes.push(
        ...insertMany(
          db,
          "link_keys",
          (addKeys.get(a.id) ?? []).map((key) => ({ key, article_id: a.id })),
        ),
      );
      writes.push(...insertMany(db, "quotes", quoteRows(a)));
    } else if (storedLinked.get(a.id) !== json) {
      writes.push(db.updateTable("articles").set({ linked: json }).where("id", "=", a.id).compile());
      writes.push(db.deleteFrom("quotes").where("article_id", "=", a.id).compile());
      writes.push(...insertMany(db, "quotes", quoteRows(a)));
    }
  }
  return writes;
}

/** The entities the given articles contribute to. */
async function entitiesOf(
  db: Kysely<StoreSchema>,
  articleIds: readonly string[],
): Promise<Map<EntityKind, Set<string>>> {
  const out = new Map<EntityKind, Set<string>>([
    ["actor", new Set()],
    ["event", new Set()],
    ["quote_group", new Set()],
  ]);
  for (const part of chunks(articleIds)) {
    const rows = await db
      .selectFrom("entity_articles")
      .select(["kind", "entity_id"])
      .where("article_id", "in", part)
      .execute();
    for (const r of rows) out.get(r.kind)?.add(r.entity_id);
  }
  return out;
}

function deleteLinkedState(db: Kysely<StoreSchema>, entities: Map<EntityKind, Set<string>>): CompiledQuery[] {
  const writes: CompiledQuery[] = [];
  for (const [kind, ids] of entities) {
    for (const part of chunks([...ids])) {
      if (kind === "event") {
        writes.push(db.deleteFrom("timeline").where("event_id", "in", part).compile());
        writes.push(db.deleteFrom("event_actors").where("event_id", "in", part).compile());
      }
      writes.push(db.deleteFrom("entities").where("kind", "=", kind).where("id", "in", part).compile());
      writes.push(db.deleteFrom("entity_articles").where("kind", "=", kind).where("entity_id", "in", part).compile());
    }
  }
  return writes;
}

/** Inserts rows a few per statement: as many as fit under D1's 100 bound parameters. */
function insertMany<T extends "entities" | "entity_articles" | "event_actors" | "timeline" | "quotes" | "link_keys">(
  db: Kysely<StoreSchema>,
  table: T,
  rows: readonly StoreSchema[T][],
): CompiledQuery[] {
  const first = rows[0];
  if (!first) return [];
  const per = Math.max(1, Math.floor(99 / Object.keys(first).length));
  return chunks(rows, per).map((part) =>
    db
      .insertInto(table)
      .values(part as never)
      .compile(),
  );
}

function insertLinkedState(db: Kysely<StoreSchema>, corpus: Corpus, seqOf: Map<string, number>): CompiledQuery[] {
  const rows = corpusRows(corpus, seqOf);
  return [
    ...insertMany(db, "entities", rows.entities),
    ...insertMany(db, "entity_articles", rows.entityArticles),
    ...insertMany(db, "event_actors", rows.eventActors),
    ...insertMany(db, "timeline", rows.timeline),
  ];
}

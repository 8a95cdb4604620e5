import { type Corpus, type CorpusArticle, SCHEMA_VERSION, type TimelineEntry } from "@newsgraph/core";
import type { Kysely } from "kysely";
import type { EntityKind, StoreSchema } from "./schema.js";

/** Entities of one kind in corpus order, or the one with `id`. */
export async function listEntities<T>(
  db: Kysely<StoreSchema>,
  kind: EntityKind,
  page: { id?: string; limit?: number; offset?: number } = {},
): Promise<T[]> {
  let q = db.selectFrom("entities").select("body").where("kind", "=", kind);
  if (page.id !== undefined) q = q.where("id", "=", page.id);
  const rows = await q
    .orderBy("first_seq")
    .orderBy("ord")
    .limit(page.limit ?? -1)
    .offset(page.offset ?? 0)
    .execute();
  return rows.map((r) => JSON.parse(r.body) as T);
}

/** The whole stored corpus. */
export async function readCorpus(db: Kysely<StoreSchema>): Promise<Corpus> {
  const articles = await db.selectFrom("articles").select("linked").orderBy("seq").execute();
  const timeline = await db
    .selectFrom("timeline")
    .select(["event_id", "date", "main"])
    .orderBy("date_key")
    .orderBy("first_seq")
    .orderBy("ord")
    .execute();
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map((r) => JSON.parse(r.linked) as CorpusArticle),
    actors: await listEntities(db, "actor"),
    events: await listEntities(db, "event"),
    quoteGroups: await listEntities(db, "quote_group"),
    timeline: timeline.map((r): TimelineEntry => ({ eventId: r.event_id, date: r.date, main: r.main === 1 })),
  };
}

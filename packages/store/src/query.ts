// The read queries behind the API's list routes: filtered in SQL before paging, keyset-paged in a stable
// order (the same orders as the API's in-memory source), so a page costs an index range, not a scan.
import type {
  Actor,
  ActorKind,
  CorpusArticle,
  Event,
  IsoDate,
  PloverType,
  Quote,
  TimelineEntry,
} from "@newsgraph/core";
import type { Kysely, SelectQueryBuilder } from "kysely";
import { StoreError } from "./errors.js";
import { firstDay, foldForSearch, lastDay } from "./rows.js";
import type { StoreSchema } from "./schema.js";

/** Where a page starts (`after`: the `next` of the previous page) and how long it is. */
export interface PageRequest {
  readonly after: string | null;
  readonly limit: number;
}
/** One page; `next` is null on the last one. */
export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}
export interface ActorFilter {
  readonly kind?: ActorKind | undefined;
  readonly name?: string | undefined;
  readonly article?: string | undefined;
}
export interface QuoteFilter {
  readonly speaker?: string | undefined;
  readonly article?: string | undefined;
  readonly text?: string | undefined;
}
export interface DateRange {
  readonly from?: IsoDate | undefined;
  readonly to?: IsoDate | undefined;
}
export interface EventFilter extends DateRange {
  readonly type?: PloverType | undefined;
  readonly actor?: string | undefined;
  readonly article?: string | undefined;
}
export interface ActorDetail {
  readonly actor: Actor;
  readonly quotes: Quote[];
  readonly events: Event[];
}
export type TimelineItem = TimelineEntry & { readonly event: Event };

type Key = (string | number)[];

function parseKey(after: string | null, shape: readonly ("string" | "number")[]): Key | null {
  if (after === null) return null;
  let key: unknown;
  try {
    key = JSON.parse(after);
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== shape.length || key.some((k, i) => typeof k !== shape[i]))
    throw new StoreError("INVALID_PAGE_KEY", "not a page key issued by this store");
  return key as Key;
}

async function page<R, T>(
  query: SelectQueryBuilder<StoreSchema, never, R>,
  limit: number,
  item: (row: R) => T,
  keyOf: (row: R) => Key,
): Promise<Page<T>> {
  const rows = (await query.limit(limit + 1).execute()) as R[];
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return { items: kept.map(item), next: more && last ? JSON.stringify(keyOf(last)) : null };
}

const parse = <T>(body: string) => JSON.parse(body) as T;

/** Filtered, paged reads of a stored corpus. */
export function createQueries(db: Kysely<StoreSchema>) {
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's builder types do not survive being passed around generically
  const asPage = (q: SelectQueryBuilder<any, any, any>) => q as SelectQueryBuilder<StoreSchema, never, any>;

  const events = (f: EventFilter) => {
    let q = db.selectFrom("entities as e").select(["e.body", "e.date_key", "e.id"]).where("e.kind", "=", "event");
    if (f.type !== undefined) q = q.where("e.sub", "=", f.type);
    if (f.actor !== undefined) {
      const actor = f.actor;
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("event_actors as x")
            .select("x.event_id")
            .whereRef("x.event_id", "=", "e.id")
            .where("x.actor_id", "=", actor),
        ),
      );
    }
    if (f.article !== undefined) {
      const article = f.article;
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("entity_articles as x")
            .select("x.entity_id")
            .where("x.kind", "=", "event")
            .whereRef("x.entity_id", "=", "e.id")
            .where("x.article_id", "=", article),
        ),
      );
    }
    // The date_key bounds are implied by the overlap (a date sorts at or after its year, at or before its
    // last day) and let the index serve the range.
    if (f.from !== undefined)
      q = q.where("e.day_to", ">=", firstDay(f.from)).where("e.date_key", ">=", f.from.slice(0, 4));
    if (f.to !== undefined) q = q.where("e.day_from", "<=", lastDay(f.to)).where("e.date_key", "<=", lastDay(f.to));
    return q.orderBy("e.date_key").orderBy("e.id");
  };

  const quotes = (f: QuoteFilter) => {
    let q = db.selectFrom("quotes").select(["body", "article_id", "span_start", "id"]);
    if (f.speaker !== undefined) q = q.where("speaker_id", "=", f.speaker);
    if (f.article !== undefined) q = q.where("article_id", "=", f.article);
    if (f.text !== undefined) q = q.where((eb) => eb.fn("instr", ["search", eb.val(foldForSearch(f.text!))]), ">", 0);
    return q.orderBy("article_id").orderBy("span_start").orderBy("id");
  };

  return {
    async listArticles({ after, limit }: PageRequest): Promise<Page<CorpusArticle>> {
      const key = parseKey(after, ["string"]);
      let q = db.selectFrom("articles").select(["id", "linked"]).orderBy("id");
      if (key) q = q.where("id", ">", key[0] as string);
      return page(
        asPage(q),
        limit,
        (r) => parse<CorpusArticle>(r.linked),
        (r) => [r.id],
      );
    },

    async getArticle(id: string): Promise<CorpusArticle | null> {
      const row = await db.selectFrom("articles").select("linked").where("id", "=", id).executeTakeFirst();
      return row ? parse<CorpusArticle>(row.linked) : null;
    },

    async listActors(f: ActorFilter, { after, limit }: PageRequest): Promise<Page<Actor>> {
      const key = parseKey(after, ["string"]);
      let q = db.selectFrom("entities as e").select(["e.id", "e.body"]).where("e.kind", "=", "actor");
      if (f.kind !== undefined) q = q.where("e.sub", "=", f.kind);
      if (f.name !== undefined)
        q = q.where((eb) => eb.fn("instr", ["e.search", eb.val(foldForSearch(f.name!))]), ">", 0);
      if (f.article !== undefined) {
        const article = f.article;
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom("entity_articles as x")
              .select("x.entity_id")
              .where("x.kind", "=", "actor")
              .whereRef("x.entity_id", "=", "e.id")
              .where("x.article_id", "=", article),
          ),
        );
      }
      if (key) q = q.where("e.id", ">", key[0] as string);
      return page(
        asPage(q.orderBy("e.id")),
        limit,
        (r) => parse<Actor>(r.body),
        (r) => [r.id],
      );
    },

    async getActor(id: string): Promise<ActorDetail | null> {
      const row = await db
        .selectFrom("entities")
        .select("body")
        .where("kind", "=", "actor")
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const said = await quotes({ speaker: id }).execute();
      const took = await events({ actor: id }).execute();
      return {
        actor: parse<Actor>(row.body),
        quotes: said.map((r) => parse<Quote>(r.body)),
        events: took.map((r) => parse<Event>(r.body)),
      };
    },

    async listQuotes(f: QuoteFilter, { after, limit }: PageRequest): Promise<Page<Quote>> {
      const key = parseKey(after, ["string", "number", "string"]);
      let q = quotes(f);
      if (key)
        q = q.where((eb) =>
          eb(
            eb.refTuple("article_id", "span_start", "id"),
            ">",
            eb.tuple(key[0] as string, key[1] as number, key[2] as string),
          ),
        );
      return page(
        asPage(q),
        limit,
        (r) => parse<Quote>(r.body),
        (r) => [r.article_id, r.span_start, r.id],
      );
    },

    async listEvents(f: EventFilter, { after, limit }: PageRequest): Promise<Page<Event>> {
      const key = parseKey(after, ["string", "string"]);
      let q = events(f);
      if (key)
        q = q.where((eb) => eb(eb.refTuple("e.date_key", "e.id"), ">", eb.tuple(key[0] as string, key[1] as string)));
      return page(
        asPage(q),
        limit,
        (r) => parse<Event>(r.body),
        (r) => [r.date_key ?? "~", r.id],
      );
    },

    async listTimeline(f: DateRange, { after, limit }: PageRequest): Promise<Page<TimelineItem>> {
      const key = parseKey(after, ["string", "number", "number"]);
      let q = db
        .selectFrom("timeline as t")
        .select(["t.event_id", "t.date", "t.date_key", "t.main", "t.first_seq", "t.ord"]);
      if (f.from !== undefined || f.to !== undefined) {
        const range = events({ from: f.from, to: f.to }).clearSelect().clearOrderBy().select("e.id");
        q = q.where("t.event_id", "in", range);
      }
      if (key)
        q = q.where((eb) =>
          eb(
            eb.refTuple("t.date_key", "t.first_seq", "t.ord"),
            ">",
            eb.tuple(key[0] as string, key[1] as number, key[2] as number),
          ),
        );
      const rows = await q
        .orderBy("t.date_key")
        .orderBy("t.first_seq")
        .orderBy("t.ord")
        .limit(limit + 1)
        .execute();
      // the page's events by id, apart: joined in one query SQLite would not walk the timeline index
      const bodies = new Map<string, string>();
      const ids = rows.map((r) => r.event_id);
      for (let i = 0; i < ids.length; i += 90) {
        const found = await db
          .selectFrom("entities")
          .select(["id", "body"])
          .where("kind", "=", "event")
          .where("id", "in", ids.slice(i, i + 90))
          .execute();
        for (const e of found) bodies.set(e.id, e.body);
      }
      const more = rows.length > limit;
      const kept = (more ? rows.slice(0, limit) : rows).filter((r) => bodies.has(r.event_id));
      const last = kept.at(-1);
      return {
        items: kept.map((r) => ({
          eventId: r.event_id,
          date: r.date,
          main: r.main === 1,
          event: parse<Event>(bodies.get(r.event_id)!),
        })),
        next: more && last ? JSON.stringify([last.date_key, last.first_seq, last.ord]) : null,
      };
    },
  };
}

/** The read queries of a store. */
export type StoreQueries = ReturnType<typeof createQueries>;

import {
  type Actor,
  type Article,
  type Corpus,
  type Event,
  NewsgraphError,
  normalizeArticle,
  type QuoteGroup,
  SCHEMA_VERSION,
} from "@newsgraph/core";
import type { Backend } from "./backend.js";
import { StoreError } from "./errors.js";
import { coreLinking, type Linking } from "./linking.js";
import { type ArticleCache, planLink } from "./plan.js";
import { createQueries, type StoreQueries } from "./query.js";
import { listEntities, readCorpus } from "./read.js";
import type { EntityKind } from "./schema.js";

/** One raw article to ingest: the text as scraped and the options of `normalizeArticle`. */
export interface ArticleInput {
  id: string;
  text: string;
  url?: string | null;
  referenceDate?: string | null;
}

/** What happened to one article of an ingest. */
export type IngestStatus = "added" | "replaced" | "unchanged" | "rejected";
export interface IngestResult {
  id: string;
  status: IngestStatus;
  /** For `unchanged`: the id under which the same text is already stored. */
  existingId?: string;
  /** For `rejected`: why, with the core's error code. */
  error?: { code: string; message: string };
}

/** Options of an ingest. */
export interface IngestOptions {
  /**
   * Articles per transaction (default 1), or `"auto"`: each batch as large as the stored corpus (see
   * `autoBatchSize`), so that a bulk load relinks the corpus a logarithmic number of times, not once per
   * fixed-size batch.
   */
  batchSize?: number | "auto";
  /** Called after each article with how many are done and what happened to it. */
  onProgress?: (done: number, result: IngestResult) => void;
}

/** Options of a store. */
export interface StoreOptions {
  /** How articles are linked (default: the core's linking). */
  linking?: Linking;
}

/**
 * A corpus that persists: ingest articles once, query them forever. Every write is one transaction, so
 * an interrupted ingest leaves the store as it was before the article being written.
 */
export interface CorpusStore extends StoreQueries {
  /**
   * Normalises and links articles into the store, in order: one transaction per article, or per
   * `batchSize` articles (faster for bulk loads: a batch is linked once; an interruption loses the batch).
   */
  ingest(inputs: readonly ArticleInput[], options?: IngestOptions): Promise<IngestResult[]>;
  /** Links already normalised articles (same rules as `ingest`). */
  ingestNormalized(articles: readonly Article[], options?: IngestOptions): Promise<IngestResult[]>;
  /** Removes an article, its facts and its links; false when no such article is stored. */
  remove(id: string): Promise<boolean>;
  /** The whole stored corpus, equal to `buildCorpus` over the stored articles in ingest order. */
  corpus(): Promise<Corpus>;
  /** The article as `normalizeArticle` returned it. */
  normalized(id: string): Promise<Article | null>;
  actor(id: string): Promise<Actor | null>;
  event(id: string): Promise<Event | null>;
  quoteGroup(id: string): Promise<QuoteGroup | null>;
  /** The ids of the stored articles with their content hashes, in ingest order. */
  contentHashes(): Promise<Map<string, string>>;
  counts(): Promise<{ articles: number; actors: number; events: number; quoteGroups: number }>;
  close(): Promise<void>;
}

function normalizeInput(input: ArticleInput): Article | IngestResult {
  try {
    return normalizeArticle(input.text, {
      id: input.id,
      url: input.url ?? null,
      referenceDate: input.referenceDate ?? null,
    });
  } catch (e) {
    if (e instanceof NewsgraphError)
      return { id: input.id, status: "rejected", error: { code: e.code, message: e.message } };
    throw e;
  }
}

/** Smallest and largest batch of `batchSize: "auto"`. */
export const AUTO_BATCH = { min: 100, max: 5000 } as const;

/**
 * The size of the next batch of a bulk load into a store of `stored` articles: as many as are stored
 * (within `AUTO_BATCH`). A batch relinks about the whole corpus when hub actors tie it together, so
 * linking as many new articles as there are old ones keeps the relinking per article constant.
 */
export function autoBatchSize(stored: number): number {
  return Math.min(AUTO_BATCH.max, Math.max(AUTO_BATCH.min, stored));
}

/** Builds the store over a backend (SQLite or D1). */
export function createStore(backend: Backend, options: StoreOptions = {}): CorpusStore {
  const linking = options.linking ?? coreLinking;
  const { db } = backend;
  const cache: ArticleCache = new Map();

  /** Links several articles in one transaction: each is added, replaced (same id) or left (same text). */
  const addMany = (articles: readonly Article[]): Promise<IngestResult[]> =>
    backend.write<IngestResult[]>(async (tx) => {
      const stored = new Map<string, string>();
      const byHash = new Map<string, string>();
      for (let i = 0; i < articles.length; i += 40) {
        const part = articles.slice(i, i + 40);
        const rows = await tx
          .selectFrom("articles")
          .select(["id", "content_hash"])
          .where((w) =>
            w.or([
              w(
                "id",
                "in",
                part.map((a) => a.id),
              ),
              w(
                "content_hash",
                "in",
                part.map((a) => a.contentHash),
              ),
            ]),
          )
          .execute();
        for (const r of rows) {
          stored.set(r.id, r.content_hash);
          byHash.set(r.content_hash, r.id);
        }
      }
      const results: IngestResult[] = [];
      const add: Article[] = [];
      const removeIds: string[] = [];
      for (const article of articles) {
        const twin = byHash.get(article.contentHash);
        if (twin !== undefined) {
          results.push({ id: article.id, status: "unchanged", existingId: twin });
          continue;
        }
        const replaced = stored.has(article.id);
        if (replaced) removeIds.push(article.id);
        if (add.some((a) => a.id === article.id))
          throw new StoreError("DUPLICATE_ID", `two articles of one batch share the id "${article.id}"`);
        add.push(article);
        byHash.set(article.contentHash, article.id);
        results.push({ id: article.id, status: replaced ? "replaced" : "added" });
      }
      if (add.length === 0) return { writes: [], result: results };
      return { writes: await planLink(tx, linking, { add, removeIds }, cache), result: results };
    });

  /** Batch sizes: fixed, or as the store grows. */
  const sizes = async (options: IngestOptions) => {
    if (options.batchSize !== "auto") {
      const size = Math.max(1, options.batchSize ?? 1);
      return { next: () => size, done: (_: readonly IngestResult[]) => {} };
    }
    const counted = await db
      .selectFrom("articles")
      .select((e) => e.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    let stored = Number(counted.n);
    return {
      next: () => autoBatchSize(stored),
      done: (results: readonly IngestResult[]) => {
        stored += results.filter((r) => r.status === "added").length;
      },
    };
  };

  const ingestNormalized = async (articles: readonly Article[], options: IngestOptions = {}) => {
    const out: IngestResult[] = [];
    const batches = await sizes(options);
    for (let i = 0; i < articles.length; ) {
      const part = articles.slice(i, i + batches.next());
      const results = await addMany(part);
      batches.done(results);
      out.push(...results);
      i += part.length;
    }
    return out;
  };

  const one = async <T>(kind: EntityKind, id: string) => (await listEntities<T>(db, kind, { id }))[0] ?? null;

  return {
    ...createQueries(db),
    async ingest(inputs, options = {}) {
      const out: IngestResult[] = [];
      const batches = await sizes(options);
      for (let i = 0; i < inputs.length; ) {
        const part = inputs.slice(i, i + batches.next());
        i += part.length;
        const ready: Article[] = [];
        const results: (IngestResult | null)[] = [];
        for (const input of part) {
          const normalized = normalizeInput(input);
          if ("status" in normalized) results.push(normalized);
          else {
            ready.push(normalized);
            results.push(null);
          }
        }
        const linked = ready.length ? await addMany(ready) : [];
        batches.done(linked);
        for (const r of results) {
          const result = r ?? linked.shift()!;
          out.push(result);
          options.onProgress?.(out.length, result);
        }
      }
      return out;
    },
    ingestNormalized,
    remove: (id) =>
      backend.write(async (tx) => {
        const found = await tx.selectFrom("articles").select("id").where("id", "=", id).executeTakeFirst();
        if (!found) return { writes: [], result: false };
        return { writes: await planLink(tx, linking, { add: [], removeIds: [id] }, cache), result: true };
      }),
    corpus: () => readCorpus(db),
    async normalized(id) {
      const row = await db.selectFrom("articles").select("normalized").where("id", "=", id).executeTakeFirst();
      return row ? (JSON.parse(row.normalized) as Article) : null;
    },
    actor: (id) => one<Actor>("actor", id),
    event: (id) => one<Event>("event", id),
    quoteGroup: (id) => one<QuoteGroup>("quote_group", id),
    async contentHashes() {
      const rows = await db.selectFrom("articles").select(["id", "content_hash"]).orderBy("seq").execute();
      return new Map(rows.map((r) => [r.id, r.content_hash]));
    },
    async counts() {
      const a = await db
        .selectFrom("articles")
        .select((e) => e.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      const e = await db
        .selectFrom("entities")
        .select(["kind", (x) => x.fn.countAll<number>().as("n")])
        .groupBy("kind")
        .execute();
      const n = (k: EntityKind) => Number(e.find((r) => r.kind === k)?.n ?? 0);
      return { articles: Number(a.n), actors: n("actor"), events: n("event"), quoteGroups: n("quote_group") };
    },
    close: () => backend.close(),
  };
}

export { SCHEMA_VERSION, StoreError };

import { type CorpusStore, StoreError } from "@newsgraph/store";
import { ApiError } from "./problem.js";
import { type CorpusSource, InvalidPageKeyError } from "./source.js";

/** Maps the store's errors onto what the read routes expect of a source. */
async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof StoreError && e.code === "INVALID_PAGE_KEY") throw new InvalidPageKeyError(e.message);
    if (e instanceof StoreError) throw new ApiError("corpus-unavailable", `the store failed: ${e.message}`);
    throw e;
  }
}

/**
 * The read routes' `CorpusSource` over a persistent store (D1 in a Worker, a SQLite file on Node). The store
 * is opened on first use, so a Worker opens it on its first request and keeps it for the isolate's life.
 *
 * @example
 * const source = createStoreSource(() => openSqliteStore("corpus.sqlite"));
 */
export function createStoreSource(open: () => Promise<CorpusStore>): CorpusSource & { store(): Promise<CorpusStore> } {
  let opening: Promise<CorpusStore> | null = null;
  const store = () => {
    opening ??= open().catch((e) => {
      opening = null;
      throw new ApiError("corpus-unavailable", `the store cannot be opened: ${(e as Error).message}`);
    });
    return opening;
  };
  return {
    store,
    listArticles: (page) => guard(async () => (await store()).listArticles(page)),
    getArticle: (id) => guard(async () => (await store()).getArticle(id)),
    listActors: (f, page) => guard(async () => (await store()).listActors(f, page)),
    getActor: (id) => guard(async () => (await store()).getActor(id)),
    listQuotes: (f, page) => guard(async () => (await store()).listQuotes(f, page)),
    listEvents: (f, page) => guard(async () => (await store()).listEvents(f, page)),
    listTimeline: (f, page) => guard(async () => (await store()).listTimeline(f, page)),
  };
}

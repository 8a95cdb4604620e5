import { buildCorpus, type Corpus, normalizeArticle } from "@newsgraph/core";
import { SEED_ARTICLES } from "./generated/seeds.js";
import { createMemorySource } from "./memory-source.js";
import { ApiError } from "./problem.js";
import type { CorpusSource } from "./source.js";

/** Normalises and links the seed articles embedded in the bundle. */
export function buildSeedCorpus(): Corpus {
  return buildCorpus(SEED_ARTICLES.map((s) => normalizeArticle(s.text, { id: s.id })));
}

/**
 * An in-memory source whose corpus is built on first use (not at startup, so that a Worker starts within
 * its startup budget) and kept for the life of the process or isolate. The build is deterministic, so a
 * failure is kept too: every read then answers 503 corpus-unavailable without building again.
 */
export function createLazySource(build: () => Corpus): CorpusSource {
  let outcome: { source: CorpusSource } | { error: ApiError } | null = null;
  const get = (): CorpusSource => {
    if (outcome === null) {
      try {
        outcome = { source: createMemorySource(build()) };
      } catch (e) {
        outcome = { error: new ApiError("corpus-unavailable", `the corpus cannot be built: ${(e as Error).message}`) };
      }
    }
    if ("error" in outcome) throw outcome.error;
    return outcome.source;
  };
  return {
    listArticles: async (page) => get().listArticles(page),
    getArticle: async (id) => get().getArticle(id),
    listActors: async (f, page) => get().listActors(f, page),
    getActor: async (id) => get().getActor(id),
    listQuotes: async (f, page) => get().listQuotes(f, page),
    listEvents: async (f, page) => get().listEvents(f, page),
    listTimeline: async (f, page) => get().listTimeline(f, page),
  };
}

/** The default source: the seed corpus, as the current core makes it. */
export function createSeedSource(): CorpusSource {
  return createLazySource(buildSeedCorpus);
}

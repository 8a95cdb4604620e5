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
 * The default source: the seed corpus, built by the current core on first use (not at startup, so that a
 * Worker starts within its startup budget) and kept for the life of the process or isolate.
 */
export function createSeedSource(): CorpusSource {
  let source: CorpusSource | null = null;
  const get = () => {
    try {
      source ??= createMemorySource(buildSeedCorpus());
    } catch (e) {
      throw new ApiError("corpus-unavailable", `the seed corpus cannot be built: ${(e as Error).message}`);
    }
    return source;
  };
  return {
    listArticles: (page) => get().listArticles(page),
    getArticle: (id) => get().getArticle(id),
    listActors: (f, page) => get().listActors(f, page),
    getActor: (id) => get().getActor(id),
    listQuotes: (f, page) => get().listQuotes(f, page),
    listEvents: (f, page) => get().listEvents(f, page),
    listTimeline: (f, page) => get().listTimeline(f, page),
  };
}

import { type Article, articleKeys, buildCorpus, type Corpus } from "@newsgraph/core";

/**
 * What the store needs from corpus linking. `keys` are blocking keys: two articles whose facts could link
 * share at least one. `link` links articles, in order, into a corpus.
 */
export interface Linking {
  keys(article: Article): string[];
  link(articles: readonly Article[]): Corpus;
}

/** Linking as the core does it: its blocking keys and `buildCorpus`. */
export const coreLinking: Linking = { keys: articleKeys, link: buildCorpus };

import type { Article } from "../schema/article.js";
import type { Corpus } from "../schema/corpus.js";
import { openLinker } from "./linker.js";

/**
 * Link normalised articles into one corpus: actors merged across articles, the same quote across outlets
 * grouped, articles reporting the same occurrence sharing their main event, and a timeline. The same as
 * adding the articles in order to `createLinker()` and asking for its `corpus()`.
 *
 * @example
 * const corpus = buildCorpus(files.map((f) => normalizeArticle(f.text, { id: f.id })));
 */
export function buildCorpus(articles: readonly Article[]): Corpus {
  const { linker, finish } = openLinker({ removable: false });
  for (const a of articles) linker.add(a);
  return finish();
}

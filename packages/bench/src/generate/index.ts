// The benchmark corpus generator: realistic scraped news articles from the seeds and from generated stories,
// the same on every run for a given seed. Benchmark data, not test data: nothing here is a gold annotation.
import { OUTLETS } from "./data/outlets.js";
import { createRng } from "./prng.js";
import { LAYOUTS, renderArticle } from "./render.js";
import { varySeed } from "./seed-variant.js";
import { makeStory } from "./story.js";
import { loadVocabulary } from "./vocab.js";

export { createRng, type Rng } from "./prng.js";
export { LAYOUTS, type Layout } from "./render.js";

export interface SeedText {
  /** A name for the seed, such as its file name without extension. */
  readonly name: string;
  readonly text: string;
}

export interface GenerateOptions {
  /** How many articles. */
  readonly count: number;
  /** The PRNG seed; the same seed gives the same articles. Default 1. */
  readonly seed?: number;
  /** Real articles to include verbatim first, then to vary throughout the corpus. */
  readonly seeds?: readonly SeedText[];
  /** Share of articles made from varied seeds rather than generated stories (default 0.05). */
  readonly seedShare?: number;
}

export interface GeneratedArticle {
  readonly id: string;
  readonly text: string;
  /** The story the article reports, shared by the articles of several outlets; null for seed-made articles. */
  readonly story: number | null;
  readonly outlet: string | null;
}

/**
 * Generates a corpus lazily, one article at a time, so 100,000 articles need not sit in memory at once.
 *
 * @example
 * for (const a of generateArticles({ count: 1000, seed: 7, seeds })) writeFileSync(`${a.id}.txt`, a.text);
 */
export function* generateArticles(options: GenerateOptions): Generator<GeneratedArticle> {
  const rng = createRng(options.seed ?? 1);
  const vocab = loadVocabulary();
  const seeds = options.seeds ?? [];
  const seedShare = seeds.length > 0 ? (options.seedShare ?? 0.05) : 0;
  let produced = 0;
  for (const s of seeds) {
    if (produced >= options.count) return;
    yield { id: `seed-${s.name}`, text: s.text, story: null, outlet: null };
    produced++;
  }
  let storyIndex = 0;
  while (produced < options.count) {
    if (rng.chance(seedShare)) {
      const s = rng.pick(seeds);
      yield { id: `var-${pad(produced)}-${s.name}`, text: varySeed(s.text, rng, vocab), story: null, outlet: null };
      produced++;
      continue;
    }
    const story = makeStory(rng, vocab, storyIndex);
    // Most stories are carried by two or three outlets, a few by one or by many.
    const outlets = rng.sample(OUTLETS, rng.pick([1, 2, 2, 3, 3, 3, 4, 5, 6]));
    for (const outlet of outlets) {
      if (produced >= options.count) return;
      const reporter = `${rng.pick(vocab.maleNames)} ${rng.pick(vocab.surnames)}`;
      const text = renderArticle(story, outlet, rng.pick(LAYOUTS), reporter, rng);
      yield { id: `gen-${pad(produced)}`, text, story: storyIndex, outlet: outlet.name };
      produced++;
    }
    storyIndex++;
  }
}

function pad(n: number): string {
  return String(n).padStart(6, "0");
}

// Blocking keys and the pairwise decision for quotes of different articles that report one utterance.
// Wording differs between outlets ("we do not agree yet" / "we don't agree yet"), and one outlet trims or
// extends the excerpt, so the decision compares word bigrams of the shorter quote with the longer one.
import type { Quote } from "../schema/quote.js";
import { hash32, quoteWords } from "./normalize.js";
import { STOPWORDS } from "./stopwords.js";

/** Shorter quotes ("disappointing") must match word for word and have the same speaker. */
const SHORT_WORDS = 6;
const CONTAINMENT = 0.5;
/** How many of a quote's smallest key hashes form its sketch. */
const SKETCH = 8;

export interface QuoteNode {
  readonly id: string;
  readonly articleId: string;
  readonly quote: Quote;
  readonly words: readonly string[];
  readonly bigrams: ReadonlySet<number>;
  /** Blocking keys: hashes of the bigrams that hold a content word, or of the whole text when short. */
  readonly keys: readonly number[];
  /** The smallest keys. Two quotes are compared when one's sketch meets the other's keys. */
  readonly sketch: readonly number[];
}

function bigramsOf(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) out.add(hash32(`${words[i]} ${words[i + 1]}`));
  return out;
}

/** The node of one quote: its words, bigram hashes and blocking keys (the bigrams, or the whole text when short). */
export function quoteNode(articleId: string, quote: Quote): QuoteNode {
  const words = quoteWords(quote.text);
  const bigrams = bigramsOf(words);
  const keys: number[] = [];
  if (words.length < SHORT_WORDS) keys.push(hash32(words.join(" ")));
  else {
    for (let i = 0; i + 1 < words.length; i++) {
      const [x, y] = [words[i] ?? "", words[i + 1] ?? ""];
      if (!STOPWORDS.has(x) || !STOPWORDS.has(y)) keys.push(hash32(`${x} ${y}`));
    }
  }
  const unique = [...new Set(keys)];
  const sketch = [...unique].sort((a, b) => a - b).slice(0, SKETCH);
  return { id: `${articleId}\u0000${quote.id}`, articleId, quote, words, bigrams, keys: unique, sketch };
}

/**
 * Whether two quotes of different articles report the same utterance. `sameSpeaker` says whether their
 * speakers are one corpus actor (null when either is unattributed): long quotes link whoever an outlet credits
 * them to, which is how a misattribution shows; short ones need the same speaker and the same words.
 */
export function quotesMatch(a: QuoteNode, b: QuoteNode, sameSpeaker: boolean | null): boolean {
  if (a.articleId === b.articleId || a.words.length === 0 || b.words.length === 0) return false;
  const shorter = a.words.length <= b.words.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.words.length < SHORT_WORDS) {
    return sameSpeaker !== false && shorter.words.join(" ") === longer.words.join(" ");
  }
  let shared = 0;
  for (const g of shorter.bigrams) if (longer.bigrams.has(g)) shared++;
  return shared / Math.max(1, shorter.bigrams.size) >= CONTAINMENT;
}

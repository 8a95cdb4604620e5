// Blocking keys and the pairwise decision for quotes of different articles that report one utterance.
// Wording differs between outlets ("we do not agree yet" / "we don't agree yet"), and one outlet trims or
// extends the excerpt, so the decision compares word bigrams of the shorter wording with the longer one.
// Decisions are taken between distinct wordings, not between quotes: a wording carried by a hundred
// articles is compared with its neighbours once.
import type { Quote } from "../schema/quote.js";
import { hash32, hashKey, nodeId, quoteWords } from "./normalize.js";
import { STOPWORDS } from "./stopwords.js";

/** Shorter quotes ("disappointing") must match word for word and have the same speaker. */
export const SHORT_WORDS = 6;
const CONTAINMENT = 0.5;
/** How many of a wording's smallest key hashes form its sketch. */
const SKETCH = 8;

/** One wording of a quote, after normalisation. Hash lists are typed arrays: a corpus holds one per wording. */
export interface Wording {
  /** The normalised words joined; equal for "we don't" and "we do not". */
  readonly key: string;
  /** A compact hash of `key`, for index keys that join the wording with something else. */
  readonly hash: string;
  /** How many words. */
  readonly length: number;
  /** Hashes of the word bigrams, ascending, each once. */
  readonly bigrams: Uint32Array;
  /** Blocking keys: hashes of the bigrams that hold a content word, ascending. */
  readonly keys: Uint32Array;
  /** The smallest keys. Two wordings are compared when one's sketch meets the other's keys. */
  readonly sketch: Uint32Array;
}

export interface QuoteNode {
  readonly id: string;
  readonly articleId: string;
  readonly quote: Quote;
  readonly wording: Wording;
  /** Whether the wording is too short to link without the same speaker. */
  readonly short: boolean;
}

/** How many words other than function words a short quote needs to be linked as part of a longer one. */
const PART_CONTENT_WORDS = 2;

/**
 * Whether a short wording says enough to be recognised inside a longer quote of its speaker: two words or more
 * that are not function words ("transferred safely", not "very good" or "disappointing").
 */
export function isPartWording(w: Wording): boolean {
  let content = 0;
  for (const word of w.key.split(" ")) if (!STOPWORDS.has(word) && ++content >= PART_CONTENT_WORDS) return true;
  return false;
}

/** Whether the normalised words `long` hold the normalised words `part`, whole words in order. */
export function wordingHolds(long: string, part: string): boolean {
  if (part.length === 0 || part.length > long.length) return false;
  for (let at = long.indexOf(part); at >= 0; at = long.indexOf(part, at + 1)) {
    const end = at + part.length;
    if ((at === 0 || long.charCodeAt(at - 1) === 32) && (end === long.length || long.charCodeAt(end) === 32))
      return true;
  }
  return false;
}

/** The normalised wording of a quote text with its bigrams, blocking keys and sketch. */
export function wordingOf(text: string): Wording {
  const words = quoteWords(text);
  const bigrams = new Set<number>();
  const keys = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [x, y] = [words[i] ?? "", words[i + 1] ?? ""];
    const h = hash32(`${x} ${y}`);
    bigrams.add(h);
    if (!STOPWORDS.has(x) || !STOPWORDS.has(y)) keys.add(h);
  }
  const sorted = Uint32Array.from(keys).sort();
  const key = words.join(" ");
  return {
    key,
    hash: hashKey(key),
    length: words.length,
    bigrams: Uint32Array.from(bigrams).sort(),
    keys: sorted,
    sketch: sorted.subarray(0, SKETCH),
  };
}

/** The node of a quote; `wording` may come from an earlier quote with the same text. */
export function quoteNode(articleId: string, quote: Quote, wording: Wording = wordingOf(quote.text)): QuoteNode {
  return { id: nodeId(articleId, quote.id), articleId, quote, wording, short: wording.length < SHORT_WORDS };
}

/**
 * Whether two distinct long wordings report the same utterance: most bigrams of the shorter are in the longer.
 * Long quotes link whoever an outlet credits them to, which is how a misattribution shows.
 */
export function wordingsMatch(a: Wording, b: Wording): boolean {
  if (a.length < SHORT_WORDS || b.length < SHORT_WORDS) return a.key === b.key;
  const shorter = a.bigrams.length <= b.bigrams.length ? a.bigrams : b.bigrams;
  const longer = shorter === a.bigrams ? b.bigrams : a.bigrams;
  return sharedCount(shorter, longer) / Math.max(1, shorter.length) >= CONTAINMENT;
}

/** How many values two ascending arrays of distinct values share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The share of content bigrams of the shorter wording that one speaker's retold words keep, and how many. */
const RETOLD_CONTAINMENT = 0.35;
const RETOLD_SHARED = 4;

/**
 * Whether two wordings of one speaker's quotes keep enough of each other's content to be one utterance told in
 * two outlets' words: a looser test than wordingsMatch, which holds whoever is credited.
 */
export function retoldWordings(a: Wording, b: Wording): boolean {
  const shorter = a.keys.length <= b.keys.length ? a.keys : b.keys;
  const longer = shorter === a.keys ? b.keys : a.keys;
  const shared = sharedCount(shorter, longer);
  return shared >= RETOLD_SHARED && shared / Math.max(1, shorter.length) >= RETOLD_CONTAINMENT;
}

/**
 * Whether two quotes of different articles report the same utterance. `sameSpeaker` says whether their
 * speakers are one actor (null when either is unattributed); a short quote needs the same speaker.
 */
export function quotesMatch(a: QuoteNode, b: QuoteNode, sameSpeaker: boolean | null): boolean {
  if (a.articleId === b.articleId || a.wording.length === 0 || b.wording.length === 0) return false;
  if (a.short || b.short) return sameSpeaker === true && a.wording.key === b.wording.key;
  return wordingsMatch(a.wording, b.wording);
}

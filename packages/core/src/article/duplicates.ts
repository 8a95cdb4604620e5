// Repeated paragraphs: scrapers often capture a story twice (a teaser and the full text, or a page
// rendered twice). Exact repeats are found by a normalised key, near repeats by MinHash signatures of
// word trigrams found through banded keys (locality-sensitive hashing), so the cost stays linear in the text. Hand-written because the diff
// libraries compare two texts, not every paragraph of one against the others.
import type { Span } from "../schema/common.js";

/** Two paragraphs whose word-trigram sets overlap this much (Jaccard) are the same paragraph. */
const NEAR = 0.8;
/** Signatures agreeing this much make a candidate, confirmed by the exact overlap. */
const CANDIDATE = 0.66;
/** Candidates checked exactly per paragraph. */
const MAX_CHECKS = 4;
const EMPTY = new Int32Array(0);
/** Paragraphs with fewer words repeat innocently ("He declined to comment.") unless a run repeats. */
const MIN_WORDS = 6;
/** A band shared by this many paragraphs says nothing about repeats; capping keeps the cost linear. */
const MAX_POSTINGS = 64;

/** Hashes are kept to 30 bits so that engines store them as small integers, not boxed numbers. */
const SMI = 0x3fffffff;

/** Hashes of the lower-cased words of a span (letters and digits; other characters separate words). */
function wordHashes(text: string, span: Span): number[] {
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    let c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (upper) c += 32;
    const wordChar = upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;
    if (wordChar) {
      h = inWord ? Math.imul(h ^ c, 0x01000193) : Math.imul(0x811c9dc5 ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h & SMI);
      inWord = false;
    }
  }
  if (inWord) out.push(h & SMI);
  return out;
}

/** Salts of the MinHash functions: one signature slot per salt. */
const SALTS = [
  0x2545f491, 0x1b873593, 0x0e6546b6, 0x3c6ef372, 0x1f83d9ab, 0x5be0cd19, 0x510e527f, 0x7137449, 0x3956c25b, 0x59f111f1,
  0x12835b01, 0x243185be,
] as const;
const BANDS = 3;
/** Paragraphs of this many words or more are signed on a sample of their trigrams. */
const SAMPLE_FROM = 40;
const ROWS = SALTS.length / BANDS;

/** The hash of the word trigram starting at word `i`. */
function trigramHash(w: readonly number[], i: number): number {
  return Math.imul(w[i] ?? 0, 0x9e3779b1) ^ Math.imul(w[i + 1] ?? 0, 0x85ebca6b) ^ (w[i + 2] ?? 0);
}

/**
 * A MinHash signature of the paragraph's word trigrams: the share of equal slots between two signatures
 * estimates the Jaccard overlap of their trigram sets, with no set built.
 */
function signature(w: readonly number[]): Int32Array {
  const sig = new Int32Array(SALTS.length).fill(SMI);
  // long paragraphs hash a fixed quarter of their trigrams (those whose hash is 0 mod 4): two copies
  // sample the same trigrams, so the estimate holds at a quarter of the cost
  const mask = w.length >= SAMPLE_FROM ? 3 : 0;
  for (let i = 0; i + 2 < w.length; i++) {
    const g = trigramHash(w, i);
    if ((g & mask) !== 0) continue;
    for (let k = 0; k < SALTS.length; k++) {
      const h = Math.imul(g ^ (SALTS[k] ?? 0), 0xcc9e2d51) & SMI;
      const x = h ^ (h >>> 15);
      if (x < (sig[k] ?? 0)) sig[k] = x;
    }
  }
  return sig;
}

/** Keys of the signature's bands: paragraphs sharing a band key are candidates for a near match. */
function bandKeys(sig: Int32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (sig[b * ROWS + r] ?? 0), 0x01000193);
    keys.push(h & SMI);
  }
  return keys;
}

function agreement(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}

/** A key for the exact word sequence: two independent 32-bit lanes and the word count. */
function sequenceKey(w: readonly number[]): string {
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f;
  for (const x of w) {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 13);
  }
  return `${w.length}:${a >>> 0}:${b >>> 0}`;
}

/** Index of the earliest paragraph whose signature nearly equals `sig`, or -1. */
function nearMatch(
  sig: Int32Array,
  keys: readonly number[],
  index: Map<number, number[]>,
  sigs: readonly Int32Array[],
  verify: (j: number) => boolean,
): number {
  const candidates: { j: number; agree: number }[] = [];
  for (const key of keys) {
    for (const j of index.get(key) ?? []) {
      const other = sigs[j];
      if (!other || candidates.some((c) => c.j === j)) continue;
      const agree = agreement(sig, other);
      if (agree >= CANDIDATE) candidates.push({ j, agree });
    }
  }
  // the likeliest few are checked exactly; a paragraph that nearly repeats many others repeats the best of them
  candidates.sort((a, b) => b.agree - a.agree || a.j - b.j);
  const hit = candidates.slice(0, MAX_CHECKS).filter((c) => verify(c.j));
  return hit.length === 0 ? -1 : Math.min(...hit.map((c) => c.j));
}

/** Jaccard overlap of the word-trigram sets of two paragraphs, computed exactly. */
function trigramJaccard(a: readonly number[], b: readonly number[]): number {
  const grams = (w: readonly number[]) => {
    const out = new Set<number>();
    for (let i = 0; i + 2 < w.length; i++) out.add(trigramHash(w, i) & SMI);
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * For each paragraph, the index of the earlier paragraph it repeats, or -1 when it is new.
 * Short paragraphs count as repeats only when they sit next to a longer repeat (a repeated run).
 *
 * @example
 * findDuplicates("A long enough first paragraph here.\nB.\nA long enough first paragraph here.", spans)
 * // [-1, -1, 0]
 */
export function findDuplicates(text: string, paragraphs: readonly Span[]): number[] {
  const exact = new Map<string, number>();
  const index = new Map<number, number[]>();
  const sigs: Int32Array[] = [];
  const wordsOf: number[][] = [];
  const of: number[] = [];
  const short: boolean[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Span;
    const w = wordHashes(text, p);
    const key = w.length === 0 ? "" : sequenceKey(w);
    short.push(w.length < MIN_WORDS);
    let earlier = key === "" ? -1 : (exact.get(key) ?? -1);
    const sig = w.length >= MIN_WORDS && earlier < 0 ? signature(w) : EMPTY;
    const keys = sig === EMPTY ? [] : bandKeys(sig);
    if (earlier < 0 && keys.length > 0)
      earlier = nearMatch(sig, keys, index, sigs, (j) => trigramJaccard(w, wordsOf[j] ?? []) >= NEAR);
    sigs.push(sig);
    wordsOf.push(w);
    of.push(earlier);
    if (earlier >= 0) continue;
    if (key !== "") exact.set(key, i);
    for (const k of keys) {
      const list = index.get(k);
      if (!list) index.set(k, [i]);
      else if (list.length < MAX_POSTINGS) list.push(i);
    }
  }
  return of.map((e, i) => {
    if (e < 0 || !short[i]) return e;
    const prev = of[i - 1] ?? -1;
    const next = of[i + 1] ?? -1;
    return (prev >= 0 && !short[i - 1]) || (next >= 0 && !short[i + 1]) ? e : -1;
  });
}

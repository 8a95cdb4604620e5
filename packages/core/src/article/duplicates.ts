// Repeated paragraphs: scrapers often capture a story twice (a teaser and the full text, or a page
// rendered twice). Exact repeats are found by a key over the words. Near repeats are found through
// anchors: each paragraph's few smallest word-trigram hashes (a bottom-k sketch). Two paragraphs whose
// trigram sets overlap by 80% share their smallest trigram with probability 0.8, and one of three with
// probability above 0.99; candidates that share an anchor are then compared exactly. Hand-written because
// diff libraries compare two texts, not every paragraph of one against all the others, in linear time.
import type { Span } from "../schema/common.js";

/** Two paragraphs whose word-trigram sets overlap this much (Jaccard) are the same paragraph. */
const NEAR = 0.8;
/** Anchors per paragraph: its smallest trigram hashes. */
const ANCHORS = 3;
/** Candidates compared exactly per paragraph, those sharing the most anchors first. */
const MAX_CHECKS = 4;
/** Paragraphs with fewer words repeat innocently ("He declined to comment.") unless a run repeats. */
const MIN_WORDS = 6;
/** An anchor shared by this many paragraphs says nothing about repeats; capping keeps the cost linear. */
const MAX_POSTINGS = 64;

/** Hashes are kept to 30 bits so that engines store them as small integers, not boxed numbers. */
const SMI = 0x3fffffff;

/** The code each code unit below 0xc0 is hashed as: letters lower-cased, digits as they are, 0 for separators. */
const WORD_CODES = (() => {
  const codes = new Uint16Array(0xc0);
  for (let c = 48; c <= 57; c++) codes[c] = c;
  for (let c = 97; c <= 122; c++) codes[c] = c;
  for (let c = 65; c <= 90; c++) codes[c] = c + 32;
  return codes;
})();

/** Hashes of the lower-cased words of a span (letters and digits; other characters separate words). */
function wordHashes(text: string, span: Span): number[] {
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    // code units from 0xc0 up are letters, hashed as they are
    const code = c < 0xc0 ? (WORD_CODES[c] as number) : c;
    if (code !== 0) {
      h = Math.imul((inWord ? h : 0x811c9dc5) ^ code, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h & SMI);
      inWord = false;
    }
  }
  if (inWord) out.push(h & SMI);
  return out;
}

/** The hash of the word trigram starting at word `i`. */
function trigramHash(w: readonly number[], i: number): number {
  const h = Math.imul(w[i] ?? 0, 0x9e3779b1) ^ Math.imul(w[i + 1] ?? 0, 0x85ebca6b) ^ (w[i + 2] ?? 0);
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) & SMI;
}

/** The paragraph's ANCHORS smallest distinct trigram hashes. */
function anchors(w: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < w.length; i++) {
    const h = trigramHash(w, i);
    if (out.length === ANCHORS && h >= (out[ANCHORS - 1] ?? 0)) continue;
    if (out.includes(h)) continue;
    let k = out.length < ANCHORS ? out.length : ANCHORS - 1;
    while (k > 0 && (out[k - 1] ?? 0) > h) {
      out[k] = out[k - 1] ?? 0;
      k--;
    }
    out[k] = h;
  }
  return out;
}

function trigramSet(w: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 2 < w.length; i++) out.add(trigramHash(w, i));
  return out;
}

/** Jaccard overlap of two trigram sets. */
function jaccard(x: Set<number>, y: Set<number>): number {
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** A key for the exact word sequence: two independent 32-bit lanes and the word count. */
interface SequenceKey {
  readonly a: number;
  readonly b: number;
  readonly words: number;
}

function sequenceKey(w: readonly number[]): SequenceKey {
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f;
  for (const x of w) {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 13);
  }
  return { a, b, words: w.length };
}

/**
 * The first paragraph of each exact word sequence, found by one lane of its key and checked on the rest: a
 * number is hashed and compared faster than the key spelled out as a string.
 */
class ExactIndex {
  private readonly byLane = new Map<number, { key: SequenceKey; at: number }[]>();

  find(key: SequenceKey): number {
    const list = this.byLane.get(key.a & SMI);
    if (list === undefined) return -1;
    for (const e of list) if (e.key.a === key.a && e.key.b === key.b && e.key.words === key.words) return e.at;
    return -1;
  }

  add(key: SequenceKey, at: number): void {
    const list = this.byLane.get(key.a & SMI);
    if (list) list.push({ key, at });
    else this.byLane.set(key.a & SMI, [{ key, at }]);
  }
}

/**
 * Paragraphs by anchor, in the order they came, at most MAX_POSTINGS an anchor. Most anchors belong to one
 * paragraph, kept as a number alone, so that a unique anchor allocates no list.
 */
class AnchorIndex {
  private readonly byAnchor = new Map<number, number | number[]>();

  has(anchor: number): boolean {
    return this.byAnchor.has(anchor);
  }

  /** The paragraphs that hold `anchor`. */
  get(anchor: number): readonly number[] {
    const at = this.byAnchor.get(anchor);
    return at === undefined ? [] : typeof at === "number" ? [at] : at;
  }

  add(anchor: number, paragraph: number): void {
    const at = this.byAnchor.get(anchor);
    if (at === undefined) this.byAnchor.set(anchor, paragraph);
    else if (typeof at === "number") this.byAnchor.set(anchor, [at, paragraph]);
    else if (at.length < MAX_POSTINGS) at.push(paragraph);
  }
}

/** Index of the earliest paragraph that paragraph `i` nearly repeats, or -1. */
function nearMatch(i: number, keys: readonly number[], index: AnchorIndex, trigrams: TrigramSets): number {
  // most paragraphs share no anchor with any before them
  if (!keys.some((key) => index.has(key))) return -1;
  const shared = new Map<number, number>();
  for (const key of keys) for (const j of index.get(key)) shared.set(j, (shared.get(j) ?? 0) + 1);
  const mine = trigrams.of(i);
  const best = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CHECKS);
  const hits = best.filter(([j]) => jaccard(mine, trigrams.of(j)) >= NEAR).map(([j]) => j);
  return hits.length === 0 ? -1 : Math.min(...hits);
}

/** The trigram sets of the paragraphs, built on first need: a paragraph repeated often is compared often. */
class TrigramSets {
  private readonly sets: (Set<number> | undefined)[] = [];
  constructor(private readonly words: readonly number[][]) {}

  of(paragraph: number): Set<number> {
    let set = this.sets[paragraph];
    if (set === undefined) {
      set = trigramSet(this.words[paragraph] ?? []);
      this.sets[paragraph] = set;
    }
    return set;
  }
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
  const exact = new ExactIndex();
  const index = new AnchorIndex();
  const words: number[][] = [];
  const trigrams = new TrigramSets(words);
  const of: number[] = [];
  const short: boolean[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const w = wordHashes(text, paragraphs[i] as Span);
    const key = w.length === 0 ? null : sequenceKey(w);
    words.push(w);
    short.push(w.length < MIN_WORDS);
    let earlier = key === null ? -1 : exact.find(key);
    const keys = w.length >= MIN_WORDS && earlier < 0 ? anchors(w) : [];
    if (earlier < 0 && keys.length > 0) earlier = nearMatch(i, keys, index, trigrams);
    of.push(earlier);
    if (earlier >= 0) continue;
    if (key !== null) exact.add(key, i);
    for (const k of keys) index.add(k, i);
  }
  return of.map((e, i) => {
    if (e < 0 || !short[i]) return e;
    const prev = of[i - 1] ?? -1;
    const next = of[i + 1] ?? -1;
    return (prev >= 0 && !short[i - 1]) || (next >= 0 && !short[i + 1]) ? e : -1;
  });
}

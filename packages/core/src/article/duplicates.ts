// Repeated paragraphs: scrapers often capture a story twice (a teaser and the full text, or a page
// rendered twice). Exact repeats are found by a normalised key, near repeats by word-trigram overlap
// through an inverted index, so the cost stays near linear in the text. Hand-written because the diff
// libraries compare two texts, not every paragraph of one against the others.
import type { Span } from "../schema/common.js";

/** Two paragraphs sharing at least this share of their word trigrams (Jaccard) are the same paragraph. */
const NEAR = 0.8;
/** Paragraphs with fewer words repeat innocently ("He declined to comment.") unless a run repeats. */
const MIN_WORDS = 6;
/** A trigram shared by this many paragraphs says nothing about repeats; capping keeps the cost linear. */
const MAX_POSTINGS = 64;

function words(text: string, span: Span): string[] {
  return (
    text
      .slice(span.start, span.end)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function trigrams(w: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Index of the earlier paragraph that `grams` nearly repeats, or -1. */
function nearMatch(grams: Set<string>, index: Map<string, number[]>, sizes: number[]): number {
  const shared = new Map<number, number>();
  for (const g of grams) for (const j of index.get(g) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
  for (const [j, n] of shared) {
    const union = grams.size + (sizes[j] ?? 0) - n;
    if (union > 0 && n / union >= NEAR) return j;
  }
  return -1;
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
  const index = new Map<string, number[]>();
  const sizes: number[] = [];
  const of: number[] = [];
  const short: boolean[] = [];
  paragraphs.forEach((p, i) => {
    const w = words(text, p);
    const key = w.join(" ");
    const grams = trigrams(w);
    sizes.push(grams.size);
    short.push(w.length < MIN_WORDS);
    let earlier = key === "" ? -1 : (exact.get(key) ?? -1);
    if (earlier < 0 && w.length >= MIN_WORDS) earlier = nearMatch(grams, index, sizes);
    of.push(earlier);
    if (earlier >= 0) return;
    if (key !== "") exact.set(key, i);
    for (const g of grams) {
      const list = index.get(g);
      if (list) {
        if (list.length < MAX_POSTINGS) list.push(i);
      } else index.set(g, [i]);
    }
  });
  return of.map((e, i) => {
    if (e < 0 || !short[i]) return e;
    const prev = of[i - 1] ?? -1;
    const next = of[i + 1] ?? -1;
    return (prev >= 0 && !short[i - 1]) || (next >= 0 && !short[i + 1]) ? e : -1;
  });
}

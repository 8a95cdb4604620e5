// Articles made from real scraped articles: the same layouts and debris, with people renamed and years shifted,
// so a large corpus keeps the seeds' messiness without repeating their text verbatim.
import type { Rng } from "./prng.js";
import type { Vocabulary } from "./vocab.js";

let firstNames: Set<string> | undefined;

/** Renames every "First Last" person whose first name is a known first name, and shifts all years. */
export function varySeed(text: string, rng: Rng, vocab: Vocabulary): string {
  firstNames ??= new Set([...vocab.femaleNames, ...vocab.maleNames]);
  const renames = new Map<string, string>();
  for (const m of text.matchAll(/\b(?=([A-Z][a-z]+) ([A-Z][a-z]+)\b)/g)) {
    const [, first, last] = m as unknown as [string, string, string];
    if (!firstNames.has(first) || firstNames.has(last) || renames.has(last)) continue;
    renames.set(first, rng.pick(rng.chance(0.5) ? vocab.femaleNames : vocab.maleNames));
    renames.set(last, rng.pick(vocab.surnames));
  }
  const shift = rng.int(-8, 10);
  const words = [...renames.keys()].sort((a, b) => b.length - a.length);
  const names = words.length > 0 ? new RegExp(`\\b(?:${words.join("|")})\\b`, "g") : null;
  const renamed = names ? text.replace(names, (w) => renames.get(w) ?? w) : text;
  return renamed.replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) + shift));
}

// Compiles the event lexicon into one case-insensitive pattern and finds its predicates in a sentence.
import type { PloverType } from "../../schema/event.js";
import { LEXICON, type LexiconEntry } from "./verbs.js";

/** A predicate found in text: where, which words, and what it reports. */
export interface PredicateMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: PloverType;
  readonly cameo: string;
  readonly statement: boolean;
}

function inflect(verb: string): string[] {
  const v = verb.toLowerCase();
  if (/[^aeiou]y$/.test(v)) return [v, `${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`];
  if (v.endsWith("ee")) return [v, `${v}s`, `${v}d`, `${v}ing`];
  if (v.endsWith("e")) return [v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(v)) return [v, `${v}es`, `${v}ed`, `${v}ing`];
  return [v, `${v}s`, `${v}ed`, `${v}ing`];
}

/** Every written form of one lexicon word: "call on" -> call on, calls on, called on, calling on. */
export function formsOf(word: string): string[] {
  if (word.startsWith("=")) return [word.slice(1)];
  const space = word.indexOf(" ");
  const head = space < 0 ? word : word.slice(0, space);
  const rest = space < 0 ? "" : word.slice(space);
  const heads = head.includes("/") ? head.split("/") : inflect(head);
  return heads.map((h) => h + rest);
}

const escapeForm = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

interface Compiled {
  readonly pattern: RegExp;
  readonly entries: Map<string, LexiconEntry>;
}

function compile(lexicon: readonly LexiconEntry[]): Compiled {
  const entries = new Map<string, LexiconEntry>();
  for (const entry of lexicon)
    for (const w of entry.words) for (const f of formsOf(w)) if (!entries.has(f)) entries.set(f, entry);
  const forms = [...entries.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { pattern: new RegExp(`\\b(?:${forms.map(escapeForm).join("|")})\\b`, "gi"), entries };
}

const COMPILED = compile(LEXICON);
// forms that after an auxiliary are no event of their own: "demands were not met", "a deal will be struck"
const PASSIVE_SKIP = new Set(["met", "struck", "backed", "held"]);
const AUXILIARY = /\b(?:is|are|was|were|be|been|being)\s+(?:not\s+)?$/i;
const NEGATION = /\b(?:not|n't|never|no longer|refused to|declined to)\s+(?:\w+\s+)?$/i;

/**
 * The predicates of `text` (offsets shifted by `base`), longest form first at each position.
 *
 * @example
 * findPredicates("Russia warned NATO on Monday", 0)[0]; // { text: "warned", type: "THREATEN", cameo: "13", ... }
 */
export function findPredicates(text: string, base = 0): PredicateMatch[] {
  const out: PredicateMatch[] = [];
  for (const m of text.matchAll(COMPILED.pattern)) {
    const entry = COMPILED.entries.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (!entry) continue;
    if (text[m.index - 1] === "-") continue; // "US-backed", "US-led": part of a compound modifier
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (PASSIVE_SKIP.has(m[0].toLowerCase()) && AUXILIARY.test(before)) continue;
    const negated = !entry.statement && NEGATION.test(text.slice(Math.max(0, m.index - 24), m.index));
    const flips = negated && ["AGREE", "SUPPORT", "COOPERATE", "AID"].includes(entry.type);
    out.push({
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      type: flips ? "REJECT" : entry.type,
      cameo: flips ? "12" : entry.cameo,
      statement: entry.statement === true,
    });
  }
  return out;
}

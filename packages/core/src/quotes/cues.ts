// Lookup sets over the cue word lists, built once on first use.
import {
  ANONYMOUS_NOUNS,
  CUE_ADVERBS,
  CUE_OBJECTS,
  IRREGULAR_FORMS,
  NAMING_CUES,
  REPORTING_VERBS,
  WEAK_VERBS,
} from "./data/cues.js";

export interface Cues {
  /** Every inflected form of a reporting verb, mapped to its base form. */
  readonly verbs: ReadonlyMap<string, string>;
  readonly weak: ReadonlySet<string>;
  readonly adverbs: ReadonlySet<string>;
  readonly objects: readonly string[];
  /** Matches text that ends in a naming cue: 'a page called'. */
  readonly namingBefore: RegExp;
  readonly anonymous: ReadonlySet<string>;
}

let cached: Cues | null = null;

/** Regular inflections of an English verb; doubled final consonants are added where they may apply. */
function inflect(base: string): string[] {
  if (base.endsWith("e")) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  const forms = [base, /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`, `${base}ed`, `${base}ing`];
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(base)) forms.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`);
  return forms;
}

/** The shared cue tables. */
export function cues(): Cues {
  if (cached) return cached;
  const verbs = new Map<string, string>();
  for (const base of REPORTING_VERBS) {
    for (const f of IRREGULAR_FORMS[base] ?? inflect(base)) if (!verbs.has(f)) verbs.set(f, base);
    for (const f of IRREGULAR_FORMS[base] ?? []) verbs.set(f, base);
  }
  cached = {
    verbs,
    weak: new Set(WEAK_VERBS),
    adverbs: new Set(CUE_ADVERBS),
    objects: CUE_OBJECTS,
    namingBefore: new RegExp(`\\b(?:${NAMING_CUES.join("|")})\\s*[:,]?\\s*$`),
    anonymous: new Set(ANONYMOUS_NOUNS),
  };
  return cached;
}

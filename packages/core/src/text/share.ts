// One copy of what the facts of an article repeat: a corpus of a hundred thousand articles holds millions of
// events and mentions, most with the same empty lists, the same article id list and the same few strings.
// Shared lists are frozen, so that code which would change one for all its holders fails loudly instead.

/** The empty list that every empty id list of an article shares (frozen: nothing may add to it). */
export const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

/** The shared empty list, as a list of `T`. */
export function none<T>(): T[] {
  return NO_IDS as unknown as T[];
}

/** `ids` frozen, as a list that several facts share. */
export function sharedIds(ids: readonly string[]): string[] {
  return Object.freeze(ids) as unknown as string[];
}

/**
 * A table that keeps one value per key, for one article: equal values built again come back as the first.
 *
 * @example
 * const one = sharing<string[]>();
 * one("a\u0000b", () => ["a", "b"]) === one("a\u0000b", () => ["a", "b"]); // true
 */
export function sharing<T>(): (key: string, make: () => T) => T {
  const known = new Map<string, T>();
  return (key, make) => {
    let value = known.get(key);
    if (value === undefined) {
      value = make();
      known.set(key, value);
    }
    return value;
  };
}

/** An id list with one copy per distinct list: empty lists are `NO_IDS`, equal lists one frozen array. */
export function idLists(): (ids: string[]) => string[] {
  const one = sharing<string[]>();
  // the list kept is a copy of exactly its length: a list built by pushing has room for sixteen more ids,
  // which would outweigh the ids themselves in each of the millions of lists a corpus holds
  return (ids) => (ids.length === 0 ? NO_IDS : one(ids.join("\u0000"), () => sharedIds(ids.slice())));
}

/**
 * A copy of `s` that is a string of its own in the narrowest representation: a slice of the raw text
 * would keep the whole article alive, and a slice of a text with curly quotes holds two bytes a character.
 */
function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** The strings that `common` hands out, each its own copy; past MAX_COMMON all are dropped, to bound memory. */
const COMMON = new Map<string, string>();
const MAX_COMMON = 50_000;
/** Longer strings (whole sentences) rarely come back, and a copy of one would be held besides its slice. */
const MAX_COMMON_LENGTH = 60;

/**
 * One copy of a short string that articles repeat: names, mention texts, predicates, cues, times, outlets.
 * The same few thousand come back article after article, and a corpus holds millions of them.
 *
 * @example
 * const place = common(raw.slice(75, 81)); // "Guyana": one string however many mentions read it
 */
export function common(s: string): string {
  if (s.length > MAX_COMMON_LENGTH) return s;
  let known = COMMON.get(s);
  if (known === undefined) {
    if (COMMON.size >= MAX_COMMON) COMMON.clear();
    known = ownCopy(s);
    COMMON.set(known, known);
  }
  return known;
}

/**
 * `compute` with its answers kept for the strings it met, across articles: for pure functions of names and
 * titles that the same few thousand inputs call again and again. Past `max` answers all are dropped, to bound
 * their memory.
 *
 * @example
 * const slug = remembered(slugOf, 20_000);
 */
export function remembered(compute: (s: string) => string, max: number): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let answer = known.get(s);
    if (answer === undefined) {
      if (known.size >= max) known.clear();
      answer = compute(s);
      known.set(s, answer);
    }
    return answer;
  };
}

/**
 * One copy of each string met, for one article: repeated names, predicates and cues, each also shared with
 * other articles (see `common`). An article repeats its own strings most, and the small table of the
 * article's answers those repeats faster than the large shared one.
 */
export function strings(): (s: string) => string {
  const met = new Map<string, string>();
  return (s) => {
    let known = met.get(s);
    if (known === undefined) {
      known = common(s);
      met.set(s, known);
    }
    return known;
  };
}

/**
 * The parts joined into one flat string. An id built with `+` is a pair of its parts, which the first
 * table keyed by the id flattens into a copy that the pair then holds besides itself: twice the memory
 * for each of the millions of ids a corpus holds.
 *
 * @example
 * joined("a/", "sergei-lavrov"); // "a/sergei-lavrov"
 */
export function joined(...parts: string[]): string {
  return parts.join("");
}

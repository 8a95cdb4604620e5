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
  return (ids) => (ids.length === 0 ? NO_IDS : one(ids.join("\u0000"), () => sharedIds(ids)));
}

/** One copy of each string met, for one article: repeated names, predicates and cues. */
export function strings(): (s: string) => string {
  const one = sharing<string>();
  return (s) => one(s, () => s);
}

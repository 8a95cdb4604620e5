/**
 * Every match of a global pattern in `text` from its start, as `text.matchAll(pattern)` lists them. `matchAll` copies the
 * pattern on each call, and the copy of a long pattern runs many times slower than the pattern itself: on
 * the short lines the article stage reads, the copy cost more than the search.
 *
 * The matches are all read before any is returned, so code that handles one may search with the same pattern.
 *
 * @example
 * matchesOf(/\d+/g, "in 2011 and 2014").map((m) => m[0]) // ["2011", "2014"]
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // an empty match moves on by one character (a whole surrogate pair under the u flag), as matchAll does
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

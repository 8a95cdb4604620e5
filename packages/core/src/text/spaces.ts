// White space as regular expressions read it, for the hand-written scans that stand in for `split(/\s+/)`,
// `trimEnd()` and `replace(/\s+/g, " ")` on short stretches (before a time or a predicate, a quotation's words):
// those run for every expression, event and quotation, and the strings they cut or build were most of the cost.

/** Whether code unit `c` is one that `\s` matches (and `trim` removes): ASCII and Unicode spaces, line ends. */
export function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text.slice(start, end).replace(/\s+/g, " ")`, without the replacement when every space in the stretch is
 * already one plain space, as nearly all are.
 */
export function collapsedSpaces(text: string, start: number, end: number): string {
  const stretch = text.slice(start, end);
  return hasSpacesToCollapse(text, start, end) ? stretch.replace(/\s+/g, " ") : stretch;
}

/** Whether `text[start, end)` has white space other than single plain spaces, which collapsedSpaces replaces. */
export function hasSpacesToCollapse(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isRegexSpace(c) && (c !== 32 || (i + 1 < end && isRegexSpace(text.charCodeAt(i + 1))))) return true;
  }
  return false;
}

/** Where the white space at the end of `text[start, end)` begins: `end` when there is none. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isRegexSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

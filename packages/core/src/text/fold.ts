// Folding for matching. The folded string has exactly the raw string's length, so an offset found in the
// folded text is an offset into the raw input: no offset maps to keep in step.

const FOLD: Record<string, string> = {
  "\u2018": "'", // left single quote
  "\u2019": "'", // right single quote / apostrophe
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'", // prime
  "\u00b4": "'",
  "\u0060": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u3000": " ",
  "\t": " ",
  "\ufeff": " ", // BOM or zero-width no-break space
  "\u200b": " ", // zero-width space
  "\u2026": ".", // ellipsis (one code unit stays one code unit)
};
/** The folded character of each foldable UTF-16 code unit. */
const FOLD_CODE = new Map(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to]));

/**
 * Folds curly and straight quotes, dashes and unusual spaces to their ASCII forms, one code unit for one,
 * so that offsets into the folded text are offsets into the raw text. Case is kept.
 *
 * @example
 * foldText("\u201cWe don\u2019t agree\u201d") // '"We don\'t agree"'
 */
export function foldText(raw: string): string {
  // one pass over the code units, copying the runs between foldable ones: every article goes through here.
  // The runs are joined once at the end, into one flat string: a string grown by `+=` is a chain of pieces
  // that every later read of the folded text (all the stages match on it) has to walk.
  const runs: string[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0xa0 && c !== 9 && c !== 0x60) continue;
    const to = FOLD_CODE.get(c);
    if (to === undefined) continue;
    runs.push(raw.slice(from, i), to);
    from = i + 1;
  }
  if (from === 0) return raw;
  runs.push(raw.slice(from));
  return runs.join("");
}

// Text keys for matching across articles: folded names, a transliteration key that makes Sergei/Sergey and
// Aleksei/Alexey equal, acronyms, and normalised quote words with contractions expanded.

/** Lowercase ASCII words: diacritics and punctuation dropped, "U.S." -> "us", a possessive "'s" dropped. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019`]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ""))
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/**
 * A spelling-insensitive key for one name word, for transliterated names.
 *
 * @example
 * translitKey("Sergey") === translitKey("Sergei"); // true
 */
export function translitKey(word: string): string {
  return foldName(word)
    .replace(/x/g, "ks")
    .replace(/^ye/, "e")
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/q/g, "k")
    .replace(/dh/g, "d")
    .replace(/y/g, "i")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/ei$|ii$|ij$/g, "i")
    .replace(/ie$/g, "i");
}

const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "du", "la", "le", "des", "et", "on", "in", "to"]);

/** The initials of a multi-word name: "North Atlantic Treaty Organization" -> "nato"; null for one word. */
export function acronymOf(name: string): string | null {
  const words = foldName(name)
    .split(" ")
    .filter((w) => w && !ACRONYM_SKIP.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join("") : null;
}

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwon't\b/g, "will not"],
  [/\bcan't\b/g, "can not"],
  [/\bcannot\b/g, "can not"],
  [/\bshan't\b/g, "shall not"],
  [/n't\b/g, " not"],
  [/'re\b/g, " are"],
  [/'ve\b/g, " have"],
  [/'ll\b/g, " will"],
  [/'m\b/g, " am"],
  [/'d\b/g, " would"],
  [/\b(it|that|there|what|he|she|who)'s\b/g, "$1 is"],
];

/** A light stem so that "agreed" meets "agree" and "talks" meets "talk". */
function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith("eed")) return w.slice(0, -1);
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ing") && w.length > 5) return w.slice(0, -3);
  if (w.endsWith("ed")) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/**
 * The words of a quote for matching: folded quotes and case, contractions expanded, lightly stemmed.
 *
 * @example
 * quoteWords("We don\u2019t agree yet,"); // ["we", "do", "not", "agree", "yet"]
 */
export function quoteWords(text: string): string[] {
  let t = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .toLowerCase();
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .map(stem);
}

/** A 32-bit FNV-1a hash of a string, for compact blocking keys. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A 52-bit hash of a string in base 36: a short stand-in for a long key (a quote's words) inside index
 * keys, where 32 bits would collide among hundreds of thousands of quotes.
 */
export function hashKey(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return ((a >>> 0) * 2 ** 20 + ((b >>> 0) & 0xfffff)).toString(36);
}

/**
 * The id of an article's actor or quote among all articles: its own id where that already names the article
 * and nothing more ("afp-1/sergei-lavrov", "afp-1/q3", as `normalizeArticle` gives them), else the article id
 * and its own id joined. A corpus holds a node per actor and quote of every article: most need no new string.
 */
export function nodeId(articleId: string, localId: string): string {
  const n = articleId.length;
  return localId.length > n + 1 &&
    localId.charCodeAt(n) === 47 &&
    localId.startsWith(articleId) &&
    localId.indexOf("/", n + 1) < 0
    ? localId
    : `${articleId}\u0000${localId}`;
}

// Word tokens of a span of the folded text, with the facts the name finder asks of each.
// Hand-written because news names need care a general tokenizer lacks: "U.S.", "Gen.", "al-Assad",
// "NATO-Russia" stay whole, while "Russia's" and "players'" give up their possessive.

/** One token: a word, or a single punctuation mark. Offsets are into the raw text. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A word (letters or digits) rather than punctuation. */
  readonly word: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Two or more letters, all capitals: "NATO", "U.S.". */
  readonly caps: boolean;
  /** First word of a sentence, of a quotation or after a colon: its capital says nothing. */
  readonly opener: boolean;
  /** Followed directly by a possessive "'s" or "'". */
  readonly possessive: boolean;
}

// A word with inner hyphens, apostrophes or dots ("U.S.", "al-Assad", "O'Brien"), or a punctuation mark.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'.&][\p{L}\p{N}]+)*|\S/gu;
const ABBREVIATIONS = new Set([
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Capt",
  "Sgt",
  "Adm",
  "Dr",
  "Mr",
  "Mrs",
  "Ms",
  "Prof",
  "Sen",
  "Rep",
  "Gov",
  "Rev",
  "St",
  "Jr",
  "Sr",
  "Corp",
  "Inc",
  "Co",
  "Ltd",
  "Mt",
  "Ft",
  "Brig",
  "No",
  "Messrs",
  "Pres",
  "Supt",
  "Det",
]);
const OPENING = new Set(['"', "(", ":", "[", "-", "|"]);

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}

/**
 * Tokenises `folded.slice(start, end)`. A trailing period joins a known abbreviation ("Gen.") or an
 * initial ("W."), and does not then end the sentence.
 *
 * @example
 * tokenize('Russia\'s "Gen. Ivanov" said', 0, 27).map((t) => t.text) // ["Russia", '"', "Gen.", "Ivanov", '"', "said"]
 */
export function tokenize(folded: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const text = folded.slice(start, end);
  let opener = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let s = m.index;
    let raw = m[0];
    if (raw === "." && out.length > 0) {
      const prev = out[out.length - 1] as Token;
      if (prev.word && prev.end === start + s && isAbbreviation(prev.text)) {
        out[out.length - 1] = { ...prev, text: `${prev.text}.`, end: prev.end + 1 };
        continue;
      }
    }
    let possessive = false;
    const poss = /'s?$/i.exec(raw);
    if (poss && raw.length > poss[0].length && /\p{L}/u.test(raw)) {
      raw = raw.slice(0, poss.index);
      possessive = true;
    } else if (raw === "'" && out.length > 0 && (out[out.length - 1] as Token).end === start + s) {
      continue; // the possessive of a plural written apart: players' union
    }
    const word = /[\p{L}\p{N}]/u.test(raw);
    const first = raw.charAt(0);
    const letters = raw.replace(/[^\p{L}]/gu, "");
    out.push({
      text: raw,
      lower: raw.toLowerCase(),
      start: start + s,
      end: start + s + raw.length,
      word,
      cap: word && first !== first.toLowerCase(),
      caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      opener: word && opener,
      possessive,
    });
    s += raw.length;
    if (word) opener = false;
    else if (raw === "." || raw === "!" || raw === "?" || OPENING.has(raw)) opener = true;
  }
  return out;
}

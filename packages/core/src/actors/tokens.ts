// Word tokens of a span of the folded text, with the facts the name finder asks of each.
// Hand-written because news names need care a general tokenizer lacks: "U.S.", "Gen.", "al-Assad",
// "NATO-Russia" stay whole, while "Russia's" and "players'" give up their possessive.

import { STATE_ABBREVIATIONS } from "../text/abbreviations.js";
import { PRONOUN_BEFORE } from "../text/sentences.js";
import type { WordFacts } from "./facts.js";

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
  /** Followed by a plural's possessive mark that stays with the name: "Irrigators'" of "Irrigators' Council". */
  readonly pluralMark?: true;
  /** What the gazetteer knows of the word, filled in when first asked (see `factsOf`). */
  readonly facts?: WordFacts;
}

// the bits of `BuiltToken.flags`
const WORD = 1;
const CAP = 2;
const CAPS = 4;
const OPENER = 8;
const POSSESSIVE = 16;
const PLURAL_MARK = 32;

/**
 * A token as built: every token is made by this one constructor (see `copyToken` and `tokenize`), so that all
 * tokens share one hidden class and the name finder's reads of their fields stay monomorphic.
 *
 * A constructor rather than an object literal because V8 follows how long the objects of each literal live:
 * after a few collections that met an article's tokens alive mid-call, it judged the tokens' literal long-lived
 * and allocated every token in the old generation from then on. Tokens die with their call, so they piled up
 * there until a full collection, and each one held its young strings through every scavenge: an eighth of the
 * allocation went old, and scavenges took several times longer, which set the p99 of normalizeArticle. An
 * object made by `new` always starts young.
 */
class BuiltToken implements Token {
  declare text: string;
  declare lower: string;
  declare start: number;
  declare end: number;
  /**
   * The yes-or-no facts of the token as bits (see `WORD` and the rest). Each fact held as a field of its own took
   * a pointer: of an article's half-megabyte allocated, a twentieth was those fields of its tokens, read through
   * the getters below, which V8 inlines where the token's class is known.
   */
  declare flags: number;
  declare facts: WordFacts | undefined;

  constructor(
    text: string,
    lower: string,
    start: number,
    end: number,
    word: boolean,
    cap: boolean,
    caps: boolean,
    opener: boolean,
    possessive: boolean,
    pluralMark: true | undefined,
  ) {
    // the fields in one order; `facts` is filled in when first asked
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.end = end;
    this.flags =
      (word ? WORD : 0) |
      (cap ? CAP : 0) |
      (caps ? CAPS : 0) |
      (opener ? OPENER : 0) |
      (possessive ? POSSESSIVE : 0) |
      (pluralMark ? PLURAL_MARK : 0);
    this.facts = undefined;
  }

  get word(): boolean {
    return (this.flags & WORD) !== 0;
  }
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  get caps(): boolean {
    return (this.flags & CAPS) !== 0;
  }
  get opener(): boolean {
    return (this.flags & OPENER) !== 0;
  }
  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }
  get pluralMark(): true | undefined {
    return (this.flags & PLURAL_MARK) !== 0 ? true : undefined;
  }
}

const charCodeAt = String.prototype.charCodeAt;

/**
 * `text.charCodeAt(i)` for the words of tokens, asked of every token. To V8 those words are strings of many kinds
 * (copied, sliced from the text, joined, single characters), and a method looked up on them at one place meets
 * them all: the lookup goes megamorphic and the read is no longer inlined. Called as the prototype's own
 * function, it is inlined whatever the kind of string.
 */
export function codeAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}

const toLowerCase = String.prototype.toLowerCase;

/** `text.toLowerCase()` for the words of tokens, inlined whatever kind of string holds them (see `codeAt`). */
function lowerCase(text: string): string {
  return toLowerCase.call(text);
}

/**
 * The token at `i`, or undefined before the first. Names at the start of a paragraph ask for the words before
 * them: to V8, `ts[-1]` is a property named "-1", looked up through the prototype chain some fifty times slower
 * than an element is read, where a negative index answered here costs one comparison.
 */
export function tokenAt(ts: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? ts[i] : undefined;
}

/** A token with `changes` made to it. What the gazetteer knows is asked again. */
export function copyToken(t: Token, changes: Partial<Token>): Token {
  return new BuiltToken(
    changes.text ?? t.text,
    changes.lower ?? t.lower,
    changes.start ?? t.start,
    changes.end ?? t.end,
    changes.word ?? t.word,
    changes.cap ?? t.cap,
    changes.caps ?? t.caps,
    changes.opener ?? t.opener,
    changes.possessive ?? t.possessive,
    changes.pluralMark ?? t.pluralMark,
  );
}

/** A nickname and its closing mark, before a capitalised surname: 'Bobby" ' of 'Robert "Bobby" Kessler'. */
const NICKNAME = /^\p{Lu}[\p{Ll}'.-]{1,15}" (?=\p{Lu})/u;

/**
 * Possessives that stay in a name before a capitalised word: a saint's ("St Luke's Hospital", "St. Mary's
 * Cathedral") and a sovereign's ("King's College", "Queen's University").
 */
const isSaintly = (out: readonly Token[], raw: string) => {
  if (raw === "King's" || raw === "Queen's") return true;
  const prev = out[out.length - 1];
  return prev !== undefined && (prev.text === "St" || prev.text === "St." || prev.text === "Saint");
};
const CAPITAL_AFTER = /^ \p{Lu}/u;

/** The office of a holder, after "'s": "Examiner's Office", "Sheriff's Department". */
const OFFICE_AFTER = /^ (?:Office|Department)\b/;
/**
 * The ending of a holder's title before such an office: "Sheriff's", "Medical Examiner's", "Attorney's",
 * "Governor's", "Clerk's", "Chief's"; not a place's name ("Yukon's Department of Highways").
 */
const OFFICE_HOLDER = /(?:er|or|ar|iff|al|ent|ant|ist|ee|ief|erk|ean)'s$/i;

// A word with inner hyphens, apostrophes or dots ("U.S.", "al-Assad", "O'Brien"), or a punctuation mark.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'.&][\p{L}\p{N}]+)*|\S/gu;
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
/** ASCII letters and digits by code, for the scan below: one load where there were up to six comparisons. */
const LETTER_OR_DIGIT = 1;
const CAPITAL = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = LETTER_OR_DIGIT;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LETTER_OR_DIGIT;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = LETTER_OR_DIGIT | CAPITAL;
// (past the end of the text `c` is NaN, which is of no class)
const asciiClass = (c: number) => (c < 128 ? (ASCII_CLASS[c] as number) : 0);

/**
 * Whether the token that `asciiTokenEnd` read last holds a capital, noted as the scan passed its letters: a
 * word without one is its own lower case, and reading it a second time to know that cost a tenth of the time.
 */
let scannedCapital = false;

/**
 * Where the token starting at `i` ends, for text without non-ASCII characters (the common case), read as
 * TOKEN reads it but by hand: `(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:[-'.&][A-Za-z0-9]+)*|\S`.
 */
function asciiTokenEnd(s: string, i: number): number {
  let j = i;
  let initials = 0;
  while (isAsciiUpper(s.charCodeAt(j)) && s.charCodeAt(j + 1) === 46) {
    j += 2;
    initials++;
  }
  scannedCapital = initials > 0;
  if (initials >= 2) return j;
  let c = s.charCodeAt(i);
  if (asciiClass(c) === 0) return i + 1;
  let classes = 0;
  j = i;
  for (;;) {
    for (let k = asciiClass(c); k !== 0; k = asciiClass(c)) {
      classes |= k;
      c = s.charCodeAt(++j);
    }
    // an inner hyphen, apostrophe, stop or ampersand joins the letters after it
    if ((c === 45 || c === 39 || c === 46 || c === 38) && asciiClass(s.charCodeAt(j + 1)) !== 0) c = s.charCodeAt(++j);
    else break;
  }
  scannedCapital = (classes & CAPITAL) !== 0;
  return j;
}
const NON_ASCII = /[\u0080-\uffff]/;

const ABBREVIATIONS = new Set([
  // an engineer's style: "Eng. Ali Saleh", "Engr. Ada Obi"
  "Eng",
  "Engr",
  // Hungarian legal forms: "Hartwig Fekrendszer Kft."
  "Kft",
  "Zrt",
  "Nyrt",
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Capt",
  "Sgt",
  "Adm",
  "Dr",
  // styles and ranks written with a stop: "Hon. Yakubu Shafii", "Fr. Ante Lovric", "Sr. Comr. Hendra", "Ald. Ray Lee"
  "Hon",
  "Fr",
  "Msgr",
  "Comr",
  "Cdr",
  "Ald",
  "Smt",
  "Adv",
  // Mongolian initials of a father's name, of two letters: "Ts. Elbegdorj", "Kh. Battulga", "Ch. Saikhanbileg"
  "Ts",
  "Ch",
  "Kh",
  "Sh",
  "Zh",
  "Ya",
  "Lh",
  "Dz",
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
  "Coun",
  "Det",
  "Insp",
  "Cpl",
  "Pvt",
  "Cmdr",
  "Atty",
  "Amb",
  "Min",
  // Spanish and Portuguese honorifics of a degree: "Ing. Rubén Apaza", "Lic. Ana Ruiz", "Dra. Sosa"
  "Ing",
  "Lic",
  "Arq",
  "Dra",
]);
/**
 * A French article elided before a name: "d'Ivoire" of "Côte d'Ivoire", "l'Ouverture"; the word of `length`
 * characters is read where it stands in `text`, from `from`.
 */
const isElided = (text: string, from: number, length: number) => {
  const c = text.charCodeAt(from);
  return (
    length > 2 && (c === 100 || c === 108) && text.charCodeAt(from + 1) === 39 && /\p{Lu}/u.test(text.charAt(from + 2))
  );
};

/** Possessives of plurals without "s" that open names: "People's Liberation Army", "Children's Hospital". */
const IRREGULAR_PLURAL_POSSESSIVES = new Set(["People's", "Children's", "Women's", "Men's"]);
const MEN_POSSESSIVE = /^[A-Z][a-z]+men's$/;
const OPENING = new Set(['"', "(", ":", "[", "-", "|"]);

/** The last part of a word after a hyphen or a stop: "Fla" of "R-Fla", "Y" of "D-N.Y". */
const LAST_PART = /[-.]([A-Z][a-z]{0,4})$/;

/** Whether a period after `word` belongs to it; `afterComma` when a comma comes right before the word. */
const LETTERS_BETWEEN_STOPS = /^[a-z](?:\.[a-z]){1,3}$/;

function isAbbreviation(word: string, afterComma: boolean): boolean {
  // most stops end a sentence after a lower-case word: without a hyphen or a stop inside, no rule below takes
  // it (the abbreviations and states are capitalised), and no table need be asked
  const c0 = word.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122 && !word.includes("-") && !word.includes(".")) return word === "sp";
  // "a.s.", "s.r.o.", "d.o.o.": letters between stops, as legal forms and "e.g." are written
  if (LETTERS_BETWEEN_STOPS.test(word)) return true;
  if (ABBREVIATIONS.has(word) || (word.length === 1 && word !== word.toLowerCase())) return true;
  // "N.Y.", "D-N.Y.", "R-Fla.", "Springfield, Ill.": a state's abbreviation in a party tag or after a comma
  // (the pattern needs a hyphen or a stop, which most words have not)
  const tagged = word.includes("-") || word.includes(".") ? LAST_PART.exec(word)?.[1] : undefined;
  if (tagged?.length === 1) return true;
  const part = tagged ?? (afterComma ? word : "");
  return part !== "" && /^[A-Z][a-z]+$/.test(part) && STATE_ABBREVIATIONS.has(part.toLowerCase());
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Whether a one-character token is a letter or digit (ASCII fast path). */
function isAlnumChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return ALNUM.test(c);
}

/**
 * Two or more letters, none of them lower case: "NATO", "U.S.". The word is read where it stands, from `from` up
 * to `to` in `text`: one string of one kind for all words (see `codeAt`).
 */
function isAllCaps(text: string, from: number, to: number): boolean {
  let letters = 0;
  for (let i = from; i < to; i++) {
    // ASCII by its codes: no string per character for the common case
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (isAsciiUpper(code)) letters++;
      else if (code >= 97 && code <= 122) return false;
      continue;
    }
    const c = text.charAt(i);
    const lower = c.toLowerCase();
    if (c !== lower) letters++;
    else if (c !== c.toUpperCase()) return false;
  }
  return letters >= 2;
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
  let opener = true;
  const slice = folded.slice(start, end);
  const ascii = !NON_ASCII.test(slice);
  // outside ASCII, one lower-casing per paragraph (its context can matter: "Σ"); per token only where case
  // mapping changes the length ("İ"). An ASCII word is lower-cased alone, and only when it holds a capital.
  const lowered = ascii ? slice : slice.toLowerCase();
  const lowerOf =
    !ascii && lowered.length === slice.length ? (s: number, e: number) => lowered.slice(s - start, e - start) : null;
  let at = start;
  for (;;) {
    let s: number;
    let e: number;
    // whether an ASCII token holds a capital (its possessive or a part past the unit's end may hold the one)
    let capital = false;
    if (ascii) {
      s = at;
      while (s < folded.length && isAsciiSpace(folded.charCodeAt(s))) s++;
      if (s >= folded.length) break;
      e = asciiTokenEnd(folded, s);
      capital = scannedCapital;
    } else {
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(folded);
      if (!m) break;
      s = m.index;
      e = s + m[0].length;
    }
    if (s >= end) break;
    at = e;
    // the word's characters are read from `folded`, where it stands, rather than from `raw` (see `codeAt`)
    const stop = Math.min(e, end);
    let raw = folded.slice(s, stop);
    let length = stop - s;
    // Robert "Bobby" Kessler: a nickname in quotation marks between a given name and a surname is passed over,
    // so that the name reads whole
    if (raw === '"' && out.length > 0) {
      const prev = out[out.length - 1] as Token;
      const nick = prev.cap && prev.word && prev.end === s - 1 ? NICKNAME.exec(folded.slice(e, e + 24)) : null;
      if (nick && e + nick[0].length < end) {
        at = e + nick[0].length;
        continue;
      }
    }
    if (raw === "." && out.length > 0) {
      const prev = out[out.length - 1] as Token;
      const before = out[out.length - 2];
      // "and so have I. Eskom has the money": the pronoun, not an initial
      const pronoun = prev.text === "I" && before !== undefined && PRONOUN_BEFORE.test(`${before.text} `);
      if (prev.word && prev.end === s && !pronoun && isAbbreviation(prev.text, before?.text === ",")) {
        out[out.length - 1] = copyToken(prev, { text: `${prev.text}.`, lower: `${prev.lower}.`, end: prev.end + 1 });
        continue;
      }
    }
    let possessive = false;
    const multi = length > 1;
    const lastCode = folded.charCodeAt(stop - 1);
    if (multi && (lastCode === 115 || lastCode === 83) && folded.charCodeAt(stop - 2) === 39) {
      // "People's Liberation Army", "Children's Hospital": part of a name, not an owner before it; so is "the
      // Medical Examiner's Office", "the Sheriff's Department": an office named by its holder
      if (
        !IRREGULAR_PLURAL_POSSESSIVES.has(raw) &&
        // "Scottish Fishermen's Federation", "Servicemen's League": a plural in -men before a capital
        !(MEN_POSSESSIVE.test(raw) && CAPITAL_AFTER.test(folded.slice(e, e + 3))) &&
        !(OFFICE_HOLDER.test(raw) && OFFICE_AFTER.test(folded.slice(e, e + 12))) &&
        !(isSaintly(out, raw) && CAPITAL_AFTER.test(folded.slice(e, e + 3)))
      ) {
        length -= 2;
        raw = folded.slice(s, s + length);
        possessive = true;
      }
    } else if (multi && lastCode === 39) {
      length -= 1;
      raw = folded.slice(s, s + length);
      possessive = true;
    } else if (raw === "'" && out.length > 0 && (out[out.length - 1] as Token).end === s) {
      // the possessive of a plural written apart: players' union
      out[out.length - 1] = copyToken(out[out.length - 1] as Token, { pluralMark: true });
      continue;
    }
    const word = multi || isAlnumChar(raw);
    const c0 = folded.charCodeAt(s);
    const cap =
      word &&
      (c0 < 128
        ? (c0 >= 65 && c0 <= 90) || ((c0 === 100 || c0 === 108) && isElided(folded, s, length))
        : raw.charAt(0) !== raw.charAt(0).toLowerCase());
    out.push(
      new BuiltToken(
        raw,
        // a word with no capital in it is its own lower case: no second string, and one hash for both
        ascii ? (capital ? lowerCase(raw) : raw) : lowerOf ? lowerOf(s, s + length) : lowerCase(raw),
        s,
        s + length,
        word,
        cap,
        cap && isAllCaps(folded, s, s + length),
        word && opener,
        possessive,
        undefined,
      ),
    );
    if (word) opener = false;
    else if (raw === "." || raw === "!" || raw === "?" || OPENING.has(raw)) opener = true;
  }
  return out;
}

// The characters a regular expression's match may start with, read from its source. The debris rules are
// dozens of patterns anchored at the start of a line; a line can only match those whose first character it
// starts with, so sorting the patterns by that character spares most lines most of the patterns. Hand-written
// because no small library reads a pattern's first characters. The reading errs on the side of "any":
// lookarounds, back-references, negated classes and Unicode properties allow every character, so a pattern is
// never left out for a character it could start with.

/** The code units a match may start with: a table over ASCII, whether any other may, whether it may be empty. */
export interface Openers {
  readonly ascii: boolean[];
  readonly other: boolean;
  readonly empty: boolean;
}

interface Chars {
  ascii: boolean[];
  other: boolean;
}

const noChars = (): Chars => ({ ascii: new Array<boolean>(128).fill(false), other: false });
const anyChar = (): Chars => ({ ascii: new Array<boolean>(128).fill(true), other: true });

function addRange(set: Chars, lo: number, hi: number): void {
  for (let c = lo; c <= Math.min(hi, 127); c++) set.ascii[c] = true;
  if (hi >= 128) set.other = true;
}

function addAll(set: Chars, from: Chars): void {
  for (let c = 0; c < 128; c++) if (from.ascii[c]) set.ascii[c] = true;
  if (from.other) set.other = true;
}

/** `\d`, `\w` and `\s` as sets; the other class escapes (`\D`, `\p{L}` ...) as any character. */
function classEscape(letter: string): Chars | null {
  const set = noChars();
  if (letter === "d") addRange(set, 48, 57);
  else if (letter === "w") {
    addRange(set, 48, 57);
    addRange(set, 65, 90);
    addRange(set, 97, 122);
    set.ascii[95] = true;
  } else if (letter === "s") {
    addRange(set, 9, 13);
    set.ascii[32] = true;
    set.other = true;
  } else if ("DWSpP".includes(letter)) return anyChar();
  else return null;
  return set;
}

const CONTROL: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };

/** A reader over one pattern's source; `at` moves on as it reads. */
class Reader {
  at = 0;
  constructor(readonly src: string) {}

  /** Alternatives up to a closing bracket or the end. */
  alternatives(): { chars: Chars; empty: boolean } {
    const chars = noChars();
    let empty = false;
    for (;;) {
      const seq = this.sequence();
      addAll(chars, seq.chars);
      empty ||= seq.empty;
      if (this.src[this.at] !== "|") return { chars, empty };
      this.at++;
    }
  }

  /** Items up to "|", ")" or the end: the first characters of each item until one cannot be empty. */
  sequence(): { chars: Chars; empty: boolean } {
    const chars = noChars();
    let empty = true;
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      const item = this.atom();
      const optional = this.quantifier();
      if (empty) addAll(chars, item.chars);
      empty &&= item.empty || optional;
    }
    return { chars, empty };
  }

  /** A quantifier after an atom, if any; true when it allows no repetition ("*", "?", "{0,n}"). */
  quantifier(): boolean {
    const c = this.src[this.at];
    let optional = false;
    if (c === "*" || c === "?") optional = true;
    else if (c === "+") optional = false;
    else if (c === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) return false;
      this.at += m[0].length - 1;
      optional = Number(m[1]) === 0;
    } else return false;
    this.at++;
    if (this.src[this.at] === "?") this.at++; // lazy
    return optional;
  }

  atom(): { chars: Chars; empty: boolean } {
    const c = this.src[this.at++] as string;
    if (c === "(") return this.group();
    if (c === "[") return { chars: this.charClass(), empty: false };
    if (c === ".") return { chars: anyChar(), empty: false };
    if (c === "^" || c === "$") return { chars: noChars(), empty: true };
    if (c === "\\") return this.escape();
    const set = noChars();
    addRange(set, c.charCodeAt(0), c.charCodeAt(0));
    return { chars: set, empty: false };
  }

  group(): { chars: Chars; empty: boolean } {
    let assertion = false;
    if (this.src[this.at] === "?") {
      const kind = this.src.slice(this.at, this.at + 3);
      assertion = kind.startsWith("?=") || kind.startsWith("?!") || kind === "?<=" || kind === "?<!";
      if (kind.startsWith("?:") || kind.startsWith("?=") || kind.startsWith("?!")) this.at += 2;
      else if (kind === "?<=" || kind === "?<!") this.at += 3;
      else if (kind.startsWith("?<")) this.at = this.src.indexOf(">", this.at) + 1;
      else {
        // a group this reader does not know ("(?i:...)"): read past it, and allow anything
        this.at++;
        this.alternatives();
        this.at++;
        return { chars: anyChar(), empty: true };
      }
    }
    const inner = this.alternatives();
    this.at++; // ")"
    // a lookaround consumes nothing: what follows it starts the match
    return assertion ? { chars: noChars(), empty: true } : inner;
  }

  escape(): { chars: Chars; empty: boolean } {
    const c = this.src[this.at++] as string;
    if (c === "b" || c === "B") return { chars: noChars(), empty: true };
    // a back-reference may be empty or hold anything
    if (c >= "1" && c <= "9") return { chars: anyChar(), empty: true };
    if (c === "k") return { chars: anyChar(), empty: true };
    return { chars: this.escapedChar(c), empty: false };
  }

  /** The characters of an escape after its backslash (`at` past the letter). */
  escapedChar(c: string): Chars {
    const named = classEscape(c);
    if (named) return named;
    const set = noChars();
    const code = this.escapedCode(c);
    if (code === null) return anyChar();
    addRange(set, code, code);
    return set;
  }

  /** The code unit of a single-character escape, or null when it is not one (`\p{L}` and the like). */
  escapedCode(c: string): number | null {
    if (c === "u" || c === "x") {
      const n = c === "u" ? 4 : 2;
      const hex = this.src.slice(this.at, this.at + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return null;
      this.at += n;
      return Number.parseInt(hex, 16);
    }
    if (c in CONTROL) return CONTROL[c] as number;
    if (c === "c") return null;
    return c.charCodeAt(0);
  }

  charClass(): Chars {
    const set = noChars();
    const negated = this.src[this.at] === "^";
    if (negated) this.at++;
    while (this.at < this.src.length && this.src[this.at] !== "]") {
      const lo = this.classMember(set);
      if (lo !== null && this.src[this.at] === "-" && this.src[this.at + 1] !== "]") {
        this.at++;
        const hi = this.classMember(set);
        if (hi === null) set.ascii[45] = true;
        else addRange(set, lo, hi);
      } else if (lo !== null) addRange(set, lo, lo);
    }
    this.at++; // "]"
    return negated ? anyChar() : set;
  }

  /** One member of a class: its code unit, or null after adding a class escape (`\w`) to `set`. */
  classMember(set: Chars): number | null {
    const c = this.src[this.at++] as string;
    if (c !== "\\") return c.charCodeAt(0);
    const e = this.src[this.at++] as string;
    if (e === "b") return 8;
    const named = classEscape(e);
    if (named) {
      addAll(set, named);
      return null;
    }
    const code = this.escapedCode(e);
    if (code === null) addAll(set, anyChar());
    return code;
  }
}

/**
 * The code units a match of `pattern` may start with. Letters count in both cases under the "i" flag.
 *
 * @example
 * openersOf(/^\s*(tags|topics)\s*:/i).ascii["t".charCodeAt(0)] // true
 */
export function openersOf(pattern: RegExp): Openers {
  const reader = new Reader(pattern.source);
  const { chars, empty } = reader.alternatives();
  if (reader.at < pattern.source.length) return { ...anyChar(), empty: true };
  if (pattern.ignoreCase) {
    for (let c = 65; c <= 90; c++) {
      const either = chars.ascii[c] || chars.ascii[c + 32];
      chars.ascii[c] = either as boolean;
      chars.ascii[c + 32] = either as boolean;
    }
    // under "iu", "k" and "s" also match the Kelvin sign and the long s
    if (pattern.unicode) chars.other = true;
  }
  return { ascii: chars.ascii, other: chars.other, empty };
}

// The first two characters a regular expression's match may start with, read from its source. The debris rules
// are dozens of patterns anchored at the start of a line; a line can only match those whose first characters
// it starts with, so sorting the patterns by them spares most lines most of the patterns. Hand-written because
// no small library reads a pattern's first characters. The reading errs on the side of "any": lookarounds are
// passed over, and back-references, negated classes and Unicode properties allow every character, so a pattern
// is never left out for a line it could match.

/** Code units are read by their ASCII code; every other code unit counts as one, OTHER. */
const OTHER = 128;
const UNITS = 129;

/** A set of code units: bits over the ASCII codes and OTHER, 32 to a word. */
type Units = number[];

const noUnits = (): Units => [0, 0, 0, 0, 0];
const allUnits = (): Units => [-1, -1, -1, -1, 1];
const has = (set: Units, c: number) => (((set[c >> 5] as number) >>> (c & 31)) & 1) === 1;
const isEmpty = (set: Units) => set.every((w) => w === 0);

/** What strings a pattern's match may open with. */
export interface Openers {
  /** The match may be empty. */
  readonly empty: boolean;
  /** The code units of a match one code unit long. */
  readonly one: Units;
  /** The first code units of a match one code unit long or longer. */
  readonly first: Units;
  /** By the first code unit of a match two or more long, its second ones (no entry: none). */
  readonly second: ReadonlyMap<number, Units>;
}

const unitOf = (code: number) => Math.min(code, OTHER);

function union(into: Units, from: Units | undefined): Units {
  if (from) for (let w = 0; w < into.length; w++) into[w] = (into[w] as number) | (from[w] as number);
  return into;
}

/** The code units of `set`, word by word, skipping empty words. */
function unitsOf(set: Units): number[] {
  const out: number[] = [];
  set.forEach((word, w) => {
    for (let bit = 0; word !== 0 && bit < 32; bit++) if ((word >>> bit) & 1) out.push(w * 32 + bit);
  });
  return out;
}

/** The other case of an ASCII letter; any other code unit as it is. */
const swapCase = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c - 32 : c);

function add(set: Units, c: number): void {
  set[c >> 5] = (set[c >> 5] as number) | (1 << (c & 31));
}

function unitsIn(lo: number, hi: number): Units {
  const set = noUnits();
  for (let c = lo; c <= Math.min(hi, OTHER - 1); c++) add(set, c);
  if (hi >= OTHER) add(set, OTHER);
  return set;
}

/** One code unit of `set`. */
/** No second code units: shared, as nothing changes the openers of an item once read (merges change copies). */
const NO_SECOND: ReadonlyMap<number, Units> = new Map();

const unit = (set: Units): Openers => ({ empty: false, one: set, first: set, second: NO_SECOND });
/** Nothing at all: an anchor, a word boundary or a lookaround. */
const nothing = (): Openers => ({ empty: true, one: noUnits(), first: noUnits(), second: NO_SECOND });
/** Anything, perhaps nothing. */
const anything = (): Openers => ({
  empty: true,
  one: allUnits(),
  first: allUnits(),
  second: new Map(Array.from({ length: UNITS }, (_, c) => [c, allUnits()])),
});

/** A copy of `o` that `mergeInto` may change. */
function copy(o: Openers): Openers {
  return {
    empty: o.empty,
    one: union(noUnits(), o.one),
    first: union(noUnits(), o.first),
    second: new Map([...o.second].map(([c, s]) => [c, union(noUnits(), s)])),
  };
}

/** Adds the openers of `b` to `into` (a copy of its own): `into` opens as either. */
function mergeInto(into: Openers, b: Openers): Openers {
  union(into.one, b.one);
  union(into.first, b.first);
  const second = into.second as Map<number, Units>;
  for (const [c, s] of b.second) second.set(c, union(second.get(c) ?? noUnits(), s));
  return { ...into, empty: into.empty || b.empty };
}

/** `a` followed by `b`. */
function then(a: Openers, b: Openers): Openers {
  // when every match of `a` is two code units long or longer, `b` opens nothing
  if (!a.empty && isEmpty(a.one)) return a;
  const one = noUnits();
  if (b.empty) union(one, a.one);
  if (a.empty) union(one, b.one);
  const first = union(noUnits(), a.first);
  if (a.empty) union(first, b.first);
  const second = new Map<number, Units>();
  const into = (c: number, from: Units) => second.set(c, union(second.get(c) ?? noUnits(), from));
  for (const [c, s] of a.second) into(c, s);
  if (a.empty) for (const [c, s] of b.second) into(c, s);
  // a match of `a` one code unit long, then the first of `b`
  if (!isEmpty(b.first)) for (const c of unitsOf(a.one)) into(c, b.first);
  return { empty: a.empty && b.empty, one, first, second };
}

/**
 * `x` repeated `min` to `max` times. Two copies give every opening that more copies could: past the first
 * code unit of a match, what follows comes from the same first copy or from the next.
 */
function repeat(x: Openers, min: number, max: number): Openers {
  if (max === 0) return nothing();
  const some = max >= 2 ? mergeInto(copy(x), then(x, x)) : x;
  return { ...some, empty: min === 0 || x.empty };
}

/** `\d`, `\w` and `\s` as sets; the other class escapes (`\D`, `\p{L}` ...) as any code unit. */
function classEscape(letter: string): Units | null {
  if (letter === "d") return unitsIn(48, 57);
  if (letter === "w") return union(union(union(unitsIn(48, 57), unitsIn(65, 90)), unitsIn(97, 122)), unitsIn(95, 95));
  if (letter === "s") return union(union(unitsIn(9, 13), unitsIn(32, 32)), unitsIn(OTHER, OTHER));
  if ("DWSpP".includes(letter)) return allUnits();
  return null;
}

const CONTROL: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };

/** A reader over one pattern's source; `at` moves on as it reads. */
class Reader {
  at = 0;
  /** Past the first two code units of every match, items are only read, to find where they end. */
  skipping = false;
  constructor(readonly src: string) {}

  /** Alternatives up to a closing bracket or the end. */
  alternatives(): Openers {
    const first = this.sequence();
    if (this.src[this.at] !== "|") return first;
    let all = copy(first);
    while (this.src[this.at] === "|") {
      this.at++;
      const next = this.sequence();
      if (!this.skipping) all = mergeInto(all, next);
    }
    return all;
  }

  /** Items up to "|", ")" or the end. */
  sequence(): Openers {
    let seq = nothing();
    const skipping = this.skipping;
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      this.skipping = skipping || !(seq.empty || !isEmpty(seq.one));
      const item = this.atom();
      const [min, max] = this.quantifier();
      if (!this.skipping) seq = then(seq, repeat(item, min, max));
    }
    this.skipping = skipping;
    return seq;
  }

  /** The repetitions a quantifier after an atom allows: [1, 1] when there is none. */
  quantifier(): [number, number] {
    const c = this.src[this.at];
    let range: [number, number];
    if (c === "*") range = [0, Number.POSITIVE_INFINITY];
    else if (c === "+") range = [1, Number.POSITIVE_INFINITY];
    else if (c === "?") range = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return [1, 1];
      this.at += m[0].length - 1;
      const min = Number(m[1]);
      range = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY];
    } else return [1, 1];
    this.at++;
    if (this.src[this.at] === "?") this.at++; // lazy
    return range;
  }

  atom(): Openers {
    const c = this.src[this.at++] as string;
    if (c === "(") return this.group();
    if (c === "[") return unit(this.charClass());
    if (c === ".") return unit(allUnits());
    if (c === "^" || c === "$") return nothing();
    if (c === "\\") return this.escape();
    return unit(unitsIn(unitOf(c.charCodeAt(0)), unitOf(c.charCodeAt(0))));
  }

  group(): Openers {
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
        return anything();
      }
    }
    const inner = this.alternatives();
    this.at++; // ")"
    // a lookaround consumes nothing: what follows it starts the match
    return assertion ? nothing() : inner;
  }

  escape(): Openers {
    const c = this.src[this.at++] as string;
    if (c === "b" || c === "B") return nothing();
    // a back-reference may be empty or hold anything
    if ((c >= "1" && c <= "9") || c === "k") return anything();
    if (this.skipBraces(c)) return unit(allUnits());
    const named = classEscape(c);
    if (named) return unit(named);
    const code = this.escapedCode(c);
    return unit(code === null ? allUnits() : unitsIn(unitOf(code), unitOf(code)));
  }

  /** Passes over the braces of `\p{L}` or `\u{1F600}`, which are read as any code unit; true if there were some. */
  skipBraces(letter: string): boolean {
    if (!"pPu".includes(letter) || this.src[this.at] !== "{") return false;
    this.at = this.src.indexOf("}", this.at) + 1;
    return true;
  }

  /** The code unit of a single-character escape, or null when it is not one (`\cX` and the like). */
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

  charClass(): Units {
    const set = noUnits();
    const negated = this.src[this.at] === "^";
    if (negated) this.at++;
    while (this.at < this.src.length && this.src[this.at] !== "]") {
      const lo = this.classMember(set);
      if (lo !== null && this.src[this.at] === "-" && this.src[this.at + 1] !== "]") {
        this.at++;
        const hi = this.classMember(set);
        if (hi === null) add(set, 45);
        else union(set, unitsIn(lo, hi));
      } else if (lo !== null) union(set, unitsIn(lo, lo));
    }
    this.at++; // "]"
    return negated ? allUnits() : set;
  }

  /** One member of a class: its code unit, or null after adding a class escape (`\w`) to `set`. */
  classMember(set: Units): number | null {
    const c = this.src[this.at++] as string;
    if (c !== "\\") return c.charCodeAt(0);
    const e = this.src[this.at++] as string;
    if (e === "b") return 8;
    if (this.skipBraces(e)) {
      union(set, allUnits());
      return null;
    }
    const named = classEscape(e);
    if (named) {
      union(set, named);
      return null;
    }
    const code = this.escapedCode(e);
    if (code === null) union(set, allUnits());
    return code;
  }
}

/** `set` with each ASCII letter in both cases. */
function bothCases(set: Units): Units {
  for (let c = 65; c <= 90; c++) {
    if (has(set, c)) add(set, c + 32);
    else if (has(set, c + 32)) add(set, c);
  }
  return set;
}

/** Openers as the "i" flag reads them: letters in both cases, in the first place and the second. */
function ignoringCase(o: Openers, unicode: boolean): Openers {
  const second = new Map<number, Units>();
  for (const [c, s] of o.second)
    for (const k of [c, swapCase(c)]) second.set(k, bothCases(union(second.get(k) ?? noUnits(), s)));
  const one = bothCases(union(noUnits(), o.one));
  const first = bothCases(union(noUnits(), o.first));
  // under "iu", "k" and "s" also match the Kelvin sign and the long s: any code unit beyond ASCII may stand for any
  if (unicode) {
    add(one, OTHER);
    add(first, OTHER);
    second.set(OTHER, allUnits());
    for (const s of second.values()) add(s, OTHER);
  }
  return { empty: o.empty, one, first, second };
}

/**
 * What a match of `pattern` may open with.
 *
 * @example
 * const tags = openersOf(/^\s*(tags|topics)\s*:/i);
 * mayOpen(tags, "T".charCodeAt(0), "a".charCodeAt(0)) // true: "Tags: NATO"
 * mayOpen(tags, "T".charCodeAt(0), "h".charCodeAt(0)) // false: "The talks"
 */
export function openersOf(pattern: RegExp): Openers {
  // classes nest under the "v" flag, which this reader does not follow
  if (pattern.flags.includes("v")) return anything();
  const reader = new Reader(pattern.source);
  const read = reader.alternatives();
  if (reader.at < pattern.source.length) return anything();
  return pattern.ignoreCase ? ignoringCase(read, pattern.unicode) : read;
}

/** Whether a match from the start of a text opening with code units `c1` and `c2` (NaN: none) may exist. */
export function mayOpen(o: Openers, c1: number, c2: number): boolean {
  if (o.empty) return true;
  if (Number.isNaN(c1)) return false;
  const u1 = unitOf(c1);
  const then = o.second.get(u1);
  return has(o.one, u1) || (!Number.isNaN(c2) && then !== undefined && has(then, unitOf(c2)));
}

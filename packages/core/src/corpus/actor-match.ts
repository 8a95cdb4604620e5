// Blocking keys and the pairwise decision for actors of different articles. A person is keyed by a
// transliteration key of the surname; organisations and places by each folded name, alias and acronym.
// The decision is pairwise and pure, so an incremental linker and a batch run make the same links.
import type { Actor } from "../schema/actor.js";
import { acronymOf, foldName, nodeId, translitKey } from "./normalize.js";

const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "sir",
  "lord",
  "lady",
  "dame",
  "prof",
  "gen",
  "col",
  "sen",
  "rep",
  "rev",
  "sheikh",
]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** What the linker keeps of one actor of one article. */
export interface ActorNode {
  readonly id: string;
  readonly articleId: string;
  readonly actor: Actor;
  /** Transliteration keys of a person's given names, in order; empty for a bare surname or a non-person. */
  readonly given: readonly string[];
  /** A person's surname key (with a generational suffix), else null. */
  readonly surname: string | null;
  /** Folded names and aliases (organisations, places) or full names (people). */
  readonly names: readonly string[];
  readonly acronyms: readonly string[];
  readonly keys: readonly string[];
  /** A person's parsed name ("sergi|lavrov"): nodes with one variant are one person without comparison. */
  readonly variant: string | null;
  /** The key that stands for the actor as a speaker: a person's surname key, else its first key. */
  readonly speakerKey: string | null;
  /**
   * A person's name read with the first part of a double surname as the surname ("festus|amutenya" for
   * "Festus Amutenya-Shilongo"), as other outlets shorten it; else null.
   */
  readonly shortVariant: string | null;
}

interface PersonParts {
  readonly given: readonly string[];
  readonly surname: string | null;
}

function personParts(name: string): PersonParts {
  const words = foldName(name)
    .split(" ")
    .filter((w) => w && !HONORIFICS.has(w));
  const suffix = words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? "") ? words.pop() : undefined;
  const last = words.pop();
  if (!last) return { given: [], surname: null };
  return { given: words.map(translitKey), surname: translitKey(last) + (suffix ? `-${suffix}` : "") };
}

/** What an actor node derives from the actor's names, kind and country: the same for every article that names it so. */
type NameParts = Omit<ActorNode, "id" | "articleId" | "actor">;

/** How actor nodes read names: folded, parsed, and each string kept once. */
export interface NameTable {
  readonly intern: (s: string) => string;
  readonly fold: (name: string) => string;
  readonly person: (name: string) => PersonParts;
  readonly acronym: (name: string) => string | null;
  /** The parts of an actor already worked out for another actor of the same names, kind and country. */
  readonly parts: (actor: Actor, make: () => NameParts) => NameParts;
}

const PLAIN: NameTable = {
  intern: (s) => s,
  fold: foldName,
  person: personParts,
  acronym: acronymOf,
  parts: (_actor, make) => make(),
};

function memoised<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    if (known.has(s)) return known.get(s) as T;
    const value = f(s);
    known.set(s, value);
    return value;
  };
}

/**
 * A name table that parses each distinct name once and keeps one copy of each string, for a linker whose
 * nodes name the same people and places over and over ("p:lavrov" once, not once per article). It keeps
 * what it has seen, also for articles later removed.
 */
export function createNameTable(): NameTable {
  const strings = new Map<string, string>();
  // the nodes of one actor named alike in many articles share their lists instead of holding one set each
  const parts = new Map<string, NameParts>();
  return {
    parts: (actor, make) => {
      const key = `${actor.kind}\u0000${actor.subtype ?? ""}\u0000${actor.country ?? ""}\u0000${actor.name}\u0000${actor.aliases.join("\u0000")}`;
      let known = parts.get(key);
      if (!known) {
        known = make();
        parts.set(key, known);
      }
      return known;
    },
    intern: (s) => {
      const known = strings.get(s);
      if (known !== undefined) return known;
      strings.set(s, s);
      return s;
    },
    fold: memoised(foldName),
    person: memoised(personParts),
    acronym: memoised(acronymOf),
  };
}

const NONE: readonly string[] = [];

/** A landmark, or a government: a seat of power is the one in one article and the other in another. */
export const isSeat = (actor: Actor): boolean =>
  (actor.kind === "place" && actor.subtype === "landmark") ||
  (actor.kind === "organization" && actor.subtype === "government");

/**
 * The node of `actor` of article `articleId`: its keys and parsed name. A shared `names` table saves
 * parsing a name again and holding its strings twice.
 */
export function actorNode(articleId: string, actor: Actor, names: NameTable = PLAIN): ActorNode {
  return new Node(
    nodeId(articleId, actor.id),
    articleId,
    actor,
    names.parts(actor, () => nameParts(actor, names)),
  );
}

/**
 * An actor node that reads its name parts from the parts it shares with the nodes of every actor named
 * alike: a linker holds a node per actor of every article, each four fields instead of ten.
 */
class Node implements ActorNode {
  constructor(
    readonly id: string,
    readonly articleId: string,
    readonly actor: Actor,
    private readonly parts: NameParts,
  ) {}
  get given(): readonly string[] {
    return this.parts.given;
  }
  get surname(): string | null {
    return this.parts.surname;
  }
  get names(): readonly string[] {
    return this.parts.names;
  }
  get acronyms(): readonly string[] {
    return this.parts.acronyms;
  }
  get keys(): readonly string[] {
    return this.parts.keys;
  }
  get variant(): string | null {
    return this.parts.variant;
  }
  get speakerKey(): string | null {
    return this.parts.speakerKey;
  }
  get shortVariant(): string | null {
    return this.parts.shortVariant;
  }
}

function nameParts(actor: Actor, names: NameTable): NameParts {
  const { intern, fold, person, acronym } = names;
  const all = [actor.name, ...actor.aliases];
  if (actor.kind === "person") {
    // the fullest name the article gives decides; aliases add their surnames as keys
    const parsed = all.map(person);
    const parts = [...parsed].sort((a, b) => b.given.length - a.given.length)[0] ?? person(actor.name);
    const surnames = [...new Set(parsed.map((p) => p.surname).filter((s): s is string => !!s))];
    const surname = parts.surname ? intern(parts.surname) : null;
    return {
      given: parts.given.length > 0 ? parts.given.map(intern) : NONE,
      surname,
      // a person matches by parsed name, never by a folded name or an acronym
      names: NONE,
      acronyms: NONE,
      keys: surnames.map((s) => intern(`p:${s}`)),
      variant: surname ? intern(`${parts.given.join(" ")}|${surname}`) : null,
      speakerKey: surname ? intern(`p:${surname}`) : null,
      shortVariant: shortSurnameVariant(actor.name, parts.given, intern),
    };
  }
  const prefix = actor.kind === "place" ? "l" : "o";
  const folded = [...new Set(all.map(fold).filter(Boolean))].map(intern);
  const acronyms = [...new Set(all.map(acronym).filter((a): a is string => !!a))].map(intern);
  // ("El Lamab" and "Al-Lamab"): the Arabic article opening a name is one key however it is spelled
  const keys = new Set([...folded, ...acronyms].map((n) => `${prefix}:${nameKey(n)}`));
  if (actor.kind === "place" && actor.subtype === "country" && actor.country)
    keys.add(`l:${fold(actor.country).replace(/ /g, "")}`);
  // a seat of power links as a place and as the government acting from it (see assemble-actors)
  if (isSeat(actor)) for (const n of folded) keys.add(`${prefix === "l" ? "o" : "l"}:${n.replace(/ /g, "")}`);
  const list = [...keys].map(intern);
  return {
    given: NONE,
    surname: null,
    names: folded,
    acronyms: acronyms.length > 0 ? acronyms : NONE,
    keys: list,
    variant: null,
    speakerKey: list[0] ?? null,
    shortVariant: null,
  };
}

/** The Arabic article opening a folded name of a place or body, as "el" or "al": "el lamab", "al lamab". */
const ARABIC_ARTICLE = /^(?:el|al) (?=\S)/;

/** The key of a folded name of a place or body: without spaces, its opening Arabic article spelled "al". */
export const nameKey = (folded: string) => folded.replace(ARABIC_ARTICLE, "al ").replace(/ /g, "");

/** A double surname of two capitalised parts: "Amutenya-Shilongo", not "al-Sharaa". */
const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;

/**
 * The variant of a person named with a double surname that keeps only its first part ("Festus Amutenya" for
 * "Festus Amutenya-Shilongo"): folding splits the surname at its hyphen, so its first part is the last given
 * name.
 */
function shortSurnameVariant(name: string, given: readonly string[], intern: (s: string) => string): string | null {
  const last = name.trim().split(/\s+/).at(-1) ?? "";
  if (!DOUBLE_SURNAME.test(last) || given.length < 2) return null;
  return intern(`${given.slice(0, -1).join(" ")}|${given.at(-1)}`);
}

/** Whether two person variants ("given given|surname") can name one person. */
export function variantsMatch(a: string, b: string): boolean {
  const [ag = "", as] = a.split("|");
  const [bg = "", bs] = b.split("|");
  if (as !== bs || !ag || !bg) return false;
  return givenCompatible(ag.split(" "), bg.split(" "));
}

/** Whether two given-name lists can name the same person: "Sergei"/"Sergey", "B."/"Barack", "Fogh"/"Anders Fogh". */
function givenCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const first = short[0];
  if (!first) return true;
  const same = (x: string, y: string) =>
    x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  return short.every((g) => long.some((h) => same(g, h)));
}

/** Whether the name of a person is a bare surname ("Lavrov"), which links only at assembly, where it is unambiguous. */
export function isBareSurname(node: ActorNode): boolean {
  return node.actor.kind === "person" && node.given.length === 0;
}

/**
 * Whether two actors of different articles are the same: people by surname and compatible given names,
 * organisations and places by a shared folded name or alias, a country by its country, an acronym by its
 * expansion.
 */
export function actorsMatch(a: ActorNode, b: ActorNode): boolean {
  if (a.actor.kind !== b.actor.kind) return false;
  if (a.actor.kind === "person") {
    if (!a.surname || a.surname !== b.surname || isBareSurname(a) || isBareSurname(b)) return false;
    return givenCompatible(a.given, b.given);
  }
  const flat = (xs: readonly string[]) => new Set(xs.map(nameKey));
  const an = flat(a.names);
  const bn = flat(b.names);
  for (const n of an) if (bn.has(n)) return true;
  if (a.actor.kind === "place" && a.actor.subtype === "country" && b.actor.subtype === "country" && a.actor.country) {
    if (a.actor.country === b.actor.country) return true;
  }
  // an acronym meets a short all-capital name: "North Atlantic Treaty Organization" and "NATO"
  for (const x of a.acronyms) if (x.length >= 2 && bn.has(x) && isAcronymName(b.actor, x)) return true;
  for (const x of b.acronyms) if (x.length >= 2 && an.has(x) && isAcronymName(a.actor, x)) return true;
  return false;
}

export function isAcronymName(actor: Actor, folded: string): boolean {
  return [actor.name, ...actor.aliases].some(
    (n) => /^[A-Z][A-Z.&-]+$/.test(n.replace(/\s/g, "")) && foldName(n).replace(/ /g, "") === folded,
  );
}

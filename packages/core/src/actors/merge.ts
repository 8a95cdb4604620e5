// Merges the mentions of one article into actors: full names, then surnames and short forms, then
// descriptions that stand for a role holder or a known organisation.
import type { ActorKind, ActorSubtype, MentionVia } from "../schema/actor.js";
import { holdsWord } from "../text/search.js";
import type { Candidate, RoleHint } from "./candidate.js";
import { BODY_HEADS } from "./context-roles.js";
import { LEGAL_FORMS, MEDIA_HEADS, TRADE_HEADS } from "./data/organizations.js";
import { type Entry, type Gazetteer, genderOfGivenName } from "./gazetteer.js";
import { SOCIETY_NAMES } from "./segment.js";
import { codeAt } from "./tokens.js";

/** An actor while it is being built. */
export interface Draft {
  readonly key: string;
  name: string;
  kind: ActorKind;
  subtype: ActorSubtype | null;
  country: string | null;
  standsForName: string | null;
  readonly aliases: Set<string>;
  readonly roles: RoleHint[];
  readonly mentions: { start: number; end: number; text: string; via: MentionVia }[];
  gender: "m" | "f" | null;
  /** Name tokens of a person, for surname matching. */
  readonly parts: readonly string[];
  readonly first: number;
}

/** The initials of a title's capitalised words: "DCE" of "District Chief Executive". */
function initialsOf(title: string): string {
  let out = "";
  for (const w of title.split(" ")) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** The person named last before `at` whose title of two words or more has the initials `letters`. */
function titleHolder(persons: readonly Draft[], letters: string, at: number): Draft | undefined {
  let holder: Draft | undefined;
  for (const p of persons)
    if (p.first < at && p.roles.some((r) => r.title.includes(" ") && initialsOf(r.title) === letters)) {
      if (!holder || p.first > holder.first) holder = p;
    }
  return holder;
}

/** How far back, in characters, an unowned description ("the president") looks for its holder. */
const NEAR = 600;
/** How far after a role description ("Turkey's foreign minister") the person it introduces may be named. */
const NAMED_AFTER = 400;
/** How far back the only holder of a role may be named for "the judge" to stand for them. */
const FAR = 3 * NEAR;
const SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV)$/;
/** Name words without their accents, for matching: "Erdoğan" and "Erdogan" are one surname. */
const plain = (word: string) =>
  /[\u00c0-\uffff]/.test(word) ? word.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : word;
const nameParts = (text: string) =>
  text
    .split(/\s+/)
    .filter((p) => !SUFFIX.test(p))
    .map(plain);

/** A new draft named `name`; `partsOf` gives the words of a name, split once for the whole merge. */
function newDraft(key: string, c: Candidate, name: string, partsOf: (name: string) => readonly string[]): Draft {
  return {
    key,
    name,
    kind: c.kind === "unknown" ? "person" : c.kind,
    subtype: c.subtype,
    country: c.entry?.country ?? null,
    standsForName: null,
    aliases: new Set(),
    roles: [],
    mentions: [],
    gender: c.gender,
    parts: c.kind === "person" || c.kind === "unknown" ? partsOf(name) : [],
    first: c.start,
  };
}

function addMention(d: Draft, c: Candidate, via: MentionVia): void {
  d.mentions.push({ start: c.start, end: c.end, text: c.text, via: c.agent && c.entry?.standsFor ? "metonym" : via });
  if (via !== "description" && via !== "pronoun" && c.text !== d.name) d.aliases.add(c.text);
  // in the order written: "The Mayor of X, Councillor Y", "Lt Col Y, commanding officer of Z"
  const before = c.office && c.role && c.office.start > c.role.start ? c.role : c.office;
  const after = before === c.office ? c.role : c.office;
  if (before) addRole(d, before);
  if (after) addRole(d, after);
  if (!d.gender && c.gender) d.gender = c.gender;
  if (c.entry?.standsFor && c.agent) d.standsForName = c.entry.standsFor;
}

/** One role a title: "Arizona Gov. Jan Brewer" and "Gov. Jan Brewer" state the governorship once, with its owner. */
function addRole(d: Draft, role: RoleHint): void {
  const same = d.roles.findIndex((r) => r.title === role.title && (r.of === role.of || !r.of || !role.of));
  if (same < 0) d.roles.push(role);
  else if (!d.roles[same]?.of && role.of) d.roles[same] = role;
}

/** Whether two person names can be one person: same surname and no clash of given names. */
function samePerson(a: readonly string[], b: readonly string[]): boolean {
  const sa = a[a.length - 1];
  const sb = b[b.length - 1];
  // "Faisal bin Farhan" and "Faisal bin Farhan Al-Saud": the longer name goes on
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && short.every((p, i) => long[i] === p)) return true;
  // "Ten Hag" and "Erik ten Hag", "Van Dijk" and "Virgil van Dijk": a surname that opens with a particle; "López
  // Obrador" and "Andrés Manuel López Obrador": a surname of two words
  const tail = long.slice(long.length - short.length);
  if (
    short.length >= 2 &&
    short.length < long.length &&
    tail.every((p, i) => p.toLowerCase() === (short[i] as string).toLowerCase())
  )
    return true;
  if (!sa || sa !== sb) return false;
  if (a.length === 1 || b.length === 1) return true;
  return (a[0] as string)[0] === (b[0] as string)[0];
}

const CONNECTORS = new Set(["of", "the", "and", "for", "&", "de", "du", "des", "la", "le"]);

/** The draft whose name an acronym abbreviates: "PSG" for "Paris Saint-Germain", "NHS" for "National Health Service". */
function expansionOf(acronym: string, drafts: Iterable<Draft>): Draft | undefined {
  const letters = acronym.replace(/[^A-Z]/g, "");
  if (letters.length < 2) return undefined;
  for (const d of drafts) {
    const initials = d.name
      .split(/[\s-]+/)
      .filter((w) => w && !CONNECTORS.has(w))
      .map((w) => w.charAt(0).toUpperCase())
      .join("");
    if (initials === letters) return d;
  }
  return undefined;
}

/** The organisation whose name ends in `suffix` that is mentioned last before `at`. */
function lastNamedBefore(drafts: Iterable<Draft>, at: number, suffix: string): Draft | undefined {
  return lastMentionedBefore(drafts, at, (d) => d.name.endsWith(suffix));
}

/**
 * The organisation `accepts` takes that is mentioned last before `at`; with `near`, only by name (not by a
 * description) and at most `near` characters before.
 */
function lastMentionedBefore(
  drafts: Iterable<Draft>,
  at: number,
  accepts: (d: Draft) => boolean,
  near?: number,
): Draft | undefined {
  let best: Draft | undefined;
  let bestAt = -1;
  for (const d of drafts) {
    if (d.kind !== "organization" || !accepts(d)) continue;
    for (const m of d.mentions)
      if (m.start < at && m.start > bestAt && (near === undefined || (at - m.start < near && m.via !== "description")))
        [best, bestAt] = [d, m.start];
  }
  return best;
}

/** Capitals and digits, perhaps with an exchange suffix: "PKK", "FOSL", "TRV.N", "3M". */
const isCapitals = (word: string) => /^[A-Z0-9&]{2,6}(?:\.[A-Z]{1,2})?$/.test(word) && /[A-Z]/.test(word);

/**
 * The organisation named right before a bracket that opens with `c`: "Kurdistan Workers' Party (PKK)",
 * "Fossil Group Inc. (FOSL, Financial)", "Union Pacific Corp (UNP.N: Quote)". A short form or a stock
 * symbol given in brackets after a name stands for it.
 */
function bracketedAfter(text: string, c: Candidate, drafts: Iterable<Draft>): Draft | undefined {
  if (!text || !/\(\s*$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return undefined;
  return namedBeforeBracket(text, text.lastIndexOf("(", c.start), drafts);
}

/** The organisation whose name the article writes right before the bracket that opens at `open`. */
function namedBeforeBracket(text: string, open: number, drafts: Iterable<Draft>): Draft | undefined {
  for (const d of drafts) {
    if (d.kind !== "organization") continue;
    for (const m of d.mentions) if (m.end <= open && /^\s*$/.test(text.slice(m.end, open))) return d;
  }
  return undefined;
}

/**
 * The organisation that the article gives `word` as its short name, in brackets right after its name: "the
 * Philippine Institute of Volcanology and Seismology (Phivolcs) ... a Phivolcs official". Short names in mixed
 * case are no initials to match.
 */
function definedShortName(text: string, word: string, drafts: Iterable<Draft>): Draft | undefined {
  for (let at = text.indexOf(`(${word})`); at >= 0; at = text.indexOf(`(${word})`, at + 1)) {
    const named = namedBeforeBracket(text, at, drafts);
    if (named) return named;
  }
  return undefined;
}

/** Words before a name that make it a place: "in Kaduna", "to the Galway". */
const LOCATIVE_BEFORE =
  /\b(?:in|at|to|from|near|into|across|of|outside|inside|through|around|towards?|via|visit(?:ed|ing|s)?)\s+(?:the\s+)?$/i;
/** Words after a name that make it a place: "Kaduna state", "Lagos city". */
const PLACE_AFTER = /^\s+(?:state|province|region|county|district|city|town|village|area|capital)\b/i;

/**
 * The person named earlier in the article whose surname a one-word place name is: "Police chief Daniel
 * Kaduna said ... Kaduna added" is the chief, not the city. A place preposition before it or a place noun
 * after it ("in Kaduna", "Kaduna state") keeps the place.
 */
/** An honorific right before a name: "Mrs ", "Mr. ". */
/** The word right before `start`, with its full stop: "Mrs" of "Mrs Harrowby-Kemp", "Mr." of "Mr. Lahai-Kpaka". */
function wordBefore(text: string, start: number): string {
  return /(\S+) $/.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? "";
}

/** The gender the honorific right before `start` gives, by the gazetteer's lists of them. */
function honorificGender(g: Gazetteer, text: string, start: number): "m" | "f" | null {
  const word = wordBefore(text, start);
  return g.maleHonorifics.has(word) ? "m" : g.femaleHonorifics.has(word) ? "f" : null;
}

/** Whether `p`, by its given name or an honorific met before, is of another gender than `gender`. */
function otherGender(g: Gazetteer, p: Draft, gender: "m" | "f" | null): boolean {
  if (!gender) return false;
  const known = p.gender ?? genderOfGivenName(g, p.parts[0] as string);
  return known !== null && known !== gender;
}

function surnameBearer(persons: readonly Draft[], c: Candidate, text: string): Draft | undefined {
  if (!text || c.entry?.kind !== "place" || c.text.includes(" ")) return undefined;
  const word = plain(c.text);
  // "Rogelio Ibarra Zúñiga ... Ibarra said": a Spanish name goes by its first surname
  const person = persons.find(
    (p) =>
      p.first < c.start &&
      (p.parts[p.parts.length - 1] === word || (p.parts.length > 2 && p.parts[p.parts.length - 2] === word)),
  );
  if (!person) return undefined;
  if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return undefined;
  if (PLACE_AFTER.test(text.slice(c.end, c.end + 16))) return undefined;
  return person;
}

/** Whether a capitalised word is the plural of a common noun or a role noun: "Diplomats", "Analysts", "Residents". */
function isPluralNoun(g: Gazetteer, word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith("s") || lower.endsWith("ss")) return false;
  const singular = lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  // "Organisers", "Analysers": British spellings of words the word list spells with "z"
  const american = singular.replace(/is(e|er|ation)$/, "iz$1");
  return (
    g.common.has(lower) ||
    g.common.has(singular) ||
    g.common.has(american) ||
    g.roleNouns.has(singular) ||
    g.occupations.has(singular)
  );
}

/** Whether a name is a national society's: "Philippine Red Cross", "Palestine Red Crescent Society". */
function isSociety(name: string): boolean {
  const bare = name.replace(/ Society$/, "");
  return SOCIETY_NAMES.some((n) => bare !== n && bare.endsWith(` ${n}`));
}

/** The first of `of` when all of them go by one name (`nameOf`), else undefined. */
function soleNamed(of: readonly Candidate[], nameOf: (c: Candidate) => string): Candidate | undefined {
  const first = of[0];
  return first && of.every((c) => nameOf(c) === nameOf(first)) ? first : undefined;
}

/** Builds drafts from candidates in text order; returns them in order of first mention. */
export function mergeCandidates(g: Gazetteer, cands: readonly Candidate[], text = ""): Draft[] {
  const byKey = new Map<string, Draft>();
  const persons: Draft[] = [];
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  // the words of each name, split once: both passes ask them of every candidate
  const parts = new Map<string, readonly string[]>();
  const partsOf = (name: string) => {
    let p = parts.get(name);
    if (p === undefined) {
      p = nameParts(name);
      parts.set(name, p);
    }
    return p;
  };
  const get = (key: string, c: Candidate, name: string) => {
    let d = byKey.get(key);
    if (!d) {
      d = newDraft(key, c, name, partsOf);
      byKey.set(key, d);
      if (d.kind === "person") persons.push(d);
    }
    return d;
  };
  // "the Red Cross" in an article that names the Philippine Red Cross is that society
  const societies = sorted.filter((c) => !c.entry && c.kind === "organization" && isSociety(c.text));
  const societyOf = (name: string) =>
    soleNamed(
      societies.filter((c) => c.text.replace(/ Society$/, "").endsWith(` ${name}`)),
      (c) => c.text,
    );
  // "the Supreme Court" in an article that names the Georgia Supreme Court, "the Senate" after the Ohio Senate:
  // a state's or a country's own court or chamber, not the one the bare name is best known for
  const localBodyOf = (name: string) =>
    soleNamed(
      sorted.filter((c) => !c.entry && c.kind === "organization" && c.text.endsWith(` ${name}`)),
      (c) => c.text,
    );
  // the one organisation of the article whose name ends with a body's head word: "European Commission" of "Commission"
  const bodyHeaded = (head: string) =>
    soleNamed(
      sorted.filter((c) => c.kind === "organization" && (c.entry?.name ?? c.text).endsWith(` ${head}`)),
      (c) => c.entry?.name ?? c.text,
    );
  // the first place or organisation of no known entity by each name of several words
  const placeOrBodyNamed = new Map<string, Candidate>();
  for (const c of sorted)
    if (!c.entry && !c.describes && (c.kind === "place" || c.kind === "organization") && c.text.includes(" "))
      if (!placeOrBodyNamed.has(c.text)) placeOrBodyNamed.set(c.text, c);
  // full names and known entities first, so that a surname met before its full name still joins it
  for (const c of sorted) {
    if (c.describes) continue;
    const bearer = c.entry ? surnameBearer(persons, c, text) : undefined;
    if (bearer) {
      addMention(bearer, c, "surname");
      continue;
    }
    const society =
      c.entry && SOCIETY_NAMES.includes(c.text)
        ? societyOf(c.text)
        : c.entry?.subtype === "government" && c.text === c.entry.name
          ? localBodyOf(c.text)
          : undefined;
    if (society) {
      addMention(get(`organization:${society.text}`, society, society.text), c, "alias");
    } else if (c.entry) {
      addMention(get(`k:${c.entry.name}`, c, c.entry.name), c, c.via);
    } else if (c.kind === "person" && partsOf(c.text).length > 1) {
      // "the province of Khorasan Razavi ... Khorasan Razavi's Red Crescent": a name already given to a place or
      // an organisation of the article is that place or organisation, unless a title makes it a person
      // ("Iqlim al-Kharroub mayors reject ..." over "towns in Iqlim al-Kharroub"): also one named so later, when
      // nothing but the name's shape made it a person's
      const later = c.role || c.personish ? undefined : placeOrBodyNamed.get(c.text);
      const named = c.role
        ? undefined
        : (byKey.get(`place:${c.text}`) ??
          byKey.get(`organization:${c.text}`) ??
          (later ? get(`${later.kind}:${later.text}`, later, later.text) : undefined));
      if (named) {
        addMention(named, c, "name");
        continue;
      }
      const parts = partsOf(c.text);
      const same = persons.find((p) => p.parts.length > 1 && samePerson(p.parts, parts));
      addMention(same ?? get(`p:${c.text}`, c, c.text), c, "name");
    } else if (c.kind === "organization" || c.kind === "place") {
      // "the DCE said", after "Mr X, the District Chief Executive (DCE)": the initials of someone's title
      const holder = isCapitals(c.text) ? titleHolder(persons, c.text, c.start) : undefined;
      if (holder) {
        addMention(holder, c, "description");
        continue;
      }
      const expanded =
        c.via === "acronym" || isCapitals(c.text)
          ? (expansionOf(c.text, byKey.values()) ??
            bracketedAfter(text, c, byKey.values()) ??
            // ("the Agriculture and Livestock Service (SAG) ... SAG officials": initials of another language)
            definedShortName(text, c.text, byKey.values()))
          : c.kind === "organization" && !c.text.includes(" ")
            ? definedShortName(text, c.text, byKey.values())
            : undefined;
      // ("Commission envoy X" before the European Commission is named: a body's head word alone is the one body of
      // the article with that head)
      const headed =
        c.kind === "organization" && !c.text.includes(" ") && g.orgHeads.has(c.text) ? bodyHeaded(c.text) : undefined;
      if (expanded) {
        expanded.kind = "organization";
        addMention(expanded, c, "acronym");
      } else if (headed) {
        const name = headed.entry?.name ?? headed.text;
        addMention(get(headed.entry ? `k:${name}` : `organization:${name}`, headed, name), c, "alias");
      } else {
        const name = unshouted(c.text, text);
        addMention(get(`${c.kind}:${name}`, c, name), c, c.via);
      }
    }
  }
  // single words: a surname or short form of someone named in full, a short form of an organisation,
  // or a person on the strength of context
  for (const c of sorted) {
    if (c.describes || c.entry || partsOf(c.text).length > 1 || (c.kind !== "person" && c.kind !== "unknown")) continue;
    const word = c.text;
    const plainWord = plain(word);
    // "the Ministry said" after "the Ministry of Education, Sports and Culture": a body's head word alone
    // (a paper by the last word of its name, "the Post", is its alias: see below)
    if (
      g.orgHeads.has(word) &&
      !g.mediaHeads.has(word) &&
      /\bthe\s$/i.test(text.slice(Math.max(0, c.start - 4), c.start))
    ) {
      const body = bodyBefore([...byKey.values()], c.start, word.toLowerCase());
      if (body) {
        addMention(body, c, "description");
        continue;
      }
    }
    // "the Seyfo said" after "The Seyfo of Niamina East, Sainey Kinteh,": a capitalised title after "the" is the
    // holder's named before with it
    if (/\bthe\s$/i.test(text.slice(Math.max(0, c.start - 4), c.start))) {
      const holder = titleHolderBefore(persons, c.start, word.toLowerCase());
      if (holder) {
        addMention(holder, c, "description");
        continue;
      }
    }
    // "Xi" after "Xi Jinping": a Chinese or Korean family name comes first
    // ("Mrs Harrowby-Kemp" after "Dennis Harrowby-Kemp": a wife or a sister, not the man named before)
    const person = persons.find(
      (p) =>
        p.parts.length > 1 &&
        (p.parts.indexOf(plainWord, 1) > 0 || (p.parts[0] === word && g.surnamesFirst.has(word))) &&
        !otherGender(g, p, c.gender ?? honorificGender(g, text, c.start)),
    );
    if (person) {
      addMention(person, c, "surname");
      continue;
    }
    // "Gen Chaiwat" after "Gen Chaiwat Sripanya", "Rakibul said" after "Rakibul Hassan": Thai, Indonesian and
    // South Asian names go by the given name; so does a name of one person alone in the story
    const byGiven =
      c.kind === "person" || c.personish ? persons.filter((p) => p.parts.length > 1 && p.parts[0] === plainWord) : [];
    if (byGiven.length === 1 && !g.common.has(word.toLowerCase()) && !g.names.has(word)) {
      addMention(byGiven[0] as Draft, c, "name");
      continue;
    }
    if (c.surnameOnly) continue;
    let alias: Draft | undefined;
    // "Volterra" after "Volterra Energy AG": a company goes by the first word of its name, even a word that is
    // also a given name when no one of that name is in the story ("Halvard said")
    let company: Draft | undefined;
    for (const d of byKey.values()) {
      if (d.kind === "person") continue;
      if (d.aliases.has(word)) {
        alias = d;
        break;
      }
      // (the space after the word is asked first: most names have none there)
      company ??=
        d.kind === "organization" &&
        codeAt(d.name, word.length) === 32 &&
        d.name.startsWith(word) &&
        COMPANY_ENDING.test(d.name)
          ? d
          : undefined;
    }
    if (alias) company = undefined;
    const org = alias ?? company;
    // ("Indeci said" after "the Civil Defense Institute (Indeci)": a short name the article gives in brackets after
    // the body's name is the body's, whatever the verb after it)
    if (org && (!c.personish || company || (alias && definedShortName(text, word, [alias]) === alias))) {
      addMention(org, c, "alias");
      continue;
    }
    // "the Post" after "the Washington Post", "the Times said": a paper goes by the last word of its name,
    // even where a verb of saying follows it as it would a person; of two such papers, the one named last
    const paper = g.mediaHeads.has(word) ? lastNamedBefore(byKey.values(), c.start, ` ${word}`) : undefined;
    if (paper) {
      addMention(paper, c, "alias");
      continue;
    }
    // "Diplomats said", "Analysts expect": a plural of a common noun or a role is a group of people, not a name
    if (c.kind === "unknown" && isPluralNoun(g, word)) continue;
    if (c.kind === "person" || c.personish) {
      const d = get(`p:${word}`, c, word);
      addMention(d, c, "name");
      // "Mrs Harrowby-Kemp", kept apart from the man of her surname: the honorific tells her from him
      if (honorificGender(g, text, c.start) !== null && persons.some((p) => p !== d && p.parts.at(-1) === plainWord))
        d.aliases.add(`${wordBefore(text, c.start)} ${word}`);
    } else if (c.placeish) {
      // "in Petra" where Petra Novak is named: the name is hers more likely than a town's
      if (g.given.has(word) && persons.some((p) => p.parts[0] === plainWord)) continue;
      const place: Candidate = { ...c, kind: "place", subtype: "city" };
      addMention(get(`place:${word}`, place, word), place, "name");
    }
  }
  mergeShortForms(g, byKey);
  mergeCorporateForms(byKey);
  citiesAsTeams(g, byKey, text);
  // one search of the whole text for a score, which two steps ask about
  const scored = SCORE.test(text);
  townsAsClubs(byKey, text, scored);
  unitCities(byKey, scored);
  resolveDescriptions(g, sorted, byKey, text);
  return [...byKey.values()].filter((d) => d.mentions.length > 0).sort((a, b) => a.first - b.first);
}

/** The person named last before `offset` with a title whose first word is `word` ("seyfo of niamina east"). */
function titleHolderBefore(persons: readonly Draft[], offset: number, word: string): Draft | undefined {
  let best: Draft | undefined;
  let at = -1;
  for (const p of persons) {
    if (!p.roles.some((r) => r.title.toLowerCase().split(" ")[0] === word)) continue;
    for (const m of p.mentions) if (m.start < offset && m.start > at) [best, at] = [p, m.start];
  }
  return best;
}

const TEAMS_BY_CITY = new WeakMap<Gazetteer, ReadonlyMap<string, readonly Entry[]>>();

/** Known teams by the first word of their name: "Liverpool" -> Liverpool FC, "Newcastle" -> Newcastle United. */
function teamsByCity(g: Gazetteer): ReadonlyMap<string, readonly Entry[]> {
  let out = TEAMS_BY_CITY.get(g);
  if (!out) {
    const map = new Map<string, Entry[]>();
    for (const e of new Set(g.names.values())) {
      if (e.subtype !== "team" || !e.name.includes(" ")) continue;
      const city = e.name.slice(0, e.name.indexOf(" "));
      map.set(city, [...(map.get(city) ?? []), e]);
    }
    TEAMS_BY_CITY.set(g, map);
    out = map;
  }
  return out;
}

/**
 * In a story about sport (one that names a known team), a city that is the first word of exactly one known
 * team is that team: "Liverpool beat Newcastle United 4-2" is Liverpool FC. "Manchester" stays the city.
 */
function citiesAsTeams(g: Gazetteer, byKey: Map<string, Draft>, text: string): void {
  const drafts = [...byKey.values()];
  if (!text || !drafts.some((d) => d.subtype === "team")) return;
  const teams = teamsByCity(g);
  for (const d of drafts) {
    if (d.kind !== "place" || d.subtype !== "city") continue;
    const [team, other] = teams.get(d.name) ?? [];
    if (!team || other) continue;
    // "fans gathered in Liverpool": where a place word governs it, the city stays the city
    const moved = notAfterPlaceWord(d, text);
    if (moved.length === 0) continue;
    let club = byKey.get(`k:${team.name}`);
    if (!club) {
      club = {
        ...d,
        key: `k:${team.name}`,
        name: team.name,
        kind: "organization",
        subtype: "team",
        country: team.country,
        aliases: new Set(),
        roles: [],
        mentions: [],
        first: moved[0]?.start ?? d.first,
      };
      byKey.set(club.key, club);
    }
    club.aliases.add(d.name);
    moveMentions(byKey, d, club, moved, "alias");
  }
}

/** The mentions of a place that no place word governs: "Liverpool beat", not "fans gathered in Liverpool". */
function notAfterPlaceWord(d: Draft, text: string): Draft["mentions"] {
  return d.mentions.filter((m) => !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)));
}

/** Moves `moved` mentions of `from` to `to` (as `via` when given); `from` goes when it keeps none. */
function moveMentions(
  byKey: Map<string, Draft>,
  from: Draft,
  to: Draft,
  moved: Draft["mentions"],
  via?: MentionVia,
): void {
  for (const m of moved) to.mentions.push(via ? { ...m, via } : m);
  if (moved.length === from.mentions.length) byKey.delete(from.key);
  else from.mentions.splice(0, from.mentions.length, ...from.mentions.filter((m) => !moved.includes(m)));
}

/** Words of a story about sport, one of which must be in the text besides a score. */
const SPORT_WORDS =
  /\b(?:goals?|scored|striker|midfielder|goalkeeper|defender|league|fixture|kick-off|penalty|innings|wickets?|half-time|full-time|semi-final|quarter-final|play-offs?|promotion|relegation|premiership|championship)\b/i;
/** A club's name before a word that only a team has: "Crewe's manager", "Gillingham fans", "Wrexham boss". */
const CLUB_AFTER =
  /^(?:'s?\s+)?\s*(?:manager|boss|coach|head coach|striker|midfielder|goalkeeper|defender|captain|players|fans|supporters|side|squad|win|victory|defeat|beat|beaten|defeated|drew|lost|thrashed|edged|hosted|host|led|trailed|equalised|scored|conceded|were|have|had|\d{1,2}\s?[-\u2013]\s?\d{1,2}\b)/i;
/** A club's name after a word that only a team has before it: "against Crewe", "beat Wrexham", "v Salford". */
const CLUB_BEFORE =
  /\b(?:against|beat|beating|defeated|thrashed|edged|drew with|draw with|lost to|loss to|win over|victory over|defeat to|defeat by|hosted|host|hosting|face|faced|facing|v|vs\.?|\d{1,2}\s?[-\u2013]\s?\d{1,2})\s+$/i;

/**
 * In a story about sport (a score and a word of the game), a town named as a side is the club: "Crewe beat
 * Gillingham 2-1", "Wrexham's manager", "a draw against Salford". Its mentions after a place word stay the
 * town ("fans travelled to Crewe"). Countries are left alone: "England beat Wales" names the countries too.
 */
function townsAsClubs(byKey: Map<string, Draft>, text: string, scored: boolean): void {
  if (!text || !scored || !SPORT_WORDS.test(text)) return;
  for (const d of [...byKey.values()]) {
    if (d.kind !== "place" || (d.subtype !== "city" && d.subtype !== null)) continue;
    const asClub = (m: Draft["mentions"][number]) =>
      CLUB_AFTER.test(text.slice(m.end, m.end + 24)) ||
      CLUB_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
    if (!d.mentions.some(asClub)) continue;
    const moved = notAfterPlaceWord(d, text);
    if (moved.length === 0) continue;
    const key = `organization:${d.name}`;
    let club = byKey.get(key);
    if (!club) {
      club = { ...d, key, kind: "organization", subtype: "team", aliases: new Set(d.aliases), roles: [], mentions: [] };
      byKey.set(key, club);
    }
    moveMentions(byKey, d, club, moved);
  }
}

/** An unknown name and "City": a club in a story about sport ("Exeter City"), a city elsewhere ("Yibin City"). */
const UNIT_CITY = /^\p{Lu}[\p{L}'-]+ City$/u;

/** A match score: "2-1", "3–0". */
const SCORE = /\b\d{1,2} ?[-\u2013] ?\d{1,2}\b(?![-/.]\d)/;

/** In a story that names no team and gives no score, an unknown organisation "X City" is the city. */
function unitCities(byKey: Map<string, Draft>, scored: boolean): void {
  const drafts = [...byKey.values()];
  if (drafts.some((d) => d.subtype === "team") || scored) return;
  for (const d of drafts) {
    if (d.kind === "organization" && d.subtype === null && d.standsForName === null && UNIT_CITY.test(d.name)) {
      d.kind = "place";
      d.subtype = "city";
    }
  }
}

/**
 * "Police Department" after "Phoenix Police Department", "High Court" beside "High Court of Justice": an
 * organisation named by the tail or the head of a longer name.
 */
function mergeShortForms(g: Gazetteer, byKey: Map<string, Draft>): void {
  const orgs = [...byKey.values()].filter((d) => d.kind === "organization" && d.key.startsWith("organization:"));
  // "BoT raises rates" in the headline before "the Bank of Thailand": initials met before the name they stand for
  for (const d of orgs) {
    if (!INITIALS.test(d.name)) continue;
    const full = expansionOf(
      d.name,
      orgs.filter((e) => e !== d && byKey.has(e.key)),
    );
    if (full) absorb(byKey, full, d);
  }
  for (const d of orgs) {
    const last = d.name.split(" ").at(-1) ?? "";
    if (!g.orgHeads.has(last)) continue;
    const longer = orgs
      .filter((e) => e !== d && byKey.has(e.key) && e.name.endsWith(` ${d.name}`))
      .sort((a, b) => a.name.length - b.name.length)[0];
    if (longer) {
      absorb(byKey, longer, d);
      continue;
    }
    // "the High Court" beside "the High Court of Justice": a body of two words or more named before its "of"
    if (!d.name.includes(" ")) continue;
    const ofs = orgs.filter((e) => e !== d && byKey.has(e.key) && e.name.startsWith(`${d.name} of `));
    if (ofs.length === 1) absorb(byKey, ofs[0] as Draft, d);
  }
}

/** Initials as a name: "NLD", "BoT", "DfT". */
const INITIALS = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}$/;

/** Moves a draft's mentions, names and roles into the draft of the same actor under another name. */
function absorb(byKey: Map<string, Draft>, keep: Draft, drop: Draft): void {
  for (const m of drop.mentions) keep.mentions.push({ ...m, via: m.via === "name" ? "alias" : m.via });
  keep.aliases.add(drop.name);
  for (const a of drop.aliases) if (a !== keep.name) keep.aliases.add(a);
  for (const r of drop.roles) keep.roles.push(r);
  keep.subtype ??= drop.subtype;
  byKey.delete(drop.key);
}

/** Endings of company names that the same company goes without: "Google Inc" is "Google". */
const CORPORATE_WORDS = [
  ...new Set([...LEGAL_FORMS.map((f) => f.replace(/\.$/, "")), "Co", "Cos", "PLC", "SA", "SE", "Holdings", "Group"]),
];
const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** ("Edenorte Dominicana, S.A.", "Grupo Fronterizo S.A.B. de C.V.", "Zabka Polska sp. z o.o."): forms of several words */
const CORPORATE_SUFFIX = new RegExp(
  `,?\\s+(?:S\\.A\\.B?\\.?\\s+de\\s+C\\.V|S\\.\\s+de\\s+R\\.L|[Ss]p\\.\\s+z\\s+o\\.o|GmbH\\s+&\\s+Co\\.\\s+KG|${CORPORATE_WORDS.map(escaped).join("|")})\\.?$`,
);

/** A company's name without its legal form or group word: "Wien Energie" of "Wien Energie GmbH"; else the name. */
export function withoutCorporateForm(name: string): string {
  return name.replace(CORPORATE_SUFFIX, "");
}

/** A word of trade, or "Power" of a utility, that a company's short name may leave off: "Hokkaido Electric Power". */
const TRADE_SUFFIX = new RegExp(`\\s+(?:${[...TRADE_HEADS, "Company", "Corporation"].join("|")})$`);

/**
 * A second trade joined to a company's name of two words or more by "&" or "and": "& Tool" of "Saucon Forge &
 * Tool" (not "& Gamble" of "Procter & Gamble", whose first word alone may be a person's name).
 */
const JOINED_TRADE = /\s+(?:&|and)\s+\p{Lu}\p{Ll}+$/u;

/** The endings of companies' names, which go by their first word: "Volterra Energy AG", "Halden Capital". */
const COMPANY_ENDING = new RegExp(`\\s(?:${[...CORPORATE_WORDS, ...TRADE_HEADS].map(escaped).join("|")})\\.?$`);

/** "Google Inc" and "Google" in one article: one organisation, named as first mentioned, the other an alias. */
function mergeCorporateForms(byKey: Map<string, Draft>): void {
  const orgs = [...byKey.values()].filter((d) => d.kind === "organization");
  const byName = new Map(orgs.map((d) => [d.name, d]));
  // "Sinar Ladang Bhd" and then "Sinar Ladang's results": a company's short name taken for a person's
  const people = new Map<string, Draft>();
  for (const d of byKey.values()) if (d.kind === "person" && d.roles.length === 0) people.set(d.name, d);
  for (const d of orgs) {
    // ("Fiji Red Cross Society" and "Fiji Red Cross": a society goes by its name without the word, of two words or
    // more)
    const society = d.name.endsWith(" Society") ? byName.get(d.name.slice(0, -" Society".length)) : undefined;
    if (society?.name.includes(" ") && byKey.has(society.key) && byKey.has(d.key)) {
      const [keep, drop] = society.first <= d.first ? [society, d] : [d, society];
      absorb(byKey, keep, drop);
      continue;
    }
    // "Hokkaido Electric Power Co." goes by "Hokkaido Electric Power" and by "Hokkaido Electric"
    let bare = d.name;
    let formCut = false;
    for (let k = 0; k < 3; k++) {
      // a word of trade goes only when a name of two words or more is left: "Tata Steel" is not "Tata"
      const cut = bare.replace(CORPORATE_SUFFIX, "");
      // ("Saucon Forge & Tool Co." goes by "Saucon Forge": the second trade joined by "&" once the form is gone)
      const trade = bare.replace(TRADE_SUFFIX, "");
      const joined = formCut ? bare.replace(JOINED_TRADE, "") : bare;
      const shorter = cut !== bare ? cut : trade !== bare ? trade : joined.includes(" ") ? joined : bare;
      formCut ||= cut !== bare;
      if (shorter === bare || (cut === bare && !shorter.includes(" "))) break;
      bare = shorter;
      const person = people.get(bare);
      if (person && byKey.has(person.key) && byKey.has(d.key)) {
        absorb(byKey, d, person);
        break;
      }
      const other = byName.get(bare);
      if (!other || !byKey.has(other.key) || !byKey.has(d.key)) continue;
      const [keep, drop] = other.first <= d.first ? [other, d] : [d, other];
      absorb(byKey, keep, drop);
      break;
    }
  }
}

/** Last words of public bodies, which "the company" never stands for: "Securities and Exchange Commission". */
const PUBLIC_BODY =
  /\b(?:Commission|Administration|Agency|Department|Ministry|Authority|Service|Bureau|Office|Council|Committee|Court|Parliament|Assembly|Congress|Senate|Police|Force|Army|Navy|Board|Institute|University|College|Society|Association|Union|League|Federation|Organi[sz]ation|Party|Government)$/;

/**
 * Broadcasters and papers, which a story cites ("told the Nine Network") far more often than it calls them "the
 * company".
 */
const BROADCASTER = /\b(?:Network|Broadcasting|Channel|TV)$/;
const MEDIA_HEAD_SET: ReadonlySet<string> = new Set(MEDIA_HEADS);
const lastWord = (name: string) => name.slice(name.lastIndexOf(" ") + 1);

/** Whether an organisation of no known kind named `name` may be what "the company" stands for. */
function mayBeCompany(name: string): boolean {
  return !PUBLIC_BODY.test(name) && !BROADCASTER.test(name) && !MEDIA_HEAD_SET.has(lastWord(name));
}

/**
 * A name with a word in capitals among words that are not ("MWAMBASHI Copper Mines", where a paper sets a lead's
 * first word in capitals), with that word as the story writes it elsewhere: "Mwambashi Copper Mines". A word the
 * story never writes otherwise is an acronym and stays ("CFMEU Tasmania").
 */
function unshouted(name: string, text: string): string {
  if (!/\p{Ll}/u.test(name)) return name;
  return name.replace(/\b(\p{Lu})(\p{Lu}{3,})\b/gu, (word: string, a: string, rest: string) => {
    const written = a + rest.toLowerCase();
    return holdsWord(text, written) ? written : word;
  });
}

/** The company named last before `at`, within NEAR if one is: what "the company" or "the carmaker" stands for. */
function companyBefore(drafts: readonly Draft[], at: number): Draft | undefined {
  const company = (d: Draft) => d.subtype === "company" || (d.subtype === null && mayBeCompany(d.name));
  // an article about one company calls it "the company" or "the operator" however far back it was named
  return lastMentionedBefore(drafts, at, company, NEAR) ?? lastMentionedBefore(drafts, at, company);
}

/**
 * The body named last before `at` whose name ends in `head`, within NEAR if one is: "the association" -> "...
 * Association".
 */
function bodyBefore(drafts: readonly Draft[], at: number, head: string): Draft | undefined {
  // "the chamber" -> "Chamber of Mines of Zambia": a name with "of" has its head word before it
  const headOf = (name: string) => {
    const of = name.indexOf(" of ");
    const end = of > 0 ? of : name.length;
    return name.slice(name.lastIndexOf(" ", end - 1) + 1, end).toLowerCase();
  };
  // "the district" is a school district: "Tulsa Public Schools", "Pulaski Community School District"
  const named = (d: Draft) =>
    d.kind === "organization" && (headOf(d.name) === head || (head === "district" && headOf(d.name) === "schools"));
  return lastMentionedBefore(drafts, at, named, NEAR) ?? lastMentionedBefore(drafts, at, named);
}

/**
 * "the agency" after a body whose name says no "Agency" ("Vermont Emergency Management"): the body named last
 * before it, nearby. Other nouns ("the council", "the union") name their own kind of body.
 */
function agencyBefore(drafts: readonly Draft[], at: number, head: string): Draft | undefined {
  return head === "agency" ? lastMentionedBefore(drafts, at, (d) => d.kind === "organization", NEAR) : undefined;
}

/** Links "the Russian minister" to the person holding that role, "the alliance" to NATO. */
function resolveDescriptions(
  g: Gazetteer,
  sorted: readonly Candidate[],
  byKey: Map<string, Draft>,
  text: string,
): void {
  const drafts = [...byKey.values()];
  // "Mortie Williams, the Sri Lankan justice minister, said": the description is of the name it stands beside
  const apposed = (c: Candidate) =>
    drafts.find(
      (d) =>
        d.kind === "person" &&
        d.mentions.some((m) => m.end < c.start && c.start - m.end <= 3 && /^\s*,\s*$/.test(text.slice(m.end, c.start))),
    );
  for (const c of sorted) {
    if (!c.describes) continue;
    if (c.kind === "organization") {
      // ("the department" is the State Department only where the article names it: else the department named
      // before, "Department of Marine and Ports Services")
      const known = c.entry ? byKey.get(`k:${c.entry.name}`) : undefined;
      const d =
        known ??
        (BODY_HEADS.has(c.describes.noun)
          ? (bodyBefore(drafts, c.start, c.describes.noun) ?? agencyBefore(drafts, c.start, c.describes.noun))
          : c.entry
            ? undefined
            : companyBefore(drafts, c.start));
      if (d) addMention(d, c, "description");
      continue;
    }
    const beside = text ? apposed(c) : undefined;
    if (beside) {
      addMention(beside, c, "description");
      continue;
    }
    const wanted = g.roleNouns.get(c.describes.noun) ?? [c.describes.noun];
    // ("the DC" after "Deputy Commissioner X"): a title by its initials
    const initials = /^[A-Z]{2,5}$/.test(c.describes.noun) ? c.describes.noun : null;
    const holders = drafts.filter(
      (d) =>
        d.kind === "person" &&
        d.roles.some((r) => {
          if (initials) return initialsOf(r.title) === initials;
          const t = r.title.toLowerCase();
          return wanted.some((w) => t.includes(w)) && (!c.describes?.of || !r.of || r.of === c.describes.of);
        }),
    );
    // with no owner named ("the president"), only someone mentioned just before will do
    const near = (d: Draft) => c.describes?.of || d.mentions.some((m) => m.start < c.start && c.start - m.start < NEAR);
    if (holders.length === 0 && c.describes.of) {
      // a lead that names the role before the person: "Turkey's foreign minister says ... Mevlut Cavusoglu said"
      let next: Draft | null = null;
      let at = c.end + NAMED_AFTER;
      for (const d of drafts) {
        if (d.kind !== "person" || d.roles.length > 0) continue;
        for (const m of d.mentions)
          if (m.start > c.end && m.start < at && m.via !== "description") [next, at] = [d, m.start];
      }
      if (next) addMention(next, c, "description");
      continue;
    }
    // ("Justice A. Selvakumaran passed the order ..." three paragraphs before "the judge observed"): the only
    // holder of the role, mentioned further back, when no one else holds it
    const farNear = (d: Draft) => d.mentions.some((m) => m.start < c.start && c.start - m.start < FAR);
    const nearBy = holders.filter(near);
    const chosen = nearBy.length > 0 ? nearBy : holders.length === 1 && holders.some(farNear) ? holders : [];
    if (chosen.length === 0) continue;
    // the holder mentioned last before the description, else the first one after it
    const before = (d: Draft) => Math.max(-1, ...d.mentions.filter((m) => m.start < c.start).map((m) => m.start));
    const best = [...chosen].sort((a, b) => before(b) - before(a) || a.first - b.first)[0] as Draft;
    addMention(best, c, "description");
  }
}

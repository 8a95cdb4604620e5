// Roles and descriptions written in lower case around names: "Russia's president-elect Vladimir Putin",
// "Russia ambassador to NATO, Dmitry Rogozin", "(UN-Arab League envoy) Kofi Annan", and descriptions that
// stand for a person or organisation: "the Russian minister", "the NATO chief", "the alliance".
import { STOPWORDS } from "../corpus/stopwords.js";
import type { Candidate, RoleHint } from "./candidate.js";
import { SAYS, TRADE_NAME } from "./classify.js";
import { factsOf } from "./facts.js";
import type { Gazetteer } from "./gazetteer.js";
import {
  bracketedArea,
  DISTRICT_OFFICE,
  FIELD_TITLE_HEADS,
  fieldWord,
  isTitleRank,
  joinText,
  matchKnown,
  matchTitle,
  PORTFOLIO_WORDS,
  titleInItsUnit,
  unitWordsBefore,
} from "./segment.js";
import { type Token, tokenAt } from "./tokens.js";

const SKIP_BACK = new Set([",", "(", ")"]);
/** Plural nouns of people that a capitalised word before them qualifies: "Defence officials", "Labour members". */
const PEOPLE_NOUNS = new Set([
  "officials",
  "members",
  "forces",
  "troops",
  "officers",
  "sources",
  "workers",
  "lawmakers",
  "staff",
  "authorities",
  "leaders",
  "supporters",
  "voters",
]);
const isPluralRole = (g: Gazetteer, word: string) => word.endsWith("s") && g.roleNouns.has(word.slice(0, -1));

/** The owner written just before token `i` ("Russia's", "Russian", "NATO"), as [name, first index]. */
function ownerBefore(g: Gazetteer, ts: readonly Token[], i: number): [string, number] | null {
  for (let s = Math.max(0, i - 3); s < i; s++) {
    const k = matchKnown(g, ts, s, i);
    if (k && k[1] === i && k[0].kind !== "person") return [k[0].name, s];
  }
  const t = tokenAt(ts, i - 1);
  const demonym = t ? factsOf(g, t).demonym : undefined;
  if (t && demonym !== undefined) return [demonym, i - 1];
  return null;
}

/** A title (any case) ending just before token `end`, with an optional "to X"/"of X": [title, start]. */
function titleBefore(g: Gazetteer, ts: readonly Token[], end: number): [string, number] | null {
  // "A spokeswoman for the Montreal Port Authority (MPA), X": the body's initials in brackets close the title
  // (the closing bracket may have been read past already)
  const open = tokenAt(ts, end - 1)?.text === ")" ? end - 3 : end - 2;
  if (tokenAt(ts, open)?.text === "(" && ts[open + 1]?.caps && open + 2 >= end - 1) {
    const inner = titleBefore(g, ts, open);
    if (inner) return inner;
  }
  // "The Medical Officer of Health (South), Dr X": the part of the area the office serves, in brackets, is the title's
  // (the closing bracket may have been read past already)
  const area = tokenAt(ts, end - 1)?.text === ")" ? end - 2 : end - 1;
  if (bracketedArea(ts, area)) {
    const inner = titleBefore(g, ts, area - 1);
    if (inner) return [`${inner[0]} (${(ts[area] as Token).text})`, inner[1]];
  }
  // "A youth leader in Mepe, X": where the holder serves, a place in capitals after "in", is no part of the title
  let placed = end - 1;
  while (placed > end - 4 && ts[placed]?.cap && !ts[placed]?.caps) placed--;
  if (placed < end - 1 && tokenAt(ts, placed)?.lower === "in") {
    const inner = titleBefore(g, ts, placed);
    if (inner) return inner;
  }
  // "District Coordination Officer (DCO) Khanewal X": a district office's town after its initials
  if (
    tokenAt(ts, end - 2)?.text === ")" &&
    tokenAt(ts, end - 4)?.text === "(" &&
    ts[end - 1]?.cap &&
    DISTRICT_OFFICE.test(ts[end - 3]?.text ?? "")
  ) {
    const inner = titleBefore(g, ts, end - 4);
    if (inner) return inner;
  }
  // "A joint secretary at the Ministry of Local Development, X", "The Deputy Chief Executive of COCOBOD in charge
  // of Operations, X": the body the office is at, or what it is in charge of, after the title
  const after = bodyOrChargeAfter(ts, end);
  if (after > 0) {
    const inner = titleBefore(g, ts, after);
    if (inner) return [`${inner[0]} ${joinText(ts, after, end)}`, inner[1]];
  }
  // "ambassador to NATO": a known name after "to"/"of"
  let tail = "";
  let e = end;
  for (let s = Math.max(0, end - 4); s < end - 1; s++) {
    const p = ts[s] as Token;
    const k = p.word && (p.lower === "to" || p.lower === "of") ? matchKnown(g, ts, s + 1, end) : null;
    if (k && k[1] === end) {
      tail = ` ${p.lower} ${ts
        .slice(s + 1, end)
        .map((x) => x.text)
        .join(" ")}`;
      e = s;
      break;
    }
  }
  // "the Commissioner for Health, X", "The Director-General of the NCDC, X": capitalised words after "of",
  // "for" or "to" that are no known name are the title's portfolio or body
  if (!tail) {
    // "assistant governor for monetary policy, X": a portfolio in lower case, with no article or possessive;
    // "The chairman of the local jamoat, X", "The spokesperson for the police, X": a body in lower case after
    // "the", closed by the comma before the name
    const portfolio = (s: number) => {
      if (s >= end - 1 || end - s > 5 || (ts[s] as Token).lower === "to") return false;
      const body = (ts[s + 1] as Token).lower === "the" && s + 2 < end && tokenAt(ts, end)?.text === ",";
      // ("The acting director of the Darío Contreras hospital, X": a name before the body's noun)
      let named = body ? s + 2 : s + 1;
      if (body && !(ts[end - 1] as Token).cap) while (named < end - 1 && (ts[named] as Token).cap) named++;
      for (let k = named; k < end; k++) {
        const w = ts[k] as Token;
        // ("director for treaties and territorial affairs": two portfolios)
        if (w.lower === "and" && k > s + 1 && k < end - 1) continue;
        if (w.cap || !(body ? w.word && isContentWord(w.lower) : isPortfolioWord(w))) return false;
      }
      return true;
    };
    for (let s = end - 1; s >= Math.max(1, end - 7); s--) {
      const p = ts[s] as Token;
      if (!p.word) break;
      // ("Fine Gael's spokeswoman on the marine, X": "on" and a portfolio in lower case)
      // ("The Police Public Relations Officer in the state, X": where the office serves, in lower case)
      if (p.lower === "of" || p.lower === "for" || p.lower === "to" || p.lower === "on" || p.lower === "in") {
        if (s < end - 1 && (((ts[end - 1] as Token).cap && p.lower !== "on" && p.lower !== "in") || portfolio(s))) {
          tail = ` ${joinText(ts, s, end)}`;
          e = s;
        }
        break;
      }
      if (!p.cap && p.lower !== "the" && p.lower !== "and" && !isPortfolioWord(p)) break;
    }
  }
  // "The District Chief Executive (DCE) for Wassa East, X": the title's initials in brackets before its place
  if (tail && e > 3 && ts[e - 1]?.text === ")" && ts[e - 2]?.caps && ts[e - 3]?.text === "(") e -= 3;
  // "The State Trustee (Governor) of Imereti, X": capitalised words no list holds, glossed in brackets by a title
  const gloss = glossedTitle(g, ts, e);
  if (gloss) {
    const [from, open] = gloss;
    return [`${joinText(ts, from, open)} (${joinText(ts, open + 1, e - 1)})${tail}`, from];
  }
  // the longest title of words only that ends at `e`, its lower case read backwards word by word
  let text = "";
  let from = -1;
  for (let s = e - 1; s >= Math.max(0, e - g.maxTitleTokens); s--) {
    const w = ts[s] as Token;
    if (!w.word) break;
    text = s === e - 1 ? w.lower : `${w.lower} ${text}`;
    // ("former head of procurement, X": "head" with what it heads, in lower case)
    // ("Lawyer for the traders, X": an occupation with whom it serves)
    if (g.titles.has(text) || (tail !== "" && ((text === "head" && !w.cap) || (s === e - 1 && isOccupation(g, text)))))
      from = s;
  }
  if (from < 0) return null;
  // "board general manager", "returning officer", "National chief coach": ranks before the title are part of it
  // ("Chief Environmental Health Officer, X": and a field's words, capitalised)
  const office = FIELD_TITLE_HEADS.has((ts[e - 1] as Token).text);
  for (let words = 0, ranks = 0; words < 3 && from > 0; words++) {
    if (ranks < 2 && isTitleRank(ts, from - 1)) ranks++;
    else if (!office || !fieldWord(g, ts[from - 1]) || STOPWORDS.has((ts[from - 1] as Token).lower)) break;
    from--;
  }
  return [joinText(ts, from, e) + tail, from];
}

/**
 * Where "at the" and a body's capitalised name ("at the Ministry of Local Development"), or "in charge of" and
 * what an office is in charge of ("in charge of economic affairs"), open, when they end just before `end`; or -1.
 */
function bodyOrChargeAfter(ts: readonly Token[], end: number): number {
  for (let s = end - 3; s >= Math.max(1, end - 8); s--) {
    const p = ts[s] as Token;
    if (!p.word) return -1;
    if (p.lower === "at" && ts[s + 1]?.lower === "the") {
      for (let k = s + 2; k < end; k++) {
        const w = ts[k] as Token;
        if (!(w.cap || (k > s + 2 && k < end - 1 && NAME_LINKS.has(w.lower)))) return -1;
      }
      return s;
    }
    if (p.lower === "in" && ts[s + 1]?.lower === "charge" && ts[s + 2]?.lower === "of") return end > s + 3 ? s : -1;
  }
  return -1;
}

/**
 * The start of one to three capitalised words glossed by a listed title in brackets that close just before `e`
 * ("State Trustee (Governor)"), and where the bracket opens; null when there are none.
 */
function glossedTitle(g: Gazetteer, ts: readonly Token[], e: number): [number, number] | null {
  if (tokenAt(ts, e - 1)?.text !== ")") return null;
  let open = e - 2;
  let gloss = "";
  while (open >= e - 4 && ts[open]?.word) {
    gloss = gloss ? `${(ts[open] as Token).lower} ${gloss}` : (ts[open] as Token).lower;
    open--;
  }
  if (open === e - 2 || tokenAt(ts, open)?.text !== "(" || !g.titles.has(gloss)) return null;
  let from = open;
  for (
    let w = ts[from - 1];
    from > open - 3 && w?.word && w.cap && !w.possessive && w.lower !== "the";
    w = ts[from - 1]
  )
    from--;
  return from < open ? [from, open] : null;
}

/** A lower-case word of three letters or more that is no stopword and no verb of saying: "policy", "rural". */
function isContentWord(lower: string): boolean {
  return /^[a-z]{3,}$/.test(lower) && !STOPWORDS.has(lower) && !SAYS.has(lower);
}

/** Words that say what an office is about: "monetary policy", "public health services"; not "the", "his", "said". */
function isPortfolioWord(t: Token): boolean {
  return t.word && !t.cap && isContentWord(t.lower);
}

/** Words that do not narrow an occupation written before a name: "said farmer X", "when teacher X". */
const NOT_BEFORE_OCCUPATION = /(?:ed|ly|ing)$/;
/** Endings of adjectives: "rural", "senior", "political", "executive", "human". */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary|ior|ant|ent|ern)$|^[a-z]{3,}an$/;
/** Participles that do narrow a title: "sporting director", "commanding officer", "retired teacher". */
const NARROWING_PARTICIPLES = new Set(
  "acting managing sporting presiding commanding founding visiting outgoing incoming reigning retired prosecuting defending".split(
    " ",
  ),
);

/**
 * A lower-case occupation just before token `end`, with up to three words before it that narrow it: "farmer
 * Egbert Walcott", "shop owner Martha Isaacs", "Principal rural fire officer Graeme Hurle"; [occupation, start].
 */
function occupationBefore(g: Gazetteer, ts: readonly Token[], end: number): [string, number] | null {
  const t = tokenAt(ts, end - 1);
  // "Farmer John Oke" opening a sentence: the capital of the first word says nothing
  if (!t?.word || (t.cap && !t.opener) || !(isOccupation(g, t.lower) || g.titles.has(t.lower))) return null;
  let from = end - 1;
  while (from > end - 4 && narrowsOccupation(g, tokenAt(ts, from - 1))) {
    // further out, only a word that reads as an adjective: "rural fire officer", not "town shop owner"
    if (from < end - 1 && !ADJECTIVE_ENDING.test((ts[from - 1] as Token).lower)) break;
    from--;
    if ((ts[from] as Token).cap) break;
  }
  return [joinText(ts, from, end), from];
}

/** A common word that names nothing the gazetteer knows and ends no name ("Political", not "League"). */
function isBareCommonWord(g: Gazetteer, t: Token): boolean {
  const f = factsOf(g, t);
  return f.common && !f.entry && !f.orgHead && !f.placeHead && f.demonym === undefined;
}

/** Whether a word before an occupation narrows it ("shop", "rural", "Political" opening a sentence). */
function narrowsOccupation(g: Gazetteer, t: Token | undefined): boolean {
  return (
    t?.word === true &&
    !t.possessive &&
    // a capital opening the sentence says nothing of a common word ("Political analyst X"); "Interpol
    // spokeswoman X" is the organisation's
    (!t.cap || (t.opener && isBareCommonWord(g, t))) &&
    isContentWord(t.lower) &&
    (!NOT_BEFORE_OCCUPATION.test(t.lower) || NARROWING_PARTICIPLES.has(t.lower)) &&
    !isOccupation(g, t.lower)
  );
}

/** The title or occupation that ends just before token `end` and starts first: "rural fire officer" narrows "officer". */
function roleBefore(g: Gazetteer, ts: readonly Token[], end: number): [string, number] | null {
  const listed = titleBefore(g, ts, end);
  const occupation = occupationBefore(g, ts, end);
  return listed && (!occupation || listed[1] <= occupation[1]) ? listed : occupation;
}

/** A word no list of English or of names holds: a local title ("gamgebeli", "Alkalo", "gobernador"). */
function isForeignWord(g: Gazetteer, t: Token | undefined): boolean {
  if (!t?.word || t.possessive || t.caps || t.text.length < 4) return false;
  const f = factsOf(g, t);
  // ("survivors": the plural of a word the list holds)
  const one = t.lower.endsWith("s") ? t.lower.slice(0, -1) : "";
  const plural = one !== "" && (g.common.has(one) || g.occupations.has(one) || g.titles.has(one));
  return !f.common && !plural && !f.given && f.entry === undefined && !STOPWORDS.has(t.lower) && !SAYS.has(t.lower);
}

/**
 * A title no list holds, in apposition before a name (`end` is just after it, at the comma): "The community's
 * teniente gobernador, X", "the gamgebeli, X" (words that are no English words after an article or an owner),
 * "The Alkalo of Kerr Jeng, X" (one such word, capitalised, and the place or body it is of).
 */
function unlistedTitleBefore(g: Gazetteer, ts: readonly Token[], end: number): [string, number] | null {
  // ("in the peninsula, Sabah and Sarawak", "One of the survivors, X": a place or a group, not a title)
  const opens = (k: number) => {
    const t = ts[k];
    const before = ts[k - 1];
    return (
      t !== undefined &&
      (t.lower === "the" || t.possessive) &&
      !(before?.word && !before.cap && STOPWORDS.has(before.lower) && !ARTICLES.has(before.lower))
    );
  };
  // "the teniente gobernador", "the gamgebeli"
  for (let s = end - 1; s >= Math.max(1, end - 2); s--) {
    if (!isForeignWord(g, ts[s]) || (ts[s] as Token).cap) break;
    if (opens(s - 1)) return [joinText(ts, s, end), s];
  }
  // "The Alkalo of Kerr Jeng": a capitalised word after "the", then "of" and capitalised words up to the comma
  for (let s = end - 2; s >= Math.max(1, end - 5); s--) {
    const of = ts[s] as Token;
    if (of.lower !== "of" && of.lower !== "for") {
      if (!of.cap) break;
      continue;
    }
    const w = ts[s - 1];
    if (s < end - 1 && w?.cap && isForeignWord(g, w) && opens(s - 2)) return [joinText(ts, s - 1, end), s - 1];
    break;
  }
  return null;
}

/** Words that open a title held in a body's part in a town: "branch chairman", "chapter president". */
const BRANCH_WORDS = new Set(["branch", "chapter"]);

/**
 * The body a title of its branch in a town is held in, where the town stands between them: "NSW Farmers'
 * Association Coonamble branch chairman X". The unknown word before the title is the town's name, a place.
 */
function branchOwner(cands: readonly Candidate[], ts: readonly Token[], s: number): string | null {
  if (!BRANCH_WORDS.has((ts[s] as Token).text)) return null;
  const before = ts[s - 1];
  const town = before ? cands.find((x) => x.end === before.end && x.kind === "unknown") : undefined;
  if (!town) return null;
  town.kind = "place";
  town.subtype = "city";
  const body = cands.find((x) => x.end <= town.start && x.kind === "organization" && town.start - x.end <= 2);
  return body ? (body.entry?.name ?? body.text) : null;
}

/** An organisation found just before a title ("Labour Party leader"); an unknown word there becomes one ("Boeing chief executive"). */
function ownerCandidate(cands: readonly Candidate[], before: Token | undefined): string | null {
  if (!before) return null;
  const c = cands.find((x) => x.end === before.end && x.kind !== "person" && !x.describes);
  if (!c) return null;
  // ("Clinton sheep farmer", "a Carlton man": a word the words around it made a place is the place)
  if (c.kind === "unknown" && c.placeish) return null;
  if (c.kind === "unknown") c.kind = "organization";
  return c.entry?.name ?? c.text;
}

/**
 * The office written before a comma that comes right before the title `role` of the name at token `at`: "The
 * Mayor of Morant Bay, Councillor Beverley Grant", "The Chief of Army Staff, Lt. Gen. Tukur Buratai".
 */
function officeBefore(g: Gazetteer, ts: readonly Token[], at: number, role: RoleHint): RoleHint | null {
  let i = at;
  while (i > 0 && (ts[i - 1] as Token).start >= role.start) i--;
  if (i === at) return null;
  // "police spokesperson Inspector Mandla Ncube": an office in lower case right before the rank
  const before = tokenAt(ts, i - 1);
  if (before?.word && !before.cap) {
    const occupation = occupationBefore(g, ts, i);
    if (!occupation) return null;
    const [title, s] = occupation;
    return { title, of: null, start: (ts[s] as Token).start, end: before.end };
  }
  if (tokenAt(ts, i - 1)?.text !== ",") return null;
  const found = roleBefore(g, ts, i - 1);
  if (!found || g.bareHonorifics.has(found[0])) return null;
  const [title, s] = found;
  return {
    title,
    of: ownerBefore(g, ts, s)?.[0] ?? null,
    start: (ts[s] as Token).start,
    end: (ts[i - 2] as Token).end,
  };
}

/** Attaches a lower-case or appositive title before a person's name as a role. */
export function addContextRoles(
  g: Gazetteer,
  ts: readonly Token[],
  cands: readonly Candidate[],
  indexOf: (c: Candidate) => number,
): void {
  for (const c of cands) {
    if (c.role && c.kind === "person") {
      const office = officeBefore(g, ts, indexOf(c), c.role);
      if (office) c.office = office;
      continue;
    }
    if (c.role || (c.kind !== "person" && c.kind !== "unknown")) continue;
    const at = indexOf(c);
    // ("DCP (South) X": the area in brackets after a title is no one; see titleBefore)
    if (!c.entry && bracketedArea(ts, at)) continue;
    let i = at;
    let skipped = 0;
    while (i > 0 && SKIP_BACK.has((ts[i - 1] as Token).text) && skipped < 2) {
      i--;
      skipped++;
    }
    // "Golden Spoon's director, Mr Lim Boon Kiat", "A trader, Mrs. Kafayat Oduwole": an honorific between the
    // title's comma and the name; "Political analyst Dr. Cecilia Uy": an honorific between the title and the name
    // ("Its director, Prof. Dr. Zlatko Arsovski": two of them)
    let honorifics = 0;
    while (skipped === 0 && honorifics < 2 && g.bareHonorifics.has(tokenAt(ts, i - 1 - honorifics)?.text ?? ""))
      honorifics++;
    if (honorifics > 0) {
      const comma = tokenAt(ts, i - 1 - honorifics)?.text === ",";
      i -= honorifics + (comma ? 1 : 0);
      skipped = comma ? 1 : 0;
    }
    // "the Prime Minister, Cabinet ministers and their staff": a word that qualifies the role holders after
    // it is no name ("the party leader, Smith, said" still is)
    const next = ts[at + 1];
    if (skipped > 0 && next?.word && (PEOPLE_NOUNS.has(next.lower) || isPluralRole(g, next.lower))) continue;
    // "Prime Minister's Questions": what a title holder owns is not the holder
    if (tokenAt(ts, i - 1)?.possessive) continue;
    const found = roleBefore(g, ts, i) ?? (skipped > 0 ? unlistedTitleBefore(g, ts, i) : null);
    if (!found) continue;
    const [title, s] = found;
    if (g.bareHonorifics.has(title)) continue;
    const owner = branchOwner(cands, ts, s) ?? ownerBefore(g, ts, s)?.[0] ?? ownerCandidate(cands, ts[s - 1]);
    c.role = {
      // "Interior Ministry spokesman X", "Bogiakumu Ward representative X", "former foreign minister X"
      title: titleInItsUnit(ts, s, title, !(ts[s] as Token).cap),
      of: owner,
      start: (ts[s] as Token).start,
      end: (ts[i - 1] as Token).end,
    } satisfies RoleHint;
    c.kind = "person";
    c.personish = true;
    // "The Governor of Racha-Lechkhumi and Kvemo Svaneti, X": what the title is of is no one, whatever the
    // shape of its words
    for (const d of cands)
      if (
        d !== c &&
        d.kind === "person" &&
        !d.personish &&
        !d.entry &&
        !d.describes &&
        d.start >= c.role.start &&
        d.end <= c.role.end
      )
        d.kind = "unknown";
  }
  for (const c of cands) {
    // ("Mr Mulcahy, a Fianna Fáil TD,": a surname alone after an honorific)
    const honoured = g.bareHonorifics.has(tokenAt(ts, indexOf(c) - 1)?.text ?? "");
    if (c.entry || c.describes || (c.kind !== "person" && c.kind !== "unknown") || !(c.text.includes(" ") || honoured))
      continue;
    if (c.role && (c.kind !== "person" || c.office)) continue;
    let last = indexOf(c);
    while (last + 1 < ts.length && (ts[last + 1] as Token).start < c.end) last++;
    // "Wu Mei-ling (吳美玲), a section chief": the name in its own script, or an age, in brackets before the comma
    if (ts[last + 1]?.text === "(") {
      let close = last + 2;
      while (close < ts.length && close - last < 8 && (ts[close] as Token).text !== ")") close++;
      if ((ts[close] as Token | undefined)?.text === ")") last = close;
    }
    const role = appositiveRole(g, ts, last + 1) ?? appointedRole(g, ts, last + 1);
    if (!role) continue;
    // "Lt Col Shahriar Hossain, commanding officer of the battalion,": a rank before the name, an office after it
    if (c.role) {
      if (role.title !== c.role.title) c.office = role;
      continue;
    }
    c.role = role;
    c.kind = "person";
    c.personish = true;
    // "X, secretary-general of Força Sindical,": what the office is of is a body, whatever its words look like
    const of = role.of;
    if (of)
      for (const d of cands)
        if (d !== c && d.text === of && d.start > c.end && !d.entry && !d.personish && d.kind === "person")
          d.kind = "organization";
    // "Stavros K, a cardiologist and a board member of the doctors' union,": a second office after "and a"
    const second = secondAppositive(g, ts, role);
    if (second && second.title !== role.title) c.office = second;
  }
}

/** The office of an appositive's second part, after "and" and an article: "a cardiologist and a board member". */
function secondAppositive(g: Gazetteer, ts: readonly Token[], role: RoleHint): RoleHint | null {
  let k = 0;
  while (k < ts.length && (ts[k] as Token).end <= role.end) k++;
  if (ts[k]?.lower !== "and" || !ARTICLES.has(ts[k + 1]?.lower ?? "")) return null;
  return appositiveRole(g, ts, k, true);
}

/** Verbs that say what someone is now: "X is the new president", "X became the first woman elected". */
const COPULAS = new Set(["is", "becomes", "became"]);
const ARTICLES = new Set(["the", "a", "an"]);

/** Units of a body that an office in lower case may head: "head of the bean research programme". */
const LOWER_UNITS = new Set([
  "programme",
  "program",
  "department",
  "unit",
  "section",
  "division",
  "desk",
  "laboratory",
  "lab",
  "project",
  "team",
  "directorate",
]);

/** Words that may close an appositive: the comma, the sentence's end, a bracket. */
const CLOSES_APPOSITIVE = new Set([",", ".", ")", ";", "-"]);
/** Words that join the parts of an organisation's name: "University of Buenos Aires", "Centre for Strategic Studies". */
const NAME_LINKS = new Set(["of", "for", "on", "and", "&", "de"]);
/**
 * Words after an occupation that say more of the person: "a nurse from Lomas", "the scientist who led the
 * search", "a former parliament deputy and one of the movement's leaders".
 */
const OCCUPATION_GOES_ON = new Set(["from", "who", "with", "in", "based", "working", "whose", "since", "and"]);

/** A participle that goes on to say what the person does or did: "a driver carrying fuel", "a nurse trained in Cuba". */
const PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/;

/**
 * Occupations that are a person's role, from the gazetteer's list of occupation nouns without the words that
 * describe a part someone plays in a story ("victim", "resident", "protester"), with professions and posts
 * that neither it nor the titles list.
 */
const NOT_ROLES = new Set(
  (
    "teenager victim suspect defendant survivor widow protester demonstrator plaintiff claimant witness " +
    "resident passenger volunteer candidate nominee legend veteran rookie star champion motorist commuter shopper " +
    "neighbour neighbor bystander onlooker pensioner homeowner tenant villager mourner"
  ).split(" "),
);
const MORE_OCCUPATIONS = new Set(
  (
    "lecturer rector specialist ranger teacher principal headteacher counsel consultant curator coordinator " +
    "adviser advisor official member chairperson owner trader vendor goalie goaltender defenceman defenseman " +
    "midwife psychologist psychiatrist epidemiologist virologist accountant trucker mechanic electrician plumber carpenter labourer laborer miner fisherman herder " +
    "tailor hairdresser barber butcher baker clerk cashier skipper fly-half scrum-half full-back flanker " +
    "veterinarian veterinarians vet expert co-ordinator head pharmacist surveyor auditor inspector warden " +
    "student professor partner postman postwoman beekeeper shopkeeper innkeeper bookkeeper assembler steward " +
    "investigator convener convenor wholesaler retailer agriculturist agronomist anaesthetist " +
    "anesthetist practitioner leader chair chairwoman chairman spokesman spokeswoman spokesperson critic " +
    "campaigner organiser organizer negotiator broker prefect"
  ).split(" "),
);

/** A lower-case noun of what a person does that is a role: "farmer", "lecturer"; not "victim". */
function isOccupation(g: Gazetteer, word: string): boolean {
  return (
    (g.occupations.has(word) && !NOT_ROLES.has(word)) ||
    MORE_OCCUPATIONS.has(word) ||
    PROFESSION.test(word) ||
    TRADE_NAME.test(word)
  );
}

/** Endings of the names of professions: "glaciologist", "hydrologist", "technician", "cartographer". */
const PROFESSION = /^[a-z]{2,}(?:ologist|ographer|ician|iatrist|ometrist|physicist|chemist|nomist)$/;

/**
 * The end of an occupation at token `at` (after "a" or "the"): up to two lower-case words that narrow it, then
 * the occupation ("chemistry lecturer", "public health specialist"), or -1.
 */
function occupationEnd(g: Gazetteer, ts: readonly Token[], at: number): number {
  // ("Ray Dubois, a crane operator who": "operator" after a name; before one it is the name of a firm's trade,
  // "Raft operator X")
  // a title in one word narrowed by the words before it: "medical superintendent", "deputy director"; a title
  // that narrows the words after it: "chief economist", "general manager", "chief shop steward"
  let last = -1;
  for (let k = at; k < at + 3 && k < ts.length; k++) {
    const t = ts[k] as Token;
    if (!t.word || t.cap || /\d/.test(t.text)) break;
    if (isOccupation(g, t.lower) || g.titles.has(t.lower) || t.lower === "operator") last = k;
    else if (t.lower.length < 3 || NOT_NARROWING.has(t.lower) || (last >= 0 && PARTICIPLE.test(t.lower))) break;
  }
  return last < 0 ? -1 : last + 1;
}
/** Words that do not narrow an occupation: "a group of", "one of the". */
const NOT_NARROWING = new Set(["the", "of", "and", "who", "which", "that", "from", "with", "for", "group", "number"]);

/**
 * The title of an appositive after a name that starts at token `at`: "Simon Coveney, Ireland's foreign
 * minister,", "Pat Cullen, the RCN's general secretary,", "Jens Stoltenberg, the secretary general of NATO,".
 */
function appositiveRole(g: Gazetteer, ts: readonly Token[], at: number, afterAnd = false): RoleHint | null {
  // "Jane Doe is the new president of the federation": a copula and an article before the title hold it too
  // (and "and" before a second one: see secondAppositive)
  const copula =
    (afterAnd || COPULAS.has((ts[at] as Token | undefined)?.lower ?? "")) && ARTICLES.has(ts[at + 1]?.lower ?? "");
  // ("Kwon Tae-yoon / Democratic Party lawmaker": a broadcaster's caption sets the role apart with a slash)
  const label = (ts[at] as Token | undefined)?.text === "/";
  if ((ts[at] as Token | undefined)?.text !== "," && !copula && !label) return null;
  let j = at + 1;
  // "Juan Ramón de la Fuente, 72, a former ambassador": an age between the name and the title
  if (/^\d{1,3}$/.test((ts[j] as Token | undefined)?.text ?? "") && (ts[j + 1] as Token | undefined)?.text === ",")
    j += 2;
  if (/^(the|a|an)$/.test((ts[j] as Token | undefined)?.lower ?? "")) j++;
  // "Gulnara Abdyrakhmanova, a 52-year-old teacher": the age says who, not what
  if (/^\d{1,3}-year-old$/.test((ts[j] as Token | undefined)?.lower ?? "")) j++;
  let owner: string | null = null;
  let scope = -1;
  const o = ts[j];
  const known = o?.cap ? matchKnown(g, ts, j, ts.length) : null;
  if (known && known[0].kind !== "person" && (ts[known[1] - 1] as Token).possessive) {
    owner = known[0].name;
    j = known[1];
  } else if (o?.possessive && o.cap) {
    owner = o.text;
    j++;
  } else if (o && g.demonyms.has(o.text)) {
    owner = g.demonyms.get(o.text) as string;
    j++;
  } else if (o?.possessive && o.word && !o.cap && j > at + 1) {
    // "the ministry's commissioner for disease surveillance": an owner in lower case is read past, not kept
    j++;
  } else if (o?.cap && ((j > at + 1 && ARTICLES.has((ts[j - 1] as Token).lower)) || (label && j === at + 1))) {
    // "a Fianna Fáil TD for Kildare North", "an ODS deputy from Ostrava": the party or body before the title
    let e = j;
    while (
      e < j + 3 &&
      (ts[e] as Token | undefined)?.cap &&
      !(ts[e] as Token).possessive &&
      matchTitle(g, ts, e, ts.length) < 0
    )
      e++;
    // ("Martin Pell, a Seattle economist who", "a WHO epidemiologist in Cairo": a place or body before an occupation)
    if (
      e > j &&
      (matchTitle(g, ts, e, ts.length) > e || occupationEnd(g, ts, e) > e) &&
      matchTitle(g, ts, j, ts.length) < 0
    ) {
      // ("the Geita District Medical Officer": the unit's words are the title's)
      const unit = unitWordsBefore(ts, e);
      owner = known?.[1] === e ? known[0].name : joinText(ts, j, unit > j ? unit : e);
      // (a known body's name keeps its own last word: "Democratic Party lawmaker")
      if (unit > j && unit < e && known?.[1] !== e) scope = unit;
      j = e;
    }
  }
  // "Rune Eriksen, ordfører (mayor) of Berlevåg,": a title in the local language glossed in brackets
  const glossEnd =
    !owner && ts[j + 1]?.text === "(" && isForeignWord(g, ts[j]) ? matchTitle(g, ts, j + 2, ts.length) : -1;
  if (glossEnd > j + 2 && ts[glossEnd]?.text === ")") {
    const after = glossEnd + 1;
    const of = ts[after]?.lower === "of" && ts[after + 1]?.cap ? bodyEnd(ts, after + 1) : after;
    if (CLOSES_APPOSITIVE.has(ts[of]?.text ?? "")) {
      const holder = of > after ? joinText(ts, after + 1, of) : null;
      return {
        title: joinText(ts, j + 2, glossEnd),
        of: holder,
        start: (ts[j + 2] as Token).start,
        end: (ts[glossEnd - 1] as Token).end,
      };
    }
  }
  // "a former ambassador", "the new chief executive": the qualifier stays in the title
  const titleStart = j;
  while (
    j < ts.length &&
    j - titleStart < 2 &&
    ADJECTIVES.has((ts[j] as Token).lower) &&
    matchTitle(g, ts, j, ts.length) < 0
  )
    j++;
  const listed = matchTitle(g, ts, j, ts.length);
  if (listed >= 0 && g.bareHonorifics.has((ts[j] as Token).text)) return null;
  // "a researcher at the Centre", "a chemistry lecturer", "the planetary scientist who led the search": an
  // occupation in lower case, with the words that narrow it
  // ("Glenn Sauder, the TSB's lead investigator.": an owner before an occupation too)
  const occupation = occupationEnd(g, ts, titleStart);
  // ("the leader of the opposition Alliance for Georgia,": a listed title, "Leader of the Opposition", that a
  // name goes on from is the occupation before it, of that name)
  let te = occupation >= 0 && listed > occupation && ts[listed]?.cap ? occupation : Math.max(listed, occupation);
  // "Zurab Chkheidze, the gamgebeli of Oni Municipality,": words that are no English words, then the place or body
  // the office is of
  if (te < 0 && !owner && j > at + 1 && isForeignWord(g, ts[j]) && !(ts[j] as Token).cap) {
    te = isForeignWord(g, ts[j + 1]) && !(ts[j + 1] as Token).cap ? j + 2 : j + 1;
    const of = ts[te]?.lower;
    if ((of !== "of" && of !== "for") || !ts[te + 1]?.cap) te = -1;
  }
  if (te < 0) return null;
  j = titleStart;
  let end = te;
  // "the District Chief Executive (DCE) for Savelugu": the title's initials in brackets
  if (ts[end]?.text === "(" && ts[end + 1]?.caps && ts[end + 2]?.text === ")") end += 3;
  // "the secretary general of NATO", "chief executive of General Motors"
  const of = ts[end];
  const ownedBefore = owner !== null;
  if (!owner && of && (of.lower === "of" || of.lower === "at" || of.lower === "for" || of.lower === "to")) {
    // ("director of the provincial Department of Agriculture": a word in lower case may stand before the name)
    const the = (ts[end + 1] as Token | undefined)?.lower === "the";
    const between = ts[end + 2] as Token | undefined;
    const from = !the
      ? end + 1
      : between?.cap
        ? end + 2
        : between?.word && !ADJECTIVE_BEFORE_NAME_STOPS.has(between.lower) && (ts[end + 3] as Token | undefined)?.cap
          ? end + 3
          : end + 1;
    const k = matchKnown(g, ts, from, ts.length);
    let e = k ? k[1] : from;
    // "the University Federation of Buenos Aires", "the Sudan Centre for Strategic Studies": a name runs on over
    // "of", and past a known name it opens
    const known = e;
    while (
      e < ts.length &&
      !(ts[e - 1] as Token | undefined)?.possessive &&
      ((ts[e] as Token).cap || (e > from && NAME_LINKS.has((ts[e] as Token).lower) && (ts[e + 1] as Token)?.cap))
    )
      e++;
    // ("Minister of Foreign Affairs", "Secretary for Home Affairs": a portfolio is the title's own)
    const portfolioOf =
      e > from && !the && ts.slice(from, e).every((w) => PORTFOLIO_WORDS.has(w.text) || w.lower === "and");
    if (portfolioOf) {
      te = e;
      end = e;
    } else if (e > from) {
      owner = k && e === known && k[0].kind !== "person" ? k[0].name : joinText(ts, from, e);
      end = e;
      // "president of the University Federation (FUBA),": the initials of the owner's name
      // ("... at the University of Brasília (UnB),": initials in mixed case too)
      if (ts[e]?.text === "(" && isInitials(ts[e + 1]) && ts[e + 2]?.text === ")") end = e + 3;
      // "president of the Sarita Vihar residents' welfare association,": the lower-case rest of the owner's name
      else {
        let w = e;
        while (
          w < ts.length &&
          w - e < 4 &&
          (ts[w] as Token).word &&
          !(ts[w] as Token).cap &&
          (ts[w] as Token).text !== "that" &&
          (ts[w] as Token).text !== "which"
        )
          w++;
        // ("president of the United Auto Workers local that represents them,": a clause about the body after it)
        const next = (ts[w] as Token | undefined)?.text ?? "";
        if (w > e && (CLOSES_APPOSITIVE.has(next) || next === "that" || next === "which")) end = w;
      }
    } else {
      // "a spokeswoman for the city,", "medical superintendent of the hospital.": an owner in lower case is read
      // past, not kept; "commissioner for disease surveillance,": a portfolio, with no article, is the title's
      let w = end + 1;
      let portfolio = of.lower !== "to" && of.lower !== "at";
      // ("head of the board's nature conservation department.": up to six words)
      while (
        w < ts.length &&
        w - end <= 6 &&
        (ts[w] as Token).word &&
        !(ts[w] as Token).cap &&
        bodyAfter(ts, w) === w
      ) {
        if (!isPortfolioWord(ts[w] as Token)) portfolio = false;
        w++;
      }
      // ("head of roads and amenity services at Argyll and Bute Council,": the body the office is at after them)
      const at = w > end + 1 ? bodyAfter(ts, w) : w;
      // ("chief executive of the state-owned road maintenance company Jadran Ceste,": a body's name after the
      // words that say what it is)
      const named = w > end + 2 && (ts[w] as Token | undefined)?.cap ? bodyEnd(ts, w) : w;
      if (w > end + 1 && CLOSES_APPOSITIVE.has((ts[at] as Token | undefined)?.text ?? "")) {
        // ("head of the bean research programme at RAB": the unit of the body the office heads is the title's)
        const unit =
          of.lower === "of" &&
          LOWER_UNITS.has((ts[w - 1] as Token).lower) &&
          !ts.slice(end, w).some((t) => t.possessive);
        // ("director of logistics at Kesko,": the portfolio, and the body the office is at after it)
        if (portfolio || unit) te = w;
        end = at;
      } else if (named > w && CLOSES_APPOSITIVE.has((ts[named] as Token | undefined)?.text ?? "")) {
        owner = joinText(ts, w, named);
        end = named;
      }
    }
  }
  // "Vinod Rampersad, CHCL's head of operations.": what the office of an owner named before it is of, in lower case
  if (ownedBefore && (of?.lower === "of" || of?.lower === "for")) {
    let w = end + 1;
    while (w < ts.length && w - end <= 3 && isPortfolioWord(ts[w] as Token)) w++;
    if (w > end + 1 && CLOSES_APPOSITIVE.has((ts[w] as Token | undefined)?.text ?? "")) {
      te = w;
      end = w;
    }
  }
  // "Director of Public Health with the Western Health Board.", "NParks' deputy director for Pulau Ubin,": the
  // body or the place the office is at
  end = bodyAfter(ts, end);
  const close = ts[end];
  // an occupation's appositive may go on to say more of the person: "a nurse from Lomas", "who led the search"
  // ("an ODS deputy from Ostrava,": a title too, with where its holder comes from or since when)
  const more =
    close !== undefined &&
    ((occupation >= 0 &&
      (OCCUPATION_GOES_ON.has(close.lower) || (close.word && !close.cap && PARTICIPLE.test(close.lower)))) ||
      (close.lower === "from" && ts[end + 1]?.cap === true) ||
      // ("a former member of parliament who sat on its security committee,")
      (close.lower === "who" && listed >= 0) ||
      ((close.text === "that" || close.text === "which") && owner !== null && listed >= 0) ||
      // ("a Fianna Fáil TD for Kildare North since 1997,")
      (close.lower === "since" && /^\d{4}$/.test(ts[end + 1]?.text ?? "")));
  if (close && !copula && !more && !CLOSES_APPOSITIVE.has(close.text) && !(listed >= 0 && officeGoesOn(ts, te)))
    return null;
  if (scope >= 0) j = scope;
  return { title: joinText(ts, j, te), of: owner, start: (ts[j] as Token).start, end: (ts[te - 1] as Token).end };
}

/** A short word of initials, in capitals or with two capitals or more among small letters: "FUBA", "UnB". */
function isInitials(t: Token | undefined): boolean {
  return !!t && (t.caps || /^(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}$/.test(t.text));
}

const AUXILIARIES = new Set(["has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "being"]);
const APPOINTED = new Set(["named", "appointed", "elected", "made", "installed", "became", "becomes"]);

/**
 * A title the words after a name say was given or is held: "X has been named acting director", "X was appointed
 * foreign minister", ", who has been acting mayor since June". `at` is the token after the name.
 */
function appointedRole(g: Gazetteer, ts: readonly Token[], at: number): RoleHint | null {
  let j = at;
  if (ts[j]?.text === "," && ts[j + 1]?.lower === "who") j += 2;
  // ("His deputy, X, has been named acting director": the comma that closes an apposition)
  else if (ts[j]?.text === "," && AUXILIARIES.has(ts[j + 1]?.lower ?? "")) j++;
  const auxFrom = j;
  while (j < auxFrom + 3 && AUXILIARIES.has(ts[j]?.lower ?? "")) j++;
  if (APPOINTED.has(ts[j]?.lower ?? "")) {
    j++;
    if (ts[j]?.lower === "as") j++;
  } else if (j === auxFrom || !(j > at + 1 || ts[j - 1]?.lower === "been")) return null;
  if (ts[j]?.lower === "the") j++;
  // ("who became the authority's executive director": the owner is read past)
  if (ts[j]?.possessive && ts[j - 1]?.lower === "the") j++;
  const start = j;
  while (j < start + 2 && isTitleRank(ts, j)) j++;
  const te = matchTitle(g, ts, j, ts.length);
  if (te <= j || g.bareHonorifics.has((ts[j] as Token).text)) return null;
  return {
    title: joinText(ts, start, te),
    of: null,
    start: (ts[start] as Token).start,
    end: (ts[te - 1] as Token).end,
  };
}

/** Prepositions that go on from a listed title to what or where it is of: "special envoy for Caspian affairs". */
const OFFICE_GOES_ON = new Set(["for", "at", "in", "of", "to", "on", "with", "assisting", "responsible"]);

/**
 * Whether a listed title's appositive goes on at token `i` with a preposition and up to nine words, none a verb of
 * saying nor a participle, to the comma or stop that closes it: "deputy head of mission at Timor-Leste's embassy
 * in Canberra,".
 */
function officeGoesOn(ts: readonly Token[], i: number): boolean {
  if (!OFFICE_GOES_ON.has(ts[i]?.lower ?? "")) return false;
  for (let w = i + 1; w < i + 10; w++) {
    const t = ts[w];
    if (t === undefined) return false;
    if (CLOSES_APPOSITIVE.has(t.text)) return w > i + 1;
    if (!t.word || SAYS.has(t.lower) || (!t.cap && PARTICIPLE.test(t.lower))) return false;
  }
  return false;
}

/** The end of the capitalised words from `i` (a place or body after "of"), joined by "and" or "of". */
function bodyEnd(ts: readonly Token[], i: number): number {
  let e = i;
  while (e < ts.length && ((ts[e] as Token).cap || (NAME_LINKS.has((ts[e] as Token).lower) && ts[e + 1]?.cap))) e++;
  return e;
}

/** Words before the body or place an office is at, after its title: "at", "with", "in", "for". */
const OFFICE_AT = new Set(["at", "with", "in", "for"]);

/**
 * The end of "at", "with", "in" or "for" and a capitalised name (which "of", "and" or "for" may join, with its
 * initials in brackets after it) from token `i`; `i` when no such phrase starts there.
 */
function bodyAfter(ts: readonly Token[], i: number): number {
  if (!OFFICE_AT.has((ts[i] as Token | undefined)?.lower ?? "")) return i;
  let j = (ts[i + 1] as Token | undefined)?.lower === "the" ? i + 2 : i + 1;
  if (!(ts[j] as Token | undefined)?.cap) return i;
  while (
    j < ts.length &&
    ((ts[j] as Token).cap || (NAME_LINKS.has((ts[j] as Token).lower) && (ts[j + 1] as Token | undefined)?.cap))
  )
    j++;
  if (ts[j]?.text === "(" && ts[j + 1]?.caps && ts[j + 2]?.text === ")") j += 3;
  return j;
}

/** Words after "of the" that do not qualify the name after them: "head of the British Council" has none. */
const ADJECTIVE_BEFORE_NAME_STOPS = new Set(["and", "or", "of", "for", "to", "in", "at", "on", "by", "with"]);

const ADJECTIVES = new Set([
  "former",
  "new",
  "top",
  "senior",
  "military",
  "western",
  "transatlantic",
  "visiting",
  "outgoing",
  "incoming",
  "veteran",
  "deputy",
  "chief",
  "acting",
  "interim",
  "embattled",
  // "Northern Regional Director of Health Services": the part of the country an office serves
  "northern",
  "southern",
  "eastern",
  "central",
  "regional",
  "provincial",
  "national",
  "municipal",
  "country's",
  "nation's",
]);

/** The longest role or organisation noun starting at token `j`: "state secretary", "alliance". */
function nounAt(g: Gazetteer, ts: readonly Token[], j: number): { noun: string; end: number; org: boolean } | null {
  let best: { noun: string; end: number; org: boolean } | null = null;
  let text = "";
  for (let k = j; k < ts.length && k - j < 3; k++) {
    const t = ts[k] as Token;
    if (!t.word) break;
    text = k === j ? t.lower : `${text} ${t.lower}`;
    if (g.roleNouns.has(text)) best = { noun: text, end: k + 1, org: false };
    else if (g.orgNouns.has(text)) best = { noun: text, end: k + 1, org: true };
    // no longer noun starts with these words
    if (t.possessive || !g.nounPrefixes.has(text)) break;
  }
  return best;
}

/** Nouns for a business: "the company said", "the electric-vehicle maker warned". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  "company",
  "firm",
  "carmaker",
  "automaker",
  "maker",
  "manufacturer",
  "retailer",
  "insurer",
  "airline",
  "chipmaker",
  "drugmaker",
  "miner",
  "conglomerate",
  "startup",
  "start-up",
  "supplier",
  "producer",
  "operator",
  "utility",
  "lender",
  "carrier",
]);

/**
 * A company noun at `j`, perhaps after up to two lower-case words that qualify it ("electric-vehicle maker",
 * "world's biggest carmaker"); a company noun before a name or "of" names no company it stands for.
 */
function companyNounAt(ts: readonly Token[], j: number): { noun: string; end: number; org: boolean } | null {
  for (let k = j; k < ts.length && k - j <= 2; k++) {
    const t = ts[k] as Token;
    if (!t.word || t.cap) return null;
    if (COMPANY_NOUNS.has(t.lower)) return { noun: t.lower, end: k + 1, org: true };
  }
  return null;
}

/**
 * Last words of the names of bodies, by which a story calls a body it has named: "the association" after "the
 * Nigerian Medical Association", "the chamber" after "the Gozo Business Chamber".
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  "association",
  "chamber",
  "federation",
  "union",
  "council",
  "commission",
  "committee",
  "society",
  "institute",
  "foundation",
  "agency",
  "authority",
  "coalition",
  "tribunal",
  "board",
  "network",
  "institution",
  "administration",
  "centre",
  "center",
  // "the district" after "Tulsa Public Schools" or "Pulaski Community School District"
  "district",
  "hospital",
  "university",
  "college",
  "school",
  "trust",
  "ministry",
  "department",
]);

/** A body's last word at `j`: "the association". */
function bodyHeadAt(ts: readonly Token[], j: number): { noun: string; end: number; org: boolean } | null {
  const t = ts[j];
  return t?.word && !t.cap && BODY_HEADS.has(t.lower) ? { noun: t.lower, end: j + 1, org: true } : null;
}

/** A description of a person in tokens `[i, end)` by a title's initials: "the DC". */
function descriptionOf(ts: readonly Token[], i: number, end: number, paragraph: number, noun: string): Candidate {
  const first = ts[i] as Token;
  const last = ts[end - 1] as Token;
  return {
    start: first.start,
    end: last.end,
    text: `${first.text} ${last.text}`,
    kind: "person",
    subtype: null,
    entry: null,
    via: "description",
    role: null,
    gender: null,
    personish: true,
    agent: false,
    paragraph,
    describes: { noun, of: null },
    placeish: undefined,
    surnameOnly: undefined,
  };
}

/**
 * Descriptions after "the": "the Russian minister" (role noun, owner Russia), "the alliance" (an
 * organisation's noun), "the US State Secretary". Returns candidates with `describes` set.
 */
export function findDescriptions(g: Gazetteer, ts: readonly Token[], paragraph: number): Candidate[] {
  const out: Candidate[] = [];
  // the noun at a word is asked up to three times in a row below: the last answer is kept
  let askedAt = -1;
  let asked: ReturnType<typeof nounAt> = null;
  const nounOf = (k: number) => {
    if (k !== askedAt) {
      askedAt = k;
      asked = nounAt(g, ts, k);
    }
    return asked;
  };
  for (let i = 0; i < ts.length; i++) {
    const t0 = ts[i] as Token;
    let owner: string | null = null;
    let j = i + 1;
    // "Ireland's foreign minister": a known country or organisation owns the role
    const possessor =
      t0.possessive && t0.cap && (i === 0 || !(ts[i - 1] as Token).cap) ? factsOf(g, t0).entry : undefined;
    if (possessor && possessor.kind !== "person") {
      owner = possessor.name;
      const k = nounOf(j);
      if (!k || k.org) continue;
    } else if (t0.lower !== "the") continue;
    // "the DC said", "the SSP told reporters": a title's initials before a verb of saying, which merging matches
    // against the initials of the titles held
    const initials = ts[j];
    if (
      !owner &&
      initials &&
      /^[A-Z]{2,5}$/.test(initials.text) &&
      !initials.possessive &&
      !g.roleNouns.has(initials.lower) &&
      SAYS.has(ts[j + 1]?.lower ?? "")
    ) {
      out.push(descriptionOf(ts, i, j + 1, paragraph, initials.text));
      i = j;
      continue;
    }
    // whether every owner word is capitalised and unknown: "The National Environmental Agency" is a name
    let namelike = true;
    // owners and adjectives
    while (j < ts.length && j - i <= 4) {
      const t = ts[j] as Token;
      if (!t.word || nounOf(j)) break;
      const k = matchKnown(g, ts, j, ts.length);
      if (k && k[0].kind !== "person") {
        owner = k[0].name;
        j = k[1];
        namelike = false;
        continue;
      }
      const demonym = factsOf(g, t).demonym;
      if (demonym !== undefined) {
        owner = demonym;
        j++;
        namelike = false;
        continue;
      }
      // an owner the gazetteer does not know, as written: "the Manchester City manager"
      if (t.cap && !g.roleNouns.has(t.lower) && (ts[j + 1] as Token | undefined)?.word) {
        owner = owner && j > i + 1 && (ts[j - 1] as Token).cap ? `${owner} ${t.text}` : t.text;
        j++;
        continue;
      }
      if (ADJECTIVES.has(t.lower) && !(g.roleNouns.has(t.lower) && !(ts[j + 1] as Token | undefined)?.word)) {
        namelike &&= t.cap;
        j++;
        continue;
      }
      break;
    }
    const best = nounOf(j) ?? companyNounAt(ts, j) ?? bodyHeadAt(ts, j);
    if (!best) continue;
    // "The National Environmental Agency said": capitalised words that no list knows before a body's capitalised
    // head are that body's name, not a description of one named before
    if (best.org && namelike && j > i + 1 && (ts[j] as Token).cap) continue;
    const next = ts[best.end];
    // "the NATO chief Anders Rasmussen" names the person itself; "the minister of X", "the Commission for
    // Conciliation" and "the Commission on Elections" are left alone
    const namedOn = (next?.lower === "for" || next?.lower === "on") && ts[best.end + 1]?.cap;
    if (next?.word && (next.cap || next.lower === "of" || namedOn)) continue;
    const first = ts[i] as Token;
    const last = ts[best.end - 1] as Token;
    const orgEntry = best.org ? g.orgNouns.get(best.noun) : undefined;
    const company = best.org && !orgEntry && !BODY_HEADS.has(best.noun);
    out.push({
      start: first.start,
      end: last.end,
      text: ts
        .slice(i, best.end)
        .map((t) => t.text)
        .join(" "),
      kind: best.org ? "organization" : "person",
      subtype: company ? "company" : (orgEntry?.subtype ?? null),
      entry: orgEntry ?? null,
      via: "description",
      role: null,
      gender: null,
      personish: !best.org,
      agent: false,
      paragraph,
      describes: { noun: best.noun, of: owner },
      // the fields of makeCandidate's literal, in its order: one hidden class for all candidates
      placeish: undefined,
      surnameOnly: undefined,
    });
    i = best.end - 1;
  }
  return out;
}

// Who a phrase names as the speaker: a person, a pronoun resolved to one, a role description, an
// organisation, or an unnamed source ("an alliance official").

import { BODY_HEADS, COMPANY_NOUNS } from "../actors/context-roles.js";
import {
  type ActorAnalysis,
  holderBefore,
  lastOrganizationBefore,
  lastPersonBefore,
  mentionsIn,
  salientPersonBefore,
} from "../actors/find-actors.js";
import { gazetteer } from "../actors/gazetteer.js";
import type { IndexedMention } from "../actors/lookup.js";
import type { Token } from "../actors/tokens.js";
import type { Attribution } from "../schema/quote.js";
import type { Cues } from "./cues.js";

/** A speaker found in the text. `id` is null for an unnamed source. */
export interface Speaker {
  readonly id: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly attribution: Attribution;
}

/** Unnamed sources whose words are those of whom they speak for: "a spokesperson for the ministry". */
const SPOKES = new Set(["spokesman", "spokeswoman", "spokesperson", "representative"]);

/**
 * "officials at the ministry", "a source close to the president": an unnamed source speaking about or for
 * someone named, who is not the speaker. A spokesperson's words are those of whom they speak for.
 */
function onBehalf(ts: readonly Token[], from: number, mentionStart: number, cues: Cues, apposed: boolean): boolean {
  for (let i = from + 1; i < ts.length && (ts[i] as Token).start < mentionStart; i++) {
    const t = ts[i] as Token;
    if (!/^(for|of|to|at|with)$/.test(t.lower)) continue;
    // the preposition right after the source, or after "close"/"familiar": "officials at the ministry",
    // "sources close to the president"; not "executives were trying to oust him, Ronaldo said"
    let k = i - 1;
    if (/^(close|familiar|loyal|near)$/.test((ts[k] as Token).lower)) k--;
    const source = ts[k];
    if (k >= from && source && cues.anonymous.has(source.lower) && !source.cap) {
      // "The leader of the council, Huw Parry, said": one source, definite, named in apposition, is that name
      if (apposed && k === i - 1 && definite(ts, from, k) && !source.lower.endsWith("s")) return false;
      return !SPOKES.has(source.lower);
    }
  }
  return false;
}

/** "The leader", "the chief executive": the phrase from `from` opens with "the" and its words up to `k` are lower case. */
function definite(ts: readonly Token[], from: number, k: number): boolean {
  if ((ts[from] as Token).lower !== "the") return false;
  for (let j = from + 1; j < k; j++) if (!(ts[j] as Token).word || (ts[j] as Token).cap) return false;
  return true;
}

/**
 * Whom a spokesperson in `[from, to)` speaks for: the name right after "a spokesperson for" (or "of"), past a
 * title ("for Water Minister Tanya Plibersek"), or the body right before a closing "spokesperson" ("a Home
 * Office spokesperson").
 */
function spokesPrincipal(
  ts: readonly Token[],
  from: number,
  to: number,
  ms: readonly { actorId: string; start: number; end: number }[],
) {
  for (let k = from; k + 2 < to; k++) {
    const prep = (ts[k + 1] as Token).lower;
    if (!SPOKES.has((ts[k] as Token).lower) || (prep !== "for" && prep !== "of")) continue;
    const after = (ts[k + 1] as Token).end;
    return ms.find((m) => m.start > after && m.start - after <= 40);
  }
  const before = ts[to - 2];
  if (to - from < 2 || !before || !SPOKES.has((ts[to - 1] as Token).lower)) return undefined;
  return ms.find((m) => m.end === before.end);
}

/** How far back "the spokesperson" looks for the spokesperson named with whom they speak for. */
const SPOKES_REACH = 1500;
const SPOKES_FOR = /\bspokes(?:man|woman|person) (?:for|of) /gi;

/** The last match of the global `re` within SPOKES_REACH before `offset`, as [start, end] in `raw`, or null. */
function lastBefore(raw: string, offset: number, re: RegExp): [number, number] | null {
  const from = Math.max(0, offset - SPOKES_REACH);
  const text = raw.slice(from, offset);
  let found: [number, number] | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found = [from + m.index, from + m.index + m[0].length];
  return found;
}

/** Whose spokesperson the last "a spokesperson for X" before `offset` was. */
function principalBefore(analysis: ActorAnalysis, raw: string, offset: number): string | null {
  const at = lastBefore(raw, offset, SPOKES_FOR)?.[1];
  if (at === undefined) return null;
  return mentionsIn(analysis, at, Math.min(offset, at + 60)).find((m) => m.start >= at)?.actorId ?? null;
}

/**
 * "in a statement", "issued a statement", "sent WTOL 11 a statement": a document being made, for each kind of
 * document.
 */
const MADE = new Map<string, RegExp>();

/**
 * The author of the last `document` ("statement") named before `offset` within SPOKES_REACH: the first
 * person or body of the sentence that says it was made ("The company said in a statement", "X issued a
 * statement"), or null.
 */
function authorBefore(analysis: ActorAnalysis, raw: string, offset: number, document: string): string | null {
  let made = MADE.get(document);
  if (!made) {
    made = new RegExp(
      `\\b(?:in|issued|released|put out|published|(?:sent|gave|emailed|e-mailed|provided)(?: [\\w-]+){0,3}) (?:a|an|its|their|his|her) (?:[\\w-]+ )?${document}\\b`,
      "gi",
    );
    MADE.set(document, made);
  }
  const at = lastBefore(raw, offset, made)?.[0];
  if (at === undefined) return agentBefore(analysis, raw, offset);
  // the start of that sentence
  const floor = Math.max(0, offset - SPOKES_REACH, at - 300);
  let start = at;
  while (start > floor && !/[.!?]["'\u201d\u2019]?\s$/.test(raw.slice(start - 3, start))) start--;
  const subject = mentionsIn(analysis, start, at).find((m) => analysis.byId.get(m.actorId)?.kind !== "place");
  return subject?.actorId ?? null;
}

/** A report's agent: "This was reported by the regional administration on Telegram". */
const REPORTED_BY = /\b(?:reported|announced|posted|published|issued|released|stated) by /gi;

/**
 * The body or person by whom something was reported, in the sentences just before `offset` (within
 * DESCRIPTION_REACH): what "the statement reads" stands for when no statement was named, or null.
 */
function agentBefore(analysis: ActorAnalysis, raw: string, offset: number): string | null {
  const by = lastBefore(raw, offset, REPORTED_BY);
  if (!by || offset - by[1] > DESCRIPTION_REACH) return null;
  const agent = mentionsIn(analysis, by[1], Math.min(offset, by[1] + 80))[0];
  return agent && agent.start - by[1] <= 4 && analysis.byId.get(agent.actorId)?.kind !== "place" ? agent.actorId : null;
}

/** Documents that speak for their author: "the ministry's statement said". */
export const DOCUMENTS: ReadonlySet<string> = new Set([
  "statement",
  "communique",
  "communiqué",
  "announcement",
  "release",
  "readout",
  "website",
  "account",
]);

const MARK = /["'\u201c\u201d\u2018\u2019]/;
const LETTER = /\p{L}/u;

/** Whether the character at `i` is a quotation mark, not an apostrophe inside a word ("wasn't", "O'Brien"). */
const isMark = (raw: string, i: number) =>
  MARK.test(raw.charAt(i)) && !(LETTER.test(raw.charAt(i - 1)) && LETTER.test(raw.charAt(i + 1)));

/**
 * The first person named in the sentence before the quotation that ends just before `offset`: the
 * subject a description such as "the Italian said" most often refers to.
 */
function subjectBefore(analysis: ActorAnalysis, raw: string, offset: number): string | null {
  let i = offset - 1;
  while (i >= 0 && !isMark(raw, i)) i--; // the closing mark
  i--;
  while (i >= 0 && !isMark(raw, i)) i--; // the opening mark
  const floor = Math.max(0, i - DESCRIPTION_REACH);
  let s = i - 1;
  while (s > floor && !/[.!?]\s/.test(raw.slice(s - 1, s + 1))) s--;
  // skip back over the sentence just ended, to its start
  let start = s - 2;
  while (start > floor && !/[.!?]\s/.test(raw.slice(start - 1, start + 1))) start--;
  for (const m of mentionsIn(analysis, Math.max(start, floor), Math.max(s, floor))) {
    if (analysis.byId.get(m.actorId)?.kind === "person") return m.actorId;
  }
  return null;
}

/** How far back, in characters, a description speaker ("the Dutch defender") looks for its person. */
const DESCRIPTION_REACH = 400;

/**
 * The first organisation named in the sentence before the one that holds `offset`: the subject that an "it"
 * opening the next sentence most often refers to ("the Hospital Group said beds were opened at Mercy Hospital.
 * It apologised ...").
 */
function bodySubjectBefore(analysis: ActorAnalysis, raw: string, offset: number): string | null {
  const floor = Math.max(0, offset - IT_REACH);
  let s = offset;
  while (s > floor && !SENTENCE_ENDED.test(raw.slice(s - 3, s))) s--;
  let start = s - 3;
  while (start > floor && !SENTENCE_ENDED.test(raw.slice(start - 3, start))) start--;
  for (const m of mentionsIn(analysis, start, s))
    if (analysis.byId.get(m.actorId)?.kind === "organization") return m.actorId;
  return null;
}

/** A sentence's end and the space after it, closing the text before a position. */
const SENTENCE_ENDED = /[.!?]["\u201d\u2019)]?\s$/;

/** How far back, in characters, "it" looks for the body it stands for: the sentence before, about. */
const IT_REACH = 250;
/**
 * The body named last before `offset`, within STATEMENT_REACH, right before a spokesperson's noun: "Hepburn Shire
 * Council" of "A Hepburn Shire Council spokeswoman said".
 */
function spokespersonsBody(analysis: ActorAnalysis, raw: string, offset: number): string | null {
  for (let i = analysis.mentions.length - 1; i >= 0; i--) {
    const m = analysis.mentions[i] as (typeof analysis.mentions)[number];
    if (m.start >= offset) continue;
    if (offset - m.end > STATEMENT_REACH) return null;
    if (analysis.byId.get(m.actorId)?.kind !== "organization") continue;
    if (/^\s+spokes(?:wo)?(?:man|person)\b/i.test(raw.slice(m.end, m.end + 20))) return m.actorId;
  }
  return null;
}

/** "the spokeswoman", "A spokesman" (the second group: an indefinite one, whose body is the one named before). */
const SPOKESPERSON = /^(?:the|(an?)) spokes(?:wo)?(?:man|person)$/i;
/** How far back the body an unnamed spokesperson speaks for may be named: the sentence before. */
const SPOKESPERSON_REACH = 200;

/** How far back a statement's issuer may be named: the paragraph before, as a rule. */
const STATEMENT_REACH = 600;

const PRONOUN_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ["he", "m"],
  ["she", "f"],
]);

/** The index of the first comma of tokens `[from, to)`, or -1. */
function firstComma(ts: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if ((ts[k] as Token).text === ",") return k;
  return -1;
}

/** The index of the last comma of tokens `[from, to)`, or -1. */
function lastComma(ts: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if ((ts[k] as Token).text === ",") return k;
  return -1;
}

/**
 * In a subject closed by a comma, the body before its first comma, else the body right before the closing
 * comma: "Blue Ridge Poultry, a subsidiary of ...,", "The peacekeeping force, KFOR,".
 */
function bodyInApposition(
  ts: readonly Token[],
  from: number,
  to: number,
  ms: readonly IndexedMention[],
  kindOf: (id: string) => string | undefined,
): IndexedMention | undefined {
  for (const k of [firstComma(ts, from, to), lastComma(ts, from, to)]) {
    if (k < 0) continue;
    // "The mine's owner, Skorpion Ridge Mining (SRM), said": the body's short name in brackets before the comma
    const end = ts[k - 1]?.text === ")" && k - 1 > from ? (ts[k - 1] as Token).start : (ts[k] as Token).start;
    const m = ms.find((x) => x.end === end && kindOf(x.actorId) === "organization");
    if (m) return m;
  }
  return undefined;
}

const POSSESSIVES = new Set(["his", "her", "their"]);

const RELATIVES = new Set(["who", "whose", "which", "where"]);

/**
 * The offsets of a relative clause between commas inside the subject `[from, to)`, after a name: ", whose leader
 * X pulled out of the run-off,". Null when there is none.
 */
function relativeClause(ts: readonly Token[], from: number, to: number): [number, number] | null {
  for (let k = from + 1; k < to - 2; k++) {
    if ((ts[k] as Token).text !== "," || !RELATIVES.has((ts[k + 1] as Token).lower)) continue;
    for (let e = k + 2; e < to; e++) {
      const t = ts[e] as Token;
      // ("which represents close to 90,000 workers,": the comma inside a number closes nothing)
      const inNumber = /^\d+$/.test(ts[e - 1]?.text ?? "") && ts[e - 1]?.end === t.start && ts[e + 1]?.start === t.end;
      if (t.text === "," && !inNumber) return [(ts[k] as Token).start, t.end];
    }
    return null;
  }
  return null;
}

/** Nouns of things and bodies that a description of a person never ends in: "the ferry system", "the service". */
const THINGS = new Set([
  "system",
  "service",
  "network",
  "website",
  "site",
  "report",
  "study",
  "survey",
  "data",
  "figures",
  "statement",
  "notice",
  "plan",
  "schedule",
  "programme",
  "program",
  "project",
  "scheme",
  "office",
  "line",
]);

/** A noun, then a preposition of place or origin, before a name: "one vendor from", "police in". */
const ORIGIN_PREPOSITION = /\b[a-z]+\s+(?:from|in|at|near|outside)\s+(?:the\s+)?$/;

/** A preposition of place closing the words before a name: "the office at", "the police in". */
const PLACE_PREPOSITION = /\s(?:at|in|near|outside)\s+(?:the\s+)?$/i;

/**
 * The speaker named by tokens `[from, to)`; `nearEnd` prefers the mention closest to `to` (a subject just
 * before its verb), otherwise the first one (a speaker just after its verb).
 */
export function speakerOf(
  analysis: ActorAnalysis,
  raw: string,
  ts: readonly Token[],
  from: number,
  to: number,
  cues: Cues,
  nearEnd: boolean,
): Speaker | null {
  if (from >= to) return null;
  const first = ts[from] as Token;
  const last = ts[to - 1] as Token;
  const span = (attribution: Attribution, id: string | null): Speaker => ({
    id,
    text: raw.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    attribution,
  });
  const clause = relativeClause(ts, from, to);
  // ("The MDC, whose leader Morgan Tsvangirai pulled out, said": who is named inside a relative clause does not
  // speak; the subject it describes does)
  const ms = mentionsIn(analysis, first.start, last.end).filter(
    (m) => m.start >= first.start && m.end <= last.end && !(clause && m.start > clause[0] && m.end < clause[1]),
  );
  const kindOf = (id: string) => analysis.byId.get(id)?.kind;
  // "said his wife Rahima Begum": a possessive pronoun before someone named is whose they are, not who speaks
  const named = ms.filter((m) => kindOf(m.actorId) === "person");
  const owns = (m: (typeof named)[number]) =>
    m.via === "pronoun" && POSSESSIVES.has(raw.slice(m.start, m.end).toLowerCase());
  const persons = named.some((m) => !owns(m)) ? named.filter((m) => !owns(m)) : named;
  // a description at the verb names its holder: "the Russian minister said"
  let atHead = nearEnd ? persons.find((m) => m.end === last.end) : undefined;
  let apposed = false;
  // a name before its appositive: "Simon Coveney, Ireland's foreign minister, told reporters"; without the
  // comma that closes the appositive, the words after the name are the subject themselves: "When Morgan asked
  // Ronaldo about Ten Hag, the Portuguese said"
  // The name is the first person with a comma right after it: "Ms Tan Wei Ling, an analyst at Maybank Kim Eng,"
  if (nearEnd && !atHead && (last.text === "," || ts[to]?.text === ",")) {
    atHead = persons.find((p) => {
      const after = ts.findIndex((t, k) => k >= from && k < to && t.start >= p.end);
      return after > 0 && (ts[after] as Token).text === ",";
    });
    apposed = atHead !== undefined && /,\s*(?:[A-Z][\w.]*\s+)*$/.test(raw.slice(first.start, atHead.start));
    // "A spokesman for the mayor, Hernán Ocampo, said": the name after whom a spokesperson speaks for, when it
    // is someone else, is the spokesperson's ("a spokesman for the president, Vladimir Putin," names one man)
    const principal = atHead && spokesPrincipal(ts, from, to, ms);
    if (atHead && principal && principal.start === atHead.start) {
      const head = atHead;
      const named = persons.find(
        (p) => p.start > head.end && p.actorId !== head.actorId && /^,\s*$/.test(raw.slice(head.end, p.start)),
      );
      if (named) {
        atHead = named;
        apposed = false;
      }
    }
  }
  // a statement speaks for its author: "the Kremlin's statement reads"
  if (nearEnd && !atHead && DOCUMENTS.has(last.lower) && to - 2 >= from && (ts[to - 2] as Token).possessive) {
    const owner = ts[to - 2] as Token;
    const m = ms.find((x) => x.start >= owner.start && x.end <= owner.end && kindOf(x.actorId) !== "place");
    if (m)
      return { id: m.actorId, text: raw.slice(m.start, m.end), start: m.start, end: m.end, attribution: "explicit" };
  }
  // "the company said" after the company is named: the description stands for it
  if (!atHead && nearEnd && persons.length === 0) {
    const described = ms.find((m) => m.end === last.end && m.via === "description");
    if (described)
      return {
        id: described.actorId,
        text: raw.slice(described.start, described.end),
        start: described.start,
        end: described.end,
        attribution: "role",
      };
  }
  // "a spokesperson for the Department for Environment, Food and Rural Affairs said": whom they speak for, even
  // when the name runs on past what was recognised of it
  const principal = atHead ? undefined : spokesPrincipal(ts, from, to, ms);
  if (principal)
    return {
      id: principal.actorId,
      text: raw.slice(principal.start, principal.end),
      start: principal.start,
      end: principal.end,
      attribution: "role",
    };
  // "The spokesperson said": the spokesperson named before, for whom they speak
  if (!atHead && nearEnd && to - from === 2 && first.lower === "the" && SPOKES.has(last.lower)) {
    const id = principalBefore(analysis, raw, first.start);
    if (id) return span("role", id);
  }
  // "the statement said": the statement named before ("Sea Breeze Hotels said in a statement"), for its author
  if (!atHead && nearEnd && to - from === 2 && first.lower === "the" && DOCUMENTS.has(last.lower)) {
    const id = authorBefore(analysis, raw, first.start, last.lower);
    if (id) return span("role", id);
  }
  // "the analyst said" after "said Hwang Eun-jung, an analyst at Kiwoom Securities": the one named last before
  // whose title holds the noun
  if (!atHead && nearEnd && first.lower === "the" && to - from <= 3 && last.word && !last.cap) {
    const holder = holderBefore(analysis, first.start, last.lower);
    if (holder) return span("role", holder);
  }
  // "the spokeswoman said" after "A Hepburn Shire Council spokeswoman said": the body she speaks for; "The trust
  // said ... A spokeswoman said": the body named just before
  const spokes = SPOKESPERSON.exec(raw.slice(first.start, last.end));
  if (spokes) {
    const id =
      spokespersonsBody(analysis, raw, first.start) ??
      (spokes[1] === undefined ? null : lastOrganizationBefore(analysis, first.start, SPOKESPERSON_REACH));
    if (id) return { id, text: spokes[0], start: first.start, end: last.end, attribution: "role" };
  }
  // "the statement said": the body that issued it, the one named last before it
  if (/^the (?:statement|release|press release|notice)$/i.test(raw.slice(first.start, last.end))) {
    const id = lastOrganizationBefore(analysis, first.start, STATEMENT_REACH);
    const text = raw.slice(first.start, last.end);
    return { id, text, start: first.start, end: last.end, attribution: id ? "role" : "unnamed" };
  }
  // otherwise an unnamed source right at the verb wins over names inside the phrase: "NATO leaders are hoping"
  if (!atHead && nearEnd && cues.anonymous.has(last.lower) && !last.cap) return span("unnamed", null);
  const pool = persons.length > 0 ? persons : ms;
  // "Blue Ridge Poultry, a subsidiary of Hensley Foods, said": a body before an appositive is the subject;
  // "The peacekeeping force, KFOR, said": so is a body in apposition, closed by its comma
  const appositive =
    !atHead && nearEnd && persons.length === 0 && last.text === ","
      ? bodyInApposition(ts, from, to, ms, kindOf)
      : undefined;
  let m = atHead ?? appositive ?? (nearEnd ? pool.at(-1) : pool[0]);
  let located = false;
  // ("The centre in Trenton, Ont., said": a town, a comma and its state or country are one place)
  let where = m;
  for (let k = 0; k < 2 && where && kindOf(where.actorId) === "place"; k++) {
    const at = where.start;
    const town = ms.filter((x) => x.end <= at).at(-1);
    if (!town || kindOf(town.actorId) !== "place" || !/^\s*,\s*$/.test(raw.slice(town.end, at))) break;
    where = town;
  }
  // "The Meteorological Office at Luqa recorded": a place after a preposition says where the subject is
  if (
    m &&
    where &&
    !atHead &&
    !appositive &&
    kindOf(m.actorId) === "place" &&
    PLACE_PREPOSITION.test(raw.slice(first.start, where.start))
  ) {
    const head = where;
    const holder = ms.filter((x) => x.end < head.start && kindOf(x.actorId) !== "place").at(-1);
    if (holder) {
      m = holder;
      located = true;
    }
  }
  // "said one vendor from Tanna", "said police in Lae": after the verb, a place after a noun and its preposition
  // is where the speaker is from, who is not named
  if (
    m &&
    !nearEnd &&
    !located &&
    persons.length === 0 &&
    kindOf(m.actorId) === "place" &&
    ORIGIN_PREPOSITION.test(raw.slice(first.start, m.start))
  )
    return span("unnamed", null);
  // an organisation or place speaks only as the head of the phrase: "the Kremlin said", not "the Manchester City manager said"
  // ("Skorpion Ridge Mining (SRM) said": a short name in brackets after the name it abbreviates closes the subject)
  const bracketed =
    m !== undefined &&
    last.text === ")" &&
    raw.slice(m.end, last.end).trim() === ")" &&
    ms.some((x) => x.actorId === m.actorId && x.end < m.start && /^\s*\(\s*$/.test(raw.slice(x.end, m.start)));
  // ("The Federation of Public Sector Unions (BOFEPUSU), which represents 90,000 workers, described": the body,
  // its short name and a relative clause about it)
  const described =
    m !== undefined &&
    clause !== null &&
    clause[1] === last.end &&
    /^\s*(?:\([^()]{1,20}\))?\s*$/.test(raw.slice(m.end, clause[0]));
  const headless =
    m && !appositive && !bracketed && !located && !described && persons.length === 0 && nearEnd && m.end < last.end;
  if (m && !headless && !onBehalf(ts, from, m.start, cues, apposed && m === atHead)) {
    const attribution: Attribution = m.via === "pronoun" ? "pronoun" : m.via === "description" ? "role" : "explicit";
    return { id: m.actorId, text: raw.slice(m.start, m.end), start: m.start, end: m.end, attribution };
  }
  // "the 37-year-old", "the Dutch defender": a short description stands for the person last named nearby
  const phrase = raw.slice(first.start, last.end);
  const headWord = !/[A-Z]/.test(last.text.charAt(0)) || gazetteer().demonyms.has(last.text); // "the Italian"
  // ("The ferry system says": a thing, not a person described)
  const thing = THINGS.has(last.lower);
  // "the operator", "the board": a body (the actors resolve it to the one named before), never a person
  if (/^the( [\w-]+){1,3}$/i.test(phrase) && (COMPANY_NOUNS.has(last.lower) || BODY_HEADS.has(last.lower)))
    return { id: null, text: phrase, start: first.start, end: last.end, attribution: "unnamed" };
  if (/^the( [\w-]+){1,3}$/i.test(phrase) && headWord && !thing && !cues.anonymous.has(last.lower)) {
    // ("the weather service" after "The Roads Authority blamed ...": a body the description does not name)
    const subject = subjectBefore(analysis, raw, first.start);
    const id =
      (subject && analysis.byId.get(subject)?.kind === "person" ? subject : null) ??
      salientPersonBefore(analysis, first.start, DESCRIPTION_REACH);
    if (id) return span("role", id);
  }
  for (let i = from; i < to; i++) {
    const t = ts[i] as Token;
    // "It apologised to patients": a body named just before speaks as "it" that opens a sentence
    if (
      t.lower === "it" &&
      i === from &&
      /(?:^|[.!?]["\u201d\u2019)]?\s+)$/.test(raw.slice(Math.max(0, t.start - 4), t.start))
    ) {
      const id = bodySubjectBefore(analysis, raw, t.start) ?? lastOrganizationBefore(analysis, t.start, IT_REACH);
      if (id) return { id, text: t.text, start: t.start, end: t.end, attribution: "pronoun" };
    }
    const g = PRONOUN_GENDER.get(t.lower);
    if (g) {
      const id = lastPersonBefore(analysis, t.start, g);
      return { id, text: t.text, start: t.start, end: t.end, attribution: id ? "pronoun" : "unnamed" };
    }
    // "The government, which has cut spending, said": the source ends with its head word, not with the clause
    // that describes it
    if (t.lower === "they" || t.lower === "we" || cues.anonymous.has(t.lower))
      return { id: null, text: raw.slice(first.start, t.end), start: first.start, end: t.end, attribution: "unnamed" };
  }
  return null;
}

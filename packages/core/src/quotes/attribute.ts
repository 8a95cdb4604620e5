// Credits one quotation from the words around it, within its sentence:
//   after it:  '"...," X said'  '"...," said X'  '"...," X flatly told reporters'  '"...," noted the US State Secretary'
//   before it: 'X said: "..."'  'X said that "..."'  'Hague said Medvedev's threat was "disappointing"'
//   either:    'according to X'
// Hand-written: no library handles inverted cues, appositives and unnamed sources in news English.
import type { ActorAnalysis } from "../actors/find-actors.js";
import { gazetteer } from "../actors/gazetteer.js";
import { mentionsIn } from "../actors/lookup.js";
import { type Token, tokenAt } from "../actors/tokens.js";
import type { Cues } from "./cues.js";
import { DOCUMENTS, type Speaker, speakerOf } from "./speaker.js";

/** A speaker with the cue that credits them. */
export interface Credit {
  readonly speaker: Speaker;
  readonly cue: string | null;
  readonly cueStart: number;
  readonly cueEnd: number;
  /** The cue only credits a fragment inside reported speech ("hopes to have an ..."). */
  readonly weak: boolean;
}

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "their",
  "its",
  "his",
  "her",
  "our",
  "my",
  "your",
  "this",
  "that",
  "these",
  "those",
  "of",
  "to",
  "no",
]);
const STOP = new Set([".", "!", "?", ";", '"']);
const MODALS = new Set(["would", "will", "could", "should", "might", "may", "must", "to", "shall", "can"]);
const SUBORDINATORS = new Set(["by", "after", "before", "while", "when", "in", "on", "without"]);
// after the closing mark these open a new clause, whose verb does not credit the quotation ('it was
// "unacceptable" that health workers continued to ...')
const NEW_CLAUSE = new Set([
  "that",
  "since",
  "until",
  "unless",
  "but",
  "and",
  "while",
  "although",
  "though",
  "because",
  "as",
  "which",
  "so",
  "if",
  "when",
  "where",
  "whereas",
  "yet",
  "or",
]);

export interface Clause {
  readonly raw: string;
  readonly ts: readonly Token[];
  readonly analysis: ActorAnalysis;
  readonly cues: Cues;
}

/** Whether token `i` is a reporting verb used as a verb: "their state" is a noun. */
function verbAt(c: Clause, i: number): string | null {
  const t = c.ts[i];
  if (!t?.word || t.cap) return null;
  const prev = c.ts[i - 1];
  // "the ministry's statement reads"
  if ((t.lower === "reads" || t.lower === "read") && prev && DOCUMENTS.has(prev.lower)) return "read";
  const base = c.cues.verbs.get(t.lower);
  if (!base) return null;
  // "their state", "Navarro's claims": nouns, not verbs
  if (prev && (DETERMINERS.has(prev.lower) || prev.possessive)) return null;
  // "workers continued to treat patients": going on doing, not speaking
  if (base === "continue" && c.ts[i + 1]?.lower === "to") return null;
  // "put the likely damage at ...": an estimate; "put up signs" says nothing
  if (base === "put" && !c.ts.slice(i + 2, i + 7).some((x) => x.lower === "at")) return null;
  return base;
}

/** The cue's end: the verb, or the verb and its object ("told reporters", "told a news conference"). */
function cueEnd(c: Clause, v: number): number {
  const t = c.ts[v] as Token;
  const rest = c.raw
    .slice(t.end, t.end + 30)
    .toLowerCase()
    .replace(/^\s+/, "");
  for (const o of c.cues.objects)
    if (rest.startsWith(o) && !/[a-z]/.test(rest.charAt(o.length)))
      return t.end + (c.raw.slice(t.end).length - c.raw.slice(t.end).trimStart().length) + o.length;
  return t.end;
}

/**
 * The words `[from, to)` as an unnamed speaker, when they are few enough to be a subject, or name an office
 * ("the president of the United Steelworkers (USW) local", "the KFTC's director general for market surveillance").
 */
function unnamedPhrase(c: Clause, from: number, to: number): Speaker | null {
  if (from >= to || to - from > 12) return null;
  const a = c.ts[from] as Token;
  if (!/^(it|the|a|an|one|they|this|that|its|their)$/.test(a.lower)) return null;
  const titles = gazetteer().titles;
  if (to - from > 4 && (a.lower !== "the" || !c.ts.slice(from + 1, to).some((t) => !t.cap && titles.has(t.lower))))
    return null;
  const b = c.ts[to - 1] as Token;
  return { id: null, text: c.raw.slice(a.start, b.end), start: a.start, end: b.end, attribution: "unnamed" };
}

function credit(c: Clause, v: number, found: Speaker | null, base: string): Credit | null {
  if (!found) return null;
  const speaker = throughSpokesperson(c, found, v) ?? found;
  const t = c.ts[v] as Token;
  const end = cueEnd(c, v);
  return { speaker, cue: c.raw.slice(t.start, end), cueStart: t.start, cueEnd: end, weak: c.cues.weak.has(base) };
}

/**
 * The person a body speaks through, named between its name and the cue at `v`: "The Commission said through its
 * public relations officer, 'Mamello Letsie, that ... and urged the parties to '...'".
 */
function throughSpokesperson(c: Clause, speaker: Speaker, v: number): Speaker | null {
  if (c.analysis.byId.get(speaker.id ?? "")?.kind !== "organization") return null;
  let k = 0;
  while (k < v && (c.ts[k] as Token).start < speaker.end) k++;
  for (; k < v; k++) {
    if ((c.ts[k] as Token).lower !== "through" || !/^(its|their|a|an|the)$/.test(c.ts[k + 1]?.lower ?? "")) continue;
    for (let j = k + 2; j < v && j <= k + 8; j++) {
      if ((c.ts[j] as Token).text !== ",") continue;
      const s = speakerOf(c.analysis, c.raw, c.ts, j + 1, Math.min(v, j + 6), c.cues, false);
      return s?.id && c.analysis.byId.get(s.id)?.kind === "person" ? s : null;
    }
    return null;
  }
  return null;
}

/**
 * Someone calling a thing by the quoted words, right before the quotation: "which he called", "what Smith termed",
 * "Ortega described the strike as", "Smith branded the plan".
 */
const CALLED_BY =
  / (he|she|they|it|\p{Lu}[\p{L}'-]+) (?:(?:called|dubbed|termed|branded|labell?ed)(?: (?:it|them|him|her|this|that|the|a|an|his|its|their)(?: [\p{Ll}'-]+){0,3})?|(?:described|characteri[sz]ed|portrayed) (?:(?:it|them|him|her|this|that|the|a|an|his|its|their)(?: [\p{Ll}'-]+){0,3} )?as)\s*$/u;

/**
 * The speaker of a quotation that someone names something by ("a decision which he called 'soft'"): words one
 * calls a thing by are their own. `from` and `to` are the tokens of the clause before the quotation.
 */
export function calledBy(c: Clause, from: number, to: number): Credit | null {
  const first = c.ts[from];
  const last = tokenAt(c.ts, to - 1);
  if (!first || !last || to - from < 2) return null;
  const m = CALLED_BY.exec(c.raw.slice(Math.max(first.start, last.end - 60), last.end));
  const who = m?.[1];
  if (!m || !who) return null;
  const at = last.end - m[0].length + 1;
  const k = c.ts.findIndex((t, i) => i >= from && i < to && t.start === at);
  if (k < 0) return null;
  const speaker = speakerOf(c.analysis, c.raw, c.ts, k, k + 1, c.cues, true);
  if (speaker?.id) return credit(c, k + 1, speaker, "call");
  // "the ministry condemned what it called ...": "it" is the body named last before the verb
  if (who !== "it" && who !== "they") return null;
  const body = mentionsIn(c.analysis, first.start, c.ts[k - 2]?.start ?? first.start)
    .filter((x) => x.end <= (c.ts[k - 2]?.start ?? 0) && c.analysis.byId.get(x.actorId)?.kind === "organization")
    .at(-1);
  return body
    ? credit(
        c,
        k + 1,
        {
          id: body.actorId,
          text: c.raw.slice(body.start, body.end),
          start: body.start,
          end: body.end,
          attribution: "pronoun",
        },
        "call",
      )
    : null;
}

/** "according to X" between tokens `from` and `to`. */
export function accordingTo(c: Clause, from: number, to: number): Credit | null {
  for (let i = from; i + 2 < to; i++) {
    if ((c.ts[i] as Token).lower !== "according" || (c.ts[i + 1] as Token).lower !== "to") continue;
    let e = i + 2;
    while (e < to && (c.ts[e] as Token).word) e++;
    const speaker = speakerOf(c.analysis, c.raw, c.ts, i + 2, e, c.cues, false);
    if (speaker) {
      const a = c.ts[i] as Token;
      const b = c.ts[i + 1] as Token;
      return {
        speaker: { ...speaker, attribution: speaker.id ? "according-to" : "unnamed" },
        cue: c.raw.slice(a.start, b.end),
        cueStart: a.start,
        cueEnd: b.end,
        weak: false,
      };
    }
  }
  return null;
}

/** "who asked to be identified only as", "who gave her name as", "who gave only his first name,". */
const GAVE_NAME = /^(?:identified|named|name|called|known)$/;

/**
 * The name a described speaker gives in the relative clause after them, as tokens:
 * '"...," said a resident, who asked to be identified only as Ko Zaw'.
 */
function nameGiven(c: Clause, from: number, to: number): [number, number] | null {
  const at = (c.ts[from] as Token | undefined)?.text === "," ? from + 1 : from;
  if ((c.ts[at] as Token | undefined)?.lower !== "who") return null;
  let giving = false;
  for (let k = at + 1; k < to && k - from < 14; k++) {
    const t = c.ts[k] as Token;
    if (STOP.has(t.text)) return null;
    if (GAVE_NAME.test(t.lower)) giving = true;
    else if (giving && (t.lower === "as" || t.text === ",") && (c.ts[k + 1] as Token | undefined)?.cap) {
      let n = k + 1;
      while (n < to && (c.ts[n] as Token).word && (c.ts[n] as Token).cap) n++;
      return [k + 1, n];
    }
  }
  return null;
}

const isPerson = (c: Clause, s: Speaker | null) => !!s?.id && c.analysis.byId.get(s.id)?.kind === "person";

/**
 * A name after the last comma of a description that opens with an article, closing the sentence: "said the
 * FALPO spokesman in Duarte province, Juan Ramon Almanzar.", "said the statement, signed by the manager, Ann Lee."
 */
function nameClosing(c: Clause, from: number, to: number): [number, number] | null {
  if (!/^(?:the|a|an)$/.test((c.ts[from] as Token | undefined)?.lower ?? "")) return null;
  let comma = -1;
  let k = from + 1;
  for (; k < to && k - from <= 16; k++) {
    const t = c.ts[k] as Token;
    if (STOP.has(t.text) || t.text === "(" || t.text === ":") break;
    if (t.text === ",") comma = k;
    else if (comma >= 0 && !t.cap && t.text !== "-") comma = -1;
  }
  if (comma < 0 || comma + 1 >= k || (k < to && !STOP.has((c.ts[k] as Token).text))) return null;
  return [comma + 1, k];
}

/** Words that open a relative clause inside a subject. */
const RELATIVES = new Set(["who", "whose", "which", "whom"]);

/** After a comma, these open a clause of their own, whose subject is not the quotation's speaker. */
const COORDINATE = new Set(["and", "but", "or", "yet", "so", "while", "whereas", "although", "though", "because"]);

/** A cue after the quotation, in tokens `[from, to)`. */
export function creditAfter(c: Clause, from: number, to: number): Credit | null {
  let i = from;
  while (i < to && !(c.ts[i] as Token).word && !STOP.has((c.ts[i] as Token).text)) i++;
  if (i >= to || NEW_CLAUSE.has((c.ts[i] as Token).lower)) return null;
  // verb first: "said Russian Defence Minister Anatoly Serdyukov", "flatly told reporters"
  let v = i;
  while (v < to && c.cues.adverbs.has((c.ts[v] as Token).lower) && !verbAt(c, v)) v++;
  const first = verbAt(c, v);
  // ('"unjustified," saying the government had ...': a participle's words are what is said, not who says it)
  if (first && v - i <= 2 && !(c.ts[v] as Token).lower.endsWith("ing")) {
    let s = v + 1;
    while (s < to && c.cues.adverbs.has((c.ts[s] as Token).lower)) s++;
    let e = s;
    while (
      e < to &&
      ((c.ts[e] as Token).word || (c.ts[e] as Token).text === "-") &&
      !/^(who|which|that|in|at|on|after|before|during|following|as|when|while|adding|saying)$/.test(
        (c.ts[e] as Token).lower,
      )
    )
      e++;
    // ("said the police spokesman in the state, Chinedu Eze": where the described speaker works, in lower case)
    if (e > s && /^(?:in|at|on)$/.test((c.ts[e] as Token | undefined)?.lower ?? "")) {
      let j = e + 1;
      while (j < to && j - e <= 5 && (c.ts[j] as Token).word && !(c.ts[j] as Token).cap) j++;
      if (j > e + 1 && (c.ts[j] as Token | undefined)?.text === "," && (c.ts[j + 1] as Token | undefined)?.cap) e = j;
    }
    // "said army spokesman for the region, Captain Jules Ngongo": a description in lower case, then the name
    if ((c.ts[e] as Token | undefined)?.text === "," && e > s && !c.ts.slice(s, e).some((t) => t.cap)) {
      let n = e + 1;
      while (n < to && (c.ts[n] as Token).word && ((c.ts[n] as Token).cap || (c.ts[n] as Token).text.endsWith(".")))
        n++;
      if (n > e + 1) e = n;
    }
    // ('"We left at dawn," said a farmer in the area': someone described and not named still closes the question)
    const described = speakerOf(c.analysis, c.raw, c.ts, s, e, c.cues, false);
    // ('"...," said a resident, who asked to be identified only as Ko Zaw': the name they give is the speaker;
    // "said the leader of the Cerro Verde union, Ramiro Quispe Mamani.": so is the name closing the sentence)
    const given = isPerson(c, described) ? null : (nameGiven(c, e, to) ?? nameClosing(c, s, to));
    const byName = given && speakerOf(c.analysis, c.raw, c.ts, given[0], given[1], c.cues, false);
    const named = credit(
      c,
      v,
      (isPerson(c, byName) || !described?.id ? byName : null) || described || unnamedPhrase(c, s, e),
      first,
    );
    if (named) return named;
  }
  // subject first: "Rasmussen said", "Russia's NATO ambassador, Dmitry Rogozin, complained"
  for (let k = i; k < to && k - i < 16; k++) {
    const t = c.ts[k] as Token;
    if (STOP.has(t.text)) break;
    // '... reported "scattered outages" after the storm, and Delta Water said': a clause of its own
    if (k > i && COORDINATE.has(t.lower) && (c.ts[k - 1] as Token).text === ",") break;
    const base = verbAt(c, k);
    if (!base) continue;
    // "had 'lost control' of the NHS, adding:": a participle after a comma speaks for the sentence's subject,
    // which stands before the quotation
    if ((c.ts[k] as Token).lower.endsWith("ing") && (c.ts[k - 1] as Token | undefined)?.text === ",") return null;
    let e = k;
    while (e > i && c.cues.adverbs.has((c.ts[e - 1] as Token).lower)) e--;
    while (e > i && (c.ts[e - 1] as Token).text === ",") e--;
    // a cue right after the quotation with a subject nobody can name ("it said") still closes the question
    const who = speakerOf(c.analysis, c.raw, c.ts, i, e, c.cues, true) ?? unnamedPhrase(c, i, e);
    return credit(c, k, who, base);
  }
  return null;
}

/** A cue before the quotation, in tokens `[from, to)`: the reporting verb nearest the quotation. */
/** Words that open a clause before a sentence's subject: "When Morgan asked Ronaldo ..., Ronaldo said". */
const OPENING_CLAUSE = new Set([
  "when",
  "after",
  "as",
  "while",
  "before",
  "if",
  "although",
  "though",
  "since",
  "once",
  // a phrase that sets the scene: "In a statement read outside her home, Brooks said"
  "in",
  "at",
  "on",
  "during",
  "outside",
  "inside",
  "despite",
  "following",
  "with",
  "without",
  "under",
  "for",
]);

export function creditBefore(c: Clause, from: number, to: number): Credit | null {
  for (let k = to - 1; k >= from; k--) {
    const base = verbAt(c, k);
    if (!base) continue;
    let e = k;
    while (e > from && c.cues.adverbs.has((c.ts[e - 1] as Token).lower)) e--;
    const prev = c.ts[e - 1];
    // 'the EU would respond "in a united way"': what someone would do is not their saying it; a speech announced
    // with a colon or "that" is still theirs ('the minister will tell MPs: "..."')
    if (
      (MODALS.has((c.ts[k - 1] as Token | undefined)?.lower ?? "") || (prev && MODALS.has(prev.lower))) &&
      !c.ts.slice(k + 1, to).some((t) => t.text === ":" || t.lower === "that")
    )
      continue;
    // "by voicing", "after saying", "rejected the threat, saying": the subject of the sentence speaks, even
    // before an earlier quotation of the same sentence ("said the government had 'lost control', adding: ...")
    if (prev && (SUBORDINATORS.has(prev.lower) || prev.text === ",") && (c.ts[k] as Token).lower.endsWith("ing")) {
      // ('"... they ran away," he said, adding that ... "whichever way they go"': the credit after the earlier
      // quotation names the subject; the words inside that quotation name no one)
      const credited = (c.ts[from - 1] as Token | undefined)?.text === '"' ? creditBefore(c, from, e - 1) : null;
      if (credited) return credit(c, k, credited.speaker, base);
      let start = from;
      if (prev.text === ",") while (start > 0 && !/^[.!?]$/.test((c.ts[start - 1] as Token).text)) start--;
      const s = speakerOf(c.analysis, c.raw, c.ts, start, e - 1, c.cues, false);
      if (s) return credit(c, k, s, base);
      continue;
    }
    // "She thanked health workers who ... and said": a second verb of the pronoun that opens the sentence
    if (prev?.lower === "and") {
      let start = from;
      while (start > 0 && !/^[.!?]$/.test((c.ts[start - 1] as Token).text)) start--;
      const opener = c.ts[start] as Token;
      const subject = /^(he|she|they)$/.test(opener.lower)
        ? speakerOf(c.analysis, c.raw, c.ts, start, start + 1, c.cues, false)
        : null;
      if (subject?.id) return credit(c, k, subject, base);
      // "The NDMA said its team had assessed the damage in X, Y and Z and described the situation as '...'": the
      // named subject of the sentence's first verb of saying, when that verb is the sentence's first verb
      let first = start + 1;
      while (first < k && !verbAt(c, first)) first++;
      const named = first < k ? speakerOf(c.analysis, c.raw, c.ts, start, first, c.cues, false) : null;
      if (named?.id && named.attribution === "explicit" && named.start <= (c.ts[start + 1] as Token).start)
        return credit(c, k, named, base);
    }
    // the subject: the words before the verb back to the clause start, at most 12, or 24 when an appositive
    // closes before the verb ("Matthew Okafor, chief executive of NHS Providers, which represents trusts, said")
    const reach = (c.ts[e - 1] as Token | undefined)?.text === "," ? 24 : 12;
    let s = e;
    while (
      s > from &&
      e - s < reach &&
      !STOP.has((c.ts[s - 1] as Token).text) &&
      (c.ts[s - 1] as Token).lower !== "that"
    )
      s--;
    // "When Morgan asked Ronaldo about Ten Hag, the Portuguese said": a description after the last comma is the
    // subject, the clause before it is not
    // ("Asked whether LeFA feared sanctions, Pitso said": so is a name after a clause that a participle or a
    // subordinating word opens)
    const opener = (c.ts[s] as Token).lower;
    const framed = OPENING_CLAUSE.has(opener) || /^[a-z]+(?:ed|ing)$/.test(opener);
    for (let k = e - 2; k >= s && (c.ts[e - 1] as Token).text !== ","; k--) {
      if ((c.ts[k] as Token).text !== ",") continue;
      if (/^(the|a|an)$/.test((c.ts[k + 1] as Token).lower) || (framed && k > s && (c.ts[k + 1] as Token).cap))
        s = k + 1;
      break;
    }
    // "the GAA said it welcomed the ruling, which '...'": a reporting verb inside the subject is the cue, and
    // its own subject the speaker
    // ("The Fund, whose volunteers recorded the birds, said": a verb of a relative clause is not the cue)
    let inner = false;
    let relative = false;
    for (let m = s; m < e && !inner; m++) {
      relative ||= RELATIVES.has((c.ts[m] as Token).lower);
      inner = !relative && verbAt(c, m) !== null;
    }
    if (inner) continue;
    const found = credit(c, k, speakerOf(c.analysis, c.raw, c.ts, s, e, c.cues, true), base);
    if (found) return found;
    // "The weather service recorded '...'": a subject nobody can name, opening the sentence, still speaks
    const unnamed = s > from ? null : unnamedPhrase(c, s, e);
    if (unnamed) return credit(c, k, unnamed, base);
    // "Hannah Vogel of the Bavarian branch of Friends of the Earth (BUND) said": a long subject that opens with
    // the person who speaks, back to the clause start
    let far = s;
    while (
      far > from &&
      e - far < 2 * reach &&
      !STOP.has((c.ts[far - 1] as Token).text) &&
      (c.ts[far - 1] as Token).lower !== "that"
    )
      far--;
    if (far < s) {
      const subject = speakerOf(c.analysis, c.raw, c.ts, far, e, c.cues, true);
      if (subject?.id && c.analysis.byId.get(subject.id)?.kind === "person" && subject.start < (c.ts[s] as Token).start)
        return credit(c, k, subject, base);
    }
  }
  return null;
}

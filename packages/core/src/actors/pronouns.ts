// Resolves "he", "she", "his", "her" to a person of the article. The subject (first person named) of the
// current sentence before the pronoun wins; else the subject of the previous sentence, going back at most
// a few sentences. Gender comes from given names and honorifics, and is learnt from pronouns already
// resolved to someone whose gender was unknown.
import { SAYS } from "./classify.js";
import type { Draft } from "./merge.js";
import { codeAt, type Token } from "./tokens.js";

const GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["himself", "m"],
  ["she", "f"],
  ["her", "f"],
  ["hers", "f"],
  ["herself", "f"],
]);
const LOOKBACK_SENTENCES = 4;

/** The gender of a pronoun, or undefined; every word of the body is asked, and few start with "h" or "s". */
function genderOfPronoun(lower: string): "m" | "f" | undefined {
  const c = codeAt(lower, 0);
  return (c === 104 || c === 115) && lower.length <= 7 ? GENDER.get(lower) : undefined;
}

interface PersonMention {
  readonly start: number;
  readonly sentence: number;
  readonly draft: Draft;
  /** For a body's unnamed spokeswoman or spokesman: the speaker's gender, which the body has not. */
  readonly gender?: "m" | "f" | null;
  /** An owner's possessive before a noun ("Ntsane's lawyer"): not who credits a quotation after it. */
  readonly owner?: boolean;
}

/** Nouns of a body's unnamed speaker, with the gender each tells. */
const SPOKES: ReadonlyMap<string, "m" | "f" | null> = new Map([
  ["spokeswoman", "f"],
  ["spokesman", "m"],
  ["spokesperson", null],
]);
const ARTICLES = new Set(["a", "an", "the"]);

/** Adds a pronoun mention to the person each he/she/his/her refers to. Mutates the drafts. */
export function resolvePronouns(units: readonly (readonly Token[])[], drafts: readonly Draft[]): void {
  const persons = drafts.filter((d) => d.kind === "person");
  const byStart = new Map<number, Draft>();
  const byEnd = new Map<number, Draft>();
  for (const d of persons)
    for (const m of d.mentions) {
      if (!byStart.has(m.start)) byStart.set(m.start, d);
      if (!byEnd.has(m.end)) byEnd.set(m.end, d);
    }
  // "A spokeswoman for Kalgoorlie Consolidated Gold Mines said ... 'There was no damage,' she said": the body
  // speaks through her
  const bodyAt = new Map<number, Draft>();
  for (const d of drafts) if (d.kind === "organization") for (const m of d.mentions) bodyAt.set(m.start, d);
  const found: PersonMention[] = [];
  // sentences are numbered across the body: a new one with each unit and after ".", "!" or "?"
  let sentence = 0;
  for (const ts of units) {
    sentence++;
    // the sentences of a quotation are one sentence of the narrative around it, and people named inside a
    // quotation are rarely what a pronoun outside it refers to
    let quoted = false;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k] as Token;
      const s = sentence;
      // marks open and close quotations and end sentences; only words name people
      if (!t.word) {
        if (t.text === '"') {
          // ('Rantsho said: "That is a question for FIFA." Rantsho's lawyer ...': a quotation closed after its
          // own full stop ends the sentence around it too)
          if (quoted && k + 1 < ts.length && /^[.!?]$/.test(ts[k - 1]?.text ?? "")) sentence++;
          quoted = !quoted;
        } else if (!quoted && (t.text === "." || t.text === "!" || t.text === "?")) sentence++;
        continue;
      }
      if (quoted) continue;
      const g = genderOfPronoun(t.lower);
      if (g) {
        // ('"...," he said': the pronoun credits the quotation before it)
        const credits = ts[k - 1]?.text === '"' && SAYS.has(ts[k + 1]?.lower ?? "");
        const target = pick(found, s, g, credits);
        if (target) {
          target.mentions.push({ start: t.start, end: t.end, text: t.text, via: "pronoun" });
          // only "he" or "she" may be the sentence's subject ("His neighbour, Salim X, said ... he said" is Salim),
          // and only they teach a gender ("X said a woman travelling with her husband was missing" says nothing
          // of X)
          if (t.lower === "he" || t.lower === "she") {
            if (!target.gender && target.kind === "person") target.gender = g;
            found.push({ start: t.start, sentence: s, draft: target });
          }
        }
        continue;
      }
      const spoke = SPOKES.get(t.lower);
      // "Sardor Rakhimov, a spokesman for the Energy Ministry,", "A spokesman for NAOC in Port Harcourt, Mr. Ibrahim
      // Lawal-Okoye, confirmed": the spokesman is named, and the word tells the gender
      const named =
        spoke === undefined
          ? undefined
          : ((ts[k - 2]?.text === "," ? byEnd.get((ts[k - 3] as Token | undefined)?.end ?? -1) : undefined) ??
            namedAfter(ts, k, byStart));
      if (named) {
        if (!named.gender && spoke) named.gender = spoke;
        continue;
      }
      if (spoke !== undefined && bodyAt.size > 0) {
        const body = spokenFor(ts, k, bodyAt);
        if (body) found.push({ start: t.start, sentence: s, draft: body, gender: spoke });
        continue;
      }
      if (!t.cap && t.lower !== "the") continue;
      const d = byStart.get(t.start);
      // ("Ntsane's lawyer, Advocate X, dismissed the claim. '...,' he said": an owner credits no quotation)
      if (d) found.push({ start: t.start, sentence: s, draft: d, owner: ownerAt(ts, k, d) });
    }
  }
}

/** Whether the mention of `d` at token `k` is an owner's possessive before a word in lower case: "Ntsane's lawyer". */
function ownerAt(ts: readonly Token[], k: number, d: Draft): boolean {
  const start = (ts[k] as Token).start;
  const end = d.mentions.find((m) => m.start === start)?.end ?? -1;
  let j = k;
  while (j + 1 < ts.length && (ts[j] as Token).end < end) j++;
  const last = ts[j] as Token;
  const next = ts[j + 1];
  return last.end === end && last.possessive && next?.word === true && !next.cap;
}

/** Honorifics between an appositive's comma and the name: "Mr.", "Dr". */
const COMMA_HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "alhaji", "chief", "hon", "prof"]);

/**
 * The person named in apposition after the spokesperson at token `k` and whom they speak for: the first comma
 * within a few words, then (past an honorific) the start of a person's name.
 */
function namedAfter(ts: readonly Token[], k: number, byStart: ReadonlyMap<number, Draft>): Draft | undefined {
  for (let j = k + 1; j < ts.length && j <= k + 10; j++) {
    const t = ts[j] as Token;
    if (t.text === "." || t.text === '"') return undefined;
    if (t.text !== ",") continue;
    let n = j + 1;
    while (
      n < ts.length &&
      n <= j + 3 &&
      (COMMA_HONORIFICS.has((ts[n] as Token).lower.replace(/\.$/, "")) || (ts[n] as Token).text === ".")
    )
      n++;
    const start = (ts[n] as Token | undefined)?.start;
    return start === undefined ? undefined : byStart.get(start);
  }
  return undefined;
}

/** The body an unnamed spokeswoman at token `k` speaks for: "a spokeswoman for the Gold Mines", after an article. */
function spokenFor(ts: readonly Token[], k: number, bodyAt: ReadonlyMap<number, Draft>): Draft | undefined {
  if (!ARTICLES.has(ts[k - 1]?.lower ?? "") || ts[k + 1]?.lower !== "for") return undefined;
  const at = ts[k + 2]?.lower === "the" ? ts[k + 3] : ts[k + 2];
  return at ? bodyAt.get(at.start) : undefined;
}

function pick(found: readonly PersonMention[], sentence: number, g: "m" | "f", credits = false): Draft | null {
  const genderOf = (m: PersonMention) => (m.gender !== undefined ? m.gender : m.draft.gender);
  const fits = (m: PersonMention) => (genderOf(m) === g || genderOf(m) === null) && !(credits && m.owner);
  for (let s = sentence; s >= sentence - LOOKBACK_SENTENCES; s--) {
    // the first fitting person of the sentence: its subject, more often than not
    let first: PersonMention | null = null;
    for (let i = found.length - 1; i >= 0; i--) {
      const m = found[i] as PersonMention;
      if (m.sentence < s) break;
      if (m.sentence === s && fits(m)) first = m;
    }
    if (first) {
      // a known-gender match beats an unknown one in the same sentence
      if (genderOf(first) === null) {
        const sure = found.find((m) => m.sentence === s && genderOf(m) === g);
        if (sure) return sure.draft;
      }
      return first.draft;
    }
  }
  return null;
}

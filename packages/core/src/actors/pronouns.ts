// Resolves "he", "she", "his", "her" to a person of the article. The subject (first person named) of the
// current sentence before the pronoun wins; else the subject of the previous sentence, going back at most
// a few sentences. Gender comes from given names and honorifics, and is learnt from pronouns already
// resolved to someone whose gender was unknown.
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
}

/** Adds a pronoun mention to the person each he/she/his/her refers to. Mutates the drafts. */
export function resolvePronouns(units: readonly (readonly Token[])[], drafts: readonly Draft[]): void {
  const persons = drafts.filter((d) => d.kind === "person");
  const byStart = new Map<number, Draft>();
  for (const d of persons) for (const m of d.mentions) if (!byStart.has(m.start)) byStart.set(m.start, d);
  const found: PersonMention[] = [];
  // sentences are numbered across the body: a new one with each unit and after ".", "!" or "?"
  let sentence = 0;
  for (const ts of units) {
    sentence++;
    // the sentences of a quotation are one sentence of the narrative around it, and people named inside a
    // quotation are rarely what a pronoun outside it refers to
    let quoted = false;
    for (const t of ts) {
      const s = sentence;
      // marks open and close quotations and end sentences; only words name people
      if (!t.word) {
        if (t.text === '"') quoted = !quoted;
        else if (!quoted && (t.text === "." || t.text === "!" || t.text === "?")) sentence++;
        continue;
      }
      if (quoted) continue;
      const g = genderOfPronoun(t.lower);
      if (g) {
        const target = pick(found, s, g);
        if (target) {
          target.mentions.push({ start: t.start, end: t.end, text: t.text, via: "pronoun" });
          if (!target.gender) target.gender = g;
          found.push({ start: t.start, sentence: s, draft: target });
        }
        continue;
      }
      if (!t.cap && t.lower !== "the") continue;
      const d = byStart.get(t.start);
      if (d) found.push({ start: t.start, sentence: s, draft: d });
    }
  }
}

function pick(found: readonly PersonMention[], sentence: number, g: "m" | "f"): Draft | null {
  const fits = (m: PersonMention) => m.draft.gender === g || m.draft.gender === null;
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
      if (first.draft.gender === null) {
        const sure = found.find((m) => m.sentence === s && m.draft.gender === g);
        if (sure) return sure.draft;
      }
      return first.draft;
    }
  }
  return null;
}

// Who a phrase names as the speaker: a person, a pronoun resolved to one, a role description, an
// organisation, or an unnamed source ("an alliance official").
import { type ActorAnalysis, lastPersonBefore, mentionsIn } from "../actors/find-actors.js";
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

const PRONOUN_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ["he", "m"],
  ["she", "f"],
]);

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
  // an unnamed source right at the verb wins over names inside the phrase: "NATO leaders are hoping"
  const head = nearEnd ? last : null;
  if (head && cues.anonymous.has(head.lower) && !head.cap) {
    return {
      id: null,
      text: raw.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      attribution: "unnamed",
    };
  }
  const ms = mentionsIn(analysis, first.start, last.end).filter((m) => m.start >= first.start && m.end <= last.end);
  const kindOf = (id: string) => analysis.byId.get(id)?.kind;
  const persons = ms.filter((m) => kindOf(m.actorId) === "person");
  const pool = persons.length > 0 ? persons : ms;
  const m = nearEnd ? pool.at(-1) : pool[0];
  // an organisation or place speaks only as the head of the phrase: "the Kremlin said", not "the Manchester City manager said"
  const headless = m && persons.length === 0 && nearEnd && m.end < last.end;
  if (m && !headless) {
    const attribution: Attribution = m.via === "pronoun" ? "pronoun" : m.via === "description" ? "role" : "explicit";
    return { id: m.actorId, text: raw.slice(m.start, m.end), start: m.start, end: m.end, attribution };
  }
  // "the 37-year-old", "the veteran": the person last named
  if (/^the (\d+-year-old|veteran|former|latter)$/i.test(raw.slice(first.start, last.end))) {
    const id = lastPersonBefore(analysis, first.start);
    if (id)
      return { id, text: raw.slice(first.start, last.end), start: first.start, end: last.end, attribution: "role" };
  }
  for (let i = from; i < to; i++) {
    const t = ts[i] as Token;
    const g = PRONOUN_GENDER.get(t.lower);
    if (g) {
      const id = lastPersonBefore(analysis, t.start, g);
      return { id, text: t.text, start: t.start, end: t.end, attribution: id ? "pronoun" : "unnamed" };
    }
    if (t.lower === "they" || t.lower === "we" || cues.anonymous.has(t.lower)) {
      return {
        id: null,
        text: raw.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        attribution: "unnamed",
      };
    }
  }
  return null;
}

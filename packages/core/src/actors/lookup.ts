// Questions later stages ask of the actors of an article: who is mentioned at this span, who holds a role.
import type { Actor, MentionVia } from "../schema/actor.js";
import { firstStartingAt } from "../text/search.js";
import type { Token } from "./tokens.js";

/** One mention in the offset index. */
export interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly actorId: string;
  readonly via: MentionVia;
}

/** The actors of one article, with an index of their mentions by offset. */
export interface ActorAnalysis {
  readonly actors: readonly Actor[];
  /** Every mention of every actor, sorted by start offset. */
  readonly mentions: readonly IndexedMention[];
  readonly byId: ReadonlyMap<string, Actor>;
  /** "m", "f" or null for each person, from given names, honorifics and pronouns. */
  readonly gender: ReadonlyMap<string, "m" | "f" | null>;
  /** The word tokens of each body paragraph, by paragraph index, for later stages to reuse. */
  readonly paragraphTokens?: readonly (readonly Token[])[];
}

/** The mentions that overlap `[start, end)`, in text order. */
export function mentionsIn(analysis: ActorAnalysis, start: number, end: number): IndexedMention[] {
  const ms = analysis.mentions;
  // a mention that starts before `start` can still overlap it; names are short, so look back a little
  let i = firstStartingAt(ms, start - 80);
  const out: IndexedMention[] = [];
  for (; i < ms.length && (ms[i] as IndexedMention).start < end; i++) {
    const m = ms[i] as IndexedMention;
    if (m.end > start) out.push(m);
  }
  return out;
}

/**
 * The id of the actor mentioned at `[start, end)`: the mention covering most of the span, or null.
 *
 * @example
 * actorAt(analysis, 120, 133) // "afp-1/sergei-lavrov" when "Sergei Lavrov" or "he" there refers to him
 */
export function actorAt(analysis: ActorAnalysis, start: number, end: number): string | null {
  let best: IndexedMention | null = null;
  let bestOverlap = 0;
  for (const m of mentionsIn(analysis, start, end)) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best?.actorId ?? null;
}

/** The person mentioned within `[start, end)` first, if any: the head of a phrase such as "NATO chief Rasmussen". */
export function personIn(analysis: ActorAnalysis, start: number, end: number): string | null {
  for (const m of mentionsIn(analysis, start, end)) {
    if (m.start >= start && m.end <= end && analysis.byId.get(m.actorId)?.kind === "person") return m.actorId;
  }
  return null;
}

/** The last person mentioned before `offset`, optionally of a gender: a fallback for unresolved pronouns. */
export function lastPersonBefore(
  analysis: ActorAnalysis,
  offset: number,
  gender: "m" | "f" | null = null,
  reach = Number.POSITIVE_INFINITY,
): string | null {
  for (let i = firstStartingAt(analysis.mentions, offset) - 1; i >= 0; i--) {
    const m = analysis.mentions[i] as IndexedMention;
    if (offset - m.end > reach) return null;
    if (analysis.byId.get(m.actorId)?.kind !== "person") continue;
    const g = analysis.gender.get(m.actorId) ?? null;
    if (!gender || !g || g === gender) return m.actorId;
  }
  return null;
}

/** The organisation mentioned last before `offset`, within `reach` characters: whom "it said" stands for. */
export function lastOrganizationBefore(analysis: ActorAnalysis, offset: number, reach: number): string | null {
  for (let i = firstStartingAt(analysis.mentions, offset) - 1; i >= 0; i--) {
    const m = analysis.mentions[i] as IndexedMention;
    if (offset - m.end > reach) return null;
    if (analysis.byId.get(m.actorId)?.kind === "organization") return m.actorId;
  }
  return null;
}

/**
 * The person a bare description ("the 37-year-old", "the Portuguese") most likely stands for: of the people
 * named within `reach` before `offset`, the one the article has named most often so far (the story's
 * subject rather than whoever was named last); the latest of them on a tie.
 */
export function salientPersonBefore(analysis: ActorAnalysis, offset: number, reach: number): string | null {
  const end = firstStartingAt(analysis.mentions, offset);
  const near = new Set<string>();
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (let i = 0; i < end; i++) {
    const m = analysis.mentions[i] as IndexedMention;
    if (analysis.byId.get(m.actorId)?.kind !== "person") continue;
    counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    if (offset - m.end <= reach) near.add(m.actorId);
  }
  let bestCount = 0;
  for (let i = end - 1; i >= 0; i--) {
    const id = (analysis.mentions[i] as IndexedMention).actorId;
    if (!near.has(id)) continue;
    const n = counts.get(id) ?? 0;
    if (n > bestCount) [best, bestCount] = [id, n];
  }
  return best;
}

/**
 * The person named last before `offset` whose role's title holds the word `noun` ("the analyst" for "an analyst at
 * Kiwoom Securities", "the chairman" for "chairman of the board"), or null.
 */
export function holderBefore(analysis: ActorAnalysis, offset: number, noun: string): string | null {
  const endsWithNoun = (title: string) => {
    const lower = title.toLowerCase();
    const at = lower.length - noun.length;
    return lower.endsWith(noun) && (at === 0 || lower[at - 1] === " " || lower[at - 1] === "-");
  };
  for (let i = firstStartingAt(analysis.mentions, offset) - 1; i >= 0; i--) {
    const a = analysis.byId.get((analysis.mentions[i] as IndexedMention).actorId);
    if (a?.kind === "person" && a.roles.some((r) => endsWithNoun(r.title))) return a.id;
  }
  return null;
}

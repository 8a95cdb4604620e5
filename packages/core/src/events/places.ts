// Where an event happened: a place actor that a locative preposition introduces ("in Brussels", "at a summit
// in Chicago"), ranked so that a city beats a country and a country beats a continent-sized region, which
// in a lead is more often the topic ("a missile shield in Europe") than the scene.
import type { Actor } from "../schema/actor.js";
import type { MentionRef } from "./mention-index.js";
import { REGION_NAMES } from "./regions.js";

const LOCATIVE = /\b(?:in|at|near|outside|inside|across|from|to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}$/i;
const DIRECT_LOCATIVE =
  /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|capital|city of|town of|village of)\s+)?$/i;

/** 3 for a city or landmark, 2 for a country or unknown place, 1 for a continent-sized region. */
export function placeRank(actor: Actor): number {
  if (actor.subtype === "region" || REGION_NAMES.has(actor.name.toLowerCase())) return 1;
  if (actor.subtype === "city" || actor.subtype === "landmark") return 3;
  return 2;
}

export interface PlaceChoice {
  readonly actor: Actor;
  readonly rank: number;
  readonly start: number;
}

/**
 * The best place of a sentence for the predicate at `at`: place mentions that a locative preposition
 * introduces, nearest first among the best ranked. `folded` is the article's folded text.
 */
export function pickPlace(folded: string, mentions: readonly MentionRef[], at: number): PlaceChoice | null {
  let best: PlaceChoice | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const m of mentions) {
    if (m.actor.kind !== "place") continue;
    const before = folded.slice(Math.max(0, m.start - 48), m.start);
    const direct = DIRECT_LOCATIVE.test(before);
    if (!direct && !LOCATIVE.test(before)) continue;
    if (!direct && !/\b(?:in|at)\s/i.test(before)) continue;
    // "the Kremlin walls", "Moscow's interest": a place used as a modifier or possessor is not the scene
    if (/^'s\b/.test(folded.slice(m.end, m.end + 2))) continue;
    const rank = placeRank(m.actor);
    const score = rank * 1000 + (direct ? 500 : 0) - Math.min(999, Math.abs(m.start - at) / 4);
    if (score > bestScore) {
      best = { actor: m.actor, rank, start: m.start };
      bestScore = score;
    }
  }
  return best;
}

// Where an event happened: a place actor that a locative preposition introduces ("in Brussels", "at a summit
// in Chicago"), ranked so that a city beats a country and a country beats a continent-sized region, which
// in a lead is more often the topic ("a missile shield in Europe") than the scene.
import type { Actor } from "../schema/actor.js";
import type { MentionRef } from "./mention-index.js";
import { REGION_NAMES } from "./regions.js";

const LOCATIVE = /\b(?:in|at|near|outside|inside|across|from|to|on)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}$/i;
/**
 * "in Brussels", "in the city of Yibin", "through the small town of Barnsdall", "in the Egyptian capital, Cairo":
 * a preposition of place right before the name, perhaps with the kind of place between.
 */
const DIRECT_LOCATIVE =
  /\b(?:in|at|near|outside|inside|through)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|capital|(?:(?:small|tiny|remote|coastal|northern|southern|eastern|western|border|port)\s+)?(?:city|town|village) of|[A-Z][a-z]+ capital,?)\s+)?$/i;

/** "on" right before a name, with "the" perhaps: what happens on an island is on it. */
const ON_ISLAND = /\bon\s+(?:the\s+)?$/i;
/** "seized off Tsushima Island", "off the coast of Somalia": what happens at sea, by the island or the coast. */
const OFF = /\boff\s+(?:the\s+)?$/i;
const OFF_COAST = /\boff\s+the\s+coast\s+of\s+$/i;
/** The name of an island, a key, an atoll or a lake. */
const ISLAND = /\b(?:Island|Islands|Isle|Atoll|Cay|Caye|Key)$|^(?:Isle|Île|Ile|Pulau|Ilha|Isla|Lake|Loch|Lough) /;
/** A noun of islands after a name: "the Langanes peninsula", "Itbayat island". */
const ISLAND_AFTER = /^\s(?:island|islands|peninsula|atoll)\b/i;
/**
 * A noun of islands, of the people who live on one or of a unit of government, and "of", right before a name: "the
 * island of Salina", "hit the wilayat of Al Hamra".
 */
const ISLAND_OF =
  /\b(?:island|isle|atoll|peninsula|archipelago|residents|islanders|villagers|wilayat|district|province|county|municipality|governorate|prefecture|upazila|commune|parish|town|village|city) of\s+$/i;

/**
 * 3 for a city or landmark, 2.25 for a province or state ("Xingwen County", "western Saskatchewan"), 2 for a
 * country or unknown place, 1 for a continent-sized region.
 */
export function placeRank(actor: Actor): number {
  if (REGION_NAMES.has(actor.name.toLowerCase())) return 1;
  if (actor.subtype === "region") return 2.25;
  if (actor.subtype === "city" || actor.subtype === "landmark") return 3;
  return 2;
}

export interface PlaceChoice {
  readonly actor: Actor;
  readonly rank: number;
  readonly start: number;
}

/** Place mentions of a sentence that a locative preposition introduces, with their rank: once per sentence. */
export function placeCandidates(folded: string, mentions: readonly MentionRef[]): PlaceChoice[] {
  const out: PlaceChoice[] = [];
  for (const m of mentions) {
    if (m.actor.kind !== "place") continue;
    // "the Kremlin walls", "Moscow's interest": a place used as a modifier or possessor is not the scene
    if (folded.startsWith("'s", m.end)) continue;
    const before = folded.slice(Math.max(0, m.start - 48), m.start);
    // ("died of cholera on Pate Island", "capsized on Lake Abaya", "came ashore on the Langanes peninsula": an
    // island, a lake or a peninsula is where things happen on; "on the Aeolian island of Salina", "residents of
    // Itbayat island": the island a noun of islands or of their people names)
    const island = ISLAND.test(m.actor.name) || ISLAND_AFTER.test(folded.slice(m.end, m.end + 12));
    const direct =
      DIRECT_LOCATIVE.test(before) ||
      ((ON_ISLAND.test(before) || OFF.test(before)) && island) ||
      OFF_COAST.test(before) ||
      ISLAND_OF.test(before);
    // the cheap test first: most stretches hold no "in" or "at", and then the long pattern need not run
    if (!direct && !(/\b(?:in|at)\s/i.test(before) && LOCATIVE.test(before))) continue;
    out.push({ actor: m.actor, rank: placeRank(m.actor) + (direct ? 0.5 : 0), start: m.start });
  }
  return out;
}

/**
 * The best place for the predicate at `at` among `candidates` (see placeCandidates): the best ranked, then the
 * nearest.
 */
export function pickPlace(candidates: readonly PlaceChoice[], at: number): PlaceChoice | null {
  let best: PlaceChoice | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const score = c.rank * 1000 - Math.min(499, Math.abs(c.start - at) / 4);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best ? { ...best, rank: Math.floor(best.rank) } : null;
}

// One event for the articles that report the same occurrence: the date most of them give it, the place
// most of them name, every participant, every evidence sentence, and the quotes they share.
import type { Actor } from "../schema/actor.js";
import type { Article } from "../schema/article.js";
import type { Event } from "../schema/event.js";
import { corpusQuoteId } from "./assemble-quotes.js";
import type { LinkState } from "./linker.js";
import { nodeId } from "./normalize.js";

export interface Member {
  readonly article: Article;
  /** The member's main event, already with corpus ids. */
  readonly event: Event;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

export function mergeEvents(
  members: readonly Member[],
  state: LinkState,
  groupOfNode: ReadonlyMap<string, string>,
  actorById: ReadonlyMap<string, Actor>,
): Event {
  const first = members[0] as Member;
  const date = mostCommon(
    members.map((m) => state.articles.get(m.article.id)?.profile?.day && m.event.date).filter((d): d is string => !!d),
  );
  const base =
    members.find((m) => m.event.date === date && m.event.time?.basis === "stated") ??
    members.find((m) => m.event.date === date) ??
    first;
  const time =
    date === null
      ? base.event.time
      : base.event.date === date
        ? base.event.time
        : { value: date, precision: "day" as const, basis: "corpus" as const };
  const places = members.map((m) => m.event.place).filter((p): p is string => !!p);
  const place = mostCommon(places.filter((p) => actorById.has(p))) ?? mostCommon(places);
  const placeName = place
    ? (actorById.get(place)?.name ?? members.find((m) => m.event.place === place)?.event.placeName ?? null)
    : null;
  // quotes that another member carries as well: the shared utterances of the occurrence
  const groupMembers = new Map<string, Set<string>>();
  for (const m of members) {
    for (const q of m.article.quotes) {
      const g = groupOfNode.get(nodeId(m.article.id, q.id));
      if (g) {
        const set = groupMembers.get(g) ?? new Set<string>();
        set.add(m.article.id);
        groupMembers.set(g, set);
      }
    }
  }
  const shared = members.flatMap((m) =>
    m.article.quotes
      .filter((q) => (groupMembers.get(groupOfNode.get(nodeId(m.article.id, q.id)) ?? "")?.size ?? 0) > 1)
      .map((q) => corpusQuoteId(m.article.id, q)),
  );
  const union = (pick: (e: Event) => readonly string[]) => [...new Set(members.flatMap((m) => pick(m.event)))];
  return {
    ...base.event,
    id: first.event.id,
    date: time?.value ?? date,
    time: time ?? null,
    place,
    placeName,
    sourceIds: union((e) => e.sourceIds),
    targetIds: union((e) => e.targetIds),
    evidence: members.flatMap((m) => m.event.evidence),
    articleIds: members.map((m) => m.article.id),
    quoteIds: [...new Set([...union((e) => e.quoteIds), ...shared])],
  };
}

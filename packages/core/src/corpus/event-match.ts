// The pairwise decision for main events of different articles: the same occurrence when their dates agree
// and they share a reported utterance and a participant, or, failing shared quotes, share the day, several
// participants and the place. Two meetings of the same parties months apart stay apart.

import { daysBetween, parseYmd, weekdayOf, type Ymd } from "../events/time/calendar.js";
import { findTimeMentions } from "../events/time/recognize.js";
import type { Article } from "../schema/article.js";
import type { Event } from "../schema/event.js";
import type { ActorNode } from "./actor-match.js";

export interface EventProfile {
  readonly articleId: string;
  readonly event: Event;
  /** The day the article's own text gives the event, if it gives one. */
  readonly day: Ymd | null;
  /** A coarser date (month or year) the text gives, as ISO. */
  readonly coarse: string | null;
  /** A weekday the text names for the event when the article has no date ("on Thursday"). */
  readonly weekday: number | null;
  /** Keys of each participant (sources and targets), one list per actor. */
  readonly participants: readonly (readonly string[])[];
  readonly placeKeys: readonly string[];
  readonly keys: readonly string[];
}

/** The number of days from 1 January 2000 to `d`: the day of an event as a key of the linker's indexes. */
export function dayNumber(d: Ymd): number {
  return daysBetween({ year: 2000, month: 1, day: 1 }, d);
}

/** The main event of `article` as the linker compares it; null when the article names none. */
export function eventProfile(article: Article, actorNodes: ReadonlyMap<string, ActorNode>): EventProfile | null {
  const event = article.events.find((e) => e.id === article.mainEventId);
  if (!event) return null;
  const keysOf = (id: string) => actorNodes.get(id)?.keys ?? [];
  const participants = [...new Set([...event.sourceIds, ...event.targetIds])].map(keysOf).filter((k) => k.length > 0);
  const placeKeys = event.place
    ? (actorNodes.get(event.place)?.keys ?? [`l:${event.place.replace(/^place:/, "").replace(/-/g, "")}`])
    : [];
  const fromCorpus = event.time?.basis === "corpus";
  const day = event.time?.precision === "day" && !fromCorpus ? parseYmd(event.date) : null;
  const coarse = !day && event.date && !fromCorpus ? event.date : null;
  let weekday: number | null = null;
  if (!event.date) {
    const evidence = event.evidence[0];
    const w = evidence ? findTimeMentions(evidence.text).find((m) => m.weekday !== undefined) : undefined;
    weekday = w?.weekday ?? null;
  }
  const keys: string[] = [];
  if (day) {
    for (const key of new Set(participants.flat())) keys.push(`${key}@${dayNumber(day)}`);
  }
  return { articleId: article.id, event, day, coarse, weekday, participants, placeKeys, keys };
}

/** Blocking keys to look up for `p`: its participants on the day before, the day and the day after. */
export function eventLookupKeys(p: EventProfile): string[] {
  if (!p.day) return [];
  const base = dayNumber(p.day);
  return [...new Set([...p.participants.flat(), ...p.placeKeys])].flatMap((k) => [
    `${k}@${base - 1}`,
    `${k}@${base}`,
    `${k}@${base + 1}`,
  ]);
}

/** How many participants of `a` share a key with some participant of `b` (a handful each: no set built). */
function sharedParticipants(a: EventProfile, b: EventProfile): number {
  let n = 0;
  for (const keys of a.participants) if (keys.some((k) => b.participants.some((other) => other.includes(k)))) n++;
  return n;
}

function datesAgree(a: EventProfile, b: EventProfile): boolean {
  if (a.day && b.day) return Math.abs(daysBetween(a.day, b.day)) <= 1;
  if (a.day && b.weekday !== null) return weekdayOf(a.day) === b.weekday;
  if (b.day && a.weekday !== null) return weekdayOf(b.day) === a.weekday;
  if (a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday) return false;
  const ac = a.coarse ?? (a.day ? `${a.day.year}` : null);
  const bc = b.coarse ?? (b.day ? `${b.day.year}` : null);
  if (ac && bc) return ac.startsWith(bc) || bc.startsWith(ac);
  return true;
}

/** How many days after an occurrence a report that carries its utterances may date its own lead. */
const FOLLOW_UP_DAYS = 2;

/**
 * Whether the main events of two articles are one occurrence. `sharedQuotes` counts the quotes of one that
 * the other carries as well. Evidence: shared participants, the same place, the same kind of event.
 */
export function eventsMatch(a: EventProfile, b: EventProfile, sharedQuotes: number): boolean {
  if (a.articleId === b.articleId) return false;
  const shared = sharedParticipants(a, b);
  const samePlace = a.placeKeys.some((k) => b.placeKeys.includes(k));
  // a follow-up: "the death toll has risen to ten" two days after the collapse both report, carrying two of the
  // same utterances, at the same place or with someone in common
  // (or one of them, at the same place: a quote both carry is of one story, and the place says it is this one)
  if (
    sharedQuotes >= 1 &&
    a.day &&
    b.day &&
    Math.abs(daysBetween(a.day, b.day)) <= FOLLOW_UP_DAYS &&
    (samePlace || (sharedQuotes >= 2 && shared >= 1))
  )
    return true;
  if (!datesAgree(a, b)) return false;
  const placesClash = a.placeKeys.length > 0 && b.placeKeys.length > 0 && !samePlace;
  // shared quotes and a participant or the place make one occurrence; without both days to compare, or where
  // both name several participants, one shared participant and one shared quote are not enough (a stock
  // phrase of two different stories)
  const several = a.participants.length >= 2 && b.participants.length >= 2;
  const strict = several || !a.day || !b.day;
  // two utterances carried by both, a day or less apart: one story, whatever each lead names ("Rebels killed 19",
  // "19 civilians were killed in an overnight attack")
  if (sharedQuotes >= 2 && a.day && b.day) return true;
  if (
    sharedQuotes > 0 &&
    (shared >= 1 || samePlace) &&
    (!strict || shared >= 2 || sharedQuotes >= 2 || (samePlace && shared >= 1))
  )
    return true;
  if (!a.day || !b.day || Math.abs(daysBetween(a.day, b.day)) > 1 || placesClash) return false;
  const evidence = Math.min(2, shared) + (samePlace ? 1 : 0) + (a.event.type === b.event.type ? 1 : 0);
  return evidence >= 2 && (shared >= 1 || samePlace);
}

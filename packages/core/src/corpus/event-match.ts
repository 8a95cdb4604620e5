// The pairwise decision for main events of different articles: the same occurrence when their dates agree
// and they share a reported utterance and a participant, or, failing shared quotes, share the day, several
// participants and the place. Two meetings of the same parties months apart stay apart.

import { REGION_DEMONYMS } from "../actors/data/places.js";
import { type Entry, gazetteer } from "../actors/gazetteer.js";
import { daysBetween, parseYmd, weekdayOf, type Ymd } from "../events/time/calendar.js";
import { findTimeMentions } from "../events/time/recognize.js";
import type { Article } from "../schema/article.js";
import type { Event } from "../schema/event.js";
import { holdsWord } from "../text/search.js";
import type { ActorNode } from "./actor-match.js";
import { STOPWORDS } from "./stopwords.js";

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
  /** The country the event's place is in, in lower case, and whether the place is that country itself. */
  readonly placeCountry: string | null;
  readonly placeIsCountry: boolean;
  readonly keys: readonly string[];
  /** The names the event's sentence holds, in lower case: the words it capitalises, bar its first. */
  readonly names: readonly string[];
}

/** A capitalised word, hyphened parts apart: "Bishkek" and "Osh" of "Bishkek-Osh". */
const NAME_WORD = /\p{Lu}[\p{L}']+/gu;

/** Whether a gazetteer entry is a part of the world no country holds: "Europe", "Asia". */
const isWorldRegion = (e: Entry | undefined) => e?.kind === "place" && e.subtype === "region" && e.country === null;

/** Days and months, which name when, not what. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december"
  ).split(" "),
);

/** The capitalised words of `sentence` after its first, in lower case, but no English word or people's adjective. */
function namesOf(sentence: string): string[] {
  const names = new Set<string>();
  const { common, demonyms, orgHeads, placeHeads, names: entries } = gazetteer();
  for (const m of sentence.matchAll(NAME_WORD)) {
    // (a word after a sentence's end opens it; not one after an initial or a short abbreviation: "near K. Kaashidhoo",
    // "St. Kitts")
    const before = sentence.slice(Math.max(0, m.index - 5), m.index);
    if (m.index === 0 || (/[.!?]\s*$/.test(before) && !/(?:^|[\s(])(?:\p{Lu}|St|Mt|Ft)\.\s*$/u.test(before))) continue;
    // ("Cricket West Indies' push", "Russia's"): a possessive's mark is no part of the name
    const name = m[0].endsWith("'") || m[0].endsWith("'s") ? m[0].replace(/'s?$/, "") : m[0];
    const word = name.toLowerCase();
    // an English word names nothing in particular ("North Korea" and "North Macedonia"), nor does a people's
    // adjective ("African"), the head word of many a body's or place's name ("Organization", "River") or a part of
    // the world ("Europe")
    if (
      !STOPWORDS.has(word) &&
      !CALENDAR_WORDS.has(word) &&
      !common.has(word) &&
      !demonyms.has(name) &&
      !REGION_DEMONYMS.has(name) &&
      !orgHeads.has(name) &&
      !placeHeads.has(name) &&
      !isWorldRegion(entries.get(name))
    )
      names.add(word);
  }
  return [...names];
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
  const placeActor = event.place ? actorNodes.get(event.place)?.actor : undefined;
  const placeCountry = placeActor?.country?.toLowerCase() ?? null;
  const placeIsCountry = placeActor?.subtype === "country";
  const fromCorpus = event.time?.basis === "corpus";
  const day = event.time?.precision === "day" && !fromCorpus ? parseYmd(event.date) : null;
  const coarse = !day && event.date && !fromCorpus ? event.date : null;
  let weekday: number | null = null;
  if (!event.date) {
    const evidence = event.evidence[0];
    // ("landed this afternoon as Fiji prepares to help Tonga recover from Saturday's eruption": a weekday's
    // possessive beside a time of the act's own names the day of something else; alone, it dates the story:
    // "the death toll from Tuesday's earthquake has risen")
    const mentions = evidence ? findTimeMentions(evidence.text) : [];
    const w = mentions.find((m) => m.weekday !== undefined && (m.modifier !== "possessive" || mentions.length === 1));
    weekday = w?.weekday ?? null;
  }
  const keys: string[] = [];
  if (day) {
    for (const key of new Set(participants.flat())) keys.push(`${key}@${dayNumber(day)}`);
  }
  const names = namesOf(event.evidence[0]?.text ?? "");
  return {
    articleId: article.id,
    event,
    day,
    coarse,
    weekday,
    participants,
    placeKeys,
    placeCountry,
    placeIsCountry,
    keys,
    names,
  };
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

/** Whether the place of `a` is a country and the place of `b` a place in it. */
function holds(a: EventProfile, b: EventProfile): boolean {
  return a.placeIsCountry && !b.placeIsCountry && a.placeCountry !== null && a.placeCountry === b.placeCountry;
}

/** How many participants of `a` share a key with some participant of `b` (a handful each: no set built). */
function sharedParticipants(a: EventProfile, b: EventProfile): number {
  let n = 0;
  for (const keys of a.participants) if (keys.some((k) => b.participants.some((other) => other.includes(k)))) n++;
  return n;
}

/** How many days apart two days of the week are, the nearer way round. */
function weekdaysApart(x: number, y: number): number {
  const d = Math.abs(x - y) % 7;
  return Math.min(d, 7 - d);
}

/**
 * Whether the days of two main events agree; a day of the week agrees with a day `slack` days from it ("on
 * Tuesday" beside a report dated the Wednesday after).
 */
function datesAgree(a: EventProfile, b: EventProfile, slack = 0): boolean {
  if (a.day && b.day) return Math.abs(daysBetween(a.day, b.day)) <= 1;
  if (a.day && b.weekday !== null) return weekdaysApart(weekdayOf(a.day), b.weekday) <= slack;
  if (b.day && a.weekday !== null) return weekdaysApart(weekdayOf(b.day), a.weekday) <= slack;
  if (a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday) return false;
  const ac = a.coarse ?? (a.day ? `${a.day.year}` : null);
  const bc = b.coarse ?? (b.day ? `${b.day.year}` : null);
  if (ac && bc) return ac.startsWith(bc) || bc.startsWith(ac);
  return true;
}

/**
 * Whether two places' ids are one name in two transliterations, a letter apart and five letters long at least:
 * "Zawia" and "Zawiya", "Misrata" and "Misurata" are not (two letters), "Sirte" and "Surt" are not.
 */
function spellingsOfOne(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  // ("003/zawiya", "place:zawia": the name's part of an article's or the corpus's id)
  const x = a.slice(Math.max(a.lastIndexOf("/"), a.lastIndexOf(":")) + 1).replace(/-\d+$/, "");
  const y = b.slice(Math.max(b.lastIndexOf("/"), b.lastIndexOf(":")) + 1).replace(/-\d+$/, "");
  // ("Duhok" and "Dohuk": vowels a transliteration moves about)
  if (sameSkeleton(x, y)) return true;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
  return withinOneEdit(x, y);
}

/** Whether the main events of `a` and `b` are placed at one place, its name perhaps spelled two ways. */
function atOnePlace(a: EventProfile, b: EventProfile): boolean {
  return a.placeKeys.some((k) => b.placeKeys.includes(k)) || spellingsOfOne(a.event.place, b.event.place);
}

/**
 * Whether two names of one word are one name transliterated two ways: the same first letter and the same
 * consonants after it, two at least for names of one length ("duhok" and "dohuk", "yezidis" and "yazidis"), three
 * otherwise ("misrata" and "misurata"; not "kabul" and "kibali").
 */
export function sameSkeleton(x: string, y: string): boolean {
  if (x === y || x[0] !== y[0] || /[^a-z]/.test(x) || /[^a-z]/.test(y)) return false;
  const sx = skeleton(x);
  return sx.length >= (x.length === y.length ? 3 : 4) && sx === skeleton(y);
}

/** A word's first letter and its consonants after it, each run of one letter written once. */
const skeleton = (word: string) =>
  (word[0] ?? "") +
  word
    .slice(1)
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1");

/** Whether one insertion, deletion or substitution turns `x` into `y`. */
function withinOneEdit(x: string, y: string): boolean {
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1);
  return s.slice(i) === l.slice(i + 1);
}

/** How many days after an occurrence a report that carries its utterances may date its own lead. */
const FOLLOW_UP_DAYS = 2;

/**
 * Whether the main events of two articles are one occurrence. `sharedQuotes` counts the quotes of one that
 * the other carries as well, `voicedQuotes` those of them few articles carry and whose speaker both name.
 * Evidence: shared participants, the same place, the same kind of event.
 */
export function eventsMatch(a: EventProfile, b: EventProfile, sharedQuotes: number, voicedQuotes = 0): boolean {
  if (a.articleId === b.articleId) return false;
  const shared = sharedParticipants(a, b);
  const samePlace = atOnePlace(a, b);
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
  // (or one such utterance of someone both name, told on the same day: "a suspected gas explosion brought down
  // the front of his home in east London" beside "ripped the front off a house in Walthamstow")
  if (voicedQuotes >= 1 && a.day && b.day && daysBetween(a.day, b.day) === 0) return true;

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

/**
 * Whether two articles, one of which has no day of its own, report one story: two utterances both carry, leads
 * that name the same thing ("Cyclone Evan tore through Apia", "as Tropical Cyclone Evan, which killed three in
 * Samoa, turns towards Fiji") and dates that agree, or three utterances few other articles carry (`rareQuotes`),
 * whoever and wherever each lead names. `sharedQuotes` counts the quotes of one that the other carries as well.
 */
export function oneStory(a: EventProfile, b: EventProfile, sharedQuotes: number, rareQuotes = 0): boolean {
  if (a.articleId === b.articleId || (a.day && b.day)) return false;
  const samePlace = atOnePlace(a, b);
  // one utterance both carry, with an act of the same kind at the same place on the same day of the week ("a
  // suicide car bomb struck a convoy near Afgoye on Saturday" beside "a suicide bomber rammed a minibus into a
  // convoy near Afgoye on Saturday")
  // ("broke through the embankment of Shanir Haor in Tahirpur" beside "in Shanir Haor of Tahirpur": a place each
  // lead names, though each lead's act is placed at another of them)
  const placed = samePlace || (namesPlaceOf(a, b) && namesPlaceOf(b, a));
  const weekday = a.weekday ?? b.weekday;
  if (sharedQuotes >= 1 && placed && weekday !== null && a.event.type === b.event.type && datesAgree(a, b)) return true;
  // (or one utterance few others carry, of someone both name, with a name both leads give that is no country's:
  // "an express boat ... capsized near the mouth of Sungai Lawas" beside "an express boat bound for Lawas")
  if (rareQuotes >= 1 && datesAgree(a, b) && a.names.some((n) => !isCountry(n) && b.names.includes(n))) return true;
  if (sharedQuotes < 2) return false;
  // three utterances both carry that few other articles do are one story whatever the leads name ("a CN freight
  // train slammed into a grain truck" beside "his grain semi was struck by a CN freight train"), told on the
  // same day or the next
  if (rareQuotes >= STORY_QUOTES) return datesAgree(a, b, 1);
  // (or, with two such utterances few others carry, told at a place and in the country that holds it: "signed in
  // Bridgetown", "Barbados and Trinidad have agreed")
  const within = rareQuotes >= 2 && (holds(a, b) || holds(b, a));
  // (or at the same place, its lead told on a day of the week a day or two from the other's day: "Tuesday's
  // earthquake" beside the rescue "on Wednesday")
  if (rareQuotes >= 2 && samePlace && datesAgree(a, b, FOLLOW_UP_DAYS)) return true;
  return datesAgree(a, b) && (within || a.names.some((n) => b.names.some((m) => m === n || sameSkeleton(m, n))));
}

/** Whether a name in lower case, as `namesOf` gives it, is a country's. */
function isCountry(name: string): boolean {
  const e = gazetteer().names.get(name.charAt(0).toUpperCase() + name.slice(1));
  return e?.kind === "place" && e.subtype === "country";
}

/** Whether the lead of `b` names the place of the main event of `a`. */
function namesPlaceOf(a: EventProfile, b: EventProfile): boolean {
  const name = a.event.placeName;
  const lead = b.event.evidence[0]?.text ?? "";
  return !!name && name.length >= 4 && holdsWord(lead, name);
}

/** Utterances two reports must both carry to be one story without a name their leads share. */
const STORY_QUOTES = 3;

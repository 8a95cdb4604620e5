// The occurrence an article reports: normally the lead's. Its date comes from the lead, else from a
// day-precise expression close to the article date in the next sentences, else from the article date; its
// place is a city or country the lead puts it in, else the dateline, else a place in the next sentences, else a
// region the lead names, else a capitalised name after "in" in the lead.

import { gazetteer } from "../actors/gazetteer.js";
import type { Actor } from "../schema/actor.js";
import type { DateValue, Span } from "../schema/common.js";
import { matchesOf } from "../text/matches.js";
import { slugify } from "./ids.js";
import { type PlaceChoice, placeRank } from "./places.js";
import type { SentenceEvent } from "./sentence-events.js";
import { daysBetween, parseYmd, weekdayOf } from "./time/calendar.js";
import type { TimeExpression } from "./time/find-times.js";
import { looksAhead } from "./time/tense.js";

const LEAD_SENTENCES = 3;
const NEAR_DAYS = 7;
/** How many days before its report an act told without a time of its own may be dated by the next sentences. */
const REPORT_LAG_DAYS = 3;

export interface MainChoice {
  readonly event: SentenceEvent;
  readonly time: DateValue | null;
  readonly place: { readonly id: string; readonly name: string } | null;
}

/**
 * The lead event: an act the first sentence reports, else a statement it reports, else an act of the second
 * sentence (the first may be a scene-setter), else the first event found.
 */
export function pickLeadEvent(events: readonly SentenceEvent[]): SentenceEvent | null {
  const inSentence = (i: number, statement: boolean) =>
    events.find((e) => e.sentenceIndex === i && e.predicate.statement === statement);
  return inSentence(0, false) ?? inSentence(0, true) ?? inSentence(1, false) ?? events[0] ?? null;
}

function nearDay(value: DateValue | null, refIso: string | null): boolean {
  if (value?.precision !== "day") return false;
  const a = parseYmd(value.value);
  const b = parseYmd(refIso);
  return !!a && (!b || Math.abs(daysBetween(a, b)) <= NEAR_DAYS);
}

/** "have blocked", "has sealed", "has now agreed": the perfect of news that has just happened. */
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:(?:[a-z]+ly|now|just|also|already|again|once|for|the|first|second|third|time)\s+){0,4}$/i;
const PERFECT_PASSIVE = /\b(?:has|have)\s+been\s+$/i;

/** A noun of the lexicon in the object of a verb in the present perfect: "has lost his appeal", "have lifted the ban". */
const OBJECT_OF_PERFECT =
  /\b(?:has|have)\s+(?!been\b)[a-z]+\s+(?:his|her|its|their|our|a|an|the)\s+(?:[a-z-]+\s+){0,3}$/i;

/** The lead's act in the present perfect: "have blocked", "has now agreed" (active), "have been killed" (passive). */
function perfectOf(lead: SentenceEvent, folded: string): "active" | "passive" | null {
  const before = folded.slice(Math.max(lead.sentence.start, lead.predicate.start - 30), lead.predicate.start);
  if (PRESENT_PERFECT.test(before)) return "active";
  if (PERFECT_PASSIVE.test(before)) return "passive";
  const clause = folded.slice(Math.max(lead.sentence.start, lead.predicate.start - 60), lead.predicate.start);
  return OBJECT_OF_PERFECT.test(clause) ? "active" : null;
}

/** A day near the article date that one of the sentences after the lead names and `fits` accepts. */
function laterSentenceDay(
  lead: SentenceEvent,
  events: readonly SentenceEvent[],
  refIso: string | null,
  fits: (iso: string, t: TimeExpression) => boolean,
): DateValue | null {
  for (const e of events) {
    if (e.sentenceIndex <= lead.sentenceIndex || e.sentenceIndex >= lead.sentenceIndex + LEAD_SENTENCES) continue;
    // "Observers praised Sunday's vote": a day that modifies a noun is that noun's, not the lead's act's
    const t = e.times.find((x) => !x.attributive && nearDay(x.value, refIso) && fits((x.value as DateValue).value, x));
    if (t?.value) return t.value;
  }
  return null;
}

/** Whether the day `iso` is the article's day `refIso` or up to REPORT_LAG_DAYS before it. */
function justBefore(iso: string, refIso: string): boolean {
  const d = parseYmd(iso);
  const ref = parseYmd(refIso);
  return !!d && !!ref && iso <= refIso && daysBetween(d, ref) <= REPORT_LAG_DAYS;
}

/** A measure named with the day it was made: "a ban announced on Friday", "the curfew imposed on Sunday". */
const MEASURE_MADE_ON =
  /\b(?:a|an|the|its|their)\s+[\w-]+\s+(?:announced|imposed|issued|introduced|declared|ordered|adopted|enacted)\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * The day of the act that a lead in the present perfect reports without a time ("Sudan and South Sudan have
 * agreed to reopen the border"): news style gives it in the next sentences ("The agreement was signed in Juba on
 * Tuesday", "Refusing the application yesterday, the judge said"), a day up to REPORT_LAG_DAYS before the
 * article's. Not the day a measure was made ("defied a ban announced on Friday") nor one a relative clause
 * tells ("The band, which sued on Tuesday, welcomed"): that is background.
 */
function perfectDay(
  lead: SentenceEvent,
  events: readonly SentenceEvent[],
  refIso: string | null,
  folded: string,
): DateValue | null {
  if (!refIso) return null;
  return laterSentenceDay(lead, events, refIso, (iso, t) => {
    if (!justBefore(iso, refIso)) return false;
    return (
      !MEASURE_MADE_ON.test(folded.slice(Math.max(0, t.mention.start - 50), t.mention.start)) && !inRelative(folded, t)
    );
  });
}

/** Whether a time is told in a relative clause about someone named: "The band, which sued on Tuesday, welcomed". */
function inRelative(folded: string, t: TimeExpression): boolean {
  const comma = folded.lastIndexOf(",", t.mention.start);
  return comma >= 0 && t.mention.start - comma < 80 && RELATIVE_OPENING.test(folded.slice(comma, t.mention.start));
}
const RELATIVE_OPENING = /^,\s*(?:which|who|whom|whose)\b[^.;]*$/i;

/**
 * Whether the lead's own time opens a period rather than dating its act: "raised its rate to 2.5%, the highest
 * level since 2013", "in office since 2009". A day of the article's week is still the act's ("since Monday").
 */
function startOfPeriod(lead: SentenceEvent, folded: string, refIso: string | null): boolean {
  const t = lead.timeExpression;
  if (!t || nearDay(t.value, refIso)) return false;
  return SINCE_BEFORE.test(folded.slice(Math.max(lead.sentence.start, t.mention.start - 30), t.mention.start));
}
const SINCE_BEFORE = /\bsince\s+(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?$/i;

/**
 * Whether the lead's own time is that of a phrase after "after" or "since" rather than of its act in the
 * present perfect: "has failed in his challenge to a suspension imposed after a match last month", "has found a
 * meteorite, three months after its fireball streaked across the sky in August". An act in the present perfect
 * has just happened: a time that such a phrase carries is not its day unless it is the article's week.
 */
function timeOfAfterPhrase(lead: SentenceEvent, folded: string, refIso: string | null): boolean {
  const t = lead.timeExpression;
  if (!t || t.mention.start < lead.predicate.end || nearDay(t.value, refIso)) return false;
  return /\b(?:after|since|following)\b/i.test(folded.slice(lead.predicate.end, t.mention.start));
}

/** A verb that reports an act told in the same sentence, and may carry the day of the telling: ", police said Friday". */
const REPORTED_ON =
  /\b(?:said|say|says|told|reported|announced|confirmed|added|stated|according\s+to\s+[\w\s]{1,40}?)\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * The lead's day when it is that of a reporting verb after the act, not of the act: "Rebels killed 19 civilians
 * in an overnight attack, local officials said Friday". Not in the present perfect, whose act is news of the
 * day ("have blocked the streets, police said on Monday").
 */
function reportingDay(lead: SentenceEvent, folded: string): DateValue | null {
  if (lead.predicate.statement) return null;
  if (perfectOf(lead, folded)) return null;
  for (const t of lead.times) {
    const v = t.value;
    if (v?.precision !== "day" || t.mention.start < lead.predicate.end) continue;
    // the act's own time, when it has one, must be this one
    if (lead.time && lead.time.value !== v.value) return null;
    const before = folded.slice(Math.max(lead.predicate.end, t.mention.start - 60), t.mention.start);
    if (REPORTED_ON.test(before)) return v;
  }
  return null;
}

/** A document and the day it came out: "In a decision released Tuesday", "a report published on Wednesday". */
const RELEASED_ON =
  /\b(?:decision|ruling|judgment|judgement|verdict|report|statement|study|paper|order|notice|bulletin|update)\s+(?:was\s+)?(?:released|issued|published|handed\s+down|delivered|made\s+public|posted|filed)\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * The day, up to REPORT_LAG_DAYS before the article's, that the next sentence gives the document by which the
 * lead's act in the present perfect was done: "A judge has quashed the approval ... In a decision released
 * Tuesday, ...".
 */
function releasedDay(
  lead: SentenceEvent,
  events: readonly SentenceEvent[],
  refIso: string | null,
  folded: string,
): DateValue | null {
  if (!refIso) return null;
  for (const e of events) {
    if (e.sentenceIndex !== lead.sentenceIndex + 1) continue;
    for (const t of e.times) {
      const v = t.value;
      if (v?.precision !== "day" || !justBefore(v.value, refIso)) continue;
      if (RELEASED_ON.test(folded.slice(Math.max(e.sentence.start, t.mention.start - 60), t.mention.start))) return v;
    }
  }
  return null;
}

/** The weekday of an ISO day, as time mentions number them, or null for a month or a year. */
function weekdayOfIso(iso: string): number | null {
  const d = iso.length >= 10 ? parseYmd(iso.slice(0, 10)) : null;
  return d ? weekdayOf(d) : null;
}

function mainTime(
  lead: SentenceEvent,
  events: readonly SentenceEvent[],
  published: DateValue | null,
  folded: string,
): DateValue | null {
  const refIso = published?.precision === "day" ? published.value : null;
  const inLead = lead.times.find(
    (t) => nearDay(t.value, refIso) && !(t.attributive && t.mention.start >= lead.predicate.end),
  );
  const reported = reportingDay(lead, folded);
  if (reported) {
    // "Rebels killed 19 villagers, officials said Friday": the day is the statement's; the act is on that day or
    // before it, and the next sentences may say which ("late on Thursday")
    const day = parseYmd(reported.value);
    const earlier = laterSentenceDay(lead, events, refIso, (v) => {
      const d = parseYmd(v);
      return !!d && !!day && v <= reported.value && daysBetween(d, day) <= REPORT_LAG_DAYS;
    });
    if (earlier) return earlier;
  }
  // "Doctors will walk out from 3 March, the BMA has said": what someone said is not dated after the article's
  // day; the day is the act's they announce
  const announced = (v: DateValue | null | undefined) =>
    lead.predicate.statement && !!v && !!refIso && v.value.slice(0, 10) > refIso;
  const justHappened = perfectOf(lead, folded) === "active";
  const own =
    (justHappened && timeOfAfterPhrase(lead, folded, refIso)) || startOfPeriod(lead, folded, refIso) ? null : lead.time;
  // "Obama, in office since 2009, said on Tuesday": a year near the verb loses to a day near the article date
  if (own && !announced(own) && !(own.precision === "year" && inLead?.value)) return own;
  if (inLead?.value && !announced(inLead.value)) return inLead.value;
  // a lead in the present perfect and with no time reports what has just happened: on the day the next
  // sentences give the act or the document that did it, else on the article's day
  // ("Pistorius was sentenced Tuesday ..." on a page with no date, "He shot her on Feb. 14, 2013" after it: the
  // lead's own weekday, which no date resolves, leaves only a day of that weekday to the next sentences)
  const weekday = refIso === null ? lead.timeExpression?.mention.weekday : undefined;
  const later = justHappened
    ? (releasedDay(lead, events, refIso, folded) ?? perfectDay(lead, events, refIso, folded))
    : laterSentenceDay(lead, events, refIso, (v) => weekday === undefined || weekdayOfIso(v) === weekday);
  if (later) return later;
  if (published?.precision !== "day") return null;
  return {
    value: published.value,
    precision: "day",
    basis: published.basis === "stated" ? "inferred" : published.basis,
  };
}

function datelinePlace(dateline: string | null, actors: readonly Actor[]): { id: string; name: string } | null {
  if (!dateline) return null;
  const key = dateline.trim().toLowerCase();
  const actor = actors.find(
    (a) => a.kind === "place" && (a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key)),
  );
  if (actor) return { id: actor.id, name: actor.name };
  const slug = slugify(dateline);
  return slug ? { id: `place:${slug}`, name: dateline.trim() } : null;
}

function asPlace(choice: PlaceChoice | null) {
  return choice ? { id: choice.actor.id, name: choice.actor.name } : null;
}

/** The year of an ISO date value, or null. */
const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : null);

/**
 * Whether the place of `e` is tied to another time than the article's: "in Washington in 1963", "at the
 * 2012 summit in Seoul" (background), "a summit in Paris next month" (a plan). A time next to the place
 * after the article's day, a day far from it, or a year or month not of the article's year (any year or month
 * when the article has no date) makes it another time.
 */
function placeOfAnotherTime(e: SentenceEvent, refIso: string | null): boolean {
  const at = e.place?.start;
  if (at === undefined) return false;
  const refYear = yearOf(refIso);
  return e.times.some((t) => {
    const v = t.value;
    if (!v) return false;
    const gap = t.mention.start >= at ? t.mention.start - at : at - t.mention.end;
    if (gap > 40) return false;
    // a time after the article's day is a plan: "a summit in Paris next month"
    if (refIso && v.value.slice(0, 10) > refIso) return true;
    if (v.precision === "day") return !nearDay(v, refIso);
    return refYear === null || yearOf(v.value) !== refYear;
  });
}

/**
 * Whether the lead names its place in a clause that looks ahead or states an aim ("intends to return to
 * talks in Vienna", "will meet in Geneva"): the place of a plan, not the scene of what the article reports.
 */
function placeOfPlan(e: SentenceEvent, folded: string): boolean {
  const at = e.place?.start;
  if (at === undefined) return false;
  const before = folded.slice(e.sentence.start, at);
  return looksAhead(before, before.length);
}

/**
 * A city that an organisation of the lead is named after ("Oakland police", "the Phoenix Police
 * Department"): a local force or council acts in its own city.
 */
function cityOfLocalBody(doc: PlaceDoc, lead: SentenceEvent): { id: string; name: string } | null {
  const text = doc.folded.slice(lead.sentence.start, lead.sentence.end);
  const m = LOCAL_BODY.exec(text);
  const name = m?.[1];
  if (!name || NOT_PLACES.test(name.split(/\s+/)[0] ?? "")) return null;
  return { id: `place:${slugify(name)}`, name };
}

const LOCAL_BODY =
  /\b((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\s(?:[Pp]olice|[Ff]ire [Dd]epartment|[Cc]ity [Cc]ouncil|[Ss]heriff's)\b/;

/** A court's or a tribunal's name. */
const COURT = /\b(?:Court|Tribunal)\b/;
/** "plants in nearby Oshawa": a place near the dateline's, where the act is not. */
const NEARBY = /\b(?:nearby|neighbouring|neighboring)\s+$/i;

/** Bodies whose name's place says nothing of where they act: firms, clubs, the press, parties, alliances. */
const NOT_LOCAL = new Set(["company", "media", "team", "party", "alliance", "international"]);
/** Words that make a body a firm, whatever its subtype: "Uva Highlands Plantations PLC", "Bank of America Corp". */
const FIRM_WORDS =
  /\b(?:PLC|plc|Ltd|Limited|Inc|Corp|LLC|LLP|Group|Holdings|Airlines|Airways|Securities|Motors|Bancorp|Partners)\b/;

/**
 * The place an organisation the lead names is named after, when nothing else places the act: "The Seoul
 * Central District Court on Thursday sentenced", "LAUTOKA City Council has voted", "a former treasurer of the
 * Municipal Council of Nakuru", "The Bank of Thailand has raised": a court, council, force or public body acts
 * where it sits. The lead's own actors come first, then the bodies in the order the lead names them; with
 * `actingOnly`, only a body that does the lead's act ("LAUTOKA City Council has voted to move vendors from Vitogo
 * Parade": the council's seat before the place the act names).
 */
function placeOfNamedBody(
  lead: SentenceEvent,
  actors: readonly Actor[],
  actingOnly: boolean,
  only?: RegExp,
): { id: string; name: string } | null {
  const { start, end } = lead.sentence;
  const acting = new Set(lead.sources.map((m) => m.actor.id));
  const bodies = actors
    .filter(
      (a) =>
        a.kind === "organization" &&
        !(a.subtype && NOT_LOCAL.has(a.subtype)) &&
        !FIRM_WORDS.test(a.name) &&
        (only === undefined || only.test(a.name)),
    )
    .flatMap((actor) => {
      const at = actor.mentions.find((x) => x.span.start >= start && x.span.end <= end)?.span.start;
      return at === undefined || (actingOnly && !acting.has(actor.id))
        ? []
        : [{ actor, at, acting: acting.has(actor.id) }];
    })
    .sort((a, b) => Number(b.acting) - Number(a.acting) || a.at - b.at);
  for (const { actor } of bodies) {
    const name = placeInName(actor.name);
    if (!name) continue;
    const known = actors.find((a) => a.kind === "place" && (a.name === name || a.aliases.includes(name)));
    return known ? { id: known.id, name: known.name } : { id: `place:${slugify(name)}`, name };
  }
  return null;
}

/**
 * The gazetteer's place that a body's name opens with ("Seoul Central District Court", "Lautoka City Council")
 * or ends with after "of" ("Municipal Council of Nakuru", "Bank of Thailand"), or null.
 */
function placeInName(name: string): string | null {
  const g = gazetteer();
  const isPlace = (words: string) =>
    g.names.get(words)?.kind === "place" || (!words.includes(" ") && g.towns.has(words));
  const of = / of (?:the )?(.+)$/.exec(name)?.[1];
  if (of && isPlace(of)) return g.names.get(of)?.name ?? of;
  // "MOMBASA County Assembly": a lead's opening words in capitals
  const words = name
    .split(" ")
    .map((w) => (/^\p{Lu}{3,}$/u.test(w) && !isPlace(w) ? w[0] + w.slice(1).toLowerCase() : w));
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const head = words.slice(0, k).join(" ");
    if (isPlace(head)) return g.names.get(head)?.name ?? head;
  }
  return null;
}

function mainPlace(
  lead: SentenceEvent,
  events: readonly SentenceEvent[],
  doc: PlaceDoc,
  actors: readonly Actor[],
  refIso: string | null,
) {
  const fromDateline = datelinePlace(doc.dateline, actors);
  // ("four people were killed on Saturday when a car bomb struck a convoy near Afgoye town": the place another
  // act of the lead's sentence names is the lead's when it names none itself)
  const placed =
    lead.place !== null
      ? lead
      : events.find((e) => e !== lead && e.sentenceIndex === lead.sentenceIndex && e.place && e.place.rank >= 2);
  const leadPlace =
    placed?.place &&
    !placeOfAnotherTime(placed, refIso) &&
    !(fromDateline && (placeOfPlan(placed, doc.folded) || NEARBY.test(doc.folded.slice(0, placed.place.start))))
      ? placed.place
      : null;
  // "The Zagreb County Court on Thursday sentenced X ... for contracts on roads in Lika": a court acts where it sits
  const court = placeOfNamedBody(lead, actors, true, COURT);
  if (court) return court;
  // a city or country the lead puts the act in is the scene; a dateline is where the reporter files from
  if (leadPlace && leadPlace.rank >= 2) return asPlace(leadPlace);
  // a place on a line above the body ("Samuel Awoyinfa, Abeokuta") is where the reporter files from: a town the
  // lead puts the act in ("robbers attacked two banks in Ijebu-Igbo") comes first
  if (fromDateline) return (datelineAbove(doc) ? namedPlace(doc, lead, actors) : null) ?? fromDateline;
  const later = events
    .filter(
      (e) =>
        e.sentenceIndex > lead.sentenceIndex &&
        e.sentenceIndex < lead.sentenceIndex + LEAD_SENTENCES &&
        e.place &&
        !placeOfAnotherTime(e, refIso),
    )
    .sort((a, b) => (b.place?.rank ?? 0) - (a.place?.rank ?? 0) || a.sentenceIndex - b.sentenceIndex)[0];
  if (later?.place && later.place.rank >= 2) return asPlace(later.place);
  return (
    asPlace(leadPlace) ??
    namedPlace(doc, lead, actors) ??
    cityOfLocalBody(doc, lead) ??
    placeOfNamedBody(lead, actors, true) ??
    placeOfLead(lead, actors, doc.folded) ??
    placeOfNamedBody(lead, actors, false)
  );
}

/** Before a place the act heads for: "flights to Vanuatu", "moved into the Donbas". */
const DESTINATION = /\b(?:to|into|towards?)\s+(?:the\s+)?$/i;

/**
 * Any place the lead names, when nothing puts the act anywhere: "Hong Kong raised its highest typhoon warning",
 * "the San Francisco startup": the city before the country, the country before the region, then the first;
 * first a place the act heads for ("flights to Vanuatu") that does not itself act.
 */
function placeOfLead(
  lead: SentenceEvent,
  actors: readonly Actor[],
  folded: string,
): { id: string; name: string } | null {
  const { start, end } = lead.sentence;
  const named = actors.flatMap((actor) => {
    if (actor.kind !== "place") return [];
    const mentions = actor.mentions.filter((x) => x.span.start >= start && x.span.end <= end);
    return mentions.length > 0 ? [{ actor, mentions }] : [];
  });
  // "Australia and New Zealand have promised flights to Vanuatu": where the act goes, before a country that acts
  const acting = new Set(lead.sources.map((m) => m.actor.id));
  const goal = named.filter(
    (p) =>
      !acting.has(p.actor.id) &&
      p.mentions.some((x) => DESTINATION.test(folded.slice(Math.max(start, x.span.start - 12), x.span.start))),
  );
  let best: { actor: Actor; rank: number; at: number } | null = null;
  for (const { actor, mentions } of goal.length > 0 ? goal : named) {
    const at = (mentions[0] as Actor["mentions"][number]).span.start;
    const rank = placeRank(actor);
    if (!best || rank > best.rank || (rank === best.rank && at < best.at)) best = { actor, rank, at };
  }
  return best ? { id: best.actor.id, name: best.actor.name } : null;
}

interface PlaceDoc {
  readonly folded: string;
  readonly dateline: string | null;
  /** Where the dateline was read, and the body's paragraphs (see `datelineAbove`). */
  readonly meta?: { readonly dateline?: Span };
  readonly paragraphs?: readonly Span[];
}

/** Whether the dateline was read on a line above the body (a credit line), not at the opening of its lead. */
function datelineAbove(doc: PlaceDoc): boolean {
  const at = doc.meta?.dateline;
  const first = doc.paragraphs?.[0];
  return (
    at !== undefined &&
    first !== undefined &&
    at.end <= first.start &&
    doc.folded.slice(at.end, first.start).includes("\n")
  );
}

const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its|Parliament|Congress|Court|Government|Office)$/;

/**
 * A place the lead names after "in", "at", "near", "outside" or "north of" that no actor stands for ("in Kiev"
 * when the gazetteer lacks it, "a scrub fire near Twizel"), as a place id of its slug: the last resort before no
 * place at all.
 */
function namedPlace(doc: PlaceDoc, lead: SentenceEvent, actors: readonly Actor[]): { id: string; name: string } | null {
  const text = doc.folded.slice(lead.sentence.start, lead.sentence.end);
  for (const m of matchesOf(
    /\b(?:in|at|near|outside|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(?:(?:downtown|central|suburban|northern|southern|eastern|western)\s+)?((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\p{Lu}\p{Ll}+){0,2})(?![\p{L}'])/gu,
    text,
  )) {
    const name = m[1] ?? "";
    const first = name.split(/\s+/)[0] ?? "";
    if (NOT_PLACES.test(first)) continue;
    // "backbench unease in Fianna Fáil": a name that stands for a body or a person is no place
    const at = lead.sentence.start + (m.index ?? 0) + m[0].length - name.length;
    const named = actors.find((a) => a.mentions.some((x) => x.span.start <= at && x.span.end > at));
    if (named && named.kind !== "place") continue;
    // "in St. George's on Saturday": a place the actors know, whole, though the words read stop short of it
    if (named) return { id: named.id, name: named.name };
    if (
      lead.sources
        .concat(lead.targets)
        .some(
          (r) =>
            r.start <= lead.sentence.start + m.index + m[0].length - name.length &&
            r.end > lead.sentence.start + m.index + m[0].length - name.length,
        )
    )
      continue;
    return { id: `place:${slugify(name)}`, name };
  }
  return null;
}

/**
 * The main event of an article among its sentence events, with its date and place completed; `preferred`, when
 * given, is the lead's event that the lexicon did not find.
 */
export function chooseMainEvent(
  events: readonly SentenceEvent[],
  published: DateValue | null,
  doc: PlaceDoc,
  actors: readonly Actor[],
  preferred: SentenceEvent | null = null,
  untyped: readonly SentenceEvent[] = [],
): MainChoice | null {
  const lead = preferred ?? pickLeadEvent(events);
  if (!lead) return null;
  // the next sentences' days are read from every event, typed or not: "The stone was found on Tuesday"
  const dated = untyped.length > 0 ? [...events, ...untyped] : events;
  return {
    event: lead,
    time: mainTime(lead, dated, published, doc.folded),
    place: mainPlace(lead, events, doc, actors, published?.precision === "day" ? published.value : null),
  };
}

import type { ActorAnalysis } from "../actors/find-actors.js";
import type { CleanDoc } from "../pipeline/context.js";
import type { DateValue, Span } from "../schema/common.js";
import { CAMEO_ROOT, type Event } from "../schema/event.js";
import type { Quote } from "../schema/quote.js";
import { idLists, sharedIds, sharing, strings } from "../text/share.js";
import { chooseMainEvent } from "./main-event.js";
import { indexMentions, type MentionRef } from "./mention-index.js";
import { eventsOfSentence, leadFallback, type SentenceEvent } from "./sentence-events.js";
import { storyDate } from "./story-date.js";
import { daysBetween, parseYmd } from "./time/calendar.js";
import { withEvidence } from "./time/resolve.js";
import { CLOCK } from "./time/words.js";

export interface EventAnalysis {
  readonly events: readonly Event[];
  readonly mainEventId: string | null;
}

/**
 * Whether the sentence of `e` holds a time that may be its act's: not one that modifies a noun of the act's
 * object ("rejected the results of the December 1 election").
 */
function hasOwnTime(e: SentenceEvent): boolean {
  return e.times.some((t) => !(t.attributive && t.mention.start >= e.predicate.end));
}

/** The distinct values of `key` over `list`, in the order first met: a set would do, for lists this short. */
function distinct<T>(list: readonly T[], key: (x: T) => string): string[] {
  const out: string[] = [];
  for (const x of list) {
    const k = key(x);
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

const uniqueIds = (refs: readonly MentionRef[]) => distinct(refs, (m) => m.actor.id);

/** "e0", "e1", ...: the local event ids, one string each for every article. */
const EVENT_IDS: string[] = [];
function eventId(n: number): string {
  for (let i = EVENT_IDS.length; i <= n; i++) EVENT_IDS.push(`e${i}`);
  return EVENT_IDS[n] as string;
}

/** Whether two times state the same value, end, precision, basis, text and span. */
function sameTime(a: DateValue, b: DateValue): boolean {
  return (
    a.value === b.value &&
    (a.end ?? "") === (b.end ?? "") &&
    a.precision === b.precision &&
    a.basis === b.basis &&
    (a.text ?? "") === (b.text ?? "") &&
    (a.span?.start ?? "") === (b.span?.start ?? "") &&
    (a.span?.end ?? "") === (b.span?.end ?? "")
  );
}

/**
 * One copy of each time of an article (see sameTime): the first met. Found by its value and compared field by
 * field, rather than by a key joined from all its fields for every event.
 */
function sharedTimes(): (t: DateValue) => DateValue {
  const byValue = new Map<string, DateValue[]>();
  return (t) => {
    const met = byValue.get(t.value);
    if (!met) {
      byValue.set(t.value, [t]);
      return t;
    }
    for (const x of met) if (sameTime(x, t)) return x;
    met.push(t);
    return t;
  };
}
const namesOf = (refs: readonly MentionRef[]) => distinct(refs, (m) => m.actor.name);

/** The distinct names of `refs` joined by commas; most events have one source or target, or none. */
function joinedNames(refs: readonly MentionRef[]): string {
  if (refs.length === 0) return "";
  if (refs.length === 1) return (refs[0] as MentionRef).actor.name;
  return namesOf(refs).join(", ");
}

/**
 * "NATO, Russia: vowed to deepen cooperation". The part before the phrase comes from `lead`, so that the
 * summaries of one article share it (a summary is held as its parts).
 */
function summaryOf(e: SentenceEvent, phrase: string, lead: (who: string) => string): string {
  const who = joinedNames(e.sources);
  const whom = joinedNames(e.targets);
  const head = lead(who || "someone") + phrase;
  return whom && !phrase.includes(whom) ? `${head} (${whom})` : head;
}

/**
 * The time with its text as the raw input writes it. Strings cut from the folded text would keep the whole
 * folded copy of the article alive for as long as the event lives.
 */
function asWritten(raw: string, time: DateValue | null, text: (s: string) => string): DateValue | null {
  return time?.span ? withEvidence(time, text(raw.slice(time.span.start, time.span.end)), time.span) : time;
}

/** The span of a sentence: its paragraph's own span object where the sentence is the whole paragraph. */
function spanOf(doc: CleanDoc, s: Span, sentenceIndex: number): Span {
  const p = doc.paragraphs[doc.sentences[sentenceIndex]?.paragraph ?? -1];
  return p && p.start === s.start && p.end === s.end && justOffsets(p) ? p : { start: s.start, end: s.end };
}

/** Whether a span holds its offsets and nothing else, so that handing it on gives what a copy would. */
function justOffsets(span: Span): boolean {
  const keys = Object.keys(span);
  return keys.length === 2 && keys[0] === "start" && keys[1] === "end";
}

/** A table of one value for each sentence of an article, made for the first of its events that asks. */
function perSentence<T>(make: (e: SentenceEvent) => T): (e: SentenceEvent) => T {
  const made: (T | undefined)[] = [];
  return (e) => {
    let value = made[e.sentenceIndex];
    if (value === undefined) {
      value = make(e);
      made[e.sentenceIndex] = value;
    }
    return value;
  };
}

/**
 * Adds `more` to `events` so that both stay in the order of their sentences; an event that the lead's fallback
 * already made of a sentence (it goes first) keeps that sentence.
 */
function mergeInSentenceOrder(events: SentenceEvent[], more: readonly SentenceEvent[]): void {
  // the dates each sentence's events already have: a happening of another date stands beside them ("spent
  // Wednesday morning clearing trees after storms brought hail late Tuesday night")
  const taken = new Map<number, (string | null)[]>();
  for (const e of events) {
    const dates = taken.get(e.sentenceIndex);
    if (dates) dates.push(e.time?.value ?? null);
    else taken.set(e.sentenceIndex, [e.time?.value ?? null]);
  }
  const merged = [...events];
  for (const e of more) {
    const dates = taken.get(e.sentenceIndex);
    if (dates && !e.beside && (!e.time || dates.includes(e.time.value))) continue;
    let at = merged.length;
    while (at > 0 && (merged[at - 1] as SentenceEvent).sentenceIndex > e.sentenceIndex) at--;
    merged.splice(at, 0, e);
  }
  events.splice(0, events.length, ...merged);
}

/**
 * The quotes with a speaker up to paragraph `last`. A function of its own: a closure over the event in findEvents'
 * loop made V8 allocate a context for every event.
 */
function attributedUpTo(quotes: readonly Quote[], last: number): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) if (q.speakerId && q.paragraph <= last) out.push(q);
  return out;
}

/** The article date that relative expressions resolve against: only a day-precise one will do. */
export function referenceDateOf(doc: Pick<CleanDoc, "published" | "filed">): string | null {
  return doc.filed ?? (doc.published?.precision === "day" ? doc.published.value : null);
}

/** The day the story tells of as its own: the day it was filed, else its publication date. */
function storyDayOf(doc: Pick<CleanDoc, "published" | "filed">): DateValue | null {
  return doc.filed ? { value: doc.filed, precision: "day", basis: "stated" } : doc.published;
}

/** An auxiliary of the future right before a predicate: "will decide", "would not vote", "is set to approve". */
const WILL_BEFORE =
  /\b(?:will|shall|would|'ll|is set to|are set to|is expected to|are expected to)\s+(?:not\s+|also\s+|soon\s+)?$/i;

/** How many days before the article a happening that a lead of statements tells may be. */
const TOLD_HAPPENING_DAYS = 7;

/** Whether the event is a happening dated by an hour alone ("The blockade began at 5 am"). */
const byClock = (e: SentenceEvent) => e.timeExpression?.mention.clock === true;

/** How many days before the article's date the story's day may be for a clock time alone to fall on it. */
const STORY_HOUR_DAYS = 3;

/**
 * The day of the article's event for an act whose sentence tells only the hour ("the blast happened about 2:15
 * p.m."), in place of the article's date (`story`, null for an act ahead or in the background): an hour with no
 * day is one of the day the story tells.
 */
function hourOfStory(
  folded: string,
  e: SentenceEvent,
  main: DateValue | null,
  story: DateValue | null,
): DateValue | null {
  if (!story || main?.precision !== "day" || main.value === story.value) return story;
  const day = parseYmd(main.value);
  const ref = parseYmd(story.value);
  const days = day && ref ? daysBetween(day, ref) : -1;
  if (days < 0 || days > STORY_HOUR_DAYS) return story;
  return CLOCK.test(folded.slice(e.sentence.start, e.sentence.end)) ? { ...story, value: main.value } : story;
}

/**
 * The happening a lead of statements tells, dated before the statement is: "... ran aground near Fresh Creek on
 * Sunday night, the Port Department said yesterday" reports the grounding, not the saying. An untyped happening
 * of the lead's sentence, told in the past (not after the article's date) and dated before every statement of
 * the lead, on a day of the week before the article; null when the lead reports an act of the lexicon or no statement of it has a day.
 */
function toldHappening(
  leadActs: readonly SentenceEvent[],
  untyped: readonly SentenceEvent[],
  refIso: string | null,
): SentenceEvent | null {
  if (refIso === null || leadActs.length === 0 || !leadActs.every((e) => e.predicate.statement)) return null;
  const said = leadActs.map((e) => (e.time?.precision === "day" ? e.time.value : null));
  if (said.some((d) => d === null)) return null;
  for (const e of untyped) {
    if (e.sentenceIndex !== 0) break;
    // a day of the days before: "fell by 38 per cent last year, the director said" tells a figure, not the news
    if (e.time?.precision !== "day") continue;
    const when = e.time.value;
    const first = parseYmd(when);
    const ref = parseYmd(refIso);
    if (!first || !ref || daysBetween(first, ref) > TOLD_HAPPENING_DAYS) continue;
    if (when <= refIso && said.every((d) => when < (d as string))) return e;
  }
  return null;
}

/** Sentences of quotation that may open an article before the sentence that tells its news. */
const MAX_QUOTED_LEAD = 4;

/**
 * `doc` without the sentences of a quotation that opens it: '"It sounded like the whole sky came down." // That's
 * how X described the moment a train slammed into a truck ...' tells its news in the first sentence after the
 * quotation, which is the lead the main event is read from. A quotation's sentences hold no event of their own.
 */
function afterQuotedLead(doc: CleanDoc, quoteSpans: readonly Span[]): CleanDoc {
  let k = 0;
  while (k < doc.sentences.length && k < MAX_QUOTED_LEAD && withinAny(quoteSpans, doc.sentences[k] as Span)) k++;
  return k === 0 || k === doc.sentences.length || k === MAX_QUOTED_LEAD
    ? doc
    : { ...doc, sentences: doc.sentences.slice(k) };
}

/** Whether `s` lies within one of `spans`. */
function withinAny(spans: readonly Span[], s: Span): boolean {
  return spans.some((q) => q.start <= s.start && s.end <= q.end);
}

/**
 * Finds dated, typed events in the sentences of an article, and the main event it reports.
 *
 * @example
 * const { events, mainEventId } = findEvents(doc, actors, quotes);
 * events.find((e) => e.id === mainEventId)?.date; // "2011-12-08"
 */
export function findEvents(whole: CleanDoc, actors: ActorAnalysis, quotes: readonly Quote[]): EventAnalysis {
  const index = indexMentions(actors, whole.id);
  const quoteSpans: Span[] = quotes.map((q) => ({ start: Math.max(0, q.span.start - 1), end: q.span.end + 1 }));
  const doc = afterQuotedLead(whole, quoteSpans);
  const refIso = referenceDateOf(doc);
  const found: SentenceEvent[] = [];
  // dated happenings the lexicon does not type: listed with the others, never the article's own event
  const untyped: SentenceEvent[] = [];
  doc.sentences.forEach((s, i) => {
    for (const e of eventsOfSentence(doc.folded, s, i, index, quoteSpans, refIso)) {
      (e.type === null ? untyped : found).push(e);
    }
  });
  // "according to US media reports" only says where the lead comes from: the lead still needs its event
  const reports = (e: SentenceEvent) => !e.predicate.text.startsWith("according");
  // "Durham voters will decide in November whether ..., after the council voted on Monday night": an act the
  // lead puts ahead is not what the article reports; nor is the second sentence's act when the lead reports
  // one the lexicon does not know ("The Government last night survived a vote")
  const ahead = (e: SentenceEvent) =>
    WILL_BEFORE.test(doc.folded.slice(Math.max(e.sentence.start, e.predicate.start - 40), e.predicate.start));
  const leadActs = found.filter((e) => e.sentenceIndex === 0 && reports(e));
  // (an hour alone dates a happening by the story's day, which the main event sets: it dates no main event)
  const dayed = untyped.some(byClock) ? untyped.filter((e) => !byClock(e)) : untyped;
  let preferred: SentenceEvent | null = null;
  if (leadActs.length === 0 && !found.some((e) => e.sentenceIndex === 1 && !e.predicate.statement)) {
    const lead = leadFallback(doc, index, quoteSpans, refIso, false);
    if (lead) found.unshift(lead);
  } else if (leadActs.every(ahead)) {
    // a past act of the lead that the lexicon does not know: "survived a vote", "voted 5-2 on Monday night"
    preferred = leadFallback(doc, index, quoteSpans, refIso, true);
    if (preferred) found.unshift(preferred);
  } else {
    preferred = toldHappening(leadActs, dayed, refIso);
  }
  const main = chooseMainEvent(found, storyDayOf(doc), doc, actors.actors, preferred, dayed);
  if (untyped.length > 0) mergeInSentenceOrder(found, untyped);
  const events: Event[] = [];
  let mainEventId: string | null = null;
  // the events of an article repeat their lists, sentences, times and words: each is held once, the lists
  // frozen so that no holder can change them for the others
  const articleIds = sharedIds([doc.id]);
  const ids = idLists();
  const text = strings();
  const timeOf = sharedTimes();
  // the evidence of a sentence, which its events share, and the quotes inside it
  const evidenceOf = perSentence(
    (e) =>
      Object.freeze([
        {
          articleId: doc.id,
          span: spanOf(doc, e.sentence, e.sentenceIndex),
          text: doc.raw.slice(e.sentence.start, e.sentence.end),
        },
      ]) as unknown as Event["evidence"],
  );
  const quotesIn = perSentence((e) =>
    quotes.filter((q) => q.span.start >= e.sentence.start && q.span.end <= e.sentence.end),
  );
  const leadOf = sharing<string>();
  const lead = (who: string) => leadOf(who, () => `${who}: `);
  for (const e of found) {
    const isMain = e === main?.event;
    const time = isMain
      ? main.time
      : byClock(e)
        ? hourOfStory(doc.folded, e, main?.time ?? null, e.time)
        : (e.time ??
          hourOfStory(
            doc.folded,
            e,
            main?.time ?? null,
            storyDate(doc.folded, e.sentence, e.predicate.start, hasOwnTime(e), refIso, "inferred"),
          ));
    const place = isMain ? main.place : e.place ? { id: e.place.actor.id, name: e.place.actor.name } : null;
    // "someone: remained deeply at odds": a predicate with no one, no place and no time (not even one that
    // a date found later for the article could resolve) says nothing a reader can query; only the article's
    // own event is kept whatever it lacks
    if (!isMain && e.sources.length === 0 && e.targets.length === 0 && !place && !time && !e.timeExpression) continue;
    const id = eventId(events.length);
    // the phrase as written: the folded text and the raw text have the same offsets
    const phrase = text(doc.raw.slice(e.predicate.start, e.predicate.start + e.phrase.length));
    const written = asWritten(doc.raw, time, text);
    if (isMain) mainEventId = id;
    const inSentence = quotesIn(e);
    const leadQuotes = isMain ? attributedUpTo(quotes, (doc.sentences[e.sentenceIndex]?.paragraph ?? 0) + 2) : [];
    events.push({
      id,
      type: e.type,
      cameo: e.type === null ? null : e.predicate.statement ? e.cameo : (e.cameo ?? CAMEO_ROOT[e.type]),
      predicate: phrase,
      summary: summaryOf(e, phrase, lead),
      sourceIds: ids(uniqueIds(e.sources)),
      targetIds: ids(uniqueIds(e.targets)),
      date: time?.value ?? null,
      time: written && timeOf(written),
      place: place?.id ?? null,
      placeName: place?.name ?? null,
      evidence: evidenceOf(e),
      articleIds,
      quoteIds: ids(
        isMain ? [...new Set([...inSentence, ...leadQuotes].map((q) => q.id))] : inSentence.map((q) => q.id),
      ),
    });
  }
  return { events, mainEventId };
}

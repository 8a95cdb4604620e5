// Events of one sentence: each predicate of the lexicon outside quotation marks becomes an event with the
// actors before it as sources, the actors after it as targets, the nearest time expression and the place a
// locative names. Reported speech ("said", "told") counts only when the sentence reports nothing else.

import { cues } from "../quotes/cues.js";
import type { DateValue, Span } from "../schema/common.js";
import type { PloverType } from "../schema/event.js";
import { trimmedEnd } from "../text/spaces.js";
import { ADJECTIVE_BEFORE_ED, NOT_PAST_ED } from "./lexicon/past-forms.js";
import { findPredicates, type PredicateMatch } from "./lexicon/predicates.js";
import { type MentionIndex, type MentionRef, mentionsWithin } from "./mention-index.js";
import { occurrenceOf, verbsOf, type Word } from "./occurrence.js";
import { type PlaceChoice, pickPlace, placeCandidates } from "./places.js";
import { findTimes, modifiedNoun, type TimeExpression } from "./time/find-times.js";
import { resolveMention } from "./time/resolve.js";
import { CLOCK } from "./time/words.js";

export interface SentenceEvent {
  readonly sentence: Span;
  readonly sentenceIndex: number;
  readonly predicate: PredicateMatch;
  readonly phrase: string;
  readonly type: PloverType | null;
  readonly cameo: string | null;
  readonly sources: readonly MentionRef[];
  readonly targets: readonly MentionRef[];
  readonly time: DateValue | null;
  readonly timeExpression: TimeExpression | null;
  readonly place: PlaceChoice | null;
  readonly times: readonly TimeExpression[];
  /** An untyped happening dated after the article, kept beside the typed acts of its sentence. */
  readonly beside: boolean;
}

const MAX_PER_SENTENCE = 4;
const REACH = 90;
const TOPIC = /\b(?:over|about|regarding|concerning|on the issue of)\b/i;
const CLAUSE_BREAK = /[;]|\b(?:while|after|when|because|although|but|since|whereas)\b/i;
/** A comma and a conjunction that open the next clause: ", and opposition leader ..." */
const NEXT_CLAUSE = /,\s*(?:and|as|who|which|with)\b/i;
/** Where NEXT_CLAUSE first matches in `text`, or -1; a stretch with no comma is not searched. */
const nextClauseAt = (text: string) => (text.includes(",") ? text.search(NEXT_CLAUSE) : -1);
/** A place preposition before a place, perhaps before another place it is coordinated with: "in Barpeta and Nagaon". */
const LOCATIVE_BEFORE =
  /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside)\s+(?:[Tt]he\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+(?:and|or)\s+)?$/;

// The helpers below are loops rather than closures over a sentence's values: the closures made V8 allocate a
// context for each sentence and each predicate.
function inside(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return true;
  return false;
}

const isAct = (p: PredicateMatch) => !p.statement;
const predicateOf = (o: Occurrence) => o.predicate;

/** The predicates that stand outside the quote spans: `found` itself when all do. */
function predicatesOutside(found: PredicateMatch[], quoteSpans: readonly Span[]): PredicateMatch[] {
  if (quoteSpans.length === 0) return found;
  const out: PredicateMatch[] = [];
  for (const p of found) if (!inside(quoteSpans, p.start)) out.push(p);
  return out;
}

/** The time expressions that stand outside the quote spans: `times` itself when all do. */
function timesOutside(times: TimeExpression[], quoteSpans: readonly Span[]): TimeExpression[] {
  if (quoteSpans.length === 0) return times;
  const out: TimeExpression[] = [];
  for (const t of times) if (!inside(quoteSpans, t.mention.start)) out.push(t);
  return out;
}

/** The predicate phrase as written: the matched words and up to three following words of the clause. */
const isUpperCode = (c: number) => c >= 65 && c <= 90;
const isAlnumCode = (c: number) => (c >= 48 && c <= 57) || isUpperCode(c) || (c >= 97 && c <= 122);

/** A stop inside a word or an abbreviation, not one that ends a clause: "U.S.", "3.3", "J. Smith". */
function isInnerStop(text: string, at: number): boolean {
  if (isAlnumCode(text.charCodeAt(at + 1))) return true;
  const before = text.charCodeAt(at - 2);
  return isUpperCode(text.charCodeAt(at - 1)) && (Number.isNaN(before) || before === 46 || before === 32);
}

function phraseOf(folded: string, p: PredicateMatch, end: number): string {
  // the predicate and up to three following words, stopping at punctuation that ends the clause
  const stop = Math.min(end, p.end + 40);
  let at = p.end;
  let words = 0;
  let inWord = false;
  for (; at < stop; at++) {
    const c = folded.charCodeAt(at);
    if (c === 44 || c === 59 || c === 58 || c === 34 || c === 40 || c === 41) break; // , ; : " ( )
    if (c === 46 && !isInnerStop(folded, at)) break;
    const space = c === 32 || c === 10;
    if (!space && !inWord && ++words > 3) break;
    inWord = !space;
  }
  // the predicate's text is the folded text from its start, so the phrase is one cut of it
  return folded.slice(p.start, trimmedEnd(folded, p.start, at));
}

/**
 * The mentions of a sentence that may be a predicate's participants, whichever predicate: those outside quotation
 * marks, and no place after a place preposition ("in Nairobi" is where, not who).
 */
function participantMentions(folded: string, mentions: readonly MentionRef[], quoteSpans: readonly Span[]) {
  const out: MentionRef[] = [];
  for (const m of mentions) {
    if (inside(quoteSpans, m.start)) continue;
    if (m.actor.kind === "place" && LOCATIVE_BEFORE.test(folded.slice(Math.max(0, m.start - 40), m.start))) continue;
    out.push(m);
  }
  return out;
}

/** The sources and targets of predicate `p` among `mentions` (see participantMentions). */
function participants(folded: string, mentions: readonly MentionRef[], p: PredicateMatch) {
  const sources: MentionRef[] = [];
  const targets: MentionRef[] = [];
  for (const m of mentions) {
    if (m.end <= p.start && p.start - m.end <= REACH) sources.push(m);
    else if (m.start >= p.end && m.start - p.end <= REACH) {
      const between = folded.slice(p.end, m.start);
      if (targets.length > 0 && TOPIC.test(between)) continue;
      // "clashed with police in Nairobi, and opposition leader Raila Odinga called": the object ends with its clause
      if (CLAUSE_BREAK.test(between) || nextClauseAt(between) >= 0) continue;
      targets.push(m);
    }
  }
  // the subject belongs to the predicate's own clause: a clause break between them rules it out, and so does
  // ", and" with no one named after it ("shelled Avdiivka, and three days ago rebels attacked"; in "Israel,
  // Egypt, and the US agreed" the US is named after it)
  const near: MentionRef[] = [];
  for (const m of sources) {
    const between = folded.slice(m.end, p.start);
    if (CLAUSE_BREAK.test(between)) continue;
    const next = nextClauseAt(between);
    if (next < 0 || startsAfter(sources, m.end + next)) near.push(m);
  }
  return { sources: near, targets: targets.slice(0, 4) };
}

/** Whether one of `mentions` starts after offset `at`. */
function startsAfter(mentions: readonly MentionRef[], at: number): boolean {
  for (const o of mentions) if (o.start > at) return true;
  return false;
}

function distance(t: TimeExpression, p: PredicateMatch): number {
  return t.mention.start >= p.end ? t.mention.start - p.end : p.start - t.mention.end + 2;
}

/** The predicate of `all` nearest to `t` (see distance), `p` unless another is strictly nearer. */
function ownerOf(t: TimeExpression, all: readonly PredicateMatch[], p: PredicateMatch): PredicateMatch {
  let owner = p;
  for (const q of all) if (distance(t, q) < distance(t, owner)) owner = q;
  return owner;
}

/** How much further than it stands a time in another clause than its act's is: any time of the act's clause wins. */
const CLAUSE_PENALTY = 1000;

/** Whether a comma and a word that opens a clause ("and", "but", "while") stand between `t` and `p`. */
function crossesClause(folded: string, t: TimeExpression, p: PredicateMatch): boolean {
  const between = folded.slice(Math.min(p.end, t.mention.end), Math.max(p.start, t.mention.start));
  // ("developed a fever on November 21 and was admitted to hospital on November 27": a verb after "and" opens
  // an act of its own, which the time before it does not date)
  return /,\s*(?:and|but|while|whereas)\b/i.test(between) || (t.mention.end <= p.start && AND_VERB.test(between));
}

/**
 * Whether `t` ends a state the sentence's main clause tells, before a clause that opens with "after", "when" or
 * "because" and holds `p`: "cancelled every crossing until at least Friday after one of its ferries struck the
 * ramp last night".
 */
function boundsMainClause(folded: string, t: TimeExpression, p: PredicateMatch): boolean {
  if (t.mention.end > p.start) return false;
  if (!/\b(?:until|till)(?:\s+at\s+least)?\s+$/i.test(folded.slice(Math.max(0, t.mention.start - 16), t.mention.start)))
    return false;
  return /\b(?:after|when|because|as|since)\b/i.test(folded.slice(t.mention.end, p.start));
}

/** "and", perhaps an auxiliary, right before a verb: "and was", "and then", "but has". */
const AND_VERB = /\s(?:and|but)\s+(?:(?:was|were|is|are|has|have|had|will|would|then|later)\s+)?$/i;

/**
 * Whether predicate `p` is told in the past: after "has", "have" or "had", or a regular past form ("urged")
 * that is no passive participle ("the summit hosted by the US in May").
 */
function isToldAsPast(folded: string, p: PredicateMatch): boolean {
  if (/\b(?:has|have|had)\s+$/i.test(folded.slice(Math.max(0, p.start - 6), p.start))) return true;
  const space = p.text.indexOf(" ");
  const verb = space < 0 ? p.text : p.text.slice(0, space);
  return /ed$/i.test(verb) && !/^\s+by\b/i.test(folded.slice(p.start + verb.length, p.start + verb.length + 4));
}

/**
 * The time of predicate `p`: an expression whose nearest predicate is `p`, else the nearest expression of
 * the same clause that is no deadline ("by 2018" belongs to the act it bounds).
 */
function nearestTime(
  times: readonly TimeExpression[],
  p: PredicateMatch,
  all: readonly PredicateMatch[],
  folded: string,
  refIso: string | null,
): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const t of times) {
    // "have urged the government to install sirens before the monsoon sets in next month": a day after the
    // article's is not the day of an act told in the past
    if (refIso !== null && t.value !== null && t.value.value > refIso && isToldAsPast(folded, p)) continue;
    // "rejected the results of the December 1 election", "praised Sunday's vote": a date that modifies a noun in
    // the act's object dates that noun's happening, not the act
    if (t.attributive && t.mention.start >= p.end) continue;
    const d = distance(t, p);
    const owner = ownerOf(t, all, p);
    if (owner !== p) {
      const between = folded.slice(Math.min(p.end, t.mention.end), Math.max(p.start, t.mention.start));
      if (
        t.mention.period ||
        /^by\b/i.test(folded.slice(t.mention.start - 3, t.mention.start + 2).trim()) ||
        between.includes(",") ||
        CLAUSE_BREAK.test(between)
      )
        continue;
    }
    // "will shut on March 29, and the council will decide ... by June 30": a time of the act's own clause first
    const far =
      d + (owner === p && (crossesClause(folded, t, p) || boundsMainClause(folded, t, p)) ? CLAUSE_PENALTY : 0);
    if (far < bestDistance) {
      best = t;
      bestDistance = far;
    }
  }
  return best;
}

/**
 * The events of the sentence `sentence` (index `sentenceIndex`) of an article whose folded text is `folded`,
 * with times resolved against `refIso`. Quote spans are the words between quote marks.
 */
export function eventsOfSentence(
  folded: string,
  sentence: Span,
  sentenceIndex: number,
  index: MentionIndex,
  quoteSpans: readonly Span[],
  refIso: string | null,
): SentenceEvent[] {
  const text = folded.slice(sentence.start, sentence.end);
  const all = predicatesOutside(findPredicates(text, sentence.start), quoteSpans);
  const acts = all.filter(isAct);
  const found = findTimes(text, sentence.start, refIso);
  const times = timesOutside(found, quoteSpans);
  // "We warned management in October," she said: what a quotation dates is told, beside the sentence's acts
  const quoted =
    refIso !== null && found.length > times.length ? quotedOccurrences(text, sentence.start, found, quoteSpans) : [];
  const occurrences =
    all.length === 0
      ? datedOccurrences(
          text,
          sentence.start,
          times.length > 0 ? times : clockTime(text, sentence.start, refIso),
          refIso,
        )
      : [];
  const predicates = acts.length > 0 ? acts : all.length > 0 ? all.slice(0, 1) : occurrences.map(predicateOf);
  if (predicates.length === 0 && quoted.length === 0) return [];
  const mentions = mentionsWithin(index, sentence.start, sentence.end);
  const places = placeCandidates(folded, mentions);
  const candidates = participantMentions(folded, mentions, quoteSpans);
  const events: SentenceEvent[] = [];
  const chosen = predicates.length > MAX_PER_SENTENCE ? predicates.slice(0, MAX_PER_SENTENCE) : predicates;
  // "have urged the government to act before the monsoon sets in next month": a later day than the article's
  // that no act told in the past may take dates the happening it names, as an event of its own
  const later = refIso === null ? [] : laterOccurrences(text, sentence.start, times, chosen, folded, refIso);
  // "spent Wednesday morning clearing trees after storms hit the county late Tuesday night": a time that none of
  // the sentence's acts takes dates the happening it names, as an event of its own
  const own =
    occurrences.length === 0 && times.length > 0
      ? chosen.map((p) => nearestTime(times, p, predicates, folded, refIso))
      : [];
  const unclaimed =
    own.length > 0 && refIso !== null ? unclaimedOccurrences(text, sentence.start, times, own, chosen, later) : [];
  const nouns = own.length > 0 ? nounOccurrences(text, sentence.start, times, own, chosen, refIso) : [];
  const missed = nouns.length > 0 ? [...unclaimed, ...nouns] : unclaimed;
  const besides = quoted.length > 0 ? [...missed, ...quoted] : missed;
  const extra = besides.length > 0 ? [...later, ...besides] : later;
  for (const [k, p] of (extra.length > 0 ? [...chosen, ...extra.map(predicateOf)] : chosen).entries()) {
    const { sources, targets } = participants(folded, candidates, p);
    // an untyped predicate is dated by the expression it was found by
    const laterTime = later.length > 0 ? occurrenceTime(later, p) : undefined;
    const timeExpression =
      occurrenceTime(occurrences, p) ??
      laterTime ??
      (k < own.length ? own[k] : undefined) ??
      (besides.length > 0 ? occurrenceTime(besides, p) : undefined) ??
      nearestTime(times, p, predicates, folded, refIso);
    // an untyped happening dated later than the article ("a rule that would take effect next spring") stays
    // beside the sentence's acts
    const ahead =
      laterTime !== undefined ||
      (besides.length > 0 && occurrenceTime(besides, p) !== undefined) ||
      (p.type === null && refIso !== null && timeExpression?.value != null && timeExpression.value.value > refIso);
    events.push({
      sentence,
      sentenceIndex,
      predicate: p,
      phrase: phraseOf(folded, p, sentence.end),
      type: p.type,
      cameo: p.cameo,
      sources,
      targets,
      time: timeExpression?.value ?? null,
      timeExpression,
      place: pickPlace(sceneOf(folded, places, p), p.start),
      times,
      beside: ahead,
    });
  }
  return events;
}

/**
 * The happenings that times later than the article's date name when the acts of the sentence, told in the
 * past, cannot take them: "before the monsoon sets in next month" after "have urged".
 */
function laterOccurrences(
  text: string,
  base: number,
  times: readonly TimeExpression[],
  acts: readonly PredicateMatch[],
  folded: string,
  refIso: string,
): Occurrence[] {
  // most sentences name no day after the article's: they are done with before any act is read
  if (!times.some((t) => t.value !== null && t.value.value > refIso) || !acts.some((p) => isToldAsPast(folded, p)))
    return [];
  return occurrencesFor(
    text,
    base,
    times,
    (time) =>
      time.value !== null &&
      time.value.value > refIso &&
      !acts.some((p) => !isToldAsPast(folded, p) && nearestTime([time], p, acts, folded, refIso) === time),
    (predicate) => !acts.some((p) => p.start === predicate.start),
  );
}

/**
 * The happenings that the times of `times` that `wanted` takes name, each from the verb nearest its expression
 * (see occurrenceOf), where `fits` accepts that verb.
 */
function occurrencesFor(
  text: string,
  base: number,
  times: readonly TimeExpression[],
  wanted: (time: TimeExpression) => boolean,
  fits: (predicate: PredicateMatch, time: TimeExpression, found: readonly Occurrence[]) => boolean,
): Occurrence[] {
  const found: Occurrence[] = [];
  let verbs: Word[] | null = null;
  for (const time of times) {
    if (!wanted(time)) continue;
    verbs ??= verbsOf(text);
    const predicate = occurrenceOf(text, base, verbs, time, (p) => fits(p, time, found));
    if (predicate) found.push({ predicate, time });
  }
  return found;
}

/**
 * The happenings that the times no act of the sentence takes (`own`: each act's time) name, other than the
 * acts and the happenings of `later`: "brought hail to the county late Tuesday night" beside "spent Wednesday
 * morning clearing trees".
 */
function unclaimedOccurrences(
  text: string,
  base: number,
  times: readonly TimeExpression[],
  own: readonly (TimeExpression | null)[],
  acts: readonly PredicateMatch[],
  later: readonly Occurrence[],
): Occurrence[] {
  // "on Thursday next week": an expression right beside one an act takes is part of it
  const beside = (a: TimeExpression, b: TimeExpression) =>
    a.mention.end <= b.mention.start && b.mention.start - a.mention.end <= 2;
  const unclaimed = (time: TimeExpression) =>
    time.value !== null &&
    !own.includes(time) &&
    !later.some((o) => o.time === time) &&
    !own.some((o) => o && (beside(o, time) || beside(time, o)));
  return occurrencesFor(
    text,
    base,
    times,
    (time) => !time.attributive && unclaimed(time),
    (predicate) =>
      !acts.some((p) => predicate.start < p.end && p.start < predicate.end) &&
      !later.some((o) => o.predicate.start === predicate.start),
  );
}

/**
 * The happenings that attributive times no act takes name: the noun each modifies ("rejected the results of the
 * December 1 election": "election", dated December 1). With no article date a relative expression stays open
 * until the corpus dates the article, so it counts too.
 */
function nounOccurrences(
  text: string,
  base: number,
  times: readonly TimeExpression[],
  own: readonly (TimeExpression | null)[],
  acts: readonly PredicateMatch[],
  refIso: string | null,
): Occurrence[] {
  const found: Occurrence[] = [];
  for (const time of times) {
    if (!time.attributive || own.includes(time) || (time.value === null && refIso !== null)) continue;
    const noun = modifiedNoun(text, base, time);
    if (!noun || acts.some((p) => noun.start < p.end && p.start < noun.end)) continue;
    const words = text.slice(noun.start - base, noun.end - base);
    found.push({ predicate: { ...noun, text: words, type: null, cameo: null, statement: false }, time });
  }
  return found;
}

/**
 * The happenings that times inside quotation marks name, each from the verb nearest its expression inside the
 * same quotation: "We warned management in October".
 */
function quotedOccurrences(
  text: string,
  base: number,
  times: readonly TimeExpression[],
  quoteSpans: readonly Span[],
): Occurrence[] {
  const quoteOf = (at: number) => quoteSpans.find((q) => q.start <= at && at < q.end);
  return occurrencesFor(
    text,
    base,
    times,
    (time) => time.value !== null && quoteOf(time.mention.start) !== undefined,
    (predicate, time, found) => {
      const quote = quoteOf(time.mention.start);
      // ("We wrote to them in 1997 and again last year": the same verb twice, each time with its own time)
      const again = (o: Occurrence) =>
        /\bagain\b/i.test(text.slice(o.time.mention.end - base, time.mention.start - base));
      return (
        quote !== undefined &&
        predicate.start >= quote.start &&
        predicate.end <= quote.end &&
        !found.some((o) => o.predicate.start === predicate.start && !again(o))
      );
    },
  );
}

/** The time expression an untyped predicate `p` was found by, if it is one of `occurrences`. */
function occurrenceTime(occurrences: readonly Occurrence[], p: PredicateMatch): TimeExpression | undefined {
  for (const o of occurrences) if (o.predicate === p) return o.time;
  return undefined;
}

/** The places of `places` that may be the scene of `p`: before it, or after it in its own clause. */
function sceneOf(folded: string, places: readonly PlaceChoice[], p: PredicateMatch): PlaceChoice[] {
  const scene: PlaceChoice[] = [];
  for (const c of places) {
    if (c.start > p.end) {
      const between = folded.slice(p.end, c.start);
      if (TOPIC.test(between) || CLAUSE_BREAK.test(between) || nextClauseAt(between) >= 0) continue;
    }
    scene.push(c);
  }
  return scene;
}

/** An untyped predicate and the time expression it was found by. */
interface Occurrence {
  readonly predicate: PredicateMatch;
  readonly time: TimeExpression;
}

/**
 * The hour a sentence with no other time tells ("The blockade began at 5 am"), as an expression of the article's
 * day marked as a clock's, which `findEvents` moves to the day the story tells: none without an article date.
 */
function clockTime(text: string, base: number, refIso: string | null): TimeExpression[] {
  const m = refIso === null ? null : CLOCK.exec(text);
  if (!m || refIso === null) return [];
  const start = base + m.index;
  const mention = {
    text: m[0],
    start,
    end: start + m[0].length,
    unit: "day" as const,
    offset: 0,
    clock: true as const,
  };
  return [{ mention, tense: "none", value: resolveMention(mention, refIso, "none"), attributive: false }];
}

/**
 * A sentence with no predicate of the lexicon: the verbs its time expressions date, as untyped predicates
 * ("the cyclone crossed Tanna on Thursday"; "was launched in December 2014 and reached Ryugu in June 2018" holds
 * two), none for an expression that resolves to no date. With no article date (`refIso` null) a relative
 * expression stays open until the corpus dates the article, so it counts too.
 */
function datedOccurrences(
  text: string,
  base: number,
  times: readonly TimeExpression[],
  refIso: string | null,
): Occurrence[] {
  const found: Occurrence[] = [];
  let verbs: Word[] | null = null;
  for (const time of times) {
    if (time.value === null && refIso !== null) continue;
    verbs ??= verbsOf(text);
    const predicate = occurrenceOf(text, base, verbs, time);
    if (!predicate || found.some((o) => o.predicate.start === predicate.start)) continue;
    found.push({ predicate, time });
    if (found.length === MAX_PER_SENTENCE) break;
  }
  return found;
}

const VERBISH = /\b(?!(?:was|has|is|its|this|his|as|us|yes|news|has|does)\b)[a-z]{3,}(?:ed|s)\b/;
/** A verb in the past: "survived", "voted"; not a word that ends so as an adjective would after "a" ("a fixed rate"). */
const PAST_VERB = new RegExp(
  `(?<!\\b(?:${[...ADJECTIVE_BEFORE_ED, "and"].join("|")})\\s+)\\b(?!un|(?:${NOT_PAST_ED.join("|")})\\b)[a-z]{3,}ed\\b`,
);
/** The verb after an auxiliary, which ends in neither -ed nor -s as often as not: "was sworn in", "has won". */
const PARTICIPLE =
  /(?<=\b(?:was|were|has|have|had|is|are)\s+(?:been\s+|not\s+)?)(?!(?:a|an|the|to|in|on|at|not|also|still|now|expected|due|set|likely|being)\b)[a-z]{3,}\b/;

/**
 * An event for the lead sentence when the lexicon finds no predicate in the first two sentences: the lead
 * still reports the article's occurrence, told by the first verb-like word: a statement (CAMEO 01) when that is a
 * verb of saying, else untyped, as the lexicon knows no verb of it.
 */
export function leadFallback(
  doc: { readonly folded: string; readonly sentences: readonly Span[] },
  index: MentionIndex,
  quoteSpans: readonly Span[],
  refIso: string | null,
  pastOnly: boolean,
): SentenceEvent | null {
  const sentence = doc.sentences[0];
  if (!sentence) return null;
  const text = doc.folded.slice(sentence.start, sentence.end);
  // the verb that comes first: "voted ..., ending a debate that had stretched", "was sworn in at a packed stadium";
  // with `pastOnly`, only a verb in the past ("survived", "has won") or null
  const participle = PARTICIPLE.exec(text);
  const verbish = (pastOnly ? PAST_VERB : VERBISH).exec(text);
  // a word in -s before the auxiliary is the subject, not the verb: "A team of Perth scientists has found"
  const m =
    participle && (!verbish || participle.index < verbish.index || !verbish[0].endsWith("ed")) ? participle : verbish;
  if (pastOnly && (!m || inside(quoteSpans, sentence.start + m.index))) return null;
  const at = m ? sentence.start + m.index : sentence.start;
  // "confirmed the merger", "announced": a verb of saying is a statement (CAMEO 01); any other is untyped
  const said = m !== null && cues().verbs.has(m[0].toLowerCase());
  const predicate: PredicateMatch = {
    start: at,
    end: at + (m?.[0].length ?? 0),
    text: m?.[0] ?? "",
    type: said ? "CONSULT" : null,
    cameo: said ? "01" : null,
    statement: true,
  };
  const events = eventsOfSentence(doc.folded, sentence, 0, index, quoteSpans, refIso);
  const times = events[0]?.times ?? findTimes(text, sentence.start, refIso);
  const mentions = mentionsWithin(index, sentence.start, sentence.end);
  const { sources, targets } = participants(
    doc.folded,
    participantMentions(doc.folded, mentions, quoteSpans),
    predicate,
  );
  const timeExpression = nearestTime(times, predicate, [predicate], doc.folded, refIso);
  return {
    sentence,
    sentenceIndex: 0,
    predicate,
    phrase: phraseOf(doc.folded, predicate, sentence.end),
    type: predicate.type,
    cameo: predicate.cameo,
    sources,
    targets,
    time: timeExpression?.value ?? null,
    timeExpression,
    place: pickPlace(placeCandidates(doc.folded, mentions), at),
    times,
    beside: false,
  };
}

/**
 * The times of a sentence's predicates, chosen as `eventsOfSentence` chooses them: for re-resolving events once
 * their article's date is known. The sentence is read once for all its predicates. Offsets are into the article.
 */
export function sentenceTimes(
  folded: string,
  sentence: Span,
  quoteSpans: readonly Span[],
  refIso: string | null,
): {
  readonly predicates: readonly PredicateMatch[];
  readonly timeAt: (predicateStart: number) => DateValue | null;
  /** Whether the sentence holds a time expression, inside a quotation or not. */
  readonly hasTimes: () => boolean;
} {
  const text = folded.slice(sentence.start, sentence.end);
  const found = findPredicates(text, sentence.start);
  const all = found.filter((p) => !inside(quoteSpans, p.start));
  const acts = all.filter((p) => !p.statement);
  // the sentence's time expressions, read once for the predicates' times and for whether there are any
  let every: TimeExpression[] | null = null;
  const everyTime = () => {
    every ??= findTimes(text, sentence.start, refIso);
    return every;
  };
  let times: TimeExpression[] | null = null;
  let predicates: readonly PredicateMatch[] = acts.length > 0 ? acts : all.slice(0, 1);
  let occurrences: readonly Occurrence[] = [];
  if (predicates.length === 0) {
    times = everyTime().filter((t) => !inside(quoteSpans, t.mention.start));
    occurrences = datedOccurrences(text, sentence.start, times, refIso);
    predicates = occurrences.map((o) => o.predicate);
    found.push(...predicates);
  } else if (everyTime().some((t) => t.attributive)) {
    // the nouns that attributive times no act takes date, as eventsOfSentence finds them
    const outside = everyTime().filter((t) => !inside(quoteSpans, t.mention.start));
    times = outside;
    const own = predicates.map((p) => nearestTime(outside, p, predicates, folded, refIso));
    occurrences = nounOccurrences(text, sentence.start, outside, own, predicates, refIso);
    for (const o of occurrences) found.push(o.predicate);
  }
  const timeAt = (predicateStart: number): DateValue | null => {
    const occurrence = occurrences.find((o) => o.predicate.start === predicateStart);
    if (occurrence) return occurrence.time.value;
    const p = predicates.find((x) => x.start === predicateStart) ?? all.find((x) => x.start === predicateStart);
    if (!p) return null;
    times ??= everyTime().filter((t) => !inside(quoteSpans, t.mention.start));
    return nearestTime(times, p, predicates.includes(p) ? predicates : [p], folded, refIso)?.value ?? null;
  };
  return { predicates: found, timeAt, hasTimes: () => everyTime().length > 0 };
}

// A dated happening that the event lexicon does not type: "the cyclone crossed Tanna on Thursday", "the probe
// returned to Earth in 2010", "Singapore passed a law last year". A sentence with a time expression and no
// predicate of the lexicon still tells a reader what happened when; its verb is the word an event is made of.
import { ADJECTIVE_BEFORE_ED, IRREGULAR_PAST, NOT_PAST_ED } from "./lexicon/past-forms.js";
import type { PredicateMatch } from "./lexicon/predicates.js";
import type { TimeExpression } from "./time/find-times.js";

const NOT_PAST = new Set(NOT_PAST_ED);
/** Words after which "left" or "found" is no verb: "the left wing", "his left leg", "far left", "lost and found". */
const NOT_BEFORE_LEFT = new Set(
  "the a an his her their its my your our far centre center and or to on of is are be".split(" "),
);
const ADJECTIVE_BEFORE = new Set(ADJECTIVE_BEFORE_ED);

/** Words before a verb's bare form or participle: "will arrive", "expected to land", "had hit". */
const BARE_FORM_AFTER = new Set("will would shall should could can may might must to has have had".split(" "));

/** Words after "to" or "will" that are no verb: "to the airport", "will not". */
const NOT_VERB_AFTER_TO = new Set(
  (
    "the a an this that these those his her its their our my your all some any be not also more most less than " +
    "date day week month year time about around nearly almost over under up down there here what which who whom " +
    "whose where when one two three four five six seven eight nine ten"
  ).split(" "),
);

/** A word of the sentence: where it is and its letters in lower case. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly capital: boolean;
}

/** A word of a sentence: ASCII letters, perhaps with an apostrophe and lower-case letters ("it's"). */
const WORD = /[A-Za-z]+(?:'[a-z]+)?/g;

/**
 * Whether a word in lower case (`lower`), written without a capital and of three letters or more, is a verb in
 * the past, a participle or a bare form after an auxiliary, after the word `before` (in lower case).
 */
function isVerb(lower: string, before: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return !ADJECTIVE_BEFORE.has(before);
  // "is due back on the route by the end of the month": what is due to happen
  if (lower === "due") return before === "is" || before === "are" || before === "was" || before === "were";
  // "The vessel left Potter's Cay", "police found the body": a verb, but "the left wing", "his left leg" are not
  if (lower === "left" || lower === "found") return before !== "" && !NOT_BEFORE_LEFT.has(before);
  if (lower.endsWith("ed") && lower.length > 4 && !lower.startsWith("un")) {
    return !NOT_PAST.has(lower) && !ADJECTIVE_BEFORE.has(before);
  }
  // the bare form after "will", "to" (after "expected", "due", "set", "plans"...) or a modal: "will arrive"
  return (
    BARE_FORM_AFTER.has(before) && !NOT_VERB_AFTER_TO.has(lower) && !/(?:ing|ly|tion|ment|ness|ity|s)$/.test(lower)
  );
}

/** "The town set up a shelter", "was set up in 2002": "set" before "up", not "a set up" nor "the set up". */
function setUp(text: string, at: number, lower: string, before: string): boolean {
  return lower === "set" && !NOT_BEFORE_LEFT.has(before) && /^\s+up\b/.test(text.slice(at + 3, at + 7));
}

/** Whether a code unit is a character that ends a clause inside a sentence: ; : , ( ) and the en and em dashes. */
function isClauseEnd(c: number): boolean {
  return c === 59 || c === 58 || c === 44 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014;
}

/**
 * Among `verbs` (in text order), the one an expression at [at, end) dates, as occurrenceOf chooses it, and the last
 * verb before the expression, read in one pass. The first is the last before it in its clause [clauseStart,
 * clauseEnd), else the first after it in the clause, else the first after it, else the last before it.
 */
function nearestVerbs(
  verbs: readonly Word[],
  at: number,
  end: number,
  clauseStart: number,
  clauseEnd: number,
): [Word | undefined, Word | undefined] {
  let lastBefore: Word | undefined;
  let lastBeforeInClause: Word | undefined;
  let firstAfter: Word | undefined;
  let firstAfterInClause: Word | undefined;
  for (const v of verbs) {
    if (v.end <= at) {
      lastBefore = v;
      if (v.start >= clauseStart) lastBeforeInClause = v;
    } else if (v.start >= end) {
      firstAfter ??= v;
      if (!firstAfterInClause && v.end <= clauseEnd) firstAfterInClause = v;
    }
  }
  return [lastBeforeInClause ?? firstAfterInClause ?? firstAfter ?? lastBefore, lastBefore];
}

/**
 * The words of sentence `text` that may be its verb (see occurrenceOf), read once for all its time expressions. A
 * word with a capital or of fewer than three letters is none, and is not put in lower case unless the next word
 * may be one.
 */
export function verbsOf(text: string): Word[] {
  const verbs: Word[] = [];
  let previous = "";
  let previousLower: string | null = "";
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (word.charCodeAt(0) >= 97 && word.length >= 3) {
      previousLower ??= previous.toLowerCase();
      const lower = word.toLowerCase();
      if (isVerb(lower, previousLower) || setUp(text, m.index, lower, previousLower))
        verbs.push({ start: m.index, end: m.index + word.length, lower, capital: false });
    }
    previous = word;
    previousLower = null;
  }
  return verbs;
}

/**
 * The verb a time expression of `text` dates, among the sentence's `verbs`, as a predicate with no type: the nearest verb before the
 * expression in its clause ("returned to Earth in 2010"), else the nearest after it in the clause ("last month
 * cut its forecast"), else the first after it in the sentence ("Last year, Singapore passed a law"), else the
 * last before it. Where `accept` is given and refuses that verb, the last verb before the expression, if it
 * accepts that: "ran aground near X, Y, on Sunday night, the department said yesterday" dates "ran" when "said"
 * has a time of its own. Offsets are into the article: `text` starts at `base`. Null when the sentence has no
 * verb (or none accepted).
 */
export function occurrenceOf(
  text: string,
  base: number,
  verbs: readonly Word[],
  time: TimeExpression,
  accept?: (predicate: PredicateMatch) => boolean,
): PredicateMatch | null {
  const at = time.mention.start - base;
  const end = time.mention.end - base;
  let clauseStart = 0;
  let clauseEnd = text.length;
  for (let i = at - 1; i >= 0; i--) {
    if (isClauseEnd(text.charCodeAt(i))) {
      clauseStart = i + 1;
      break;
    }
  }
  for (let i = end; i < text.length; i++) {
    if (isClauseEnd(text.charCodeAt(i))) {
      clauseEnd = i;
      break;
    }
  }
  const [nearest, lastBefore] = nearestVerbs(verbs, at, end, clauseStart, clauseEnd);
  for (const w of nearest === lastBefore ? [nearest] : [nearest, lastBefore]) {
    if (!w) continue;
    const predicate: PredicateMatch = {
      start: base + w.start,
      end: base + w.end,
      text: text.slice(w.start, w.end),
      type: null,
      cameo: null,
      statement: false,
    };
    if (!accept || accept(predicate)) return predicate;
  }
  return null;
}

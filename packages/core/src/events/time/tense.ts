// Whether a time expression looks forward or back, from the words just before it in its sentence:
// "vowed Thursday" reports the past; "will meet on Monday" and "pledged ... to attend the protest on Saturday"
// look ahead. News reports the past by default.
import { collapsedSpaces, hasSpacesToCollapse, isRegexSpace, trimmedEnd } from "../../text/spaces.js";
import { ADJECTIVE_BEFORE_ED, IRREGULAR_PAST, NOT_PAST_ED } from "../lexicon/past-forms.js";
import { DEADLINE_BY, FUTURE_CUES, PAST_CUES } from "./words.js";

export type Tense = "past" | "future" | "none";

const WINDOW = 60;
/**
 * Verbs before "to" whose infinitive tells what did happen, not an aim: "failed to", "had started to rise"; or a
 * plan told in the past ("was supposed to begin Aug. 1"), whose day is the nearest.
 */
const FAILED_INFINITIVE =
  /\b(?:fail(?:ed|s)?|tried|managed|refused|sought|attempted|used|unable|forced|started|began|begun|continued|ceased|(?:was|were)\s+(?:\w+\s+){0,3}?(?:trying|struggling|scrambling|rushing|working|fighting)|(?:was|were)\s+(?:supposed|meant))\s+(?:\w+\s+)?to\s+\w+/i;
/**
 * "to" before a verb, which is written in lower case ("to Norvale's closing price" is no infinitive; nor "taken to
 * hospital", "sent to prison"), and not
 * the "to" of a compound preposition ("according to provisional results"), of a change in number ("had risen
 * to 1,200") or before an amount ("to more than 1,200", "to about 40").
 */
const INFINITIVE =
  /(?<!\b(?:according|due|compared|prior|close|next|thanks|addition|up|similar|contrary|owing|relative|rose|risen|rising|fell|fallen|falling|climbed|dropped|jumped|increased|decreased|grew|grown|soared|slipped|surged)\s)\b[Tt]o\s+(?!the\b|a\b|an\b|its?\b|their\b|his\b|her\b|more\b|most\b|less\b|fewer\b|about\b|around\b|nearly\b|almost\b|over\b|under\b|just\b|only\b|some\b|roughly\b|record\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|all|both|each|every|other|those|these)\b|(?:hospital|court|school|work|church|prison|jail|bed|sea|safety|shore|power|office|market|town|class|college|university|hand|light|trial)\b)[a-z]+\b/;
const MODAL =
  /\b(?:will|shall|'ll|won't|would|is to|are to|was to|were to|is due|are due|scheduled|set to|going to|upcoming|ahead of|expected (?:on|in|by|at|around|before)|expected$|(?<!\b(?:was|were|been) )expected to|(?<!\b(?:was|were|been) )(?:un)?likely to|(?:un)?likely (?:until|on|by|before|from|through|over))\b/i;
/** "suspended until Monday", "closed until at least next Monday": the end of a state still going on. */
const UNTIL = /\b(?:until|till)(?:\s+at least)?(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?(?:\s+next)?\s*$/i;
/** A verb that sets a day, its object, and the preposition, right before the expression. */
const SET_FOR =
  /\b(?:fixed|set|scheduled|slated|adjourned|postponed|deferred|rescheduled|moved|pushed back|put off|brought forward)(?:\s+(?:the|a|its|his|her|their))?(?:\s+(?:case|hearing|trial|vote|meeting|election|elections|talks|session|sentencing|verdict|ruling|matter|date|inquest|polls?))?(?:\s+(?:for|to|till|until))?\s*$/i;

/**
 * "adjourned the trial of four other men accused of supplying the explosives to January 11": a verb that puts
 * something off, its object however long, and the day it is put off to.
 */
const PUT_OFF_WORD = /\b(?:adjourned|postponed|deferred|rescheduled|pushed back|put off)\b/i;
const PUT_OFF_TO =
  /\b(?:adjourned|postponed|deferred|rescheduled|pushed back|put off)\b(?:\s+[^\s,;.]+){1,14}?\s+(?:to|till|until)\s*$/i;

/** "should reach Lae by Friday": "should" and its verb in the clause that ends at the expression (not "should have"). */
const SHOULD = /\bshould\s+(?!have\b)\w+[^"\u201d,;]*$/i;

/**
 * Verbs of a schedule told in the present, which looks ahead: "The team returns to Winnipeg on Monday", "the
 * trial resumes on Tuesday", "the committee meets next week".
 */
const SCHEDULED =
  /\b(?:returns|resumes|begins|starts|opens|reopens|closes|ends|leaves|departs|arrives|meets|convenes|plays|hosts|faces|visits|travels|heads|kicks off|takes place|expires|goes on trial|goes to the polls|(?<!\b(?:a|an|the|his|her|their|its|our|this|that|short)\s)(?:play|meet|face|host|visit)|takes? effect|comes? into (?:force|effect)|goes? into effect|kicks? in)\b/i;
/**
 * A verb in the past among the last words: a lower-case word in "-ed" that is no noun or adjective of that
 * ending ("seed potatoes", "a hundred"); "United" is a name.
 */
const PAST_FORM = new RegExp(`\\b(?!(?:${NOT_PAST_ED.join("|")})\\b)[a-z]+ed\\b`);
/** One lower-case word that PAST_FORM reads as a verb in the past. */
const PAST_WORD = new RegExp(`^${PAST_FORM.source}$`);

const DEADLINE = new RegExp(DEADLINE_BY, "i");
/** "since" right before the expression: "since August", "ever since Monday". */
const SINCE_BEFORE = /\bsince\s*$/i;
/** A past perfect: "had produced", "had already sold", "had not grown". */
const HAD_DONE = /\bhad\s+(?:(?:not|already|just|only|also)\s+)?[a-z]+(?:ed|en|wn|ne|ld|ht|lt|pt|ck|ng|un|ot)\b/i;

const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Where the last `few` and the last `many` words of `text` start (`few` <= `many`); as
 * `text.split(/\s+/).slice(-n)` counts them, a space at the end is an empty last word. One scan back for both.
 */
function lastWordsStarts(text: string, few: number, many: number): [number, number] {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  let words = i < text.length ? 1 : 0;
  let start = i;
  let fewStart = words >= few ? start : -1;
  while (i > 0 && words < many) {
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    words++;
    start = i;
    if (words === few) fewStart = start;
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return [fewStart < 0 ? start : fewStart, start];
}

/** `text` from `start` without the spaces at its end, one space between its words. */
function wordsFrom(text: string, start: number): string {
  return collapsedSpaces(text, start, trimmedEnd(text, start, text.length));
}

/**
 * Where `text[from, to)` has a stop right before the space before its last word, as
 * `text.slice(from, to).search(/[.!?]\s+\S*$/)` finds it (but as an offset into `text`), or -1: the stop can
 * only stand where the last run of spaces begins.
 */
function stopBeforeLastWord(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && !isRegexSpace(text.charCodeAt(i - 1))) i--;
  const wordStart = i;
  while (i > from && isRegexSpace(text.charCodeAt(i - 1))) i--;
  if (i === wordStart || i === from) return -1;
  const c = text.charCodeAt(i - 1);
  // ("by 6 a.m. Wednesday": the stop of a clock's "a.m." ends no sentence)
  if (c === 46 && i >= 4 && /[ap]\.m\.$/i.test(text.slice(i - 4, i))) return -1;
  return c === 46 || c === 33 || c === 63 ? i - 1 : -1; // . ! ?
}

/** Where the clause that ends at `to` starts, not before `from`: after the last ";" or ":", or a stop (above). */
function clauseStart(text: string, from: number, to: number): number {
  let mark = -1;
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58) {
      mark = i;
      break;
    }
  }
  const found = Math.max(mark, stopBeforeLastWord(text, from, to));
  return found < 0 ? from : found + 1;
}

/**
 * The tense around the expression that starts at `start` in `sentence`.
 *
 * @example
 * tenseBefore("The two will meet on Monday", 17); // "future"
 */
export function tenseBefore(sentence: string, start: number): Tense {
  return readTense(sentence, start, true);
}

/**
 * Whether what is told before `start` in `sentence` looks ahead: tenseBefore's "future", without the tests
 * for the past, which a caller that only asks this would throw away.
 *
 * @example
 * looksAhead("The two will meet", 17); // true
 */
export function looksAhead(sentence: string, start: number): boolean {
  return readTense(sentence, start, false) === "future";
}

const INFINITIVES = new RegExp(INFINITIVE.source, "g");

/**
 * Whether the words of `clause` from `from` to `end` hold an infinitive (see INFINITIVE), read with the word
 * before them so that the pattern sees what precedes a "to" they open with: "woke up to streets flooded" is no
 * infinitive.
 */
function infinitiveIn(clause: string, from: number, end: number, plain: boolean): boolean {
  let before = from;
  while (before > 0 && isSpaceCode(clause.charCodeAt(before - 1))) before--;
  while (before > 0 && !isSpaceCode(clause.charCodeAt(before - 1))) before--;
  const words = plain ? clause.slice(before, Math.max(from, end)) : wordsFrom(clause, before);
  // where the words read start: after the word before them (and its one space, when the spaces were collapsed)
  const skip = plain || from === before ? from - before : words.indexOf(" ") + 1;
  INFINITIVES.lastIndex = 0;
  for (let m = INFINITIVES.exec(words); m; m = INFINITIVES.exec(words)) if (m.index >= skip) return true;
  return false;
}

/**
 * Whether the clause before a deadline tells with a verb in the past and nothing to come: "restored the supply to
 * most buildings by", not "approved a contract that must be signed by", "expected to finish ... by", "asked the
 * customs to auction containers that are not released by" or "We expect to have water restored by".
 */
function metInPast(clause: string): boolean {
  if (INFINITIVE.test(clause)) return false;
  // (a participle after a determiner describes a noun: "every flooded neighborhood")
  const verb = [...clause.matchAll(PAST_FORMS)].find((m) => !DETERMINER_BEFORE.test(clause.slice(0, m.index)));
  if (!verb) return false;
  return !/\b(?:is|are|be|must|can|will|would|should|may|might)\b/i.test(
    clause.slice((verb.index ?? 0) + verb[0].length),
  );
}

const PAST_FORMS = new RegExp(PAST_FORM.source, "g");
const DETERMINER_BEFORE =
  /\b(?:the|a|an|every|each|all|its|their|his|her|our|some|many|most|several|newly|recently)\s+$/i;

/** The tense before `start` (see tenseBefore); with `past` false, "none" stands for both "past" and "none". */
function readTense(sentence: string, start: number, past: boolean): Tense {
  const from = Math.max(0, start - WINDOW);
  const clause = sentence.slice(clauseStart(sentence, from, start), start);
  const [sixStart, eightStart] = lastWordsStarts(clause, 6, 8);
  const end = trimmedEnd(clause, eightStart, clause.length);
  // the six last words are within the eight: with no space to collapse there, there is none in them either
  const plain = !hasSpacesToCollapse(clause, eightStart, end);
  const near = plain ? clause.slice(eightStart, end) : collapsedSpaces(clause, eightStart, end);
  // "have closed their books to new patients since August": what has gone on since a time started before now
  if (SINCE_BEFORE.test(near)) return past ? "past" : "none";
  // ("would review the rules, and the families held a vigil on Friday": a clause of its own in the past since the
  // clause's last modal, read once for the tests below)
  const pastSince = pastSinceModal(clause);
  // ("from Friday until Monday": a range told whole, which the other words date)
  // ("was not issued until Sunday": what happened only then, told in the past, is behind)
  if (
    (MODAL.test(near) && !pastSince) ||
    SHOULD.test(near) ||
    (UNTIL.test(near) && !/\bfrom\b/i.test(near) && !NOT_UNTIL.test(near))
  )
    return "future";
  // "said it would send inspectors to Prince Edward Island in June": the clause's modal, with no verb in the past
  // after it
  if (!PAST_FORM.test(near) && MODAL.test(clause) && !pastSince) return "future";
  // "The court has fixed August 10 for", "adjourned the case to July 3", "had been set for Thursday": a day set
  // for what is to come
  if (SET_FOR.test(near)) return "future";
  // (the wider clause is read only where a verb that puts something off stands within reach)
  if (
    PUT_OFF_WORD.test(sentence.slice(Math.max(0, start - 2 * WINDOW), start)) &&
    PUT_OFF_TO.test(wideClause(sentence, start))
  )
    return "future";
  if (SCHEDULED.test(near) && !PAST_FORM.test(near) && !PAST_CUES.test(near)) return "future";
  // ("councillors voted to accept the increase at Wednesday's meeting": the day of a happening named in the past)
  const ownedDay = start < sentence.length && /^\w+'s\b/.test(sentence.slice(start, start + 16));
  if (
    infinitiveIn(clause, sixStart, end, plain) &&
    !FAILED_INFINITIVE.test(clause) &&
    !(ownedDay && PAST_FORM.test(near))
  )
    return "future";
  // "had produced 40,000 tonnes by Tuesday": a deadline that a past perfect has met is behind
  // ("had completed damage assessments for all 14 villages on Koro by Sunday": the clause read further back)
  if (DEADLINE.test(near) && (HAD_DONE.test(clause) || HAD_DONE.test(wideClause(sentence, start))))
    return past ? "past" : "none";
  // ("Repair crews restored the supply to most buildings by Monday morning"): so is one that a verb in the past met,
  // with nothing in its clause that looks ahead
  if (DEADLINE.test(near) && metInPast(clause) && !MODAL.test(clause) && !SHOULD.test(clause))
    return past ? "past" : "none";

  // ("was shot ... shortly before 11pm on Sunday": "before" a clock tells the time of day, not what is to come)
  const cued = near.includes("before") ? near.replace(BEFORE_CLOCK, "") : near;
  if (FUTURE_CUES.test(cued) && !PAST_CUES.test(cued) && !pastSince) return "future";
  // ("when the strike was due to start on December 22": a plan told in the past, whose day is the nearest)
  if (PLANNED.test(cued)) return "none";
  // "Protesters have called for further rallies this weekend and a citywide strike on Monday": the day of a
  // strike or a rally called for ("had called for" tells of one that may be over)
  // (the wider clause is read only where such a noun closes the words before the day)
  if (CALLED_NOUN.test(near)) {
    const wide = wideClause(sentence, start);
    if (CALLED_FOR_DAY.test(wide) && !/\bhad\s+(?:\w+\s+)?called\b/i.test(wide)) return "future";
  }
  // "convened an extraordinary session for Saturday", "a protest for Wednesday evening": a day something is
  // called for (not "arrested for Saturday's attack")
  if (FOR_DAY.test(near) && !/^\w+'s\b/.test(sentence.slice(start, start + 16)) && !PAST_CUES.test(near))
    return "future";
  // "Replacement buses will run between A and B, on the Swiss side of the border, from Wednesday": the
  // sentence's modal further back than the clause read, with nothing in the past told since
  if (from > 0 && !PAST_FORM.test(near) && !PAST_CUES.test(clause)) {
    const whole = sentence.slice(0, start);
    // (not a quotation's own modal: '"We will respond," the minister told reporters on Monday')
    if (
      !QUOTE_MARK.test(whole) &&
      MODAL.test(whole) &&
      !PAST_FORM.test(whole) &&
      !pastSinceModal(whole) &&
      !PAST_CUES.test(whole) &&
      !SAID.test(whole)
    )
      return "future";
  }
  // "said it would hold a rally in front of KDB's headquarters in Yeouido on Friday": the nearest modal further
  // back, in the same clause (no mark, quotation or conjunction after it) with no verb in the past since
  if (from > 0) {
    const before = sentence.slice(Math.max(0, start - 2 * WINDOW), start);
    // the last modal: most stretches hold none, which one scan tells
    let end = -1;
    MODAL_WORDS.lastIndex = 0;
    for (let m = MODAL_WORDS.exec(before); m; m = MODAL_WORDS.exec(before)) end = m.index + m[0].length;
    if (end >= 0) {
      const since = before.slice(end);
      // ("it would pay all medical costs and hold a memorial service on Friday": a second verb of the same modal
      // after "and", before its object, opens no clause)
      const opens = CLAUSE_BREAK.test(since) && CLAUSE_BREAK.test(since.replace(SECOND_VERB, ""));
      if (!opens && !PAST_FORM.test(since) && !PAST_CUES.test(since)) return "future";
    }
  }
  if (!past) return "none";
  return PAST_CUES.test(clause) || PAST_FORM.test(near) || pastSince || pastVerbOpens(sentence, start)
    ? "past"
    : "none";
}

/**
 * Whether the sentence opens with its subject and a verb in the past, told on to the time at `start` with no mark or
 * quotation between: "Dredgers shifted some 30,000 cu m of sand from around the ship's bow over the weekend". Not a
 * verb after a determiner ("The newly elected council meets"), nor one that reports or plans what the words after
 * it tell ("Officials said the market reopens on Monday").
 */
function pastVerbOpens(sentence: string, start: number): boolean {
  const m = PAST_OPENING.exec(sentence);
  if (!m?.[1] || m.index + m[0].length > start || REPORTS.has(m[1])) return false;
  if (DETERMINER_BEFORE.test(sentence.slice(0, m.index + m[0].length - m[1].length))) return false;
  const rest = sentence.slice(m.index + m[0].length, start);
  return !OPENS_OTHER.test(rest) && !MODAL.test(rest);
}
/** The sentence's first word or two, capitalised first, and a verb in the past after them. */
const PAST_OPENING = new RegExp(`^\\s*[A-Z]\\S*\\s+(?:\\S+\\s+)?(${PAST_FORM.source})`);
/** What opens another clause, or a quotation, between the verb and the time. */
const OPENS_OTHER = /[;:()"\u201c\u201d]|,\s|\b(?:that|and|but|or|when|while|because|until|before|after|which|who)\b/i;
/** Verbs whose time belongs to what they report or plan. */
const REPORTS = new Set(
  (
    "said stated announced added warned reported claimed noted explained confirmed revealed insisted argued " +
    "suggested estimated predicted expected forecasted hoped agreed decided planned promised pledged vowed voted " +
    "asked urged called ordered scheduled proposed demanded requested threatened signalled signaled indicated"
  ).split(" "),
);

/**
 * What may be called for, closing the words before a day, perhaps with where it is to be held: "strike", "a rally
 * on", "a meeting at the clubhouse on".
 */
const CALLED_THING = String.raw`\b(?:strikes?|rally|rallies|protests?|marches|march|boycotts?|votes?|referendums?|shutdowns?|sit-ins?|walkouts?|demonstrations?|stay-aways?|stayaways?|hartals?|bandhs?|meetings?|vigils?)(?:\s+(?:at|in|outside)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?(?:\s+(?:on|for))?\s*$`;
const CALLED_NOUN = new RegExp(CALLED_THING, "i");
/** A past told in the negative before "until": "was not issued until", "did not arrive until". */
const NOT_UNTIL = /\b(?:(?:was|were|did|had)\s+not|wasn't|weren't|didn't|hadn't)\b/i;

/** A strike, a rally or a meeting called for or organised, and its day after "on": "called for a general strike on". */
const CALLED_FOR_DAY = new RegExp(
  String.raw`\b(?:(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+for|(?:have|has)\s+(?:organi[sz]ed|arranged|called|announced|planned))\b[^.;:"]{0,80}?` +
    CALLED_THING,
  "i",
);

/** A plan told in the past: "was due to start", "were scheduled to meet", "was to open". */
const PLANNED =
  /\b(?:was|were)\s+(?:due|scheduled|set|expected|supposed|planned|meant)?\s*to\s+\w+(?:\s+\w+){0,3}\s+(?:on|in|at)?\s*$/i;

/** "before 11pm", "shortly before 10.30 a.m.": a clock after "before". */
const BEFORE_CLOCK =
  /\b(?:shortly |just |soon |well )?before (?:about |around )?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|h\b|hrs\b)?/gi;
/** "for" right before the day, after a noun: "a session for", "a protest in front of Grbavica for". */
const FOR_DAY = /\b[a-z]{3,}\s+(?:\S+\s+){0,4}for\s*$/;

/** The clause that ends at `start`, read twice as far back as the tense is read. */
function wideClause(sentence: string, start: number): string {
  const from = Math.max(0, start - 2 * WINDOW);
  return sentence.slice(clauseStart(sentence, from, start), start);
}

const QUOTE_MARK = /["\u201c\u201d]/;
/** The modals a clause looks ahead with, each of them. */
const MODAL_WORDS = /\b(?:will|shall|would|'ll|is to|are to|was to|were to|going to)\b/gi;
/** What opens another clause after a modal: a mark, a quotation mark or a conjunction. */
const CLAUSE_BREAK =
  /[,;:()"\u201c\u201d]|\b(?:and|but|or|after|before|when|while|since|because|as|which|who|where|although|though|if|than)\b/i;

/**
 * "and" before a second verb in lower case and its object's determiner ("and hold a", "and visit the"), or inside a
 * pair of nouns before a preposition ("the risks of plague and hantavirus on"): no clause opens there.
 */
const SECOND_VERB = /\band\s+(?=[a-z]+\s+(?:(?:a|an|the|its|their|his|her|our|all|on|in|at|for)\s|$))/g;

/**
 * What opens a clause of its own after a modal's: "and" or "but" after a comma, a semicolon, or a subordinating
 * word ("where", "while", "because").
 */
const OWN_CLAUSE = /(?:,\s*(?:and|but)|;|\b(?:where|while|whereas|because|although|though))\s+/gi;
/** Words before a verb's past form that make it a participle or an adjective, not a clause's verb. */
const NOT_FINITE_BEFORE = new Set([
  ...ADJECTIVE_BEFORE_ED,
  ..."be been being is are was were am have has to not never will would shall should could can may might must get gets got".split(
    " ",
  ),
]);
const CLAUSE_WORD = /[A-Za-z]+(?:'[a-z]+)?/g;

/**
 * Whether, after the last modal of `text`, a clause of its own opens and tells in the past within its first few
 * words: "it would review the rules, and the families held a vigil on", "would not say where the men went on".
 * The modal then looks ahead only in its own clause.
 */
function pastSinceModal(text: string): boolean {
  let end = -1;
  MODAL_WORDS.lastIndex = 0;
  for (let m = MODAL_WORDS.exec(text); m; m = MODAL_WORDS.exec(text)) end = m.index + m[0].length;
  if (end < 0) return false;
  OWN_CLAUSE.lastIndex = end;
  for (let open = OWN_CLAUSE.exec(text); open; open = OWN_CLAUSE.exec(text)) {
    CLAUSE_WORD.lastIndex = open.index + open[0].length;
    let before = "";
    // the subject, up to three words, then its verb
    for (let n = 0; n < 5; n++) {
      const w = CLAUSE_WORD.exec(text);
      if (!w) break;
      const lower = w[0].toLowerCase();
      const past = w[0] === lower && (IRREGULAR_PAST.has(lower) || (lower.length > 4 && PAST_WORD.test(lower)));
      if (past && before !== "" && !NOT_FINITE_BEFORE.has(before)) return true;
      before = lower;
    }
    OWN_CLAUSE.lastIndex = Math.max(OWN_CLAUSE.lastIndex, open.index + open[0].length);
  }
  return false;
}

/** A verb of saying in the past, which a modal after it reports rather than looks ahead with. */
const SAID = /\b(?:said|told|announced|confirmed|warned|added)\b/i;

/**
 * Whether the expression at `[start, end)` after "by" bounds what the rest of its clause tells in the past: "by
 * Thursday most of the village's downtown was still coated in mud". A clause with a modal looks ahead ("by Friday
 * the road will be open").
 */
export function deadlineMet(sentence: string, start: number, end: number): boolean {
  if (!/\bby\s+$/i.test(sentence.slice(Math.max(0, start - 4), start))) return false;
  const rest = sentence.slice(end, end + 80);
  const stop = rest.search(/[.;:]/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  return /^\s*,?\s*(?:[\w'-]+\s+){0,6}?(?:was|were|had)\b/i.test(clause) && !MODAL.test(clause);
}

/** A start in time or a deadline opening its sentence: "From Monday,", "Starting Tuesday,", "By Friday". */
const OPENING_START = /^\s*(?:from|starting|beginning|as of|by)\s+$/i;

/**
 * The tense of an expression at `[start, end)` that opens `sentence` as a start in time, read from the clause
 * after it, where the verb comes: "From Monday, people over 60 will be able to book" (future).
 */
export function tenseAfterStart(sentence: string, start: number, end: number): Tense {
  if (!OPENING_START.test(sentence.slice(0, start))) return "none";
  const rest = sentence.slice(end, end + 80);
  const stop = rest.search(/[.;]/);
  return MODAL.test(stop < 0 ? rest : rest.slice(0, stop)) ? "future" : "none";
}

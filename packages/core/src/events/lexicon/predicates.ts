// Compiles the event lexicon into a map from first word to forms and reads a sentence word by word against it.
import type { PloverType } from "../../schema/event.js";
import { LEXICON, type LexiconEntry } from "./verbs.js";

/** A predicate found in text: where, which words, and what it reports. */
export interface PredicateMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Null for a happening the lexicon does not type (see `occurrenceOf`). */
  readonly type: PloverType | null;
  readonly cameo: string | null;
  readonly statement: boolean;
}

function inflect(verb: string): string[] {
  const v = verb.toLowerCase();
  if (/[^aeiou]y$/.test(v)) return [v, `${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`];
  if (v.endsWith("ee")) return [v, `${v}s`, `${v}d`, `${v}ing`];
  if (v.endsWith("e")) return [v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(v)) return [v, `${v}es`, `${v}ed`, `${v}ing`];
  return [v, `${v}s`, `${v}ed`, `${v}ing`];
}

/** Every written form of one lexicon word: "call on" -> call on, calls on, called on, calling on. */
export function formsOf(word: string): string[] {
  if (word.startsWith("=")) return [word.slice(1)];
  const space = word.indexOf(" ");
  const head = space < 0 ? word : word.slice(0, space);
  const rest = space < 0 ? "" : word.slice(space);
  const heads = head.includes("/") ? head.split("/") : inflect(head);
  return heads.map((h) => h + rest);
}

interface Form {
  readonly words: readonly string[];
  readonly entry: LexiconEntry;
}

/** Forms by their first word, longest first, so that a sentence is read word by word with one lookup each. */
function compile(lexicon: readonly LexiconEntry[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  const seen = new Set<string>();
  for (const entry of lexicon) {
    for (const w of entry.words) {
      for (const f of formsOf(w)) {
        const key = f.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const words = key.split(/\s+/);
        const list = byFirst.get(words[0] as string) ?? [];
        list.push({ words, entry });
        byFirst.set(words[0] as string, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return byFirst;
}

const FORMS = compile(LEXICON);
/**
 * A filter of the words worth looking up, by a hash of the whole word that the scan computes as it reads it:
 * most words of a sentence are no form's first word and no verb that needs its object (below), and this turns
 * nearly all of them away without cutting the word out of the text. A word it lets through by a shared hash
 * is looked up and not found, as it would have been.
 */
const WORD_FLAGS = new Uint8Array(1 << 14);
const slotOf = (hash: number) => (hash ^ (hash >>> 14)) & ((1 << 14) - 1);
/** The hash of a word from its code units, as findPredicates reads them. */
const hashStep = (hash: number, c: number) => (Math.imul(hash, 31) + c) | 0;
function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}
/** Flags of a word: it may be a form's first word, or a form of a verb that needs its object. */
const OPENS_FORM = 1;
const OPENS_OBJECT = 2;
function flagWord(word: string, flag: number): void {
  const slot = slotOf(hashOf(word));
  WORD_FLAGS[slot] = (WORD_FLAGS[slot] as number) | flag;
}
for (const first of FORMS.keys()) flagWord(first, OPENS_FORM);

/** A lower-case ASCII letter (the text is lower-cased first). */
const isLetter = (c: number) => c >= 97 && c <= 122;
// forms that after an auxiliary are no event of their own: "demands were not met", "a deal will be struck"
const PASSIVE_SKIP = new Set(["met", "struck", "backed", "held"]);
const AUXILIARY = /\b(?:is|are|was|were|be|been|being)\s+(?:not\s+)?$/i;
const NEGATION = /\b(?:not|n't|never|no longer|refused to|declined to)\s+(?:\w+\s+)?$/i;
const FLIPPED: ReadonlySet<PloverType> = new Set(["AGREE", "SUPPORT", "COOPERATE", "AID"]);
const STRIKE_WORDS = new Set(["strike", "strikes", "striking"]);
const SLAM_WORDS = new Set(["slam", "slams", "slammed", "slamming"]);
const ADMIT_WORDS = new Set(["admit", "admits", "admitted", "admitting"]);
/** Where someone is admitted to: a hospital or a ward, a school, the bar. */
const TAKEN_IN_AFTER =
  /^\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'.-]+\s+){0,4}?(?:hospitals?|clinics?|intensive care|icu|wards?|infirmary|medical cent(?:er|re)|health cent(?:er|re)|university|college|school|academy|bar|membership)\b/;
/** What follows "slammed" when it hits something: "into", "against", "onto", "the door", "shut". */
const PHYSICAL_AFTER = /^\s+(?:into|against|onto|through|shut|down|the (?:door|brakes))\b/;
/** What fired makes an attack, and what sent, supplied or delivered makes aid. */
const WEAPONS =
  "(?:missiles?|rockets?|shots?|shells?|mortars?|bullets?|rounds|artillery|tear gas|drones?|projectiles?|torpedo(?:es)?)";
const SUPPLIES =
  "(?:(?:food|military|humanitarian|medical) aid|tanks|weapons|arms|ammunition|missiles|jets|aid|food|medicine|medical supplies|vaccines|fuel|equipment|air defen[cs]e systems?)";

interface ObjectRule {
  /** The first three letters that every form of the verb shares. */
  readonly opens: string;
  readonly forms: readonly string[];
  readonly pattern: RegExp;
  readonly type: PloverType;
  readonly cameo: string;
}

/** A verb that makes an event only with its object, at most three words after one of `forms`. */
function objectRule(forms: readonly string[], objects: string, type: PloverType, cameo: string): ObjectRule {
  return {
    opens: (forms[0] as string).slice(0, 3),
    forms,
    pattern: new RegExp(`^(?:${forms.join("|")})\\s+(?:[a-z0-9-]+\\s+){0,3}?${objects}\\b`),
    type,
    cameo,
  };
}

const OBJECT_RULES: readonly ObjectRule[] = [
  objectRule(["fire", "fires", "fired", "firing"], WEAPONS, "ASSAULT", "18"),
  objectRule(["send", "sends", "sent", "sending"], SUPPLIES, "AID", "07"),
  objectRule(["supply", "supplies", "supplied", "supplying"], SUPPLIES, "AID", "07"),
  objectRule(["deliver", "delivers", "delivered", "delivering"], SUPPLIES, "AID", "07"),
  // "voted 8-4 against a resolution", "voted overwhelmingly against": a tally or a manner before "against"
  {
    opens: "vot",
    forms: ["vote", "votes", "voted", "voting"],
    pattern: /^(?:vote|votes|voted|voting)\s+(?:\d+\s*[-\u2013]\s*\d+\s+|[a-z]+ly\s+)against\b/,
    type: "REJECT",
    cameo: "12",
  },
];
// the pattern wants a space right after the verb, so only a word that is one of its forms can start it
for (const r of OBJECT_RULES) for (const f of r.forms) flagWord(f, OPENS_OBJECT);
/** Words of a labour dispute in the sentence of a strike. */
const LABOUR =
  /\b(?:unions?|workers|staff|employees|nurses|teachers|doctors|drivers|dockers|miners|pilots|pay|wages?|salar(?:y|ies)|pensions?|walk(?:ed|ing)? ?outs?|picket(?:s|ing)?|industrial action|hunger|strikers|stoppages?|contract|bargaining|lock-?outs?|production)\b/i;
/** Words right before "strike" that make it an attack: "air strike", "missile strikes". */
const ARMED_BEFORE =
  /\b(?:air|missile|drone|rocket|military|nuclear|artillery|pre-emptive|preemptive|retaliatory|precision|deadly)\s+$/i;

/** Words right before "strike" that make it a stoppage: "general strike", "a citywide strike", "48-hour strike". */
const STOPPAGE_BEFORE =
  /\b(?:general|citywide|city-wide|nationwide|nation-wide|countrywide|indefinite|hunger|warning|token|rolling|wildcat|sympathy|one-day|two-day|three-day|\d+-(?:hour|day))\s+$/i;

function isLabourStrike(sentence: string, before: string): boolean {
  return (LABOUR.test(sentence) || STOPPAGE_BEFORE.test(before)) && !ARMED_BEFORE.test(before);
}

/** The rule of the verb whose form starts at `start` of `lower`, if any. */
function objectRuleAt(lower: string, start: number): ObjectRule | undefined {
  for (const r of OBJECT_RULES) if (lower.startsWith(r.opens, start)) return r;
  return undefined;
}

/**
 * The text just before a form at `start`. A function of its own rather than a closure in findPredicates' loop:
 * a closure over the loop's `start` made V8 allocate a context for every word of every sentence.
 */
const wordsBefore = (text: string, start: number) => text.slice(Math.max(0, start - 24), start);

/**
 * The predicates of `text` (offsets shifted by `base`), longest form first at each position.
 *
 * @example
 * findPredicates("Russia warned NATO on Monday", 0)[0]; // { text: "warned", type: "THREATEN", cameo: "13", ... }
 */
export function findPredicates(text: string, base = 0): PredicateMatch[] {
  const out: PredicateMatch[] = [];
  const lower = text.toLowerCase();
  // words ([a-z]+ joined by ' or -), scanned by hand: no match objects, and a lookup only for the words that
  // the filter lets through
  let at = 0;
  while (at < lower.length) {
    if (!isLetter(lower.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    let wordEnd = at;
    let hash = 0;
    for (;;) {
      let c = lower.charCodeAt(wordEnd);
      while (isLetter(c)) {
        hash = hashStep(hash, c);
        c = lower.charCodeAt(++wordEnd);
      }
      if ((c === 39 || c === 45) && isLetter(lower.charCodeAt(wordEnd + 1))) {
        hash = hashStep(hash, c);
        wordEnd++;
      } else break;
    }
    at = wordEnd;
    // "fired a ballistic missile", "fired rockets at": firing a weapon is an attack; "fired the chief executive" is
    // not. "will send 10 more tanks", "delivered food aid": sending arms or supplies is aid
    const flags = WORD_FLAGS[slotOf(hash)] as number;
    if (flags === 0) continue;
    const object = flags & OPENS_OBJECT ? objectRuleAt(lower, start) : undefined;
    const found = object?.pattern.exec(lower.slice(start, start + 70));
    if (object && found) {
      const end = start + found[0].length;
      out.push({
        start: base + start,
        end: base + end,
        text: text.slice(start, end),
        type: object.type,
        cameo: object.cameo,
        statement: false,
      });
      at = end;
      continue;
    }
    if (!(flags & OPENS_FORM)) continue;
    const word = lower.slice(start, wordEnd);
    const forms = FORMS.get(word);
    if (!forms) continue;
    let end = -1;
    let entry: LexiconEntry | null = null;
    for (const f of forms) {
      end = matchRest(lower, wordEnd, f.words);
      if (end >= 0) {
        entry = f.entry;
        break;
      }
    }
    if (!entry) continue;
    at = end;
    if (text[start - 1] === "-") continue; // "US-backed", "US-led": part of a compound modifier
    // "Sultan Qaboos bin Said issued a decree": a verb of saying written with a capital after a word is a name
    if (entry.statement && isCapitalAfterWord(text, start)) continue;
    // the words just before (wordsBefore), which only a few forms read
    if (PASSIVE_SKIP.has(word) && AUXILIARY.test(wordsBefore(text, start))) continue;
    // "a train slammed into a truck", "slammed the door shut": a blow, not a rebuke
    if (SLAM_WORDS.has(word) && PHYSICAL_AFTER.test(lower.slice(end, end + 12))) continue;
    // "was admitted to Queen Mary Hospital", "admitted to the university": taken in, not a concession
    if (ADMIT_WORDS.has(word) && TAKEN_IN_AFTER.test(lower.slice(end, end + 60))) continue;
    const flips = !entry.statement && FLIPPED.has(entry.type) && NEGATION.test(wordsBefore(text, start));
    // "nurses went on their second strike over pay": a strike of workers is a protest, not an attack
    const walkout =
      entry.type === "ASSAULT" && STRIKE_WORDS.has(word) && isLabourStrike(text, wordsBefore(text, start));
    out.push({
      start: base + start,
      end: base + end,
      text: text.slice(start, end),
      type: flips ? "REJECT" : walkout ? "PROTEST" : entry.type,
      cameo: flips ? "12" : walkout ? "14" : entry.cameo,
      statement: entry.statement === true,
    });
  }
  return out;
}

/** Whether the word at `start` is capitalised and comes after a word of the same sentence: "bin Said". */
function isCapitalAfterWord(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return false;
  let k = start - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return k >= 0 && isLetter(text.charCodeAt(k) | 32);
}

/** Where the words after the first of a form end in `lower` from `at`, or -1 when they are not there. */
function matchRest(lower: string, at: number, words: readonly string[]): number {
  let pos = at;
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as string;
    let p = pos;
    while (lower.charCodeAt(p) === 32) p++;
    if (p === pos || !lower.startsWith(w, p)) return -1;
    pos = p + w.length;
  }
  const next = lower.charCodeAt(pos);
  // a form ends at a word edge: not "talks" inside "talkshow", not "met" inside "metres"
  if ((next >= 97 && next <= 122) || next === 39 || next === 45) return -1;
  return pos;
}

// Stage actors -> quotes: every quoted span of the body, its kind, and its speaker.
import { type ActorAnalysis, mentionsIn } from "../actors/find-actors.js";
import { gazetteer } from "../actors/gazetteer.js";
import { type Token, tokenize } from "../actors/tokens.js";
import type { CleanDoc } from "../pipeline/context.js";
import type { Span } from "../schema/common.js";
import type { Quote, QuoteKind } from "../schema/quote.js";
import { firstStartingAt } from "../text/search.js";
import { joined, strings } from "../text/share.js";
import { accordingTo, type Clause, type Credit, calledBy, creditAfter, creditBefore } from "./attribute.js";
import { type Cues, cues } from "./cues.js";
import { endsWithAny, findQuoteSpans, type QuoteSpan, splitWordCount } from "./spans.js";
import { type Speaker, speakerOf } from "./speaker.js";

/** Token index just after the sentence end at or after `from` (before `limit`). */
function sentenceEndToken(ts: readonly Token[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const t = ts[i] as Token;
    if (t.text === "." || t.text === "!" || t.text === "?") return i + 1;
  }
  return limit;
}

/** Token index where the sentence holding token `at` starts (not before `floor`). */
function sentenceStartToken(ts: readonly Token[], at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    const t = ts[i] as Token;
    if (t.text === "." || t.text === "!" || t.text === "?") return i + 1;
  }
  return floor;
}

/**
 * A speaker's label: a name, perhaps a title after a comma, a slash or a spaced dash, perhaps a remark in brackets,
 * and nothing else ("Rowan Gillett, Crown Counsel", "Ernesto Marin - Chairman, Village Council (on phone)").
 */
const LABEL_REST =
  /^(?:(?:\s*[,/]|\s+[-\u2013\u2014])\s*\p{Lu}[\p{L}.'-]*(?:,?\s+[\p{L}.'\u2019-]+){0,6}(?:\s*\([^()]{1,30}\))?)?\s*$/u;

/**
 * The person a paragraph names as a label over the quotation that is the next paragraph, as broadcasters' pages
 * set their soundbites: "Rowan Gillett, Crown Counsel" over '"The court accepted the evidence ..."'.
 */
function labelledAbove(doc: CleanDoc, actors: ActorAnalysis, k: number): Credit | null {
  // (a label under a quotation that no label stands over is that quotation's: the page captions below)
  if (quoteOnly(doc, k - 1) && !labelOf(doc, actors, k - 2)) return null;
  return labelOf(doc, actors, k);
}

/** Whether paragraph `k` is one quotation alone, marks and all. */
function quoteOnly(doc: CleanDoc, k: number): boolean {
  const p = doc.paragraphs[k];
  return p !== undefined && /^\s*"[^"]+"\s*$/.test(doc.folded.slice(p.start, p.end));
}

/**
 * The person named as a label under a paragraph that is only a quotation, as broadcasters' transcripts caption
 * their soundbites: '"The national team belongs to the fans."' over "Bae Joon-suk / People Power Party lawmaker".
 */
function labelledBelow(doc: CleanDoc, actors: ActorAnalysis, k: number): Credit | null {
  return labelOf(doc, actors, k + 1);
}

/** The person a short paragraph `k` names as a label: the name, then perhaps a comma or a slash and a role. */
function labelOf(doc: CleanDoc, actors: ActorAnalysis, k: number): Credit | null {
  const p = doc.paragraphs[k];
  if (!p || p.end - p.start > 80) return null;
  const m = mentionsIn(actors, p.start, p.end).find((x) => x.start >= p.start && x.end <= p.end);
  if (!m || m.via === "pronoun" || actors.byId.get(m.actorId)?.kind !== "person") return null;
  if (doc.folded.slice(p.start, m.start).trim() !== "" || !LABEL_REST.test(doc.folded.slice(m.end, p.end))) return null;
  const speaker: Speaker = {
    id: m.actorId,
    text: doc.raw.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    attribution: "explicit",
  };
  return { speaker, cue: null, cueStart: m.start, cueEnd: m.end, weak: false };
}

/** The credit in a paragraph that ends with a colon: "Smith told reporters:". */
function introducedAbove(doc: CleanDoc, actors: ActorAnalysis, c: Cues, k: number): Credit | null {
  const p = doc.paragraphs[k];
  if (!p || !doc.folded.slice(p.start, p.end).trimEnd().endsWith(":")) return null;
  const ts = actors.paragraphTokens?.[k] ?? tokenize(doc.folded, p.start, p.end);
  const end = ts.length - 1;
  return creditBefore({ raw: doc.raw, ts, analysis: actors, cues: c }, sentenceStartToken(ts, end, 0), end);
}

/**
 * The words under a paragraph of quotation that name its speaker: "That was the verdict of", "So says", "That's
 * how X described".
 */
const NAMED_BELOW =
  /^(?:(?:that|this|such|these|those) (?:was|is|were|are) (?:the |their |his |her )?(?:[a-z]+ )?(?:verdict|reaction|view|assessment|words?|warning|message|response|opinion|take|conclusion|advice|plea|answer) of|so (?:says|said)|(?:that|this)(?:'s| is| was) how|(?:the|those|these) (?:words|comments|remarks) (?:came|come|were|are) (?:from|those of)|(?:the|those|these) (?:words|comments|remarks) (?:belong|belonged) to)\s+/;

/** The person named at the start of the paragraph under `k` as the speaker of its quotation ("So says X"). */
function namedBelow(doc: CleanDoc, actors: ActorAnalysis, c: Cues, k: number): Credit | null {
  const p = doc.paragraphs[k + 1];
  if (!p) return null;
  const m = NAMED_BELOW.exec(doc.folded.slice(p.start, Math.min(p.end, p.start + 80)).toLowerCase());
  if (!m) return null;
  const ts = actors.paragraphTokens?.[k + 1] ?? tokenize(doc.folded, p.start, p.end);
  const from = firstStartingAt(ts, p.start + m[0].length);
  const speaker = speakerOf(actors, doc.raw, ts, from, Math.min(ts.length, from + 6), c, false);
  if (!speaker?.id || actors.byId.get(speaker.id)?.kind !== "person") return null;
  return { speaker, cue: null, cueStart: p.start, cueEnd: p.start + m[0].length, weak: false };
}

/** The noun a description of a speaker ends with: "a Cambodian brigade commander". */
const DESCRIPTION_NOUN = /^(?:[Aa]n?|[Tt]he)\b.*?\b(\p{Ll}+|\p{Lu}{2,4})$/u;
/** The noun a described subject ends with, right before its verb: "an ICRC spokeswoman ". */
const SUBJECT_NOUN = /\b(?:[Aa]n?|[Tt]he)\s(?:[\p{L}'-]+\s){0,3}?(\p{Ll}+|\p{Lu}{2,4})\s*$/u;

/**
 * The person the paragraph under `k` names right after "The <noun>," ("The spokesman, Sergio Ferraris, said"),
 * or null.
 */
function namedNext(doc: CleanDoc, actors: ActorAnalysis, k: number, noun: string): Speaker | null {
  const p = doc.paragraphs[k + 1];
  if (!p) return null;
  // ("Judge Lejla Mujanović said" under "the presiding judge said": the noun as the name's title)
  const opening = new RegExp(`^(?:the )?${noun.toLowerCase()},? `).exec(
    doc.folded.slice(p.start, p.start + noun.length + 7).toLowerCase(),
  );
  if (!opening) return null;
  const at = p.start + opening[0].length;
  // ("The commander, Colonel Suos Vanna of Brigade 42,": a rank before the name)
  const m = mentionsIn(actors, at, Math.min(p.end, at + 80)).find(
    (x) => x.start - at <= 16 && actors.byId.get(x.actorId)?.kind === "person",
  );
  if (!m) return null;
  return { id: m.actorId, text: doc.raw.slice(m.start, m.end), start: m.start, end: m.end, attribution: "role" };
}

/**
 * Whether a speaker is a holder described and not named: "the president of the union local", "The acting chief
 * executive of X" (a title in lower case), not "The Lao Red Cross" nor "the fire department".
 */
function describesHolder(text: string): boolean {
  if (!/^the /i.test(text)) return false;
  const g = gazetteer();
  return text
    .split(/\s+/)
    .slice(1)
    .some((w) => /^\p{Ll}/u.test(w) && (g.titles.has(w) || g.occupations.has(w)));
}

/**
 * The person the paragraph under `k` opens with as its subject, when it names them first: "The local's
 * president, Hector Villarreal, said", "The official, Choi Dong-hoon, said", "Fetu Lauina, who has represented the
 * agency since 2009, said".
 */
function subjectBelow(doc: CleanDoc, actors: ActorAnalysis, c: Cues, k: number): Credit | null {
  const p = doc.paragraphs[k + 1];
  if (!p) return null;
  const ts = actors.paragraphTokens?.[k + 1] ?? tokenize(doc.folded, p.start, p.end);
  const found = reportedFrom(doc, actors, c, ts, 0) ?? appositiveSubject(doc, actors, c, ts);
  return found?.speaker.id && actors.byId.get(found.speaker.id)?.kind === "person" ? found : null;
}

/** "The official, Choi Dong-hoon, said", "Fetu Lauina, who has ..., said": the subject of a paragraph's opening. */
function appositiveSubject(doc: CleanDoc, actors: ActorAnalysis, c: Cues, ts: readonly Token[]): Credit | null {
  const end = sentenceEndToken(ts, 0, ts.length);
  for (let v = 2; v < end; v++) {
    if (!c.verbs.has((ts[v] as Token).lower) || (ts[v - 1] as Token).text !== ",") continue;
    return creditBefore({ raw: doc.raw, ts, analysis: actors, cues: c }, 0, v + 1);
  }
  return null;
}

/**
 * A linked headline left in the body: a short line that opens with a quotation and goes on after a dash or
 * colon without ending its sentence ("'Nothing left' - Floods sweep through valley").
 */
function isHeadline(folded: string, q: QuoteSpan, p: { start: number; end: number }): boolean {
  if (q.open !== p.start || q.close === -1 || p.end - p.start > 160) return false;
  const line = folded.slice(p.start, p.end).trimEnd();
  return /^\s*[-\u2013\u2014:|]\s/.test(folded.slice(q.close + 1, p.end)) && !/[.!?"'\u201d]$/.test(line);
}

/** Whether a credit names a newspaper, broadcaster or agency: "the Financial Times reported". */
function isMedium(actors: ActorAnalysis, credit: Credit): boolean {
  const a = credit.speaker.id ? actors.byId.get(credit.speaker.id) : undefined;
  return a?.kind === "organization" && a.subtype === "media";
}

/** The person whose words a paragraph reports ("Smith said the city would act."), when it opens that way. */
function reportedAbove(doc: CleanDoc, actors: ActorAnalysis, c: Cues, k: number): Credit | null {
  const p = doc.paragraphs[k];
  if (!p) return null;
  const ts = actors.paragraphTokens?.[k] ?? tokenize(doc.folded, p.start, p.end);
  return reportedFrom(doc, actors, c, ts, 0);
}

/** The person whose words the sentence opening at token `from` reports, when it opens "Smith said" or "He said". */
function reportedFrom(
  doc: CleanDoc,
  actors: ActorAnalysis,
  c: Cues,
  ts: readonly Token[],
  from: number,
): Credit | null {
  const end = sentenceEndToken(ts, from, ts.length);
  // "Addressing protesters outside the ministry, Kalaitzidis warned that ...": a participle's clause before the
  // subject is read past
  if (/^\p{Lu}\p{Ll}+ing$/u.test(ts[from]?.text ?? "")) {
    for (let k = from + 2; k < Math.min(end, from + 25); k++)
      // (not the comma of "1,500")
      if ((ts[k] as Token).text === "," && (ts[k + 1] as Token | undefined)?.start !== (ts[k] as Token).end) {
        from = k + 1;
        break;
      }
  }
  // the verb within the first words of the sentence, or after a relative clause or an appositive about the subject
  // ("Cllr Frank Doyle, who represents Kirkdale on Liverpool City Council, said", "But Cllr Meirion Jenkins,
  // chairman of the Llanelli Hospital Action Group and a member of the county council, said")
  const opening = ts.slice(from, from + 6);
  const reach = opening.some((t) => t.lower === "who") ? 18 : opening.some((t) => t.text === ",") ? 26 : 8;
  for (let v = from + 1; v < Math.min(end, from + reach); v++) {
    const found = creditBefore({ raw: doc.raw, ts, analysis: actors, cues: c }, from, v + 1);
    if (!found) continue;
    const a = found.speaker.id ? actors.byId.get(found.speaker.id) : undefined;
    return a?.kind === "person" && firstStartingAt(ts, found.cueStart) <= v ? found : null;
  }
  return null;
}

/**
 * A speaker named as a label before a colon that opens the quotation: "Crewe boss Martin Ashby: 'We were
 * nowhere near it.'" The label is short and names a person at its end.
 */
function labelledBy(c: Clause, from: number, open: number): Credit | null {
  const colon = c.ts[open - 1];
  if (colon?.text !== ":" || open - 1 - from > 8 || open - 1 <= from) return null;
  const speaker = speakerOf(c.analysis, c.raw, c.ts, from, open - 1, c.cues, true);
  if (!speaker?.id || c.analysis.byId.get(speaker.id)?.kind !== "person") return null;
  if (speaker.end !== (c.ts[open - 2] as Token).end) return null;
  return { speaker, cue: null, cueStart: colon.start, cueEnd: colon.end, weak: false };
}

/**
 * The person a sentence opens with, when it leads into the quotation with a colon: 'Resident Marisol Quintero
 * put it bluntly at a meeting on Tuesday: "We keep hearing low risk."' The person is named within the
 * sentence's first words.
 */
function subjectBeforeColon(c: Clause, from: number, open: number): Credit | null {
  const colon = c.ts[open - 1];
  if (colon?.text !== ":" || open - 1 <= from) return null;
  const head = Math.min(from + 4, open - 1);
  const speaker = speakerOf(c.analysis, c.raw, c.ts, from, head, c.cues, false);
  if (!speaker?.id || speaker.attribution !== "explicit") return null;
  if (c.analysis.byId.get(speaker.id)?.kind !== "person") return null;
  // "John Smith's lawyer filed a motion:": whose someone is, not who speaks
  if (c.ts.some((t, k) => k >= from && k < head && t.end === speaker.end && t.possessive)) return null;
  return { speaker, cue: null, cueStart: colon.start, cueEnd: colon.end, weak: false };
}

/** Verbs that credit the quotation before their sentence: "Smith said.", not "Smith urged colleagues to act." */
const PLAIN_CUES = new Set([
  "say",
  "tell",
  "add",
  "explain",
  "write",
  "tweet",
  "post",
  "state",
  "reply",
  "note",
  "ask",
]);

function speaksPlainly(cues: Cues, credit: Credit): boolean {
  const verb = credit.cue?.split(" ")[0]?.toLowerCase() ?? "";
  return PLAIN_CUES.has(cues.verbs.get(verb) ?? "");
}

/** A sentence that only credits: "Smith said." or "Lavrov said on Monday.", not "But he said that ...". */
function isBareCredit(ts: readonly Token[], credit: Credit, end: number): boolean {
  const from = firstStartingAt(ts, credit.cueEnd);
  // "Smith said the lake had grown.": a clause of its own after the verb is another statement
  if (CLAUSE_OPENERS.has((ts[from] as Token | undefined)?.lower ?? "")) return false;
  return end - from <= 8 && !ts.slice(from, end).some((t) => t.lower === "that" || t.text === '"');
}

/** Words that open a reported clause after a verb of saying, rather than a time or a place. */
const CLAUSE_OPENERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "there",
  "his",
  "her",
  "their",
  "its",
  "our",
]);

function kindOf(folded: string, q: QuoteSpan, credit: Credit | null, naming: boolean): QuoteKind {
  const text = folded.slice(q.start, q.end);
  const words = splitWordCount(text);
  if (naming && words <= 8) return "name";
  if (!credit && words <= 4 && !endsWithAny(text, ".!?,")) return "scare";
  const before = folded.slice(Math.max(0, q.open - 2), q.open).trim();
  const embedded = before !== "" && /[\p{L}\p{N}]$/u.test(before);
  if (embedded && (/^\p{Ll}/u.test(text) || words < 5)) return "partial";
  return "direct";
}

/**
 * The span of the speaker: the span object of the speaker's own mention where the name is one (almost
 * always), held once by the mention and the quote, else a span of its own.
 */
function speakerSpanOf(actors: ActorAnalysis, speaker: Speaker): Span {
  const mentions = speaker.id ? actors.byId.get(speaker.id)?.mentions : undefined;
  const same = mentions?.find((m) => m.span.start === speaker.start && m.span.end === speaker.end);
  return same?.span ?? { start: speaker.start, end: speaker.end };
}

/**
 * Finds every quoted span of the body and attributes it to a speaker.
 *
 * @example
 * findQuotes(doc, findActors(doc))[0]; // { text: "We need clear guarantees ...", speakerId: "a/sergei-lavrov", cue: "told a news conference", ... }
 */
export function findQuotes(doc: CleanDoc, actors: ActorAnalysis): Quote[] {
  const c = cues();
  const spans = findQuoteSpans(doc.raw, doc.folded, doc.paragraphs);
  const out: Quote[] = [];
  const tokens = new Map<number, readonly Token[]>();
  // one "articleId/q" for the article, which each id extends; repeated cues and speakers held once
  const idPrefix = `${doc.id}/q`;
  const text = strings();
  let prevSpeaker: { credit: Credit; paragraph: number } | null = null;
  spans.forEach((q, n) => {
    const p = doc.paragraphs[q.paragraph];
    if (!p) return;
    let ts = actors.paragraphTokens?.[q.paragraph] ?? tokens.get(q.paragraph);
    if (!ts) {
      ts = tokenize(doc.folded, p.start, p.end);
      tokens.set(q.paragraph, ts);
    }
    if (isHeadline(doc.folded, q, p)) return;
    const clause: Clause = { raw: doc.raw, ts, analysis: actors, cues: c };
    // (the first quotation has none before it: `spans[-1]` would be a slow named-property lookup)
    const previous = n > 0 ? spans[n - 1] : undefined;
    const prevQ = previous?.paragraph === q.paragraph ? previous : undefined;
    const nextQ = spans[n + 1]?.paragraph === q.paragraph ? spans[n + 1] : undefined;
    const openTok = firstStartingAt(ts, q.open);
    const closeTok = q.close === -1 ? firstStartingAt(ts, q.end) : firstStartingAt(ts, q.close + 1);
    const leftFloor = prevQ ? firstStartingAt(ts, (prevQ.close === -1 ? prevQ.end : prevQ.close) + 1) : 0;
    const rightLimit = nextQ ? firstStartingAt(ts, nextQ.open) : ts.length;
    const left = sentenceStartToken(ts, openTok, leftFloor);
    // a quotation ending its own sentence ('... discussions." But he said') has no words after it
    const ended =
      endsWithAny(doc.folded.slice(q.start, q.end), ".!?") && (ts[closeTok] as Token | undefined)?.cap === true;
    const right = ended ? closeTok : sentenceEndToken(ts, closeTok, rightLimit);
    const lead = doc.folded.slice(Math.max(p.start, q.open - 40), q.open).toLowerCase();
    // "a foul which he called 'soft'": what someone calls a thing is their own word, not a name
    const called = calledBy(clause, left, openTok);
    const naming = !called && c.namingBefore.test(lead);
    let credit: Credit | null = called;
    let attribution: Quote["attribution"] = called ? called.speaker.attribution : "none";
    if (!naming && !called) {
      credit =
        creditAfter(clause, closeTok, right) ??
        creditBefore(clause, left, openTok) ??
        accordingTo(clause, left, right) ??
        labelledBy(clause, left, openTok) ??
        subjectBeforeColon(clause, left, openTok);
      // '"...," the Financial Times reported' after 'X has said that ...': the medium only carries X's words
      if (credit && q.close !== -1 && isMedium(actors, credit)) {
        const before = creditBefore(clause, sentenceStartToken(ts, openTok, 0), openTok);
        if (before?.speaker.id && actors.byId.get(before.speaker.id)?.kind === "person") credit = before;
      }
      // the speaker stated in the next sentence: '"...." Smith said on Monday.'
      if (!credit && q.close !== -1 && right < rightLimit) {
        const end = sentenceEndToken(ts, right, rightLimit);
        const after = creditAfter(clause, right, end);
        if (after?.speaker.id && !after.weak && isBareCredit(ts, after, end) && speaksPlainly(clause.cues, after))
          credit = after;
      }
      // a paragraph that is only the quotation, and under it "That was the verdict of Smith, ..." or "So says Smith"
      if (!credit && q.open === p.start && closeTok >= ts.length - 1) credit = namedBelow(doc, actors, c, q.paragraph);
      // 'Smith said:' ending the paragraph above introduces a quotation that opens this one
      if (!credit && q.open === p.start && q.paragraph > 0)
        credit = introducedAbove(doc, actors, clause.cues, q.paragraph - 1);
      // 'Rowan Gillett, Crown Counsel' as the paragraph above a paragraph that is only the quotation
      if (!credit && q.open === p.start && closeTok >= ts.length - 1 && q.paragraph > 0)
        credit = labelledAbove(doc, actors, q.paragraph - 1);
      // '"The national team belongs to the fans."' over 'Bae Joon-suk / People Power Party lawmaker'
      if (!credit && q.open === p.start && closeTok >= ts.length - 1) credit = labelledBelow(doc, actors, q.paragraph);
      // 'Smith said the city would act.' as the paragraph above, with no quotation of its own
      if (!credit && q.open === p.start && q.paragraph > 0 && previous?.paragraph !== q.paragraph - 1) {
        const above = reportedAbove(doc, actors, clause.cues, q.paragraph - 1);
        if (above) {
          credit = above;
          prevSpeaker = { credit: above, paragraph: q.paragraph - 1 };
        }
      }
      // 'He said most patients were recovering. "Transfusion is rarely needed."': a quotation that opens a
      // sentence after a reported statement of the same paragraph, with no quotation between, is that speaker's
      if (!credit && !prevQ && left === openTok && left > 0) {
        const above = reportedFrom(doc, actors, clause.cues, ts, sentenceStartToken(ts, left - 1, 0));
        if (above) credit = above;
      }
      // '"...," the president of the union local said.' and under it 'The local's president, Hector Villarreal,
      // said ...': a holder described first is named in the next paragraph
      // '"...," an ICRC spokeswoman told reporters.' and under it 'The spokeswoman, Mónica Villamizar, said ...':
      // the holder named in the next paragraph by the same noun, over the body they speak for
      const noun = credit
        ? (DESCRIPTION_NOUN.exec(credit.speaker.text)?.[1] ??
          SUBJECT_NOUN.exec(doc.folded.slice(Math.max(p.start, credit.cueStart - 60), credit.cueStart))?.[1])
        : undefined;
      // ("a senior Christian Democrat MP told reporters": a name that only modifies the noun is not the holder)
      const modifier =
        credit !== null &&
        noun !== undefined &&
        /^\s+$/.test(doc.folded.slice(credit.speaker.end, credit.speaker.end + 1)) &&
        doc.folded.slice(credit.speaker.end, credit.cueStart).trim() === noun;
      const named =
        credit && noun && (credit.speaker.attribution !== "explicit" || modifier)
          ? namedNext(doc, actors, q.paragraph, noun)
          : null;
      if (credit && named) credit = { ...credit, speaker: named };
      else if (
        credit &&
        credit.speaker.id === null &&
        // ("The acting chief executive of NOMAGAS said ... "...," she said.": a pronoun nobody named before stands for
        // the holder named next)
        (describesHolder(credit.speaker.text) || /^(?:he|she)$/i.test(credit.speaker.text))
      ) {
        const below = subjectBelow(doc, actors, c, q.paragraph);
        if (below) credit = { ...credit, speaker: { ...below.speaker, attribution: "role" } };
      }
      if (credit) attribution = credit.speaker.attribution;
      // a bare quotation after another in the same paragraph, or opening the next, continues its speaker
      const bare =
        !credit &&
        prevSpeaker &&
        (prevSpeaker.paragraph === q.paragraph ||
          (prevSpeaker.paragraph === q.paragraph - 1 && (q.open === p.start || q.continued)));
      if (bare && prevSpeaker) {
        credit = prevSpeaker.credit;
        attribution = "continuation";
      }
    }
    const kind = kindOf(doc.folded, q, credit, naming);
    const scare = kind === "scare" || kind === "name";
    if (credit && !scare && credit.speaker.id) prevSpeaker = { credit, paragraph: q.paragraph };
    const s = scare ? null : credit;
    out.push({
      id: joined(idPrefix, String(out.length + 1)),
      articleId: doc.id,
      text: doc.raw.slice(q.start, q.end),
      span: { start: q.start, end: q.end },
      kind,
      speakerId: s?.speaker.id ?? null,
      speaker: s ? text(s.speaker.text) : null,
      speakerSpan: s ? speakerSpanOf(actors, s.speaker) : null,
      attribution: s ? attribution : "none",
      cue: s && attribution !== "continuation" && s.cue !== null ? text(s.cue) : null,
      cueSpan: s && attribution !== "continuation" ? { start: s.cueStart, end: s.cueEnd } : null,
      paragraph: q.paragraph,
      groupId: null,
    });
  });
  backfillContinued(out, spans);
  return out;
}

/** A quotation carried over paragraphs is credited at its end: its earlier parts take that speaker. */
function backfillContinued(out: Quote[], spans: readonly QuoteSpan[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i] as Quote;
    const next = out[i + 1] as Quote;
    if ((spans[i] as QuoteSpan).continues && !q.speakerId && next.speakerId) {
      out[i] = {
        ...q,
        speakerId: next.speakerId,
        speaker: next.speaker,
        speakerSpan: next.speakerSpan,
        attribution: "continuation",
      };
    }
  }
}

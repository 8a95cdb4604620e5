// Re-resolves the relative time expressions of an article once the corpus has inferred its date: the
// events stage left "last month" or "on Saturday" open because the text states no date of its own.
import type { PredicateMatch } from "../events/lexicon/predicates.js";
import { sentenceTimes } from "../events/sentence-events.js";
import { storyDate } from "../events/story-date.js";
import type { Article } from "../schema/article.js";
import type { DateValue, Span } from "../schema/common.js";
import type { Event } from "../schema/event.js";
import { foldText } from "../text/fold.js";
import { sharing } from "../text/share.js";

/** What re-timing needs of one evidence sentence, read once for all the events it carries. */
interface SentenceReading {
  readonly folded: string;
  readonly predicates: readonly PredicateMatch[];
  readonly timeAt: (predicateStart: number) => DateValue | null;
  readonly hasTimes: () => boolean;
}

function readSentence(
  evidence: Event["evidence"][number],
  quoteSpans: readonly Span[],
  refIso: string,
): SentenceReading {
  // a sparse folded article: only the evidence sentence at its offset, so that spans stay article offsets
  const folded = " ".repeat(evidence.span.start) + foldText(evidence.text);
  const { predicates, timeAt, hasTimes } = sentenceTimes(folded, evidence.span, quoteSpans, refIso);
  return { folded, predicates, timeAt, hasTimes };
}

function retime(
  event: Event,
  read: (evidence: Event["evidence"][number]) => SentenceReading,
  refIso: string,
  shared: (time: DateValue) => DateValue,
): Event {
  if (event.time && event.time.basis === "stated") return event;
  const evidence = event.evidence[0];
  if (!evidence) return event;
  const sentence = read(evidence);
  const head = event.predicate.split(" ")[0] ?? "";
  const at = sentence.predicates.find((p) => event.predicate.startsWith(p.text) && p.text.startsWith(head));
  if (!at) return event;
  let time = sentence.timeAt(at.start);
  if (!time && !event.time) {
    // the expressions found against the inferred date are the ones found against none: only values differ
    time = storyDate(sentence.folded, evidence.span, at.start, sentence.hasTimes(), refIso, "corpus");
  }
  if (!time) return event;
  return { ...event, time: shared(outsideFolded(time, evidence)), date: time.value };
}

/**
 * `time` with its text taken from the evidence: a string cut from the sparse folded copy would keep that copy
 * (as long as the article up to the sentence) alive with the event. Folding works code unit by code unit, so
 * folding the raw expression gives the same text.
 */
function outsideFolded(time: DateValue, evidence: Event["evidence"][number]): DateValue {
  if (time.text === undefined || !time.span) return time;
  const from = time.span.start - evidence.span.start;
  const to = time.span.end - evidence.span.start;
  if (from < 0 || to > evidence.text.length) return time;
  return { ...time, text: foldText(evidence.text.slice(from, to)) };
}

/**
 * `article` with the date `refIso` that the corpus inferred for it (basis "corpus") and its events'
 * relative time expressions resolved against that date; an event whose sentence states no time takes that date
 * (basis "corpus", no expression) unless it is ahead or background.
 */
export function redateArticle(article: Article, refIso: string): Article {
  const quoteSpans = article.quotes.map((q) => ({ start: Math.max(0, q.span.start - 1), end: q.span.end + 1 }));
  // most retimed events take the article's date itself: one object for each distinct time
  const one = sharing<DateValue>();
  const shared = (t: DateValue) =>
    one(
      `${t.value}|${t.end ?? ""}|${t.precision}|${t.basis}|${t.text ?? ""}|${t.span?.start ?? ""}|${t.span?.end ?? ""}|${Object.keys(t).join()}`,
      () => t,
    );
  const sentences = new Map<string, SentenceReading>();
  const read = (evidence: Event["evidence"][number]) => {
    const key = `${evidence.span.start}:${evidence.span.end}`;
    const known = sentences.get(key);
    if (known) return known;
    const r = readSentence(evidence, quoteSpans, refIso);
    sentences.set(key, r);
    return r;
  };
  return {
    ...article,
    publishedAt: refIso,
    published: { value: refIso, precision: "day", basis: "corpus" },
    events: article.events.map((e) => retime(e, read, refIso, shared)),
  };
}

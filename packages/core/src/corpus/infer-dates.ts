// Dates for articles that state none: an article that shares its main event with dated articles takes the
// day of that event, or the day after when its lead tells the event as of the day before ("yesterday"), (basis
// "corpus"), and its relative time expressions are resolved against it.

import { addDays, daysBetween, formatIso, parseYmd, weekdayOf } from "../events/time/calendar.js";
import { findTimeMentions } from "../events/time/recognize.js";
import type { Article } from "../schema/article.js";
import type { LinkState } from "./linker.js";

/** "yesterday afternoon", "last night", "on Wednesday night": a time of the day before the report. */
const DAY_BEFORE = /\b(?:yesterday|last night|overnight)\b|day\s+night\b/i;

/** "this afternoon", "earlier today", "tonight": a time of the report's own day. */
const SAME_DAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;

/**
 * How many days after the day of its story the article came out, by how its own lead dates the story: the day
 * after for "yesterday", "last night" or "on Wednesday night"; the same day for "today" or "this afternoon";
 * null when the lead does not tell ("on Tuesday", no time).
 */
function reportLag(article: Article): number | null {
  const event = article.events.find((e) => e.id === article.mainEventId);
  const sentence = event?.evidence.find((e) => e.articleId === article.id)?.text ?? "";
  // ("Shareholders have voted down a proposal." over "The vote was taken at a meeting held virtually yesterday."):
  // a lead of no time at all is dated by the paragraph after it
  const lag = lagOf(sentence);
  if (lag !== null || findTimeMentions(sentence).length > 0) return lag;
  const [first, second] = article.paragraphs;
  return first?.includes(sentence) && second !== undefined ? lagOf(second) : null;
}

/** The lag the times of `text` tell (see reportLag), or null. */
function lagOf(text: string): number | null {
  // ("add five aircraft by the end of next year under a plan unveiled yesterday": whichever of its times tells it)
  let today = false;
  for (const mention of findTimeMentions(text)) {
    const around = text.slice(mention.start, Math.min(text.length, mention.end + 8));
    if (DAY_BEFORE.test(around)) return 1;
    today ||= SAME_DAY.test(text.slice(mention.start, mention.end));
  }
  return today ? 0 : null;
}

/** A paper named for the day of the week it comes out on: "The Sunday Times", "Sunday Observer", "The Saturday Paper". */
const PAPER_DAY = /\b(Sun|Satur)day\b/;

/**
 * For a paper named for the day it comes out on, the first such day on or after `day`, else null: an undated
 * report in "The Sunday Times" of a story of Thursday came out on the Sunday.
 */
function onPaperDay(article: Article, day: string): string | null {
  const m = article.outlet ? PAPER_DAY.exec(article.outlet) : null;
  const ymd = m ? parseYmd(day) : null;
  if (!m || !ymd) return null;
  const want = m[1] === "Sun" ? 0 : 6;
  return formatIso(addDays(ymd, (want - weekdayOf(ymd) + 7) % 7));
}

/** How many days after a story's day its reports may come out and still date an undated report of it. */
const REPORT_DAYS = 3;

/**
 * The day most dated members of a cluster came out on, the earliest-added on a tie, when it is the day `story`
 * or up to REPORT_DAYS after it: the day an undated report of the same story most likely came out too.
 */
function reportedDay(state: LinkState, ids: readonly string[], story: string): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const p = state.articles.get(id)?.article.published;
    if (p?.precision !== "day" || p.basis !== "stated") continue;
    const day = p.value.slice(0, 10);
    const from = parseYmd(story);
    const to = parseYmd(day);
    if (!from || !to || day < story || daysBetween(from, to) > REPORT_DAYS) continue;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [d, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The day most members of a same-event cluster give their main event, the earliest-added on a tie. */
function clusterDay(state: LinkState, ids: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const day = state.articles.get(id)?.profile?.day;
    if (day) counts.set(formatIso(day), (counts.get(formatIso(day)) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [d, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * The day the corpus infers for each article of `clusters` that states none: the day its cluster gives its
 * main event, the day after (see reportLag), or the day its cluster's dated reports came out (see reportedDay). The articles are re-dated (`redateArticle`) as the assembly comes to them, not all at once.
 */
export function inferDates(state: LinkState, clusters: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const out = new Map<string, string>();
  const days = new Map<readonly string[], string | null>();
  for (const [id, ids] of clusters) {
    const article = state.articles.get(id)?.article;
    if (!article || article.published?.precision === "day") continue;
    if (!days.has(ids)) days.set(ids, clusterDay(state, ids));
    const day = days.get(ids);
    if (!day) continue;
    const lag = reportLag(article);
    const ymd = lag ? parseYmd(day) : null;
    // told as of the day before: the day after the story's; as of today: the story's day; else the day the other
    // reports of it came out, within a few days of the story's, else the story's day
    const told = ymd && lag ? formatIso(addDays(ymd, lag)) : lag === 0 ? day : null;
    // (a paper named for the day it comes out on came out on the first such day from the story's)
    out.set(id, onPaperDay(article, told ?? day) ?? told ?? reportedDay(state, ids, day) ?? day);
  }
  return out;
}

// The internal document model that the pipeline stages share. Every offset is into `raw`;
// `folded` has the same length, so matching happens on `folded` and spans stay valid for `raw`.
import type { MetaSpans, Removed } from "../schema/article.js";
import type { DateValue, Span, SpannedText } from "../schema/common.js";

/** A sentence of the clean body. `paragraph` indexes `CleanDoc.paragraphs`. */
export interface SentenceSpan extends Span {
  readonly paragraph: number;
}

/** What the cleaning stage (text -> article) hands on. */
export interface CleanDoc {
  readonly id: string;
  readonly raw: string;
  readonly folded: string;
  /** Body paragraphs in order, debris and duplicates removed. */
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly SentenceSpan[];
  readonly captions: readonly SpannedText[];
  readonly removed: readonly Removed[];
  readonly headline: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
  /** Publication date from the text, or the caller's reference date, or null. */
  readonly published: DateValue | null;
  /**
   * The day the story was filed, when its dateline dates it a day to three before the publication date ("New
   * Delhi, July 15:" on the page of July 16): its "today" and "on Tuesday" are that day's.
   */
  readonly filed?: string;
  readonly meta: MetaSpans;
}

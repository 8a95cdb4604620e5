import type {
  Actor,
  ActorKind,
  CorpusArticle,
  Event,
  IsoDate,
  PloverType,
  Quote,
  TimelineEntry,
} from "@newsgraph/core";

/**
 * Where a page starts and how long it is. `after` is the `next` of the previous page, exactly as the source
 * returned it: the source alone decides what it encodes (a sort key, a row id), the API only wraps it in an
 * opaque cursor.
 */
export interface PageRequest {
  readonly after: string | null;
  readonly limit: number;
}

/** One page of a list, in the source's stable order; `next` is null on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

export interface ActorFilter {
  readonly kind?: ActorKind | undefined;
  /** Case- and accent-insensitive substring of the name or of an alias. */
  readonly name?: string | undefined;
  /** Only actors mentioned in this article. */
  readonly article?: string | undefined;
}

export interface QuoteFilter {
  /** Actor id of the speaker. */
  readonly speaker?: string | undefined;
  readonly article?: string | undefined;
  /** Case- and accent-insensitive substring of the quoted words. */
  readonly text?: string | undefined;
}

/** A date range: an event matches when its date (day, month or year) overlaps `[from, to]`. */
export interface DateRange {
  readonly from?: IsoDate | undefined;
  readonly to?: IsoDate | undefined;
}

export interface EventFilter extends DateRange {
  readonly type?: PloverType | undefined;
  /** Actor id among the sources or the targets. */
  readonly actor?: string | undefined;
  readonly article?: string | undefined;
}

/** An actor with what they said and what they took part in. */
export interface ActorDetail {
  readonly actor: Actor;
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
}

/** A timeline entry with its event. */
export type TimelineItem = TimelineEntry & { readonly event: Event };

/**
 * Read access to a corpus, as the read routes need it. The API ships an in-memory implementation
 * (`createMemorySource`, used for the seed corpus); a persistent store implements the same interface.
 * Every method is async so that an implementation may query a database. Lists must be in a stable order
 * and filter before paging, so that a page is never short because of a filter.
 */
export interface CorpusSource {
  listArticles(page: PageRequest): Promise<Page<CorpusArticle>>;
  getArticle(id: string): Promise<CorpusArticle | null>;
  listActors(filter: ActorFilter, page: PageRequest): Promise<Page<Actor>>;
  getActor(id: string): Promise<ActorDetail | null>;
  listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<Quote>>;
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<Event>>;
  listTimeline(filter: DateRange, page: PageRequest): Promise<Page<TimelineItem>>;
}

/**
 * Raised by a source when `after` is not a key it issued (the API answers 400 invalid-cursor). A source may
 * throw its own error class instead, as long as it has `code: "INVALID_PAGE_KEY"`.
 */
export class InvalidPageKeyError extends Error {
  override readonly name = "InvalidPageKeyError";
}

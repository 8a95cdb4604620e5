import type { Span } from "@newsgraph/core";

/** Where a key press can take the user: a span of an article, an actor's page, or an article. */
export type Target =
  | { readonly kind: "evidence"; readonly articleId: string; readonly span: Span | null }
  | { readonly kind: "actor"; readonly actorId: string; readonly articleId?: string }
  | { readonly kind: "article"; readonly articleId: string };

/** A row of a list: what it shows, where Enter and `e` lead, and what export writes for it. */
export interface Row<T> {
  readonly key: string;
  readonly data: T;
  /** Where Enter leads. */
  readonly target: Target | null;
  /** Where `e` leads: the evidence in the article. */
  readonly evidence: Target | null;
  /** A flat record for export. */
  readonly record: Readonly<Record<string, unknown>>;
}

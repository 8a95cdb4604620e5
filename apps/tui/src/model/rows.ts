// The rows of each view, built from the index and the filter scope. Views render them; export writes their records.
import type { Actor, ActorKind, CorpusArticle, DiffPart, Quote, QuoteGroup } from "@newsgraph/core";
import {
  articleLabel,
  articleTitle,
  type CorpusIndex,
  findActor,
  firstMention,
  mentionCount,
  type TimelineItem,
} from "./corpus-index.js";
import { articleAllowed, dateInRange, type FilterScope } from "./filters.js";
import type { Row } from "./target.js";

/** An event's PLOVER type as the lists show it; "—" for a dated happening the lexicon does not type. */
export const typeLabel = (type: string | null): string => type ?? "—";

export interface EventRow extends TimelineItem {
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
}

function actorNames(index: CorpusIndex, ids: readonly string[], articleId: string | undefined): string[] {
  return ids.map((id) => findActor(index, id, articleId)?.name ?? id);
}

/** Timeline rows: events by date, each with its actors and place. */
export function timelineRows(index: CorpusIndex, scope: FilterScope): Row<EventRow>[] {
  const rows: Row<EventRow>[] = [];
  for (const [i, item] of index.timeline.entries()) {
    const e = item.event;
    if (scope.eventArticles && !e.articleIds.some((id) => scope.eventArticles?.has(id))) continue;
    if (!dateInRange(item.date, scope.from, scope.to)) continue;
    if (scope.actors && ![...e.sourceIds, ...e.targetIds].some((id) => scope.actors?.has(id))) continue;
    const art = e.articleIds[0];
    const sources = actorNames(index, e.sourceIds, art);
    const targets = actorNames(index, e.targetIds, art);
    const place = e.placeName ?? (e.place ? (findActor(index, e.place, art)?.name ?? e.place) : null);
    const ev = e.evidence[0];
    rows.push({
      key: `${e.id}#${i}`,
      data: { ...item, sources, targets, place },
      target: ev ? { kind: "evidence", articleId: ev.articleId, span: ev.span } : null,
      evidence: ev ? { kind: "evidence", articleId: ev.articleId, span: ev.span } : null,
      record: {
        id: e.id,
        date: item.date,
        type: e.type,
        cameo: e.cameo,
        main: item.main,
        summary: e.summary,
        predicate: e.predicate,
        sources,
        targets,
        place,
        articleIds: e.articleIds,
        evidence: ev?.text ?? null,
      },
    });
  }
  return rows;
}

export interface ActorRow {
  readonly actor: Actor;
  readonly count: number;
}

/** Actor rows: people, organisations and places by mention count, optionally of one kind. */
export function actorRows(index: CorpusIndex, scope: FilterScope, kind: ActorKind | "all"): Row<ActorRow>[] {
  const rows: Row<ActorRow>[] = [];
  index.corpus.actors.forEach((actor, i) => {
    if (kind !== "all" && actor.kind !== kind) return;
    const count = mentionCount(actor, scope.articles);
    if (count === 0) return;
    const m = firstMention(actor);
    rows.push({
      key: `${actor.id}#${i}`,
      data: { actor, count },
      target: { kind: "actor", actorId: actor.id, ...(actor.articleIds[0] ? { articleId: actor.articleIds[0] } : {}) },
      evidence: m ? { kind: "evidence", articleId: m.articleId, span: m.span } : null,
      record: {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        subtype: actor.subtype,
        mentions: count,
        aliases: actor.aliases,
        roles: actor.roles.map((r) => `${r.title}${r.of ? ` of ${r.of}` : ""}${r.asOf ? ` (${r.asOf})` : ""}`),
        articleIds: actor.articleIds,
      },
    });
  });
  return rows.sort((a, b) => b.data.count - a.data.count || a.data.actor.name.localeCompare(b.data.actor.name));
}

/** A row of the quotes view: a group of wordings, one wording inside an expanded group, or a lone quote. */
export type QuoteRow =
  | {
      readonly kind: "group";
      readonly group: QuoteGroup;
      readonly quotes: readonly Quote[];
      readonly speaker: string;
      readonly expanded: boolean;
    }
  | { readonly kind: "variant"; readonly quote: Quote; readonly diff: readonly DiffPart[]; readonly outlet: string }
  | { readonly kind: "quote"; readonly quote: Quote; readonly speaker: string; readonly outlet: string };

/** The speaker of a quote as a name. */
export function speakerName(index: CorpusIndex, q: Quote): string {
  return q.speaker ?? findActor(index, q.speakerId, q.articleId)?.name ?? "(unattributed)";
}

function quoteRecord(index: CorpusIndex, q: Quote): Record<string, unknown> {
  const a = index.articleById.get(q.articleId);
  return {
    id: q.id,
    speaker: speakerName(index, q),
    text: q.text,
    kind: q.kind,
    articleId: q.articleId,
    outlet: a?.outlet ?? null,
    date: a?.publishedAt ?? null,
    groupId: q.groupId,
  };
}

/** Quote rows: utterances carried by several outlets as one group (expandable to each wording), then lone quotes. */
export function quoteRows(index: CorpusIndex, scope: FilterScope, expanded: ReadonlySet<string>): Row<QuoteRow>[] {
  const quoteAllowed = (q: Quote) => {
    const a = index.articleById.get(q.articleId);
    if (a && !articleAllowed(scope, a)) return false;
    return scope.actors === null || (q.speakerId !== null && scope.actors.has(q.speakerId));
  };
  const rows: Row<QuoteRow>[] = [];
  const grouped = new Set<string>();
  for (const group of index.corpus.quoteGroups) {
    // Quote ids are unique within an article; a group lists the ids of the quotes it holds.
    const quotes = group.quoteIds.map((id) => index.quoteById.get(id)).filter((q): q is Quote => q !== undefined);
    for (const q of quotes) grouped.add(q.id);
    if (!quotes.some(quoteAllowed)) continue;
    const first = quotes[0];
    const speaker = first ? speakerName(index, first) : "(unattributed)";
    const isOpen = expanded.has(group.id);
    const ev = first ? ({ kind: "evidence", articleId: first.articleId, span: first.span } as const) : null;
    rows.push({
      key: `g:${group.id}`,
      data: { kind: "group", group, quotes, speaker, expanded: isOpen },
      target: ev,
      evidence: ev,
      record: {
        id: group.id,
        speaker,
        text: group.text,
        outlets: quotes.map((q) => articleLabel(index.articleById.get(q.articleId))),
        quoteIds: group.quoteIds,
      },
    });
    if (!isOpen) continue;
    for (const v of group.variants) {
      const quote = index.quoteById.get(v.quoteId);
      if (!quote) continue;
      const ev2 = { kind: "evidence", articleId: quote.articleId, span: quote.span } as const;
      rows.push({
        key: `v:${group.id}:${v.articleId}:${v.quoteId}`,
        data: { kind: "variant", quote, diff: v.diff, outlet: articleLabel(index.articleById.get(quote.articleId)) },
        target: ev2,
        evidence: ev2,
        record: quoteRecord(index, quote),
      });
    }
  }
  for (const quote of index.quotes) {
    if (grouped.has(quote.id) || !quoteAllowed(quote)) continue;
    const ev = { kind: "evidence", articleId: quote.articleId, span: quote.span } as const;
    rows.push({
      key: `q:${quote.articleId}:${quote.id}`,
      data: {
        kind: "quote",
        quote,
        speaker: speakerName(index, quote),
        outlet: articleLabel(index.articleById.get(quote.articleId)),
      },
      target: ev,
      evidence: ev,
      record: quoteRecord(index, quote),
    });
  }
  return rows;
}

/** Article rows, in corpus order. */
export function articleRows(index: CorpusIndex, scope: FilterScope): Row<CorpusArticle>[] {
  return index.corpus.articles
    .filter((a) => articleAllowed(scope, a))
    .map((a) => ({
      key: a.id,
      data: a,
      target: { kind: "article", articleId: a.id },
      evidence: { kind: "article", articleId: a.id },
      record: {
        id: a.id,
        headline: articleTitle(a),
        outlet: a.outlet,
        byline: a.byline,
        dateline: a.dateline,
        publishedAt: a.publishedAt,
        paragraphs: a.paragraphs.length,
        quotes: a.quotes.length,
        actors: a.actorIds.length,
        events: a.eventIds.length,
      },
    }));
}

// Everything about one actor: roles over time, what it said, the events it took part in, where it is mentioned.
import type { Actor } from "@newsgraph/core";
import { articleLabel, articleTitle, type CorpusIndex, compareDates, findActor } from "./corpus-index.js";
import { typeLabel } from "./rows.js";
import type { Row } from "./target.js";

export type ActorSection = "role" | "quote" | "event" | "article";

export interface ActorPageRow {
  readonly section: ActorSection;
  readonly date: string | null;
  readonly text: string;
  readonly detail: string;
}

/** The actor and its namesakes in other articles: ids are local to an article until the corpus is linked. */
export function actorFamily(index: CorpusIndex, actorId: string, articleId?: string): Actor[] {
  const actor = findActor(index, actorId, articleId);
  if (!actor) return [];
  const name = actor.name.toLowerCase();
  return (index.actorsById.get(actorId) ?? []).filter((a) => a === actor || a.name.toLowerCase() === name);
}

/** The rows of an actor's page, section by section. */
export function actorPageRows(index: CorpusIndex, family: readonly Actor[]): Row<ActorPageRow>[] {
  const rows: Row<ActorPageRow>[] = [];
  const articleIds = new Set(family.flatMap((a) => [...a.articleIds, ...a.mentions.map((m) => m.articleId)]));
  const ids = new Set(family.map((a) => a.id));
  const inScope = (articleId: string) => articleIds.size === 0 || articleIds.has(articleId);

  const roles = family.flatMap((a) => a.roles).sort((a, b) => compareDates(a.asOf, b.asOf));
  for (const [i, r] of roles.entries()) {
    const ev = r.span ? ({ kind: "evidence", articleId: r.articleId, span: r.span } as const) : null;
    rows.push({
      key: `role:${i}`,
      data: {
        section: "role",
        date: r.asOf,
        text: r.of ? `${r.title}, ${r.of}` : r.title,
        detail: articleLabel(index.articleById.get(r.articleId), r.articleId),
      },
      target: ev ?? { kind: "article", articleId: r.articleId },
      evidence: ev,
      record: { section: "role", date: r.asOf, title: r.title, of: r.of, articleId: r.articleId },
    });
  }
  for (const q of index.quotes) {
    if (q.speakerId === null || !ids.has(q.speakerId) || !inScope(q.articleId)) continue;
    const a = index.articleById.get(q.articleId);
    const ev = { kind: "evidence", articleId: q.articleId, span: q.span } as const;
    rows.push({
      key: `quote:${q.articleId}:${q.id}`,
      data: { section: "quote", date: a?.publishedAt ?? null, text: q.text, detail: articleLabel(a) },
      target: ev,
      evidence: ev,
      record: { section: "quote", id: q.id, text: q.text, articleId: q.articleId },
    });
  }
  for (const [i, item] of index.timeline.entries()) {
    const e = item.event;
    const involved = [...e.sourceIds, ...e.targetIds, ...(e.place ? [e.place] : [])].some((id) => ids.has(id));
    if (!involved || !e.articleIds.some(inScope)) continue;
    const ev = e.evidence[0];
    const t = ev ? ({ kind: "evidence", articleId: ev.articleId, span: ev.span } as const) : null;
    rows.push({
      key: `event:${e.id}#${i}`,
      data: { section: "event", date: item.date, text: e.summary || e.predicate, detail: typeLabel(e.type) },
      target: t,
      evidence: t,
      record: { section: "event", id: e.id, date: item.date, type: e.type, summary: e.summary },
    });
  }
  for (const id of articleIds) {
    const a = index.articleById.get(id);
    if (!a) continue;
    const mentions = family.flatMap((x) => x.mentions).filter((m) => m.articleId === id);
    const first = mentions[0];
    rows.push({
      key: `article:${id}`,
      data: {
        section: "article",
        date: a.publishedAt,
        text: articleTitle(a),
        detail: `${articleLabel(a)} · ${mentions.length} mention${mentions.length === 1 ? "" : "s"}`,
      },
      target: first ? { kind: "evidence", articleId: id, span: first.span } : { kind: "article", articleId: id },
      evidence: first ? { kind: "evidence", articleId: id, span: first.span } : null,
      record: { section: "article", id, headline: articleTitle(a), mentions: mentions.length },
    });
  }
  return rows;
}

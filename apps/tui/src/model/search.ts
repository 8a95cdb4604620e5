// Search across actors, quotes and article text. Case is ignored; article hits point at the matched words.
import { articleLabel, articleTitle, type CorpusIndex } from "./corpus-index.js";
import { articleAllowed, type FilterScope } from "./filters.js";
import { speakerName } from "./rows.js";
import type { Row } from "./target.js";

export interface SearchHit {
  readonly section: "actor" | "quote" | "article";
  readonly title: string;
  /** The text around the match, and where the match lies in it. */
  readonly context: string;
  readonly at: number;
  readonly length: number;
}

/** Most hits listed per section; the rest are counted, not shown. */
export const MAX_HITS = 200;

/** Cuts `text` to about `width` characters around [at, at+length), returning the cut and the match's new offset. */
export function excerpt(text: string, at: number, length: number, width = 70): { text: string; at: number } {
  const start = Math.max(0, Math.min(at - Math.floor((width - length) / 3), text.length - width));
  const prefix = start > 0 ? "…" : "";
  const cut = text.slice(start, start + width).replace(/\s+/g, " ");
  return { text: prefix + cut, at: at - start + prefix.length };
}

/** Finds the query in actor names and aliases, quote texts and speakers, and article headlines and paragraphs. */
export function searchCorpus(index: CorpusIndex, query: string, scope: FilterScope): Row<SearchHit>[] {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return [];
  const rows: Row<SearchHit>[] = [];
  let n = 0;
  for (const [i, actor] of index.corpus.actors.entries()) {
    if (n >= MAX_HITS) break;
    const name = [actor.name, ...actor.aliases].find((x) => x.toLowerCase().includes(q));
    if (!name) continue;
    if (scope.articles && !actor.articleIds.some((id) => scope.articles?.has(id))) continue;
    n++;
    rows.push({
      key: `actor:${actor.id}#${i}`,
      data: {
        section: "actor",
        title: `${actor.name} (${actor.kind})`,
        context: name,
        at: name.toLowerCase().indexOf(q),
        length: q.length,
      },
      target: { kind: "actor", actorId: actor.id, ...(actor.articleIds[0] ? { articleId: actor.articleIds[0] } : {}) },
      evidence: actor.mentions[0]
        ? { kind: "evidence", articleId: actor.mentions[0].articleId, span: actor.mentions[0].span }
        : null,
      record: { section: "actor", id: actor.id, name: actor.name, kind: actor.kind },
    });
  }
  n = 0;
  for (const quote of index.quotes) {
    if (n >= MAX_HITS) break;
    const speaker = speakerName(index, quote);
    const inText = quote.text.toLowerCase().indexOf(q);
    if (inText < 0 && !speaker.toLowerCase().includes(q)) continue;
    const a = index.articleById.get(quote.articleId);
    if (a && !articleAllowed(scope, a)) continue;
    n++;
    const cut = inText >= 0 ? excerpt(quote.text, inText, q.length) : { text: quote.text.slice(0, 70), at: -1 };
    const ev = { kind: "evidence", articleId: quote.articleId, span: quote.span } as const;
    rows.push({
      key: `quote:${quote.articleId}:${quote.id}`,
      data: {
        section: "quote",
        title: `${speaker} · ${articleLabel(a)}`,
        context: cut.text,
        at: cut.at,
        length: q.length,
      },
      target: ev,
      evidence: ev,
      record: { section: "quote", id: quote.id, speaker, text: quote.text, articleId: quote.articleId },
    });
  }
  n = 0;
  for (const a of index.corpus.articles) {
    if (n >= MAX_HITS) break;
    if (!articleAllowed(scope, a)) continue;
    for (const [p, para] of a.paragraphs.entries()) {
      const at = para.toLowerCase().indexOf(q);
      if (at < 0) continue;
      const base = a.paragraphSpans[p]?.start;
      const span = base === undefined ? null : { start: base + at, end: base + at + q.length };
      const cut = excerpt(para, at, q.length);
      n++;
      rows.push({
        key: `article:${a.id}:${p}`,
        data: {
          section: "article",
          title: articleTitle(a).slice(0, 60),
          context: cut.text,
          at: cut.at,
          length: q.length,
        },
        target: { kind: "evidence", articleId: a.id, span },
        evidence: { kind: "evidence", articleId: a.id, span },
        record: { section: "article", articleId: a.id, paragraph: p, text: para },
      });
      if (n >= MAX_HITS) break;
    }
  }
  return rows;
}

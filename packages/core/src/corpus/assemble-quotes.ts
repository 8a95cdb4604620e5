// Quote groups: quotes of different articles linked as one utterance, with a word-level diff of each
// wording against the group's first (in order of addition).
import { diffWords } from "diff";
import type { Quote, QuoteGroup } from "../schema/quote.js";
import type { LinkState } from "./linker.js";
import type { QuoteNode } from "./quote-match.js";
import { UnionFind } from "./union-find.js";

export interface QuoteAssembly {
  readonly groups: QuoteGroup[];
  readonly groupOfNode: ReadonlyMap<string, string>;
}

/** The corpus id of a quote: its article id and its own id, unless the own id already names the article. */
export function corpusQuoteId(articleId: string, quote: Pick<Quote, "id">): string {
  return quote.id.startsWith(articleId) ? quote.id : `${articleId}#${quote.id}`;
}

export function assembleQuotes(
  state: LinkState,
  actorIdOf: (articleId: string, localId: string | null) => string | null,
): QuoteAssembly {
  // the quote nodes are members by their position: only the wordings and short-quote keys that join them
  // are keys
  let count = 0;
  for (const entry of state.articles.values()) count += entry.quotes.length;
  const uf = new UnionFind(count);
  const nodes: QuoteNode[] = [];
  // the members of part links by node id, joined once both ends have their places
  const linked = new Map<string, number>();
  for (const entry of state.articles.values()) {
    for (const q of entry.quotes) {
      const i = nodes.push(q) - 1;
      const parts = state.partLinks.get(q.id);
      if (parts) {
        linked.set(q.id, i);
        for (const p of parts) {
          const j = linked.get(p.nodeId);
          if (j !== undefined) uf.join(i, j);
        }
      }
      // under the wording or the short-quote key that the linker filed the quote
      const short = entry.shortKeys.get(q.id);
      if (short) uf.join(i, uf.memberOf(`\u0002${short}`));
      else if (!q.short) uf.join(i, uf.memberOf(`\u0001${q.wording.key}`));
    }
  }
  for (const [a, bs] of state.wordingLinks)
    for (const b of bs) uf.join(uf.memberOf(`\u0001${a}`), uf.memberOf(`\u0001${b}`));
  const byRoot = new Map<number, QuoteNode[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = uf.rootOf(i);
    const list = byRoot.get(r);
    if (list) list.push(nodes[i] as QuoteNode);
    else byRoot.set(r, [nodes[i] as QuoteNode]);
  }
  const groups: QuoteGroup[] = [];
  const groupOfNode = new Map<string, string>();
  for (const linked of byRoot.values()) {
    if (new Set(linked.map((m) => m.articleId)).size < 2) continue;
    const members = onePerArticle(linked);
    const first = members[0] as QuoteNode;
    // copies of one wire story carry the same text: one diff for each distinct text, shared by its variants
    const diffs = new Map<string, QuoteGroup["variants"][number]["diff"]>();
    const diffOf = (text: string) => {
      let diff = diffs.get(text);
      if (!diff) {
        diff = diffWords(first.quote.text, text).map((part) => ({
          op: part.added ? ("insert" as const) : part.removed ? ("delete" as const) : ("equal" as const),
          text: part.value,
        }));
        diffs.set(text, diff);
      }
      return diff;
    };
    const id = `quote:${corpusQuoteId(first.articleId, first.quote)}`;
    for (const m of members) groupOfNode.set(m.id, id);
    groups.push({
      id,
      text: first.quote.text,
      speakerIds: [
        ...new Set(members.map((m) => actorIdOf(m.articleId, m.quote.speakerId)).filter((s): s is string => !!s)),
      ],
      quoteIds: members.map((m) => corpusQuoteId(m.articleId, m.quote)),
      articleIds: [...new Set(members.map((m) => m.articleId))],
      variants: members.map((m) => ({
        quoteId: corpusQuoteId(m.articleId, m.quote),
        articleId: m.articleId,
        text: m.quote.text,
        diff: diffOf(m.quote.text),
      })),
    });
  }
  return { groups, groupOfNode };
}

/**
 * Of the quotes of one article linked to an utterance, the longest, in the order they came: a group holds each
 * outlet's wording once. An echo of part of it ("a political takeover" in the lead, the full quotation below) and
 * a part of the quotation split off by its credit ('"..." he said. "Once the election is done, we go home."')
 * are left out of the group.
 */
function onePerArticle(members: readonly QuoteNode[]): QuoteNode[] {
  const best = new Map<string, QuoteNode>();
  for (const m of members) {
    const held = best.get(m.articleId);
    if (!held || m.quote.text.length > held.quote.text.length) best.set(m.articleId, m);
  }
  return members.filter((m) => best.get(m.articleId) === m);
}

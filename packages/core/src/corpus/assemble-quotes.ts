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
  const uf = new UnionFind();
  const nodes = new Map<string, QuoteNode>();
  for (const entry of state.articles.values()) {
    for (const q of entry.quotes) {
      nodes.set(q.id, q);
      uf.add(q.id);
    }
  }
  for (const [w, ids] of state.wordingQuotes) for (const id of ids) uf.union(id, `\u0001${w}`);
  for (const [k, ids] of state.shortQuotes) for (const id of ids) uf.union(id, `\u0002${k}`);
  for (const [a, bs] of state.wordingLinks) for (const b of bs) uf.union(`\u0001${a}`, `\u0001${b}`);
  const byRoot = new Map<string, QuoteNode[]>();
  for (const q of nodes.values()) {
    const r = uf.find(q.id);
    const list = byRoot.get(r);
    if (list) list.push(q);
    else byRoot.set(r, [q]);
  }
  const groups: QuoteGroup[] = [];
  const groupOfNode = new Map<string, string>();
  for (const members of byRoot.values()) {
    if (new Set(members.map((m) => m.articleId)).size < 2) continue;
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

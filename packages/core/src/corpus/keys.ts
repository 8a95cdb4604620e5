import type { Article } from "../schema/article.js";
import { actorNode } from "./actor-match.js";
import { eventLookupKeys, eventProfile } from "./event-match.js";
import { hash32 } from "./normalize.js";
import { quoteNode } from "./quote-match.js";

/**
 * Blocking keys of an article: any two articles that the linker could link share at least one. A store
 * that links incrementally loads the articles sharing a key with a new one and links only those.
 * Keys: `p:`/`o:`/`l:` actor keys, `q:` quote bigram hashes, `s:` short-quote wordings, `e:` participant-day keys of the main event.
 *
 * @example
 * articleKeys(article); // ["p:lavrov", "o:nato", "q:2166136261", "e:o:nato@4359", ...]
 */
export function articleKeys(article: Article): string[] {
  const keys = new Set<string>();
  const nodes = article.actors.map((a) => actorNode(article.id, a));
  for (const n of nodes) for (const k of n.keys) keys.add(k);
  for (const q of article.quotes) {
    const node = quoteNode(article.id, q);
    if (node.short) keys.add(`s:${hash32(node.wording.key)}`);
    else for (const k of node.wording.keys) keys.add(`q:${k}`);
  }
  const profile = eventProfile(article, new Map(nodes.map((n) => [n.actor.id, n])));
  if (profile) for (const k of eventLookupKeys(profile)) keys.add(`e:${k}`);
  return [...keys];
}

// Corpus actors from linked actor nodes: strong links (full names, shared names) join first; a bare surname
// then joins the one person of that surname if there is exactly one, else it stays with the other bare
// mentions of that surname. Ids come from the chosen name ("person:sergei-lavrov"), suffixed on collision.
import { slugify } from "../events/ids.js";
import type { Actor, Role } from "../schema/actor.js";
import { type ActorNode, isBareSurname } from "./actor-match.js";
import type { LinkState } from "./linker.js";
import { UnionFind } from "./union-find.js";

export interface ActorAssembly {
  readonly actors: Actor[];
  /** Corpus actor id of each node id ("articleId\0localId"). */
  readonly idOfNode: ReadonlyMap<string, string>;
}

function clusterActors(state: LinkState): string[][] {
  const uf = new UnionFind();
  for (const entry of state.articles.values()) for (const n of entry.actors) uf.add(n.id);
  for (const [a, bs] of state.actorLinks) for (const b of bs) uf.union(a, b);
  const bareByKey = new Map<string, string[]>();
  for (const entry of state.articles.values()) {
    for (const n of entry.actors) {
      if (!isBareSurname(n) || !n.surname) continue;
      const roots = new Set<string>();
      for (const id of state.actorIndex.get(`p:${n.surname}`) ?? []) {
        const other = state.actorNodes.get(id);
        if (other && !isBareSurname(other)) roots.add(uf.find(id));
      }
      if (roots.size === 1) uf.union([...roots][0] as string, n.id);
      else if (roots.size === 0) bareByKey.set(n.surname, [...(bareByKey.get(n.surname) ?? []), n.id]);
    }
  }
  for (const ids of bareByKey.values()) for (const id of ids.slice(1)) uf.union(ids[0] as string, id);
  return uf.groups();
}

function mostCommon<T>(items: readonly T[], better?: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const [x, n] of counts) {
    if (best === undefined) best = x;
    else {
      const d = better ? better(x, best) : 0;
      if (d > 0 || (d === 0 && n > (counts.get(best) ?? 0))) best = x;
    }
  }
  return best;
}

function mergeRoles(nodes: readonly ActorNode[], inferredDate: (articleId: string) => string | null): Role[] {
  const seen = new Set<string>();
  const out: Role[] = [];
  for (const n of nodes) {
    for (const stated of n.actor.roles) {
      // a role stated in an article whose date the corpus inferred holds as of that date
      const r = stated.asOf ? stated : { ...stated, asOf: inferredDate(stated.articleId) };
      const key = `${r.title.toLowerCase()}|${(r.of ?? "").toLowerCase()}|${r.asOf ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out.sort((a, b) => (a.asOf ?? "").localeCompare(b.asOf ?? "") || a.title.localeCompare(b.title));
}

function mergeCluster(
  nodes: readonly ActorNode[],
  inferredDate: (articleId: string) => string | null,
): Omit<Actor, "id"> {
  const first = nodes[0] as ActorNode;
  const words = (s: string) => s.split(/\s+/).length;
  const name =
    first.actor.kind === "person"
      ? (mostCommon(
          nodes.map((n) => n.actor.name),
          (a, b) => words(a) - words(b),
        ) ?? first.actor.name)
      : (mostCommon(nodes.map((n) => n.actor.name)) ?? first.actor.name);
  const aliases: string[] = [];
  const seen = new Set([name.toLowerCase()]);
  for (const n of nodes) {
    for (const x of [n.actor.name, ...n.actor.aliases]) {
      if (seen.has(x.toLowerCase())) continue;
      seen.add(x.toLowerCase());
      aliases.push(x);
    }
  }
  return {
    name,
    kind: first.actor.kind,
    subtype: mostCommon(nodes.map((n) => n.actor.subtype).filter((s) => s !== null)) ?? null,
    aliases,
    articleIds: [...new Set(nodes.map((n) => n.articleId))],
    roles: mergeRoles(nodes, inferredDate),
    mentions: nodes.flatMap((n) => n.actor.mentions),
    country: nodes.find((n) => n.actor.country)?.actor.country ?? null,
    standsFor: nodes.find((n) => n.actor.standsFor)?.actor.standsFor ?? null,
  };
}

/** The corpus actors of the linked state and the corpus id of every actor node. */
export function assembleActors(
  state: LinkState,
  inferredDate: (articleId: string) => string | null = () => null,
): ActorAssembly {
  const idOfNode = new Map<string, string>();
  const used = new Set<string>();
  const drafts = clusterActors(state).map((ids) => {
    const nodes = ids.map((id) => state.actorNodes.get(id)).filter((n): n is ActorNode => !!n);
    const merged = mergeCluster(nodes, inferredDate);
    const base = `${merged.kind}:${slugify(merged.name) || "unnamed"}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    for (const n of nodes) idOfNode.set(n.id, id);
    return { ...merged, id, nodes };
  });
  // a metonym ("the Kremlin" for Russia) points at the corpus id of what it stands for, in its own article
  const actors = drafts.map(({ nodes, ...actor }) => {
    const holder = nodes.find((n) => n.actor.standsFor);
    const standsFor = holder?.actor.standsFor
      ? (idOfNode.get(`${holder.articleId}\u0000${holder.actor.standsFor}`) ?? null)
      : null;
    return { ...actor, standsFor } as Actor;
  });
  return { actors, idOfNode };
}

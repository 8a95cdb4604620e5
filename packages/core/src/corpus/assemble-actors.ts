// Corpus actors from the linked state. Actors of organisations and places join through the names they
// share (a name is a node of the union-find); people join through their parsed name variant, and distinct
// variants of one surname are compared pairwise (Sergei/Sergey, "B. Obama"/"Barack Obama"). A bare surname
// then joins the one person of that surname if there is exactly one, else the other bare mentions of it.
// Ids come from the chosen name ("person:sergei-lavrov"), suffixed on collision.
import { slugify } from "../events/ids.js";
import type { Actor, Role } from "../schema/actor.js";
import { type ActorNode, isAcronymName, isBareSurname, isSeat, nameKey, variantsMatch } from "./actor-match.js";
import type { LinkState } from "./linker.js";
import { UnionFind } from "./union-find.js";

export interface ActorAssembly {
  readonly actors: Actor[];
  /**
   * The corpus actor id of an actor of an article, by its local id. A corpus holds a node per actor of every
   * article: the ids are one array in the order of the nodes, not a map keyed by node.
   */
  readonly actorIdOf: (articleId: string, localId: string) => string | null;
  /** The corpus actor id of an article's actor node at `index` of its nodes. */
  readonly actorIdAt: (articleId: string, index: number) => string | null;
}

/** Joins the organisations and places among `nodes` (member i is node i) through the names they share. */
function nameUnions(uf: UnionFind, nodes: readonly ActorNode[]): void {
  const capitals = new Set<string>();
  for (const n of nodes) {
    if (n.actor.kind === "person") continue;
    for (const x of n.names)
      if (isAcronymName(n.actor, x.replace(/ /g, ""))) capitals.add(`${n.actor.kind}:${x.replace(/ /g, "")}`);
  }
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as ActorNode;
    const kind = n.actor.kind;
    if (kind === "person") continue;
    const join = (key: string) => uf.join(i, uf.memberOf(key));
    for (const x of n.names) join(`\u0001${kind}:${nameKey(x)}`);
    for (const a of n.acronyms) if (capitals.has(`${kind}:${a}`)) join(`\u0001${kind}:${a}`);
    if (kind === "place" && n.actor.subtype === "country" && n.actor.country) join(`\u0002${n.actor.country}`);
    // a seat of power is a place in one article and the government acting from it in another ("Downing
    // Street said"): the landmark and the government of one name are one actor
    if (isSeat(n.actor)) for (const x of n.names) join(`\u0004${x.replace(/ /g, "")}`);
  }
}

/**
 * Pairs of variants of one surname worth comparing: those that share a given name, and those where one
 * gives only an initial that the other's given name starts with. A common surname with hundreds of
 * variants is not compared all against all.
 */
function variantPairs(variants: readonly string[]): [string, string][] {
  const byGiven = new Map<string, string[]>();
  const initials: string[] = [];
  for (const v of variants) {
    const given = (v.split("|")[0] ?? "").split(" ").filter(Boolean);
    if (given.some((g) => g.length === 1)) initials.push(v);
    for (const g of new Set(given.map((x) => (x.length === 1 ? `~${x}` : x)))) {
      const list = byGiven.get(g) ?? [];
      list.push(v);
      byGiven.set(g, list);
      if (g.length > 1 && !g.startsWith("~")) {
        const initial = byGiven.get(`^${g[0]}`) ?? [];
        initial.push(v);
        byGiven.set(`^${g[0]}`, initial);
      }
    }
  }
  const pairs = new Map<string, [string, string]>();
  const add = (x: string, y: string) => {
    if (x !== y) pairs.set(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`, [x, y]);
  };
  for (const [g, list] of byGiven)
    if (!g.startsWith("^"))
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) add(list[i] as string, list[j] as string);
  for (const v of initials) {
    for (const g of (v.split("|")[0] ?? "").split(" "))
      if (g.length === 1) for (const w of byGiven.get(`^${g}`) ?? []) add(v, w);
  }
  return [...pairs.values()];
}

/** Joins the people among `nodes` (member i is node i) through their name variants and bare surnames. */
function personUnions(uf: UnionFind, nodes: readonly ActorNode[]): void {
  const variantOf = (v: string) => uf.memberOf(`\u0003${v}`);
  const variantsBySurname = new Map<string, Set<string>>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as ActorNode;
    if (n.actor.kind !== "person" || !n.variant || isBareSurname(n) || !n.surname) continue;
    uf.join(i, variantOf(n.variant));
    const set = variantsBySurname.get(n.surname) ?? new Set<string>();
    set.add(n.variant);
    variantsBySurname.set(n.surname, set);
    // "Festus Amutenya-Shilongo" is also "Festus Amutenya" of another outlet, and "Amutenya" alone
    const short = n.shortVariant;
    if (short) {
      uf.join(i, variantOf(short));
      const surname = short.slice(short.indexOf("|") + 1);
      const shortSet = variantsBySurname.get(surname) ?? new Set<string>();
      shortSet.add(short);
      variantsBySurname.set(surname, shortSet);
    }
  }
  for (const set of variantsBySurname.values())
    for (const [x, y] of variantPairs([...set])) {
      if (variantsMatch(x, y)) uf.join(variantOf(x), variantOf(y));
    }
  // how many people each surname names, taken once per surname: joining a bare mention to the one person
  // does not change that count (a member of the one person's set; null for none; -1 for several)
  const personOf = new Map<string, number | null>();
  const bareBySurname = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as ActorNode;
    if (n.actor.kind !== "person" || !isBareSurname(n) || !n.surname) continue;
    let person = personOf.get(n.surname);
    if (person === undefined) {
      const roots = new Set([...(variantsBySurname.get(n.surname) ?? [])].map((v) => uf.rootOf(variantOf(v))));
      person = roots.size === 1 ? ([...roots][0] as number) : roots.size === 0 ? null : -1;
      personOf.set(n.surname, person);
    }
    if (person === null) {
      const bare = bareBySurname.get(n.surname);
      if (bare) bare.push(i);
      else bareBySurname.set(n.surname, [i]);
    } else if (person >= 0) uf.join(person, i);
  }
  for (const bare of bareBySurname.values()) for (const i of bare.slice(1)) uf.join(bare[0] as number, i);
}

/** The actor nodes of every article in order, and the clusters of one actor as positions in that order. */
function clusterActors(state: LinkState): { nodes: ActorNode[]; clusters: number[][] } {
  const nodes: ActorNode[] = [];
  for (const entry of state.articles.values()) for (const n of entry.actors) nodes.push(n);
  // the nodes are members by their position: only the names that join them are keys
  const uf = new UnionFind(nodes.length);
  nameUnions(uf, nodes);
  personUnions(uf, nodes);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = uf.rootOf(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  return { nodes, clusters: [...byRoot.values()] };
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
  const names = nodes.map((n) => n.actor.name);
  const name =
    (first.actor.kind === "person" ? mostCommon(names, (a, b) => words(a) - words(b)) : mostCommon(names)) ??
    first.actor.name;
  const aliases: string[] = [];
  const seen = new Set([name.toLowerCase()]);
  for (const n of nodes) {
    for (const x of [n.actor.name, ...n.actor.aliases]) {
      if (seen.has(x.toLowerCase())) continue;
      seen.add(x.toLowerCase());
      aliases.push(x);
    }
  }
  // an actor that one article alone names keeps the lists of that article's actor where they are the same
  const own = nodes.length === 1 ? first.actor : null;
  const articleIds = [...new Set(nodes.map((n) => n.articleId))];
  const roles = mergeRoles(nodes, inferredDate);
  return {
    name,
    kind: first.actor.kind,
    subtype: mostCommon(nodes.map((n) => n.actor.subtype).filter((s) => s !== null)) ?? null,
    aliases: own && sameItems(own.aliases, aliases) ? own.aliases : exactly(aliases),
    articleIds: own && sameItems(own.articleIds, articleIds) ? own.articleIds : exactly(articleIds),
    roles: own && sameItems(own.roles, roles) ? own.roles : exactly(roles),
    mentions: own ? own.mentions : exactly(nodes.flatMap((n) => n.actor.mentions)),
    country: nodes.find((n) => n.actor.country)?.actor.country ?? null,
    standsFor: null,
  };
}

/**
 * `list` in an array of exactly its length: a list built by pushing keeps room to grow (half again its
 * length, and at least sixteen more) that the corpus, holding it to the end, never uses.
 */
function exactly<T>(list: T[]): T[] {
  return list.slice();
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Lookups of the corpus id of an article's actor in `ids`, the ids of every actor node in order. Made apart
 * from the assembly so that the lookups, kept to the end of the corpus, do not keep its nodes alive.
 */
function idLookup(state: LinkState, ids: readonly string[]): Omit<ActorAssembly, "actors"> {
  // where each article's nodes begin among all nodes
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const entry of state.articles.values()) {
    offsets.set(entry.article.id, offset);
    offset += entry.actors.length;
  }
  const actorIdAt = (articleId: string, index: number): string | null => {
    const at = offsets.get(articleId);
    return at === undefined ? null : (ids[at + index] ?? null);
  };
  const actorIdOf = (articleId: string, localId: string): string | null => {
    const own = state.articles.get(articleId)?.actors ?? [];
    // the last node of that local id, as a map from node ids filled in order would give
    for (let i = own.length - 1; i >= 0; i--)
      if ((own[i] as ActorNode).actor.id === localId) return actorIdAt(articleId, i);
    return null;
  };
  return { actorIdOf, actorIdAt };
}

/** The corpus actors of the linked state and the corpus id of every actor node. */
export function assembleActors(
  state: LinkState,
  inferredDate: (articleId: string) => string | null = () => null,
): ActorAssembly {
  const { nodes, clusters } = clusterActors(state);
  const ids = new Array<string>(nodes.length);
  const used = new Set<string>();
  const drafts = clusters.map((members) => {
    const cluster = members.map((i) => nodes[i] as ActorNode);
    const merged = mergeCluster(cluster, inferredDate);
    const base = `${merged.kind}:${slugify(merged.name) || "unnamed"}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    for (const i of members) ids[i] = id;
    return { merged, id, cluster };
  });
  const { actorIdOf, actorIdAt } = idLookup(state, ids);
  // a metonym ("the Kremlin" for Russia) points at the corpus id of what it stands for, in its own article
  const actors = drafts.map(({ merged, id, cluster }): Actor => {
    const holder = cluster.find((n) => n.actor.standsFor);
    const standsFor = holder?.actor.standsFor ? actorIdOf(holder.articleId, holder.actor.standsFor) : null;
    // written out, keys in the order the corpus has always given them (id last): a spread of a rest object
    // builds a slow object several times the size
    return {
      name: merged.name,
      kind: merged.kind,
      subtype: merged.subtype,
      aliases: merged.aliases,
      articleIds: merged.articleIds,
      roles: merged.roles,
      mentions: merged.mentions,
      country: merged.country,
      standsFor,
      id,
    };
  });
  return { actors, actorIdOf, actorIdAt };
}

// The project's own scorer: the same metrics and matching rules as the shared yardstick, as a function
// over a Corpus, so that quality floors can be tests and `pnpm eval` can print a report.
import type { Corpus } from "../../src/index.js";

type GoldQuote = { kind: string; text: string; speaker: string | null };
type GoldArticle = {
  id: string;
  headline?: string | null;
  outlet?: string[];
  byline?: string | null;
  dateline?: string | null;
  published?: string;
  publishedEvidence?: string;
  boilerplate?: string[];
  bodyStarts?: string;
  bodyEnds?: string;
  duplicateParagraphs?: number;
  quotes?: GoldQuote[];
  people?: string[];
  organizations?: string[];
  places?: string[];
  optional?: string[];
};
export type Gold = {
  articles: GoldArticle[];
  corpus?: {
    sameEvent?: string[][];
    quoteGroups?: string[][];
    aliases?: string[][];
    roles?: { actor: string; role: string; asOf?: string }[];
    eventDates?: { article: string; phrase: string; date: string }[];
  };
};
export type ScoreRow = { metric: string; score: number; detail: string; misses: string[] };

const fold = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
const words = (s: unknown) =>
  fold(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .split(" ")
    .filter(Boolean);
const stripPossessive = (s: string) => fold(s).replace(/'s$/i, "");
const alts = (g: string) =>
  String(g)
    .split("|")
    .map((x) => x.trim())
    .filter(Boolean);
const lower = (s: string) => stripPossessive(s).toLowerCase();

function overlap(a: string, b: string): number {
  const g = words(a);
  const s = words(b);
  if (!g.length || !s.length) return 0;
  const bag = new Map<string, number>();
  for (const w of s) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of g) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  const r = hit / g.length;
  const p = hit / s.length;
  return (2 * r * p) / (r + p || 1);
}

const SUFFIX = new Set(["jr", "sr", "ii", "iii", "iv"]);
function nameParts(s: string) {
  let w = words(stripPossessive(s));
  if (w[0] === "the") w = w.slice(1);
  return { w: w.filter((x) => !SUFFIX.has(x)), suffix: w.filter((x) => SUFFIX.has(x)).join(" ") };
}
export function nameMatches(goldName: string, sysNames: string[]): boolean {
  for (const g of alts(goldName)) {
    const { w: gw, suffix: gs } = nameParts(g);
    for (const s of sysNames) {
      const { w: sw, suffix: ss } = nameParts(s);
      if (!sw.length || !gw.length || gs !== ss) continue;
      if (gw.join(" ") === sw.join(" ")) return true;
      if (gw.length === 1 && sw[sw.length - 1] === gw[0]) return true;
      if (gw.length > 1 && gw[gw.length - 1] === sw[sw.length - 1]) {
        const gf = gw[0] ?? "";
        const sf = sw.length > 1 ? (sw[0] ?? "") : gf;
        if (gf[0] === sf[0]) return true;
      }
    }
  }
  return false;
}

const kindOf = (k: string) => {
  if (k === "person") return "people";
  if (k === "organization") return "organizations";
  if (k === "place") return "places";
  return "other";
};

/** Scores a corpus against a gold file: F1 for sets, accuracy for fields. */
export function scoreCorpus(gold: Gold, corpus: Corpus): { rows: ScoreRow[]; overall: number } {
  const actors = new Map(corpus.actors.map((a) => [a.id, a]));
  const actorNames = (id: string | null) => {
    const a = id ? actors.get(id) : undefined;
    return a ? [a.name, ...a.aliases] : [];
  };
  const prf = new Map<string, { tp: number; fp: number; fn: number; misses: string[] }>();
  const acc = new Map<string, { ok: number; n: number; misses: string[] }>();
  const add = (k: string, tp: number, fp: number, fn: number, miss: string[] = []) => {
    const r = prf.get(k) ?? { tp: 0, fp: 0, fn: 0, misses: [] };
    r.tp += tp;
    r.fp += fp;
    r.fn += fn;
    r.misses.push(...miss);
    prf.set(k, r);
  };
  const tally = (k: string, ok: boolean, miss = "") => {
    const r = acc.get(k) ?? { ok: 0, n: 0, misses: [] };
    r.n++;
    if (ok) r.ok++;
    else if (miss) r.misses.push(miss);
    acc.set(k, r);
  };
  const sysArticles = new Map(corpus.articles.map((a) => [a.id, a]));
  const goldToSys = new Map<string, { groupId: string | null }>();

  for (const ga of gold.articles) {
    const A = sysArticles.get(ga.id);
    const same = (g: string | null | undefined, s: string | null | undefined) =>
      g == null
        ? s == null || s === ""
        : s != null && alts(g).some((x) => fold(x).toLowerCase() === fold(s).toLowerCase());
    const field = (k: string, g: string | null | undefined, s: string | null | undefined) => {
      if (g != null || (s != null && s !== "")) tally(k, same(g, s), `${ga.id}: want ${g} got ${s}`);
    };
    if ("headline" in ga) field("headline", ga.headline, A?.headline);
    if ("dateline" in ga) field("dateline", ga.dateline, A?.dateline);
    if ("byline" in ga) field("byline", ga.byline, A?.byline);
    if (ga.outlet?.length)
      tally(
        "outlet",
        ga.outlet.some((o) => fold(o).toLowerCase() === fold(A?.outlet).toLowerCase()),
        `${ga.id}: got ${A?.outlet}`,
      );
    const pub = A?.publishedAt ? A.publishedAt.slice(0, 10) : null;
    const inferred = ga.publishedEvidence === "inferred" || ga.publishedEvidence === "corpus";
    if ("published" in ga)
      tally(inferred ? "published (inferred)" : "published (stated)", pub === ga.published, `${ga.id}: got ${pub}`);

    const body = fold((A?.paragraphs ?? []).join("\n")).replace(/\n/g, " ");
    if (ga.bodyStarts) tally("body keeps first sentence", body.includes(fold(ga.bodyStarts)), ga.id);
    if (ga.bodyEnds) tally("body keeps last sentence", body.includes(fold(ga.bodyEnds)), ga.id);
    for (const b of ga.boilerplate ?? []) tally("boilerplate removed", !body.includes(fold(b)), `${ga.id}: ${b}`);
    if (ga.duplicateParagraphs) {
      const paras = (A?.paragraphs ?? []).map(fold);
      tally("duplicate paragraphs removed", new Set(paras).size === paras.length && paras.length > 0, ga.id);
    }

    if (ga.quotes) {
      const sq = (A?.quotes ?? []).map((q) => ({ q, used: false }));
      let tp = 0;
      let fn = 0;
      let attrOk = 0;
      let attrN = 0;
      const misses: string[] = [];
      ga.quotes.forEach((gq, gi) => {
        let best: (typeof sq)[number] | null = null;
        let bestScore = 0;
        for (const c of sq) {
          if (c.used) continue;
          const sc = overlap(gq.text, c.q.text);
          if (sc > bestScore) {
            best = c;
            bestScore = sc;
          }
        }
        const matched = best && bestScore >= 0.8 ? best : null;
        if (matched) {
          matched.used = true;
          goldToSys.set(`${ga.id}#${gi}`, matched.q);
        }
        if (gq.kind !== "direct" && gq.kind !== "partial") return;
        if (!matched) {
          fn++;
          misses.push(`miss ${ga.id}: ${gq.text.slice(0, 60)}`);
          return;
        }
        tp++;
        if (gq.speaker) {
          attrN++;
          const names = actorNames(matched.q.speakerId);
          if (nameMatches(gq.speaker, names)) attrOk++;
          else
            tally(
              "speaker right, of quotes found",
              false,
              `${ga.id}: "${gq.text.slice(0, 40)}" want ${gq.speaker} got ${names[0] ?? null}`,
            );
        }
      });
      for (let i = 0; i < attrOk; i++) tally("speaker right, of quotes found", true);
      const unused = sq.filter((c) => !c.used);
      const ignored = unused.filter((c) =>
        (ga.quotes ?? []).some((g) => (g.kind === "scare" || g.kind === "name") && overlap(g.text, c.q.text) >= 0.8),
      ).length;
      const fp = unused.length - ignored;
      add("quotes found", tp, fp, fn, misses.concat(unused.map((c) => `extra ${ga.id}: ${c.q.text.slice(0, 60)}`)));
      void attrN;
    }

    for (const kind of ["people", "organizations", "places"] as const) {
      const goldNames = ga[kind];
      if (!goldNames) continue;
      const sysNames = corpus.actors
        .filter((a) => kindOf(a.kind) === kind && a.articleIds.includes(ga.id))
        .map((a) => [a.name, ...a.aliases]);
      const used = new Set<number>();
      let etp = 0;
      const miss: string[] = [];
      for (const g of goldNames) {
        const i = sysNames.findIndex(
          (ns, k) =>
            !used.has(k) &&
            (kind === "people" ? nameMatches(g, ns) : ns.some((n) => alts(g).some((x) => lower(x) === lower(n)))),
        );
        if (i >= 0) {
          used.add(i);
          etp++;
        } else miss.push(`missing ${ga.id}: ${g}`);
      }
      const optional = (ga.optional ?? []).flatMap(alts).map(lower);
      sysNames.forEach((ns, k) => {
        if (!used.has(k) && ns.some((n) => optional.includes(lower(n)))) used.add(k);
      });
      sysNames.forEach((ns, k) => {
        if (!used.has(k)) miss.push(`extra ${ga.id}: ${ns[0]}`);
      });
      add(kind, etp, sysNames.length - used.size, goldNames.length - etp, miss);
    }
  }

  const c = gold.corpus ?? {};
  if (c.sameEvent) {
    const ids = gold.articles.map((a) => a.id);
    const cluster = new Map<string, number>();
    c.sameEvent.forEach((grp, i) => {
      for (const id of grp) cluster.set(id, i);
    });
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const g = cluster.get(ids[i] ?? "") === cluster.get(ids[j] ?? "");
        const a = sysArticles.get(ids[i] ?? "")?.mainEventId;
        const b = sysArticles.get(ids[j] ?? "")?.mainEventId;
        const s = a != null && a === b;
        if (g && s) tp++;
        else if (s) fp++;
        else if (g) fn++;
      }
    add("same-event article pairs", tp, fp, fn);
  }
  if (c.quoteGroups) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const grp of c.quoteGroups)
      for (let i = 0; i < grp.length; i++)
        for (let j = i + 1; j < grp.length; j++) {
          const a = goldToSys.get(grp[i] ?? "");
          const b = goldToSys.get(grp[j] ?? "");
          if (a && b && a.groupId != null && a.groupId === b.groupId) tp++;
          else fn++;
        }
    const byGroup = new Map<string, string[]>();
    for (const [k, q] of goldToSys)
      if (q.groupId != null) byGroup.set(q.groupId, [...(byGroup.get(q.groupId) ?? []), k]);
    const inGold = new Set(c.quoteGroups.flatMap((g) => g.flatMap((x, i) => g.slice(i + 1).map((y) => `${x}|${y}`))));
    for (const ks of byGroup.values())
      for (let i = 0; i < ks.length; i++)
        for (let j = i + 1; j < ks.length; j++)
          if (!inGold.has(`${ks[i]}|${ks[j]}`) && !inGold.has(`${ks[j]}|${ks[i]}`)) fp++;
    add("same quote across articles", tp, fp, fn);
  }
  for (const grp of c.aliases ?? []) {
    const owners = new Set<string>();
    for (const n of grp)
      for (const a of corpus.actors) if ([a.name, ...a.aliases].some((x) => lower(x) === lower(n))) owners.add(a.id);
    tally("alias sets merged into one actor", owners.size === 1, `${grp.join("/")}: ${owners.size} actors`);
  }
  for (const r of c.roles ?? []) {
    const a = corpus.actors.find((x) => x.kind === "person" && nameMatches(r.actor, [x.name, ...x.aliases]));
    const ok =
      !!a &&
      a.roles.some(
        (ro) =>
          fold(ro.title).toLowerCase().includes(fold(r.role).toLowerCase()) &&
          (!ro.asOf || !r.asOf || ro.asOf.slice(0, 4) === r.asOf.slice(0, 4)),
      );
    tally("roles", ok, `${r.actor}: ${r.role} ${r.asOf ?? ""}`);
  }
  for (const e of c.eventDates ?? []) {
    const cands = corpus.events.filter((ev) =>
      ev.evidence.some(
        (x) => x.articleId === e.article && fold(x.text).toLowerCase().includes(fold(e.phrase).toLowerCase()),
      ),
    );
    tally(
      "event dates resolved",
      cands.some((ev) => ev.date?.startsWith(e.date)),
      `${e.article} "${e.phrase}" want ${e.date} got ${cands.map((x) => x.date).join(",") || "no event"}`,
    );
  }

  const rows: ScoreRow[] = [];
  for (const [metric, v] of prf) {
    const p = v.tp + v.fp ? v.tp / (v.tp + v.fp) : v.fn ? 0 : 1;
    const r = v.tp + v.fn ? v.tp / (v.tp + v.fn) : 1;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    rows.push({ metric: `${metric} F1`, score: f, detail: `${v.tp}/${v.fp}/${v.fn} tp/fp/fn`, misses: v.misses });
  }
  for (const [metric, v] of acc)
    rows.push({ metric, score: v.n ? v.ok / v.n : 1, detail: `${v.ok}/${v.n}`, misses: v.misses });
  const overall = rows.reduce((s, r) => s + r.score, 0) / Math.max(1, rows.length);
  return { rows, overall };
}

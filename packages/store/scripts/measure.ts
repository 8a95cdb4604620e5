// Measures the store: ingest of generated articles into a fresh SQLite file, then the read queries behind
// the API's routes. A measurement, not a test: run `pnpm --filter @newsgraph/store measure [--count N]`.
import { rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateArticles } from "@newsgraph/bench/generate";
import { loadSeeds } from "@newsgraph/bench/generate/seeds";
import { buildCorpus } from "@newsgraph/core";
import { autoBatchSize } from "../src/index.js";
import { openSqliteStore } from "../src/sqlite.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    db: { type: "string", default: join(tmpdir(), "newsgraph-measure.sqlite") },
    batch: { type: "string", default: "1" },
    reuse: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    single: { type: "string", default: "0" },
  },
});
const count = Number(values.count);
const path = values.db;
if (!values.reuse) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
const store = await openSqliteStore(path);
const log = (s: string) => process.stdout.write(`${s}\n`);

const start = performance.now();
let bulkEnd = start;
if (!values.reuse) await ingestAll();
async function ingestAll() {
  log(`ingesting ${count} generated articles (seed ${values.seed}, ${values.batch} per transaction) into ${path}`);
  let i = 0;
  // auto: each batch as large as the corpus stored so far (what `newsgraph ingest` does by default)
  const auto = values.batch === "auto";
  const size = () => (auto ? autoBatchSize(i) : Number(values.batch));
  let pending: { id: string; text: string }[] = [];
  const flush = async () => {
    const t = performance.now();
    for (const r of await store.ingest(pending, { batchSize: pending.length }))
      if (r.status === "rejected") log(`  ${r.id}: ${r.error?.code}`);
    i += pending.length;
    const now = performance.now();
    log(
      `  ${i}: ${pending.length} in ${((now - t) / 1000).toFixed(1)} s (${((pending.length * 1000) / (now - t)).toFixed(1)}/s), ${((now - start) / 1000).toFixed(0)} s in all`,
    );
    pending = [];
  };
  // --single n: n more articles after the bulk load, one transaction each (what one POST costs)
  const single = Number(values.single);
  const last: { id: string; text: string }[] = [];
  for (const a of generateArticles({ count: count + single, seed: Number(values.seed), seeds: loadSeeds() })) {
    if (i + pending.length >= count) {
      last.push({ id: a.id, text: a.text });
      continue;
    }
    pending.push({ id: a.id, text: a.text });
    if (pending.length >= size()) await flush();
  }
  if (pending.length) await flush();
  bulkEnd = performance.now();
  for (const a of last) {
    const t = performance.now();
    const [r] = await store.ingest([a]);
    log(`  one more article (${r?.status}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
const seconds = (bulkEnd - start) / 1000;
const counts = await store.counts();
if (values.reuse) log(`reading ${path}: ${JSON.stringify(counts)}`);
if (!values.reuse)
  log(
    `ingested ${count} in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)} articles/s); ${JSON.stringify(counts)}`,
  );
log(`file: ${(statSync(path).size / 1e6).toFixed(1)} MB`);
if (values.check) await check();

/** Whether the stored corpus equals buildCorpus over the stored articles in ingest order. */
async function check() {
  const t = performance.now();
  const articles = [];
  for (const id of (await store.contentHashes()).keys()) articles.push((await store.normalized(id))!);
  const expected = JSON.stringify(buildCorpus(articles));
  const stored = JSON.stringify(await store.corpus());
  const s = ((performance.now() - t) / 1000).toFixed(1);
  if (expected === stored)
    log(`check: the stored corpus equals buildCorpus over the ${articles.length} articles (${s} s)`);
  else {
    const e = JSON.parse(expected);
    const g = JSON.parse(stored);
    const parts = Object.keys(e).filter((k) => JSON.stringify(e[k]) !== JSON.stringify(g[k]));
    log(`check: FAILED, the stored corpus differs from buildCorpus in ${parts.join(", ")}`);
    process.exitCode = 1;
  }
}

async function time(label: string, run: () => Promise<unknown>, reps = 50) {
  await run();
  const ms: number[] = [];
  for (let k = 0; k < reps; k++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
  log(`  ${label.padEnd(44)} median ${q(0.5)} ms  p95 ${q(0.95)} ms`);
}

const first = { after: null, limit: 50 };
const actors = await store.listActors({}, { after: null, limit: 200 });
const busiest = [...actors.items].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
const person = (await store.listActors({ kind: "person" }, { after: null, limit: 1 })).items[0];
const middle = await store.listArticles({ after: null, limit: Math.floor(count / 2) });
log("read queries (what the API's read routes call):");
await time("GET /v1/articles (first page of 50)", () => store.listArticles(first));
await time("GET /v1/articles (a page half-way through)", () => store.listArticles({ after: middle.next, limit: 50 }));
await time("GET /v1/articles/{id}", () => store.getArticle(middle.items.at(-1)!.id));
await time("GET /v1/actors?kind=person", () => store.listActors({ kind: "person" }, first));
await time(`GET /v1/actors?name=${person?.name.split(" ").at(-1)}`, () =>
  store.listActors({ name: person?.name.split(" ").at(-1) }, first),
);
await time(
  `GET /v1/actors/{id} (${busiest?.id}, ${busiest?.articleIds.length} articles)`,
  () => store.getActor(busiest!.id),
  10,
);
await time("GET /v1/quotes?text=said", () => store.listQuotes({ text: "said" }, first));
await time("GET /v1/events?from=2012-01-01&to=2012-12-31", () =>
  store.listEvents({ from: "2012-01-01", to: "2012-12-31" }, first),
);
await time("GET /v1/events?type=ACCUSE", () => store.listEvents({ type: "ACCUSE" }, first));
await time("GET /v1/timeline", () => store.listTimeline({}, first));
await time("whole corpus (browser --db)", () => store.corpus(), 3);
await store.close();

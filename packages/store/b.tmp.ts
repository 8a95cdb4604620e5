import { generateArticles } from "@newsgraph/bench/generate";
import { loadSeeds } from "@newsgraph/bench/generate/seeds";
import { buildCorpus, normalizeArticle } from "@newsgraph/core";

const N = Number(process.argv[2] ?? 500);
const arts = [];
let t = performance.now();
for (const a of generateArticles({ count: N, seed: 1, seeds: loadSeeds() }))
  arts.push(normalizeArticle(a.text, { id: a.id }));
console.log("normalize", N, ((performance.now() - t) / N).toFixed(1), "ms/article");
t = performance.now();
const json = arts.map((a) => JSON.stringify(a));
console.log(
  "stringify ms",
  (performance.now() - t).toFixed(0),
  "bytes/article",
  (json.reduce((s, j) => s + j.length, 0) / N).toFixed(0),
);
t = performance.now();
json.map((j) => JSON.parse(j));
console.log("parse ms", (performance.now() - t).toFixed(0));
t = performance.now();
const c = buildCorpus(arts);
console.log("buildCorpus ms", (performance.now() - t).toFixed(0), c.actors.length, c.events.length);

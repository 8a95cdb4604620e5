// Child entry for profiling: normalizeArticle over the throughput sample for a number of seconds, with the
// V8 sampling profiler started after a warm-up pass so that module loading and JIT warm-up stay out of it.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { normalizeArticle } from "@newsgraph/core";
import { sampleArticles } from "./throughput.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "300" },
    seconds: { type: "string", default: "10" },
    out: { type: "string" },
  },
});
if (!values.out) throw new Error("--out FILE is required");
const articles = sampleArticles(Number(values.count), 1);
for (const a of articles) normalizeArticle(a.text, { id: a.id });

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const end = Date.now() + Number(values.seconds) * 1000;
let n = 0;
while (Date.now() < end) {
  const a = articles[n++ % articles.length]!;
  normalizeArticle(a.text, { id: a.id });
}
const { profile } = await session.post("Profiler.stop");
session.disconnect();
writeFileSync(values.out, JSON.stringify(profile));
process.stdout.write(`${JSON.stringify({ articles: n })}\n`);

// Child entry: latency of the API route answered in process on Node, a stand-in for CPU time per request in
// workerd. The app is loaded before the core so that its zod extension is in place when the core's schemas are
// built, as in the API's own entries; the app may log each request to stdout, so the result is the last line.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { FetchApp } from "./throughput.js";

const { values } = parseArgs({
  options: { count: { type: "string", default: "500" }, seed: { type: "string", default: "1" } },
});
const appPath = fileURLToPath(new URL("../../../../apps/api/src/app.ts", import.meta.url));
const { createApp } = (await import(appPath)) as { createApp: () => FetchApp };
const { measureApiInProcess, sampleArticles, warmupTexts } = await import("./throughput.js");
const texts = sampleArticles(Number(values.count), Number(values.seed)).map((a) => a.text);
const result = await measureApiInProcess(createApp(), texts, warmupTexts(Number(values.seed)));
process.stdout.write(`\n${JSON.stringify(result)}\n`);

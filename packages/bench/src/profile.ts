// `pnpm --filter @newsgraph/bench profile`: runs normalizeArticle under the V8 sampling profiler and prints
// where the time goes, by function (self time) and by source file. The .cpuprofile is kept for DevTools.
// The same profile comes from `node --cpu-prof`, but that one also holds module loading and warm-up.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { TS_LOADER } from "./lib/child.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  // `pnpm run x -- --flag` passes the `--` on
  args: process.argv.slice(2).filter((a, i) => i > 0 || a !== "--"),
  options: {
    seconds: { type: "string", default: "10" },
    count: { type: "string", default: "300" },
    top: { type: "string", default: "25" },
  },
});
const dir = mkdtempSync(join(tmpdir(), "newsgraph-profile-"));
const child = fileURLToPath(new URL("./measure/profile-child.ts", import.meta.url));
const file = join(dir, "normalize.cpuprofile");
const run = spawnSync(
  process.execPath,
  ["--import", TS_LOADER, child, "--count", values.count, "--seconds", values.seconds, "--out", file],
  { stdio: ["ignore", "pipe", "inherit"] },
);
if (run.status !== 0) throw new Error(`profiling run exited with ${run.status}`);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const selfUs = new Map<number, number>();
for (const [i, id] of profile.samples.entries()) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const short = (url: string) => url.replace(/^file:\/\//, "").replace(/^.*\/(packages|apps|node_modules)\//, "$1/");
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (us === 0) continue;
  const f = node.callFrame;
  const where = f.url ? short(f.url) : "(native)";
  const key = `${f.functionName || "(anonymous)"}  ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const fileKey = f.url ? short(f.url) : f.functionName;
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
}
const top = Number(values.top);
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(
      `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}\n`,
    );
  }
};
process.stdout.write(`${run.stdout.toString().trim()}; profile (open in Chrome DevTools): ${file}\n`);
show("self time by function", byFunction);
show("self time by file", byFile);

#!/usr/bin/env node
// Measures how fast `newsgraph` shows its first screen on a large folder, and how quickly it answers keys
// while the rest loads. Generates N articles (default 1000) by varying the seeds, drives the real command
// in tmux, and prints the timings. Usage: node scripts/bench-open.mjs [count]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const count = Number(process.argv[2] ?? 1000);
const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = fileURLToPath(new URL("../bin/newsgraph.mjs", import.meta.url));
const seeds = readdirSync(join(root, "seeds")).map((f) => readFileSync(join(root, "seeds", f), "utf8"));
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NAMES = ["Lavrov", "Rasmussen", "Clinton", "Medvedev", "Serdyukov"];

/** A variant of a seed: other years, weekdays and one surname swapped, so that no two files are the same. */
function vary(text, i) {
  const year = 2000 + (i % 23);
  const name = NAMES[i % NAMES.length];
  const other = NAMES[(i + 2) % NAMES.length];
  return text
    .replace(/\b20(0\d|1\d)\b/g, String(year))
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b/g, WEEKDAYS[i % 7])
    .replaceAll(name, other)
    .concat(`\n\n(Report ${i} of the series.)\n`);
}

const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
for (let i = 0; i < count; i++)
  writeFileSync(join(dir, `${String(i).padStart(5, "0")}.txt`), vary(seeds[i % seeds.length], i));

const socket = `newsgraph-bench-${process.pid}`;
const tracePath = join(dir, "trace.json");
const tmux = (...args) => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
const screen = (styles = false) => tmux("capture-pane", "-p", ...(styles ? ["-e"] : []), "-t", "b");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function timeUntil(check, limitMs) {
  const t0 = performance.now();
  while (performance.now() - t0 < limitMs) {
    if (check(screen())) return performance.now() - t0;
    await sleep(5);
  }
  return Number.NaN;
}

try {
  const t0 = performance.now();
  tmux(
    "new-session",
    "-d",
    "-s",
    "b",
    "-x",
    "100",
    "-y",
    "30",
    `env -u CI NEWSGRAPH_TRACE=${tracePath} node ${bin} ${dir}; sleep 600`,
  );
  const firstFrame = await timeUntil((s) => s.includes("newsgraph "), 60_000);
  const firstArticles = await timeUntil((s) => /Articles [1-9]/.test(s), 60_000);
  const progress = (s) => s.match(/(\d+)\/(\d+) articles/);
  // Key latency while loading: switch views and time until the screen shows the other view.
  const latencies = [];
  for (const [key, expect] of [
    ["2", "showing: all"],
    ["4", "Enter: read"],
    ["2", "showing: all"],
    ["4", "Enter: read"],
    ["2", "showing: all"],
    ["4", "Enter: read"],
  ]) {
    const s = performance.now();
    tmux("send-keys", "-t", "b", key);
    await timeUntil((x) => x.includes(expect), 10_000);
    latencies.push(Math.round(performance.now() - s));
    await sleep(300);
  }
  const at = progress(screen());
  const loadedAfter = Math.round(performance.now() - t0);
  const limit = Number(process.env.BENCH_FULL_LOAD_LIMIT_MS ?? 600_000);
  const done = await timeUntil((s) => !s.includes("Loading") && /Articles \d+/.test(s), limit);
  tmux("send-keys", "-t", "b", "q");
  await timeUntil(() => existsSync(tracePath), 30_000);
  const inside = existsSync(tracePath) ? JSON.parse(readFileSync(tracePath, "utf8")) : null;
  console.log(
    JSON.stringify(
      {
        articles: count,
        firstFrameMs: Math.round(firstFrame),
        firstArticlesMs: Math.round(firstFrame + firstArticles),
        keyLatencyWhileLoadingMs: latencies,
        progressAtLatencyCheck: at ? `${at[1]}/${at[2]} after ${loadedAfter} ms` : "finished",
        fullyLoadedMs: Number.isNaN(done) ? `not within ${limit} ms` : Math.round(loadedAfter + done),
        measuredInside: inside,
        cpus: (await import("node:os")).cpus().length,
        loadAverage: (await import("node:os")).loadavg().map((x) => x.toFixed(1)),
      },
      null,
      1,
    ),
  );
} finally {
  spawnSync("tmux", ["-L", socket, "kill-server"]);
  rmSync(dir, { recursive: true, force: true });
}

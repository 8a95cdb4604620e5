// Latency and CPU time of POST /v1/normalize served by workerd (the Workers runtime), on 127.0.0.1 only: the
// worker is bundled as `wrangler deploy` would upload it (`--dry-run`), and served by the workerd binary that
// wrangler installs, with the settings of wrangler.jsonc, without wrangler's development proxy in front. One
// request at a time, a bounded number of requests and a time limit. workerd's CPU time is read from /proc
// before and after each request (the scheduler's run time of every workerd thread, in nanoseconds), which
// gives the CPU time of each request in workerd, HTTP handling included.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { percentile } from "../lib/stats.js";

export interface WorkerdResult {
  readonly requests: number;
  /** Requests with other articles served before the measured ones. */
  readonly warmup: number;
  readonly failures: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Mean CPU time of the workerd processes per request, or null where /proc is not readable. */
  readonly cpuMsPerRequest: number | null;
  /** CPU time of workerd for each request: its median and 99th percentile (null as above). */
  readonly cpuP50Ms?: number | null;
  readonly cpuP99Ms?: number | null;
}

const API_DIR = fileURLToPath(new URL("../../../../apps/api/", import.meta.url));
const WRANGLER_CONFIG = join(API_DIR, "wrangler.jsonc");
/** Keep everything on this machine: no fetch of the `Request.cf` placeholder data, no usage metrics. */
const OFFLINE_ENV = { CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

/**
 * Nanoseconds on a CPU of every thread of process `pid` (the first field of each thread's schedstat): unlike
 * the user and system ticks of /proc/<pid>/stat, counted in hundredths of a second, it can time one request.
 * Null where /proc does not give it.
 */
function cpuNs(pid: number): number | null {
  let total = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
      } catch {
        // the thread ended while we looked: its time is counted on neither side of a request
      }
    }
  } catch {
    return null;
  }
  return Number.isFinite(total) ? total : null;
}

/** Runs `command` to its end; rejects with its output when it fails. */
function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...OFFLINE_ENV }, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed:\n${output}`))));
  });
}

/** The worker's bundle as `wrangler deploy` makes it, written to `dir` (its entry is the one .js file there). */
async function bundleWorker(dir: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const wrangler = join(dirname(require.resolve("wrangler/package.json")), "bin", "wrangler.js");
  await run(process.execPath, [wrangler, "deploy", "--dry-run", "--outdir", dir, "--config", WRANGLER_CONFIG], API_DIR);
  const entry = readdirSync(dir).find((f) => f.endsWith(".js"));
  if (!entry) throw new Error(`wrangler wrote no bundle to ${dir}`);
  return entry;
}

/** The path of the workerd binary that wrangler runs (through miniflare). */
function workerdBinary(): string {
  const fromWrangler = createRequire(createRequire(import.meta.url).resolve("wrangler/package.json"));
  const fromMiniflare = createRequire(fromWrangler.resolve("miniflare"));
  return (fromMiniflare("workerd") as { default: string }).default;
}

/** wrangler.jsonc's settings that the served worker needs: its compatibility date and flags, and its vars. */
function workerSettings(): { date: string; flags: string[]; vars: Record<string, string> } {
  // the file's comments are whole lines
  const json = readFileSync(WRANGLER_CONFIG, "utf8").replace(/^\s*\/\/.*$/gm, "");
  const config = JSON.parse(json) as {
    compatibility_date: string;
    compatibility_flags?: string[];
    vars?: Record<string, string>;
  };
  return { date: config.compatibility_date, flags: config.compatibility_flags ?? [], vars: config.vars ?? {} };
}

/** A workerd configuration that serves the module `entry` on 127.0.0.1:`port`. */
function capnpConfig(entry: string, port: number): string {
  const { date, flags, vars } = workerSettings();
  const text = (s: string) => JSON.stringify(s);
  const bindings = Object.entries(vars).map(([k, v]) => `(name = ${text(k)}, text = ${text(v)})`);
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "api", worker = .api) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "api") ],
);
const api :Workerd.Worker = (
  modules = [ (name = ${text(entry)}, esModule = embed ${text(entry)}) ],
  compatibilityDate = ${text(date)},
  compatibilityFlags = [${flags.map(text).join(", ")}],
  bindings = [${bindings.join(", ")}],
);
`;
}

/** A port on 127.0.0.1 that nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Waits until `url` answers, up to `ms`. */
async function answers(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`workerd did not answer ${url} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function measureWorkerd(
  texts: readonly string[],
  requests: number,
  timeLimitMs: number,
  warmup: readonly string[],
): Promise<WorkerdResult> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-workerd-"));
  let child: ChildProcess | null = null;
  try {
    const entry = await bundleWorker(dir);
    const port = await freePort();
    writeFileSync(join(dir, "config.capnp"), capnpConfig(entry, port));
    // the worker logs each request on stdout, as a deployed worker does to its logs
    child = spawn(workerdBinary(), ["serve", "config.capnp"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    const base = `http://127.0.0.1:${port}`;
    await answers(`${base}/health`, child, 30_000);
    const pid = child.pid as number;
    const endpoint = `${base}/v1/normalize`;
    const post = async (text: string, id: string): Promise<boolean> => {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, id }),
      });
      await res.arrayBuffer();
      return res.ok;
    };
    for (let i = 0; i < warmup.length; i++) await post(warmup[i] as string, `warmup-${i}`);
    const times: number[] = [];
    const cpu: number[] = [];
    let failures = 0;
    let cpuKnown = true;
    const deadline = Date.now() + timeLimitMs;
    for (let i = 0; i < requests && Date.now() < deadline; i++) {
      const c0 = cpuNs(pid);
      const t0 = process.hrtime.bigint();
      if (!(await post(texts[i % texts.length] as string, `a-${i}`))) failures++;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c1 = cpuNs(pid);
      if (c0 === null || c1 === null) cpuKnown = false;
      else cpu.push((c1 - c0) / 1e6);
    }
    const byValue = (a: number, b: number) => a - b;
    times.sort(byValue);
    cpu.sort(byValue);
    const measured = cpuKnown && cpu.length > 0;
    return {
      requests: times.length,
      warmup: warmup.length,
      failures,
      p50Ms: percentile(times, 0.5),
      p99Ms: percentile(times, 0.99),
      maxMs: times.at(-1) ?? Number.NaN,
      cpuMsPerRequest: measured ? cpu.reduce((a, b) => a + b, 0) / cpu.length : null,
      cpuP50Ms: measured ? percentile(cpu, 0.5) : null,
      cpuP99Ms: measured ? percentile(cpu, 0.99) : null,
    };
  } finally {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

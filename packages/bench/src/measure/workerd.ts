// Latency of POST /v1/normalize served by workerd (the Workers runtime) through wrangler, on 127.0.0.1 only:
// one request at a time, a bounded number of requests and a time limit. workerd's own CPU time is read from
// /proc before and after the loop, which gives the mean CPU per request including HTTP handling.
import { readdirSync, readFileSync } from "node:fs";
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
}

const WRANGLER_CONFIG = fileURLToPath(new URL("../../../../apps/api/wrangler.jsonc", import.meta.url));
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Pids of every descendant process of `root` whose command name is workerd. */
function workerdPids(root: number): number[] {
  const parents = new Map<number, { ppid: number; comm: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      parents.set(Number(entry), { ppid, comm });
    } catch {
      // the process ended while we looked
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid)?.ppid; p !== undefined && p > 1; p = parents.get(p)?.ppid)
      if (p === root) return true;
    return false;
  };
  return [...parents].filter(([pid, v]) => v.comm === "workerd" && descends(pid)).map(([pid]) => pid);
}

/** user + system CPU ticks of the given processes. */
function cpuTicks(pids: readonly number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return total;
}

export async function measureWorkerd(
  texts: readonly string[],
  requests: number,
  timeLimitMs: number,
  warmup: readonly string[],
): Promise<WorkerdResult> {
  // Keep everything on this machine: no fetch of the `Request.cf` placeholder data, no usage metrics.
  process.env["CLOUDFLARE_CF_FETCH_ENABLED"] = "false";
  process.env["WRANGLER_SEND_METRICS"] = "false";
  const { unstable_startWorker } = await import("wrangler");
  const worker = await unstable_startWorker({
    config: WRANGLER_CONFIG,
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, logLevel: "error" },
  });
  try {
    await worker.ready;
    const base = await worker.url;
    if (base.hostname !== "127.0.0.1") throw new Error(`workerd listens on ${base.hostname}, expected 127.0.0.1`);
    const endpoint = new URL("/v1/normalize", base);
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
    const pids = workerdPids(process.pid);
    if (process.env["BENCH_DEBUG"]) process.stderr.write(`workerd pids: ${pids.join(", ")}\n`);
    const ticks0 = pids.length > 0 ? cpuTicks(pids) : null;
    const times: number[] = [];
    let failures = 0;
    const deadline = Date.now() + timeLimitMs;
    for (let i = 0; i < requests && Date.now() < deadline; i++) {
      const t0 = process.hrtime.bigint();
      if (!(await post(texts[i % texts.length] as string, `a-${i}`))) failures++;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const ticks1 = pids.length > 0 ? cpuTicks(pids) : null;
    times.sort((a, b) => a - b);
    return {
      requests: times.length,
      warmup: warmup.length,
      failures,
      p50Ms: percentile(times, 0.5),
      p99Ms: percentile(times, 0.99),
      maxMs: times.at(-1) ?? Number.NaN,
      cpuMsPerRequest: ticks0 !== null && ticks1 !== null ? ((ticks1 - ticks0) * TICK_MS) / times.length : null,
    };
  } finally {
    await worker.dispose();
  }
}

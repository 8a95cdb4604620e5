// Runs a measurement in its own Node process, pinned to one core where `taskset` exists, so that sizes and
// measurements do not pollute each other's heap, JIT state or peak memory.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const hasTaskset = spawnSync("taskset", ["--version"], { stdio: "ignore" }).status === 0;

export interface ChildOptions {
  /** Pin to this CPU (0-based) with taskset; ignored where taskset is missing. */
  readonly core?: number;
  /** Kill the child after this many milliseconds. */
  readonly timeoutMs?: number;
}

/** `node --import` this to run TypeScript sources compiled as the builds compile them (see loader/register.mjs). */
export const TS_LOADER = fileURLToPath(new URL("../../loader/register.mjs", import.meta.url));

/** Runs `script` (a .ts file beside the caller) and returns the JSON it prints on its last line. */
export async function runChild<T>(script: URL, args: readonly string[], options: ChildOptions = {}): Promise<T> {
  const node = [process.execPath, "--expose-gc", "--max-old-space-size=12288", "--import", TS_LOADER];
  const argv = [...node, fileURLToPath(script), ...args];
  const [cmd, ...rest] =
    hasTaskset && options.core !== undefined ? ["taskset", "-c", String(options.core), ...argv] : argv;
  const child = spawn(cmd!, rest, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (d: string) => {
    out += d;
  });
  const timer = options.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), options.timeoutMs) : undefined;
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (timer) clearTimeout(timer);
  if (code !== 0) throw new Error(`${fileURLToPath(script).split("/").pop()} ${args.join(" ")} exited with ${code}`);
  const last = out.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as T;
}

/** Whether measurements are pinned to one core. */
export const pinned = hasTaskset;

import { readFileSync, writeFileSync } from "node:fs";

/** Resets the kernel's peak-RSS mark of this process (Linux), so VmHWM measures from now on. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** Peak resident memory of this process in bytes, from /proc (Linux), or null elsewhere. */
export function peakRss(): number | null {
  try {
    const m = readFileSync("/proc/self/status", "utf8").match(/^VmHWM:\s+(\d+) kB/m);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

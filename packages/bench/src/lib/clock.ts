// Two clocks: wall time, and the CPU time of this process (user + system, all its threads). On a busy
// machine wall time includes waiting for a core; CPU time does not, so both are reported.

/** Wall clock in nanoseconds. */
export function wallNs(): number {
  return Number(process.hrtime.bigint());
}

/** CPU time of this process in nanoseconds. */
export function cpuNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

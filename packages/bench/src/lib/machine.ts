import { readFileSync } from "node:fs";
import os from "node:os";

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly node: string;
  readonly v8: string;
  readonly platform: string;
  readonly kernel: string;
  /** 1-minute load average when the run started: a busy machine makes every figure worse. */
  readonly loadAverage: number;
}

function cpuModel(): string {
  const fromOs = os.cpus()[0]?.model?.trim();
  if (fromOs && fromOs !== "unknown") return fromOs;
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m);
    return line?.[1]?.trim() ?? "unknown";
  } catch {
    return "unknown";
  }
}

export function machineInfo(): MachineInfo {
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.arch()}`,
    kernel: os.release(),
    loadAverage: Number(os.loadavg()[0]!.toFixed(2)),
  };
}

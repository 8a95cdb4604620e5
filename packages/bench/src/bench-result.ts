import type { MachineInfo } from "./lib/machine.js";
import type { ScaleResult } from "./measure/scale-child.js";
import type { ApiInProcessResult, ThroughputResult } from "./measure/throughput.js";
import type { WorkerdResult } from "./measure/workerd.js";
import type { BenchOptions } from "./run.js";

export interface ScaleSummary {
  readonly runs: readonly ScaleResult[];
  /** Sizes whose process failed, such as running out of memory. */
  readonly failures: readonly { readonly count: number; readonly error: string }[];
  readonly exponentTotal: number;
  readonly exponentNormalize: number;
  readonly exponentCorpus: number;
  readonly exponentMemory: number;
  /** What the fits give for 100,000 articles, when that size was not run. */
  readonly projected100k: {
    readonly totalCpuSeconds: number;
    readonly totalSeconds: number;
    readonly peakRssMB: number | null;
  };
}

/** Everything one `pnpm bench` run measured; written as JSON to results/latest.json. */
export interface BenchResult {
  readonly date: string;
  readonly commit: string;
  readonly machine: MachineInfo;
  readonly pinned: boolean;
  readonly options: BenchOptions;
  readonly throughput: ThroughputResult | null;
  readonly apiInProcess: ApiInProcessResult | null;
  readonly workerd: WorkerdResult | null;
  readonly scale: ScaleSummary | null;
}

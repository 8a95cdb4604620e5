import { writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { render } from "ink";
import { App } from "./components/App.js";
import type { CorpusSource } from "./source.js";

const ENTER_ALT_SCREEN = "\x1b[?1049h\x1b[H";
const LEAVE_ALT_SCREEN = "\x1b[?1049l";

/** Timings of a session, written as JSON to the file named by NEWSGRAPH_TRACE (for benchmarks). */
interface Trace {
  firstFrameMs?: number;
  firstFrameCpuMs?: number;
  firstArticlesFrameMs?: number;
  loadedMs?: number;
  frames: number;
  slowestFrameMs: number;
  /** How long the event loop was held up while loading: the wait a key press could see, in ms. */
  loopDelayWhileLoading?: { p50: number; p99: number; max: number };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
}

/** Draws the browser on the terminal's alternate screen until the user quits, then restores the screen. */
export async function browse(source: CorpusSource, options: { readonly noColor: boolean }): Promise<void> {
  const tracePath = process.env["NEWSGRAPH_TRACE"];
  const trace: Trace = { frames: 0, slowestFrameMs: 0 };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let articlesArrived = false;
  const traced: CorpusSource = tracePath
    ? {
        load: (onSnapshot, signal) => {
          loop.enable();
          return source.load((s) => {
            if (s.corpus.articles.length > 0) articlesArrived = true;
            if (s.progress.finished && trace.loadedMs === undefined) {
              trace.loadedMs = Math.round(performance.now());
              loop.disable();
            }
            onSnapshot(s);
          }, signal);
        },
      }
    : source;
  process.stdout.write(ENTER_ALT_SCREEN);
  try {
    const app = render(<App source={traced} noColor={options.noColor} />, {
      exitOnCtrlC: true,
      patchConsole: true,
      ...(tracePath
        ? {
            onRender: ({ renderTime }: { renderTime: number }) => {
              trace.frames++;
              trace.slowestFrameMs = Math.max(trace.slowestFrameMs, Math.round(renderTime));
              trace.firstFrameMs ??= Math.round(performance.now());
              trace.firstFrameCpuMs ??= cpuMs();
              if (articlesArrived) trace.firstArticlesFrameMs ??= Math.round(performance.now());
            },
          }
        : {}),
    });
    await app.waitUntilExit();
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
    if (tracePath) {
      const ms = (ns: number) => Math.round(ns / 1e6);
      if (loop.count > 0)
        trace.loopDelayWhileLoading = { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) };
      writeFileSync(tracePath, `${JSON.stringify(trace)}\n`);
    }
  }
}

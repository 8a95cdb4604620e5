// Where the browser's corpus comes from: a finished corpus, or files normalised a few at a time so that the
// first screen is usable while the rest loads. A persistent store can implement `CorpusSource` the same way.
import { Worker } from "node:worker_threads";
import { type Article, buildCorpus, type Corpus } from "@newsgraph/core";
import { LoadError, loadArticle } from "./load.js";
import type { WorkerMessage } from "./normalize-worker.js";

export interface LoadProgress {
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
  /** Files that could not be read or normalised, with the reason. */
  readonly errors: readonly string[];
}

export interface CorpusSnapshot {
  readonly corpus: Corpus;
  readonly progress: LoadProgress;
}

/** Delivers a corpus, at once or in growing snapshots; the last snapshot has `progress.finished`. */
export interface CorpusSource {
  load(onSnapshot: (snapshot: CorpusSnapshot) => void, signal?: AbortSignal): Promise<void>;
}

/** A source for a corpus already in memory. */
export function corpusSource(corpus: Corpus): CorpusSource {
  const n = corpus.articles.length;
  return {
    async load(onSnapshot) {
      onSnapshot({ corpus, progress: { done: n, total: n, finished: true, errors: [] } });
    },
  };
}

/** An empty corpus, shown until the first articles arrive. */
export const EMPTY_CORPUS: Corpus = {
  schemaVersion: "1.0.0",
  articles: [],
  actors: [],
  events: [],
  quoteGroups: [],
  timeline: [],
};

/** The corpus of the articles so far, unlinked: what `buildCorpus` gives before linking, without validation. */
export function provisionalCorpus(articles: readonly Article[]): Corpus {
  return {
    ...EMPTY_CORPUS,
    articles: articles.map(({ actors, events, ...rest }) => ({
      ...rest,
      actorIds: actors.map((x) => x.id),
      eventIds: events.map((x) => x.id),
    })),
    actors: articles.flatMap((a) => a.actors),
    events: articles.flatMap((a) => a.events),
  };
}

/** Gives each article a distinct id: files of the same name in different folders get `~2`, `~3`. */
export function uniqueIds(articles: readonly Article[]): Article[] {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    return n === 1 ? a : { ...a, id: `${a.id}~${n}` };
  });
}

export interface FileSourceOptions {
  /** How long to work before yielding to the event loop, in milliseconds. */
  readonly sliceMs?: number;
  /** How often to hand a snapshot to the screen while loading, in milliseconds. */
  readonly snapshotMs?: number;
  readonly now?: () => number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads and normalises files in slices, yielding between them so that keys and drawing stay responsive,
 * and hands over a growing (unlinked) corpus; links it once every file is in.
 */
export function fileSource(files: readonly string[], options: FileSourceOptions = {}): CorpusSource {
  const { sliceMs = 25, snapshotMs = 120, now = () => performance.now() } = options;
  return {
    async load(onSnapshot, signal) {
      const total = files.length;
      const articles: Article[] = [];
      const errors: string[] = [];
      let sliceStart = now();
      let lastSnapshot = Number.NEGATIVE_INFINITY;
      const snapshot = (finished: boolean, corpus?: Corpus) => {
        lastSnapshot = now();
        onSnapshot({
          corpus: corpus ?? provisionalCorpus(uniqueIds(articles)),
          progress: { done: articles.length + errors.length, total, finished, errors: [...errors] },
        });
      };
      for (const file of files) {
        if (signal?.aborted) return;
        try {
          articles.push(await loadArticle(file));
        } catch (e) {
          if (!(e instanceof LoadError)) throw e;
          errors.push(e.message);
        }
        if (articles.length === 1 || now() - lastSnapshot >= snapshotMs) snapshot(false);
        if (now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          sliceStart = now();
        }
      }
      if (signal?.aborted) return;
      let corpus: Corpus | undefined;
      try {
        corpus = buildCorpus(uniqueIds(articles));
      } catch (e) {
        errors.push(`linking the corpus failed: ${(e as Error).message}`);
      }
      snapshot(true, corpus);
    },
  };
}

/**
 * Like `fileSource`, but reads and normalises in a worker thread (`normalize-worker`), so the screen never
 * waits for an article to be processed; the worker links the corpus at the end as well.
 */
export function workerSource(files: readonly string[], workerUrl: URL, options: FileSourceOptions = {}): CorpusSource {
  const { snapshotMs = 250 } = options;
  return {
    load: (onSnapshot, signal) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: { files: [...files] } });
        const articles: Article[] = [];
        const errors: string[] = [];
        let timer: ReturnType<typeof setTimeout> | undefined;
        const emit = (finished: boolean, corpus?: Corpus) =>
          onSnapshot({
            corpus: corpus ?? provisionalCorpus(uniqueIds(articles)),
            progress: { done: articles.length + errors.length, total: files.length, finished, errors: [...errors] },
          });
        const schedule = () => {
          if (articles.length + errors.length === 1) emit(false);
          // Each snapshot re-indexes the corpus so far: space them out as it grows (1 s at 1,000 articles).
          else
            timer ??= setTimeout(
              () => {
                timer = undefined;
                emit(false);
              },
              Math.max(snapshotMs, articles.length),
            );
        };
        worker.on("message", (m: WorkerMessage) => {
          if (m.type === "article") articles.push(m.article);
          if (m.type === "error") errors.push(m.message);
          if (m.type !== "corpus") return schedule();
          clearTimeout(timer);
          if (m.error) errors.push(m.error);
          emit(true, m.corpus ?? undefined);
          void worker.terminate();
          resolve();
        });
        worker.on("error", (e: Error) => {
          clearTimeout(timer);
          reject(e);
        });
        signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          void worker.terminate();
          resolve();
        });
      }),
  };
}

// Reads and normalises article files off the main thread, so that the browser answers keys while a large
// folder loads. Posts each article as it is done, then the linked corpus.
import { parentPort, workerData } from "node:worker_threads";
import { buildCorpus } from "@newsgraph/core";
import { LoadError, loadArticle } from "./load.js";
import { uniqueIds } from "./source.js";

/** What the worker posts back. */
export type WorkerMessage =
  | { readonly type: "article"; readonly article: import("@newsgraph/core").Article }
  | { readonly type: "error"; readonly message: string }
  | {
      readonly type: "corpus";
      readonly corpus: import("@newsgraph/core").Corpus | null;
      readonly error: string | null;
    };

const port = parentPort;
if (port) {
  const files = (workerData as { files: string[] }).files;
  const articles = [];
  for (const file of files) {
    try {
      const article = await loadArticle(file);
      articles.push(article);
      port.postMessage({ type: "article", article } satisfies WorkerMessage);
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      port.postMessage({ type: "error", message: e.message } satisfies WorkerMessage);
    }
  }
  try {
    port.postMessage({ type: "corpus", corpus: buildCorpus(uniqueIds(articles)), error: null } satisfies WorkerMessage);
  } catch (e) {
    port.postMessage({ type: "corpus", corpus: null, error: `linking the corpus failed: ${(e as Error).message}` });
  }
}

import { useEffect, useState } from "react";
import { type CorpusSnapshot, type CorpusSource, EMPTY_CORPUS } from "../source.js";

const STARTING: CorpusSnapshot = {
  corpus: EMPTY_CORPUS,
  progress: { done: 0, total: 0, finished: false, errors: [] },
};

/** The latest snapshot of a loading corpus; loading stops when the component unmounts. */
export function useCorpusSource(source: CorpusSource): CorpusSnapshot {
  const [snapshot, setSnapshot] = useState<CorpusSnapshot>(STARTING);
  useEffect(() => {
    const abort = new AbortController();
    source
      .load((s) => {
        if (!abort.signal.aborted) setSnapshot(s);
      }, abort.signal)
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setSnapshot((s) => ({
          ...s,
          progress: { ...s.progress, finished: true, errors: [...s.progress.errors, String(e)] },
        }));
      });
    return () => abort.abort();
  }, [source]);
  return snapshot;
}

import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Corpus } from "@newsgraph/core";
import { Box, useApp, useInput } from "ink";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { useCorpusSource } from "../hooks/use-corpus-source.js";
import { useTerminalSize } from "../hooks/use-terminal-size.js";
import { articleTitle, type CorpusIndex, indexCorpus } from "../model/corpus-index.js";
import { formatRecords } from "../model/export.js";
import { describeFilters } from "../model/filters.js";
import { type CorpusSource, corpusSource, EMPTY_CORPUS } from "../source.js";
import { viewCounts } from "../state/front.js";
import { type KeyInfo, keyAction, splitKeys } from "../state/keymap.js";
import { type Action, initialState, reducer, type State } from "../state/reducer.js";
import { type Screen, type ScreenSize, screenFor } from "../state/screen.js";
import { COLOR_THEME, NO_COLOR_THEME, ThemeContext } from "../theme.js";
import { Body } from "./Body.js";
import { ExportPrompt } from "./ExportPrompt.js";
import { FilterForm } from "./FilterForm.js";
import { Header } from "./Header.js";
import { HelpOverlay } from "./HelpOverlay.js";
import { ProgressBar } from "./ProgressBar.js";
import { StatusBar } from "./StatusBar.js";

/** Writes an export and returns the absolute path written. */
export type WriteExport = (path: string, content: string) => Promise<string>;

const writeExportFile: WriteExport = async (path, content) => {
  const abs = resolve(path);
  await writeFile(abs, content);
  return abs;
};

export type AppProps = {
  /** A corpus to browse, or a source that delivers one (files being read, a store). */
  readonly corpus?: Corpus;
  readonly source?: CorpusSource;
  /** Fixed size; by default the terminal's, following resizes. */
  readonly columns?: number;
  readonly rows?: number;
  readonly noColor?: boolean;
  readonly writeExport?: WriteExport;
  readonly initial?: Partial<State>;
};

interface Drawn {
  readonly state: State;
  readonly screen: Screen;
  readonly index: CorpusIndex;
  readonly size: ScreenSize;
  readonly loading: boolean;
}

const HINTS: Readonly<Record<string, string>> = {
  timeline: "Enter/e evidence · / search · f filter · w export · ? help · q quit",
  actors: "Enter actor page · e evidence · t kind · a filter · / search · ? help · q quit",
  quotes: "Enter/e evidence · → wordings · / search · f filter · w export · ? help · q quit",
  articles: "Enter read · / search · f filter · w export · ? help · q quit",
  actor: "Enter/e evidence · a filter by actor · Esc back · ? help · q quit",
  search: "Enter open · e evidence · / edit · Esc back · q quit",
  reader: "j/k scroll · Space/b page · d removed text · Esc back · q quit",
};

/** The browser: four views over a corpus, pages for readers and actors, search, filters and export. */
export function App({
  corpus,
  source,
  columns,
  rows,
  noColor = false,
  writeExport = writeExportFile,
  initial,
}: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize({ ...(columns ? { columns } : {}), ...(rows ? { rows } : {}) });
  const src = useMemo(() => source ?? corpusSource(corpus ?? EMPTY_CORPUS), [source, corpus]);
  const snapshot = useCorpusSource(src);
  const [state, dispatch] = useReducer(reducer, { ...initialState, ...initial });
  // The newest state, ahead of React's when keys arrive faster than frames; every change goes through `send`.
  const latest = useRef(state);
  const send = useCallback((action: Action) => {
    latest.current = reducer(latest.current, action);
    dispatch(action);
  }, []);
  const index = useMemo(() => indexCorpus(snapshot.corpus), [snapshot.corpus]);
  const { progress } = snapshot;
  const loading = !progress.finished;
  // The last frame drawn, for the key handler (see below) and to reuse the filter scope.
  const last = useRef<Drawn>(undefined);
  const screen = useMemo(() => screenFor(state, index, size, loading, last.current), [state, index, size, loading]);
  last.current = { state, screen, index, size, loading };
  const counts = useMemo(() => viewCounts(index, screen.scope), [index, screen.scope]);
  const { front, cursor, bodyHeight } = screen;
  const width = size.columns;

  // Until the user presses a key, open on the articles when the corpus has no events.
  const announced = useRef(false);
  useEffect(() => {
    if (announced.current || snapshot.corpus.articles.length === 0) return;
    announced.current = true;
    send({ type: "loaded", hasEvents: snapshot.corpus.events.length > 0 });
  }, [snapshot, send]);
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  // The reader opens with its focus a third of the way down.
  const page = state.pages[state.pages.length - 1];
  useEffect(() => {
    if (page?.kind === "reader" && page.scroll === null && front.kind === "reader") {
      send({ type: "scrollTo", line: Math.max(0, front.layout.focusLine - Math.floor(bodyHeight / 3)) });
    }
  }, [page, front, bodyHeight, send]);

  const handleKey = (input: string, key: KeyInfo) => {
    // Ink may still hold the handler of an earlier frame: read the newest frame and state through refs.
    const now = latest.current;
    const drawn = last.current ?? { state, screen, index, size, loading };
    const fresh = now === drawn.state ? drawn.screen : screenFor(now, drawn.index, drawn.size, drawn.loading, drawn);
    const result = keyAction(now, input, key, fresh.ctx);
    if (result === null) return;
    if (result.type !== "exportSubmit") {
      send(result);
      return;
    }
    const { exportRows } = fresh;
    const content = formatRecords(
      exportRows.map((r) => r.record),
      now.exportFormat,
    );
    writeExport(now.exportPath, content).then(
      (path) => send({ type: "exportDone", message: `wrote ${exportRows.length} rows to ${path}` }),
      (e: Error) => send({ type: "exportDone", message: `could not write ${now.exportPath}: ${e.message}` }),
    );
  };
  // Keys typed faster than they are read, or pasted, arrive together: take them one at a time.
  useInput((input, key) => {
    for (const [text, info] of splitKeys(input, key)) handleKey(text, info);
  });

  const crumb =
    front.kind === "reader"
      ? front.article
        ? articleTitle(front.article)
        : page?.kind === "reader"
          ? page.articleId
          : null
      : front.kind === "actor"
        ? (front.actor?.name ?? null)
        : front.kind === "search"
          ? "Search"
          : null;
  const message =
    state.message ??
    (progress.errors.length ? `${progress.errors.length} problem(s) loading: ${progress.errors[0]}` : null);

  return (
    <ThemeContext.Provider value={noColor ? NO_COLOR_THEME : COLOR_THEME}>
      <Box flexDirection="column" width={width} height={size.rows - 1}>
        <Header view={state.view} counts={counts} crumb={crumb} />
        {loading ? <ProgressBar done={progress.done} total={progress.total} width={width} /> : null}
        <Box flexDirection="column" height={bodyHeight}>
          {state.mode === "help" ? (
            <HelpOverlay height={bodyHeight} />
          ) : (
            <Body front={front} state={state} cursor={cursor} height={bodyHeight} loading={loading} />
          )}
        </Box>
        {state.mode === "filter" ? <FilterForm draft={state.draft} field={state.draftField} /> : null}
        {state.mode === "export" ? (
          <ExportPrompt
            path={state.exportPath}
            format={state.exportFormat}
            count={screen.exportRows.length}
            what={state.marked.length ? "marked rows" : "rows"}
          />
        ) : null}
        <StatusBar message={message} filters={describeFilters(state.filters)} hints={HINTS[front.kind] ?? ""} />
      </Box>
    </ThemeContext.Provider>
  );
}

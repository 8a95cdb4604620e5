import type { CorpusArticle } from "@newsgraph/core";
import { Text } from "ink";
import { articleTitle } from "../model/corpus-index.js";
import type { Row } from "../model/target.js";
import { useTheme } from "../theme.js";
import { Detail } from "./Detail.js";
import { List } from "./List.js";

export type ArticlesViewProps = {
  readonly rows: readonly Row<CorpusArticle>[];
  readonly cursor: number;
  readonly height: number;
  readonly marked: readonly string[];
  readonly loading: boolean;
};

/** Articles with date, outlet and headline; the selected one's metadata below. */
export function ArticlesView({ rows, cursor, height, marked, loading }: ArticlesViewProps) {
  const theme = useTheme();
  const detailHeight = Math.min(6, Math.max(3, Math.floor(height / 3)));
  const sel = rows[cursor]?.data;
  return (
    <>
      <List
        rows={rows}
        cursor={cursor}
        height={height - detailHeight}
        marked={marked}
        empty={loading ? "Reading articles…" : "No articles pass the filters."}
        renderRow={(row) => (
          <Text wrap="truncate">
            <Text color={theme.muted}>{(row.data.publishedAt ?? "no date").padEnd(10)} </Text>
            <Text color={theme.accent}>{(row.data.outlet ?? "—").slice(0, 14).padEnd(14)} </Text>
            {articleTitle(row.data)}
          </Text>
        )}
      />
      <Detail height={detailHeight} title={sel ? articleTitle(sel) : "Article"}>
        {sel ? (
          <>
            <Text wrap="truncate">
              {sel.outlet ?? "outlet unknown"} · {sel.byline ?? "no byline"} · {sel.dateline ?? "no dateline"} ·{" "}
              {sel.publishedAt ?? "no date"}
            </Text>
            <Text wrap="truncate">
              {sel.paragraphs.length} paragraphs · {sel.quotes.length} quotes · {sel.actorIds.length} actors ·{" "}
              {sel.eventIds.length} events · {sel.removed.length} removed
            </Text>
            <Text color={theme.muted} wrap="truncate">
              {sel.id} · Enter: read
            </Text>
          </>
        ) : null}
      </Detail>
    </>
  );
}

import { Text } from "ink";
import type { QuoteRow } from "../model/rows.js";
import type { Row } from "../model/target.js";
import { useTheme } from "../theme.js";
import { Detail } from "./Detail.js";
import { DiffText } from "./DiffText.js";
import { List } from "./List.js";

export type QuotesViewProps = {
  readonly rows: readonly Row<QuoteRow>[];
  readonly cursor: number;
  readonly height: number;
  readonly marked: readonly string[];
  readonly loading: boolean;
};

function QuoteLine({ row }: { readonly row: QuoteRow }) {
  const theme = useTheme();
  switch (row.kind) {
    case "group":
      return (
        <Text wrap="truncate">
          <Text>{row.expanded ? "▾ " : "▸ "}</Text>
          <Text bold color={theme.speaker}>
            {row.speaker}
          </Text>
          <Text color={theme.accent}> ×{row.quotes.length} </Text>
          <Text color={theme.quote}>“{row.group.text}”</Text>
        </Text>
      );
    case "variant":
      return (
        <Text wrap="truncate">
          <Text color={theme.muted}>
            {"    "}
            {row.outlet}:{" "}
          </Text>
          <DiffText parts={row.diff} />
        </Text>
      );
    case "quote":
      return (
        <Text wrap="truncate">
          <Text bold color={theme.speaker}>
            {row.speaker}
          </Text>
          <Text color={theme.muted}> ({row.outlet}) </Text>
          <Text color={theme.quote}>“{row.quote.text}”</Text>
        </Text>
      );
  }
}

/** Who said what; the same utterance in several outlets is one group, opened with →/l to compare wordings. */
export function QuotesView({ rows, cursor, height, marked, loading }: QuotesViewProps) {
  const theme = useTheme();
  const detailHeight = Math.min(8, Math.max(3, Math.floor(height / 3)));
  const sel = rows[cursor]?.data;
  return (
    <>
      <List
        rows={rows}
        cursor={cursor}
        height={height - detailHeight}
        marked={marked}
        empty={loading ? "No quotes yet…" : "No quotes found (or none pass the filters)."}
        renderRow={(row) => <QuoteLine row={row.data} />}
      />
      <Detail
        height={detailHeight}
        title={
          sel ? (sel.kind === "group" ? `${sel.speaker} · said in ${sel.quotes.length} outlets` : "Quote") : "Quote"
        }
      >
        {sel?.kind === "group"
          ? sel.group.variants.slice(0, detailHeight - 2).map((v) => (
              <Text key={v.quoteId} wrap="truncate">
                <Text color={theme.muted}>{v.articleId}: </Text>
                <DiffText parts={v.diff} />
              </Text>
            ))
          : null}
        {sel && sel.kind !== "group" ? (
          <>
            <Text wrap="wrap" color={theme.quote}>
              “{sel.quote.text.slice(0, 300)}”
            </Text>
            <Text color={theme.muted} wrap="truncate">
              {sel.quote.kind} · {sel.quote.attribution}
              {sel.quote.cue ? ` · “${sel.quote.cue}”` : ""} · {sel.quote.articleId}
            </Text>
          </>
        ) : null}
        <Text color={theme.muted}>Enter/e: evidence · →/l: show each wording</Text>
      </Detail>
    </>
  );
}

import { Text } from "ink";
import { type EventRow, typeLabel } from "../model/rows.js";
import type { Row } from "../model/target.js";
import { useTheme } from "../theme.js";
import { Detail } from "./Detail.js";
import { List } from "./List.js";

export type TimelineViewProps = {
  readonly rows: readonly Row<EventRow>[];
  readonly cursor: number;
  readonly height: number;
  readonly marked: readonly string[];
  readonly loading: boolean;
};

function who(row: EventRow): string {
  const s = row.sources.join(", ");
  const t = row.targets.length ? ` → ${row.targets.join(", ")}` : "";
  return `${s || "?"}${t}`;
}

/** Events by date with type, actors and place; ★ marks an article's main event. */
export function TimelineView({ rows, cursor, height, marked, loading }: TimelineViewProps) {
  const theme = useTheme();
  const detailHeight = Math.min(7, Math.max(3, Math.floor(height / 3)));
  const sel = rows[cursor]?.data;
  return (
    <>
      <List
        rows={rows}
        cursor={cursor}
        height={height - detailHeight}
        marked={marked}
        empty={
          loading ? "No events yet…" : "No events in this corpus (or none pass the filters). Press 4 for the articles."
        }
        renderRow={(row) => (
          <Text wrap="truncate">
            <Text color={theme.muted}>{(row.data.date ?? "undated").padEnd(10)} </Text>
            <Text color={theme.main}>{row.data.main ? "★" : " "}</Text>
            <Text bold> {typeLabel(row.data.event.type).padEnd(9)}</Text> {who(row.data)}: {row.data.event.predicate}
            {row.data.place ? <Text color={theme.muted}> @ {row.data.place}</Text> : null}
          </Text>
        )}
      />
      <Detail height={detailHeight} title={sel ? sel.event.summary || sel.event.predicate : "Event"}>
        {sel ? (
          <>
            <Text wrap="truncate">
              {sel.event.type} (CAMEO {sel.event.cameo}) · {sel.date ?? "undated"}
              {sel.event.time ? ` (${sel.event.time.precision}, ${sel.event.time.basis})` : ""}
              {sel.main ? " · main event" : ""}
            </Text>
            <Text wrap="truncate">
              who: {who(sel)}
              {sel.place ? ` · where: ${sel.place}` : ""}
            </Text>
            <Text wrap="truncate" color={theme.quote}>
              “{sel.event.evidence[0]?.text ?? ""}”
            </Text>
            <Text color={theme.muted} wrap="truncate">
              {sel.event.articleIds.length} article(s) · Enter/e: evidence
            </Text>
          </>
        ) : null}
      </Detail>
    </>
  );
}

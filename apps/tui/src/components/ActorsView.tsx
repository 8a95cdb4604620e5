import { Text } from "ink";
import type { ActorRow } from "../model/rows.js";
import type { Row } from "../model/target.js";
import { useTheme } from "../theme.js";
import { Detail } from "./Detail.js";
import { List } from "./List.js";

export type ActorsViewProps = {
  readonly rows: readonly Row<ActorRow>[];
  readonly cursor: number;
  readonly height: number;
  readonly marked: readonly string[];
  readonly kind: string;
  readonly loading: boolean;
};

const KIND_LABEL: Readonly<Record<string, string>> = { person: "person", organization: "org", place: "place" };

/** People, organisations and places by mention count; the selected one's roles and aliases below. */
export function ActorsView({ rows, cursor, height, marked, kind, loading }: ActorsViewProps) {
  const theme = useTheme();
  const detailHeight = Math.min(6, Math.max(3, Math.floor(height / 3)));
  const sel = rows[cursor]?.data.actor;
  return (
    <>
      <Text color={theme.muted} wrap="truncate">
        showing: {kind} (t cycles: all, person, organization, place) · a: filter by this actor
      </Text>
      <List
        rows={rows}
        cursor={cursor}
        height={height - detailHeight - 1}
        marked={marked}
        empty={loading ? "No actors yet…" : "No actors found (or none pass the filters)."}
        renderRow={(row) => (
          <Text wrap="truncate">
            <Text color={theme.muted}>{String(row.data.count).padStart(4)} </Text>
            <Text color={theme.accent}>{(KIND_LABEL[row.data.actor.kind] ?? row.data.actor.kind).padEnd(7)}</Text>
            <Text bold>{row.data.actor.name}</Text>
            <Text color={theme.muted}>
              {row.data.actor.roles[0] ? ` · ${row.data.actor.roles[row.data.actor.roles.length - 1]?.title}` : ""}
              {row.data.actor.country ? ` · ${row.data.actor.country}` : ""}
            </Text>
          </Text>
        )}
      />
      <Detail height={detailHeight} title={sel ? sel.name : "Actor"}>
        {sel ? (
          <>
            <Text wrap="truncate">
              {sel.kind}
              {sel.subtype ? ` (${sel.subtype})` : ""} · {sel.mentions.length} mentions in {sel.articleIds.length}{" "}
              article(s)
            </Text>
            <Text wrap="truncate">also: {sel.aliases.join(", ") || "—"}</Text>
            <Text wrap="truncate">
              roles: {sel.roles.map((r) => `${r.title}${r.asOf ? ` (${r.asOf})` : ""}`).join("; ") || "—"}
            </Text>
            <Text color={theme.muted}>Enter: everything about this actor · e: first mention</Text>
          </>
        ) : null}
      </Detail>
    </>
  );
}

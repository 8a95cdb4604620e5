import type { Actor } from "@newsgraph/core";
import { Box, Text } from "ink";
import type { ActorPageRow, ActorSection } from "../model/actor-page.js";
import type { Row } from "../model/target.js";
import { useTheme } from "../theme.js";
import { List } from "./List.js";

export type ActorPageProps = {
  readonly actor: Actor | undefined;
  readonly rows: readonly Row<ActorPageRow>[];
  readonly cursor: number;
  readonly height: number;
  readonly marked: readonly string[];
};

const SECTION: Readonly<Record<ActorSection, string>> = {
  role: "role",
  quote: "said",
  event: "event",
  article: "article",
};

/** Everything about one actor: roles over time, quotes, events and articles; Enter opens the evidence. */
export function ActorPage({ actor, rows, cursor, height, marked }: ActorPageProps) {
  const theme = useTheme();
  if (!actor) return <Text>This actor is no longer in the corpus. Esc goes back.</Text>;
  const count = (s: ActorSection) => rows.filter((r) => r.data.section === s).length;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate">
        {actor.name}{" "}
        <Text color={theme.muted}>
          ({actor.kind}
          {actor.subtype ? `, ${actor.subtype}` : ""}
          {actor.country ? `, ${actor.country}` : ""})
        </Text>
      </Text>
      <Text wrap="truncate" color={theme.muted}>
        {count("role")} roles · {count("quote")} quotes · {count("event")} events · {count("article")} articles · also:{" "}
        {actor.aliases.join(", ") || "—"}
      </Text>
      <List
        rows={rows}
        cursor={cursor}
        height={height - 2}
        marked={marked}
        empty="Nothing more is known about this actor."
        renderRow={(row) => (
          <Text wrap="truncate">
            <Text color={theme.accent}>{SECTION[row.data.section].padEnd(8)}</Text>
            <Text color={theme.muted}>{(row.data.date ?? "").padEnd(11)}</Text>
            <Text color={row.data.section === "quote" ? theme.quote : undefined}>
              {row.data.section === "quote" ? `“${row.data.text}”` : row.data.text}
            </Text>
            <Text color={theme.muted}> · {row.data.detail}</Text>
          </Text>
        )}
      />
    </Box>
  );
}

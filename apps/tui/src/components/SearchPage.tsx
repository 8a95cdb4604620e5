import { Box, Text } from "ink";
import type { SearchHit } from "../model/search.js";
import type { Row } from "../model/target.js";
import { useTheme } from "../theme.js";
import { List } from "./List.js";

export type SearchPageProps = {
  readonly query: string;
  readonly editing: boolean;
  readonly rows: readonly Row<SearchHit>[];
  readonly cursor: number;
  readonly height: number;
  readonly marked: readonly string[];
};

function Hit({ hit }: { readonly hit: SearchHit }) {
  const theme = useTheme();
  const { context: c, at, length } = hit;
  return (
    <Text wrap="truncate">
      <Text color={theme.accent}>{hit.section.padEnd(8)}</Text>
      <Text bold>{hit.title}</Text>
      <Text color={theme.muted}> · </Text>
      {at >= 0 ? (
        <>
          {c.slice(0, at)}
          <Text inverse>{c.slice(at, at + length)}</Text>
          {c.slice(at + length)}
        </>
      ) : (
        c
      )}
    </Text>
  );
}

/** Search across actors, quotes and article text, with results listed as they match. */
export function SearchPage({ query, editing, rows, cursor, height, marked }: SearchPageProps) {
  const theme = useTheme();
  const counts = ["actor", "quote", "article"].map((s) => `${rows.filter((r) => r.data.section === s).length} ${s}s`);
  return (
    <Box flexDirection="column" height={height}>
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          /{" "}
        </Text>
        {query}
        {editing ? <Text inverse> </Text> : null}
        <Text color={theme.muted}>
          {"  "}
          {query.trim().length < 2 ? "type at least 2 letters" : counts.join(" · ")}
          {editing ? " · Enter: browse results · Esc: close" : " · /: edit · Enter: open"}
        </Text>
      </Text>
      <List
        rows={rows}
        cursor={cursor}
        height={height - 1}
        marked={marked}
        empty={query.trim().length < 2 ? "" : "No matches."}
        renderRow={(row) => <Hit hit={row.data} />}
      />
    </Box>
  );
}

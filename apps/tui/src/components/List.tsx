import { Box, Text } from "ink";
import type { ReactNode } from "react";
import type { Row } from "../model/target.js";
import { useTheme } from "../theme.js";

export type ListProps<T> = {
  readonly rows: readonly Row<T>[];
  readonly cursor: number;
  readonly height: number;
  readonly marked?: readonly string[];
  readonly empty: string;
  readonly renderRow: (row: Row<T>, selected: boolean) => ReactNode;
};

/** The first row to show so that the cursor stays in a window of `height` rows, kept near the middle. */
export function windowStart(count: number, cursor: number, height: number): number {
  if (count <= height) return 0;
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), count - height));
}

/** A list that draws only the rows that fit, with the cursor's row inverted and marked rows flagged. */
export function List<T>({ rows, cursor, height, marked = [], empty, renderRow }: ListProps<T>) {
  const theme = useTheme();
  if (rows.length === 0)
    return (
      <Box height={height}>
        <Text color={theme.muted}>{empty}</Text>
      </Box>
    );
  const start = windowStart(rows.length, cursor, height);
  const shown = rows.slice(start, start + height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {shown.map((row, i) => {
        const selected = start + i === cursor;
        return (
          <Box key={row.key}>
            <Text inverse={selected} wrap="truncate">
              {marked.includes(row.key) ? "● " : selected ? "› " : "  "}
            </Text>
            <Box flexGrow={1}>{renderRow(row, selected)}</Box>
          </Box>
        );
      })}
    </Box>
  );
}

import { Box, Text } from "ink";
import type { ReaderLayout } from "../model/reader.js";
import { useTheme } from "../theme.js";
import { MarkedLine } from "./MarkedLine.js";

export type ReaderPageProps = { readonly layout: ReaderLayout; readonly scroll: number; readonly height: number };

/** The clean text of an article with speakers, quotes and actors marked, scrolled to `scroll`. */
export function ReaderPage({ layout, scroll, height }: ReaderPageProps) {
  const theme = useTheme();
  const banner = layout.focusOutside ? 1 : 0;
  const shown = layout.lines.slice(scroll, scroll + height - 1 - banner);
  const end = Math.min(layout.lines.length, scroll + shown.length);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {layout.focusOutside ? (
        <Text wrap="truncate" inverse>
          evidence outside the body: {layout.focusOutside}
        </Text>
      ) : null}
      {shown.map((line, i) => (
        <MarkedLine key={scroll + i} line={line} />
      ))}
      <Box flexGrow={1} />
      <Text color={theme.muted} wrap="truncate">
        lines {scroll + 1}-{end} of {layout.lines.length} · <Text color={theme.speaker}>speaker</Text>{" "}
        <Text color={theme.quote}>quote</Text> <Text underline>actor</Text> <Text inverse>evidence</Text> · d: removed
        text
      </Text>
    </Box>
  );
}

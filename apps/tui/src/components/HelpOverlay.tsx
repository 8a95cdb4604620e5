import { Box, Text } from "ink";
import { useTheme } from "../theme.js";

const KEYS: readonly [string, string][] = [
  ["1-4, Tab", "Timeline, Actors, Quotes, Articles (Shift-Tab: back)"],
  ["j/k, ↑/↓", "move; g/G first/last; PgUp/PgDn, Ctrl-u/d page"],
  ["Enter", "open: the evidence of a fact, an actor's page, an article"],
  ["e", "jump to the evidence of the selected fact in its article"],
  ["Esc", "back out of a page, prompt or search"],
  ["/", "search actors, quotes and article text"],
  ["f / F", "filter by actor, outlet, date range / clear filters"],
  ["a", "filter by the selected actor"],
  ["t", "actors: cycle person, organization, place"],
  ["→/l, ←/h", "quotes: show or hide each outlet's wording"],
  ["d", "reader: show the text removed from the body"],
  ["Space", "mark a row; w exports the marks, or the whole list"],
  ["w", "export to a file as JSON, NDJSON or CSV (Tab: format)"],
  ["?", "this help"],
  ["q", "quit"],
];

export type HelpOverlayProps = { readonly height: number };

/** The keys, one line each. */
export function HelpOverlay({ height }: HelpOverlayProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" height={height} borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold>Keys (? or Esc closes)</Text>
      {KEYS.slice(0, Math.max(0, height - 3)).map(([k, what]) => (
        <Text key={k} wrap="truncate">
          <Text bold color={theme.accent}>
            {k.padEnd(10)}
          </Text>
          {what}
        </Text>
      ))}
    </Box>
  );
}

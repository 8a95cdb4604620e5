import { Text } from "ink";
import type { ExportFormat } from "../model/export.js";
import { useTheme } from "../theme.js";

export type ExportPromptProps = {
  readonly path: string;
  readonly format: ExportFormat;
  readonly count: number;
  readonly what: string;
};

/** Asks where to write the export; Tab changes the format. */
export function ExportPrompt({ path, format, count, what }: ExportPromptProps) {
  const theme = useTheme();
  return (
    <Text wrap="truncate">
      <Text bold color={theme.accent}>
        Export{" "}
      </Text>
      {count} {what} as <Text inverse>{format}</Text> to: {path}
      <Text inverse> </Text>
      <Text color={theme.muted}> Tab: format · Enter: write · Esc: cancel</Text>
    </Text>
  );
}

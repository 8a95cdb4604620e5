import { Text } from "ink";
import { useTheme } from "../theme.js";

export type StatusBarProps = { readonly message: string | null; readonly filters: string; readonly hints: string };

/** The bottom line: the last message, the active filters, and the keys that matter here. */
export function StatusBar({ message, filters, hints }: StatusBarProps) {
  const theme = useTheme();
  return (
    <Text wrap="truncate">
      {message ? <Text color={theme.accent}>{message} · </Text> : null}
      {filters ? <Text color={theme.main}>[{filters}] F: clear · </Text> : null}
      <Text color={theme.muted}>{hints}</Text>
    </Text>
  );
}

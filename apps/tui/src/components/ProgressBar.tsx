import { Text } from "ink";
import { useTheme } from "../theme.js";

export type ProgressBarProps = { readonly done: number; readonly total: number; readonly width: number };

/** `Loading ████░░░░ 120/1000`. */
export function ProgressBar({ done, total, width }: ProgressBarProps) {
  const theme = useTheme();
  const label = ` ${done}/${total} articles`;
  const barWidth = Math.max(10, width - label.length - 10);
  const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
  return (
    <Text wrap="truncate">
      <Text color={theme.accent}>Loading </Text>
      <Text color={theme.accent}>{"█".repeat(filled)}</Text>
      <Text color={theme.muted}>{"░".repeat(barWidth - filled)}</Text>
      <Text>{label}</Text>
    </Text>
  );
}

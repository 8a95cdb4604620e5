import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { useTheme } from "../theme.js";

export type DetailProps = { readonly height: number; readonly title: string; readonly children?: ReactNode };

/** The pane under a list that tells more about the selected row. */
export function Detail({ height, title, children }: DetailProps) {
  const theme = useTheme();
  return (
    <Box
      flexDirection="column"
      height={height}
      overflow="hidden"
      borderStyle="single"
      borderBottom={false}
      borderLeft={false}
      borderRight={false}
      borderColor={theme.muted}
    >
      <Text bold wrap="truncate">
        {title}
      </Text>
      {children}
    </Box>
  );
}

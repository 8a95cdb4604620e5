import type { DiffPart } from "@newsgraph/core";
import { Text } from "ink";
import { useTheme } from "../theme.js";

export type DiffTextProps = { readonly parts: readonly DiffPart[] };

/** A wording of a quote against the group's first wording: added words underlined, dropped words struck through. */
export function DiffText({ parts }: DiffTextProps) {
  const theme = useTheme();
  return (
    <Text wrap="truncate">
      {parts.map((p, i) => {
        if (p.op === "equal") return <Text key={i}>{p.text}</Text>;
        if (p.op === "insert")
          return (
            <Text key={i} color={theme.insert} underline>
              {p.text}
            </Text>
          );
        return (
          <Text key={i} color={theme.remove} strikethrough>
            {p.text}
          </Text>
        );
      })}
    </Text>
  );
}

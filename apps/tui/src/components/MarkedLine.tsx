import { Text } from "ink";
import { type Line, MARK } from "../model/reader.js";
import { useTheme } from "../theme.js";

export type MarkedLineProps = { readonly line: Line };

/** One laid-out line of the reader, each run styled by its marks: focus inverted, speakers bold, quotes and mentions coloured. */
export function MarkedLine({ line }: MarkedLineProps) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate">
      {line.map((seg, i) => {
        const m = seg.marks;
        const color =
          m & MARK.speaker
            ? theme.speaker
            : m & MARK.quote
              ? theme.quote
              : m & MARK.mention
                ? theme.mention
                : m & MARK.heading
                  ? theme.accent
                  : m & MARK.dim
                    ? theme.muted
                    : undefined;
        return (
          <Text
            key={i}
            color={color}
            bold={Boolean(m & (MARK.speaker | MARK.heading))}
            underline={Boolean(m & MARK.mention)}
            italic={Boolean(m & MARK.quote)}
            inverse={Boolean(m & MARK.focus)}
          >
            {seg.text}
          </Text>
        );
      })}
    </Text>
  );
}

import { Box, Text } from "ink";
import { VIEWS, type View } from "../state/reducer.js";
import { useTheme } from "../theme.js";

export const VIEW_TITLES: Readonly<Record<View, string>> = {
  timeline: "Timeline",
  actors: "Actors",
  quotes: "Quotes",
  articles: "Articles",
};

export type HeaderProps = {
  readonly view: View;
  readonly counts: Readonly<Record<View, number>>;
  readonly crumb: string | null;
};

/** The tabs (1-4) with their counts, and where the user is when a page is open. */
export function Header({ view, counts, crumb }: HeaderProps) {
  const theme = useTheme();
  return (
    <Box>
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          newsgraph{" "}
        </Text>
        {VIEWS.map((v, i) => (
          <Text key={v} inverse={v === view} bold={v === view}>
            {` ${i + 1} ${VIEW_TITLES[v]} ${counts[v]} `}
          </Text>
        ))}
        {crumb ? <Text color={theme.muted}> › {crumb}</Text> : null}
      </Text>
    </Box>
  );
}

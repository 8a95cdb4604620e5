import { Box, Text } from "ink";
import type { Filters } from "../model/filters.js";
import { FILTER_FIELDS } from "../state/reducer.js";
import { useTheme } from "../theme.js";

export type FilterFormProps = { readonly draft: Filters; readonly field: number };

const LABEL: Readonly<Record<keyof Filters, string>> = {
  actor: "actor",
  outlet: "outlet",
  from: "from",
  to: "to",
};

/** Edits the filters: actor and outlet match by substring; dates are ISO prefixes (2012, 2012-04, 2012-04-19). */
export function FilterForm({ draft, field }: FilterFormProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          Filter{" "}
        </Text>
        {FILTER_FIELDS.map((f, i) => (
          <Text key={f}>
            {LABEL[f]}: <Text inverse={i === field}>{draft[f] || (i === field ? " " : "·")}</Text>
            {"  "}
          </Text>
        ))}
      </Text>
      <Text color={theme.muted} wrap="truncate">
        Tab/↓ next field · Enter apply · Esc cancel · dates as 2012, 2012-04 or 2012-04-19
      </Text>
    </Box>
  );
}

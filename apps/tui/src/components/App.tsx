import type { Corpus } from "@newsgraph/core";
import { Box, Text, useApp, useInput } from "ink";
import { useState } from "react";

export type AppProps = { readonly corpus: Corpus };

/** The browser's root: for now, the list of articles. */
export function App({ corpus }: AppProps) {
  const { exit } = useApp();
  const [cursor, setCursor] = useState(0);
  useInput((input, key) => {
    if (input === "q") exit();
    if (key.downArrow || input === "j") setCursor((c) => Math.min(c + 1, corpus.articles.length - 1));
    if (key.upArrow || input === "k") setCursor((c) => Math.max(c - 1, 0));
  });
  return (
    <Box flexDirection="column">
      <Text bold>newsgraph · {corpus.articles.length} articles</Text>
      {corpus.articles.map((a, i) => (
        <Text key={a.id} inverse={i === cursor}>
          {a.id} {a.headline ?? a.paragraphs[0]?.slice(0, 50) ?? ""}
        </Text>
      ))}
      <Text dimColor>↑/↓ move · q quit</Text>
    </Box>
  );
}

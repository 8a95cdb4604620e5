import { describe, expect, test } from "vitest";
import { foldText } from "./fold.js";
import { splitSentences } from "./sentences.js";

const split = (text: string) => {
  const folded = foldText(text);
  return splitSentences(folded, 0, folded.length).map((s) => text.slice(s.start, s.end));
};

describe("splitSentences", () => {
  const cases: { name: string; text: string; want: string[] }[] = [
    {
      name: "splits plain sentences",
      text: "The talks ended. Both sides left Brussels! Will they meet again?",
      want: ["The talks ended.", "Both sides left Brussels!", "Will they meet again?"],
    },
    {
      name: "keeps titles with the name that follows",
      text: "Gen. Nikolai Makarov spoke first. Mr. Hague and Dr. Liam Fox replied. Sen. John McCain left.",
      want: ["Gen. Nikolai Makarov spoke first.", "Mr. Hague and Dr. Liam Fox replied.", "Sen. John McCain left."],
    },
    {
      name: "keeps U.S. inside a sentence and ends one after it when a new sentence opens",
      text: "U.S. officials met in Washington, D.C. on Monday. Talks moved to the U.S. The allies agreed.",
      want: ["U.S. officials met in Washington, D.C. on Monday.", "Talks moved to the U.S.", "The allies agreed."],
    },
    {
      name: "handles times and months",
      text: "The vote closed at 8 p.m. local time on Jan. 5. It was delayed until 9 a.m. The count began.",
      want: ["The vote closed at 8 p.m. local time on Jan. 5.", "It was delayed until 9 a.m.", "The count began."],
    },
    {
      name: "keeps numbered and street abbreviations",
      text: "He lives at No. 10 Downing St. in London. St. Petersburg is far.",
      want: ["He lives at No. 10 Downing St. in London.", "St. Petersburg is far."],
    },
    {
      name: "keeps initials with the surname",
      text: "The novel by J. K. Rowling sold well. George W. Bush read it.",
      want: ["The novel by J. K. Rowling sold well.", "George W. Bush read it."],
    },
    {
      name: "ends a sentence at the pronoun 'I' after a word in lower case",
      text: "The staff are tired, and so am I. Transnet has the money. The report by I. Petrov came out.",
      want: ["The staff are tired, and so am I.", "Transnet has the money.", "The report by I. Petrov came out."],
    },
    {
      name: "does not split after a comma inside a closing quote",
      text: '"We do not agree yet," he said. "Time is short." Next came Lavrov.',
      want: ['"We do not agree yet," he said.', '"Time is short."', "Next came Lavrov."],
    },
    {
      name: "does not split before a lower-case attribution after a question or exclamation",
      text: '"Is it over?" she asked. "No!" he shouted.',
      want: ['"Is it over?" she asked.', '"No!" he shouted.'],
    },
    {
      name: "splits after a closing quote when a new sentence opens",
      text: 'Russia called it "an empty threat." The alliance disagreed.',
      want: ['Russia called it "an empty threat."', "The alliance disagreed."],
    },
    {
      name: "handles ellipses written as three dots or one character",
      text: "We waited... and waited. Then it came \u2026 Nothing else. It was over\u2026 for now.",
      want: ["We waited... and waited.", "Then it came \u2026", "Nothing else.", "It was over\u2026 for now."],
    },
    {
      name: "does not split decimals, domains or version numbers",
      text: "Growth was 3.5 percent, SpaceWar.com reported. Version 2.0.1 shipped.",
      want: ["Growth was 3.5 percent, SpaceWar.com reported.", "Version 2.0.1 shipped."],
    },
    {
      name: "splits before a sentence that starts with a number or a quote",
      text: 'Sales rose in 2011. 2012 was worse. He said so. "We are ready," she said.',
      want: ["Sales rose in 2011.", "2012 was worse.", "He said so.", '"We are ready," she said.'],
    },
    {
      name: "keeps company suffixes unless a sentence opens",
      text: "Apple Inc. Chief Executive Tim Cook spoke. Shares of Acme Corp. The company fell.",
      want: ["Apple Inc. Chief Executive Tim Cook spoke.", "Shares of Acme Corp.", "The company fell."],
    },
    {
      name: "ends a sentence at a blank line but not at a single line break",
      text: "A headline without a stop\n\nThe body starts here and\nwraps onto a second line. Done.",
      want: ["A headline without a stop", "The body starts here and\nwraps onto a second line.", "Done."],
    },
    {
      name: "trims surrounding spaces and keeps an unfinished last sentence",
      text: "  One.   Two without a stop  ",
      want: ["One.", "Two without a stop"],
    },
    {
      name: "survives an unbalanced quote",
      text: 'He said "we will see. The end came soon.',
      want: ['He said "we will see.', "The end came soon."],
    },
  ];
  for (const t of cases) {
    test(t.name, () => expect(split(t.text)).toEqual(t.want));
  }

  test("returns nothing for blank ranges and respects the range bounds", () => {
    expect(split("   \n  ")).toEqual([]);
    const text = "Skip this. Take this one. And this.";
    const spans = splitSentences(text, 11, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Take this one.", "And this."]);
  });

  test("splits a whole article written on one line", () => {
    const line = Array.from({ length: 200 }, (_, i) => `Sentence number ${i} ends here.`).join(" ");
    expect(split(line)).toHaveLength(200);
  });

  test("cuts an unpunctuated run of text into bounded pieces", () => {
    const run = "word ".repeat(100_000);
    const spans = split(run);
    expect(spans.length).toBeGreaterThan(100);
    expect(spans.every((s) => s.length <= 4100)).toBe(true);
  });
});

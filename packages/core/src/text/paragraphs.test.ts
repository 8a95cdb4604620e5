import { describe, expect, test } from "vitest";
import { splitLines, splitParagraphs } from "./paragraphs.js";

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe("splitParagraphs", () => {
  const cases: { name: string; text: string; want: string[] }[] = [
    {
      name: "separates paragraphs at blank lines",
      text: "Headline\n\nFirst paragraph.\n\nSecond paragraph.",
      want: ["Headline", "First paragraph.", "Second paragraph."],
    },
    {
      name: "treats each line as a paragraph when there are no blank lines",
      text: 'BRUSSELS - Talks failed.\n"We tried," he said.\nThe next round is in May.',
      want: ["BRUSSELS - Talks failed.", '"We tried," he said.', "The next round is in May."],
    },
    {
      name: "joins hard-wrapped lines of one paragraph",
      text: "The ministers met in Brussels and\nfailed to agree on the shield.\n\nA second paragraph.",
      want: ["The ministers met in Brussels and\nfailed to agree on the shield.", "A second paragraph."],
    },
    {
      name: "reads Windows line endings and stray spaces",
      text: "\ufeffTitle\r\n\r\n  Body one.\r\nBody two.  \r\n",
      want: ["Title", "Body one.", "Body two."],
    },
    { name: "keeps a single long line as one paragraph", text: "A. B. C.", want: ["A. B. C."] },
    {
      name: "does not wrap a row of links into the line after it",
      text: "Email the author | Follow on Twitter | Print\nupdated March 4, 2022 at 7:15 AM",
      want: ["Email the author | Follow on Twitter | Print", "updated March 4, 2022 at 7:15 AM"],
    },
    {
      name: "does not wrap credit lines in lower case into the headline above them",
      text: "Rare frog rediscovered in the cloud forests of northern Peru\nby Lucia Paredes Soto, Andean Institute\nedited by Tom Reyes, reviewed by Ann Cole",
      want: [
        "Rare frog rediscovered in the cloud forests of northern Peru",
        "by Lucia Paredes Soto, Andean Institute",
        "edited by Tom Reyes, reviewed by Ann Cole",
      ],
    },
    {
      name: "still wraps a line that goes on with a sentence after 'by' and a name",
      text: "The budget for the coming year was approved late on Tuesday\nby Parliament after a long debate.",
      want: ["The budget for the coming year was approved late on Tuesday\nby Parliament after a long debate."],
    },
    {
      name: "does not wrap a site's address under a notice into it",
      text: "We use cookies to give you the best experience. Accept | More info\nekathimerini.com\nHOME | NEWS",
      want: ["We use cookies to give you the best experience. Accept | More info", "ekathimerini.com", "HOME | NEWS"],
    },
    {
      name: "nor a menu spaced out over a line into the line under it",
      text: "Home  News  Business  Opinions  Sports  Entertainment\ne-Paper | Subscribe",
      want: ["Home  News  Business  Opinions  Sports  Entertainment", "e-Paper | Subscribe"],
    },
    {
      name: "nor an address with the date after it under the headline",
      text: "China and Mongolia sign deal to expand key border port\nwww.example.cn 2006-06-14 20:45:12",
      want: ["China and Mongolia sign deal to expand key border port", "www.example.cn 2006-06-14 20:45:12"],
    },
  ];
  for (const t of cases) {
    test(t.name, () => {
      const folded = t.text.replace(/\ufeff/g, " ");
      expect(texts(t.text, splitParagraphs(folded))).toEqual(t.want);
    });
  }

  test("splitLines skips blank lines", () => {
    expect(splitLines("a\r\n\n b ")).toEqual([
      { start: 0, end: 1 },
      { start: 5, end: 6 },
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { splitParagraphs } from "../text/paragraphs.js";
import { findDuplicates } from "./duplicates.js";

const dups = (text: string) => findDuplicates(text, splitParagraphs(text));

describe("findDuplicates", () => {
  test("marks an exact repeat of a paragraph with the index of the first", () => {
    const text = [
      "The ministers met in Brussels on Thursday to discuss the shield.",
      "Russia wants a legally binding guarantee from the alliance.",
      "The ministers met in Brussels on Thursday to discuss the shield.",
    ].join("\n");
    expect(dups(text)).toEqual([-1, -1, 0]);
  });

  test("finds a near repeat that differs in a word or in punctuation", () => {
    const a =
      "Despite the lack of a breakthrough, Rasmussen said he was optimistic that a deal could be reached in time for the next summit hosted by the United States in May.";
    const b =
      "Despite the lack of a breakthrough Rasmussen said he was optimistic that a deal could be reached in time for the next summit, hosted by the United States in May 2012.";
    expect(dups(`${a}\n\nSomething else entirely happened in Kabul on the same day.\n\n${b}`)).toEqual([-1, -1, 0]);
  });

  test("finds a repeated run of paragraphs, short ones included", () => {
    const run = [
      "Talks in Brussels ended with no agreement on the missile shield.",
      '"No," he said.',
      "Both sides will meet again in Chicago next May.",
    ];
    expect(dups([...run, ...run].join("\n"))).toEqual([-1, -1, -1, 0, 1, 2]);
  });

  test("keeps a short paragraph that repeats on its own", () => {
    const text = [
      '"No," he said.',
      "The minister was asked again whether Moscow would deploy missiles.",
      '"No," he said.',
    ].join("\n");
    expect(dups(text)).toEqual([-1, -1, -1]);
  });

  test("keeps paragraphs that share only a phrase", () => {
    const text = [
      "NATO Secretary General Anders Fogh Rasmussen said the alliance would press on with the shield.",
      "NATO Secretary General Anders Fogh Rasmussen later flew to Kabul to meet President Hamid Karzai.",
    ].join("\n");
    expect(dups(text)).toEqual([-1, -1]);
  });
  test("keeps list-like paragraphs that differ only in a name or a number", () => {
    const text = Array.from(
      { length: 40 },
      (_, i) => `Results from district ${i} showed the ruling party ahead by a wide margin on Sunday night.`,
    ).join("\n");
    expect(dups(text).filter((x) => x >= 0)).toEqual([]);
  });
});

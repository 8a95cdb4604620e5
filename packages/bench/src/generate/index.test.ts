import { describe, expect, test } from "vitest";
import { createRng, generateArticles } from "./index.js";
import { loadSeeds } from "./seeds.js";

const seeds = loadSeeds();
const texts = (seed: number, count = 40) => [...generateArticles({ count, seed, seeds })];

describe("generateArticles", () => {
  test("gives the same articles for the same seed", () => {
    expect(texts(7)).toEqual(texts(7));
  });

  test("gives different articles for another seed", () => {
    const a = texts(7).map((x) => x.text);
    const b = texts(8).map((x) => x.text);
    expect(a.slice(seeds.length)).not.toEqual(b.slice(seeds.length));
  });

  test("starts with the seeds verbatim and makes exactly `count` articles with unique ids", () => {
    const out = texts(3, 200);
    expect(out).toHaveLength(200);
    expect(out.slice(0, seeds.length).map((a) => a.text)).toEqual(seeds.map((s) => s.text));
    expect(new Set(out.map((a) => a.id)).size).toBe(200);
  });

  test("has several outlets report the same story, in different words", () => {
    const generated = texts(5, 300).filter((a) => a.story !== null);
    const byStory = new Map<number | null, typeof generated>();
    for (const a of generated) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
    const shared = [...byStory.values()].filter((g) => g.length > 1);
    expect(shared.length).toBeGreaterThan(10);
    for (const group of shared) {
      expect(new Set(group.map((a) => a.outlet)).size).toBe(group.length);
      expect(new Set(group.map((a) => a.text)).size).toBe(group.length);
    }
  });

  test("makes articles of a news article's length", () => {
    const lengths = texts(11, 300).map((a) => a.text.length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeGreaterThan(2500);
    expect(mean).toBeLessThan(5500);
    expect(Math.min(...lengths)).toBeGreaterThan(800);
  });
});

describe("createRng", () => {
  test("repeats its sequence for a seed and stays in range", () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  test("samples distinct elements", () => {
    const picked = createRng(1).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
  });
});

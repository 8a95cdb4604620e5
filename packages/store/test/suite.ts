// The store's behaviour, run against every backend (SQLite file on Node, D1 in workerd).
import { type Article, buildCorpus, type Corpus, normalizeArticle } from "@newsgraph/core";
import { describe, expect, test } from "vitest";
import type { ArticleInput, CorpusStore, StoreOptions } from "../src/index.js";
import { generateStories, readSeeds, toyArticle, toyLink, toyLinking } from "./fixtures.js";

export type OpenStore = (options?: StoreOptions) => Promise<CorpusStore>;

const normalize = (inputs: readonly ArticleInput[]): Article[] =>
  inputs.map((i) => normalizeArticle(i.text, { id: i.id, url: i.url ?? null, referenceDate: i.referenceDate ?? null }));

/** Compares as JSON values: what a reader of the corpus sees. */
const plain = (c: Corpus) => JSON.parse(JSON.stringify(c)) as Corpus;

/** `stories`: how many generated stories (of two or three articles each) the linking checks use. */
export function storeSuite(backend: string, open: OpenStore, { stories = 8 } = {}) {
  describe(`store on ${backend}`, () => {
    test("the stored seed corpus equals buildCorpus over the seeds", async () => {
      const store = await open();
      const seeds = readSeeds();
      const results = await store.ingest(seeds);
      expect(results.map((r) => r.status)).toEqual(seeds.map(() => "added"));
      expect(plain(await store.corpus())).toEqual(plain(buildCorpus(normalize(seeds))));
      await store.close();
    });

    test("generated stories ingested in several batches, with deletions, equal buildCorpus", async () => {
      const store = await open();
      const inputs = generateStories(stories, 3);
      const half = Math.floor(inputs.length / 2);
      // the first half in transactions of four articles, the rest one by one
      await store.ingest(inputs.slice(0, half), { batchSize: 4 });
      await store.ingest(inputs.slice(half));
      const expected = buildCorpus(normalize(inputs));
      // The stories do link: actors across outlets, quote groups, shared main events.
      expect(expected.actors.some((a) => a.articleIds.length > 1)).toBe(true);
      expect(expected.quoteGroups.length).toBeGreaterThan(0);
      expect(expected.events.some((e) => e.articleIds.length > 1)).toBe(true);
      expect(plain(await store.corpus())).toEqual(plain(expected));
      const gone = [inputs[2]!.id, inputs[inputs.length - 3]!.id];
      for (const id of gone) expect(await store.remove(id)).toBe(true);
      const left = inputs.filter((i) => !gone.includes(i.id));
      expect(plain(await store.corpus())).toEqual(plain(buildCorpus(normalize(left))));
      await store.close();
    });

    test("re-ingesting the same text is a no-op and a new text under a stored id replaces it", async () => {
      const store = await open();
      const [a, b] = generateStories(1, 5);
      await store.ingest([a!, b!]);
      const before = plain(await store.corpus());
      const again = await store.ingest([{ ...a! }, { ...a!, id: "same-text-other-id" }]);
      expect(again.map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
      expect(again[1]!.existingId).toBe(a!.id);
      expect(plain(await store.corpus())).toEqual(before);
      const edited = { ...a!, text: `${a!.text}\n\nThe talks will resume next month, officials added.` };
      expect((await store.ingest([edited]))[0]!.status).toBe("replaced");
      expect(plain(await store.corpus())).toEqual(plain(buildCorpus(normalize([b!, edited]))));
      await store.close();
    });

    test("an article the core cannot normalise is rejected with its code and nothing is stored", async () => {
      const store = await open();
      const results = await store.ingest([{ id: "blank", text: "   \n  " }]);
      expect(results[0]).toMatchObject({ id: "blank", status: "rejected", error: { code: "EMPTY_INPUT" } });
      expect((await store.counts()).articles).toBe(0);
      expect(await store.remove("blank")).toBe(false);
      await store.close();
    });

    test("links a new article into stored actors, quote groups and events, and unlinks it on removal", async () => {
      const store = await open({ linking: toyLinking });
      const articles = [
        toyArticle("a1", {
          actors: ["Maria Kovacs", "Piotr Nowak"],
          quotes: ["we will keep talking"],
          date: "2019-03-04",
        }),
        toyArticle("a2", { actors: ["Aiko Tanaka"], date: "2019-05-01" }),
        toyArticle("a3", { actors: ["Piotr Nowak"], quotes: ["we will keep talking"], date: "2019-03-04" }),
        toyArticle("a4", { actors: ["Jorge Alvarez", "Aiko Tanaka"] }),
        toyArticle("a5", { actors: ["Maria Kovacs"], quotes: ["a different line entirely"] }),
      ];
      await store.ingestNormalized(articles);
      const full = await store.corpus();
      expect(full).toEqual(toyLink(articles));
      expect((await store.actor("actor:piotr-nowak"))?.articleIds).toEqual(["a1", "a3"]);
      expect((await store.quoteGroup("group:we-will-keep-talking"))?.articleIds).toEqual(["a1", "a3"]);
      expect((await store.event("event:2019-03-04"))?.articleIds).toEqual(["a1", "a3"]);
      expect(await store.remove("a1")).toBe(true);
      const rest = articles.filter((a) => a.id !== "a1");
      expect(await store.corpus()).toEqual(toyLink(rest));
      expect(await store.quoteGroup("group:we-will-keep-talking")).toBeNull();
      expect((await store.actor("actor:maria-kovacs"))?.articleIds).toEqual(["a5"]);
      await store.ingestNormalized([articles[0]!]);
      expect(await store.corpus()).toEqual(toyLink([...rest, articles[0]!]));
      await store.close();
    });

    test("numbers actors whose names share a slug exactly as a full build does, on ingest and on removal", async () => {
      // Keys on exact names: "Ann Lee" and "ANN LEE" share no key, yet their ids clash ("actor:ann-lee").
      const linking = {
        keys: (a: Article) => a.actors.map((x) => `n:${x.name}`),
        link: toyLink,
      };
      const store = await open({ linking });
      const upper = toyArticle("x1", { actors: ["ANN LEE"] });
      const lower = toyArticle("x2", { actors: ["Ann Lee", "Bo Chan"] });
      const other = toyArticle("x3", { actors: ["Bo Chan"] });
      await store.ingestNormalized([upper, lower, other]);
      expect(await store.corpus()).toEqual(toyLink([upper, lower, other]));
      expect((await store.actor("actor:ann-lee-2"))?.name).toBe("Ann Lee");
      await store.remove("x1");
      expect(await store.corpus()).toEqual(toyLink([lower, other]));
      expect((await store.actor("actor:ann-lee"))?.name).toBe("Ann Lee");
      await store.close();
    });

    test("an article added after the last one was removed is linked as itself, not as the removed one", async () => {
      const store = await open({ linking: toyLinking });
      const [x1, x2, x3] = [
        toyArticle("x1", { actors: ["Lena Berg"] }),
        toyArticle("x2", { actors: ["Lena Berg", "Ann Lee"] }),
        toyArticle("x3", { actors: ["Lena Berg"], quotes: ["the talks were frank"] }),
      ];
      // one at a time, so that each is read back while the next is linked
      for (const a of [x1!, x2!, x3!]) await store.ingestNormalized([a]);
      expect(await store.remove("x3")).toBe(true);
      const y = toyArticle("y", { actors: ["Lena Berg", "Bo Chan"] });
      const z = toyArticle("z", { actors: ["Bo Chan"] });
      await store.ingestNormalized([y]);
      await store.ingestNormalized([z]);
      expect(await store.corpus()).toEqual(toyLink([x1!, x2!, y, z]));
      await store.close();
    });

    test("a seat of power named as a place and as its government links as one actor, one article at a time", async () => {
      const store = await open();
      const inputs = [
        { id: "gov", text: "Talks\n\nDowning Street said on Monday that the talks would go on." },
        { id: "place", text: "Talks\n\nProtesters gathered outside Downing Street on Tuesday." },
      ];
      for (const input of inputs) await store.ingest([input]);
      const stored = plain(await store.corpus());
      expect(stored).toEqual(plain(buildCorpus(normalize(inputs))));
      expect(stored.actors.filter((a) => a.name === "Downing Street").map((a) => a.articleIds)).toEqual([
        ["gov", "place"],
      ]);
      await store.close();
    });

    test("places that a linker lists after every other actor stay after them", async () => {
      // Like the core's places for event places no actor stands for: in no article's own actors, listed last.
      const link = (articles: readonly Article[]): Corpus => {
        const corpus = toyLink(articles);
        const places = [...new Set(articles.flatMap((a) => a.events.map((e) => e.date ?? "")))]
          .filter(Boolean)
          .map((date) => ({
            ...corpus.actors[0]!,
            id: `place:met-on-${date}`,
            name: `Met on ${date}`,
            kind: "place" as const,
            articleIds: articles.filter((a) => a.events.some((e) => e.date === date)).map((a) => a.id),
            mentions: [],
          }));
        return { ...corpus, actors: [...corpus.actors, ...places] };
      };
      const store = await open({ linking: { keys: toyLinking.keys, link } });
      const articles = [
        toyArticle("p1", { actors: ["Ann Lee"], date: "2020-01-02" }),
        toyArticle("p2", { actors: ["Bo Chan"], date: "2020-01-02" }),
        toyArticle("p3", { actors: ["Jo Park"], date: "2020-03-04" }),
      ];
      await store.ingestNormalized(articles.slice(0, 1));
      await store.ingestNormalized(articles.slice(1));
      const expected = link(articles);
      expect(expected.actors.map((a) => a.id).slice(-2)).toEqual([
        "place:met-on-2020-01-02",
        "place:met-on-2020-03-04",
      ]);
      expect(await store.corpus()).toEqual(expected);
      await store.close();
    });

    test("lists filter before paging and page by cursor in a stable order", async () => {
      const store = await open({ linking: toyLinking });
      const articles = [
        toyArticle("b3", { actors: ["José Núñez", "Shared Name"], quotes: ["Prices will fall"], date: "2020-02" }),
        toyArticle("b1", { actors: ["Ann Lee", "Shared Name"], quotes: ["We stay the course"], date: "2020-01-15" }),
        toyArticle("b2", { actors: ["Bo Chan", "Shared Name"], quotes: ["Prices will not fall soon"] }),
      ];
      await store.ingestNormalized(articles);
      const all = { after: null, limit: 100 };

      const first = await store.listArticles({ after: null, limit: 2 });
      expect(first.items.map((a) => a.id)).toEqual(["b1", "b2"]);
      const second = await store.listArticles({ after: first.next, limit: 2 });
      expect(second).toMatchObject({ items: [{ id: "b3" }], next: null });

      expect((await store.listActors({ name: "NUNEZ" }, all)).items.map((a) => a.id)).toEqual(["actor:jos-n-ez"]);
      expect((await store.listActors({ article: "b2" }, all)).items.map((a) => a.id)).toEqual([
        "actor:bo-chan",
        "actor:shared-name",
      ]);
      const shared = await store.getActor("actor:shared-name");
      expect(shared?.actor.articleIds).toEqual(["b3", "b1", "b2"]);
      expect((await store.getActor("actor:ann-lee"))?.quotes.map((q) => q.text)).toEqual(["We stay the course"]);

      const fall = await store.listQuotes({ text: "prices will" }, { after: null, limit: 1 });
      expect(fall.items.map((q) => q.articleId)).toEqual(["b2"]);
      expect(
        (await store.listQuotes({ text: "prices will" }, { after: fall.next, limit: 1 })).items[0]?.articleId,
      ).toBe("b3");

      // Events sort by date, undated last; a month overlaps a range that reaches into it.
      expect((await store.listEvents({}, all)).items.map((e) => e.date)).toEqual(["2020-01-15", "2020-02"]);
      expect((await store.listEvents({ from: "2020-02-29" }, all)).items.map((e) => e.id)).toEqual(["event:2020-02"]);
      expect((await store.listEvents({ to: "2020-01-14" }, all)).items).toEqual([]);
      expect((await store.listEvents({ actor: "actor:ann-lee" }, all)).items.map((e) => e.id)).toEqual([
        "event:2020-01-15",
      ]);
      const timeline = await store.listTimeline({}, { after: null, limit: 1 });
      expect(timeline.items.map((t) => t.event.id)).toEqual(["event:2020-01-15"]);
      expect((await store.listTimeline({}, { after: timeline.next, limit: 1 })).items[0]?.eventId).toBe(
        "event:2020-02",
      );
      await expect(store.listActors({}, { after: "[1,2]", limit: 5 })).rejects.toMatchObject({
        code: "INVALID_PAGE_KEY",
      });
      expect(await store.counts()).toEqual({ articles: 3, actors: 4, events: 2, quoteGroups: 0 });
      await store.close();
    });
  });
}

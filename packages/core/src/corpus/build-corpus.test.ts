import { describe, expect, test } from "vitest";
import { NewsgraphError } from "../errors.js";
import type { FixtureActor } from "../events/fixture-doc.js";
import { CorpusArticle } from "../schema/article.js";
import { Corpus } from "../schema/corpus.js";
import { buildCorpus } from "./build-corpus.js";
import { sameSkeleton } from "./event-match.js";
import { fixtureArticle } from "./fixture-articles.js";
import { CANDIDATES_PER_KEY, createLinker, PART_CANDIDATES } from "./linker.js";

const zarif: FixtureActor = {
  name: "Mohammad Javad Zarif",
  kind: "person",
  aliases: ["Zarif"],
  roles: [{ title: "Foreign Minister", of: "Iran", asOf: null }],
};
const kerry: FixtureActor = { name: "John Kerry", kind: "person", aliases: ["Kerry"] };
const geneva: FixtureActor = { name: "Geneva", kind: "place", subtype: "city" };
const iran: FixtureActor = { name: "Iran", kind: "place", subtype: "country", country: "Iran" };

const reuters = fixtureArticle(
  'Iran and world powers failed to reach a deal on Saturday in Geneva after three days of talks. "We are not there yet, but we are closer than ever before," Zarif told reporters. Foreign Minister Mohammad Javad Zarif said the sides would meet again. The US imposed new sanctions last month.',
  {
    id: "reuters-1",
    published: "2013-11-09",
    actors: [zarif, kerry, geneva, iran],
    speakers: ["Mohammad Javad Zarif"],
  },
);
// the same occurrence, no date of its own, another spelling of the quote, curly quote marks
const wire = fixtureArticle(
  "Iran and world powers failed to reach a deal on Saturday in Geneva. \u201cWe\u2019re not there yet, but we\u2019re closer than ever before,\u201d Iran\u2019s Zarif said. Washington tightened sanctions last month.",
  {
    id: "wire-2",
    published: null,
    actors: [{ ...zarif, name: "Mohammad Zarif", roles: [] }, geneva, iran],
    speakers: ["Mohammad Zarif"],
  },
);
// the same parties months later: another meeting
const later = fixtureArticle(
  'Iran and world powers failed to reach a deal on Monday in Geneva. "There is still work to do on the final text," Zarif said.',
  { id: "later-3", published: "2014-07-14", actors: [zarif, kerry, geneva, iran], speakers: ["Mohammad Javad Zarif"] },
);

describe("buildCorpus", () => {
  const corpus = buildCorpus([reuters, wire, later]);
  const article = (id: string) => corpus.articles.find((a) => a.id === id);

  test("gives a valid corpus", () => {
    expect(Corpus.safeParse(corpus).success).toBe(true);
  });

  test("gives each article its fields in the order of the schema", () => {
    for (const a of corpus.articles) expect(Object.keys(a)).toEqual(Object.keys(CorpusArticle.parse(a)));
  });

  test("merges spellings of a name into one actor with its aliases and articles", () => {
    const z = corpus.actors.filter((a) => a.kind === "person" && /Zarif/.test(a.name));
    expect(z).toHaveLength(1);
    expect(z[0]?.id).toBe("person:mohammad-javad-zarif");
    expect(z[0]?.aliases).toEqual(expect.arrayContaining(["Zarif", "Mohammad Zarif"]));
    expect(z[0]?.articleIds).toEqual(["reuters-1", "wire-2", "later-3"]);
  });

  test("groups one utterance across outlets despite contractions and quote glyphs, with a word diff", () => {
    const a = article("reuters-1")?.quotes[0];
    const b = article("wire-2")?.quotes[0];
    expect(a?.groupId).toBeTruthy();
    expect(b?.groupId).toBe(a?.groupId);
    expect(article("later-3")?.quotes[0]?.groupId).toBeNull();
    const group = corpus.quoteGroups.find((g) => g.id === a?.groupId);
    expect(group?.speakerIds).toEqual(["person:mohammad-javad-zarif"]);
    const diff = group?.variants.find((v) => v.articleId === "wire-2")?.diff ?? [];
    expect(diff.filter((d) => d.op === "insert").map((d) => d.text)).toEqual(["\u2019re", "\u2019re"]);
    expect(diff.filter((d) => d.op === "delete").map((d) => d.text.trim())).toEqual(["are", "are"]);
    expect(diff.map((d) => (d.op === "delete" ? "" : d.text)).join("")).toBe(b?.text);
  });

  test("shares the main event of one occurrence and keeps a later meeting of the same parties apart", () => {
    expect(article("wire-2")?.mainEventId).toBe(article("reuters-1")?.mainEventId);
    expect(article("later-3")?.mainEventId).not.toBe(article("reuters-1")?.mainEventId);
    const main = corpus.events.find((e) => e.id === article("reuters-1")?.mainEventId);
    expect(main?.date).toBe("2013-11-09");
    expect(main?.placeName).toBe("Geneva");
    expect(main?.articleIds).toEqual(["reuters-1", "wire-2"]);
    expect(main?.evidence).toHaveLength(2);
  });

  test("gives an undated article the date of its shared event and re-resolves its relative dates", () => {
    expect(article("wire-2")?.publishedAt).toBe("2013-11-09");
    expect(article("wire-2")?.published).toMatchObject({ basis: "corpus", precision: "day" });
    const sanction = corpus.events.find((e) => e.articleIds.includes("wire-2") && e.type === "SANCTION");
    expect(sanction?.date).toBe("2013-10");
  });

  test("dates roles of an inferred article and lists every event on the timeline", () => {
    expect(corpus.timeline).toHaveLength(corpus.events.length);
    const dates = corpus.timeline.map((t) => t.date ?? "~");
    expect([...dates].sort()).toEqual(dates);
    expect(corpus.timeline.filter((t) => t.main)).toHaveLength(2);
  });

  test("links a quote that one outlet credits to the wrong person, and records both speakers", () => {
    const text = (who: string) =>
      `Kerry met Zarif in Geneva on Sunday. "The door to diplomacy remains open and we intend to walk through it," ${who} said.`;
    const a = fixtureArticle(text("Kerry"), {
      id: "x",
      published: "2013-11-10",
      actors: [kerry, zarif, geneva],
      speakers: ["John Kerry"],
    });
    const b = fixtureArticle(text("Zarif"), {
      id: "y",
      published: "2013-11-10",
      actors: [kerry, zarif, geneva],
      speakers: ["Mohammad Javad Zarif"],
    });
    const c = buildCorpus([a, b]);
    expect(c.quoteGroups).toHaveLength(1);
    expect(c.quoteGroups[0]?.speakerIds.sort()).toEqual(["person:john-kerry", "person:mohammad-javad-zarif"]);
  });

  test("keeps namesakes apart and leaves an ambiguous bare surname alone", () => {
    const bill = fixtureArticle("Bill Clinton visited Geneva.", {
      id: "b1",
      actors: [{ name: "Bill Clinton", kind: "person" }, geneva],
    });
    const hillary = fixtureArticle("Hillary Clinton visited Geneva.", {
      id: "h1",
      actors: [{ name: "Hillary Clinton", kind: "person" }, geneva],
    });
    const bare = fixtureArticle("Clinton visited Geneva.", {
      id: "c1",
      actors: [{ name: "Clinton", kind: "person" }, geneva],
    });
    const c = buildCorpus([bill, hillary, bare]);
    expect(
      c.actors
        .filter((a) => a.kind === "person")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["Bill Clinton", "Clinton", "Hillary Clinton"]);
    expect(c.actors.find((a) => a.name === "Geneva")?.articleIds).toHaveLength(3);
  });

  test("rejects two articles with one id", () => {
    expect(() => buildCorpus([reuters, reuters])).toThrow(NewsgraphError);
  });
});

describe("createLinker", () => {
  test("after a removal gives exactly what buildCorpus gives for the rest", () => {
    const linker = createLinker();
    for (const a of [reuters, wire, later]) linker.add(a);
    expect(linker.remove("reuters-1")).toBe(true);
    expect(linker.remove("reuters-1")).toBe(false);
    expect(linker.size).toBe(2);
    expect(linker.corpus()).toEqual(buildCorpus([wire, later]));
    linker.add(reuters);
    expect(linker.corpus()).toEqual(buildCorpus([wire, later, reuters]));
  });

  test("makes the same links whatever the order of addition", () => {
    const forward = buildCorpus([reuters, wire, later]);
    const backward = buildCorpus([later, wire, reuters]);
    const links = (c: Corpus) =>
      c.articles.map((a) => `${a.id}:${c.articles.filter((b) => b.mainEventId === a.mainEventId).length}`).sort();
    expect(links(backward)).toEqual(links(forward));
    expect(backward.quoteGroups.length).toBe(forward.quoteGroups.length);
  });
});

describe("transliterated names", () => {
  test("one actor for Sergei Lavrov, Sergey Lavrov and a later bare Lavrov", () => {
    const person = (name: string, ...aliases: string[]): FixtureActor => ({ name, kind: "person", aliases });
    const a = fixtureArticle("Sergei Lavrov met Wang Yi in Beijing.", {
      id: "a1",
      published: "2014-04-15",
      actors: [person("Sergei Lavrov"), person("Wang Yi")],
    });
    const b = fixtureArticle("Sergey Lavrov met Wang Yi in Beijing.", {
      id: "b1",
      published: "2014-04-15",
      actors: [person("Sergey Lavrov"), person("Wang Yi")],
    });
    const c = fixtureArticle("Lavrov warned Kyiv.", { id: "c1", published: "2014-04-16", actors: [person("Lavrov")] });
    const corpus = buildCorpus([a, b, c]);
    const lavrov = corpus.actors.filter((x) => /Lavrov/.test(x.name));
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]?.articleIds).toEqual(["a1", "b1", "c1"]);
    expect(lavrov[0]?.aliases.sort()).toEqual(["Lavrov", "Sergey Lavrov"]);
  });
});

describe("double surnames", () => {
  test("a name with a double surname is the same person as the name with its first part, not al-", () => {
    const person = (name: string): FixtureActor => ({ name, kind: "person", aliases: [] });
    const a = fixtureArticle("Festus Amutenya-Shilongo led the strike at the mine.", {
      id: "a1",
      published: "2022-08-10",
      actors: [person("Festus Amutenya-Shilongo"), person("Ahmed al-Sharaa")],
    });
    const b = fixtureArticle("Festus Amutenya led the strike. Amutenya said talks failed.", {
      id: "b1",
      published: "2022-08-09",
      actors: [person("Festus Amutenya"), person("Ahmed al")],
    });
    const corpus = buildCorpus([a, b]);
    const festus = corpus.actors.filter((x) => /Amutenya/.test(x.name));
    expect(festus).toHaveLength(1);
    expect(festus[0]?.articleIds).toEqual(["a1", "b1"]);
    expect(corpus.actors.filter((x) => /^Ahmed/.test(x.name))).toHaveLength(2);
  });
});

describe("an undated report whose lead names no one", () => {
  const rayne: FixtureActor = { name: "Ola Rayne", kind: "person", aliases: ["Rayne"] };
  const said =
    '"We lost a vote, but I don\'t believe we lost the argument," Rayne said. "Sponsors see it, governments see ' +
    'it and the players see it," Rayne added.';
  /** A report of the rowing union's vote, its lead then `rest`, with Rayne's two quotations. */
  const report = (id: string, published: string | null, lead: string, rest = "") =>
    fixtureArticle(`${lead}\n\n${rest}Ola Rayne chaired the review. ${said}`, {
      id,
      published,
      actors: [rayne],
      speakers: ["Ola Rayne", "Ola Rayne"],
    });
  const told = (day: string) =>
    `The push of Ashvale's rowing union for independent directors was stopped on ${day}, when members voted 8-4 against it.`;
  const voted =
    "Members of the rowing union of Ashvale have voted down a proposal to bring independent directors onto the board.";

  test("meets a dated report of the story by the utterances both carry, and is dated by its second paragraph", () => {
    const dated = report("dated", "2022-05-16", told("Saturday"));
    const undated = report("undated", null, voted, "The vote was taken at a meeting held virtually yesterday.\n\n");
    const [a, b] = buildCorpus([dated, undated]).articles;
    expect(b?.mainEventId).toBe(a?.mainEventId);
    expect(b?.publishedAt).toBe("2022-05-15");
  });

  test("a paper named for the day it comes out on came out on the first such day from the story's", () => {
    const dated = report("dated", "2022-05-12", told("Wednesday"));
    const weekly = (outlet: string) => ({ ...report("weekly", null, voted), outlet });
    // the story of Wednesday 11 May, reported on Thursday 12 May: the Sunday paper's is of Sunday 15 May
    expect(buildCorpus([dated, weekly("The Sunday Clarion")]).articles[1]?.publishedAt).toBe("2022-05-15");
    expect(buildCorpus([dated, weekly("The Ashvale Clarion")]).articles[1]?.publishedAt).toBe("2022-05-12");
  });
});

describe("two dated reports of one day", () => {
  const hale: FixtureActor = { name: "Tom Hale", kind: "person", aliases: ["Hale"] };
  const said =
    '"The front of the building came away completely and crews worked for hours to make it safe," said Tom Hale.';
  const gas = (id: string, lead: string, place: string, named = true) =>
    fixtureArticle(`${lead}\n\n${named ? said : said.replace(", said Tom Hale.", ", a fire officer said.")}`, {
      id,
      published: "2017-03-15",
      actors: [...(named ? [hale] : []), { name: place, kind: "place", subtype: "city" }],
      speakers: [named ? "Tom Hale" : null],
    });
  const east =
    "A pensioner is fighting for his life after a suspected gas explosion brought down his home in east Lindford.";
  const vale =
    "Two people were taken to hospital after a suspected gas explosion ripped the front off a house in Marlow Vale.";

  test("are one story by an utterance both carry of someone both name, whatever place each lead names", () => {
    const [a, b] = buildCorpus([gas("a", east, "Lindford"), gas("b", vale, "Marlow Vale")]).articles;
    expect(a?.mainEventId).toBeTruthy();
    expect(b?.mainEventId).toBe(a?.mainEventId);
  });

  test("but not by the same words from no one the other names", () => {
    const [a, b] = buildCorpus([gas("a", east, "Lindford"), gas("b", vale, "Marlow Vale", false)]).articles;
    expect(b?.mainEventId).not.toBe(a?.mainEventId);
  });
});

describe("an undated report whose lead writes its place with the atoll's initial", () => {
  test("meets the dated report that names the place alone", async () => {
    const { normalizeArticle } = await import("../pipeline/normalize-article.js");
    const said =
      '"The vessel was under watch for three weeks before we moved in," said Inspector Ali Nazim. "We expect ' +
      'more arrests in the coming days," Nazim said.';
    const dated = normalizeArticle(
      `Heroin haul off Varudhoo\n\nPolice have seized 28 kilogrammes of heroin from a fishing boat near Varudhoo in Kaafu atoll, officers said Wednesday.\n\n${said}\n\nPublished: 16 October 2019`,
      { id: "dated" },
    );
    const undated = normalizeArticle(
      `Police seize 28kg of heroin\n\nPolice on Wednesday said 28 kilograms of heroin was seized from a fishing vessel operating near K. Varudhoo, in the biggest bust of the year.\n\n${said}`,
      { id: "undated" },
    );
    expect([dated.publishedAt, undated.publishedAt]).toEqual(["2019-10-16", null]);
    const [a, b] = buildCorpus([dated, undated]).articles;
    expect(b?.mainEventId).toBe(a?.mainEventId);
  });
});

describe("an undated report whose lead names the day of another happening", () => {
  test("meets the dated report of its act: a weekday's possessive is no day of the act", async () => {
    const { normalizeArticle } = await import("../pipeline/normalize-article.js");
    const said =
      '"We are deeply grateful to our friends, but we must also protect our people," said Prime Minister Sione Lavaka.';
    const dated = normalizeArticle(
      `Relief flights land at Halavo\n\nPublished: 20 January 2022\n\nThe first relief flights from New Zealand and Australia landed at Halavo International Airport yesterday after the runway was cleared of volcanic ash.\n\n${said}`,
      { id: "dated" },
    );
    const undated = normalizeArticle(
      `Engineers to help islands\n\nThe first aid flights from New Zealand and Australia landed at Halavo International Airport this afternoon as engineers prepare to help the islands recover from Saturday's eruption.\n\n${said}`,
      { id: "undated" },
    );
    expect([dated.publishedAt, undated.publishedAt]).toEqual(["2022-01-20", null]);
    const [a, b] = buildCorpus([dated, undated]).articles;
    expect(b?.mainEventId).toBe(a?.mainEventId);
  });
});

describe("an undated report that carries one utterance of a dated one", () => {
  test("is its story when the speaker is named in both and both leads give a name that is no country's", async () => {
    const { normalizeArticle } = await import("../pipeline/normalize-article.js");
    const said = (words: string) =>
      `"Our divers resumed the search at first light and ${words}," said Superintendent Omar Latif, commander of the marine police.`;
    const dated = normalizeArticle(
      "Four missing after boat capsizes\n\nPublished: June 19, 2012\n\nFour people remain unaccounted for after an express " +
        "boat carrying 27 people capsized in rough seas near the mouth of Sungai Tembar on Sunday afternoon.\n\n" +
        said("we have widened the area"),
      { id: "dated" },
    );
    const undated = (lead: string) =>
      normalizeArticle(`Search goes on for four\n\n${lead}\n\n${said("the search area has been widened")}`, {
        id: "undated",
      });
    const story = undated(
      "Rescue teams today continued to look for four passengers still missing after an express boat bound for " +
        "Tembar capsized yesterday afternoon.",
    );
    const [a, b] = buildCorpus([dated, story]).articles;
    expect(b?.mainEventId).toBe(a?.mainEventId);
    // (the same words in a report whose lead names nothing the other's does)
    const other = undated("Rescue teams today continued to look for four fishermen missing since their trawler sank.");
    const [c, d] = buildCorpus([dated, other]).articles;
    expect(d?.mainEventId).not.toBe(c?.mainEventId);
  });
});

describe("quote groups", () => {
  test("hold each article's wording once: an echo of part of it and a part split off by its credit stay out", () => {
    const dunne: FixtureActor = { name: "Roisin Dunne", kind: "person", aliases: ["Dunne"] };
    const a = fixtureArticle(
      'Roisin Dunne called it "a political takeover" on Friday.\n\n"This is a political takeover of rugby, plain and simple. We will go to court and we are confident," Dunne said.',
      { id: "a", published: "2013-03-15", actors: [dunne], speakers: ["Roisin Dunne", "Roisin Dunne"] },
    );
    const b = fixtureArticle(
      'Roisin Dunne spoke on Friday. "This is a political takeover of rugby, pure and simple. We will go to court, and we are confident," Dunne said. "We expect to win."',
      { id: "b", published: "2013-03-15", actors: [dunne], speakers: ["Roisin Dunne", "Roisin Dunne"] },
    );
    const corpus = buildCorpus([a, b]);
    expect(corpus.quoteGroups).toHaveLength(1);
    const texts = corpus.quoteGroups[0]?.variants.map((v) => `${v.articleId}: ${v.text.slice(0, 31)}`);
    expect(texts).toEqual(["a: This is a political takeover of", "b: This is a political takeover of"]);
    expect(corpus.articles[0]?.quotes[0]?.groupId).toBeNull();
  });
});

describe("names transliterated two ways", () => {
  test("keep the first letter and the consonants, and move the vowels", () => {
    expect(sameSkeleton("duhok", "dohuk")).toBe(true);
    expect(sameSkeleton("yezidis", "yazidis")).toBe(true);
    expect(sameSkeleton("misrata", "misurata")).toBe(true);
    expect(sameSkeleton("kabul", "kibali")).toBe(false);
    expect(sameSkeleton("duhok", "tuhok")).toBe(false);
    expect(sameSkeleton("lima", "lome")).toBe(false);
  });

  test("an undated report whose lead spells the place and the people another way is one story with a dated one", () => {
    const said =
      '"The wind was strong and the tents burn in seconds," said Sardar Doskani. "No one was killed, but hundreds ' +
      'lost everything," said Rezan Ismail.';
    const people: FixtureActor[] = [
      { name: "Sardar Doskani", kind: "person", aliases: [] },
      { name: "Rezan Ismail", kind: "person", aliases: [] },
    ];
    const dated = fixtureArticle(
      `A fire ripped through a camp for displaced Yezidis in Duhok late on Monday, destroying 312 tents.\n\n${said}`,
      {
        id: "dated",
        published: "2019-06-04",
        actors: [...people, { name: "Duhok", kind: "place", subtype: "city" }],
        speakers: ["Sardar Doskani", "Rezan Ismail"],
      },
    );
    const undated = fixtureArticle(
      `A massive fire broke out late on Monday in a camp for displaced Yazidis in Dohuk, burning 300 tents.\n\n${said}`,
      {
        id: "undated",
        published: null,
        actors: [...people, { name: "Dohuk", kind: "place", subtype: "city" }],
        speakers: ["Sardar Doskani", "Rezan Ismail"],
      },
    );
    const [a, b] = buildCorpus([dated, undated]).articles;
    expect(b?.mainEventId).toBe(a?.mainEventId);
    expect(b?.publishedAt).toBe("2019-06-04");
  });
});

describe("places of an Arabic article's spellings", () => {
  test("'El Qarnab' and 'Al-Qarnab' are one place; 'El Qarnab' and 'Qarnab' are not joined by the article", () => {
    const place = (name: string): FixtureActor => ({ name, kind: "place", subtype: "city" });
    const a = fixtureArticle("Floods swept through El Qarnab and Zarwa on Sunday.", {
      id: "a1",
      published: "2020-09-07",
      actors: [place("El Qarnab"), place("Zarwa")],
    });
    const b = fixtureArticle("The governor toured Al-Qarnab area and Qarnab Island on Monday.", {
      id: "b1",
      published: "2020-09-08",
      actors: [place("Al-Qarnab"), place("Qarnab Island")],
    });
    const corpus = buildCorpus([a, b]);
    const names = corpus.actors.filter((x) => /Qarnab/.test(x.name)).map((x) => [x.name, ...x.aliases].sort());
    expect(names).toHaveLength(2);
    expect(names).toContainEqual(["Al-Qarnab", "El Qarnab"]);
  });
});

describe("same-event clusters", () => {
  const lead = (day: string) => `Iran and world powers failed to reach a deal on ${day} in Geneva.`;
  const q1 = '"We are not there yet, but we are closer than ever before," Zarif said.';
  const q2 = '"There is still work to do on the final text of the agreement," Zarif said.';
  const actors = [zarif, geneva, iran];

  test("an undated article cannot chain two occurrences months apart into one", () => {
    const march = fixtureArticle(`${lead("Saturday")} ${q1} ${q2}`, {
      id: "m",
      published: "2014-03-01",
      actors,
      speakers: ["Mohammad Javad Zarif", "Mohammad Javad Zarif"],
    });
    const july = fixtureArticle(`${lead("Saturday")} ${q1} ${q2}`, {
      id: "j",
      published: "2014-07-19",
      actors,
      speakers: ["Mohammad Javad Zarif", "Mohammad Javad Zarif"],
    });
    const undated = fixtureArticle(`${lead("Saturday")} ${q1} ${q2}`, {
      id: "u",
      actors,
      speakers: ["Mohammad Javad Zarif", "Mohammad Javad Zarif"],
    });
    const c = buildCorpus([march, july, undated]);
    const main = (id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    expect(main("m")).not.toBe(main("j"));
    expect([main("m"), main("j")]).toContain(main("u"));
  });

  test("a stock quote carried by many stories offers only its latest articles as candidates", () => {
    const speakers = ["Mohammad Javad Zarif", "Mohammad Javad Zarif"];
    const saturday = fixtureArticle(`${lead("Saturday")} ${q1} ${q2}`, { id: "first", actors, speakers });
    const monday = fixtureArticle(`${lead("Monday")} ${q1} ${q2}`, { id: "monday", actors, speakers });
    // undated: only the shared quotes make them candidates, and Monday's stories are other occurrences
    const between = (n: number) => Array.from({ length: n }, (_, i) => ({ ...monday, id: `monday-${i}` }));
    const mainOf = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const near = buildCorpus([saturday, ...between(CANDIDATES_PER_KEY - 1), { ...saturday, id: "last" }]);
    expect(mainOf(near, "last")).toBe(mainOf(near, "first"));
    const far = buildCorpus([saturday, ...between(CANDIDATES_PER_KEY), { ...saturday, id: "last" }]);
    expect(mainOf(far, "last")).not.toBe(mainOf(far, "first"));
    expect(mainOf(far, "monday-0")).toBe(mainOf(far, `monday-${CANDIDATES_PER_KEY - 1}`));
  });

  test("a wording linked to many others offers only its latest links as candidates", () => {
    const speakers = ["Mohammad Javad Zarif", "Mohammad Javad Zarif"];
    // each story words the two quotes its own way: the same words with a closing clause of its own
    const tails = ["Vienna", "Oslo", "Lisbon", "Prague", "Dublin", "Warsaw", "Athens", "Madrid", "Sofia", "Riga"];
    const told = (i: number) => {
      const where = `${tails[i % 10]} ${tails[Math.floor(i / 10) % 10]} ${tails[Math.floor(i / 100) % 10]}`;
      return `${q1.replace(" before,", ` before, as in ${where},`)} ${q2.replace(" agreement,", ` agreement from ${where},`)}`;
    };
    const story = (id: string, day: string, i: number) =>
      fixtureArticle(`${lead(day)} ${told(i)}`, { id, actors, speakers });
    const between = (n: number) => Array.from({ length: n }, (_, i) => story(`monday-${i}`, "Monday", i + 1));
    const mainOf = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const first = story("first", "Saturday", 0);
    const last = story("last", "Saturday", 999);
    const near = buildCorpus([first, ...between(PART_CANDIDATES - 1), last]);
    expect(mainOf(near, "last")).toBe(mainOf(near, "first"));
    const far = buildCorpus([first, ...between(PART_CANDIDATES), last]);
    expect(mainOf(far, "last")).not.toBe(mainOf(far, "first"));
  });

  test("two utterances carried by both on the same day make one story, whatever each lead names", () => {
    const ngongo: FixtureActor = { name: "Jules Ngongo", kind: "person", aliases: ["Ngongo"] };
    const beni: FixtureActor = { name: "Beni", kind: "place", subtype: "city" };
    const kivu: FixtureActor = { name: "North Kivu", kind: "place", subtype: "region" };
    const u1 = '"The attackers struck at night, when our positions were far away," Ngongo said.';
    const u2 = '"Our units are pursuing them through the forest," Ngongo said.';
    const one = (quotes: string) =>
      fixtureArticle(`Rebels killed 19 villagers near Beni on Thursday. ${quotes}`, {
        id: "afp",
        published: "2023-06-09",
        actors: [ngongo, beni],
        speakers: quotes === u1 ? ["Jules Ngongo"] : ["Jules Ngongo", "Jules Ngongo"],
      });
    const other = fixtureArticle(
      `At least 19 civilians died in an overnight attack in North Kivu on Thursday. ${u1} ${u2}`,
      { id: "aa", published: "2023-06-09", actors: [ngongo, kivu], speakers: ["Jules Ngongo", "Jules Ngongo"] },
    );
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const both = buildCorpus([one(`${u1} ${u2}`), other]);
    expect(main(both, "afp")).toBe(main(both, "aa"));
    // (one utterance both carry is not enough from someone only one of them names: a stock phrase)
    const unnamed = fixtureArticle(
      `Rebels killed 19 villagers near Beni on Thursday. ${u1.replace("Ngongo said", "a spokesman said")}`,
      { id: "afp", published: "2023-06-09", actors: [beni], speakers: [null] },
    );
    const single = buildCorpus([unnamed, other]);
    expect(main(single, "afp")).not.toBe(main(single, "aa"));
  });

  test("one utterance carried by both on the same day, at a place spelled two ways, makes one story", () => {
    const speaker: FixtureActor = { name: "Omar Haddad", kind: "person", aliases: ["Haddad"] };
    const spelled = (name: string): FixtureActor => ({ name, kind: "place", subtype: "city" });
    // (the words credited to the speaker in one report and to a spokesman in the other: only the place links them)
    const u = '"All parties have committed to stop the fighting immediately," Haddad said.';
    const article = (id: string, place: string) =>
      fixtureArticle(`Rival groups signed a ceasefire in ${place} on Tuesday. ${u}`, {
        id,
        published: "2018-09-04",
        actors: [speaker, spelled(place)],
        speakers: ["Omar Haddad"],
      });
    const unnamed = (id: string, place: string) =>
      fixtureArticle(`Rival groups signed a ceasefire in ${place} on Tuesday. ${u.replace("Haddad", "a spokesman")}`, {
        id,
        published: "2018-09-04",
        actors: [spelled(place)],
        speakers: [null],
      });
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const same = buildCorpus([article("a", "Zawia"), unnamed("b", "Zawiya")]);
    expect(main(same, "a")).toBe(main(same, "b"));
    const apart = buildCorpus([article("a", "Zawia"), unnamed("b", "Gharyan")]);
    expect(main(apart, "a")).not.toBe(main(apart, "b"));
  });

  test("an undated article carrying two utterances of a dated one is its story when the leads name the same thing", () => {
    const tala: FixtureActor = { name: "Mele Tala", kind: "person", aliases: ["Tala"] };
    const samoa: FixtureActor = { name: "Samoa", kind: "place", subtype: "country", country: "Samoa" };
    const apia: FixtureActor = { name: "Apia", kind: "place", subtype: "city" };
    const u1 = '"The river rose faster than anyone expected," Tala said.';
    const u2 = '"Our first priority tonight is to get water to the evacuation centres," Tala said.';
    const speakers = ["Mele Tala", "Mele Tala"];
    const fiji = fixtureArticle(
      `Fiji is on alert as Tropical Cyclone Ewan, which killed three people when it hit Samoa on Thursday, turns west. ${u1} ${u2}`,
      { id: "fiji", published: "2012-12-15", actors: [tala, samoa], speakers },
    );
    const local = (storm: string) =>
      fixtureArticle(`${storm} tore through Apia yesterday afternoon, flattening homes. ${u1} ${u2}`, {
        id: "apia",
        published: null,
        actors: [tala, apia],
        speakers,
      });
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const same = buildCorpus([fiji, local("Cyclone Ewan")]);
    expect(main(same, "apia")).toBe(main(same, "fiji"));
    // dated the day after the story both report (Thursday), which its lead tells as "yesterday"
    expect(same.articles.find((a) => a.id === "apia")?.publishedAt).toBe("2012-12-14");
    // told without a day before, it came out when the other report did
    const onThursday = fixtureArticle(`Cyclone Ewan tore through Apia on Thursday, flattening homes. ${u1} ${u2}`, {
      id: "apia",
      published: null,
      actors: [tala, apia],
      speakers,
    });
    const later = buildCorpus([fiji, onThursday]);
    expect(later.articles.find((a) => a.id === "apia")?.publishedAt).toBe("2012-12-15");
    // told as of today ("this afternoon"), it came out on the story's day, whenever the other report did
    for (const today of ["this afternoon", "earlier today", "tonight"]) {
      const same = fixtureArticle(`Cyclone Ewan tore through Apia ${today}, flattening homes. ${u1} ${u2}`, {
        id: "apia",
        published: null,
        actors: [tala, apia],
        speakers,
      });
      const c = buildCorpus([fiji, same]);
      expect(main(c, "apia")).toBe(main(c, "fiji"));
      expect(c.articles.find((a) => a.id === "apia")?.publishedAt).toBe("2012-12-13");
    }
    // ("yesterday" after another time in the lead: the day before is still when it is told)
    const planned = fixtureArticle(
      `Cyclone Ewan, expected to weaken by the end of next week, tore through Apia yesterday. ${u1} ${u2}`,
      { id: "apia", published: null, actors: [tala, apia], speakers },
    );
    expect(buildCorpus([fiji, planned]).articles.find((a) => a.id === "apia")?.publishedAt).toBe("2012-12-14");
    // the same words in a story of another storm
    const other = buildCorpus([fiji, local("Cyclone Bola")]);
    expect(main(other, "apia")).not.toBe(main(other, "fiji"));
  });

  test("three utterances of the same speakers make an undated report of the story a day before another", () => {
    const cole: FixtureActor = { name: "Dana Cole", kind: "person", aliases: ["Cole"] };
    const moss: FixtureActor = { name: "Ivo Moss", kind: "person", aliases: ["Moss"] };
    const kelso: FixtureActor = { name: "Kelso", kind: "place", subtype: "city" };
    const u1 = '"He was conscious and talking when the first crews got to him, which is a good sign," Cole said.';
    const u2 = '"Our team will look at the crossing itself, the sightlines and the signals," Moss said.';
    const u3 = '"Nobody here expected the old barrier to fail on a clear morning like that," Cole said.';
    const dated = fixtureArticle(
      `A trucker was in stable condition in Regina on Wednesday after a freight train hit his rig. ${u1} ${u2} ${u3}`,
      { id: "dated", published: "2014-03-05", actors: [cole, moss], speakers: ["Dana Cole", "Ivo Moss", "Dana Cole"] },
    );
    const undated = (names: string[], actors: FixtureActor[]) =>
      fixtureArticle(`A locomotive struck a loaded grain lorry near Kelso on Tuesday morning. ${u1} ${u2} ${u3}`, {
        id: "undated",
        published: null,
        actors: [...actors, kelso],
        speakers: names,
      });
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const same = buildCorpus([dated, undated(["Dana Cole", "Ivo Moss", "Dana Cole"], [cole, moss])]);
    expect(main(same, "undated")).toBe(main(same, "dated"));
    // the same words from other people are stock words, not this story's
    const lee: FixtureActor = { name: "Pat Lee", kind: "person", aliases: ["Lee"] };
    const ray: FixtureActor = { name: "Sam Ray", kind: "person", aliases: ["Ray"] };
    const other = buildCorpus([dated, undated(["Pat Lee", "Sam Ray", "Pat Lee"], [lee, ray])]);
    expect(main(other, "undated")).not.toBe(main(other, "dated"));
  });

  test("two utterances of the same speakers link an undated report told of a country to one told at a town in it", () => {
    const ray: FixtureActor = { name: "Ann Ray", kind: "person", aliases: ["Ray"] };
    const town: FixtureActor = { name: "Westbay", kind: "place", subtype: "city", country: "Korvia" };
    const land: FixtureActor = { name: "Korvia", kind: "place", subtype: "country", country: "Korvia" };
    const other: FixtureActor = { name: "Lestia", kind: "place", subtype: "country", country: "Lestia" };
    const u1 = '"This is about moving people and produce between our islands at a price that makes sense," Ray said.';
    const u2 = '"If a container reaches the port in a day, that changes the whole calculation for farmers," Ray said.';
    const dated = fixtureArticle(`Officials signed the ferry agreement in Westbay yesterday. ${u1} ${u2}`, {
      id: "dated",
      published: "2025-03-11",
      actors: [ray, town],
      speakers: ["Ann Ray", "Ann Ray"],
    });
    const undated = (country: FixtureActor) =>
      fixtureArticle(`${country.name} has agreed to start a weekly ferry service. ${u1} ${u2}`, {
        id: "undated",
        published: null,
        actors: [ray, country],
        speakers: ["Ann Ray", "Ann Ray"],
      });
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const same = buildCorpus([dated, undated(land)]);
    expect(main(same, "undated")).toBe(main(same, "dated"));
    // a country that does not hold the town says nothing of it
    const apart = buildCorpus([dated, undated(other)]);
    expect(main(apart, "undated")).not.toBe(main(apart, "dated"));
  });

  test("two utterances of the same speakers at the same place link an undated report told of the day before", () => {
    const ray: FixtureActor = { name: "Ann Ray", kind: "person", aliases: ["Ray"] };
    const town: FixtureActor = { name: "Westbay", kind: "place", subtype: "city", country: "Korvia" };
    const port: FixtureActor = { name: "Northam", kind: "place", subtype: "city", country: "Korvia" };
    const u1 = '"We heard the walls crack and ran into the street with the children," Ray said.';
    const u2 = '"Every family on this road has someone sleeping in a car tonight," Ray said.';
    // 2025-03-12 is a Wednesday
    const dated = fixtureArticle(`Rescuers dug through collapsed houses in Westbay on Wednesday. ${u1} ${u2}`, {
      id: "dated",
      published: "2025-03-12",
      actors: [ray, town],
      speakers: ["Ann Ray", "Ann Ray"],
    });
    const undated = (place: FixtureActor, day: string) =>
      fixtureArticle(`The death toll from ${day}'s earthquake in ${place.name} has risen to 12. ${u1} ${u2}`, {
        id: "undated",
        published: null,
        actors: [ray, place],
        speakers: ["Ann Ray", "Ann Ray"],
      });
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const same = buildCorpus([dated, undated(town, "Tuesday")]);
    expect(main(same, "undated")).toBe(main(same, "dated"));
    // another place, or a day of the week too far from Wednesday, says it is another story
    const elsewhere = buildCorpus([dated, undated(port, "Tuesday")]);
    expect(main(elsewhere, "undated")).not.toBe(main(elsewhere, "dated"));
    const later = buildCorpus([dated, undated(town, "Saturday")]);
    expect(main(later, "undated")).not.toBe(main(later, "dated"));
  });

  test("one utterance both carry links an undated report of the same kind of act at the same place that day", () => {
    const guled: FixtureActor = { name: "Omar Dirie", kind: "person", aliases: ["Dirie"] };
    const town: FixtureActor = { name: "Westbay", kind: "place", subtype: "city", country: "Korvia" };
    const u = '"Our forces opened fire on the vehicle before it reached the convoy," Dirie said.';
    // 2020-01-18 is a Saturday
    const dated = fixtureArticle(`A car bomb killed four people near Westbay on Saturday. ${u}`, {
      id: "dated",
      published: "2020-01-18",
      actors: [guled, town],
      speakers: ["Omar Dirie"],
    });
    const undated = (day: string) =>
      fixtureArticle(`A suicide bomber killed five people near Westbay on ${day}. ${u}`, {
        id: "undated",
        published: null,
        actors: [guled, town],
        speakers: ["Omar Dirie"],
      });
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const same = buildCorpus([dated, undated("Saturday")]);
    expect(main(same, "undated")).toBe(main(same, "dated"));
    const other = buildCorpus([dated, undated("Thursday")]);
    expect(main(other, "undated")).not.toBe(main(other, "dated"));
  });

  test("one utterance both carry links reports whose leads each name the place the other puts the act at", () => {
    const kabir: FixtureActor = { name: "Abul Kabir", kind: "person", aliases: ["Kabir"] };
    const haor: FixtureActor = { name: "Dhalai Haor", kind: "place", subtype: "landmark", country: "Bangladesh" };
    const upazila: FixtureActor = { name: "Shalla", kind: "place", subtype: "region", country: "Bangladesh" };
    const u = '"I borrowed money from a moneylender to grow six bighas, and now there is only water," Kabir said.';
    // 2010-04-05 is a Monday
    const dated = fixtureArticle(`Standing crops in Dhalai Haor of Shalla went under water on Monday. ${u}`, {
      id: "dated",
      published: "2010-04-06",
      actors: [kabir, haor, upazila],
      speakers: ["Abul Kabir"],
    });
    const undated = (lead: string) =>
      fixtureArticle(`${lead} ${u}`, {
        id: "undated",
        published: null,
        actors: [kabir, haor, upazila],
        speakers: ["Abul Kabir"],
      });
    const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;
    const same = buildCorpus([
      dated,
      undated("Flash floods broke through the embankment of Dhalai Haor in Shalla on Monday night."),
    ]);
    expect(main(same, "undated")).toBe(main(same, "dated"));
    // (a lead that puts the act at another place: the farmer's words alone do not make it this story)
    const other = buildCorpus([
      dated,
      undated("Flash floods broke through an embankment in Tahirpur on Monday night."),
    ]);
    expect(main(other, "undated")).not.toBe(main(other, "dated"));
  });

  test("weekdays that differ keep two undated articles apart", () => {
    const a = fixtureArticle(`${lead("Saturday")} ${q1} ${q2}`, {
      id: "a",
      actors,
      speakers: ["Mohammad Javad Zarif", "Mohammad Javad Zarif"],
    });
    const b = fixtureArticle(`${lead("Monday")} ${q1} ${q2}`, {
      id: "b",
      actors,
      speakers: ["Mohammad Javad Zarif", "Mohammad Javad Zarif"],
    });
    const c = buildCorpus([a, b]);
    expect(c.articles[0]?.mainEventId).not.toBe(c.articles[1]?.mainEventId);
    expect(c.quoteGroups).toHaveLength(2);
  });

  test("makes a place actor of an event place that no actor stands for, with where the article names it", () => {
    const text = "Striking dockers blocked the port in Rotterdam on Tuesday.";
    const c = buildCorpus([fixtureArticle(text, { id: "dock-1", published: "2016-03-08", actors: [] })]);
    const main = c.events.find((e) => e.id === c.articles[0]?.mainEventId);
    expect(main?.place).toBe("place:rotterdam");
    const rotterdam = c.actors.find((a) => a.id === main?.place);
    expect(rotterdam).toMatchObject({ kind: "place", name: "Rotterdam", articleIds: ["dock-1"] });
    const span = rotterdam?.mentions[0]?.span;
    expect(span && text.slice(span.start, span.end)).toBe("Rotterdam");
    expect(Corpus.safeParse(c).success).toBe(true);
  });

  test("dates an undated article's events that state no time by the date the corpus infers for it", () => {
    const undated = fixtureArticle(
      "Iran and world powers failed to reach a deal on Saturday in Geneva. \u201cWe\u2019re not there yet, but we\u2019re closer than ever before,\u201d Iran\u2019s Zarif said. Kerry criticised the delay. Zarif will meet Kerry.",
      {
        id: "wire-4",
        published: null,
        actors: [{ ...zarif, name: "Mohammad Zarif", roles: [] }, kerry, geneva, iran],
        speakers: ["Mohammad Zarif"],
      },
    );
    expect(undated.events.find((e) => e.type === "ACCUSE")?.date).toBeNull();
    const c = buildCorpus([reuters, undated]);
    expect(c.articles.find((a) => a.id === "wire-4")?.publishedAt).toBe("2013-11-09");
    const mine = c.events.filter((e) => e.articleIds.includes("wire-4"));
    expect(mine.find((e) => e.type === "ACCUSE")?.time).toEqual({
      value: "2013-11-09",
      precision: "day",
      basis: "corpus",
    });
    expect(mine.find((e) => e.type === "CONSULT" && e.predicate.startsWith("meet"))?.date ?? null).toBeNull();
  });
});

describe("a seat of power", () => {
  test("is one actor whether an article names the place or the government acting from it", async () => {
    const { normalizeArticle } = await import("../pipeline/normalize-article.js");
    const a = normalizeArticle("Talks\n\nDowning Street said on Monday that the talks would go on.", { id: "a" });
    const b = normalizeArticle("Talks\n\nProtesters gathered outside Downing Street on Tuesday.", { id: "b" });
    const kinds = [a, b].map((x) => x.actors.find((y) => y.name === "Downing Street")?.kind);
    expect(kinds).toEqual(["organization", "place"]);
    const seats = buildCorpus([a, b]).actors.filter((x) => x.name === "Downing Street");
    expect(seats.map((x) => x.articleIds)).toEqual([["a", "b"]]);
  });
});

describe("a partial quote of one outlet and the whole quote of another", () => {
  const coastguard: FixtureActor = { name: "Danish Coastguard", kind: "organization", aliases: ["coastguard"] };
  const police: FixtureActor = { name: "Jutland Police", kind: "organization", aliases: ["police"] };
  const esbjerg: FixtureActor = { name: "Esbjerg", kind: "place", subtype: "city" };
  const whole = (id: string, published: string, speaker = "Danish Coastguard") =>
    fixtureArticle(
      'A freighter ran aground near Esbjerg on Sunday. The Danish Coastguard said: "Two lifeboats reached the ship at 10pm. All eleven crew were lifted off safely and landed at Esbjerg by 1am."',
      { id, published, actors: [coastguard, police, esbjerg], speakers: [speaker] },
    );
  const partial = (id: string, published: string, words = "lifted off safely") =>
    fixtureArticle(
      `A cargo ship grounded on a sandbar near Esbjerg on Sunday. The Danish Coastguard said the crew were "${words}" after midnight.`,
      { id, published, actors: [coastguard, police, esbjerg], speakers: ["Danish Coastguard"] },
    );
  const groupOf = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.quotes[0]?.groupId ?? null;

  test("are one utterance when the same speaker says the words, whichever comes first", () => {
    for (const order of [
      [whole("w", "2019-02-11"), partial("p", "2019-02-12")],
      [partial("p", "2019-02-12"), whole("w", "2019-02-11")],
    ]) {
      const c = buildCorpus(order);
      expect(groupOf(c, "p")).not.toBeNull();
      expect(groupOf(c, "p")).toBe(groupOf(c, "w"));
      // the shared utterance ties the two reports of the grounding into one main event
      expect(c.articles[0]?.mainEventId).toBe(c.articles[1]?.mainEventId);
    }
  });

  test("stay apart with another speaker, weeks apart, for words that are not in the quote or say too little", () => {
    expect(
      groupOf(buildCorpus([whole("w", "2019-02-11", "Jutland Police"), partial("p", "2019-02-12")]), "p"),
    ).toBeNull();
    expect(groupOf(buildCorpus([whole("w", "2019-02-11"), partial("p", "2019-03-12")]), "p")).toBeNull();
    expect(
      groupOf(buildCorpus([whole("w", "2019-02-11"), partial("p", "2019-02-12", "safely lifted off")]), "p"),
    ).toBeNull();
    expect(groupOf(buildCorpus([whole("w", "2019-02-11"), partial("p", "2019-02-12", "were lifted")]), "p")).toBeNull();
  });

  test("a linker that removes either gives what buildCorpus gives for the rest", () => {
    const articles = [whole("w", "2019-02-11"), partial("p", "2019-02-12"), partial("p2", "2019-02-13")];
    for (const gone of ["w", "p"]) {
      const linker = createLinker();
      for (const a of articles) linker.add(a);
      linker.remove(gone);
      expect(linker.corpus()).toEqual(buildCorpus(articles.filter((a) => a.id !== gone)));
    }
  });
});

describe("one speaker's words retold by another outlet", () => {
  const commander: FixtureActor = { name: "Olu Adebayo", kind: "person", aliases: ["Adebayo"] };
  const trader: FixtureActor = { name: "Hadiza Onoja", kind: "person", aliases: ["Onoja"] };
  const first = fixtureArticle(
    'A tanker exploded near Lokoja on Monday. "The driver could not stop. By the time he hit the first car, fuel ' +
      'was already pouring on the road and everything caught fire within seconds," Adebayo said.',
    { id: "a", published: "2016-03-15", actors: [commander, trader], speakers: ["Olu Adebayo"] },
  );
  const retelling = (speaker: string) =>
    fixtureArticle(
      'The toll from the tanker blast rose to 11. "The driver could not stop the truck. Once he hit the first car, ' +
        'the fuel poured out and the whole place caught fire," the witness said.',
      { id: "b", published: "2016-03-16", actors: [commander, trader], speakers: [speaker] },
    );
  const groupOf = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.quotes[0]?.groupId ?? null;

  test("are one utterance when the same speaker is credited within the week", () => {
    const c = buildCorpus([first, retelling("Olu Adebayo")]);
    expect(groupOf(c, "a")).not.toBeNull();
    expect(groupOf(c, "b")).toBe(groupOf(c, "a"));
  });

  test("are two when another speaker is credited: the wordings alone are too far apart", () => {
    expect(groupOf(buildCorpus([first, retelling("Hadiza Onoja")]), "b")).toBeNull();
  });
});

describe("a follow-up report", () => {
  const kaaya: FixtureActor = { name: "Paulo Kaaya", kind: "person", aliases: ["Kaaya"] };
  const lubeja: FixtureActor = { name: "Chris Lubeja", kind: "person", aliases: ["Lubeja"] };
  const mine: FixtureActor = { name: "Nyarubele", kind: "place", subtype: "city" };
  const u1 = '"We managed to pull out eleven people alive on Monday night, but the tunnel kept falling," Kaaya said.';
  const u2 = '"The owner was told last month to put timber supports in that shaft and he did nothing," Lubeja said.';
  const collapse = fixtureArticle(
    `A gold mine shaft collapsed at Nyarubele on Monday night, trapping miners. ${u1} ${u2}`,
    {
      id: "first",
      published: "2014-08-12",
      actors: [kaaya, lubeja, mine],
      speakers: ["Paulo Kaaya", "Chris Lubeja"],
    },
  );
  const toll = (quotes: string, speakers: string[]) =>
    fixtureArticle(`The death toll at Nyarubele rose to ten on Wednesday. ${quotes}`, {
      id: "later",
      published: "2014-08-14",
      actors: [kaaya, lubeja, mine],
      speakers,
    });
  const main = (c: Corpus, id: string) => c.articles.find((a) => a.id === id)?.mainEventId;

  test("two days on, carrying two of the same utterances at the same place, shares the main event", () => {
    const c = buildCorpus([collapse, toll(`${u1} ${u2}`, ["Paulo Kaaya", "Chris Lubeja"])]);
    expect(main(c, "later")).toBe(main(c, "first"));
  });

  test("carrying one of them at the same place, shares it; at another place, or three days on, it stays apart", () => {
    const same = buildCorpus([collapse, toll(u1, ["Paulo Kaaya"])]);
    expect(main(same, "later")).toBe(main(same, "first"));
    const elsewhere = fixtureArticle(`The death toll at Geita rose to ten on Wednesday. ${u1}`, {
      id: "later",
      published: "2014-08-14",
      actors: [kaaya, { name: "Geita", kind: "place", subtype: "city" }],
      speakers: ["Paulo Kaaya"],
    });
    const apart = buildCorpus([collapse, elsewhere]);
    expect(main(apart, "later")).not.toBe(main(apart, "first"));
    const late = fixtureArticle(`The death toll at Nyarubele rose to ten on Thursday. ${u1}`, {
      id: "later",
      published: "2014-08-15",
      actors: [kaaya, mine],
      speakers: ["Paulo Kaaya"],
    });
    const later = buildCorpus([collapse, late]);
    expect(main(later, "later")).not.toBe(main(later, "first"));
  });
});

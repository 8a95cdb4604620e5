import { describe, expect, test } from "vitest";
import { normalizeArticle } from "../pipeline/normalize-article.js";
import { findEvents } from "./find-events.js";
import { type FixtureActor, makeFixture } from "./fixture-doc.js";
import { findPredicates } from "./lexicon/predicates.js";

const place = (name: string, subtype: FixtureActor["subtype"] = "city"): FixtureActor => ({
  name,
  kind: "place",
  subtype,
});
const person = (name: string, ...aliases: string[]): FixtureActor => ({ name, kind: "person", aliases });
const org = (name: string, ...aliases: string[]): FixtureActor => ({ name, kind: "organization", aliases });

function run(text: string, opts: Parameters<typeof makeFixture>[1]) {
  const f = makeFixture(text, opts);
  const analysis = findEvents(f.doc, f.actors, f.quotes);
  const main = analysis.events.find((e) => e.id === analysis.mainEventId);
  return { ...analysis, main };
}

describe("event types from the lexicon", () => {
  const cases: [string, string][] = [
    ["Iran warned Israel against any strike.", "THREATEN"],
    ["The opposition accused the government of rigging the vote.", "ACCUSE"],
    ["Labour criticised the budget.", "ACCUSE"],
    ["The two sides agreed to a ceasefire.", "AGREE"],
    ["Merkel met Hollande in Berlin.", "CONSULT"],
    ["The talks ended without a deal.", "CONSULT"],
    ["Brussels rejected the proposal.", "REJECT"],
    ["The minister dismissed the claims.", "REJECT"],
    ["Shareholders have voted down a proposal to add directors.", "REJECT"],
    ["The members voted 8-4 against the resolution.", "REJECT"],
    ["The council voted overwhelmingly against the plan.", "REJECT"],
    ["The union turned down the offer.", "REJECT"],
    ["The union demanded higher wages.", "REQUEST"],
    ["Washington urged Seoul to show restraint.", "REQUEST"],
    ["The UN called on both sides to stop fighting.", "REQUEST"],
    ["The army deployed tanks to the border.", "MOBILIZE"],
    ["Police arrested 40 people.", "COERCE"],
    ["Thousands protested outside parliament.", "PROTEST"],
    ["About 300 porters walked off the job at midnight.", "PROTEST"],
    ["The strike at the Verlin mill could halt production within days.", "PROTEST"],
    ["A strike at the cannery entered its second week as the contract talks stalled.", "PROTEST"],
    ["The city ground to a halt in a citywide strike on Monday.", "PROTEST"],
    ["A 48-hour strike closed the port.", "PROTEST"],
    ["Jets carried out a strike on the depot.", "ASSAULT"],
    ["The minister admitted mistakes in the rollout.", "CONCEDE"],
    ["The EU expelled two diplomats.", "SANCTION"],
    ["Rebels attacked a convoy.", "ASSAULT"],
    ["The army withdrew from the town.", "RETREAT"],
    ["The governor conceded defeat.", "CONCEDE"],
    ["The agencies will cooperate on the inquiry.", "COOPERATE"],
    ["Donors pledged to aid the flood victims.", "AID"],
    ["Paris praised the deal.", "SUPPORT"],
    ["The coalition did not agree on a budget.", "REJECT"],
  ];
  for (const [sentence, type] of cases) {
    test(`${type}: ${sentence}`, () => {
      const acts = findPredicates(sentence, 0).filter((p) => !p.statement);
      expect(acts[0]?.type).toBe(type);
    });
  }

  test("a vote for something rejects nothing", () => {
    const rejections = (s: string) => findPredicates(s, 0).filter((p) => p.type === "REJECT");
    expect(rejections("The members voted for the resolution.")).toEqual([]);
    expect(rejections("The members voted to adopt the plan against the advice of staff.")).toEqual([]);
  });

  test("skips compound modifiers and passive uses that report nothing", () => {
    expect(findPredicates("a US-backed plan", 0)).toEqual([]);
    expect(findPredicates("if its demands were not met", 0).filter((p) => p.type === "CONSULT")).toEqual([]);
  });

  test("being admitted to a hospital or a school concedes nothing", () => {
    expect(findPredicates("She was admitted to Queen Mary Hospital on Friday.", 0)).toEqual([]);
    expect(findPredicates("He was admitted to the bar in 1998.", 0)).toEqual([]);
  });
});

describe("findEvents", () => {
  const actors = [
    org("Germany"),
    org("France"),
    place("Paris"),
    place("Europe", "region"),
    place("Kabul"),
    person("Hamid Karzai", "Karzai"),
    person("John Kerry", "Kerry"),
  ];

  test("dates the lead's event by the weekday before the article date and places it at the dateline", () => {
    const text =
      "Germany and France vowed Thursday to deepen their cooperation on a gas pipeline in Europe. The two ministers met after talks in the city.";
    const { main } = run(text, { id: "a", published: "2012-04-19", dateline: "Paris", actors });
    expect(main?.date).toBe("2012-04-19");
    expect(main?.time?.basis).toBe("inferred");
    expect(main?.placeName).toBe("Paris");
    expect(main?.sourceIds).toEqual(["organization:germany", "organization:france"]);
    expect(main?.evidence[0]?.text).toContain("vowed Thursday");
  });

  test("prefers a city in the lead to the dateline", () => {
    const text =
      "US Secretary of State John Kerry met Afghan President Hamid Karzai in Kabul on Monday to rescue a security pact.";
    const { main } = run(text, { id: "b", published: "2013-10-14", dateline: "Washington", actors });
    expect(main?.date).toBe("2013-10-14");
    expect(main?.type).toBe("CONSULT");
    expect(main?.placeName).toBe("Kabul");
    expect(main?.sourceIds).toContain("person:john-kerry");
    expect(main?.targetIds).toContain("person:hamid-karzai");
  });

  test("takes the date from the next sentence when the lead states none, else the article date", () => {
    const text = "Ministers failed to make headway on a trade pact. They argued during Tuesday's meeting in Kabul.";
    expect(run(text, { id: "c", published: "2013-10-17", actors }).main?.date).toBe("2013-10-15");
    const plain = "Ministers failed to make headway on a trade pact. Nothing else happened.";
    expect(run(plain, { id: "d", published: "2013-10-17", actors }).main?.time).toMatchObject({
      value: "2013-10-17",
      basis: "inferred",
    });
  });

  test("leaves relative dates open when the article has no date, and resolves stated ones", () => {
    const text =
      "Germany and France failed to defuse a row over gas on Thursday. Germany agreed to finish the pipeline by 2018.";
    const { main, events } = run(text, { id: "e", published: null, actors });
    expect(main?.date).toBeNull();
    expect(events.some((e) => e.date === "2018")).toBe(true);
  });

  test("ignores predicates inside quotation marks and attaches quotes of the sentence", () => {
    const text = 'Kerry said: "We will attack nobody." Karzai rejected the plan on Monday.';
    const { events } = run(text, { id: "f", published: "2013-10-16", actors, speakers: ["John Kerry"] });
    expect(events.some((e) => e.type === "ASSAULT")).toBe(false);
    const reject = events.find((e) => e.type === "REJECT");
    expect(reject?.date).toBe("2013-10-14");
    expect(events[0]?.quoteIds).toEqual(["q0"]);
  });

  test("gives each clause its own time: a deadline belongs to the act it bounds", () => {
    const text =
      "Kerry met Karzai. While Germany cooperates with France on gas, Kerry criticised plans to withdraw troops by the end of 2014.";
    const { events } = run(text, { id: "g", published: "2012-04-19", actors });
    expect(events.find((e) => e.type === "RETREAT")?.date).toBe("2014");
    expect(events.find((e) => e.type === "COOPERATE")?.date).toBeNull();
  });

  test("an untyped happening later than the article stays beside the act of its sentence", () => {
    const text =
      "The council voted 10-6 on Tuesday to limit rentals in Kabul to the owner's home, a rule that would " +
      "take effect next spring if it passes a hearing.";
    const { events } = run(text, { id: "i", published: "2018-10-25", actors });
    expect(events.map((e) => [e.predicate.split(" ")[0], e.date])).toContainEqual(["take", "2019"]);
  });

  test("a later day than the article's dates no act told in the past, but the happening it names", () => {
    const text =
      "Scientists have urged the government to install sirens in villages before the monsoon sets in next month. " +
      "Aid workers warned that the rainy season, due to start in November, could make matters worse.";
    const { main, events } = run(text, { id: "h", published: "2012-05-14", actors });
    expect(main?.date).toBe("2012-05-14");
    expect(events.map((e) => [e.predicate.split(" ")[0], e.date])).toEqual([
      ["urged", "2012-05-14"],
      ["install", "2012-06"],
      ["start", "2012-11"],
    ]);
  });

  test("a time that no act of the sentence takes dates the happening it names, beside the act", () => {
    const text =
      "Crews spent Wednesday morning clearing fallen trees after storms brought hail to the county late Tuesday " +
      "night. Ministers signed the accord on Friday, two years after the border closed in 2022. The council is due " +
      "to debate the plan on Thursday next week.";
    const { events } = run(text, { id: "h", published: "2024-04-10", actors });
    const dated = events.map((e) => [e.predicate.split(" ")[0], e.date]);
    expect(dated).toContainEqual(["brought", "2024-04-09"]);
    expect(dated).toContainEqual(["signed", "2024-04-05"]);
    expect(dated).toContainEqual(["closed", "2022"]);
    // "on Thursday next week" is one time: one event
    expect(events.filter((e) => e.evidence[0]?.text.startsWith("The council"))).toHaveLength(1);
  });

  test("a time set off by commas after a place dates the verb before it when the statement has its own time", () => {
    const text =
      "Two hikers were flown to hospital after they fell down a gully near Glenorchy, Otago, on Saturday evening, " +
      "the rescue service said yesterday.";
    const { events } = run(text, { id: "h", published: "2021-06-08", actors });
    const dated = events.map((e) => [e.predicate.split(" ")[0], e.date]);
    expect(dated).toContainEqual(["fell", "2021-06-05"]);
    expect(dated).toContainEqual(["said", "2021-06-07"]);
  });

  test("'left' and 'found' after their subject are verbs that a time dates; 'the left wing' is none", () => {
    const text =
      "The council met on Monday. The ferry left Potter's Cay on Sunday afternoon. Police found the boat on " +
      "Tuesday. The far left won seats in the left wing of parliament.";
    const { events } = run(text, { id: "h", published: "2015-03-11", actors });
    const dated = events.map((e) => [e.predicate.split(" ")[0], e.date]);
    expect(dated).toContainEqual(["left", "2015-03-08"]);
    expect(dated).toContainEqual(["found", "2015-03-10"]);
    expect(dated.filter(([p]) => p === "left")).toHaveLength(1);
  });

  test("'set up' is a verb a time dates; an act takes the time of its own clause, not the one before 'and'", () => {
    const text =
      "The river crested on Tuesday. The town set up a shelter at the school on Monday night. The pool will shut on " +
      "March 29, and the council will decide what to do with the site by June 30.";
    const { events } = run(text, { id: "h", published: "2020-03-04", actors });
    const dated = events.map((e) => [e.predicate.split(" ")[0], e.date]);
    expect(dated).toContainEqual(["set", "2020-03-02"]);
    expect(dated).toContainEqual(["decide", "2020-06-30"]);
    const due = run("The ferry was taken out of service in January and is due back by the end of the month.", {
      id: "d",
      published: "2013-02-11",
      actors,
    }).events.map((e) => [e.predicate.split(" ")[0], e.date]);
    expect(due).toContainEqual(["due", "2013-02"]);
  });

  test("a verb after 'and' takes the time after it, not the one the verb before 'and' took", () => {
    const text = "Police questioned Karzai in Kabul on November 3 and arrested him on November 9.";
    const { events } = run(text, { id: "q", published: "2013-12-02", actors });
    expect(events.map((e) => [e.predicate.split(" ")[0], e.date])).toContainEqual(["arrested", "2013-11-09"]);
  });

  test("a time that ends the main clause's state does not date the act of the clause after 'after'", () => {
    const text =
      "The operator has cancelled every crossing until at least Friday after one of its ferries struck the loading " +
      "ramp at the terminal last night.";
    const { events } = run(text, { id: "u", published: "2016-02-17", actors });
    expect(events.map((e) => [e.predicate.split(" ")[0], e.date])).toContainEqual(["struck", "2016-02-16"]);
  });

  test("a lead of statements reports the happening it tells on an earlier day of the week, not the saying", () => {
    const told = run(
      "A freighter ran aground on a sandbar near Esbjerg on Sunday night, the coastguard said on Monday. " +
        "The crew were unhurt.",
      { id: "h", published: "2019-02-12", actors },
    ).main;
    expect(told?.predicate.startsWith("ran aground")).toBe(true);
    expect(told?.date).toBe("2019-02-10");
    // a figure of a year before is no happening of the news: the statement is
    const figure = run(
      "Reported cases of measles in the province fell by 38 per cent last year, the health director said on Wednesday.",
      { id: "h", published: "2019-02-14", actors },
    ).main;
    expect(figure?.date).toBe("2019-02-13");
    expect(figure?.predicate.startsWith("said")).toBe(true);
    // a lead that reports an act of the lexicon keeps it
    const act = run("Police arrested two men on Sunday night, the force said on Monday.", {
      id: "h",
      published: "2019-02-12",
      actors,
    }).main;
    expect(act?.type).toBe("COERCE");
  });

  test("a time inside a quotation dates the happening the quotation tells, beside the sentence's own event", () => {
    const text =
      'The union met the board on Monday. "We warned management in October, and we wrote again in December," ' +
      'the union\'s secretary said. "I did not vote in 2007," said one member.';
    const { main, events } = run(text, { id: "h", published: "2013-01-09", actors });
    const dated = events.map((e) => [e.predicate.split(" ")[0], e.date]);
    expect(dated).toContainEqual(["warned", "2012-10"]);
    expect(dated).toContainEqual(["wrote", "2012-12"]);
    expect(dated).toContainEqual(["did", "2007"]);
    const twice = run('"We wrote to the council in 1997 and again last year," said one resident.', {
      id: "t",
      published: "1999-06-10",
      actors,
    }).events.map((e) => [e.predicate.split(" ")[0], e.date]);
    expect(twice).toContainEqual(["wrote", "1997"]);
    expect(twice).toContainEqual(["wrote", "1998"]);
    expect(main?.date).toBe("2013-01-07");
  });

  test("a verb of saying with a capital after a word is a name", () => {
    const text = "Sultan Qaboos bin Said issued a decree in March granting the council wider powers.";
    const { events } = run(text, { id: "h", published: "2011-10-16", actors });
    expect(events.map((e) => e.predicate.split(" ")[0])).not.toContain("Said");
  });

  test("puts the act in the country the lead names rather than at the dateline, and falls back to a name after in", () => {
    const text = "A suicide bomber struck a convoy in eastern Afghanistan on Tuesday, killing three soldiers.";
    const afghanistan = place("Afghanistan", "country");
    expect(
      run(text, { id: "h", published: "2013-03-05", dateline: "Kabul", actors: [afghanistan] }).main?.placeName,
    ).toBe("Afghanistan");
    const unknown = "Protesters seized the presidential administration in Kiev on Saturday.";
    const { main } = run(unknown, { id: "i", published: "2014-02-22", actors: [] });
    expect(main?.place).toBe("place:kiev");
    expect(main?.date).toBe("2014-02-22");
  });

  test("puts the lead's act where another act of its sentence is placed when it names no place itself", () => {
    const text =
      "At least four people were killed on Saturday when a car bomb struck a convoy near Dalvenna town, officials said.";
    const dalvenna = place("Dalvenna", "city");
    expect(
      run(text, { id: "k", published: "2020-01-18", dateline: "Port Arlo", actors: [dalvenna] }).main?.placeName,
    ).toBe("Dalvenna");
  });

  test("puts an act at sea off the island the lead names", () => {
    const text = "The coast guard on Tuesday seized a trawler off Dalvenna Island for fishing without a licence.";
    const island = place("Dalvenna Island", "landmark");
    expect(
      run(text, { id: "l", published: "2005-11-15", dateline: "Port Arlo", actors: [island] }).main?.placeName,
    ).toBe("Dalvenna Island");
  });

  test("keeps the dateline over a place the lead names for a plan, and a city over a place of another year", () => {
    const plan =
      "Spain's foreign minister said on Tuesday after meeting his Chinese counterpart that Beijing intends to resume trade talks in Geneva.";
    const geneva = [place("Geneva"), place("Madrid")];
    expect(run(plan, { id: "j", published: "2019-05-14", dateline: "Madrid", actors: geneva }).main?.placeName).toBe(
      "Madrid",
    );
    const past =
      "Police detained 20 marchers on Saturday after they blocked a street outside the Tucson Police Department in downtown Tucson. The march marked the anniversary of a rally held in Selma in 1965.";
    const { main } = run(past, { id: "k", published: null, actors: [place("Selma")] });
    expect(main?.placeName).toBe("Tucson");
    expect(main?.date).toBeNull();
  });

  test("puts the act of a local police force in its city when nothing else names a place", () => {
    const text = "Fresno police detained five men after a brawl on Sunday night.";
    expect(run(text, { id: "l", published: "2018-06-11", actors: [] }).main?.place).toBe("place:fresno");
  });

  test("dates an event with no time of its own by the article date, marked inferred without an expression", () => {
    const text =
      "Kerry met Karzai in Kabul on Monday. Germany criticised the plan. France will cooperate with Germany. Karzai had rejected the plan.";
    const { events } = run(text, { id: "m", published: "2013-10-15", actors });
    expect(events.find((e) => e.type === "ACCUSE")?.time).toEqual({
      value: "2013-10-15",
      precision: "day",
      basis: "inferred",
    });
    expect(events.find((e) => e.type === "COOPERATE")?.date).toBeNull();
    expect(events.find((e) => e.type === "REJECT")?.date).toBeNull();
    expect(run(text, { id: "n", published: null, actors }).events.every((e) => e.date === null)).toBe(true);
  });

  test("takes the dateline over a lead place tied to a later date", () => {
    const text =
      "Russia's foreign minister said on Monday that a summit in Paris planned for next month would go ahead.";
    const actorsHere = [place("Paris"), place("Moscow"), place("Russia", "country")];
    const { main } = run(text, { id: "o", published: "2014-03-10", dateline: "Moscow", actors: actorsHere });
    expect(main?.placeName).toBe("Moscow");
    const met = "Russia's foreign minister met his French counterpart in Paris on Monday.";
    expect(run(met, { id: "p", published: "2014-03-10", dateline: "Moscow", actors: actorsHere }).main?.placeName).toBe(
      "Paris",
    );
  });
});

describe("events worth keeping", () => {
  const text = [
    "Iran warned Israel against any strike on Monday.",
    "Talks remained deeply at odds over the plan.",
    "Officials later agreed to meet in Geneva.",
    "Negotiators accused each other of stalling last month.",
  ].join(" ");
  const actors = [place("Iran", "country"), place("Israel", "country"), place("Geneva")];

  test("a predicate with no actor, place or time gives no event; one with any of them does", () => {
    const { events, main } = run(text, { id: "k", published: null, actors });
    const evidence = events.map((e) => e.evidence[0]?.text);
    expect(evidence).not.toContain("Talks remained deeply at odds over the plan.");
    expect(evidence).toContain("Officials later agreed to meet in Geneva.");
    // no date for the article yet, but "last month" resolves once one is known
    expect(evidence).toContain("Negotiators accused each other of stalling last month.");
    expect(main?.evidence[0]?.text).toBe("Iran warned Israel against any strike on Monday.");
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i}`));
  });

  test("the article's own event is kept even when it names no one", () => {
    const { main } = run("Talks remained deeply at odds over the plan.", { id: "l", published: null, actors: [] });
    expect(main?.evidence[0]?.text).toBe("Talks remained deeply at odds over the plan.");
  });
});

describe("event text as written", () => {
  test("the predicate phrase and the time keep the raw quotes and dashes", () => {
    const text = "Putin criticised the pro\u2013Kremlin party at Sunday\u2019s rally in Moscow.";
    const { main } = run(text, {
      id: "w",
      published: "2011-12-08",
      actors: [person("Putin"), place("Moscow")],
    });
    expect(main?.predicate).toBe("criticised the pro\u2013Kremlin party");
    expect(main?.time?.text).toBe("Sunday\u2019s");
    expect(main?.date).toBe("2011-12-04");
  });
});

describe("a time that modifies a noun", () => {
  test("dates the noun's happening, not the act whose object holds it", () => {
    const text =
      "Zimbabwe's opposition rejected the results of the December 1 presidential election, saying the count was rigged.";
    const { main, events } = run(text, { id: "z", published: "2008-12-10", actors: [place("Zimbabwe")] });
    expect(main?.predicate).toMatch(/^rejected/);
    // the act told without a time of its own is dated by the article
    expect(main?.date).toBe("2008-12-10");
    const election = events.find((e) => e.predicate.startsWith("presidential election"));
    expect(election?.date).toBe("2008-12-01");
    expect(election?.time?.text).toBe("December 1");
  });

  test("an act at the occasion the noun names takes its day", () => {
    const { main } = run("Police arrested 20 protesters at Sunday's march in Harare.", {
      id: "h",
      published: "2008-12-10",
      actors: [place("Harare")],
    });
    expect(main?.date).toBe("2008-12-07");
  });
});

describe("event phrases", () => {
  test("run past the stops of abbreviations and decimals", () => {
    const { events } = normalizeArticle(
      "Canadian Prime Minister Justin Trudeau on Monday criticised U.S. President Joe Biden over the duties, " +
        "which rose 2.5 percent after the talks in Ottawa ended without a deal.",
      { id: "t", referenceDate: "2021-03-04" },
    );
    expect(events.map((e) => e.predicate)).toContain("criticised U.S. President Joe");
  });
});

describe("strikes", () => {
  test("a strike of workers is a protest, an air strike an attack", () => {
    const { events } = normalizeArticle(
      "The teachers' strike on Tuesday closed most schools in Scotland, as unions pressed the government over pay. " +
        "In Syria, an air strike hit a market in Idlib on Monday, killing nine people.",
      { id: "t", referenceDate: "2022-11-24" },
    );
    expect(events.map((e) => [e.predicate.split(" ")[0], e.type])).toEqual(
      expect.arrayContaining([
        ["strike", "PROTEST"],
        ["air", "ASSAULT"],
      ]),
    );
  });
});

describe("firing", () => {
  test("a weapon fired is an attack, a chief executive fired is not (a dated happening with no type)", () => {
    const { events } = normalizeArticle(
      "North Korea fired two ballistic missiles into the sea on Sunday, officials in Seoul said. In a separate " +
        "development, the board of Nissan fired its chief executive on Monday after a review in Tokyo.",
      { id: "t", referenceDate: "2023-09-14" },
    );
    const fired = events.filter((e) => e.predicate.startsWith("fired"));
    expect(fired.map((e) => [e.predicate.split(" ").slice(0, 4).join(" "), e.type])).toEqual([
      ["fired two ballistic missiles", "ASSAULT"],
      ["fired its chief executive", null],
    ]);
  });
});

describe("sending", () => {
  test("arms or supplies sent or delivered are aid", () => {
    const { events } = normalizeArticle(
      "Germany will send 10 more tanks to Ukraine by the end of March, while the United Nations delivered food aid " +
        "to Gaza on Monday and the company sent its results to investors.",
      { id: "t", referenceDate: "2024-01-25" },
    );
    const aid = events.filter((e) => e.type === "AID").map((e) => e.predicate.split(" ").slice(0, 3).join(" "));
    expect(aid).toEqual(["send 10 more", "delivered food aid"]);
  });
});

describe("the object of a predicate", () => {
  test("ends with its clause", () => {
    const { events } = normalizeArticle(
      "Protesters clashed with police in Nairobi on Tuesday, and opposition leader Raila Odinga called for new " +
        "rallies across Kenya next week.",
      { id: "t", referenceDate: "2023-09-14" },
    );
    const clash = events.find((e) => e.predicate.startsWith("clashed"));
    expect(clash?.targetIds).toEqual([]);
    expect(clash?.placeName).toBe("Nairobi");
  });

  test("and so does its subject, unless a list of subjects runs on past the comma", () => {
    const { events, actors } = normalizeArticle(
      "The army shelled the town of Avdiivka on Monday, and on Tuesday rebels attacked a convoy near Goma. " +
        "Israel, Egypt, and the United States agreed on a truce in Cairo on Wednesday.",
      { id: "t", referenceDate: "2024-01-25" },
    );
    const name = (id: string) => actors.find((a) => a.id === id)?.name;
    const of = (word: string) => events.find((e) => e.predicate.startsWith(word))?.sourceIds.map(name);
    expect(of("attacked")).toEqual([]);
    expect(of("agreed")).toEqual(["Israel", "Egypt", "United States"]);
  });

  test("places after a place preposition, and those joined to them, are where it happens, not who acts", () => {
    const { events } = normalizeArticle(
      "Two more people drowned in Barpeta and Nagaon districts on Saturday, officials said, as the floods " +
        "spread across the state of Assam in India.",
      { id: "t", referenceDate: "2022-06-18" },
    );
    expect(events.find((e) => e.predicate === "said")?.sourceIds).toEqual([]);
  });
});

describe("the lead's event when the lexicon knows none of its verbs", () => {
  test("is the verb after an auxiliary, and 'according to' does not stand in for it", () => {
    const sworn = normalizeArticle(
      "William Ruto was sworn in as Kenya's fifth president on Tuesday at a packed stadium in Nairobi.",
      { id: "t", referenceDate: "2022-09-13" },
    );
    expect(sworn.events.find((e) => e.id === sworn.mainEventId)?.predicate.split(" ")[0]).toBe("sworn");
    const takeover = normalizeArticle(
      "Elon Musk has completed his takeover of Twitter and fired its top executives, according to US media " +
        "reports on Friday.",
      { id: "t", referenceDate: "2022-10-28" },
    );
    expect(takeover.events.find((e) => e.id === takeover.mainEventId)?.predicate.split(" ")[0]).toBe("completed");
    // of two such verbs, the one that comes first
    const vote = normalizeArticle(
      "The city council voted 7-2 on Thursday to spend $40 million on a new bridge, ending a debate that had " +
        "stretched over three years.",
      { id: "t", referenceDate: "2019-03-14" },
    );
    expect(vote.events.find((e) => e.id === vote.mainEventId)?.predicate.split(" ")[0]).toBe("voted");
  });
});

describe("the lead's act that the lexicon does not know", () => {
  const main = (a: ReturnType<typeof normalizeArticle>) => a.events.find((e) => e.id === a.mainEventId);

  test("is the article's event rather than the next sentence's act", () => {
    const a = normalizeArticle(
      "The Government last night survived a vote on its plan to close 38 rural police stations.\n\n" +
        "An opposition motion calling for the plan to be suspended was defeated by 79 votes to 72.",
      { id: "t", referenceDate: "2008-11-20" },
    );
    expect([main(a)?.predicate.split(" ")[0], main(a)?.date]).toEqual(["survived", "2008-11-19"]);
  });

  test("is the article's event rather than an act the lead puts ahead", () => {
    const a = normalizeArticle(
      "Voters will decide in November whether the city should borrow $60 million, after the council voted 5-2 " +
        "on Monday night to put the bond on the ballot.",
      { id: "t", referenceDate: "2025-03-04" },
    );
    expect([main(a)?.predicate.split(" ")[0], main(a)?.date]).toEqual(["voted", "2025-03-03"]);
  });
});

describe("the date of a lead that states none", () => {
  const main = (a: ReturnType<typeof normalizeArticle>) => a.events.find((e) => e.id === a.mainEventId);

  test("is the article's day when the lead is in the present perfect", () => {
    const a = normalizeArticle(
      "BRUSSELS, Feb. 26, 2024 - Hundreds of farmers have blocked the streets around the parliament.\n\n" +
        "Police said the crowd defied a ban announced on Friday.",
      { id: "t" },
    );
    expect(main(a)?.date).toBe("2024-02-26");
  });

  test("is a day the next sentences name near the article date when the lead is in the past", () => {
    const a = normalizeArticle(
      "BRUSSELS, Feb. 26, 2024 - Hundreds of farmers blocked the streets around the parliament.\n\n" +
        "The protest began on Friday and police said the crowd defied a ban.",
      { id: "t" },
    );
    expect(main(a)?.date).toBe("2024-02-23");
  });

  test("in the present perfect, is the day the next sentence gives the decision or report that did the act", () => {
    const ruling = normalizeArticle(
      "OTTAWA, March 12, 2014 - A Federal Court judge has struck down the approval of a gold mine in Ontario.\n\n" +
        "In a decision released Tuesday, the judge found that the government had failed to consult the band.",
      { id: "t" },
    );
    expect(main(ruling)?.date).toBe("2014-03-11");
    // a day of something else in the next sentence, or a release long before, leaves the article's day
    const other = normalizeArticle(
      "OTTAWA, March 12, 2014 - A Federal Court judge has struck down the approval of a gold mine in Ontario.\n\n" +
        "The band, which sued on Tuesday, welcomed a decision released last month.",
      { id: "t" },
    );
    expect(main(other)?.date).toBe("2014-03-12");
  });

  test("in the present perfect, is the day the next sentences give the act", () => {
    // Wednesday 2021-03-10
    const signed = normalizeArticle(
      "Chile and Peru have agreed to open two new crossings on their border.\n\n" +
        "The agreement was signed in the Peruvian city of Tacna, on Tuesday, by both foreign ministers.",
      { id: "t", referenceDate: "2021-03-10" },
    );
    expect(main(signed)?.date).toBe("2021-03-09");
    // "have for the second time rejected" is in the present perfect too; the day's sentence has no typed act
    const vote = normalizeArticle(
      "Councillors in Tamale have for the second time rejected the mayor's nominee for the post of chief executive.\n\n" +
        "At a confirmation vote held at the town hall on Monday, the nominee obtained 20 of the 45 votes cast.",
      { id: "t", referenceDate: "2021-03-10" },
    );
    expect(main(vote)?.date).toBe("2021-03-08");
    // a verb-less lead: its verb is the participle after "has", not the subject in -s
    const found = normalizeArticle(
      "A team of volunteer divers has recovered the bell of a wreck off the Cornish coast.\n\n" +
        "The bell was raised on Monday from a depth of 40 metres.",
      { id: "t", referenceDate: "2021-03-10" },
    );
    expect([main(found)?.predicate.split(" ")[0], main(found)?.date]).toEqual(["recovered", "2021-03-08"]);
  });

  test("is not a year that opens a period ('the highest since 2013')", () => {
    const a = normalizeArticle(
      "The central bank has lifted its main rate to 4.5%, the highest level since 2013, saying inflation is stubborn.\n\n" +
        "Economists had expected the move.",
      { id: "t", referenceDate: "2023-09-27" },
    );
    expect(main(a)?.date).toBe("2023-09-27");
  });

  test("in the present perfect, is not the time of a phrase after 'after'", () => {
    const a = normalizeArticle(
      "A Kerry footballer has lost his appeal against a suspension handed down after a league match last month.\n\n" +
        "The player, 23, had sought an injunction against the association.\n\n" +
        "Dismissing the application yesterday, the judge said the courts should be slow to interfere.",
      { id: "t", referenceDate: "2021-03-10" },
    );
    expect(main(a)?.date).toBe("2021-03-09");
  });
});

describe("the place of a lead read after 'in'", () => {
  test("is the place actor the words stand in, whole", () => {
    const a = normalizeArticle(
      "Shares in the bank rose 9 percent in St. George's on Saturday after it confirmed the merger.\n\n" +
        "The regulator approved the deal with conditions.",
      { id: "t", referenceDate: "2023-06-12" },
    );
    expect(a.events.find((e) => e.id === a.mainEventId)?.placeName).toBe("St. George");
  });
});

describe("the date of a lead whose only day is that of the report", () => {
  const main = (a: ReturnType<typeof normalizeArticle>) => a.events.find((e) => e.id === a.mainEventId);

  test("is the earlier day the next sentences name when the lead tells a past act", () => {
    const a = normalizeArticle(
      "Gunmen killed at least 12 villagers in an overnight raid in central Mali, local officials said Friday.\n\n" +
        "The attackers stormed the village late on Thursday, burning homes and a clinic.",
      { id: "t", referenceDate: "2023-06-09" },
    );
    expect(main(a)?.date).toBe("2023-06-08");
  });

  test("stays the report's day in the present perfect, or when the next sentences name a later or a far day", () => {
    const perfect = normalizeArticle(
      "At least 12 villagers have been killed in an overnight raid in central Mali, officials said Friday.\n\n" +
        "The attackers stormed the village late on Thursday.",
      { id: "t", referenceDate: "2023-06-09" },
    );
    expect(main(perfect)?.date).toBe("2023-06-09");
    const later = normalizeArticle(
      "Gunmen killed at least 12 villagers in central Mali, officials said Wednesday.\n\n" +
        "Funerals will be held on Friday. The same village was attacked on May 29.",
      { id: "t", referenceDate: "2023-06-07" },
    );
    expect(main(later)?.date).toBe("2023-06-07");
  });
});

describe("the date of a statement that announces a later act", () => {
  test("is the article's day, not the day of what it announces", () => {
    const a = normalizeArticle(
      "Junior doctors in England will walk out for five days from 3 March, the British Medical Association " +
        "has said.\n\nThe union said talks with the government had failed.",
      { id: "t", referenceDate: "2025-02-11" },
    );
    expect(a.events.find((e) => e.id === a.mainEventId)?.date).toBe("2025-02-11");
  });
});

describe("the date of an undated article's lead told on a weekday", () => {
  test("is no later sentence's day of another weekday", () => {
    const a = normalizeArticle(
      "Ravi Holm was sentenced Tuesday to five years in prison for killing a cyclist. He struck her on " +
        "Feb. 14, 2013.",
      { id: "t" },
    );
    expect(a.publishedAt).toBeNull();
    expect(a.events.find((e) => e.id === a.mainEventId)?.date ?? null).toBeNull();
  });

  test("is a later sentence's day of the same weekday", () => {
    const a = normalizeArticle(
      "Ravi Holm was sentenced Tuesday to five years in prison for killing a cyclist. The court sat on " +
        "Feb. 12, 2013.",
      { id: "t" },
    );
    expect(a.events.find((e) => e.id === a.mainEventId)?.date).toBe("2013-02-12");
  });
});

describe("the lead's event the lexicon does not type", () => {
  test("is a statement when its verb is one of saying", () => {
    const a = normalizeArticle("The ministry confirmed the closure of three border posts on Monday.", {
      id: "t",
      referenceDate: "2019-04-02",
    });
    const main = a.events.find((e) => e.id === a.mainEventId);
    expect([main?.predicate.split(" ")[0], main?.type, main?.cameo]).toEqual(["confirmed", "CONSULT", "01"]);
  });

  test("is told by its verb and left untyped, not typed as a statement", () => {
    const a = normalizeArticle("Fourteen horses died early on Tuesday when fire swept through a barn near the town.", {
      id: "t",
      referenceDate: "2003-10-21",
    });
    const main = a.events.find((e) => e.id === a.mainEventId);
    expect([main?.predicate.split(" ")[1], main?.type, main?.cameo, main?.date]).toEqual([
      "died",
      null,
      null,
      "2003-10-21",
    ]);
  });
});

describe("an act told with only its hour", () => {
  test("falls on the day of the article's event, not the article's date", () => {
    const a = normalizeArticle(
      "Two workers were seriously burned on Tuesday afternoon when a blast tore through a grain elevator.\n\n" +
        "Fire Chief Gary Lamb said the blast happened about 2:15 p.m. while the men were cleaning a bin.\n\n" +
        "Police arrested a man in the town.",
      { id: "t", referenceDate: "2011-03-09" },
    );
    const byVerb = (verb: string) => a.events.find((e) => e.predicate.includes(verb))?.date;
    expect(byVerb("burned")).toBe("2011-03-08");
    expect(byVerb("happened")).toBe("2011-03-08");
    expect(byVerb("arrested")).toBe("2011-03-09");
  });
});

describe("a happening told with only its hour", () => {
  test("is an event of the story's day, which dates no main event", () => {
    const a = normalizeArticle(
      "Nine passengers are missing after a boat capsized near the island on Sunday afternoon.\n\n" +
        "Strong waves hit the boat at the mouth of the river at about 4pm.\n\nThe search began at 5 a.m. today.",
      { id: "t", referenceDate: "2017-03-14" },
    );
    const hit = a.events.find((e) => e.predicate.startsWith("hit"));
    expect([hit?.date, hit?.type]).toEqual(["2017-03-12", null]);
    expect(a.events.find((e) => e.id === a.mainEventId)?.date).toBe("2017-03-12");
  });
});

describe("a time of day in words", () => {
  test("dates a sentence's act on the story's day: at dawn, the same night, an hour in words, through the night", () => {
    const a = normalizeArticle(
      "A boat capsized near the island on Sunday afternoon, leaving nine people missing.\n\n" +
        "Fishermen spotted the wreck at dawn and pulled four survivors from the water.\n\n" +
        "Doctors operated on one of them the same night.\n\n" +
        '"The water came at about eleven o\'clock at night," a survivor said.\n\n' +
        "Volunteers searched the shore through the night.",
      { id: "t", referenceDate: "2017-03-14" },
    );
    const byVerb = (verb: string) => a.events.find((e) => e.predicate.includes(verb))?.date;
    expect(["spotted", "operated", "said", "searched"].map(byVerb)).toEqual([
      "2017-03-12",
      "2017-03-12",
      "2017-03-12",
      "2017-03-12",
    ]);
  });
});

describe("the place of the lead's event", () => {
  const place = (text: string) => {
    const a = normalizeArticle(text, { id: "t", referenceDate: "2024-05-07" });
    return a.events.find((e) => e.id === a.mainEventId)?.placeName ?? null;
  };

  test("is an island the act happens on, before the region it lies in", () => {
    expect(place("Three people have died of cholera on Pate Island in Lamu East, county officials said.")).toBe(
      "Pate Island",
    );
    // a lake, an island a noun of islands names, the island its residents live on
    expect(place("Fourteen people drowned when a boat capsized on Lake Abaya near Arba Minch.")).toBe("Lake Abaya");
    expect(
      place("Tourists on the Aeolian island of Salina have had no water since a tanker broke down off Milazzo."),
    ).toBe("Salina");
    expect(place("Some 3,000 residents of Itbayat island are short of rice after boats from Basco stopped.")).toBe(
      "Itbayat",
    );
  });

  test("is named after the kind of place: a capital, a small town", () => {
    expect(place("Negotiators gathered in the Egyptian capital, Cairo, on Sunday for a new round of talks.")).toBe(
      "Cairo",
    );
    expect(place("A tornado tore through the small town of Barnsdall, Oklahoma, late on Monday, killing four.")).toBe(
      "Barnsdall",
    );
  });

  test("is a province or state the lead puts the act in, rather than the dateline; a ground named 'Oval'", () => {
    expect(
      place(
        "CALGARY - Scientists searching snow-covered fields in western Saskatchewan have recovered more than a " +
          "dozen fragments of a meteorite.",
      ),
    ).toBe("Saskatchewan");
    expect(
      place("The Tigers came from 14 points down to win 20-14 in front of a sell-out crowd at Leichhardt Oval."),
    ).toBe("Leichhardt Oval");
  });

  test("is no body's name after 'in', even one with letters beyond ASCII", () => {
    expect(
      place("The Government last night survived a vote despite unease in Fianna Fáil over the closures."),
    ).not.toBe("Fianna");
  });

  test("is a place the lead names in any role when nothing puts the act anywhere", () => {
    expect(place("Hong Kong raised its highest typhoon warning late on Friday as the storm edged closer.")).toBe(
      "Hong Kong",
    );
  });

  test("is the place the act heads for before a place that acts", () => {
    expect(place("Japan and South Korea have pledged emergency aid to Tonga after the eruption cut its cables.")).toBe(
      "Tonga",
    );
    expect(place("France and Germany agreed a new budget deal after months of talks.")).toBe("France");
    expect(place("Nigeria on Monday announced new sanctions against Ghana over the border closure.")).toBe("Nigeria");
  });

  test("is the place a court, council or public body of the lead is named after, when nothing else places it", () => {
    expect(place("The Busan District Court on Tuesday jailed a shipping executive for three years for fraud.")).toBe(
      "Busan",
    );
    expect(place("MOMBASA County Assembly has voted to suspend the sale of public land for a year.")).toBe("Mombasa");
    expect(place("A former clerk of the Municipal Council of Kisumu was jailed for three years for theft.")).toBe(
      "Kisumu",
    );
    expect(place("The Bank of Ghana has raised its policy rate by two points to fight inflation.")).toBe("Ghana");
  });

  test("is a district a possessive region names, over the dateline", () => {
    expect(
      place(
        "CHANDIGARH: Labourers digging a hall in Haryana's Rohtak district have found a pot of copper coins, " +
          "officials said Tuesday.",
      ),
    ).toBe("Rohtak");
  });

  test("is the seat of the body that acts before a place its act names", () => {
    expect(place("LAUTOKA City Council has voted to move 200 vendors from Vitogo Parade to a new market.")).toBe(
      "Lautoka",
    );
  });

  test("is not the place a firm is named after", () => {
    expect(place("Kandy Tea Estates PLC posted a loss for the quarter as prices fell.")).not.toBe("Kandy");
  });
});

describe("dated happenings the lexicon does not type", () => {
  const actors = [org("Germany"), place("Lisbon"), org("Central Bank")];
  // (the lead's event, which the lexicon does not type either, is no happening of a later sentence)
  const untyped = (text: string, published: string | null = "2020-12-07") => {
    const r = run(text, { id: "u", published, actors });
    return r.events.filter((e) => e.type === null && e !== r.main);
  };

  test("a sentence with a time and no predicate of the lexicon gets an untyped event dated by that time", () => {
    const [e, ...rest] = untyped("Prices rose sharply. The storm crossed the northern islands overnight on Thursday.");
    expect(rest).toEqual([]);
    expect(e?.predicate).toBe("crossed the northern islands");
    expect(e?.cameo).toBeNull();
    expect(e?.date).toBe("2020-12-03");
    expect(e?.evidence[0]?.text).toBe("The storm crossed the northern islands overnight on Thursday.");
  });

  test("a short regular verb in the past, in the clause after the year it is told at", () => {
    const [e] = untyped("Talks began. It was the worst fire in the county since 1998, when 11 horses died there.");
    expect([e?.predicate.split(" ")[0], e?.date]).toEqual(["died", "1998"]);
  });

  test("the verb before the time in its clause, else the one after it", () => {
    const two = untyped(
      "Talks began. The rover was launched from Florida in July 2020 and reached the crater in February 2021.",
    );
    expect(two.map((e) => [e.predicate.split(" ")[0], e.date])).toEqual([
      ["launched", "2020-07"],
      ["reached", "2021-02"],
    ]);
    const [after] = untyped("Talks began. Last year, Germany passed a law on plastic bags.", "2020-12-07");
    expect([after?.predicate.split(" ")[0], after?.date, after?.sourceIds]).toEqual([
      "passed",
      "2019",
      ["organization:germany"],
    ]);
    const [irregular] = untyped("Talks began. The Central Bank last month cut its growth forecast.");
    expect([irregular?.predicate.split(" ")[0], irregular?.date]).toEqual(["cut", "2020-11"]);
    const [ahead] = untyped("Talks began. The team is expected to arrive in Lisbon on Tuesday.");
    expect([ahead?.predicate.split(" ")[0], ahead?.date]).toEqual(["arrive", "2020-12-08"]);
  });

  test("no event without a verb or without a time, and none for a sentence the lexicon types", () => {
    expect(untyped("Talks began. The red car in the garage, on Thursday.")).toEqual([]);
    expect(untyped("Talks began. The storm crossed the islands.")).toEqual([]);
    const { events } = run("Talks began. Germany attacked the plan on Thursday.", {
      id: "t",
      published: "2020-12-07",
      actors,
    });
    expect(events.every((e) => e.type !== null)).toBe(true);
  });

  test("never the article's own event, which stays the lead's act", () => {
    const { main, events } = run(
      "Germany attacked the plan on Monday. The storm crossed the islands overnight on Thursday.",
      { id: "m", published: "2020-12-07", actors },
    );
    expect(main?.type).toBe("ASSAULT");
    expect(events.map((e) => e.type)).toEqual(["ASSAULT", null]);
  });
});

describe("a blow and a quotation that opens the article", () => {
  test("'slammed into' is a collision, 'slammed the plan' a rebuke", () => {
    expect(findPredicates("A freight train slammed into a grain truck.").map((p) => p.type)).not.toContain("ACCUSE");
    expect(findPredicates("The mayor slammed the plan.").map((p) => p.type)).toContain("ACCUSE");
  });

  test("the lead is the first sentence after a quotation that opens the article", () => {
    const a = normalizeArticle(
      '"It sounded like the whole hill came down. Then it kept going."\n\n' +
        "That is how Ana Ruiz described the moment a bus left the road near Tavira on Tuesday, killing four.\n\n" +
        "Police said the driver survived.",
      { id: "bus", referenceDate: "2019-05-08" },
    );
    const main = a.events.find((e) => e.id === a.mainEventId);
    expect(main?.evidence[0]?.text.startsWith("That is how Ana Ruiz")).toBe(true);
    expect(main?.date).toBe("2019-05-07");
  });
});

describe("a story filed the day before it was published", () => {
  test("tells its 'today' of the day its dateline gives", () => {
    const a = normalizeArticle(
      "Court frames charges in cable case\n\nJuly 16, 1998\n\n" +
        "New Delhi, July 15: A special court here today framed charges against three former officials.\n\n" +
        "The officials denied wrongdoing.",
      { id: "court" },
    );
    expect(a.publishedAt).toBe("1998-07-16");
    expect(a.events.find((e) => e.id === a.mainEventId)?.date).toBe("1998-07-15");
  });
});

import { describe, expect, test } from "vitest";
import { findTimes } from "./find-times.js";

// [sentence, article date, expression, expected value, precision]
const cases: [string, string | null, string, string | null, string][] = [
  // a season named relative to the article's date is known to its year; a month takes the year of the month
  // a range runs to
  ["The lake has been stable since last autumn.", "2012-05-14", "last autumn", "2011", "year"],
  // a year before what happened in it
  ["The party won the seat in the 2010 election.", "2015-11-10", "2010", "2010", "year"],
  ["Last summer, an outbreak sickened five people.", "2025-03-27", "Last summer", "2024", "year"],
  ["He landed cod on eight trips between January and October 2003.", "2004-03-18", "January", "2003-01", "month"],
  ["Germany and France vowed Thursday to press ahead with the treaty.", "2012-04-19", "Thursday", "2012-04-19", "day"],
  [
    "The minister, who warned Wednesday that talks could collapse, left early.",
    "2012-04-19",
    "Wednesday",
    "2012-04-18",
    "day",
  ],
  ["The two leaders will meet on Monday in Geneva.", "2011-12-08", "on Monday", "2011-12-12", "day"],
  // the article's own weekday ahead is that day: a week on would be "next Tuesday"
  ["The strike is due to end at 6 p.m. Tuesday.", "2017-10-17", "Tuesday", "2017-10-17", "day"],
  ["The strike will end next Tuesday.", "2017-10-17", "next Tuesday", "2017-10-24", "day"],
  // a change from a day and month is the nearest such day, whatever the verb's tense
  ["The utility has announced higher prices from September 1.", "2022-08-29", "September 1", "2022-09-01", "day"],
  ["The curfew imposed from March 3 was lifted in May.", "2022-06-20", "March 3", "2022-03-03", "day"],
  [
    "Parliament is due to debate the bill on Friday next week.",
    "2009-03-20",
    "on Friday next week",
    "2009-03-27",
    "day",
  ],
  ["The talks opened on Tuesday of last week.", "2009-03-20", "on Tuesday of last week", "2009-03-10", "day"],
  // a verb of starting before "to" tells what happened; a start opening the sentence looks to its verb
  ["Prices had started to rise by Tuesday evening.", "2021-03-10", "Tuesday evening", "2021-03-09", "day"],
  ["From Monday, people over 60 will be able to book shots.", "2020-12-20", "Monday", "2020-12-21", "day"],
  ["From Monday, the shops were closed.", "2020-12-20", "Monday", "2020-12-14", "day"],
  // a schedule told in the present, and what is likely until a day, look ahead
  ["The team returns to Halifax on Monday afternoon.", "2026-03-12", "on Monday afternoon", "2026-03-16", "day"],
  ["The trial resumes on Tuesday, the court said.", "2019-05-09", "on Tuesday", "2019-05-14", "day"],
  ["Forecasters said more rain was likely until Saturday.", "1997-10-08", "Saturday", "1997-10-11", "day"],
  ["The team returned to Halifax on Monday.", "2026-03-12", "on Monday", "2026-03-09", "day"],
  // the day of a meeting named after a vote in the past; a meeting organised for a day ahead; what is likely
  [
    "Fares will rise from April after councillors voted to accept the increase at Wednesday's meeting of the council.",
    "2015-02-13",
    "Wednesday's",
    "2015-02-11",
    "day",
  ],
  [
    "The supporters' club have organised a meeting at the clubhouse on Monday evening to discuss the next steps.",
    "2021-06-04",
    "on Monday evening",
    "2021-06-07",
    "day",
  ],
  ["The application is likely to return to the committee in May.", "2017-03-09", "May", "2017-05", "month"],
  // what people were trying to do on a day was done then
  [
    "At Drumahoe, a shop owner was among those trying to salvage stock on Wednesday morning.",
    "2017-08-24",
    "on Wednesday morning",
    "2017-08-23",
    "day",
  ],
  // a plan told in the past takes the nearest day
  ["The program was supposed to begin Aug. 1 but was delayed.", "2020-10-15", "Aug. 1", "2020-08-01", "day"],
  // a deadline a verb in the past met is behind; one an infinitive sets is ahead
  [
    "Crews restored the supply to most buildings by Monday morning.",
    "2020-01-14",
    "Monday morning",
    "2020-01-13",
    "day",
  ],
  ["The council asked residents to move their cars by Monday.", "2020-01-14", "Monday", "2020-01-20", "day"],
  ["The board approved a contract that must be signed by Friday.", "2020-01-14", "Friday", "2020-01-17", "day"],
  [
    "The city expected to finish a first pass through every flooded street by Friday.",
    "2020-01-14",
    "Friday",
    "2020-01-17",
    "day",
  ],
  // what was not done until a day was done on it, in the past
  ["A boil-water advisory was not issued until Sunday.", "2000-05-25", "Sunday", "2000-05-21", "day"],
  ["The road stays closed until Sunday.", "2000-05-25", "Sunday", "2000-05-28", "day"],
  // "visit" after an article is the noun: what was cut short happened already
  ["The governor cut short a visit to Abuja on Wednesday.", "2009-07-02", "on Wednesday", "2009-07-01", "day"],
  ["The two leaders visit Abuja on Wednesday.", "2009-07-02", "on Wednesday", "2009-07-08", "day"],
  // a day set for what is to come, after a verb in the past
  ["The court has fixed August 10 for the first witnesses.", "1998-07-15", "August 10", "1998-08-10", "day"],
  ["The magistrate adjourned the case to Friday.", "2019-05-08", "Friday", "2019-05-10", "day"],
  // what is due on a day, and a plan told in the past, whose day is the nearest
  [
    "Officials have so far refused to say whether the council elections, due on 3 May, will be postponed.",
    "2001-03-22",
    "on 3 May",
    "2001-05-03",
    "day",
  ],
  [
    "The judge ruled the ballot invalid because staff had left before the strike was due to start on December 22.",
    "2009-12-17",
    "December 22",
    "2009-12-22",
    "day",
  ],
  [
    "The court adjourned the trial of four other men accused of supplying the detonators to January 11.",
    "2010-12-14",
    "January 11",
    "2011-01-11",
    "day",
  ],
  // the day of a strike or a rally called for, and one that had been called for
  [
    "Protesters have called for further rallies this weekend and a citywide strike on Monday.",
    "2019-08-01",
    "on Monday",
    "2019-08-05",
    "day",
  ],
  ["Unions had called for a strike on Monday, which shut the port.", "2019-08-07", "on Monday", "2019-08-05", "day"],
  // a rule that takes effect, and a modal further back than the words before the expression
  ["The new fares take effect on July 1.", "2025-03-04", "July 1", "2025-07-01", "day"],
  [
    "Replacement buses will run between Varzo and Iselle, on the Italian side of the border, from Wednesday.",
    "2016-06-14",
    "Wednesday",
    "2016-06-15",
    "day",
  ],
  // "to" before a number or a determiner is no infinitive: "meals supplied to five events between ..."
  ["Meals were supplied to five events on Nov 9 and Nov 11.", "2017-11-16", "Nov 9", "2017-11-09", "day"],
  ["Aid went to several villages on Tuesday.", "2017-11-16", "on Tuesday", "2017-11-14", "day"],
  // "to" before a name, or in "according to", is no infinitive that looks ahead
  [
    "The party won, according to provisional results announced on Monday.",
    "2021-03-08",
    "on Monday",
    "2021-03-08",
    "day",
  ],
  [
    "The offer is a 30% premium to Halvard's closing price on Wednesday, the companies said.",
    "2021-06-03",
    "on Wednesday",
    "2021-06-02",
    "day",
  ],
  // counts of days, weeks and years back from the article's date, or on from the day named before them
  ["Rebels seized the town two days ago.", "2019-03-14", "two days ago", "2019-03-12", "day"],
  ["The army shelled the port three weeks ago.", "2019-03-14", "three weeks ago", "2019-02-18", "range"],
  ["The plant closed a year ago.", "2019-03-14", "a year ago", "2018", "year"],
  [
    "Police arrested 12 people on March 5, and the government banned rallies two days later.",
    "2019-03-14",
    "two days later",
    "2019-03-07",
    "day",
  ],
  ["The government banned rallies two days later.", "2019-03-14", "two days later", null, "day"],
  [
    "Thousands have pledged online to attend the rally on Saturday afternoon.",
    "2011-12-08",
    "on Saturday afternoon",
    "2011-12-10",
    "day",
  ],
  // "to" before an amount, or after a change in number, is no infinitive
  [
    "The agency said the number of hot spots had risen to more than 900 on Tuesday.",
    "2019-03-14",
    "on Tuesday",
    "2019-03-12",
    "day",
  ],
  ["Turnout climbed to 64 percent on Sunday, officials said.", "2019-03-14", "on Sunday", "2019-03-10", "day"],
  ["Ministers agreed to meet again on Tuesday.", "2019-03-14", "on Tuesday", "2019-03-19", "day"],
  ["Observers criticised Sunday's vote as flawed.", "2011-12-08", "Sunday's", "2011-12-04", "day"],
  ["Parties campaigned hard ahead of Sunday's vote.", "2011-12-08", "Sunday's", "2011-12-11", "day"],
  ["The central bank last month raised rates.", "2011-12-08", "last month", "2011-11", "month"],
  ["The two governments agreed last year to open talks.", "2011-12-08", "last year", "2010", "year"],
  ["Prices rose sharply this week, traders said.", "2011-12-08", "this week", "2011-12-05", "range"],
  ["The company plans to list its shares next May.", "2011-12-08", "next May", "2012-05", "month"],
  ["The company listed its shares last May.", "2011-12-08", "last May", "2011-05", "month"],
  ["The accord was signed at a summit in November.", "2011-06-08", "November", "2010-11", "month"],
  ["Elections will be held in November.", "2011-06-08", "November", "2011-11", "month"],
  ["Leaders will gather in Lisbon on May 20-21.", "2012-04-19", "May 20-21", "2012-05-20", "range"],
  ["Troops are to leave by the end of 2014.", "2011-12-08", "the end of 2014", "2014", "year"],
  ["She took office in 2009 after a close race.", "2011-12-08", "2009", "2009", "year"],
  ["The plant is expected to be finished by 2018.", null, "2018", "2018", "year"],
  [
    "The treaty they decided on December 8, 1991 ended the union.",
    "2011-12-08",
    "December 8, 1991",
    "1991-12-08",
    "day",
  ],
  ["Ministers adopted a plan on June 8 to cut emissions.", "2011-06-08", "June 8", "2011-06-08", "day"],
  ["The vote took place on December 30.", "2012-01-02", "December 30", "2011-12-30", "day"],
  ["Rebels shelled the town yesterday.", "2013-03-05", "yesterday", "2013-03-04", "day"],
  [
    "Opposition groups vowed to rally in the capital at the weekend.",
    "2011-12-08",
    "at the weekend",
    "2011-12-10",
    "range",
  ],
  // the sentence's subject and its verb in the past, far before the weekend; not a verb that reports what follows
  [
    "Dredgers shifted some 30,000 cubic metres of sand from around the ship's bow over the weekend.",
    "2021-03-29",
    "over the weekend",
    "2021-03-27",
    "range",
  ],
  [
    "Officials said the market in the old town reopens for traders over the weekend.",
    "2021-03-29",
    "over the weekend",
    "2021-04-03",
    "range",
  ],
  ["The summit is set for May 2012 in Chicago.", null, "May 2012", "2012-05", "month"],
  ["Officials met on Thursday.", null, "on Thursday", null, "day"],
  ["Police detained 30 marchers last night.", "2016-07-10", "last night", "2016-07-09", "day"],
  ["The governor signed the bill this morning.", "2016-07-10", "this morning", "2016-07-10", "day"],
  ["Police detained 30 marchers on Friday night.", "2016-07-09", "on Friday night", "2016-07-08", "day"],
  ["Crowds gathered Saturday night downtown.", "2016-07-10", "Saturday night", "2016-07-09", "day"],
  ["Police detained 30 marchers on Friday night.", null, "on Friday night", null, "day"],
  // the clause's modal governs a month a few words on, when no verb in the past comes between
  [
    "The ministry said it would send auditors to the northern provinces in June.",
    "2014-04-16",
    "June",
    "2014-06",
    "month",
  ],
  // and one further back than the words read, when nothing after it opens another clause
  [
    "The union condemned the decision and said it would hold a rally in front of the bank's headquarters in Yeouido on Friday.",
    "2016-09-21",
    "on Friday",
    "2016-09-23",
    "day",
  ],
  // a second verb of the modal after "and", before its object, opens no clause
  [
    "The college said in a statement that it would pay all medical costs and hold a memorial service on campus on Friday.",
    "2009-02-25",
    "on Friday",
    "2009-02-27",
    "day",
  ],
  [
    "A spokesman said the agency would hold a community meeting on the risks of plague and hantavirus on Thursday.",
    "2017-06-23",
    "on Thursday",
    "2017-06-29",
    "day",
  ],
  [
    "The union said it would hold a rally in front of the bank's headquarters, and its members marched on Friday.",
    "2016-09-21",
    "on Friday",
    "2016-09-16",
    "day",
  ],
  // "since" before the expression looks back, whatever comes before it
  ["Two practices have closed their books to new patients since August.", "2020-11-17", "August", "2020-08", "month"],
  // a day and month with the year counted after them
  ["The samples were taken in Eldoret on March 9 last year.", "2014-06-20", "March 9 last year", "2013-03-09", "day"],
  ["She will return on May 3 next year.", "2014-06-20", "May 3 next year", "2015-05-03", "day"],
  // a clause of its own after the modal's, told in the past with a verb of no "-ed", or after "where" or "but"
  [
    "The trust said it would review its rules, and families held a vigil on Friday.",
    "2019-03-12",
    "on Friday",
    "2019-03-08",
    "day",
  ],
  [
    "Police would not say where the two men went on Sunday night.",
    "2021-07-14",
    "on Sunday night",
    "2021-07-11",
    "day",
  ],
  ["The mayor would not comment, but the council voted on Monday.", "2015-10-08", "on Monday", "2015-10-05", "day"],
  // ... but not a clause that keeps a modal of its own, nor a participle after a noun
  [
    "Mr Okafor said he would resign, but the party will vote on Tuesday.",
    "2015-10-08",
    "on Tuesday",
    "2015-10-13",
    "day",
  ],
  ["The board will decide after talks held on Friday.", "2019-03-12", "on Friday", "2019-03-15", "day"],
  // "expected on" looks ahead; a capitalised name in "-ed" ("United") is no verb in the past
  [
    "Mrs Arkwright will be sworn in at the next sitting of the Legislative Assembly, expected on March 25.",
    "2010-03-19",
    "March 25",
    "2010-03-25",
    "day",
  ],
  [
    "Exports to the United States resume starting May 1, the ministry said.",
    "2014-04-16",
    "May 1",
    "2014-05-01",
    "day",
  ],
  // with no tense, a day more than three months ahead is last year's
  [
    "Irregularities in the tallying of the March 4 election changed the outcome.",
    "2013-09-20",
    "March 4",
    "2013-03-04",
    "day",
  ],
  [
    "Irregularities in the tallying of the October 4 election changed the outcome.",
    "2013-09-20",
    "October 4",
    "2013-10-04",
    "day",
  ],
];

describe("findTimes", () => {
  for (const [sentence, ref, text, value, precision] of cases) {
    test(`${text} in "${sentence}" (${ref ?? "no date"})`, () => {
      const t = findTimes(sentence, 0, ref).find((x) => x.mention.text === text);
      expect(t, `no expression "${text}"`).toBeDefined();
      expect(t?.value?.value ?? null).toBe(value);
      if (value) expect(t?.value?.precision).toBe(precision);
    });
  }

  test("reads a range end and a stated basis", () => {
    const t = findTimes("Leaders meet in Chicago on May 20-21.", 0, "2012-04-19")[0];
    expect(t?.value).toMatchObject({ end: "2012-05-21", basis: "stated", span: { start: 27, end: 36 } });
  });

  test("gives relative expressions an inferred basis and re-resolves them against a new date", () => {
    const sentence = "The minister resigned last month.";
    expect(findTimes(sentence, 100, null)[0]?.value).toBeNull();
    const t = findTimes(sentence, 100, "2011-12-08")[0];
    expect(t?.value).toMatchObject({ value: "2011-11", basis: "inferred", span: { start: 122, end: 132 } });
  });

  test("reads no year after 'the' before a name", () => {
    expect(findTimes("In the 2010 Census, 30 people lived there.", 0, "2015-11-10")).toEqual([]);
  });

  test("reads no time in a law's or a cohort's name", () => {
    const times = findTimes("They face charges under the Dangerous Drugs Act of 2002 on Thursday.", 0, "2019-07-24");
    expect(times.map((t) => t.mention.text)).toEqual(["on Thursday"]);
  });

  test("dates holidays, fixed and moving, in the year their tense asks; a holiday's name as a noun is no time", () => {
    const at = (sentence: string, ref = "2022-09-13") => findTimes(sentence, 0, ref)[0]?.value?.value;
    expect(at("She has been late four times since Labor Day.")).toBe("2022-09-05");
    expect(at("They have worked hard since Christmas.", "2001-03-14")).toBe("2000-12-25");
    expect(at("He fell on New Year's Day.", "2017-01-04")).toBe("2017-01-01");
    expect(at("The shops will close over Easter.")).toBe("2023-04-09");
    expect(at("Sales fell on Good Friday.", "2024-04-10")).toBe("2024-03-29");
    expect(at("Crowds gathered on Memorial Day.", "2021-06-10")).toBe("2021-05-31");
    expect(at("They will meet after Thanksgiving.", "2020-10-01")).toBe("2020-11-26");
    expect(findTimes("He bought a Christmas tree and an Easter egg.", 0, "2022-09-13")).toEqual([]);
  });

  test("ends a month's name before the comma after it", () => {
    const times = findTimes("We warned them in October, and wrote again in December, she said.", 0, "2013-01-09");
    expect(times.map((t) => t.mention.text)).toEqual(["October", "December"]);
    expect(findTimes("In October, it rained.", 0, "2013-01-09").map((t) => t.mention.text)).toEqual(["October"]);
  });

  test("looks ahead after 'should', 'by', 'was expected' and a fixture told in the present", () => {
    const at = (sentence: string) => findTimes(sentence, 0, "2022-09-13")[0]?.value?.value;
    expect(at("Supplies should reach the town by Friday.")).toBe("2022-09-16");
    expect(at("Forecasters said more snow was expected on Thursday.")).toBe("2022-09-15");
    expect(at("The two clubs play at home on Saturday.")).toBe("2022-09-17");
    // not after "should have" or a past form
    expect(at("Police said the driver should have stopped on Friday.")).toBe("2022-09-09");
    expect(at("The report was finished by Friday.")).toBe("2022-09-09");
  });

  test("a deadline a past perfect has met is behind; one with a clock time, or one expected, is ahead", () => {
    const at = (sentence: string, ref = "2022-09-13") => findTimes(sentence, 0, ref)[0]?.value?.value;
    expect(at("Farmers had produced 40,000 tonnes of salt by Friday, the director said.")).toBe("2022-09-09");
    expect(at("Farmers will have produced 40,000 tonnes by Friday.")).toBe("2022-09-16");
    expect(at('"We expect to have water restored by 6 a.m. Wednesday," she said.')).toBe("2022-09-14");
    expect(at("Crews had restored power by 6 p.m. Monday.")).toBe("2022-09-12");
  });

  test("a past perfect further back meets a deadline; 'before' a clock is a time of day; 'for' a day looks ahead", () => {
    // 2017-08-01 was a Tuesday
    const at = (sentence: string) => findTimes(sentence, 0, "2017-08-01")[0]?.value?.value;
    expect(
      at("Officials said teams on the ground had completed damage assessments for all 14 villages on Tavua by Sunday."),
    ).toBe("2017-07-30");
    expect(at("The man was shot while sitting in a car on Bay Street shortly before 11pm on Sunday.")).toBe(
      "2017-07-30",
    );
    expect(at("The president convened an extraordinary session of the cabinet for Saturday.")).toBe("2017-08-05");
    expect(at("Police arrested two men for Sunday's shooting on Bay Street.")).toBe("2017-07-30");
  });

  test("a deadline whose clause goes on in the past is met; one opening a sentence looks ahead with a modal", () => {
    // 2023-07-13 was a Thursday
    const at = (sentence: string) => findTimes(sentence, 0, "2023-07-13")[0]?.value?.value;
    expect(at("The river crested, and by Thursday most of the downtown was still coated in mud.")).toBe("2023-07-13");
    expect(at("By Friday the road will be open.")).toBe("2023-07-14");
    expect(at("By Friday the road was open.")).toBe("2023-07-07");
  });

  test("a month of last or next year, and 'last evening'", () => {
    const times = findTimes(
      "The plan was approved in March last year and starts in June next year, the agency said last evening.",
      0,
      "2023-05-10",
    );
    expect(times.map((t) => [t.mention.text, t.value?.value])).toEqual([
      ["March last year", "2022-03"],
      ["June next year", "2024-06"],
      ["last evening", "2023-05-09"],
    ]);
    // alone in its sentence
    expect(findTimes("The board, in a statement last evening, said so.", 0, "2023-05-10")[0]?.value?.value).toBe(
      "2023-05-09",
    );
  });

  test("the end of this or next week, month or year is that unit as a whole", () => {
    const times = findTimes(
      "The ship is due back by the end of the month, and the bridge opens before the end of next year.",
      0,
      "2013-02-11",
    );
    expect(times.map((t) => [t.mention.text, t.value?.value])).toEqual([
      ["by the end of the month", "2013-02"],
      ["before the end of next year", "2014"],
    ]);
  });

  test("'since' a weekday is the one before, never the day itself; 'as far back as' a year dates it", () => {
    // 2003-01-24 was a Friday
    expect(
      findTimes("Staff reached the cages for the first time since Friday.", 0, "2003-01-24")[0]?.value?.value,
    ).toBe("2003-01-17");
    expect(findTimes("Prices have risen since Monday.", 0, "2003-01-24")[0]?.value?.value).toBe("2003-01-20");
    const years = findTimes("Fish were caught as far back as 2001, and as recently as 2019.", 0, "2020-05-01");
    expect(years.map((t) => t.value?.value)).toEqual(["2001", "2019"]);
  });

  test("a weekday followed by its date is that date, one expression", () => {
    // 2009-04-10 was a Friday; the article appeared on Friday 2009-04-17
    const left = findTimes("The crew set out on Friday morning, April 10, to check the nets.", 0, "2009-04-17");
    expect(left.map((t) => [t.mention.text, t.value?.value, t.value?.basis])).toEqual([
      ["on Friday morning, April 10", "2009-04-10", "stated"],
    ]);
    expect(findTimes("The vote is on Tuesday (June 4) in the hall.", 0, "2019-05-30")[0]?.value?.value).toBe(
      "2019-06-04",
    );
  });

  test("'woke up to' is no infinitive; what someone is expected to do looks ahead", () => {
    // 2012-06-17 was a Sunday
    const woke = "Residents of the old town woke up to streets flooded with mud on Friday after the river rose.";
    expect(findTimes(woke, 0, "2012-06-17")[0]?.value?.value).toBe("2012-06-15");
    const expected =
      "The governor, who visited the shelter on Sunday, is expected to open a new clinic for the families on Saturday.";
    expect(findTimes(expected, 0, "2012-06-19").map((t) => t.value?.value)).toEqual(["2012-06-17", "2012-06-23"]);
  });

  test("'taken to hospital' is no infinitive; a day after 'until' is the end of a state still going on", () => {
    // 1999-08-19 was a Thursday
    expect(findTimes("Nine workers were taken to hospital on Tuesday night.", 0, "1999-08-19")[0]?.value?.value).toBe(
      "1999-08-17",
    );
    expect(findTimes("The principal said classes were suspended until Monday.", 0, "1999-08-19")[0]?.value?.value).toBe(
      "1999-08-23",
    );
    const range = findTimes("The road was closed from Friday until Monday, when crews reopened it.", 0, "1999-08-19");
    expect(range.map((t) => t.value?.value)).toEqual(["1999-08-13", "1999-08-16"]);
  });

  test("a time that modifies the noun after it is attributive; one an act takes place at is not", () => {
    const attributive = (sentence: string) =>
      findTimes(sentence, 0, "2008-12-10").map((t) => [t.mention.text, t.attributive]);
    expect(attributive("The opposition rejected the results of the December 1 presidential election.")).toEqual([
      ["December 1", true],
    ]);
    expect(attributive("Observers praised Sunday's vote as calm.")).toEqual([["Sunday's", true]]);
    expect(attributive("The army condemned last week's attack on a convoy.")).toEqual([["last week", true]]);
    expect(attributive("Parties missed the July 10 deadline for a deal.")).toEqual([["July 10", true]]);
    // an act at the occasion the noun names takes its day
    expect(attributive("Police arrested 20 people at Sunday's march.")).toEqual([["Sunday's", false]]);
    expect(attributive("Ministers agreed at the December 5 meeting to cut tariffs.")).toEqual([["December 5", false]]);
    // a date followed by a word that is no noun of it
    expect(attributive("The parties signed the deal on December 1 and left.")).toEqual([["December 1", false]]);
    expect(attributive("The vote was held on the December 1 when few came.")).toEqual([["December 1", false]]);
  });

  test("leaves modal verbs and numbers alone", () => {
    expect(findTimes("Moscow may march on; 1,000 people and 2,011 cases.", 0, "2011-12-08")).toEqual([]);
  });
});

describe("chrono-node's calendar parsers", () => {
  test("sit where the recogniser takes them from", async () => {
    const { en } = await import("chrono-node");
    const { CHRONO_PARSER_AT, CHRONO_PARSER_NAMES, CHRONO_REFINER_AT, CHRONO_REFINER_NAMES } = await import(
      "./recognize.js"
    );
    expect(CHRONO_PARSER_AT.map((i) => en.casual.parsers[i]?.constructor.name)).toEqual([...CHRONO_PARSER_NAMES]);
    expect(CHRONO_REFINER_AT.map((i) => en.casual.refiners[i]?.constructor.name)).toEqual([...CHRONO_REFINER_NAMES]);
  });
});

describe("a month's name read without chrono", () => {
  // windows where no parser but chrono's of month names finds anything skip chrono; what they give must be what
  // chrono gives
  const windows = [
    "this level since April 2013.",
    "figures released in August, about 53,068 people live",
    "for the first time in May",
    "Sept 1999 and Dec 2000",
    "on May 20-21 in Chicago",
    "in May 98 people died",
    "fell in March 2013-14",
    "talks in March, the minister said",
    "Dec said",
    "the plan of March of the year",
    "in  March-when",
    "Sept. and Oct.",
    "late May - early June",
    "Theresa May said",
    "in December",
    "Mayor Brown",
    "may march",
    "from January to March",
  ];
  test.each(windows)("%s", async (w) => {
    const { Chrono, en } = await import("chrono-node");
    const { CHRONO_PARSER_AT, CHRONO_REFINER_AT, findTimeMentions } = await import("./recognize.js");
    const chrono = new Chrono({
      parsers: CHRONO_PARSER_AT.map((i) => en.casual.parsers[i]).filter((p) => p !== undefined),
      refiners: CHRONO_REFINER_AT.map((i) => en.casual.refiners[i]).filter((r) => r !== undefined),
    });
    const expected = chrono
      .parse(w, new Date(Date.UTC(2000, 0, 1)))
      .filter((r) => /^[A-Z]/.test(r.text.replace(/^\W*(?:in|on|of)\s+/i, "")))
      // (a comma chrono takes after a month without a year is no part of the expression)
      .map((r) => [
        r.text.replace(/,$/, ""),
        r.index,
        r.start.get("month"),
        r.start.isCertain("year") ? r.start.get("year") : undefined,
      ]);
    expect(findTimeMentions(w, 0).map((m) => [m.text, m.start, m.month, m.year])).toEqual(expected);
  });
});

describe("whether the words before a point look ahead", () => {
  // looksAhead answers what tenseBefore answers with "future", without its tests for the past
  const befores = [
    "The two will meet",
    "The minister said it would send inspectors",
    "Police arrested two men",
    "The union had planned to strike",
    "They failed to agree",
    "Leaders pledged to attend the protest",
    "Prices rose to",
    "",
  ];
  test.each(befores)("%s", async (before) => {
    const { looksAhead, tenseBefore } = await import("./tense.js");
    expect(looksAhead(before, before.length)).toBe(tenseBefore(before, before.length) === "future");
  });
});

import { describe, expect, test } from "vitest";
import { cleanArticle } from "./clean-article.js";

const clean = (raw: string, referenceDate: string | null = null) => cleanArticle(raw, { id: "t", referenceDate });
const body = (raw: string, referenceDate: string | null = null) => {
  const doc = clean(raw, referenceDate);
  return doc.paragraphs.map((p) => raw.slice(p.start, p.end));
};

describe("cleanArticle zones", () => {
  test("a short name line above a longer title is the masthead, even without a telling word", () => {
    const raw =
      "Al Jazeera\n\nGaza ceasefire holds for a second day\n\nA ceasefire between Israel and Hamas held for a second day on Friday, officials said.";
    const doc = clean(raw);
    expect(doc.outlet).toBe("Al Jazeera");
    expect(doc.headline).toBe("Gaza ceasefire holds for a second day");
  });

  test("a publishing company in the copyright line ranks after the masthead", () => {
    const raw = [
      "ePelion.com",
      "",
      "Gas pipeline deal signed in Volos",
      "",
      "Greece and its neighbour signed a pipeline deal in Volos on Thursday, officials said.",
      "",
      "The pipe will be laid next year, the ministry said.",
      "",
      "\u00a9 2024 Pelion Publishing S.A.",
    ].join("\n");
    expect(clean(raw).outlet).toBe("ePelion.com");
  });

  test("a section label above the title is neither masthead nor headline", () => {
    const raw =
      "Middle East\n\nGaza ceasefire holds for a second day\n\nA ceasefire between Israel and Hamas held for a second day on Friday, officials said.";
    const doc = clean(raw);
    expect(doc.outlet).toBeNull();
    expect(doc.headline).toBe("Gaza ceasefire holds for a second day");
  });

  test("a first line ending in a question mark is a headline when prose follows", () => {
    const raw =
      "Is this the end of the euro as we know it?\n\nEuropean leaders met in Brussels on Sunday for emergency talks on the debt crisis.";
    expect(clean(raw).headline).toBe("Is this the end of the euro as we know it?");
    expect(body(raw)).toHaveLength(1);
  });

  test("a question under the site's lines is the headline when a standfirst and a byline follow it", () => {
    const raw = [
      "Lakeside Weekly",
      "Home | News | Music | Film | Classifieds",
      "Section One",
      "",
      "Who Pays for the Pier?",
      "A levy on the harbour was meant to fix the boardwalk. Neighbours say it mostly pays for parking.",
      "",
      "By Dana Whitcombe",
      "March 10, 2005",
      "",
      "When the council created the harbour levy in 1998, the pitch was simple: fix the boardwalk.",
      "",
      "Seven years later the levy has raised about $19 million, according to the council's own reports.",
    ].join("\n");
    const doc = clean(raw);
    expect(doc.headline).toBe("Who Pays for the Pier?");
    expect(doc.byline).toBe("Dana Whitcombe");
    expect(body(raw)[0]).toMatch(/^When the council/);
  });

  test("teasers after a tag list are not body, though they read as sentences", () => {
    const raw = [
      "Oil prices rose sharply on Monday after producers agreed to cut output for the first time since 2008.",
      "Brent crude gained 5 percent to close above $50 a barrel, traders said.",
      "Tags: oil, OPEC, energy",
      "Saudi Arabia says it will keep pumping at record levels.",
      "Analysts see no quick end to the glut in world markets.",
    ].join("\n\n");
    expect(body(raw)).toHaveLength(2);
    expect(clean(raw).removed.map((r) => r.reason)).toEqual(["tags", "other", "other"]);
  });
});

describe("cleanArticle header layouts", () => {
  const lead = "The council voted on Tuesday to close the old bridge to lorries from next month, officials said.";
  const header = (lines: string[]) => {
    const doc = clean([...lines, "", lead, "", "The bridge was built in 1931, the council said."].join("\n"));
    return {
      headline: doc.headline,
      outlet: doc.outlet,
      byline: doc.byline,
      dateline: doc.dateline,
      first: body([...lines, "", lead].join("\n"))[0],
    };
  };

  test("a date and 'By' joined by a bar, the name in capitals and a role after a semicolon", () => {
    const h = header(["Bridge Closed To Lorries", "", "March 8, 2001|By MARTA K. LINDGREN; Gazette Staff Writer"]);
    expect(h.byline).toBe("MARTA K. LINDGREN");
    expect(h.headline).toBe("Bridge Closed To Lorries");
  });

  test("a dateline in capitals and two hyphens opening a lead of one short sentence", () => {
    const doc = clean(["Bridge Closed", "", "By Jane Okafor", "", "BRAMPTON -- Nine votes.", "", lead].join("\n"));
    expect(doc.dateline).toBe("Brampton");
    expect(body(["Bridge Closed", "", "By Jane Okafor", "", "BRAMPTON -- Nine votes.", "", lead].join("\n"))[0]).toBe(
      "Nine votes.",
    );
  });

  test("a reporter's name and role between bars is a byline without a date", () => {
    expect(header(["Bridge closed to lorries", "Jane Okafor | Transport Reporter"]).byline).toBe("Jane Okafor");
  });

  test("the reporter's name alone between a standfirst and the share buttons", () => {
    const h = header([
      "Bridge closed to lorries",
      "",
      "Hauliers face a detour of 40 km, but the council says the ban is only for a year.",
      "",
      "Jane Okafor",
      "",
      "Share on Facebook   Share on Twitter   Email",
    ]);
    expect(h.byline).toBe("Jane Okafor");
    expect(h.first).toBe(lead);
  });

  test("a credit alone under a standfirst, or over the headline under the date", () => {
    const under = header([
      "Bridge closed to lorries",
      "Hauliers face a detour of 40 km, but the council says the ban is only for a year.",
      "Staff Writer",
    ]);
    expect(under.byline).toBe("Staff Writer");
    expect(under.first).toBe(lead);
    const over = header([
      "The Valley Courier",
      "Published: January 22, 2025",
      "Staff Writer",
      "",
      "Bridge closed to lorries",
    ]);
    expect(over.byline).toBe("Staff Writer");
    expect(over.outlet).toBe("The Valley Courier");
  });

  test("a limited partnership in the copyright line is a publisher, after the masthead", () => {
    const doc = clean(
      [
        "The Prairie Grower",
        "",
        "Bridge closed to lorries",
        "",
        lead,
        "",
        "\u00a9 2025 Ridgeback Farm LP. All rights reserved.",
      ].join("\n"),
    );
    expect(doc.outlet).toBe("The Prairie Grower");
  });

  test("a name with its outlet and place, then the section and the date, between bars", () => {
    const h = header([
      "Bridge closed to lorries",
      "Jane Okafor, The Valley Courier, Lagos | City | Tue, June 09 2015, 6:47 PM",
    ]);
    expect(h.byline).toBe("Jane Okafor");
    expect(h.dateline).toBe("Lagos");
  });

  test("the reporter's name over a time of update, a name and the day, and an outlet between name and date", () => {
    expect(header(["Bridge closed to lorries", "Jane Okafor", "Update: 4:35PM"]).byline).toBe("Jane Okafor");
    expect(header(["Bridge closed to lorries", "Tom Haddow, May 19, 2020"]).byline).toBe("Tom Haddow");
    const h = header([
      "Valley Menu  Search",
      "Bridge closed to lorries",
      "Jane Okafor \u00b7 Valley News \u00b7 Posted: Aug 06, 2018 1:17 PM ET",
    ]);
    expect(h.byline).toBe("Jane Okafor");
    expect(h.outlet).toBe("Valley News");
  });

  test("a site's address alone at the top; a name under the date under the headline; the outlet, the place and the date", () => {
    const h = header(["12.ab", "Bridge closed to lorries", "19/08/2023 13:27 (updated 15:40)", "Elnura Asel"]);
    expect(h.outlet).toBe("12.ab");
    expect(h.byline).toBe("Elnura Asel");
    const doc = clean(
      ["Bridge closed to lorries", "Valley Courier, Tbilisi / 25 Dec.'09 / 18:42", "", lead].join("\n"),
    );
    expect([doc.dateline, doc.published?.value]).toEqual(["Tbilisi", "2009-12-25"]);
    expect(header(["[Back to Lead Stories]", "Bridge closed to lorries"]).headline).toBe("Bridge closed to lorries");
    // a trail from the home page before the title on its line; a trail of sections alone over it
    expect(header(["Home » Valley » Bridge closed to lorries after cracks are found in its piers"]).headline).toBe(
      "Bridge closed to lorries after cracks are found in its piers",
    );
    expect(header(["The Valley Post  >  Valley News", "Bridge closed to lorries"]).headline).toBe(
      "Bridge closed to lorries",
    );
    expect(header(["Politics  •  Valley Politics", "Bridge closed to lorries"]).headline).toBe(
      "Bridge closed to lorries",
    );
    // a tagline under the site's name, over its menu button
    expect(
      header([
        "The Valley Post",
        "Valley's news in English",
        "Menu",
        "Home | News | Jobs",
        "Bridge closed to lorries",
        "Published: 31 Dec 2015 13:48",
      ]).headline,
    ).toBe("Bridge closed to lorries");
  });

  test("names run together, a permission after the holder, dates of two-digit years, a reporter writing for a paper", () => {
    const camel = clean(
      ["ValleyCourier", "", "Bridge closed to lorries", "", lead, "", "Copyright \u00a9 2017 Valley & Hill Group"].join(
        "\n",
      ),
    );
    expect(camel.outlet).toBe("ValleyCourier");
    const permitted = clean(
      [
        "Bridge closed to lorries",
        "",
        "03/12/03",
        "",
        lead,
        "",
        // (months first, as the page writes "March 20")
        "A hearing is set for March 20.",
        "",
        "\u00a9 2003 The Valley Courier. Used with permission.",
      ].join("\n"),
    );
    expect([permitted.outlet, permitted.published?.value]).toEqual(["The Valley Courier", "2003-03-12"]);
    const h = header(["Bridge closed to lorries", "By Ana Radić for Balkan Weekly Times in Podgorica \u2013 22/05/06"]);
    expect([h.byline, h.dateline]).toEqual(["Ana Radić", "Podgorica"]);
    expect(
      clean(["Bridge closed to lorries", "By Ana Radić \u2013 22/05/06", "", lead].join("\n")).published?.value,
    ).toBe("2006-05-22");
  });

  test("a place in capitals closed by a stop alone above the lead; a tagline under a masthead that a notice stands over", () => {
    expect(header(["Bridge closed to lorries", "", "KAMPALA."]).dateline).toBe("Kampala");
    // a country before a bar and the date is the page's section; a city there is the dateline
    expect(
      clean(["Valley News", "", "Germany | 26.10.2009", "", "Bridge closed to lorries", "", lead].join("\n")).dateline,
    ).toBeNull();
    expect(
      clean(["Valley News", "", "Jakarta | 26.10.2009", "", "Bridge closed to lorries", "", lead].join("\n")).dateline,
    ).toBe("Jakarta");
    expect(
      clean(
        ["Bridge closed to lorries", "", "Bogotá \u2013 The council voted on Tuesday to close the bridge."].join("\n"),
      ).dateline,
    ).toBe("Bogotá");
    // an agency's initials and its name over the page; a paper's boast with where it is and since when
    const agency = header([
      "TAP - Tunis Afrique Presse",
      "Agence Tunis Afrique Presse",
      "14/10/2019 18:05",
      "Bridge closed to lorries",
    ]);
    expect([agency.outlet, agency.headline]).toEqual(["TAP", "Bridge closed to lorries"]);
    const boast = header([
      "VALLEY TIMES",
      "The Leading Independent Daily in the Valley Since 1961",
      "Bridge closed to lorries",
      "Lorries face a detour of forty kilometres",
      "By Ann Lee, Staff Writer",
    ]);
    expect(boast.headline).toBe("Bridge closed to lorries");
    const sarl = clean(
      [
        "Bridge closed to lorries",
        "",
        lead,
        "",
        "\u00a9 2013 The Valley Times Publications SARL. All rights reserved.",
      ].join("\n"),
    );
    expect(sarl.outlet).toBe("The Valley Times");
    const edition = clean(
      [
        "Valley Free Press - PRINT EDITION",
        "Home | Local | Sport",
        "Bridge closed to lorries",
        "By: Dana Kowal",
        "",
        lead,
      ].join("\n"),
    );
    expect([edition.outlet, edition.headline]).toEqual(["Valley Free Press", "Bridge closed to lorries"]);
    expect(header(["Bridge closed to lorries", "", "KAMPALA", "SHARE ARTICLE   PRINT   A A A"]).dateline).toBe(
      "Kampala",
    );
    const h = header([
      "We use cookies to give you the best experience. Accept",
      "Valley News Daily",
      "Monday to Friday, the valley's English-language news source",
      "NEWS | OPINION | BUSINESS",
      "Bridge closed to lorries",
      "Published on Tuesday, June 18, 2019",
    ]);
    expect(h.headline).toBe("Bridge closed to lorries");
  });

  test("a one-sentence caption credited to an agency in brackets above the story is no body", () => {
    const h = header([
      "Bridge closed to lorries",
      "",
      "A lorry waits at the closed bridge over the Ouse near Selby. (Reuters)",
    ]);
    expect(h.first).toBe(lead);
  });

  test("a paper's boast under its name is no headline when the page has none", () => {
    const h = header(["ValleyCourier.com", "Ghana's Leading Online News Site", "Home | News | Sport | Business"]);
    expect(h.headline).toBeNull();
  });
});

describe("cleanArticle keeps what it does not set aside", () => {
  test("a clean article with no debris keeps every paragraph", () => {
    const paragraphs = [
      "The central bank raised interest rates by a quarter point on Wednesday, its first increase in a decade.",
      '"Inflation is moving back towards our target," the governor said at a news conference.',
      "Economists had expected the move after a run of strong jobs data.",
      "Markets barely reacted.",
    ];
    const raw = paragraphs.join("\n\n");
    const doc = clean(raw);
    expect(body(raw)).toEqual(paragraphs);
    expect(doc.removed).toEqual([]);
    expect(doc.headline).toBeNull();
    expect(doc.sentences).toHaveLength(4);
  });

  test("an article of debris only has no paragraphs, and every line is listed as removed", () => {
    const raw = "Home | News | World\n\nShare this:\n\nAdvertisement\n\n0 Comments";
    const doc = clean(raw);
    expect(doc.paragraphs).toEqual([]);
    expect(doc.removed.map((r) => r.text)).toEqual([
      "Home | News | World",
      "Share this:",
      "Advertisement",
      "0 Comments",
    ]);
  });

  test("Windows line endings and a byte order mark change nothing but the offsets", () => {
    const unix =
      "Talks fail in Brussels\n\nNATO and Russia failed to agree on Thursday.\n\nThey will meet again in May.";
    const windows = `\ufeff${unix.replace(/\n/g, "\r\n")}`;
    expect(body(windows)).toEqual(body(unix));
    expect(clean(windows).headline).toBe("Talks fail in Brussels");
  });

  test("a megabyte with no punctuation or spaces is cut into bounded sentences that cover it", () => {
    const raw = `${"word ".repeat(100_000)}${"x".repeat(500_000)}`;
    const doc = clean(raw);
    expect(doc.sentences.every((s) => s.end - s.start <= 8000)).toBe(true);
    expect(doc.sentences[0]?.start).toBe(0);
    expect(doc.sentences.at(-1)?.end).toBe(raw.length);
  });
});

describe("cleanArticle publication date", () => {
  const lead = (first: string, more = "") => `${first}\n\nThe ministers met for four hours.${more}`;

  test("completes a day and month in the lead with the year a future mention bounds", () => {
    const raw = lead(
      "PARIS - Talks on the climate treaty broke down on October 12 after a week of wrangling.",
      "\n\nThe next round is scheduled for March 2014 in Bonn.",
    );
    expect(clean(raw).published).toMatchObject({ value: "2013-10-12", basis: "stated", text: "October 12" });
  });

  test("takes a lower bound from a past mention when nothing bounds it from above", () => {
    const raw = lead(
      "Talks broke down on October 12 after a week of wrangling.",
      "\n\nThe treaty has been in force since 2009.",
    );
    expect(clean(raw).published).toMatchObject({ value: "2009-10-12", basis: "inferred" });
  });

  test("a month before the month of the past mention falls in the year after it", () => {
    const raw = lead(
      "Talks broke down on January 24 after a week of wrangling.",
      "\n\nTwelve people have died since the rainy season began in October 2012.",
    );
    expect(clean(raw).published).toMatchObject({ value: "2013-01-24", basis: "inferred" });
  });

  test("a weekday alone is not a date; the reference date fills in only then", () => {
    const raw = lead("NATO and Russia failed to agree on Thursday.");
    expect(clean(raw).published).toBeNull();
    expect(clean(raw, "2011-12-09").published).toEqual({ value: "2011-12-09", precision: "day", basis: "reference" });
  });

  test("a date line with clock times and an update date, wrapped into a line of share links", () => {
    const raw = [
      "Council votes to close the plant",
      "",
      "Email the author | Follow on Twitter | Share on Facebook | Share on LinkedIn | Print this page",
      "published March 3, 2022 at 5:02 PM, updated March 4, 2022 at 7:15 AM",
      "",
      lead("The city council voted on Thursday to close the plant."),
    ].join("\n");
    expect(clean(raw).published).toMatchObject({ value: "2022-03-03", basis: "stated" });
  });

  test("a date line whose year is two digits after an apostrophe, and a weekly's issue dates", () => {
    const raw = (line: string) =>
      [
        "Mudflow cuts off mountain village",
        "",
        line,
        "",
        lead("A mudflow swept through the village on Wednesday."),
      ].join("\n");
    expect(clean(raw("Civil.ge | 14 Jul.'16 | 15:20")).published).toMatchObject({ value: "2016-07-14" });
    expect(clean(raw("June 19 - 25, 2008")).published).toMatchObject({ value: "2008-06-19", basis: "stated" });
    // the day in another calendar in brackets after it
    expect(clean(raw("Saturday, 22 April 2006 (Miyazya 14, 1998 E.C.)")).published).toMatchObject({
      value: "2006-04-22",
    });
  });

  test("a teaser above the headline printed again: the story starts after the repeat", () => {
    const raw = [
      "Council to keep offices shut after May 4",
      "",
      "Offices dealing with non-essential services will stay shut after May 4, an official said.",
      "",
      "PTI",
      "",
      "Updated: May 1, 2021, 9:15 PM IST",
      "Council to keep offices shut after May 4",
      "Mayor Jane Roe",
      "",
      "Lucknow: The city council on Saturday decided to keep its offices shut after May 4, an official said.",
      "",
      "Offices dealing with non-essential services will stay shut after May 4 until further orders, the official said.",
    ].join("\n");
    const doc = clean(raw);
    expect(doc.headline).toBe("Council to keep offices shut after May 4");
    expect(doc.outlet).toBe("PTI");
    expect(doc.dateline).toBe("Lucknow");
    expect(doc.published).toMatchObject({ value: "2021-05-01" });
    expect(doc.paragraphs.map((p) => raw.slice(p.start, p.end).slice(0, 30))).toEqual([
      "The city council on Saturday d",
      "Offices dealing with non-essen",
    ]);
  });

  test("a stated date line beats the reference date", () => {
    const raw = `Talks fail\n\nUpdated: 8 December 2011\n\n${lead("NATO and Russia failed to agree on Thursday.")}`;
    expect(clean(raw, "2012-01-01").published).toMatchObject({ value: "2011-12-08", basis: "stated" });
  });
});

describe("a day and month posted without a year", () => {
  const page = (footer: string) =>
    clean(
      "Polls close across the valley\n\nPosted on Thursday, April 9 @ 10:02:11 BST by staff\n\n" +
        "KAVRE: Voters queued from dawn at the district's 40 polling stations, the election office said.\n\n" +
        "Turnout was higher than in 2013, when counting ended without delays.\n\n" +
        footer,
    );
  test("take the copyright line's year when the day of the week falls there", () => {
    expect(page("Copyright © 2015 Valley Times. All rights reserved.").published?.value).toBe("2015-04-09");
  });
  test("else the nearest year after a year the story names as past that puts the date on that day", () => {
    // 9 April was a Thursday in 2015, the first such year after 2013
    expect(page("Comments (0)").published?.value).toBe("2015-04-09");
  });
});

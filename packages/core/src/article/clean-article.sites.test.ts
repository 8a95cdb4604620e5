import { describe, expect, test } from "vitest";
import { cleanArticle } from "./clean-article.js";
import { outletCase } from "./header.js";

// Pages laid out the way other news sites lay them out, written for these tests.
const clean = (raw: string) => cleanArticle(raw, { id: "t", referenceDate: null });
const body = (raw: string) => clean(raw).paragraphs.map((p) => raw.slice(p.start, p.end));

const reuters = `Russia warns NATO over missile shield | Reuters

By Jane Smith

MOSCOW (Reuters) - Russia warned NATO on Tuesday that it would deploy new missiles in its Baltic exclave if the alliance pressed ahead with its shield.

"We have run out of patience," Foreign Minister Sergei Lavrov told reporters in Moscow.

NATO officials said the system was aimed at Iran and posed no threat to Russia.

Reporting by Jane Smith; Editing by Peter Graff

Our Standards: The Thomson Reuters Trust Principles.`;

const ap = `Afghan officials say bomb kills 12 at market

By RAHIM FAIEZ Associated Press

KABUL, Afghanistan (AP) \u2014 A suicide bomber struck a crowded market in eastern Afghanistan on Monday, killing 12 people, officials said.

Afghan security forces inspect the site of a suicide attack in Khost province. (AP Photo/Rahmat Gul)

The Taliban did not immediately claim responsibility for the attack.

Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`;

const bbc = `US election: Clinton concedes defeat - BBC News

Published 9 November 2016

Share this with

Facebook

Twitter

Image caption Hillary Clinton addressed supporters in New York

Hillary Clinton has told supporters that Donald Trump must be given "an open mind and a chance to lead".

Speaking in New York, she said the result was painful and would be for a long time.

Related Topics

More on this story`;

const guardian = `Ministers reject calls for inquiry into arms sales

The government says it has no plans to review licences despite mounting pressure from MPs

Protesters outside parliament on Tuesday. Photograph: Dan Kitwood/Getty Images

Ministers have rejected calls for an independent inquiry into arms sales, despite mounting pressure from MPs on both sides of the house.

The trade secretary said the licensing system was among the most rigorous in the world.

Topics: Arms trade, Politics, Foreign policy

Reuse this content`;

const blog = `Posted by admin on June 8, 2011

The council voted on Tuesday to close the library, ending a campaign that had lasted two years.

Residents said they would appeal the decision.

Labels: local news, libraries

3 comments:

Post a Comment

Newer Post Older Post Home`;

const cnn = `Skip to main content
Menu
World | Politics | Business | Tech
Trump wins White House in stunning upset
By Stephen Collinson, CNN
Updated 10:32 AM ET, Wed November 9, 2016
Washington (CNN) Donald Trump was elected the 45th president of the United States on Tuesday in a stunning culmination of a polarizing campaign.
Advertisement
RELATED: Full election results
"I pledge to every citizen of our land that I will be president for all Americans," Trump said early Wednesday.
Stephen Collinson is a senior reporter for CNN Politics.
Follow him on Twitter
Most Popular`;

const xinhua = `BEIJING, June 8 (Xinhua) -- China on Wednesday urged the United States to stop sending warships into the South China Sea, a spokesman said.

The next round of talks is scheduled for September 2016 in Washington.

Editor: Li Xia`;

const wire = `GENEVA -- Negotiators from six world powers and Iran
resumed talks on Tehran's nuclear programme on Thursday, diplomats
said, amid signs that a deal could be within reach.

"We are closer than we have ever been," one Western diplomat said.

-- AFP`;

const aggregator = `- Home
- India
- Monsoon rains flood low-lying areas of Mum

Monsoon rains flood low-lying areas of Mumbai, disrupt trains

Heavy rain flooded several low-lying areas of Mumbai on Wednesday and disrupted suburban train services.

PTI | Mumbai | Updated: 14-07-2021 09:12 IST
Heavy rain flooded several low-lying areas of Mumbai on Wednesday and disrupted suburban train services, officials said.

The weather office has issued an orange alert for the next two days.`;

const station = `Watch Live

Crews Contain Brush Fire Near Highway

SEATTLE (KOMO) - Firefighters contained a brush fire that closed two lanes of the highway on Sunday afternoon, officials said.

No one was hurt, a fire department spokeswoman said.`;

const community = `Council approves new bike lanes downtown

Staff Writer

The city council approved new bike lanes on three downtown streets on Monday night.

Work is expected to start in the spring, the council said.`;

const portal = `Share This

Ministers agree to resume trade talks

14 Jun 2021 10:05

Gulf Monitor - Ministers from the two countries agreed on Sunday to resume trade talks that stalled last year, officials said.

The next round is due in the autumn.

Gulf Monitor
  https://gulfmonitor.example`;

const regional = `Printable version | Mar 8, 2006 9:02:11 AM | http://www.harbourecho.example/sport/article123.ece
The Harbour Echo
Home | News | Sport | Business | Jobs

Sport > Football > Harbour Town

Town boss: we can still go up

Tom Baxter, The Harbour Echo

Tuesday 7th March 2006

HARBOUR TOWN manager Gary Lowe insists his side can still win promotion despite Saturday's home defeat by Rovers.

"We have eleven games left and we are four points off the top," said Lowe.

\u00a9 Copyright 2001-2006 Coastline Media Group`;

const placeDated = (line: string) => `Floods cut off villages in the south

Staff Reporter

${line}

Floodwaters cut off dozens of villages on Monday after two days of heavy rain, officials said.

Rescue teams reached some of them by boat.`;

describe("cleanArticle on other sites' layouts", () => {
  test("a place opening the date line under the byline is the dateline", () => {
    expect(clean(placeDated("MADURAI, November 21, 2011")).dateline).toBe("Madurai");
    expect(clean(placeDated("Surabaya | Mon, November 21 2011 | 07:42 am")).dateline).toBe("Surabaya");
    expect(clean(placeDated("Monday, November 21, 2011")).dateline).toBeNull();
    expect(clean(placeDated("Surabaya | Mon, November 21 2011 | 07:42 am")).published?.value).toBe("2011-11-21");
  });

  test("a regional paper: breadcrumb trail, a printable-version line, the paper after the reporter, its group's copyright", () => {
    const doc = clean(regional);
    expect(doc.headline).toBe("Town boss: we can still go up");
    expect(doc.byline).toBe("Tom Baxter");
    expect(doc.outlet).toBe("The Harbour Echo");
    expect(doc.published?.value).toBe("2006-03-07");
    expect(doc.removed.map((r) => regional.slice(r.span.start, r.span.end))).toContain(
      "Sport > Football > Harbour Town",
    );
    expect(body(regional)[0]).toMatch(/^HARBOUR TOWN manager/);
  });

  test("an aggregator page: breadcrumb trail, credit line with agency, place and day-first date", () => {
    const doc = clean(aggregator);
    expect(doc.headline).toBe("Monsoon rains flood low-lying areas of Mumbai, disrupt trains");
    expect(doc.outlet).toBe("PTI");
    expect(doc.dateline).toBe("Mumbai");
    expect(doc.published?.value).toBe("2021-07-14");
  });

  test("a station page: unknown call sign in the dateline is the outlet, not the widget line above", () => {
    const doc = clean(station);
    expect(doc.outlet).toBe("KOMO");
    expect(doc.dateline).toBe("Seattle");
    expect(body(station)[0]).toMatch(/^Firefighters contained/);
  });

  test("a community paper: a lone generic credit under the headline is the byline", () => {
    const doc = clean(community);
    expect(doc.byline).toBe("Staff Writer");
    expect(doc.headline).toBe("Council approves new bike lanes downtown");
  });

  test("a portal page: a masthead before a dash in the lead, repeated in the footer, is the outlet", () => {
    const doc = clean(portal);
    expect(doc.outlet).toBe("Gulf Monitor");
    expect(doc.dateline).toBeNull();
    expect(body(portal)[0]).toMatch(/^Ministers from/);
  });

  test("a CNN page: one line a paragraph, menus, ads, related links, author bio", () => {
    const doc = clean(cnn);
    expect(doc).toMatchObject({
      headline: "Trump wins White House in stunning upset",
      byline: "Stephen Collinson",
      dateline: "Washington",
      outlet: "CNN",
    });
    expect(doc.published).toMatchObject({ value: "2016-11-09", basis: "stated" });
    expect(body(cnn)).toEqual([
      "Donald Trump was elected the 45th president of the United States on Tuesday in a stunning culmination of a polarizing campaign.",
      '"I pledge to every citizen of our land that I will be president for all Americans," Trump said early Wednesday.',
    ]);
  });

  test("a Xinhua dispatch: the year of the dateline's day and month comes from the text", () => {
    const doc = clean(xinhua);
    expect(doc).toMatchObject({ dateline: "Beijing", outlet: "Xinhua", headline: null });
    expect(doc.published).toMatchObject({ value: "2016-06-08", basis: "stated", text: "June 8" });
    expect(body(xinhua)[0]).toMatch(/^China on Wednesday/);
  });

  test("a hard-wrapped wire story: wrapped lines joined, double-dash dateline, sign-off as outlet", () => {
    const doc = clean(wire);
    expect(doc).toMatchObject({ dateline: "Geneva", outlet: "AFP" });
    expect(body(wire)).toHaveLength(2);
    expect(body(wire)[0]).toMatch(/^Negotiators from six world powers and Iran\nresumed talks/);
  });

  test("a Reuters page: headline with outlet suffix, byline line, dateline, footer credits", () => {
    const doc = clean(reuters);
    expect(doc.headline).toBe("Russia warns NATO over missile shield");
    expect(doc.byline).toBe("Jane Smith");
    expect(doc.dateline).toBe("Moscow");
    expect(doc.outlet).toBe("Reuters");
    expect(body(reuters)).toEqual([
      "Russia warned NATO on Tuesday that it would deploy new missiles in its Baltic exclave if the alliance pressed ahead with its shield.",
      '"We have run out of patience," Foreign Minister Sergei Lavrov told reporters in Moscow.',
      "NATO officials said the system was aimed at Iran and posed no threat to Russia.",
    ]);
    expect(doc.published).toBeNull();
  });

  test("an AP page: capitalised byline, dateline with country, caption set aside, copyright", () => {
    const doc = clean(ap);
    expect(doc.headline).toBe("Afghan officials say bomb kills 12 at market");
    expect(doc.byline).toBe("RAHIM FAIEZ");
    expect(doc.dateline).toBe("Kabul");
    expect(doc.outlet).toBe("AP");
    expect(doc.captions.map((c) => c.text)).toEqual([
      "Afghan security forces inspect the site of a suicide attack in Khost province. (AP Photo/Rahmat Gul)",
    ]);
    expect(body(ap)).toHaveLength(2);
    expect(doc.removed.some((r) => r.reason === "copyright")).toBe(true);
  });

  test("a BBC page: outlet from the title, date line, share widgets and related links set aside", () => {
    const doc = clean(bbc);
    expect(doc.headline).toBe("US election: Clinton concedes defeat");
    expect(doc.outlet).toBe("BBC News");
    expect(doc.published?.value).toBe("2016-11-09");
    expect(doc.published?.basis).toBe("stated");
    expect(doc.captions).toHaveLength(1);
    expect(body(bbc)).toEqual([
      'Hillary Clinton has told supporters that Donald Trump must be given "an open mind and a chance to lead".',
      "Speaking in New York, she said the result was painful and would be for a long time.",
    ]);
  });

  test("a Guardian page: standfirst and photo credit before the body, topics after it", () => {
    const doc = clean(guardian);
    expect(doc.headline).toBe("Ministers reject calls for inquiry into arms sales");
    expect(doc.captions.map((c) => c.text)).toEqual([
      "Protesters outside parliament on Tuesday. Photograph: Dan Kitwood/Getty Images",
    ]);
    expect(body(guardian)[0]).toMatch(/^Ministers have rejected calls/);
    expect(body(guardian).at(-1)).toMatch(/most rigorous in the world\.$/);
    expect(doc.removed.find((r) => r.text.startsWith("Topics:"))?.reason).toBe("tags");
  });

  test("a blog page: posted-by line gives the date, comment furniture set aside", () => {
    const doc = clean(blog);
    expect(doc.headline).toBeNull();
    expect(doc.byline).toBe("admin");
    expect(doc.published?.value).toBe("2011-06-08");
    expect(body(blog)).toEqual([
      "The council voted on Tuesday to close the library, ending a campaign that had lasted two years.",
      "Residents said they would appeal the decision.",
    ]);
  });

  test("every removed piece, caption and paragraph is the raw text at its span", () => {
    for (const raw of [reuters, ap, bbc, guardian, blog, aggregator, station, community, portal]) {
      const doc = clean(raw);
      for (const r of doc.removed) expect(raw.slice(r.span.start, r.span.end)).toBe(r.text);
      for (const c of doc.captions) expect(raw.slice(c.span.start, c.span.end)).toBe(c.text);
      for (const s of doc.sentences) {
        const p = doc.paragraphs[s.paragraph];
        expect(p && s.start >= p.start && s.end <= p.end).toBe(true);
      }
    }
  });
});

describe("pages that open with menus and widgets", () => {
  const menus = `Skip to main contentSkip to navigation
Print subscriptions
Sign in
The Daily Courier - Back to home
News
Opinion
Sport
Weather
Storms
Thousands without power as storm batters the east coast
Falling trees blocked roads and rail lines as gusts reached 90mph overnight
Aoife Brennan and Marcus Hale
Mon 3 Feb 2025 08.15 GMT
Share
More than 40,000 homes were without power on Monday after a storm brought down lines across the region.
Engineers said supplies would be restored by the evening.`;

  test("the headline is the first title of four words or more, not a menu item or a widget", () => {
    const doc = clean(menus);
    expect(doc.headline).toBe("Thousands without power as storm batters the east coast");
    expect(doc.outlet).toBe("The Daily Courier");
  });

  test("a line of reporters' names alone above the date line is the byline", () => {
    const doc = clean(menus);
    expect(doc.byline).toBe("Aoife Brennan and Marcus Hale");
    expect(doc.published?.value).toBe("2025-02-03");
    expect(body(menus)[0]).toMatch(/^More than 40,000 homes/);
  });

  test("a tagline under the masthead, with menu items after it, is not the headline", () => {
    const raw = `The Valley Ledger
Independent news and commentary from the Upper Valley
Home
About
Contact
Council votes to close the town library after two-year fight
Posted on June 8, 2021 by admin
The council voted on Tuesday to close the library, ending a campaign that had lasted two years.
Residents said they would appeal the decision.`;
    expect(clean(raw).headline).toBe("Council votes to close the town library after two-year fight");
  });

  test("a standfirst printed as a sentence above the byline and the date is not the body", () => {
    const raw = `Skip to contentSkip to site index
Today's Paper
Supported by
Former Mayor Is Sentenced to 4 Years for Bribery
Thomas R. Whitlock, who ran the city for a decade, took cash from developers, prosecutors said.
Share full article
Read in app
By Laura K. Benning and Omar T. Haddad
Published March 4, 2020Updated March 5, 2020, 9:14 a.m. ET
A former mayor who admitted taking bribes from developers was sentenced on Wednesday to four years in prison.
He must also repay $2 million, the judge ordered.`;
    const doc = clean(raw);
    expect(doc.byline).toBe("Laura K. Benning and Omar T. Haddad");
    expect(doc.published?.value).toBe("2020-03-04");
    expect(body(raw)).toEqual([
      "A former mayor who admitted taking bribes from developers was sentenced on Wednesday to four years in prison.",
      "He must also repay $2 million, the judge ordered.",
    ]);
  });

  test("a role before the byline's name, a home link after the masthead and a source credit, which ends the body", () => {
    const raw = `Metro News Homepage
Just In
Politics
Farmers rally outside parliament over water cuts
By rural reporter Hamish Doyle
Posted Tue 10 Oct 2023 at 3:41pm
Hundreds of farmers rallied on Tuesday against plans to cut their water allocations.
The minister said the cuts were needed to save the river.
Source: Metro News and news agencies
Follow Metro News:
The latest news from around the region. Every day.`;
    const doc = clean(raw);
    expect(doc.byline).toBe("Hamish Doyle");
    expect(doc.outlet).toBe("Metro News");
    expect(body(raw)).toEqual([
      "Hundreds of farmers rallied on Tuesday against plans to cut their water allocations.",
      "The minister said the cuts were needed to save the river.",
    ]);
  });
});

describe("the site's name and its reporters", () => {
  test("a reporter's name and the page's initials signing off the story; a site's name without its language", () => {
    const raw = `NRP
Nistru Regional Press
RO | RU | EN
Politics | Economy | Society

Protest in Ialoveni after runoff, losing candidate demands recount

Dozens of supporters of the losing candidate gathered on Monday in front of the district electoral council.

The protesters carried placards and the police said the protest passed without incidents.

Victor Gaina, NRP

Comments: 0`;
    expect(clean(raw).byline).toBe("Victor Gaina");
    const slashed = clean(
      raw
        .replace("Victor Gaina, NRP", "")
        .replace(
          "Politics | Economy | Society",
          "Politics | Economy | Society\n\nVictor Gaina / Nistru Regional Press",
        ),
    );
    expect(slashed.byline).toBe("Victor Gaina");
    const site = `Steppewire.kz English
Русский | Қазақша | English
Kazakhstan  World  Business  Sports

Two miners killed in rock burst at a coal mine

Two miners were killed and seven others injured when a rock burst hit a coal mine on Thursday.

The mine's owner said an inquiry had begun.`;
    expect(clean(site).outlet).toBe("Steppewire.kz");
    const online = `The Harbour Gazette Online -- the island's only daily newspaper
[ Front Page ] [ Local News ] [ Business ] [ Sport ] [ Opinion ]

Last modified: 11/19/98

Jury finds fisherman guilty of harbour murder

A Supreme Court jury yesterday found a fisherman guilty of the murder of a man shot outside a bar last year.

Sentencing was set for December 4.`;
    const gazette = clean(online);
    expect([gazette.outlet, gazette.headline]).toEqual([
      "The Harbour Gazette",
      "Jury finds fisherman guilty of harbour murder",
    ]);
    // (a paper's word alone keeps the site's "Online")
    expect(clean(online.replace("The Harbour Gazette Online", "Gazette Online")).outlet).toBe("Gazette Online");
  });

  test("a tagline in English, a kicker in capitals over the headline, and a listed story's date are no headline or date", () => {
    const raw = `The Harbour Post Online
Ruritania's news in English
NEWS | BUSINESS | CULTURE | OPINION

RAIL ACCIDENT IN THE NORTH

Three Dead in Level Crossing Crash

A regional train slammed into a truck at a level crossing in the north on Monday morning, killing three people.

Police said the barriers were down.

More on the subject:
The Harbour Disaster: Ten Years On (06/03/2008)

\u00a9 The Harbour Post 2008`;
    const doc = clean(raw);
    expect([doc.headline, doc.published?.value ?? null]).toEqual(["Three Dead in Level Crossing Crash", null]);
  });

  test("a site's title over the menus, a name over a tagline and menus, and a brand in lower case are the outlet", () => {
    const body = `Villagers clashed with police over the new road on Monday, officials said.

The governor called for calm.`;
    const titled = clean(`Gazette du Sahel - English
FR | EN
News | Politics | Economy | Society | Sports | Culture | Opinion
Follow us: Facebook Twitter YouTube

Road protest turns violent in the north

${body}`);
    expect([titled.headline, titled.outlet]).toEqual(["Road protest turns violent in the north", "Gazette du Sahel"]);
    const tagged = clean(`Lusohub
Economic information about Portuguese-speaking countries
English | Português | Español
Home | Angola | Brazil | Cape Verde | Mozambique | Portugal

Road protest turns violent in the north

${body}`);
    expect([tagged.headline, tagged.outlet]).toEqual(["Road protest turns violent in the north", "Lusohub"]);
    const brand = clean(`Skip to main content
sahelnews.
Live | News | Business | Sport | Culture | Programmes

Road protest turns violent in the north

${body}`);
    expect([brand.headline, brand.outlet]).toEqual(["Road protest turns violent in the north", "sahelnews"]);
  });

  test("a place in title case with its country and day over the reporter's line is the dateline", () => {
    const raw = `Caspian Wire
Business | Oil&Gas | Economy

Georgian households to pay the same gas price next year

Updated: 04.12.2014 [17:40]

Ganja, Azerbaijan, Dec. 4
By Leyla Hasanli - Caspian Wire:

The state oil company will keep supplying gas to households at the same price next year, an official said.

The tariff was agreed last month.`;
    const doc = clean(raw);
    expect([doc.byline, doc.dateline]).toEqual(["Leyla Hasanli", "Ganja"]);
  });

  test("the site's name above the menus is the outlet, before the owner named in the copyright line", () => {
    const raw = `The Lakeside Courier homepage
News
Sport
Ferry service suspended after storm damages the main pier
Tom Hale
Transport correspondent
Tuesday 11 February 2025 14:05 GMT
The ferry between the two islands was suspended on Tuesday after a storm damaged the main pier.
Repairs will take at least a week, the operator said.
© 2025 Harbour Media Group Ltd. All rights reserved.`;
    const doc = clean(raw);
    expect([doc.outlet, doc.byline, doc.headline]).toEqual([
      "The Lakeside Courier",
      "Tom Hale",
      "Ferry service suspended after storm damages the main pier",
    ]);
  });

  test("a name line closed by a known place gives the byline and the dateline", () => {
    const raw = `Daily Sentinel
Home
News
Customs officers seize smuggled rice at border market in Kano
Ada Nwosu, Kano
14th March 2024
Customs officers seized 400 bags of smuggled rice at a border market on Wednesday.
The bags will be auctioned, the service said.`;
    const doc = clean(raw);
    expect([doc.byline, doc.dateline]).toEqual(["Ada Nwosu", "Kano"]);
  });

  test("'Name / AGENCY / Updated: date' and 'By Site with AP' are bylines", () => {
    const slash = `Metro rains: trains halted as city records 200mm in a day
Ravi Menon / TNN / Updated: Jul 9, 2024, 08:12 IST
Suburban trains were halted for six hours on Monday as the city recorded 200mm of rain.
Schools will stay shut on Tuesday, officials said.`;
    expect([clean(slash).byline, clean(slash).outlet]).toEqual(["Ravi Menon", "TNN"]);
    const withAgency = `Farmers block city streets with tractors as ministers meet
By Metro News with AP
Published on 26/02/2024
Hundreds of farmers blocked the streets around the ministry on Monday.
Police closed two tunnels, officials said.`;
    expect(clean(withAgency).byline).toBe("Metro News");
  });
});

describe("credits between bars and names under a headline", () => {
  test("'Name | SERVICE | date': the reporter, the place from the lead, and the masthead as the outlet", () => {
    const text = `The Daily Courier
Exam cancelled after paper leak
Sunil K Varma | TNN | Mar 14, 2002, 01:12 IST
KANPUR: The state board on Wednesday cancelled the physics examination after the paper leaked.
The re-examination will be held on March 28, officials said.`;
    const a = clean(text);
    expect([a.byline, a.dateline, a.outlet]).toEqual(["Sunil K Varma", "Kanpur", "The Daily Courier"]);
    const wire = clean(text.replace("TNN", "PTI"));
    expect([wire.byline, wire.outlet]).toEqual(["Sunil K Varma", "PTI"]);
  });

  test("a name alone right under the headline, with the date above the headline and the share links under it", () => {
    const text = `Island News Online
Friday, July 15, 2005
Council votes to move roadside vendors
SEINI NABOU
Print this story
Email this story
The city council has voted to move more than 200 roadside vendors to a new covered market.
Eleven councillors voted for the move and five against, the mayor said.`;
    const a = clean(text);
    expect(a.byline).toBe("SEINI NABOU");
    expect(a.removed.map((r) => r.text)).toContain("Print this story");
  });
});

describe("credits of newsrooms, and the paper over its publisher", () => {
  test("'From Name in Place', a news service alone, and a masthead newspaper over a publisher's copyright", () => {
    const text = `The Courier
Midland's Largest Daily Newspaper
Home
National
Textile workers down tools over pay
Friday, 14 March 1997
From Tendai Moyo in Bulawayo
About 1 400 workers at a textile mill in the city went on strike yesterday over pay.
The union said talks would resume next week.

Comments

Copyright © 1997 Zimpress. All Rights Reserved.`;
    const a = clean(text);
    expect([a.byline, a.dateline, a.outlet]).toEqual(["Tendai Moyo", "Bulawayo", "The Courier"]);
    const service = clean(text.replace("From Tendai Moyo in Bulawayo", "Valley News Service"));
    expect(service.byline).toBe("Valley News Service");
  });

  test("a name under the date with a player's controls under it", () => {
    const text = `WXYZ
News
Cluster of cases grows to 11
March 27, 2025
Carla Mendes
Play
0:00 / 3:51
The number of cases linked to a cluster in the city has risen to 11, health officials said on Thursday.
Officials are testing cooling towers.`;
    expect(clean(text).byline).toBe("Carla Mendes");
  });
});

describe("a standfirst under its label, and a dateline closed by a full stop", () => {
  test("'In Summary' over a sentence is no body; 'KALANGALA. ' is the dateline", () => {
    const text = `Daily Lakeside
Ferry breaks down, 300 stranded on lake
By Jane Okello
In Summary
Islanders spent the night on the water after the ferry lost power.
KALANGALA. More than 300 passengers spent the night on the lake after the ferry broke down on Tuesday.
They were towed to the landing site by two fishing boats on Wednesday, police said.`;
    const a = clean(text);
    expect(a.dateline).toBe("Kalangala");
    const body = a.paragraphs.map((p) => text.slice(p.start, p.end));
    expect(body[0]).toMatch(/^More than 300 passengers/);
    expect(body.join(" ")).not.toContain("Islanders spent the night");
  });
});

describe("credits on lines of their own", () => {
  test("a name with a numeric date after a bar is the byline; a place in capitals above the lead is the dateline", () => {
    const raw = `Flash floods kill 12 in northern Ghana
Kofi Mensah Boateng   |14.08.2024 - Update : 14.08.2024
File photo

ACCRA, Ghana

At least 12 people have died in flash floods in Ghana's Upper East region, officials said on Wednesday.
Rescue teams are searching for more than 30 people still missing.`;
    const doc = clean(raw);
    expect([doc.byline, doc.dateline, doc.published?.value]).toEqual(["Kofi Mensah Boateng", "Accra", "2024-08-14"]);
    const first = doc.paragraphs[0];
    expect(first && raw.slice(first.start, first.end).startsWith("At least 12 people")).toBe(true);
  });

  test("a station's name with its channel number, a long menu item, a role after the name, the address's day", () => {
    const raw = `WKRN 2
News
Weather
Morning Show With Dana
Sports
Watch Live
Local News
Driver killed in crash on interstate ramp; second driver charged, police say
Jamie Ortiz, Reporter
Updated 3 hours ago
Share on Facebook
https://www.wkrn.com/news/local/2022/11/07/driver-killed-in-crash-on-interstate-ramp/

A driver was killed when two cars collided on an interstate ramp late on Sunday, police said.
The second driver was charged with vehicular homicide.`;
    const doc = clean(raw);
    expect([doc.outlet, doc.headline, doc.byline, doc.published?.value]).toEqual([
      "WKRN 2",
      "Driver killed in crash on interstate ramp; second driver charged, police say",
      "Jamie Ortiz",
      "2022-11-07",
    ]);
  });

  test("names in capitals with a role after them, or with the place filed from under them, are the byline", () => {
    const role = `Ireland
Government wins vote on rural post office closures
SIOBHAN McGRATH, Political Reporter
Printer-friendly
The Government won a vote on the closure of 40 rural post offices last night by 79 votes to 72.
Two Independents abstained.`;
    expect(clean(role).byline).toBe("SIOBHAN McGRATH");
    const place = `Canada
Hunters find fragments of meteorite that lit up the sky
DANIEL PRICE
WINNIPEG
PUBLISHED MARCH 2, 2019
Meteorite hunters have found fragments of a fireball that lit up the sky over the Prairies on Sunday.
The largest piece weighs about 300 grams.`;
    expect([clean(place).byline, clean(place).dateline]).toEqual(["DANIEL PRICE", "Winnipeg"]);
  });

  test("a name with its role in lower case and no comma, and a name between the date and the paper, are bylines", () => {
    const role = `Business
Bus drivers vote to strike over pay in three northern towns
Alun Pryce North of England correspondent
Tue 4 Jun 2019 07.00 BST
Bus drivers in three northern towns have voted to strike over pay, the union said on Monday.
The company said it was disappointed.`;
    expect(clean(role).byline).toBe("Alun Pryce");
    const paper = `Local News
Sawmill to close in March as orders fall
Friday, January 12, 2007
DANA MORRISON
The Tribune
A sawmill that has run for 60 years will close in March, its owners said on Thursday.
About 120 workers will lose their jobs.`;
    expect(clean(paper).byline).toBe("DANA MORRISON");
  });

  test("a name and its outlet between dots, with the date on the line under them, is the byline", () => {
    const raw = `Politics
Province to hire 200 nurses for rural clinics
Claire Bouchard-Lévesque · Radio North ·
Posted: Feb 3, 2016 6:00 AM ET | Last Updated: February 3, 2016
The province will hire 200 nurses for rural clinics, the health minister said on Tuesday.
Clinics in the north have been short of staff for years.`;
    expect(clean(raw).byline).toBe("Claire Bouchard-Lévesque");
  });

  test("a photo's caption above its credit line is no lead, and the lead's credits give the dateline", () => {
    const raw = `Floods cut off villages in northern Ghana
By Ama Owusu, CNN
Updated 6:42 AM EDT, Wed August 14, 2024
Residents wade through floodwater in Bolgatanga, Ghana, on August 13, 2024.
Stringer/AFP/Getty Images

Accra, Ghana (CNN) — At least 12 people have died in flash floods in northern Ghana, officials said.
Rescue teams are searching for more than 30 people still missing.`;
    const doc = clean(raw);
    const first = doc.paragraphs[0];
    expect(first && raw.slice(first.start, first.end)).toMatch(/^At least 12 people/);
    expect(doc.dateline).toBe("Accra");
  });

  test("a known place after the name in a byline line is the dateline", () => {
    const raw = `Court halts new hotel permits along the river
By HT Correspondent, Nagpur | Updated on: Jul 15, 2024 10:42 PM IST
The high court on Monday halted new permits for hotels along the river.
The state must file a reply in four weeks.`;
    expect([clean(raw).byline, clean(raw).dateline]).toEqual(["HT Correspondent", "Nagpur"]);
  });

  test("a reporter's role under the names makes a byline without a date; a site's name with a slash", () => {
    const raw = `Radio Free Asia/Radio Liberty
Home
World
Fossil of giant sea scorpion found in quarry
Kirsty Malcolm
BBC Scotland science reporter
Image caption, A fossil hunter (left) with the find at the museum
A fossil of a giant sea scorpion that lived 420 million years ago has been found in a quarry.
The find was announced by the museum on Wednesday.`;
    const doc = clean(raw);
    expect([doc.outlet, doc.byline]).toEqual(["Radio Free Asia/Radio Liberty", "Kirsty Malcolm"]);
    const first = doc.paragraphs[0];
    expect(first && raw.slice(first.start, first.end)).toMatch(/^A fossil of a giant/);
  });

  test("a headline under a section name that looks like a masthead, with a date line under it", () => {
    const raw = `City Police Department
Home
About Us
Text Size: A A A
News Releases
Man Charged in Fatal Shooting at 8400 Gulf Freeway
10/8/2019
Media Relations Office
Houston - A man has been charged in the fatal shooting of another man on Sunday.
The suspect is being held in the county jail.`;
    expect(clean(raw).headline).toBe("Man Charged in Fatal Shooting at 8400 Gulf Freeway");
  });

  test("a name and the reporter's address is the byline; so is the writer a production credit at the foot names", () => {
    const address = `Ruble plunges past 85 to the dollar as oil rout deepens
Anna Kovaleva | a.kovaleva@example.com
Jan. 21, 2016
The ruble fell past 85 to the dollar on Thursday for the first time.
Analysts expect further falls.`;
    expect(clean(address).byline).toBe("Anna Kovaleva");
    const foot = `Court jails activist for five years
November 15, 2019 14:20 GMT
A court has sentenced an environmental activist to five years in prison on Friday.
His lawyers said they would appeal.
Written by Aigerim Tulegenova based on reporting by the Kazakh Service`;
    expect(clean(foot).byline).toBe("Aigerim Tulegenova");
  });

  test("a line of a word in capitals that is no place is no dateline", () => {
    const raw = `Flash floods kill 12 in northern Ghana
ADVERTISEMENT

At least 12 people have died in flash floods in Ghana's Upper East region, officials said on Wednesday.
Rescue teams are searching for more than 30 people still missing.`;
    expect(clean(raw).dateline).toBeNull();
  });
});

describe("headlines and bylines that look like other lines", () => {
  test("a paper's boast and a station's home town are no headline; a name alone under it is no menu item", () => {
    const boast = `THE KINGSTON LEDGER
Jamaica's oldest independent daily
Home | News | Sport | Business
Saturday, May 3, 2014

Fishermen protest new licence fees at Port Royal

Fishermen blocked the road to Port Royal on Friday to protest against new licence fees, police said.
The fisheries minister will meet their union next week.`;
    expect(clean(boast).headline).toBe("Fishermen protest new licence fees at Port Royal");
    const station = `WXKT 9 News
Menu
Tulsa, OK
72°
WEATHER

Hail and high winds knock out power to thousands in Broken Arrow

Advertisement

Dana Whitcombe-Ortiz
Updated: 6:02 AM CDT May 2, 2023

Crews worked through the night to restore power after hail and high winds hit Broken Arrow on Monday.
About 12,000 customers were still without power on Tuesday morning, the utility said.`;
    const c = clean(station);
    expect(c.headline).toBe("Hail and high winds knock out power to thousands in Broken Arrow");
    expect(c.byline).toBe("Dana Whitcombe-Ortiz");
  });

  test("a tagline between the site's name and its menu bar is no headline; a date written year first", () => {
    const raw = `icTyneside
The home of news in the North East
Home | News | Sport | Business | Jobs
Sport > Football

Gateshead fined over unregistered goalkeeper

2004/03/16

Gateshead were fined £1,500 yesterday for fielding an unregistered goalkeeper in two league matches.
The club said it would not appeal.`;
    const c = clean(raw);
    expect(c.headline).toBe("Gateshead fined over unregistered goalkeeper");
    expect(c.published?.value).toBe("2004-03-16");
  });

  test("a paper's name of two joined words at the top beats a company holding the copyright", () => {
    const raw = `Herald-Gazette
Home | News | Business | Sport | Letters
Tuesday, 14 August 2012
Subscribe | Login

Harbour works delayed by rain

By TOM ENDE

Work on the harbour wall has been delayed by two weeks of heavy rain, the contractor said on Monday.
The wall was due to be finished in September.

© 2012 Coastal Print Media Pty Ltd. All rights reserved.`;
    const c = clean(raw);
    expect(c.outlet).toBe("Herald-Gazette");
    expect(c.removed.find((r) => r.text === "Subscribe | Login")?.reason).toBe("widget");
  });

  test("an agency's initials and its name over the menus; a dateline's day and month take the copyright's year", () => {
    const raw = `UNT | United News of Togo
Home | National | Politics | Business | Sports

Ferry on busy lake route sails again after the storm in Goma

Goma, Mar 9 (UNT) - The ferry between Goma and Bukavu sailed again on Tuesday after a week of storms, the operator said.
Passengers had waited for days at the port.

Tags: Goma, ferry

(c) 2014 United News of Togo. All rights reserved.`;
    const c = clean(raw);
    // the initials the agency credits itself by, spelled out at the top of the page and in the copyright line
    expect(c.outlet).toBe("United News of Togo");
    expect(c.headline).toBe("Ferry on busy lake route sails again after the storm in Goma");
    expect(c.published?.value).toBe("2014-03-09");
    // a year the text tells as past later than the copyright's leaves the copyright aside
    const later = clean(raw.replace("Passengers had waited", "Since 2015, passengers had waited"));
    expect(later.published?.value).toBe("2015-03-09");
  });

  test("an undated story whose lead tells a weekday and an earlier date is of that weekday after the latest date", () => {
    const raw = `The Coastal Observer
Politics | Security

Warring groups agree to truce after a week of clashes

By Omar Saleh

The armed groups in the southern suburbs signed on Tuesday evening a ceasefire agreement in the city of Zawia, to end the fighting that erupted on August 26.

A ceasefire declared by elders on August 28 collapsed within hours.

© 2018 The Coastal Observer. All rights reserved.`;
    const c = clean(raw);
    expect(c.published?.value).toBe("2018-09-04");
    expect(c.published?.basis).toBe("inferred");
  });

  test("a site's address before the paper's name 'on the Web' gives the paper's name", () => {
    const raw = `ashvalemedia.com | Ashvale Courier on the Web
Home | News | Business | Sports

Council approves new market hall

By Jane Roe

The council approved the new market hall on Tuesday.

The hall will open next year.

(c) 2004 Ashvale Media Group Ltd`;
    expect(clean(raw).outlet).toBe("Ashvale Courier");
  });

  test("an undated page counts its day from a day and month that a day of the week confirms in the copyright's year", () => {
    const page = (lead: string, later: string, copyright = "(c) 2010 The Lakeside Courier. All rights reserved.") =>
      `The Lakeside Courier
Home | News | Business

Court jails former board chief over lost funds

${lead}

${later}

${copyright}`;
    const said = clean(
      page(
        "A district court yesterday, Tuesday March 9, sentenced a former board chief, Mr. Kofi Ampem, to four years.",
        "The court found him guilty on two counts.",
      ),
    );
    expect(said.published?.value).toBe("2010-03-10");
    expect(said.published?.basis).toBe("inferred");
    // the day the lead names, on or after the dated day the body tells of
    const lead = clean(
      page(
        "Residents were still clearing mud from their homes on Friday as the death toll rose to 14.",
        "The storm that struck on Wednesday night, 6 May, was the heaviest on record.",
        "© 2015 The Lakeside Courier",
      ),
    );
    expect(lead.published?.value).toBe("2015-05-08");
    // days counted from the dated day, and a copyright that names its owner before the year
    const counted = clean(
      page(
        "Thousands of homes are without tap water after the river broke through the treatment works.",
        "The river was expected to peak tonight, three days after the storm of Saturday, 11 October.",
        "© Lakeside Media 2014 | The Lakeside Courier is produced by Lakeside Media",
      ),
    );
    expect(counted.published?.value).toBe("2014-10-14");
    // a lead told as of yesterday that dates something else by its day and month: the day after the confirmed day
    const since = clean(
      page(
        "Police yesterday fired tear gas at lawyers, the biggest clash since they began a strike on October 11.",
        "The lawyers had gathered at the court on Tuesday, March 14, and set off on a march.",
        "Copyright © 2017 The Lakeside Courier",
      ),
    );
    expect(since.published?.value).toBe("2017-03-15");
    // a day of the week the copyright's year does not have on that date dates nothing
    const wrong = clean(
      page(
        "A district court yesterday, Monday March 9, sentenced a former board chief, Mr. Kofi Ampem, to four years.",
        "The court found him guilty on two counts.",
      ),
    );
    expect(wrong.published).toBeNull();
    // no copyright's year: the first year from a past year the text gives that has the date on that day of the week
    const bounded = clean(
      page(
        "The league's annual congress, held yesterday, Saturday, March 17, re-elected its president.",
        "Ms. Adaeze Obi has led the league since 2003 and won by 14 votes to 9.",
        "Share this story",
      ),
    );
    expect(bounded.published?.value).toBe("2007-03-18");
    expect(bounded.published?.basis).toBe("inferred");
    // a year the future is measured against ("back at 2007 levels") bounds nothing; days counted after the date
    const measured = clean(
      page(
        "Workers marched through the port yesterday, two days after new rules came into force on Monday, April 6.",
        "The virus was first found in July 2007, and output will not be back at 2007 levels before 2011.",
        "Share this story",
      ),
    );
    expect(measured.published?.value).toBe("2009-04-09");
    // the day's word alone before a day and month, in the copyright's year
    const bracketed = clean(
      page(
        "Farmers asked for relief after the municipality declared a disaster.",
        "Speaking at an information day yesterday (15 February), the risk manager said the dam was low.",
        "© 2017 Lakeside Media",
      ),
    );
    expect(bracketed.published?.value).toBe("2017-02-16");
    // a lead that tells no day, over a day and month that a day of the week confirms: that day
    const untimed = clean(
      page(
        "Small schools will keep playing for one state title.",
        "Meeting Wednesday, Jan. 25, in the capital, the board voted 7-2 against the split.",
        "Copyright © 2012 Lakeside Media",
      ),
    );
    expect(untimed.published?.value).toBe("2012-01-25");
  });

  test("a day of the week, a month and a day over the story take the copyright's year", () => {
    const raw = `TheValleyHerald.ca
Home | News | Sports

Hog farmers get $9M lifeline; critics say it's too late

Thu. Nov 13 - 4:47 AM

By ANNE MacLEOD Provincial Reporter

TRURO — The province will spend $9 million to help hog farmers, the minister announced Wednesday.

Farmers said the money came too late.

© 2008 The Valley Herald Limited`;
    const c = clean(raw);
    expect(c.published?.value).toBe("2008-11-13");
    expect(c.byline).toBe("ANNE MacLEOD");
  });

  test("the place and day filed from, over the page's date line and a photo's caption", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\nCoast News Service\nFreetown, March 4\nUpdated At : 02:32 AM March 5, 2017\n\nFishermen wait on the jetty at Bonthe on Sunday. Photo: Ama Lewis\n\nA boat capsized near the island on Sunday afternoon, police said.\n\nNine people are missing.`,
    );
    expect([doc.byline, doc.dateline]).toEqual(["Coast News Service", "Freetown"]);
  });

  test("a name posted under the readers' comments is no byline", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\nTuesday, 16 March 2010 9:47 AM\n\nA boat capsized near the island on Sunday afternoon, police said.\n\nNine people are missing.\n\nComments (3)\n\nPosted by Tasi Boyd on 16 March 2010, 11:02 AM\nSame story every year.`,
    );
    expect(doc.byline).toBeNull();
  });

  test("the town a reporter is based in dates the story when its lead names no place of its own", () => {
    const story = (lead: string) =>
      clean(
        `Daily Ledger\n\nNine dead as fever spreads\n\nFrom Ibrahim Sule Danja, Gombe\n\n${lead}\n\nHealth workers have traced 64 contacts, officials said.`,
      );
    expect(story("Nine people have died of Lassa fever in the state, officials said on Monday.").dateline).toBe(
      "Gombe",
    );
    expect(story("ABUJA - Nine people have died of Lassa fever in the state, officials said on Monday.").dateline).toBe(
      "Abuja",
    );
  });

  test("a standfirst of two sentences above a lead that opens with a dateline in capitals is no body", () => {
    const doc = clean(
      [
        "Island Ledger",
        "",
        "Rescuers reach the last missing climber",
        "",
        "Mount Sarang continued to spew ash on Tuesday as rescuers brought down more bodies of climbers caught in Sunday's eruption on its upper slopes. At least 22 climbers have been confirmed dead, while one is still missing, the disaster agency said.",
        "",
        "PADANG - The joint search and rescue team on Tuesday recovered the bodies of nine more climbers.",
        "",
        "One climber is still missing, officials said.",
      ].join("\n"),
    );
    expect(doc.dateline).toBe("Padang");
    expect(doc.paragraphs).toHaveLength(2);
  });

  test("a reporter's byline and a photo's credit on one line", () => {
    const doc = clean(
      `The Straits Ledger\n\nFurniture maker's profit slips 38% on labour costs\n\nby NORA AZMAN / pic by TSL FILE\n\nNovember 29, 2018\n\nNET profit fell 38% in the third quarter, the company said on Wednesday.\n\nSales rose 4%, it said.`,
    );
    expect(doc.byline).toBe("NORA AZMAN");
  });

  test("the paper's name, a bar and the reporter's name; a masthead and its town are no byline", () => {
    const doc = clean(
      `Harbour.ie\nNews | Sport | Business\n\nSunday Harbour\n\nCouncillors defy planners on rezoning\n\nSunday Harbour | Ciaran Brennock\n\nA BITTER row has broken out after councillors overruled their planners on Monday.\n\nThe motion was passed by 17 votes to 11.`,
    );
    expect(doc.byline).toBe("Ciaran Brennock");
    const masthead = clean(
      `The Daily Advertiser | Wagga Wagga\n\nHospital wait grows\n\nStaff Writer\n\nPatients waited longer on Monday, the authority said.\n\nIt will meet on Friday.`,
    );
    expect(masthead.byline).not.toBe("Wagga Wagga");
  });

  test("a date line's town in capitals that its state's abbreviation places", () => {
    const doc = clean(
      `Network News\n\nAmmonia leak empties town after derailment\n\nMARLOW, Okla., March 12, 2008\n\nAbout 1,200 people were ordered out of their homes after a freight train derailed late Tuesday.\n\nSeven people were treated.`,
    );
    expect(doc.dateline).toBe("Marlow");
  });

  test("the town a reader posts a comment from is no dateline", () => {
    const doc = clean(
      `Coast Daily

Nine missing as boat capsizes

Tuesday, 16 March 2010 9:47 AM

A boat capsized near the island on Sunday afternoon, police said.

Nine people are missing.

Comments

Posted by Jo, Wollongong, 16/03/2010 7:12:45 AM
Same story every year.`,
    );
    expect([doc.byline, doc.dateline]).toEqual([null, null]);
  });

  test("a clock before the day of the week, a month and a day, with the copyright's year", () => {
    const raw = `The Valley Herald
Home | News | Sports

Hog farmers get $9M lifeline; critics say it's too late

5:00 AM Thursday Nov 13
By Anne MacLeod

TRURO - The province will spend $9 million to help hog farmers, the minister announced Wednesday.

Farmers said the money came too late.

Copyright ©2008, Valley Media Limited`;
    expect(clean(raw).published?.value).toBe("2008-11-13");
  });

  test("a station's page: its web team's credit, and a video's caption above the dateline set aside", () => {
    const raw = `KRVN 7
Skip Navigation
Omaha News | Weather | Sports | Video | Watch Live
Omaha, NE »
61°

LOCAL

Bellevue bakery closing after 40 years, 35 workers losing jobs

The owners told staff on Monday.

Author: KRVN 7 Web Team

Video: Bellevue bakery to close
Credit: KRVN 7
Workers at Hollis Bakery say they got the news at a meeting Monday morning.
Loading...

BELLEVUE, Neb. — Thirty-five people who work at a Bellevue bakery will lose their jobs this summer.

The bakery opened on Mission Avenue in 1983.`;
    const c = clean(raw);
    expect(c.headline).toBe("Bellevue bakery closing after 40 years, 35 workers losing jobs");
    expect(c.byline).toBe("KRVN 7 Web Team");
    expect(c.dateline).toBe("Bellevue");
    expect(body(raw)[0]).toBe("Thirty-five people who work at a Bellevue bakery will lose their jobs this summer.");
    expect(c.removed.find((r) => r.text.startsWith("Workers at Hollis"))?.reason).toBe("caption");
  });

  test("a subscription offer is no headline; a name with the desk's staff after a slash is the byline", () => {
    const raw = `The Examiner
NEWS | SPORT | BUSINESS
Subscribe now - $1 for your first 4 weeks

Ferry fares to rise by 8 per cent in July

JOANNE PRICE-LOWE / Examiner staff
Published: 3/14/2024 9:05:11 AM

Fares on the island ferry will rise by 8 per cent from July 1, the operator said on Wednesday.
The operator blamed fuel costs.`;
    const c = clean(raw);
    expect(c.headline).toBe("Ferry fares to rise by 8 per cent in July");
    expect(c.byline).toBe("JOANNE PRICE-LOWE");
    // a numeric date with a clock of twelve hours is written month first
    expect(c.published?.value).toBe("2024-03-14");
  });

  test("a slogan under a one-word name, a qualified reporter's role, a city and a company after the paper's name", () => {
    const body = `

Harbour ferry fares to rise by 8 per cent in July

Fares on the harbour ferry will rise by 8 per cent from July 1, the operator said on Wednesday.
The operator blamed fuel costs.`;
    const slogan = clean(`Islenews
Iceland's News Source
Home | News | Sport | Business${body}

© 2013 Islenews Ltd. All rights reserved.`);
    expect(slogan.outlet).toBe("Islenews");
    const role = clean(
      `Arctic News${body.replace("\n\nFares", "\n\nMara Lind-Holt, Local Journalism Initiative Reporter\n\nFares")}

© 2022 Arctic News. All rights reserved.`,
    );
    expect([role.byline, role.outlet]).toEqual(["Mara Lind-Holt", "Arctic News"]);
    const city = clean(`The Delta Tribune${body}

© 1999 The Delta Tribune, Guwahati. All rights reserved.`);
    expect(city.outlet).toBe("The Delta Tribune");
    const company = clean(`Canyon Times${body}

© 2025 Canyon Times Publishing Company. All rights reserved.`);
    expect(company.outlet).toBe("Canyon Times");
  });

  test("a paper 'of record' under its name is its boast; a name over the paper's name is the byline", () => {
    const record = clean(`The Luang Prabang Post
Laos's Newspaper of Record
National | Business | Sport

National

Floods cut the road to Pakse for a week

Written by Somsack Vong
Friday, 16 May 2008

The road to Pakse will stay closed for a week after floods washed out two bridges, officials said on Thursday.
Repairs will start next week.`);
    expect(record.headline).toBe("Floods cut the road to Pakse for a week");
    const over = clean(`The Telegram
News | Local | Business

Crab plant will not open this season in the town of Catalina

Daniel Hurley-Rowe
The Telegram

Published on April 14, 2010

About 160 plant workers will be without a season this year after the company said it will not open the plant.
The union called it a blow.`);
    expect(over.byline).toBe("Daniel Hurley-Rowe");
  });

  test("a name and the reporter's role right above the lead is the byline", () => {
    const raw = `Parents vow to fight closure of three village schools

DAVID MORROW-KEIR, Education Correspondent

PARENTS in three villages last night vowed to fight the closure of their schools after councillors voted 11 to 7.
The council said falling rolls left it no choice.`;
    expect(clean(raw).byline).toBe("DAVID MORROW-KEIR");
  });

  test("'By NAME in Place': the place filed from is the dateline, not part of the name", () => {
    const raw = `Copper mine to cut 500 jobs

By CHANDA MULENGA-PHIRI in Kitwe

The mine will cut 500 jobs by the end of March because of the slump in copper prices, the company said.
Unions said they would fight the cuts.`;
    const c = clean(raw);
    expect(c.byline).toBe("CHANDA MULENGA-PHIRI");
    expect(c.dateline).toBe("Kitwe");
  });

  test("a tagline with menu items after it is not the headline, and a thirty-word headline is one", () => {
    const raw = `Skip to main content
Independent reporting on markets, money and the people who move them
Ledger home
World
Markets
Terrifying moment dog walker, 58, and her spaniel are winched to safety by coastguard helicopter after being cut off by fast-rising tide at notorious beauty spot
By TOM HALE
The pair were stranded on a rocky outcrop for two hours on Wednesday before the helicopter arrived.
The coastguard said it was the third rescue there this summer.`;
    expect(clean(raw).headline).toMatch(/^Terrifying moment dog walker, 58, .* notorious beauty spot$/);
  });

  test("a tagline with the site's name under it is not the headline, nor a section's name with the time", () => {
    const raw = `Skip to main content
Independent reporting on markets, money and the people who move them
Reuters
World
Markets
CHILE | Yesterday 18:20
Copper miners strike at two of the world's largest pits
The strike began on Monday at both sites and halted output, the union said.
Talks with the company are due to resume on Friday.`;
    expect(clean(raw).headline).toBe("Copper miners strike at two of the world's largest pits");
  });

  test("credits after the name: the outlet before a role, the outlet and the place, a 'Story:' label", () => {
    const page = (credit: string) => `Flood waters rise along the river as crews evacuate the town
${credit}
Posted 6:14 p.m. Sept. 18, 1999
The river poured over the levee on Friday, forcing rescuers to pull residents from rooftops.
Officials said the water would keep rising until Sunday.`;
    const station = clean(page("By Dana Whitfield, KXAN Reporter"));
    expect([station.byline, station.outlet]).toEqual(["Dana Whitfield", "KXAN"]);
    const paper = clean(page("Anita Sharma-Rao, Hindustan Times, Mumbai"));
    expect([paper.byline, paper.outlet, paper.dateline]).toEqual(["Anita Sharma-Rao", "Hindustan Times", "Mumbai"]);
    expect(clean(page("Story: Kwame Mensah-Boateng, Kumasi")).byline).toBe("Kwame Mensah-Boateng");
    const desk = clean(page("Our Correspondent, Rajshahi"));
    expect([desk.byline, desk.dateline]).toEqual(["Our Correspondent", "Rajshahi"]);
    expect(clean(page("Author\nKarin Lindqvist-Ek\nkarin@example.se")).byline).toBe("Karin Lindqvist-Ek");
  });

  test("a reporter's name with the place filed from or a role after a comma, with no date under it", () => {
    const page = (credit: string) => `Robbers attack two banks in the town, kill policeman
Published Friday, March 18, 2011
${credit}
A policeman was killed on Thursday when armed robbers attacked two banks in the town.
Police said the gang escaped with an unknown amount of money.`;
    const placed = clean(page("Tunde Adebayo-Okafor, Ibadan"));
    expect([placed.byline, placed.dateline]).toEqual(["Tunde Adebayo-Okafor", "Ibadan"]);
    expect(clean(page("Marcia Campbell-Lewis, Staff Reporter")).byline).toBe("Marcia Campbell-Lewis");
    // a title-case line of two parts that is no name, or a name and a word that is neither place nor role
    expect(clean(page("Heavy Rains, Lagos")).byline).toBeNull();
    expect(clean(page("Tunde Adebayo-Okafor, Tuesday")).byline).toBeNull();
  });

  test("a name alone under the date lines, over the share buttons, is the byline", () => {
    const raw = `68 fall ill after eating food from a caterer; licence suspended
Posted 16 Nov 2018 19:05
Updated 16 Nov 2018 21:30
Marcus Lim Wei Jie
Bookmark
Share
SINGAPORE: Sixty-eight people fell ill after eating food from a caterer, the ministry said on Friday.
The caterer's licence was suspended until further notice.`;
    expect(clean(raw).byline).toBe("Marcus Lim Wei Jie");
  });

  test("a byline that reads as a sentence, under a standfirst, is the byline, not the body", () => {
    const raw = `Lumina is shutting down its smart glasses and laying off a third of its staff
The company says it will refund buyers and focus on licensing its display tech.
By Priya Raman, a news writer covering consumer tech and wearables.
Aug 22, 2023, 5:44 PM UTC
Lumina said on Tuesday it would stop selling its glasses at the end of the month.
About 80 people will lose their jobs, the company said.`;
    const doc = clean(raw);
    expect(doc.byline).toBe("Priya Raman");
    expect(body(raw)[0]).toMatch(/^Lumina said on Tuesday/);
  });

  test("a sentence opening with 'By' and a day is body", () => {
    const raw = `Rebels take the port city after a week of fighting
Rebels captured the port on Monday after a week of heavy fighting, residents said.
By Tuesday, the rebels had taken the airport as well.
The army did not comment.`;
    expect(body(raw)).toHaveLength(3);
  });
});

describe("lists inside the body", () => {
  test("the headlines listed under a 'Trending' heading are set aside until prose resumes", () => {
    const raw = `Tornado rips through Oklahoma town, killing at least four
A tornado tore through the small town on Monday night, killing at least four people, officials said.
Trending News
Man charged in deadly holiday crash
What to know about the cicada emergence
Residents said they took shelter in bathtubs as the storm passed over.`;
    expect(body(raw)).toEqual([
      "A tornado tore through the small town on Monday night, killing at least four people, officials said.",
      "Residents said they took shelter in bathtubs as the storm passed over.",
    ]);
  });
});

describe("credits under the headline in other layouts", () => {
  test("credit lines in lower case under the headline are no part of it: the first names the author", () => {
    const raw = `Science Daily Wire
Biology
Ecology
Rare frog rediscovered in the cloud forests of northern Peru
by Lucia Paredes Soto, Andean Institute of Ecology
edited by Tom Reyes, reviewed by Ann Cole
March 3, 2024

A frog last seen in 1998 has been found again in a cloud forest in northern Peru, researchers said on Friday.
The team heard its call during a night survey and photographed two adults.`;
    const doc = clean(raw);
    expect(doc.headline).toBe("Rare frog rediscovered in the cloud forests of northern Peru");
    expect(doc.byline).toBe("Lucia Paredes Soto");
    expect(body(raw)[0]).toMatch(/^A frog last seen/);
  });

  test("a name, the outlet and the date label on one line between dots; a 'Writer:' label", () => {
    const withDots = `Council approves new bridge over the Red River
Plan still needs provincial funding
Dana Whitcombe \u00b7 Prairie News \u00b7 Posted: Jun 4, 2019 6:00 AM CT | Last Updated: June 4, 2019

City council approved plans for a new bridge over the Red River on Monday night after a four-hour debate.
The bridge would replace a crossing built in 1931.`;
    expect(clean(withDots).byline).toBe("Dana Whitcombe");
    const labelled = `Floodwaters recede in the north as cleanup begins
Published: 12/10/2011 at 09:14 AM
Writer: Kanya Suwan

Floodwaters began to recede in several northern provinces on Tuesday as residents returned to clean their homes.
Officials said schools would reopen next week.`;
    expect(clean(labelled).byline).toBe("Kanya Suwan");
  });

  test("a reporter 'in' a known place gives the byline and the dateline, whatever the given name", () => {
    const raw = `Hosts seal the series with a day to spare
Anwarul Kabir in Dhaka
March 9, 2012

The hosts won the second Test by 157 runs on Friday to take the series 2-0.
Their captain said the spinners had made the difference.`;
    const doc = clean(raw);
    expect(doc.byline).toBe("Anwarul Kabir");
    expect(doc.dateline).toBe("Dhaka");
  });

  test("a reporter's names alone above the date line, though no list knows the given name", () => {
    const raw = `Landslide blocks highway for a second day
Traffic diverted through the hills as crews clear debris
Sudarshan Gurung
Published at : July 2, 2019

A landslide kept the highway closed for a second day on Tuesday, police said.
Crews were working to clear the debris.`;
    expect(clean(raw).byline).toBe("Sudarshan Gurung");
  });

  test("a place in capitals with a dash or the day, on a line above the lead, is the dateline", () => {
    const withDash = `Two hurt after car hits utility pole
Advertisement

DENVER, Colo. \u2014

Two people were hurt early Thursday when a car struck a utility pole, police said.
The road was closed for several hours.`;
    expect(clean(withDash).dateline).toBe("Denver");
    const withDay = `Two hurt after car hits utility pole

DENVER, AUGUST 23

Two people were hurt early Thursday when a car struck a utility pole, police said.
The road was closed for several hours.`;
    expect(clean(withDay).dateline).toBe("Denver");
  });

  test("a site's title with its tagline is the masthead; a name in capitals is written as in prose", () => {
    const raw = `THE VALLEY TIMES - Regional and World News
Thursday, 06 February 2020
News
Sport
Health
Clinic reopens after two-week closure over staff shortages
By Grace Achieng, Nakuru
06 February 2020 | 3:45 am

A rural clinic reopened on Wednesday after a two-week closure caused by staff shortages, health officials said.
Patients had travelled to the county hospital in the meantime.`;
    const doc = clean(raw);
    expect(doc.headline).toBe("Clinic reopens after two-week closure over staff shortages");
    expect(doc.outlet).toBe("The Valley Times");
  });

  test("the site's name in its address at the top beats a company named in the copyright line", () => {
    const raw = `valleytimes.com
Home
Local
World
Ferry fares to go up by 15 per cent from June
by Maria Grech

Passenger fares on the ferries will rise by 15 per cent on June 1, the minister announced yesterday.
The increase is the first in six years.

Copyright \u00a9 2008 Harbour Newspapers Ltd. All rights reserved.`;
    const doc = clean(raw);
    expect(doc.outlet).toBe("valleytimes.com");
    expect(doc.byline).toBe("Maria Grech");
  });
});

describe("the site's name over its menus, and the initials it credits in the lead", () => {
  test("a name beside the site's address, or over a subscription bar and the menus, is the outlet", () => {
    const address = `lakepost.com | Lakeland Evening Post
Home | News | Sports | Business | Opinion | Obituaries | Jobs
Business > Local
Mill workers strike over pay at Harlow paper plant
The 300 workers at the Harlow paper mill walked off the job on Monday over pay.
Talks will resume on Friday, the union said.
Copyright 2012 www.lakepost.com. All rights reserved.`;
    expect(clean(address).outlet).toBe("Lakeland Evening Post");
    // (over a copyright holder that names no paper: the publisher)
    const trade = `Timber Investor
Subscribe | Sign In | Newsletters | Events
Forestry | Mills | Markets | Policy
Mills & Markets

Regulators fine sawmill operator $2M over dust rules

By Ana Ruiz
SEP 18, 2013 3:41pm ET

Federal regulators on Wednesday fined a sawmill operator $2 million over dust rules.

The company said it would appeal.

\u00a9 2013 NorthwoodMedia. All rights reserved.`;
    expect(clean(trade).outlet).toBe("Timber Investor");
  });

  test("the initials credited in the dateline stand for the site named in full at the top", () => {
    const raw = `Skip to content
Harbor Legal Wire
Menu
Courts | Law | Business
Appeals court revives tenants' suit over heating
June 13, 2016 ANA RUIZ

BOSTON (HLW) \u2014 A state appeals court on Monday revived a suit by tenants left without heat.
The landlord's lawyer declined to comment.
\u00a9 2016 Harbor Legal Wire`;
    expect(clean(raw).outlet).toBe("Harbor Legal Wire");
  });
});

describe("the site's own lines above its menu bar", () => {
  test("the agency's name in its own language under its name is no headline; nor a section in capitals", () => {
    const native = `LNA - Lusitanian News Agency
Agência lusitana de notícias nacionais

Wednesday, 12 May 2010

Headlines | Politics | Economy | Region | Culture | Sport

ECONOMY

Two bids for the Setúbal shipyard as the tender closes

LISBON, May 12 (LNA) - The privatisation fund received two bids for the Setúbal shipyard before the deadline expired on Tuesday, the fund said on Wednesday.
The fund will choose a buyer by June.`;
    expect(clean(native).headline).toBe("Two bids for the Setúbal shipyard as the tender closes");
    const section = `BNA - Bela novinska agencija / Bela News Agency
VIJESTI | ENGLISH | Foto | Kontakt

ENGLISH SERVICE - LATEST NEWS

Flood victims in Doboj demand faster compensation

DOBOJ, (BNA) - Residents of flooded villages near Doboj protested on Thursday over delays in compensation.
The municipality said payments would start next month.`;
    expect(clean(section).headline).toBe("Flood victims in Doboj demand faster compensation");
  });
});

describe("reporters credited by a label, a desk, an address or not at all", () => {
  const page = (credit: string, end = "") => `Dam protest turns violent in northern valley

${credit}

SKOPJE, June 2 (LNA) - Police fired tear gas at protesters on Monday near the dam site.

The ministry said 12 people were held.${end}`;
  test("'Written by: X' and 'Web Desk/X' name the reporter", () => {
    expect(clean(page("Written by: Sanja Petrova")).byline).toBe("Sanja Petrova");
    expect(clean(page("Nordic Daily Web Desk/Ingrid Holm")).byline).toBe("Ingrid Holm");
    // a name with its initial joined, as Mongolian names are written; the label "Text:"
    expect(clean(page("Written by B.Enkhjargal")).byline).toBe("B.Enkhjargal");
    expect(clean(page("Text: Oksana Hrytsenko")).byline).toBe("Oksana Hrytsenko");
  });
  test("a name over an address to write to under the story is the reporter; editors' initials are no one", () => {
    expect(clean(page("", "\n\nKarin Lindqvist\nnewsdesk@nordicradio.se")).byline).toBe("Karin Lindqvist");
    expect(clean(page("", "\n\nLNA AK/GG/2008")).byline).toBeNull();
  });
});

describe("a Latin American paper's English edition", () => {
  test("its name with 'in English', the reporter over its name, 'Mexico City.-' and a day-first numeric date", () => {
    const raw = `LA GACETA in English
Español | English
Mexico | Politics | Security | Business | Culture

Politics

Ruling party keeps control of the state congress in tense vote

Opposition makes gains in the capital, where it took most western districts

Lucía Ferrán Ortega | La Gaceta
07/06/2021 | 13:42

Mexico City.– The ruling party will keep its majority in the state congress, according to the count released late Sunday.

The count began on April 4 and ended on September 1 of the year before.

© 2021 LA GACETA, Compañía Editora del Bajío`;
    const c = clean(raw);
    expect([c.headline, c.outlet, c.byline, c.dateline, c.published?.value]).toEqual([
      "Ruling party keeps control of the state congress in tense vote",
      "La Gaceta",
      "Lucía Ferrán Ortega",
      "Mexico City",
      "2021-06-07",
    ]);
  });
});

describe("a paper's name in full and its menus set apart by marks", () => {
  test("the name in full beside the date under the site's name is no byline; a menu of '::' is no headline", () => {
    const raw = `Islander
Trinidad and Tobago Islander | Monday, June 16 2008
HOME | NEWS | BUSINESS | SPORT | CLASSIFIEDS
Search: [            ] GO

NEWS

FOUR HURT IN PORT BLAZE
Owners: We saw no smoke alarms

By LENA MARCHAND

Print this story | Email this story | Comments (7)

Four dock workers were hurt when a fire broke out in a warehouse at the port early yesterday.

Firefighters said the blaze started in a storeroom.

Copyright \u00a9 2008 Island News Limited. All Rights Reserved.`;
    const c = clean(raw);
    expect([c.outlet, c.byline, c.headline]).toEqual(["Islander", "LENA MARCHAND", "FOUR HURT IN PORT BLAZE"]);
    const menu = clean(`CORAL POST
The Island's Leading Newspaper
Home  ::  News  ::  Sports  ::  Editorial  ::  Letters  ::  Subscribe

Tue, 13 Oct 2009

Board holds back grant pending audit

The regional board has suspended grants to the island's board following questions over the use of funds.

The decision was taken on Saturday.`);
    expect(menu.headline).toBe("Board holds back grant pending audit");
  });
});

describe("the credit lines under a reporter's name", () => {
  test("an agency in capitals and a known place between the name and the date give the outlet and the dateline", () => {
    const raw = `Regional Wire
Police and protesters clash over a roadblock in the north
Eleven officers and 20 protesters were hurt as police moved to clear a road.
Arta Berisha
BIRN
Pristina
01 Jun 12
Facebook

Police fired tear gas on Thursday as they tried to clear a roadblock set up by protesters on the main road.
Eleven officers were hurt in the clashes, police said.`;
    const doc = clean(raw);
    expect(doc.byline).toBe("Arta Berisha");
    expect(doc.dateline).toBe("Pristina");
    expect(doc.outlet).toBe("BIRN");
    expect(doc.published?.value).toBe("2012-06-01");
    expect(body(raw)[0]).toMatch(/^Police fired tear gas/);
  });
});

describe("credits between bullets and bars, and names over a contributor's credit", () => {
  const lead =
    "Power went out across the island on Tuesday night, the utility said.\n\nCrews worked through the night.";

  test("a name, the outlet and the date between bullets after 'By'", () => {
    const doc = clean(
      `Island Herald\n\nStorm leaves the island without power for seven hours\n\nBy Maria T. de la Cruz • Island Herald • May 15, 2008\n\n${lead}`,
    );
    expect(doc.byline).toBe("Maria T. de la Cruz");
  });

  test("a date, a clock time and a name between bars", () => {
    const doc = clean(
      `Coast Weekly\n\nResidents fed up after six days without water\n\nOctober 4, 2016 | 4:12 pm | Delroy Grant-Haynes\n\n${lead}`,
    );
    expect(doc.byline).toBe("Delroy Grant-Haynes");
    expect(doc.published?.value).toBe("2016-10-04");
  });

  test("a name in capitals over 'Special to' the paper", () => {
    const doc = clean(
      `Northern Star\n\nHunters rescued from drifting ice\n\nNOAH KILABUK-WHITE\nSpecial to Northern Star\n\n${lead}`,
    );
    expect(doc.byline).toBe("NOAH KILABUK-WHITE");
    expect(doc.headline).toBe("Hunters rescued from drifting ice");
  });
});

describe("credits with a section, a staff credit, a breadcrumb trail, a district and a sign-off", () => {
  const lead =
    "Power went out across the island on Tuesday night, the utility said.\n\nCrews worked through the night.";

  test("'in' a section 'on' a date after the name is no part of it", () => {
    const doc = clean(
      `Steppe Times\n\nGold found under a road\n\nBy Aigul Serikova in Culture on 19 August 2014\n\n${lead}`,
    );
    expect(doc.byline).toBe("Aigul Serikova");
  });

  test("a reporter's name over 'ANKARA - Turkish Daily News': the byline, the dateline and the paper", () => {
    const doc = clean(
      `TURKISH DAILY NEWS\nHome | Politics | Economy\nTuesday, 05.11.2002\n\nLandslide leaves the capital asking who will lead\n\nGönül TEKİN\n\nANKARA - Turkish Daily News\n\n${lead}`,
    );
    expect([doc.byline, doc.dateline, doc.outlet]).toEqual(["Gönül TEKİN", "Ankara", "Turkish Daily News"]);
  });

  test("a reporter, the place and the agency between bars under the standfirst", () => {
    const doc = clean(
      `Balkan Monitor\nHome | News | Politics\n\nPower Blackout Hits the Coast\n\nA heatwave-fuelled outage left millions without power.\n\nMirela Kovač | Podgorica | BIRN\nJune 21, 2024 18:42\n\n${lead}`,
    );
    expect([doc.byline, doc.dateline]).toEqual(["Mirela Kovač", "Podgorica"]);
  });

  test("a paper's staff credit gives way to the paper named in full; an agency's long name under a reporter's", () => {
    const globe = clean(
      `THE HARBOR GLOBE\n\nDate: Thursday, March 13, 1997\n\nJudge halts school contract\n\nBy Ellen Marsh, Globe Staff\n\n${lead}`,
    );
    expect(globe.outlet).toBe("The Harbor Globe");
    expect(globe.byline).toBe("Ellen Marsh");
    const wire = clean(
      `The Valley Times\n\nSport\n\nStates vote to hand power to national body\n\nMarcus Pell\nAustralian Associated Press\nUpdated March 4 2025 - 5:30pm\n\n${lead}`,
    );
    expect(wire.byline).toBe("Marcus Pell");
  });

  test("a paper's staff credit after the name gives the paper, not 'Staff'", () => {
    const doc = clean(
      `Coast Weekly\n\nCoast guard seizes a boat off the point\n\nJul 10, 2009 | By Ana Ruiz-Mora, Coast Times Staff\n\n${lead}`,
    );
    expect(doc.byline).toBe("Ana Ruiz-Mora");
    expect(doc.outlet).toBe("Coast Times");
  });

  test("a breadcrumb trail between chevrons is no headline; a district in brackets after a dateline's place", () => {
    const raw = `Plateau Herald\nHome | State | Business\nPlateau Herald » State » Detailed Story\n\nTemple car topples during festival, 3 devotees hurt\n\nPH News Service\n\nTiptur (Tumkur dist), Feb 23 (PHNS): Three devotees were injured when a chariot toppled today.\n\nThe axle gave way.`;
    const doc = clean(raw);
    expect(doc.headline).toBe("Temple car topples during festival, 3 devotees hurt");
    expect(doc.dateline).toBe("Tiptur");
  });

  test("a reporter's credit after the body behind a dash", () => {
    const doc = clean(
      `Atoll Journal\n\nKing tides swamp homes\n\n${lead}\n\n\u2014 Reported by Rine Lakjohn\n\nCopyright \u00a9 1998 Atoll Journal.`,
    );
    expect(doc.byline).toBe("Rine Lakjohn");
  });
});

describe("more bylines: a town filed from, an author's label, our correspondent, a name over print links", () => {
  const lead = "A boat capsized near the island on Sunday afternoon, police said.\n\nNine people are missing.";

  test("a town the gazetteer does not know after 'in' is where the reporter files from", () => {
    const doc = clean(`Coast Daily\n\nNine missing as boat capsizes\n\nBy Alimamy Koroma in Tombo\n\n${lead}`);
    expect([doc.byline, doc.dateline]).toEqual(["Alimamy Koroma", "Tombo"]);
  });

  test("an author's label among a line's fields, and the page's counters beside it", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\n15.03.2017 | Author: Fatmata Sesay | Category: News | Views: 412\n\n${lead}`,
    );
    expect(doc.byline).toBe("Fatmata Sesay");
  });

  test("'Article By:' among a line's fields after the date and the clock", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\nJul 8, 2020, 11:03 AM | Article By: Fatmata Sesay\n\n${lead}`,
    );
    expect(doc.byline).toBe("Fatmata Sesay");
  });

  test("a name alone between the headline and the lead, under a date line over the headline", () => {
    const page = (name: string, date: string) =>
      `COAST DAILY\n${date}\nSociety\n\nNine missing as boat capsizes\n\n${name}\n\nFREETOWN, March 4 -- ${lead}`;
    expect(clean(page("Farangis Nazarova", "09.04.2009 15:42")).byline).toBe("Farangis Nazarova");
    // without the date over the headline, a name right above the lead may be anything: a caption's, a label's
    expect(clean(page("Farangis Nazarova", "Home | News")).byline).toBeNull();
  });

  test("the title between the page's date line and the story's credits, under a special report's banner", () => {
    const doc = clean(
      `Coast Daily\nHome | News | Sport | Video\nSpecial Report: Floods sweep the northern coast\n\nUpdated: 03-04-2017 17:26\nNine missing as boat capsizes\nReporter: Fatmata Sesay | Editor: Ama Lewis\n\n${lead}`,
    );
    expect([doc.headline, doc.byline]).toEqual(["Nine missing as boat capsizes", "Fatmata Sesay"]);
    // the place and the day filed from between the date line and the byline are no title
    const placed = clean(
      `Coast Daily\nHome | News | Sport | Video\n\nNine missing as boat capsizes\n\nUpdated: 03-04-2017 17:26\n\nFreetown, Sierra Leone, Mar. 4\nBy Fatmata Sesay\n\n${lead}`,
    );
    expect([placed.headline, placed.dateline]).toEqual(["Nine missing as boat capsizes", "Freetown"]);
  });

  test("a name right under the headline, over the paper's name, is the byline", () => {
    const doc = clean(
      "The Coast Sentinel :: Freetown's English Daily\nHOME  |  NEWS  |  FREETOWN  |  WORLD  |  ECONOMY  |  OPINION  |  ARCHIVE  |  CONTACT\n\n" +
        "FREETOWN >> City\n\nDry taps and long queues as the capital's water rationing bites\n\n" +
        "Fatmata Sesay\nThe Coast Sentinel\n\n" +
        "Residents of several districts queued at public fountains on Thursday as rationing entered its second day.\n\n" +
        "Officials said the dams held less than 6 percent of their capacity.",
    );
    expect(doc.byline).toBe("Fatmata Sesay");
  });

  test("a masthead whose tagline a scrape cut off with an ellipsis, over an appeal for donations", () => {
    const doc = clean(
      `Delta Lens News ...\nHome | News | Photos | Search\nDonate to Delta Lens | Advertise\n\n11/14/12\n\nNine missing as boat capsizes\n\nBy Fatmata Sesay\n\n${lead}`,
    );
    expect([doc.outlet, doc.headline]).toEqual(["Delta Lens News", "Nine missing as boat capsizes"]);
  });

  test("the date, a slash, the name in capitals and the town filed from after a comma", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\n4 March 2017, Saturday / FATMATA SESAY , BONTHE\n\n${lead}`,
    );
    expect([doc.byline, doc.dateline]).toEqual(["FATMATA SESAY", "Bonthe"]);
  });

  test("a name and the date set apart by spaces on one line", () => {
    const doc = clean(`Coast Daily\n\nNine missing as boat capsizes\n\nFatmata Sesay   Mar 4, 2017\n\n${lead}`);
    expect([doc.byline, doc.published?.value]).toEqual(["Fatmata Sesay", "2017-03-04"]);
    expect(
      clean(`Coast Daily\n\nNine missing as boat capsizes\n\nHome Affairs   Mar 4, 2017\n\n${lead}`).byline,
    ).toBeNull();
  });

  test("the writer and the translator credited in sentences under the headline", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\nStory by Ines Vale. Translation by Tom Reed.\n\n${lead}`,
    );
    expect(doc.byline).toBe("Ines Vale");
    expect(doc.paragraphs[0] && doc.raw.slice(doc.paragraphs[0].start, doc.paragraphs[0].end)).toMatch(
      /^A boat capsized/,
    );
  });

  test("a page title's suffix that the page prints alone as its masthead is the outlet", () => {
    const doc = clean(
      `Nine missing as boat capsizes | Delta Lens\nDelta Lens\nHome   News   Sport   Opinion\n\n${lead}`,
    );
    expect([doc.headline, doc.outlet]).toEqual(["Nine missing as boat capsizes", "Delta Lens"]);
    // not printed alone: a headline's own words after a bar
    expect(clean(`Coast Daily\n\nNine missing as boat capsizes | Delta Lens\n\n${lead}`).headline).toBe(
      "Nine missing as boat capsizes | Delta Lens",
    );
  });

  test("a blog's category after 'Posted by' names no place filed from, even when it is a country", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\nPosted by Fatmata Sesay in Sierra Leone, News | 2 comments\n\n${lead}`,
    );
    expect([doc.byline, doc.dateline]).toEqual(["Fatmata Sesay", null]);
    expect(
      clean(`Coast Daily\n\nNine missing as boat capsizes\n\nBy Fatmata Sesay in Freetown\n\n${lead}`).dateline,
    ).toBe("Freetown");
  });

  test("a name in capitals, the place filed from and the share buttons under a dated headline", () => {
    const page = (from: string) =>
      `Coast Daily\nHOME | NEWS | SPORT\n\n03/04/2017 - 10h42\n\nNine missing as boat capsizes\n\nFATMATA KOROMA SESAY\n${from}\n\nShare | Tweet | E-mail | Print\n\n${lead}`;
    const doc = clean(page("FROM FREETOWN"));
    expect([doc.byline, doc.dateline]).toEqual(["FATMATA KOROMA SESAY", "Freetown"]);
    expect(clean(page("Reporting from Freetown")).dateline).toBe("Freetown");
    // a line of other words under the name is no credit
    expect(clean(page("FROM THE ARCHIVES")).byline).toBeNull();
  });

  test("a name and its role after a dash, for the paper", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\nLuciana Souza - Reporter for Agência Brasil\n\n${lead}`,
    );
    expect(doc.byline).toBe("Luciana Souza");
  });

  test("'By' before a name and its role after a slash", () => {
    const doc = clean(
      `Coast Daily\n\nNine missing as boat capsizes\n\nBy Cody Whitaker / Star-Tribune correspondent\n\n${lead}`,
    );
    expect(doc.byline).toBe("Cody Whitaker");
  });

  test("the lead's place outranks the place of the page's date line", () => {
    const doc = clean(
      `THE COAST DAILY\nSantiago, martes 17 de marzo de 1998\n\nNine missing as boat capsizes\n\nCASTRO - ${lead}`,
    );
    expect([doc.dateline, doc.published?.value]).toEqual(["Castro", "1998-03-17"]);
  });

  test("the title over the story's byline or date line outranks a body's name under the site's name", () => {
    const page = (top: string) =>
      `${top}\nHome | News | Local News | Sports | Opinion\nLocal News\n\nNine missing as boat capsizes\n\nBy Jane Roe | The Daily\n\n${lead}`;
    expect(clean(page("The Santa Fe New Mexican")).headline).toBe("Nine missing as boat capsizes");
    expect(
      clean(page("IRIN\nHumanitarian news and analysis\nUN Office for the Coordination of Humanitarian Affairs"))
        .headline,
    ).toBe("Nine missing as boat capsizes");
  });

  test("a headline in title case over its deck and the date line: the headline, not the deck", () => {
    const doc = clean(
      `Home | News | Sports | Weather\n\nFerry Fire Forces Evacuation Of Island Village After Fuel Leak\nMore than two hundred residents were told to leave their homes as crews fought the blaze\n\nMarch 14, 2009\n\nBy Jane Roe\n\n${lead}`,
    );
    expect(doc.headline).toBe("Ferry Fire Forces Evacuation Of Island Village After Fuel Leak");
    // a long name over the story's title, with no deck under the name, stays the page's
    expect(
      clean(
        `Home | News\n\nUN Office for the Coordination of Humanitarian Affairs\n\nNine missing as boat capsizes\n\nMarch 14, 2009\n\n${lead}`,
      ).headline,
    ).toBe("Nine missing as boat capsizes");
  });

  test("the last item of a menu of one item a line over the title; a byline's fields between bars under it", () => {
    const doc = clean(
      `Gasline\nHome | News | Jobs | Events\nIndustry Headlines\nCompany News\nExploration\nOil and Gas Prices\nCartel Holds Output Steady, Leaving Drillers to Feel the Squeeze\nby Maren Holt|Gasline Staff|Thursday, November 27, 2014\n\n${lead}`,
    );
    expect([doc.headline, doc.byline]).toEqual([
      "Cartel Holds Output Steady, Leaving Drillers to Feel the Squeeze",
      "Maren Holt",
    ]);
  });

  test("a site's address at the top of a page with no headline; a reporter's name over the date line", () => {
    const doc = clean(
      `coastonline.com.au\nHome | National | World | Sport\nNational\nJonathan Pearce\nFebruary 13, 2008 - 12:31PM\nPage 1 of 2 | Single Page\n\n${lead}`,
    );
    expect([doc.headline, doc.outlet, doc.byline]).toEqual([null, "coastonline.com.au", "Jonathan Pearce"]);
  });

  test("'From Our Correspondent'", () => {
    const doc = clean(`Hill Times\n\nVillagers block the highway\n\nFrom Our Correspondent\n\n${lead}`);
    expect(doc.byline).toBe("Our Correspondent");
  });

  test("a name under the date line, over printer-friendly and e-mail links", () => {
    const doc = clean(
      `Goldfields Miner\nHome | News | Sport\n\nFreak storm tears roofs off homes\n\n23/02/2000\nKerry-Anne Boxall\n\nPrinter friendly version | Email this story\n\n${lead}`,
    );
    expect(doc.byline).toBe("Kerry-Anne Boxall");
  });
});

describe("a dateline in capitals with letters beyond ASCII", () => {
  test("is read in natural case", () => {
    const doc = clean(
      "Viet Nam News\n\nAmmonia leak sends 23 to hospital\n\nCÀ MAU \u2014 Twenty-three workers were taken to hospital " +
        "on Tuesday night after ammonia gas leaked.\n\nThe plant will stay closed.",
    );
    expect(doc.dateline).toBe("Cà Mau");
  });
});

describe("a year after the copyright holder, and an island paper's boast", () => {
  const story = "Rain flooded the lower town on Monday, officials said.\n\nThe river rose two metres overnight.";

  test("the year is no part of the holder's name", () => {
    const doc = clean(
      `River floods the lower town after two days of rain\n\n${story}\n\n\u00a9 The Valley Herald 2018. All rights reserved.`,
    );
    expect(doc.outlet).toBe("The Valley Herald");
  });

  test("'Island Newspaper Since 1991' under the site's name is no headline", () => {
    const doc = clean(
      `The Reef Sun\nAmbergris Caye's Island Newspaper Since 1991\nVol. 7, No. 32\nHome | Island News | Letters\nISLAND NEWS\n\nTown Council pulls 37 golf carts off the streets\n\nThursday, August 14th, 1997\nBy Ana Cruz\n\n${story}`,
    );
    expect(doc.headline).toBe("Town Council pulls 37 golf carts off the streets");
  });
});

describe("a newsroom's credit after 'a', and a name with its town under the date", () => {
  const story = "Rain flooded the lower town on Monday, officials said.\n\nThe river rose two metres overnight.";

  test("'By a Valley Times Staff Reporter'", () => {
    const doc = clean(
      `Valley Times\n\nRiver floods the lower town after two days of rain\n\nBy a Valley Times Staff Reporter\n\n${story}`,
    );
    expect(doc.byline).toBe("Valley Times Staff Reporter");
  });

  test("'Pema Seldon | Tangmachu' under '14 June, 2018'", () => {
    const doc = clean(
      `Valley Times\nHome | News | Sport\n\nRiver floods the lower town after two days of rain\n\n14 June, 2018\nPema Seldon | Tangmachu\nShare this: Facebook | Twitter | Print\n\n${story}`,
    );
    expect(doc.byline).toBe("Pema Seldon");
  });
});

describe("the page's date over its masthead", () => {
  test("falls behind the article's date under the headline", () => {
    const doc = clean(
      "Friday, March 15, 2024\nIsland Times\nHome | Local News | Sports\n\nFarmer strikes old bomb in taro patch\n\n" +
        "March 5, 2024\nBy Jay Techur\n\nA bomb left over from the war was destroyed yesterday, officials said.\n\n" +
        "The farmer was unhurt.",
    );
    expect(doc.published?.value).toBe("2024-03-05");
  });
});

describe("the headline under a site's name, its tagline and its menus", () => {
  const story = "Rain flooded the lower town on Monday, officials said.\n\nThe river rose two metres overnight.";

  test("a tagline under a site's name of four words is no headline", () => {
    const doc = clean(
      `The Harbour Times Online\nIsland news in English\nNews | Business | Sport | Weather\nIsland news\n\nRiver floods the lower town after two days of rain\n\n${story}`,
    );
    expect(doc.headline).toBe("River floods the lower town after two days of rain");
  });

  test("a bar of short menu items is no headline", () => {
    const doc = clean(
      `Valley 9 News\nHome | News | Weather\nWatch Live | Local News\n\nRiver floods the lower town after two days of rain\n\n${story}`,
    );
    expect(doc.headline).toBe("River floods the lower town after two days of rain");
  });

  test("the masthead's name beats a copyright holder that adds its country", () => {
    const doc = clean(
      `The Morning Light\nGhana's Truly Independent Newspaper\nHOME | NEWS | POLITICS | SPORTS\nLocal News\n\nRiver floods the lower town after two days of rain\n\nTuesday, 12 March 2019 00:00 | Hits: 418\n\n${story}\n\nCopyright © 2019 The Morning Light Ghana. All Rights Reserved.`,
    );
    expect(doc.outlet).toBe("The Morning Light");
  });
});

describe("outletCase", () => {
  test.each([
    ["THE HIMALAYAN TIMES", "The Himalayan Times"],
    ["BBC NEWS", "BBC News"],
    ["KSAT 12", "KSAT 12"],
    ["NEW YORK POST", "New York Post"],
    ["CNN", "CNN"],
    ["The Irish Times", "The Irish Times"],
  ])("%s", (name, want) => expect(outletCase(name)).toBe(want));
});

describe("cleanArticle on very long input", () => {
  test("a megabyte on one line is one paragraph of many sentences", () => {
    const sentence = "NATO allies and Russia vowed on Thursday to deepen their cooperation in Brussels. ";
    const raw = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const doc = clean(raw);
    expect(doc.paragraphs).toEqual([{ start: 0, end: raw.length - 1 }]);
    expect(doc.sentences).toHaveLength(Math.ceil(1_000_000 / sentence.length));
  });
});

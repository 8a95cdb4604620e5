import { describe, expect, test } from "vitest";
import { foldText } from "../text/fold.js";
import { naturalCase, readLead } from "./lead.js";

describe("readLead", () => {
  const cases: { text: string; byline?: string; dateline?: string; agency?: string; date?: string; body: string }[] = [
    {
      text: "by Staff Writers Paris (AFP) March 3, 2014 France said on Monday it would send troops.",
      byline: "Staff Writers",
      dateline: "Paris",
      agency: "AFP",
      date: "2014-3-3",
      body: "France said",
    },
    {
      text: "NOVOSIBIRSK, October 14. /TASS/. Scientists have found a frozen bison in the permafrost.",
      dateline: "Novosibirsk",
      agency: "TASS",
      date: "null-10-14",
      body: "Scientists have found",
    },
    {
      // two places in capitals set apart by a slash, the day in brackets, a dash
      text: "BAMAKO / MOPTI (6 Sep 2020) \u2013 The council on Friday declared a state of emergency.",
      dateline: "Bamako",
      date: "2020-9-6",
      body: "The council on Friday",
    },
    {
      // a region with an apostrophe after the place, and a colon
      text: "NEIAFU, Vava'u: A fisherman was fined on Monday for taking undersized lobsters.",
      dateline: "Neiafu",
      body: "A fisherman was fined",
    },
    {
      // the agency in capitals after the day, closed by a full stop
      text: "TBILISI, MARCH 3, KAVKAZPRESS. A strike closed the city's buses on Monday.",
      dateline: "Tbilisi",
      agency: "KAVKAZPRESS",
      date: "null-3-3",
      body: "A strike closed",
    },
    {
      // an agency the list does not know, its name spelled with a letter outside ASCII
      text: "Córdoba, March 3 (Notisur Agência) - A strike closed the city's buses on Monday.",
      dateline: "Córdoba",
      agency: "Notisur Agência",
      date: "null-3-3",
      body: "A strike closed",
    },
    {
      text: "BRIDGETOWN, Barbados, Mar 14, CMC \u2013 A fire destroyed the market on Monday.",
      dateline: "Bridgetown",
      agency: "CMC",
      date: "null-3-14",
      body: "A fire destroyed",
    },
    {
      text: "Dar es Salaam. Two men were charged yesterday with smuggling ivory through the port.",
      dateline: "Dar es Salaam",
      body: "Two men were",
    },
    {
      text: "ASUNCIÓN - Élodie Martin said the bank would cut rates.",
      dateline: "Asunción",
      body: "Élodie Martin said",
    },
    {
      text: "Kampala. The council on Monday closed two markets for cleaning.",
      dateline: "Kampala",
      body: "The council on",
    },
    {
      text: "Tamale, March 14, GNA - Reported cases of guinea worm fell by 38 per cent last year.",
      dateline: "Tamale",
      agency: "GNA",
      date: "null-3-14",
      body: "Reported cases",
    },
    {
      text: "DUSHANBE, April 9, Asia-Plus -- Forty-six people have been taken to hospital with typhoid fever.",
      dateline: "Dushanbe",
      agency: "Asia-Plus",
      date: "null-4-9",
      body: "Forty-six people",
    },
    {
      text: "Ohrid, 21 November 2013 (MIA) \u2013 Police seized 340 kilograms of trout from two poachers.",
      dateline: "Ohrid",
      agency: "MIA",
      date: "2013-11-21",
      body: "Police seized",
    },
    {
      text: "Puno, Jul. 5 (ANDINA). More than 1,200 alpacas have died in the highlands.",
      dateline: "Puno",
      agency: "ANDINA",
      date: "null-7-5",
      body: "More than",
    },
    {
      text: "Kupang, E Nusa Tenggara (ANTARA News) - Villagers pushed 31 pilot whales back to sea.",
      dateline: "Kupang",
      agency: "Antara",
      body: "Villagers pushed",
    },
    {
      text: "(ANSA) - Lipari, August 14 - Thousands of residents have been without running water.",
      dateline: "Lipari",
      agency: "ANSA",
      date: "null-8-14",
      body: "Thousands of",
    },
    {
      text: "Tulcea, Jan 27 /AGERPRES/ - About 2,500 people have been cut off since Sunday.",
      dateline: "Tulcea",
      agency: "AGERPRES",
      date: "null-1-27",
      body: "About 2,500",
    },
    {
      text: "Chisinau, April 8 /Info-Prim Neo/ \u2013 Police detained 193 people overnight.",
      dateline: "Chisinau",
      agency: "Info-Prim Neo",
      date: "null-4-8",
      body: "Police detained",
    },
    {
      text: "Rabat, 23/05/2006 (MAP) - The Council adopted the agreement yesterday.",
      dateline: "Rabat",
      agency: "MAP",
      date: "2006-5-23",
      body: "The Council",
    },
    {
      text: "July 14, 2013 (KHARTOUM) \u2013 The Security Council on Saturday condemned the killing.",
      dateline: "Khartoum",
      date: "2013-7-14",
      body: "The Security",
    },
    {
      text: "APA-Banjul (The Gambia) The African Union on Saturday urged Jammeh to go.",
      dateline: "Banjul",
      agency: "APA",
      body: "The African",
    },
    {
      text: "LIHUE \u00bb The former director of a Kapaa school was sentenced Tuesday.",
      dateline: "Lihue",
      body: "The former",
    },
    {
      text: "MINAMI-IZU, Shizuoka Prefecture--A former town official won the election.",
      dateline: "Minami-Izu",
      body: "A former",
    },
    {
      text: "Nashik, November 21: A leopard that fell into a well was pulled out alive.",
      dateline: "Nashik",
      date: "null-11-21",
      body: "A leopard",
    },
    {
      text: "JOS\u2014AT least eight people died when a tanker exploded.",
      dateline: "Jos",
      body: "AT least",
    },
    {
      text: "Ho, 3 Oct (GNA) – Farmers in the Volta Region want better roads.",
      dateline: "Ho",
      agency: "GNA",
      date: "null-10-3",
      body: "Farmers in",
    },
    {
      text: "APIA, 25 October 2001 (Samoa News): Taro growers will be paid less this season, exporters said.",
      dateline: "Apia",
      agency: "Samoa News",
      date: "2001-10-25",
      body: "Taro growers",
    },
    {
      text: "WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.",
      dateline: "Washington",
      agency: "Reuters",
      body: "The U.S. Senate",
    },
    {
      text: "LONDON, Nov 9 (Reuters) - Sterling fell sharply.",
      dateline: "London",
      agency: "Reuters",
      date: "null-11-9", // day and month; the year is worked out later from the text
      body: "Sterling fell",
    },
    {
      text: "KABUL, Afghanistan (AP) \u2014 A suicide bomber struck.",
      dateline: "Kabul",
      agency: "AP",
      body: "A suicide bomber",
    },
    {
      // a country of several words, and an agency the list does not hold
      text: "MOSTAR, Bosnia and Herzegovina (BHRT) \u2013 Power returned by evening.",
      dateline: "Mostar",
      agency: "BHRT",
      body: "Power returned",
    },
    {
      text: "NEW DELHI (PTI): India on Friday said it had tested a missile.",
      dateline: "New Delhi",
      agency: "PTI",
      body: "India on Friday",
    },
    { text: "MOSCOW \u2014 Russia warned on Thursday.", dateline: "Moscow", body: "Russia warned" },
    { text: "RIO DE JANEIRO - Police raided a favela.", dateline: "Rio de Janeiro", body: "Police raided" },
    {
      text: "By Jane Smith BEIRUT, Lebanon (Reuters) - Syrian troops shelled the city.",
      byline: "Jane Smith",
      dateline: "Beirut",
      agency: "Reuters",
      body: "Syrian troops",
    },
    {
      text: "by Staff Writers Hong Kong (AFP) Jan 5, 2013 Shares rose.",
      byline: "Staff Writers",
      dateline: "Hong Kong",
      agency: "AFP",
      date: "2013-1-5",
      body: "Shares rose",
    },
    { text: "(CNN) President Barack Obama said on Monday.", agency: "CNN", body: "President Barack" },
    // an unknown credit in parentheses after an all-capitals place: a station or a regional agency
    {
      text: "KANDY (News 1st): Heavy rain flooded the town on Monday.",
      dateline: "Kandy",
      agency: "News 1st",
      body: "Heavy rain",
    },
    // a town the lists do not know, in title case before a colon, as Indian papers write it
    { text: "Kallipuram: Three persons were killed in a landslide.", dateline: "Kallipuram", body: "Three persons" },
    // a known place in title case, a dash with no space around it, a common word
    { text: "Peshawar\u2014Four children were killed.", dateline: "Peshawar", body: "Four children" },
    { text: "Peshawar\u2014The roof caved in.", dateline: "Peshawar", body: "The roof" },
    // a known place in capitals, a dash with no space around it, the lead's first word in title case
    { text: "ANN ARBOR\u2014Reports of poisonings rose.", dateline: "Ann Arbor", body: "Reports of" },
    {
      text: "New Delhi: The Delhi government on Saturday extended the lockdown.",
      dateline: "New Delhi",
      body: "The Delhi",
    },
    {
      text: "Mumbai [India], June 5 (ANI): Heavy rain lashed the city on Friday.",
      dateline: "Mumbai",
      agency: "ANI",
      date: "null-6-5",
      body: "Heavy rain",
    },
    {
      text: "SEATTLE (KOMO) - Firefighters battled a blaze on Tuesday.",
      dateline: "Seattle",
      agency: "KOMO",
      body: "Firefighters",
    },
    { text: "BURSA (IHA) - Rescue teams reached the village.", dateline: "Bursa", agency: "IHA", body: "Rescue" },
    {
      text: "LAHORE (Pakistan Point News / Xinhua - 12th March, 2021) The provincial government announced a lockdown.",
      dateline: "Lahore",
      agency: "Pakistan Point News",
      date: "2021-3-12",
      body: "The provincial",
    },
    { text: "Mar 4 (Reuters) - Oil prices rose on Friday.", agency: "Reuters", date: "null-3-4", body: "Oil prices" },
    // a mixed-case place known to the gazetteer, a spaced dash, then the sentence
    { text: "Nairobi - Kenyan police fired tear gas on Monday.", dateline: "Nairobi", body: "Kenyan police" },
    { text: "Houston, Texas - Flood waters rose overnight.", dateline: "Houston", body: "Flood waters" },
    // a known agency before a dash
    { text: "Xinhua - China's exports grew in May.", agency: "Xinhua", body: "China's exports" },
    // a stop after a place in capitals; a known place in title case with its country, before an unknown credit
    {
      text: "LVIV. Sept 14 (Halychyna-Press) \u2013 A court on Friday jailed a customs officer.",
      dateline: "Lviv",
      agency: "Halychyna-Press",
      date: "null-9-14",
      body: "A court",
    },
    {
      text: "Samarkand, Uzbekistan (Silkroad.uz) -- Farmers are turning to drip irrigation.",
      dateline: "Samarkand",
      agency: "Silkroad.uz",
      body: "Farmers",
    },
  ];
  test("reads no credit in brackets after a place that no dash follows", () => {
    const folded = foldText("Samarkand, Uzbekistan (Silkroad.uz) said the farmers had turned to drip irrigation.");
    expect(readLead(folded, { start: 0, end: folded.length })).toBeNull();
  });
  test("reads a reporter's initials in brackets after the day as no agency", () => {
    const folded = foldText("Mysore, Jan. 18 (KR)- The monthly council meeting was adjourned twice.");
    const lead = readLead(folded, { start: 0, end: folded.length });
    expect(lead?.dateline?.text).toBe("Mysore");
    expect(lead?.agency ?? null).toBeNull();
    expect(folded.slice(lead?.bodyStart)).toMatch(/^The monthly/);
  });
  test("reads no dateline in a label before a colon", () => {
    for (const label of ["Update", "Exclusive", "Watch", "Analysis"]) {
      const folded = foldText(`${label}: The council met on Monday.`);
      expect(readLead(folded, { start: 0, end: folded.length })?.dateline ?? null).toBeNull();
    }
  });
  test("reads no dateline in two places joined by a hyphen, nor in a place's compound", () => {
    for (const text of ["Kenya-Uganda border talks resumed.", "London-Based firms said."]) {
      const folded = foldText(text);
      expect(readLead(folded, { start: 0, end: folded.length })?.dateline ?? null).toBeNull();
    }
  });
  test("reads no dateline in two names joined by a hyphen", () => {
    const folded = foldText("NATO-RUSSIA talks stalled on Monday.");
    expect(readLead(folded, { start: 0, end: folded.length })?.dateline ?? null).toBeNull();
  });

  for (const t of cases) {
    test(t.text.slice(0, 40), () => {
      const folded = foldText(t.text);
      const lead = readLead(folded, { start: 0, end: folded.length });
      expect(lead).not.toBeNull();
      if (!lead) return;
      expect(lead.byline?.text ?? null).toBe(t.byline ?? null);
      expect(lead.dateline?.text ?? null).toBe(t.dateline ?? null);
      expect(lead.agency?.text ?? null).toBe(t.agency ?? null);
      const d = lead.date;
      expect(d ? `${d.year}-${d.month}-${d.day}` : null).toBe(t.date ?? null);
      expect(t.text.slice(lead.bodyStart)).toMatch(new RegExp(`^${t.body}`));
      if (lead.dateline)
        expect(naturalCase(t.text.slice(lead.dateline.span.start, lead.dateline.span.end))).toBe(t.dateline);
    });
  }

  const prose = [
    "NATO and Russia failed to agree on Thursday.",
    "The talks - which lasted four hours - ended without a deal.",
    "Russia's envoy (Dmitry Rogozin) called it an empty threat.",
    "US officials said the shield (a system of radars) was not aimed at Russia.",
    "Senator Jane Doe (D-Ore.) said the bill would fail.",
    "Portland Police (PPB) said two men were arrested.",
    "Peace talks - if they happen - will take months.",
    "Mayor Smith - who took office in May - resigned.",
    "Smith, Jones - The two lawyers filed a motion.",
    "Analysis: Why the talks failed again in Geneva.",
    "Update: The minister resigned on Friday.",
    "Mr. Smith said the talks would resume.",
    "Talks failed. The envoys left Geneva on Friday.",
  ];
  for (const text of prose)
    test(`reads no credits in ${JSON.stringify(text.slice(0, 30))}`, () =>
      expect(readLead(text, { start: 0, end: text.length })).toBeNull());
});

test("a name before a dash is the outlet when it stands alone elsewhere in the page", () => {
  const page =
    "Valley Courier - The county board met on Monday to approve the budget.\n\nMore stories\nValley Courier\n";
  const end = page.indexOf("\n");
  const lead = readLead(page, { start: 0, end });
  expect(lead?.agency?.text).toBe("Valley Courier");
  expect(page.slice(lead?.bodyStart ?? 0)).toMatch(/^The county/);
  // the same opening with no masthead line elsewhere is prose
  const alone = page.slice(0, end);
  expect(readLead(alone, { start: 0, end })).toBeNull();
});

test("a name repeated all through a long unbroken page is looked up only a bounded number of times", () => {
  const page = `Valley Courier - The board met. ${"Valley Courier said so. ".repeat(40_000)}\nValley Courier\n`;
  const end = page.indexOf(".") + 1;
  // the masthead line sits past the occurrences looked at, so the name is not taken as the outlet
  expect(readLead(page, { start: 0, end })).toBeNull();
});

describe("naturalCase", () => {
  const cases: [string, string][] = [
    ["BRUSSELS", "Brussels"],
    ["NEW YORK", "New York"],
    ["DAR ES SALAAM", "Dar es Salaam"],
    ["ST JOHN'S", "St John's"],
    ["N'DJAMENA", "N'Djamena"],
    ["Brussels", "Brussels"],
    // a dotted capital I, and letters beyond Latin-1
    ["SİLİVRİ", "Silivri"],
    ["ŞANLIURFA", "Şanliurfa"],
    ["ŁÓDŹ", "Łódź"],
  ];
  for (const [input, want] of cases) test(input, () => expect(naturalCase(input)).toBe(want));
});

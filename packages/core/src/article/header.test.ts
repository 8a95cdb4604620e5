import { describe, expect, test } from "vitest";
import { lineStats } from "./debris.js";
import {
  readBylineLine,
  readCopyright,
  readCreditLine,
  readLoneCredit,
  readMasthead,
  readSignOff,
  siteLineName,
  splitHeadlineSuffix,
} from "./header.js";

const whole = (s: string) => ({ start: 0, end: s.length });

describe("readMasthead", () => {
  const cases: [string, string | null][] = [
    ["Pakistan Today", "Pakistan Today"],
    ["The Daily Star", "The Daily Star"],
    ["Hindustan Times", "Hindustan Times"],
    ["SpaceDaily.com", "SpaceDaily.com"],
    ["NATO, Russia fail to defuse missile shield row", null],
    ["Missile Shield Talks", null],
    ["Uganda's Leading Daily", null],
    // a paper named after a place whose name is a possessive, not a slogan about the place
    ["Hawke's Bay Today", "Hawke's Bay Today"],
    ["Source: The Gazette", null],
    // a site's address or a name run together before the paper's name; before a slogan, the address
    ["Ashvale.com | The Ashvale Star", "The Ashvale Star"],
    ["AVOnline | Ashvale Journal Sentinel", "Ashvale Journal Sentinel"],
    ["ASV.com | Everything Ashvale", "ASV.com"],
    // a site's address and the paper it is home to
    ["Clarion.co.uk - Home of the Daily and Sunday Clarion", "Clarion.co.uk"],
    ["Talks fail - Home of the brave says no", null],
    // the country of the edition after the paper's name; a place alone with its country is no paper
    ["The Sunday Clarion Online - Sri Lanka", "The Sunday Clarion Online"],
    ["Ashvale - Kenya", null],
    ["Kenya's Best Weekly", null],
    ["The Region's Largest Newspaper", null],
    // a site's name and what it is, in lower case
    ["STEPPE-WIRE | Kazakh independent news agency", "STEPPE-WIRE"],
    ["The LEDGER \u2014 Weekly business newspaper of Moldova", "The LEDGER"],
    ["Talks fail | Opposition walks out of parliament", null],
    // a site's address alone, in lower case; a name and what it is after a double colon
    ["ashvaleonline.com", "ashvaleonline.com"],
    ["news.ashvale.ee", "news.ashvale.ee"],
    ["Ashvale Online :: Botswana's independent daily", "Ashvale Online"],
    // a paper's name and its site's address
    ["The Harbour Courier -- harbourcourier.com", "The Harbour Courier"],
  ];
  for (const [line, want] of cases)
    test(line, () => expect(readMasthead(line, whole(line), lineStats(line, whole(line)))?.text ?? null).toBe(want));
});

describe("siteLineName", () => {
  test("takes the paper's name after a site's address, and the address before a slogan", () => {
    expect(siteLineName("ashvale.com | Ashvale Free Press")).toBe("Ashvale Free Press");
    expect(siteLineName("AshvaleRegister.com | Ashvale's Homepage")).toBe("AshvaleRegister.com");
    expect(siteLineName("ASV.com | Everything Ashvale")).toBe("ASV.com");
    expect(siteLineName("AVOnline | Ashvale Journal Sentinel")).toBe("Ashvale Journal Sentinel");
  });
  test("leaves out the country the site serves after a bar or a dash, not a name after one", () => {
    expect(siteLineName("Gulf Ledger | Qatar")).toBe("Gulf Ledger");
    expect(siteLineName("Island Wire - Sri Lanka")).toBe("Island Wire");
    expect(siteLineName("Gulf Ledger | Business")).toBe("Gulf Ledger | Business");
  });
});

describe("splitHeadlineSuffix", () => {
  const cases: [string, string, string | null][] = [
    ["Russia warns Nato over missile shield | Reuters", "Russia warns Nato over missile shield", "Reuters"],
    ["Russia warns Nato over missile shield - BBC News", "Russia warns Nato over missile shield", "BBC News"],
    ["Trump wins - what happens next", "Trump wins - what happens next", null],
    ["NATO - Russia talks fail", "NATO - Russia talks fail", null],
  ];
  for (const [line, headline, outlet] of cases) {
    test(line, () => {
      const split = splitHeadlineSuffix(line, whole(line));
      expect(line.slice(split.headline.start, split.headline.end)).toBe(headline);
      expect(split.outlet?.text ?? null).toBe(outlet);
    });
  }
});

describe("readBylineLine", () => {
  const cases: [string, string | null, string | null][] = [
    ["By Jane Smith, Reuters", "Jane Smith", "Reuters"],
    ["Author of the article: Maren Holt", "Maren Holt", null],
    ["Edited by Coast Sports Desk", "Coast Sports Desk", null],
    ["By Maren Holt  Prairie News", "Maren Holt", null],
    ["By Tomas VeltriSports Reporter", "Tomas Veltri", null],
    ["Tomas Veltri @TomasVeltriLL", "Tomas Veltri", null],
    ["Ukraine War @Reuters", null, null],
    ["BY DANA KERR ON 4/20/21 AT 5:19 PM EDT", "DANA KERR", null],
    ["Dana Kerr, Political correspondent | February 14, 2008", "Dana Kerr", null],
    ["Nils Carden and Rebecca Lowe | The Harbour Mail", "Nils Carden and Rebecca Lowe", null],
    ["Bread and Butter | The Harbour Mail", null, null],
    ["By JANE SMITH and JOHN DOE", "JANE SMITH and JOHN DOE", null],
    ["by Staff Writers", "Staff Writers", null],
    ["By RAHIM FAIEZ Associated Press", "RAHIM FAIEZ", "Associated Press"],
    ["By Lucy Ward | Published June 8, 2011", "Lucy Ward", null],
    ["Posted by admin on June 8, 2011", "admin", null],
    ["by: Maria Lopez", "Maria Lopez", null],
    ["By Tom Hale, BBC News, Nairobi", "Tom Hale", "BBC News"],
    ["By Ann Lee, Chief Political Correspondent, The Times", "Ann Lee", "The Times"],
    ["By Ann Lee, Health Correspondent", "Ann Lee", null],
    ["Written by: Tom Price, AFP", "Tom Price", "AFP"],
    // whom the reporter writes for, and a role before the name
    ["By TOM HALE FOR MAILONLINE", "TOM HALE", "MAILONLINE"],
    ["By Jane Doe for The New York Times", "Jane Doe", "The New York Times"],
    ["By Ministry for Foreign Affairs", "Ministry for Foreign Affairs", null],
    ["By rural reporter Hamish Doyle", "Hamish Doyle", null],
    ["By Pacific affairs reporter Mele Tonga", "Mele Tonga", null],
    ["By Health reporter Anna Fisk", "Anna Fisk", null],
    // a station's staff, its number no date
    ["Author: WXIA 11 Staff", "WXIA 11 Staff", null],
    ["Author: WTVG 13 Web Team", "WTVG 13 Web Team", null],
    ["By Dan Pike | Published March 2, 2019", "Dan Pike", null],
    ["By Priya Raman, a news writer covering consumer tech and wearables.", "Priya Raman", null],
    ["By the end of the day, the talks had collapsed and both sides blamed each other.", null, null],
    // a date line that ends in its author
    ["March 3, 2018 9:15 AM by Web Staff", "Web Staff", null],
    ["12 June 2020 | 18:40 by Karen Lowe", "Karen Lowe", null],
    ["Published On: July 16, 2019 08:27 AM NPT By: Sushma Rai", "Sushma Rai", null],
    // CNN's credit of a correspondent
    ["From Correspondent Elise Marlow", "Elise Marlow", null],
    ["From Monday, fares will rise", null, null],
    ["Sales rose 4% by March, the company said.", null, null],
    // a name with a handle or a date label after it
    ["Sarah Khan (@sarahkhan_news) Published April 12, 2022 | 09:10 AM", "Sarah Khan", null],
    ["Omar Baloch | Published February 2, 2017", "Omar Baloch", null],
    ["Omar Baloch | Sports | Politics", null, null],
    ["Tom Evans Published May 9, 2021", "Tom Evans", null],
    ["World News Published May 9, 2021", null, null],
    ["Daily Herald Updated May 9, 2021", null, null],
    ["Police Chief Says Published Figures Were Wrong", null, null],
    // the outlet between the name and the date's label is credited
    [
      "Megan Doyle · CBC News · Posted: Mar 12, 2014 5:00 AM ET | Last Updated: March 12, 2014",
      "Megan Doyle",
      "CBC News",
    ],
    ["World News · Posted: Mar 12, 2014", null, null],
    // a label before the name
    ["Writer: Kanya Suwan", "Kanya Suwan", null],
    ["Author: Oliver Grant, Reuters", "Oliver Grant", "Reuters"],
    ["Reem Abou El-Naga , Tuesday 22 Jun 2021", "Reem Abou El-Naga", null],
    ["Writers' strike enters its third week", null, null],
    // a reporter and the place they file from, whatever their given name
    ["Anwarul Kabir in Dhaka", "Anwarul Kabir", null],
    // two reporters; the page's own publication is no reporter
    ["By: Ramon Villareal Jr., Jessa Mae Dolores - @sitenews", "Ramon Villareal Jr., Jessa Mae Dolores", null],
    ["by Nurul Huda Rahman, Universiti Malaysia Sabah", "Nurul Huda Rahman", null],
    ["by Island Today", null, null],
    // a reporter's standing after the paper's name is no part of it
    ["Matthew Dorsey, Chronicle Staff Writer", "Matthew Dorsey", "Chronicle"],
    // a reporter, the place filed from and the agency between bars
    ["Mirela Kovač | Podgorica | BIRN", "Mirela Kovač", "BIRN"],
    // a wire story credited to its agency alone
    ["By The Canadian Press", "The Canadian Press", "The Canadian Press"],
    ["By Associated Press", "Associated Press", "Associated Press"],
    ["From Abdullahi Musa Isah, Lokoja", "Abdullahi Musa Isah", null],
    ["By News Staff", "News Staff", null],
    ["Heavy Rains in Dhaka", null, null],
    // credits split by slashes or dots: a name among dates, reading times and outlets
    ["March 3, 2021 / Kemi Adebayo-Cole / 4 min read", "Kemi Adebayo-Cole", null],
    ["Lucía Ferrer · Radio Nacional · Updated 5 hours ago", "Lucía Ferrer", "Radio Nacional"],
    ["March 3, 2021 / Sports / 4 min read", null, null],
    ["Home / World / Africa", null, null],
    // a reporter's role among the credits names no publication
    ["By Mark Otieno, Staff Reporter, and agencies", "Mark Otieno", null],
    // a wire agency alone before a bar; two reporters, a bar and the day; a newsroom's credit and its place
    ["PTI |", "PTI", "PTI"],
    ["Health |", null, null],
    ["Fitri Handayani & Yoga Saputra | March 4, 2014", "Fitri Handayani & Yoga Saputra", null],
    ["Business & Economy | March 4, 2014", null, null],
    ["Our Correspondent . Rangpur", "Our Correspondent", null],
    ["Staff Reporter | Khulna", "Staff Reporter", null],
    // the reporter's beat and role after the name
    ["By LAURA MacISAAC Provincial Reporter", "LAURA MacISAAC", null],
    ["Jenny Marsden Crime Reporter", "Jenny Marsden", null],
    ["Council Tax Reporter", null, null],
    // "By" run into the name
    ["ByMarta Lindqvist Health Reporter", "Marta Lindqvist", null],
    ["Byron Lindqvist", null, null],
    // a name in capitals and the reporter's role after a bar
    ["MERE TALEMO | Reporter", "MERE TALEMO", null],
    // the reporter's role after a double dash; a label "Byline:"
    ["By HEATHER DRISCOLL -- Free Press Reporter", "HEATHER DRISCOLL", null],
    ["Byline: JEAN-FRANCOIS RIOUX and CATHERINE O'NEILL", "JEAN-FRANCOIS RIOUX and CATHERINE O'NEILL", null],
    // the date, a slash, the name and the town filed from after a comma
    ["25 October 2011, Tuesday / MELTEM ÖZDİLEK , ERCİŞ", "MELTEM ÖZDİLEK", null],
    // a blog's categories after the name
    [
      "September 17th, 2009 \u00b7 Posted by Lucia Ferro Vidal in Mining, Andes News \u00b7 3 Comments",
      "Lucia Ferro Vidal",
      null,
    ],
    // a reporter's name and, after a bar or a comma, the paper's name or its reporter's role there
    ["Dana Orlova | Steppewire correspondent", "Dana Orlova", null],
    ["Dana Orlova, TASS", "Dana Orlova", "TASS"],
    // a broadcaster's name that opens with a digit before the reporter's role; "Report by"
    ["Mere Tawhiri | 1News Reporter", "Mere Tawhiri", null],
    ["Report by Gwenllian Pryse", "Gwenllian Pryse", null],
    // the day of the page, a newsroom's credit and the place filed from, between bars
    ["Wednesday, 12 July 2017 | Staff Reporter | New Delhi", "Staff Reporter", null],
    ["Wednesday, 12 July 2017 | Health | New Delhi", null, null],
    ["Floods hit the south | Reuters", null, null],
    // the labels of a date ignore case, a name does not
    ["All materials published on this site may be used only with a link to it. \u00a9 2012 Danube Wire", null, null],
  ];
  for (const [line, byline, agency] of cases) {
    test(line, () => {
      const found = readBylineLine(line, whole(line), lineStats(line, whole(line)));
      expect(found?.byline.text ?? null).toBe(byline);
      expect(found?.agency?.text ?? null).toBe(agency);
      if (found) expect(line.slice(found.byline.span.start, found.byline.span.end)).toBe(found.byline.text);
    });
  }

  test("a name over the page's own name is a byline; a site's name over a section, or a label, is none", () => {
    const at = (text: string, line: string) => {
      const start = text.indexOf(line);
      const span = { start, end: start + line.length };
      return readBylineLine(text, span, lineStats(text, span))?.byline.text ?? null;
    };
    const page = "The Telegram\nLocal\n\nDaniel Hurley-Rowe\nThe Telegram\n\nPublished on April 14, 2010";
    expect(at(page, "Daniel Hurley-Rowe")).toBe("Daniel Hurley-Rowe");
    expect(at("Prairie Lantern\nLocal News\nSports", "Prairie Lantern")).toBeNull();
    expect(at("The Telegram\nNews\n\nRead More About\nCategory: All, News", "Read More About")).toBeNull();
    expect(at("The Telegram\nNews\n\nDaniel Hurley-Rowe\nThe Sun Times\n", "Daniel Hurley-Rowe")).toBeNull();
    // over a newsroom's credit
    expect(at("The Deccan Post\n\nAjay Jadhav-Pawar\nExpress News Service\n", "Ajay Jadhav-Pawar")).toBe(
      "Ajay Jadhav-Pawar",
    );
  });
});

describe("readLoneCredit", () => {
  const cases: [string, string | null][] = [
    ["Staff Writer", "Staff Writer"],
    ["Staff and agencies", "Staff and agencies"],
    ["Staff Reporter", "Staff Reporter"],
    ["Staff cuts loom", null],
    ["Editor", null],
    ["Post News Network", "Post News Network"],
    // a paper's short name and its newsroom's word
    ["DC Correspondent", "DC Correspondent"],
    ["Onmanorama Staff", "Onmanorama Staff"],
    ["Excelsior Correspondent", "Excelsior Correspondent"],
    ["Bureau Report", "Bureau Report"],
    ["Bureau reports rise in fraud", null],
    // "By" before it is no part of the credit
    ["By TBT staff", "TBT staff"],
  ];
  for (const [line, want] of cases)
    test(line, () => expect(readLoneCredit(line, whole(line))?.text ?? null).toBe(want));
});

test("the place after a dated newsroom's credit is where the story is filed from", () => {
  const line = "Wednesday, 12 July 2017 | Staff Reporter | New Delhi";
  const found = readBylineLine(line, whole(line), lineStats(line, whole(line)));
  expect(found?.place?.text).toBe("New Delhi");
  if (found?.place) expect(line.slice(found.place.span.start, found.place.span.end)).toBe("New Delhi");
});

describe("readCreditLine", () => {
  const cases: { line: string; outlet: string | null; place: string | null; date: string | null }[] = [
    { line: "PTI | Mumbai | Updated: 14-07-2021 09:12 IST", outlet: "PTI", place: "Mumbai", date: "2021-7-14" },
    { line: "IANS | New Delhi | Published 03-11-2020", outlet: "IANS", place: "New Delhi", date: "2020-11-3" },
    { line: "Reuters | London | 5 May 2019", outlet: "Reuters", place: "London", date: "2019-5-5" },
    { line: "Devi Rao | Chennai | Updated: 14-07-2021", outlet: null, place: "Chennai", date: "2021-7-14" },
    { line: "Deccan Herald | Bengaluru | 02-01-2022", outlet: "Deccan Herald", place: "Bengaluru", date: "2022-1-2" },
    { line: "Home | World | Asia", outlet: null, place: null, date: null },
  ];
  for (const t of cases)
    test(t.line, () => {
      const found = readCreditLine(t.line, whole(t.line));
      const d = found?.date;
      expect(found?.outlet?.text ?? null).toBe(t.outlet);
      expect(found?.place?.text ?? null).toBe(t.place);
      expect(d ? `${d.year}-${d.month}-${d.day}` : null).toBe(t.date);
      if (found?.place) expect(t.line.slice(found.place.span.start, found.place.span.end)).toBe(t.place);
    });
});

describe("readCopyright and readSignOff", () => {
  const copyright: [string, string | null][] = [
    ["\u00a9 2011 AFP", "AFP"],
    ["Copyright 2016 The Associated Press. All rights reserved.", "Associated Press"],
    ["Copyright 2016 Reuters. All rights reserved.", "Reuters"],
    ["\u00a9 2016 Guardian News and Media Limited", "Guardian News and Media"],
    ["Copyright lawyers disagreed", null],
    ["\u00a9 Copyright 2016 Harbour Company (Media) Limited. All Rights Reserved.", "Harbour Company"],
    ["\u00a9 UNICEF/Chisomo Banda", null],
    ["Copyright 2019 The Valley Courier - All Rights Reserved", "The Valley Courier"],
    // a publishing company named after its title, with a legal form of another country
    ["\u00a9 2024 Lefkada Publishing S.A.", "Lefkada"],
    ["\u00a9 2024 BALKANWIRE MEDIA NETWORK BV", "BALKANWIRE"],
    ["\u00a9 2014 Reef Business International. All rights reserved.", "Reef Business"],
    // a notice after the holder and its year; the paper, its town and the company that publishes it
    ["\u00a9 The Harbour Courier 2009. Reproduction in whole or in part is prohibited.", "The Harbour Courier"],
    ["\u00a9 2003 The Valley Courier, Launceston. Rural Press Limited.", "The Valley Courier"],
    // a year in Roman numerals
    ["\u00a9 MMVIII, Harbour Interactive Inc. All Rights Reserved.", "Harbour Interactive"],
    ["\u00a9 Mi News", "Mi News"],
  ];
  for (const [line, want] of copyright)
    test(line, () => expect(readCopyright(line, whole(line))?.text ?? null).toBe(want));
  test("a publisher's group is a company, which ranks after the masthead", () => {
    const line = "\u00a9 Copyright 2001-2009 Harbour Media Group";
    expect(readCopyright(line, whole(line))).toMatchObject({ text: "Harbour Media Group", company: true });
    const own = "\u00a9 2019 The Valley Courier";
    expect(readCopyright(own, whole(own))).toMatchObject({ text: "The Valley Courier", company: false });
  });

  const signOffs: [string, string | null][] = [
    ["-- AFP", "AFP"],
    ["(Reuters)", "Reuters"],
    ["AP", "AP"],
    ["Source: Xinhua", "Xinhua"],
    ["Reporters said", null],
  ];
  for (const [line, want] of signOffs)
    test(line, () => expect(readSignOff(line, whole(line))?.text ?? null).toBe(want));
});

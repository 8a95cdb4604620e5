import { describe, expect, test } from "vitest";
import { foldText } from "../text/fold.js";
import { classifyLine, isCaption, isDateLine, isSentenceLike, lineStats } from "./debris.js";
import { DEBRIS_PATTERNS } from "./debris-data.js";

const whole = (line: string) => ({ start: 0, end: line.length });
const classify = (line: string) => classifyLine(foldText(line), whole(line))?.reason ?? null;

describe("classifyLine", () => {
  const debris: [string, string][] = [
    ["Home | World | Europe | Politics", "navigation"],
    ["— With assistance by Anna Lindqvist and Tom Reyes", "byline"],
    ["Maria T. Lopez covers immigration for the Metro desk. More about Maria T. Lopez", "byline"],
    ["Ann Wu joined the Post in 2019 and covers climate. She previously worked for a local broadcaster.", "byline"],
    ["Trending News", "widget"],
    ["Related Reports", "related"],
    ["Republish this article", "widget"],
    ["More by Jamal Trotter", "related"],
    ["Dana Reyes covers education for KWXR 89.3. Email her at danar@kwxr.org.", "byline"],
    [
      "This article first appeared on Delta Ledger and is republished here under a Creative Commons license.",
      "copyright",
    ],
    [
      "Prairie Watch, at prairiewatch.org, is a nonprofit, nonpartisan media organization that covers public-policy issues facing the state.",
      "appeal",
    ],
    [
      "Disclosure: Acme Power and the State Grid Council have been financial supporters of The Plains Tribune.",
      "appeal",
    ],
    ["Financial supporters play no role in the Tribune's journalism.", "appeal"],
    ["Your comments are welcome. Please keep them relevant and civil.", "comments"],
    ["Where am I? Home > News > UK News > Health News", "navigation"],
    ["Sign up for Morningmail, our editor's daily email preview of the programme", "appeal"],
    ["Don't miss out on the headlines from Coast News. Followed categories will be added to My News.", "appeal"],
    [
      "CONTENT WARNING: Aboriginal and Torres Strait Islander readers are advised this article contains the name of a person who has died.",
      "other",
    ],
    ["Rugby fans can catch the full highlights on our YouTube channel.", "appeal"],
    ["Play", "widget"],
    ["Print this story", "widget"],
    [
      "A version of this article appears in print on March 3, 2020, Section A, Page 1 of the New York edition.",
      "other",
    ],
    ["(Updates with minister's comment in fifth paragraph.)", "metadata"],
    ["Source: Al Arabiya and news agencies", "metadata"],
    ["PTI ANK DJI RT", "metadata"],
    ["Disclaimer: This story has not been edited by staff and is auto-generated from a syndicated feed.", "other"],
    ["Skip to contentSkip to site index", "widget"],
    ["Print subscriptions", "widget"],
    ["If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.", "other"],
    ["Home > News > World", "navigation"],
    ["Courant.com > Archives > 2001 > November > 8", "navigation"],
    ["Home » News » National", "navigation"],
    ["Share on Facebook   Share on Twitter   Share on LinkedIn   Email", "widget"],
    ["Share on Facebook  Share on Twitter  Comments 23", "widget"],
    ["Share this item on Facebook   Share this item via WhatsApp   Send this page to someone via email", "widget"],
    ["SHARE ARTICLE   PRINT   A A A", "widget"],
    ["This site uses cookies. By continuing to browse the site you agree to our use of cookies. Accept", "widget"],
    ["Markets » Grain Handling", "navigation"],
    ["National   Politics   Valley   Opinion   Money   Sports   Culture & Lifestyle", "navigation"],
    ["Home  Local  Sports  Business  Editorial  Letters  Contact us", "navigation"],
    ["Update: 4:35PM", "header"],
    ["[Back to Lead Stories]", "navigation"],
    ["[ Front Page ] [ Local News ] [ Business ] [ Sport ] [ Opinion ]", "navigation"],
    ["Local > Northwest news from The Associated Press", "navigation"],
    ["Search Harbour Courier:  [ Go ]", "widget"],
    ["Breaking: Interim government sets July 24 date for the vote", "navigation"],
    ["Local / Angus & The Mearns", "navigation"],
    ["Video Player is loading.", "widget"],
    ["AdvertisementHide Ad", "widget"],
    ["We and our partners use cookies to understand how you use our site. Manage preferences | Accept All", "widget"],
    ["You are here: Home / Local / Court voids resort lease over customary land consent", "navigation"],
    ["Home  News  Politics  Economy  Security  Peace process  Opinion  About us", "navigation"],
    ["Subject: Economy; Monetary policy; Interest rates", "tags"],
    ["Document type: Daily Report", "tags"],
    [
      "Yle uses cookies and similar technologies to provide its services. Accept all | Only necessary | Settings",
      "widget",
    ],
    ["Wednesday", "header"],
    ["Search the archives:    [ GO ]", "widget"],
    ["* * *", "separator"],
    ["— — —", "separator"],
    ["|", "separator"],
    ["12 Comments", "comments"],
    ["1-min read", "widget"],
    ["5 min read", "widget"],
    ["Listen to this article", "widget"],
    ["NATIONTrending Now", "widget"],
    ["Most Read", "related"],
    ["Comments (3)", "comments"],
    ["Leave a Reply", "comments"],
    ["Leave a reply Cancel reply", "comments"],
    ["Add your comment", "comments"],
    ["View all comments", "comments"],
    ["Your email address will not be published. Required fields are marked *", "comments"],
    ["Comments are closed.", "comments"],
    [
      "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
      "copyright",
    ],
    ["Copyright 2016 Reuters. All rights reserved.", "copyright"],
    ["© Guardian News & Media Limited or its affiliated companies. All rights reserved.", "copyright"],
    ["(c) 2019 Bloomberg L.P.", "copyright"],
    ["Topics: Elections, Congress, Senate", "tags"],
    ["Filed under: Europe, Russia", "tags"],
    ["Tagged with: NATO, missile defence", "tags"],
    ["Read more: Putin warns protesters of tough response", "related"],
    ["RELATED: Five things to know about the missile shield", "related"],
    ["Related Stories", "related"],
    ["Similar stories", "related"],
    ["More like this", "related"],
    ["More on this story", "related"],
    ["You may also like", "related"],
    ["Most Read", "related"],
    ["Share this:", "widget"],
    ["Share this article", "widget"],
    ["Click to share on Twitter (Opens in new window)", "widget"],
    ["Click to email this to a friend (Opens in new window)", "widget"],
    ["Advertisement", "widget"],
    ["Main Menu", "widget"],
    ["QR Code", "widget"],
    ["Watch Live", "widget"],
    ["Watch NBC News Now", "widget"],
    ["Skip to main content", "widget"],
    ["Continue reading...", "widget"],
    ["Sign up for our daily newsletter to get the latest headlines", "appeal"],
    ["Subscribe to our newsletter", "appeal"],
    ["Subscribe | Login", "widget"],
    ["Sign in | Subscribe | e-Edition", "widget"],
    ["Subscribe   Become a member", "widget"],
    ["Donate to Payvand | Advertise", "widget"],
    ["Donate to Kivu Wire", "widget"],
    [
      "Your privacy: We and our partners use cookies to personalise content and ads. Manage preferences | Accept all",
      "widget",
    ],
    ["Cookie policy: We use cookies to improve your experience on our site. Find out more | Accept", "widget"],
    ["[Watch Video]  Play  |  Share to: Kaixin  Renren  Sina Weibo", "widget"],
    ["Share on: Facebook Twitter WhatsApp", "widget"],
    ["Story by Ines Vale. Translation by Tom Reed.", "byline"],
    ["Text by Ines Vale and Ana Ruiz. Photos by Tom Reed. Editing by Lia Gorn.", "byline"],
    ["News   Features   The North. Unfiltered.   Podcasts   Donate", "navigation"],
    ["Support us  |  Log in", "widget"],
    ["Subscribe now - $1 for your first 4 weeks", "appeal"],
    ["Get full access for just $2 for your first month", "appeal"],
    ["Daily News reporter Dan Kessler can be reached at dkessler@adn.com.", "byline"],
    ["Staff writer Ann Lee can be contacted at 555-0182 or alee@times.com", "byline"],
    ["Follow us on Twitter @worldnews", "appeal"],
    ["Learn more about space exploration at SpaceDaily.com", "appeal"],
    ["Please support independent journalism: donate today.", "appeal"],
    ["Support our journalism. Become a member from just $5 a month.", "appeal"],
    ["Politics | Tuesday, 8 November 2016 // 09:12 | 1,204 views", "header"],
    ["Published Thursday, November 10, 2016", "header"],
    ["Updated: 09/11/2016 14:02 GMT", "header"],
    ["2016-11-10 08:15", "header"],
    ["Nov. 9, 2016 10:32 AM ET", "header"],
    ["3 hours ago", "header"],
    ["Facebook Twitter Pinterest Email", "widget"],
    ["Share | Tweet | Email", "widget"],
    ["Image 3 of 12", "widget"],
    ["Sponsored By", "widget"],
    ["Toggle Menu", "widget"],
    ["Open Navigation", "widget"],
    ["Now Playing", "widget"],
    ["Up Next", "widget"],
    ["Please enter a search term.", "widget"],
    ["Weather: 91° Partly cloudy", "widget"],
    ["Lagos 31°C Haze", "widget"],
    ["Jump to comments", "comments"],
    ["This entry was posted in World News and tagged NATO, Russia. Bookmark the permalink.", "tags"],
    ["This article was originally published on The Conversation. Read the original article.", "copyright"],
    ["Reprinted with permission from Project Syndicate.", "copyright"],
    ["Jane Smith is a senior correspondent for Reuters in Moscow.", "byline"],
    ["Reporting by Jane Smith; Additional reporting by Tom Brown in Kiev; Editing by Peter Graff", "byline"],
    ["Associated Press writers Kevin Freking and Farnoush Amiri contributed to this report.", "byline"],
    ["CNN's Karol Suarez contributed to this report.", "byline"],
    ["Story continues below advertisement", "widget"],
    ["Advertisement - scroll to continue", "widget"],
    ["Click here to subscribe.", "widget"],
    ["Continue reading the main story", "widget"],
    ["Maria Abi-Habib contributed reporting from Mexico City.", "byline"],
    ["https://p.example.com/p/4kT9q", "widget"],
    ["SKIP ADVERTISEMENT", "widget"],
    ["Text Size: A A A", "widget"],
    ["Our mission is to deliver unbiased, fact-based reporting that holds power to account.", "appeal"],
    ["READ | Nipah virus: What you need to know", "related"],
    ["VIDEO: Neighbor records flames shooting from roof", "related"],
    ["Read moreIvory Coast votes in first parliamentary poll", "related"],
    ["Read more from Sky News:", "related"],
    ["Match ends, Hibernian 3, Aberdeen 1.", "other"],
    ["Second Half ends, Hibernian 3, Aberdeen 1.", "other"],
    ["Our daily afternoon newsletter wraps up the day's news.", "appeal"],
    ["Your information is being handled in accordance with the Privacy Collection Statement.", "appeal"],
    ["READ: Death toll from floods crosses 900", "related"],
    ["Related Article", "related"],
    ["Story continues", "widget"],
    ["Larger text size", "widget"],
    ["Subscribers are reading", "widget"],
    ["Join our Telegram channel and get the latest breaking news delivered to you.", "appeal"],
    ["The stories shaping Ohio, delivered to your inbox every weekday morning.", "appeal"],
    ["You may occasionally receive promotional content from the Daily Courier.", "appeal"],
    ["Thanks for reading The River Ledger! Subscribe for free to receive new posts.", "appeal"],
    ["Subscribe to The River Ledger", "appeal"],
    ["Thousands of paid subscribers", "appeal"],
    ["By subscribing, I agree to the Terms of Use.", "appeal"],
    ["Log in, register or subscribe to save articles for later.", "appeal"],
    ["Contact Dana Ruiz at (555) 555-0142 or druiz@example.com.", "byline"],
    ["Possession: 46% - 54%", "other"],
    ["Shots on target: 3 - 6", "other"],
    ["Leeds 1-2 Stoke - Match stats", "other"],
    ["Scorers – Wexford: L Chin 0-7 (5f), C McDonald 1-1, J O'Connor 0-2.", "other"],
    ["WEXFORD – M Fanning; S Donohoe, L Ryan, D Reck; P Foley, M O'Hanlon, C Dunbar; K Foley, D O'Keeffe.", "other"],
    ["Ref – J Keenan (Wicklow).", "other"],
    ["The agency's website contains only a portion of the news stories offered to subscribers.", "copyright"],
    ["Search Harborview.com  | Web Search powered by Bing", "widget"],
    [
      "\u00ab Transit Board Punts on Rail Line, Again | Main | Morning After: Harbor Toll Road Edition \u00bb",
      "navigation",
    ],
    ["\u00ab Earlier post | Main", "navigation"],
    ["Main | Later post \u00bb", "navigation"],
    ["Metro News - Breaking news from The Lakeside Courier", "navigation"],
    ["LATEST: Power restoration in northern towns may take weeks \u2014 PALECO", "navigation"],
    ["This article was published more than 7 years ago. Some information may no longer be current.", "other"],
    ["This article is more than 5 years old", "other"],
    ["This article was published today at 3:12 a.m.", "other"],
    ["This story has been viewed 8412 times.", "widget"],
    ["Open this photo in gallery:", "widget"],
    ["Readers' Comments (1)", "comments"],
    ["Comments on: Storm kills two in prairie town", "comments"],
    [
      "Join the conversation! Coast24 encourages commentary submitted by readers. Longer pieces may be published.",
      "comments",
    ],
    ["Would you like to comment on this article?", "comments"],
    ["Register (it's quick and free) or sign in now.", "comments"],
    ["Please read our Comment Policy before commenting.", "comments"],
    ['To report abuse, click the "report" link below the comment.', "comments"],
    ["Comments will be moderated. Keep comments relevant to the article.", "comments"],
    ["prairiefan_72 says...", "comments"],
    ["Ana Ruiz has covered sports for The Harbour Times since 1997.", "byline"],
    ["KEYWORDS", "tags"],
    ["Read more about:", "related"],
    ["Follow @jdoeCP on Twitter.", "appeal"],
    [
      "HKT is an impartial platform & does not necessarily share the views of opinion writers or advertisers.",
      "comments",
    ],
    ["Conversations are opinions of our readers. The Courier does not endorse these opinions.", "comments"],
    ["Add some good to your morning and evening. Sign up for our newsletter.", "appeal"],
    ["Copyright LAKE NEWS. All rights reserved. No reproduction without written permission.", "copyright"],
    ["Page 1 of 2 | Single Page", "widget"],
    ["Text size: A | A | A   Print   Email to a friend", "widget"],
    ["Font size: A A A   Print   Email", "widget"],
    ["2 photos", "widget"],
    ["BREAKING NEWS ALERTS: Sign up for COAST email alerts", "appeal"],
    ["Coast Sports uses cookies to improve your experience. See our cookie policy.", "widget"],
    ["Search the web", "widget"],
    ["A A A", "widget"],
    ["Tiếng Việt", "navigation"],
    ["Español | Français", "navigation"],
    ["Main Stories", "related"],
  ];
  for (const [line, reason] of debris)
    test(`sets aside ${JSON.stringify(line)} as ${reason}`, () => expect(classify(line)).toBe(reason));

  const prose = [
    "Market share: 40 percent of the region's sales.",
    "The search, powered by volunteers, found the boy on Monday.",
    "Police chief says - latest news from the scene was grim",
    '"We will go home," he said, "and that is the main thing."',
    "Temperatures reached 45°C in Delhi on Monday, the highest this year.",
    "The newsletter, published by the ministry on Monday, said the talks had failed.",
    "With assistance from Norway, the council agreed.",
    "The Senate Intelligence Committee covers the costs of the inquiry.",
    "Sign up for the scheme opened on Monday, the ministry said.",
    '"We need your support," the prime minister told parliament on Tuesday.',
    "Related talks in Geneva also ended without agreement, officials said.",
    "Comments made by the minister drew sharp criticism from the opposition.",
    "Copyright lawyers said the ruling would change how music is licensed.",
    "Share prices fell 3 percent in early trading in London.",
    "The vote was held on December 8, 2011, and the results were announced the next day.",
    "Follow-up talks are planned for January.",
    "Home owners in the region face higher taxes next year.",
    "NATO, Russia fail to defuse missile shield row",
    "Sergei Lavrov is a veteran diplomat who has served as foreign minister since 2004.",
    "Posted troops in the region will stay until the spring, the ministry said.",
    "Watch the live feed of the launch on our website, the agency said.",
    "Menu prices rose again",
    "Referee Paud Walsh booked four players, and the board is expected to review an incident in the second half.",
    "Subs were made early; J Ryan, K Foley and M Doyle came on; the side still lost.",
    "Trending stocks fell 5 min after the opening bell, traders said.",
    "Read the full ruling, the judge told the court, before you criticise it.",
    "Video footage showed the car leaving the road, police said.",
    "Moreover, the ministry said the figures were provisional.",
    "Full time workers will get the raise from April, the union said.",
    "Our reporters spent a month in the camps.",
    "Story by story, the paper rebuilt its reputation.",
    "Contact with the crew was lost at 3am, the coastguard said.",
    "Thanks to the rain, the fire was contained by Monday.",
    "Subscribers to the service will pay more from March, the company said.",
    "The score was 2-1 at half-time: Leeds led through two early goals.",
    "The union said a deal may be reached by the end of the month.",
    "Subscribe now, the paper urged readers, before prices rise in May.",
    "Two  spaces  after  each  word  do  not  make  a  menu  of  a  sentence.",
    'Putin said " we will not give in " to the protesters.',
    "This article of the charter was published more than a century ago, the historian said.",
    "Comments on the draft are due by Friday, the ministry said.",
    "Page 3 of the report was missing, officials said.",
    "English is spoken here, the guide said.",
    "Search the web for the report, the minister told reporters.",
    "The statement does not reflect the views of the government, the spokesman said.",
    "Registered voters can sign in at any polling station, officials said.",
    "The mayor says: the budget is balanced.",
    "Rivera has covered the cost of the repairs since 2019, the council said.",
  ];
  for (const line of prose) test(`keeps ${JSON.stringify(line.slice(0, 50))}`, () => expect(classify(line)).toBeNull());
});

describe("isCaption", () => {
  const captions = [
    "US Secretary of State Hillary Clinton arrives for a meeting in Brussels on December 8, 2011. EPA/OLIVIER HOSLET",
    "President Barack Obama speaks in the Rose Garden of the White House. (AP Photo/Evan Vucci)",
    "Protesters gather in Bolotnaya Square in Moscow. Photograph: Sergei Karpukhin/Reuters",
    "Police officers stand guard outside the court. Photo: Reuters",
    "Image caption The minister was speaking after the talks",
    "Vladimir Putin at a news conference in Moscow. REUTERS/Maxim Shemetov",
    "Troops on patrol near Kandahar. Getty Images",
    "A fragment of the meteorite found near Kindersley. Todd Korol/The Globe and Mail",
    "Resident doctors on a picket line outside a hospital in London (Jordan Pettitt/PA Wire)",
    "Arman Zhakupov (center) arrives at the district court in Almaty on November 15.",
    "Officials inspect some of the tusks seized at the port last week. PHOTO | FILE",
    "Shaikh Rashid, centre, with Eng. Al Nouri and Dr Al Sayegh at the announcement at the airport yesterday.",
    "A bridge lies collapsed in Hualien, eastern Taiwan, on April 3, 2024, after a strong earthquake. (Kyodo)",
  ];
  for (const line of captions)
    test(`recognises ${JSON.stringify(line.slice(0, 50))}`, () =>
      expect(isCaption(foldText(line), whole(line))).toBe(true));

  const prose = [
    "The minister said the talks with Russia would continue, a spokesman told Reuters.",
    "Lavrov told a news conference that Moscow wanted legally binding guarantees.",
    "Analysts said the system, developed by Raytheon and/or Lockheed, would cost billions.",
    '"It will be a new experience," political scientist Rein Kask told LETA/BNS.',
    "The quake struck on April 3, 2024. Rescuers worked through the night, officials said. (Kyodo)",
  ];
  for (const line of prose)
    test(`does not take prose for a caption: ${JSON.stringify(line.slice(0, 40))}`, () =>
      expect(isCaption(foldText(line), whole(line))).toBe(false));
});

describe("isSentenceLike", () => {
  const cases: [string, boolean][] = [
    ["NATO and Russia failed to agree on Thursday.", true],
    ['"We will see," he said.', true],
    ["NATO, Russia fail to defuse missile shield row", false],
    ["Pakistan Today", false],
    ["Since January, police have arrested 312 drug suspects in the city. (RMCL)", true],
    ["Floods destroyed thousands of houses in 2003. (With a report from Jun Ramos)", true],
    ["Talks resume on Monday (AP)", false],
  ];
  for (const [line, want] of cases)
    test(JSON.stringify(line), () => expect(isSentenceLike(line, whole(line))).toBe(want));
});

describe("isDateLine", () => {
  const dateLine = (text: string) =>
    isDateLine(text, { start: 0, end: text.length }, lineStats(text, { start: 0, end: text.length }));

  test("a date with its time, an update date and labels is a date line", () => {
    expect(dateLine("Published 5:02 p.m. ET March 3, 2022 | Updated 7:15 a.m. ET March 4, 2022")).toBe(true);
    expect(dateLine("on August 13, 2014 at 10:33 PM, updated August 14, 2014 at 4:34 AM")).toBe(true);
    expect(dateLine("World | December 8, 2011, Thursday // 16:58| views")).toBe(true);
    expect(dateLine("Edition Date: 08/14/01")).toBe(true);
    expect(dateLine("Tuesday, May 9, 2017 - 08:40.  Updated on Tuesday, May 9, 2017 - 09:05.")).toBe(true);
    expect(dateLine("Tuesday, November 22, 2005. Issue 1122. Page 3.")).toBe(true);
    expect(dateLine("Published: 10.20.12, 20:44 / Israel News")).toBe(true);
    // an ordinal day and a year of two digits before the clock
    expect(dateLine("23rd Jul 15, 9:38am")).toBe(true);
    expect(dateLine("Yap Mun Ching | Nov 18, 10 4:32pm")).toBe(true);
  });

  test("a listed story's title with its date in brackets is not", () => {
    expect(dateLine("The Harbour Disaster: Ten Years On (06/03/2008)")).toBe(false);
  });

  test("a sentence that states a date and a time is not", () => {
    expect(dateLine("The minister arrived on March 3, 2022 at 10:30 am to meet protesters outside parliament.")).toBe(
      false,
    );
    expect(dateLine("Markets fell sharply on March 3, 2022 after the central bank raised rates by half a point")).toBe(
      false,
    );
  });
});

describe("line-start patterns", () => {
  test("each is anchored at the line's start and has no flag but case, as the merged pattern that screens lines assumes", () => {
    for (const p of DEBRIS_PATTERNS) {
      expect(p.pattern.source.startsWith("^"), p.name).toBe(true);
      expect(["i", ""], p.name).toContain(p.pattern.flags);
    }
  });

  test("a pattern screened by a phrase spells the phrase out, so that every line it matches holds the phrase", () => {
    for (const p of DEBRIS_PATTERNS) {
      if (p.phrase !== undefined) expect(p.pattern.source, p.name).toContain(p.phrase);
    }
  });

  test("a line with a screening phrase far into it is still named", () => {
    expect(classify("Jane Doe in Washington and John Roe in London contributed reporting.")).toBe("byline");
  });

  test("a debris phrase in the middle of a line does not make it debris", () => {
    expect(classify("Share this article")).toBe("widget");
    expect(classify("Officials did not share this article of the treaty with reporters.")).toBeNull();
  });
});

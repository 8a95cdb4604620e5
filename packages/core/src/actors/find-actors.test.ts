import { describe, expect, test } from "vitest";
import { findQuotes } from "../quotes/find-quotes.js";
import type { Actor } from "../schema/actor.js";
import { CITY_LINES } from "./data/cities.gen.js";
import { CITY_ALIASES } from "./data/places.js";
import { actorAt, findActors } from "./find-actors.js";
import { gazetteer } from "./gazetteer.js";
import { testDoc } from "./test-doc.js";

const named = (actors: readonly Actor[], kind: Actor["kind"]) =>
  actors.filter((a) => a.kind === kind).map((a) => a.name);

/** Each case: text, then the people, organisations and places expected (in order of first mention). */
const cases: readonly (readonly [string, readonly string[], readonly string[], readonly string[]])[] = [
  [
    "German Chancellor Angela Merkel and French President Emmanuel Macron met in Berlin.",
    ["Angela Merkel", "Emmanuel Macron"],
    [],
    ["Berlin"],
  ],
  [
    "Rescuers flew to Zeda Kurdoni on Monday. The governor visited Tavrani and Lomtagora, and Maria Ozawa " +
      "visited Tamar Beridze. You can listen back to Nino Kvaratskhelia on our site.",
    ["Maria Ozawa", "Tamar Beridze", "Nino Kvaratskhelia"],
    [],
    ["Zeda Kurdoni", "Tavrani", "Lomtagora"],
  ],
  ["Jan Pronk, the envoy, arrived in Abuja. May Day rallies were held.", ["Jan Pronk"], [], ["Abuja"]],
  [
    // a name no list knows, then an English word that speaks alone in another paragraph
    'Zorvan Kettle broke the record in Berlin on Sunday.\n\n"It was a great race," Kettle told reporters.',
    ["Zorvan Kettle"],
    [],
    ["Berlin"],
  ],
  ["Zorvan Kettle broke the record in Berlin on Sunday.", [], [], ["Berlin"]],
  [
    // firms of shipping's trades, by the word that closes their names
    "The salvor Harvik Salvage worked with the tugs, agent Marlow Agencies said, and the owner, Taiyo Kisen Kaisha, agreed.",
    [],
    ["Harvik Salvage", "Marlow Agencies", "Taiyo Kisen Kaisha"],
    [],
  ],
  [
    // an "area" after a name, a border post, a route from an Arabic article's name; not "area committee"
    "The bus was on the road from Al Qasra to Jebel Barid when it overturned. A clerk from Sharjah's Al Qurm area " +
      "who was hurt said the Al Qasra area was packed. Crowds used the Al Muwayla border post. The Dorran and Kelby " +
      "area committee met, and Donors gave from Al Gore to Bill Gates.",
    ["Al Gore", "Bill Gates"],
    [],
    ["Al Qasra", "Jebel Barid", "Sharjah", "Al Qurm", "Al Muwayla"],
  ],
  [
    // points of the compass alone, and a name a plural region's noun closes
    "Lawyers protest the posting of magistrates to courts in the North West and South West Regions. Separatists " +
      "in the North East said so, and Adam West spoke.",
    ["Adam West"],
    [],
    ["North West", "South West Regions", "North East"],
  ],
  [
    // an alderman's title as Australian papers shorten it; a seat's holder before the seat and the name
    "Ald Dennis Arvan said the council would act, and Ald. Kay Merrow agreed. MLA for Ashvale John Bowden spoke.",
    ["Dennis Arvan", "Kay Merrow", "John Bowden"],
    [],
    [],
  ],
  [
    // a sports court known by its full name, with its initials
    "The club appealed to the Court of Arbitration for Sport (CAS) in Lausanne. CAS said it would rule in May.",
    [],
    ["Court of Arbitration for Sport"],
    ["Lausanne"],
  ],
  [
    // a field's word before an office's head word is of the title, not a body
    "Procurement Officer Sahr Tengbeh agreed, and Integrity Officer Stephen Cachia said so.",
    ["Sahr Tengbeh", "Stephen Cachia"],
    [],
    [],
  ],
  [
    // a title, "of" and the body whose office it is, then the holder's name with nothing between
    "Commissioner of Mombasa Port Authority Rahim Odhiambo said the berths were full. Commissioner of Mombasa " +
      "Custom House Mohammad Farid Ahsan said the goods would be sold.",
    ["Rahim Odhiambo", "Mohammad Farid Ahsan"],
    ["Mombasa Port Authority", "Custom House"],
    ["Mombasa"],
  ],
  [
    // an engineer's and an architect's style before the name; a body's head word ending its name before a title
    "The pipes burst, said Engineer Kudzai Tafadzwa, and Architect Lerato Phiri agreed. Kelso Water Board " +
      "Chairman Kofi Asante and Tarvin Group Chief Executive Ama Boateng spoke.",
    ["Kudzai Tafadzwa", "Lerato Phiri", "Kofi Asante", "Ama Boateng"],
    ["Kelso Water Board", "Tarvin Group"],
    [],
  ],
  [
    // Britain's bodies and shops whose names have no body's head word; a name written with a possessive's mark
    "Officers from Scotland Yard said National Grid had cut the supply. Debenhams filed papers at Companies " +
      "House, and Sainsbury's and Barnardo's agreed, as did Ofcom.",
    [],
    ["Scotland Yard", "National Grid", "Debenhams", "Companies House", "Sainsbury's", "Barnardo's", "Ofcom"],
    [],
  ],
  [
    // islands named alone; a bank's name opening with the word; Malaysia's parties; a prefixed word in a headline
    "Ex-banker says the ferry from Lombok to Sumatra sank. Bank Tirta Jaya lent the money, and Pakatan Rakyat " +
      "blamed Barisan Nasional. Tourists left Crete and Tenerife.",
    [],
    ["Bank Tirta Jaya", "Pakatan Rakyat", "Barisan Nasional"],
    ["Lombok", "Sumatra", "Crete", "Tenerife"],
  ],
  [
    // a Malay style inside a name, before the father's; a given name alone as a portfolio after "of"
    "District Officer Awang Rahim Awang Tengah said so. The Acting Director of Marine at the Marine Department, " +
      "Hamid Osman, agreed, and Minister of Land Affairs Grace spoke.",
    ["Rahim Awang Tengah", "Hamid Osman", "Grace"],
    ["Marine Department"],
    [],
  ],
  [
    // a sector's or a sport's national body: a word of it and a country's or a state's name
    "Retail NZ said thefts had doubled. Local Government NSW disagreed, Screen Australia agreed and Diving " +
      "Australia appealed. Business in NZ is slow. Police Scotland and Natural Resources Wales spoke.",
    [],
    [
      "Retail NZ",
      "Local Government NSW",
      "Screen Australia",
      "Diving Australia",
      "Police Scotland",
      "Natural Resources Wales",
    ],
    ["New Zealand"],
  ],
  [
    // the host of a games or a fair is the place; regions named alone; a body of people who report crimes
    "Before the Rio Olympics and the London Games he trained in the Pilbara, and Crime Stoppers appealed for " +
      "help in the Hunter Valley.",
    [],
    ["Crime Stoppers"],
    ["Rio de Janeiro", "London", "Pilbara", "Hunter Valley"],
  ],
  [
    // Commonwealth and Arab ranks before a name; provinces as English copy spells them
    "Brigadier Nasser Hamoud said floods hit Hadramout and Al-Jouf, and Wing Commander Imran Baig flew over " +
      "Anbar and Sistan and Baluchestan. SDRF Commandant Ravi Negi agreed.",
    ["Nasser Hamoud", "Imran Baig", "Ravi Negi"],
    ["SDRF"],
    ["Hadramout", "Al Jawf", "Anbar", "Sistan and Baluchestan"],
  ],
  [
    // German bodies' opening words
    "Deutsche Wohnen said rents would rise, and Stiftung Warentest agreed.",
    [],
    ["Deutsche Wohnen", "Stiftung Warentest"],
    [],
  ],
  [
    // a street and its quarter of the city
    "The store at 15th Avenue East closed, traffic on Rainier Avenue South was slow and a fire broke out on 4th Street NW.",
    [],
    [],
    ["15th Avenue East", "Rainier Avenue South", "4th Street NW"],
  ],
  [
    // streets in French, Spanish and Portuguese
    "The shop on Rue de Carouge closed, a bar on Calle Larios burned and a cafe on Rua Augusta shut.",
    [],
    [],
    ["Rue de Carouge", "Calle Larios", "Rua Augusta"],
  ],
  [
    // a French place's particle inside its name
    "The ferry struck the ramp at Port aux Basques on Tuesday. Crews in Anse au Loup worked.",
    [],
    [],
    ["Port aux Basques", "Anse au Loup"],
  ],
  [
    // an advocate's style, and the office of an advocate general
    "His lawyer, Advocate Lineo Mokete, spoke. The Advocate General, Ann Rolle, agreed.",
    ["Lineo Mokete", "Ann Rolle"],
    [],
    [],
  ],
  [
    // a utility named by its two services; "One" inside a sentence opening a party's name; a trade's plural
    // with its apostrophe inside an association's name
    "Lumbra Power and Light said it had restored power. Ann Colley, the One Lumbra Alliance's spokesperson, and " +
      "Carl Minto, president of the Quayside Vendors' Association, spoke.",
    ["Ann Colley", "Carl Minto"],
    ["Lumbra Power and Light", "One Lumbra Alliance", "Quayside Vendors' Association"],
    [],
  ],
  [
    // a town's government goes by "Municipality"; a name a headline gives a person by its shape alone is the
    // place it names below
    "Wadi Tarsh mayors reject dumpsite\nMayors of towns in Wadi Tarsh met at Kfarnaya Municipality on Thursday. " +
      "The Halwan Municipality said the waste would stay.",
    [],
    ["Kfarnaya Municipality", "Halwan Municipality"],
    ["Wadi Tarsh"],
  ],
  [
    "Families from the old quarter of Misfat Al Abriyeen were moved, said Ramon Lugo of Estudios Tecnicos, a " +
      "San Juan consulting firm.",
    ["Ramon Lugo"],
    ["Estudios Tecnicos"],
    ["Misfat Al Abriyeen", "San Juan"],
  ],
  [
    "North Macedonian officials and West African envoys met at the Institute for South-East Europe.",
    [],
    ["Institute for South-East Europe"],
    [],
  ],
  [
    "Envoys from South-East Europe and Central Asia met in Vienna.",
    [],
    [],
    ["South-East Europe", "Central Asia", "Vienna"],
  ],
  [
    "The pipeline will run from Nea Kallikratia to Negotin, past Ano Poroia and Novi Pazar.",
    [],
    [],
    ["Nea Kallikratia", "Negotin", "Ano Poroia", "Novi Pazar"],
  ],
  [
    "The 45th Weather Squadron said the odds were good. Brazos Pressure Pumping laid off 340 people, and Kimchi " +
      "Pay said it regrets the fine.",
    [],
    ["45th Weather Squadron", "Brazos Pressure Pumping", "Kimchi Pay"],
    [],
  ],
  [
    "Outside the hospital in Saravena, Luz Marina Camacho waited. Crowds filled Marina Bay on Sunday.",
    ["Luz Marina Camacho"],
    [],
    ["Saravena", "Marina Bay"],
  ],
  [
    "Mexico City Mayor Claudia Sheinbaum met officials from Kansas City on Monday.",
    ["Claudia Sheinbaum"],
    [],
    ["Mexico City", "Kansas City"],
  ],
  [
    "The International Monetary Fund (IMF) cut its forecast. The IMF said growth would slow in Japan.",
    [],
    ["International Monetary Fund"],
    ["Japan"],
  ],
  [
    "Jordan's King Abdullah II met Israel Katz in Amman on Tuesday.",
    ["Abdullah II", "Israel Katz"],
    [],
    ["Jordan", "Amman"],
  ],
  [
    "Manchester City beat Arsenal at the Etihad Stadium as Erling Haaland scored twice.",
    ["Erling Haaland"],
    ["Manchester City", "Arsenal"],
    ["Etihad Stadium"],
  ],
  [
    "Apple shares rose after chief executive Tim Cook spoke in Cupertino, California.",
    ["Tim Cook"],
    ["Apple"],
    ["Cupertino", "California"],
  ],
  [
    "Prosecutors in New York charged Sam Bankman-Fried, the founder of FTX, with fraud.",
    ["Sam Bankman-Fried"],
    ["FTX"],
    ["New York"],
  ],
  [
    "The Democratic Republic of Congo and Rwanda signed a deal brokered by Qatar.",
    [],
    [],
    ["DR Congo", "Rwanda", "Qatar"],
  ],
  ["Despite the rain, Seeking Alpha analysts and Top Gear fans gathered. Officials said nothing.", [], [], []],
  [
    "A US-led coalition and the NATO-Russia Council met as the UN-Arab League envoy arrived.",
    [],
    ["NATO-Russia Council", "United Nations", "Arab League"],
    ["United States"],
  ],
  [
    "Alaska Airlines CEO Ben Minicucci and Boeing Chief Executive Dave Calhoun spoke in Seattle.",
    ["Ben Minicucci", "Dave Calhoun"],
    ["Alaska Airlines", "Boeing"],
    ["Seattle"],
  ],
  // a Korean or Japanese place with its unit's word after a hyphen, not a given name's second syllable; newspapers
  // named with their own language's word for one
  [
    "Shops in Sadang-dong and Mapo-gu shut, Park Sang-do said. The Tottori Shimbun and the Jeonbuk Ilbo reported it.",
    ["Park Sang-do"],
    ["Tottori Shimbun", "Jeonbuk Ilbo"],
    ["Sadang-dong", "Mapo-gu"],
  ],
  // bodies by what is said of them: a kind of body and a comma after "a", a subsidiary, what a firm owns; a short
  // name given in brackets after a body's name, later before a verb of saying
  [
    "The truck belonged to a Rustavi firm, Kartli Travex. Water is run by its subsidiary Aguas de Pradera. " +
      "Walter Pfeiffer, Saucon Forgeworks's president, said so. The Civil Defense Institute (Indecip) sent " +
      "rescuers. Indecip said no one died.",
    ["Walter Pfeiffer"],
    ["Kartli Travex", "Aguas de Pradera", "Saucon Forgeworks", "Civil Defense Institute"],
    ["Rustavi"],
  ],
  // an industrial estate is a place; a firm's trade "Real Estate" is not
  [
    "Workers at the Sitrawan Industrial Estate left, Harbin Real Estate said.",
    [],
    ["Harbin Real Estate"],
    ["Sitrawan Industrial Estate"],
  ],
  // a state's or a province's abbreviation with its stop after a town names the state; a party's tag does not
  [
    "A teacher from Paterson, N.J., and a nurse from Fresno, Calif., met in Regina, Sask. Sen. Ed Markey, D-Mass., spoke.",
    ["Ed Markey"],
    [],
    ["Paterson", "New Jersey", "Fresno", "California", "Regina", "Saskatchewan"],
  ],
  // the words of a unit alone before a title are the title's scope, not a body
  [
    "State Drugs Controller Manoj Varghese and National Security Adviser Tom Bryce spoke in Mumbai.",
    ["Manoj Varghese", "Tom Bryce"],
    [],
    ["Mumbai"],
  ],
  [
    "Labour Party leader Keir Starmer visited the Ministry of Defence in London.",
    ["Keir Starmer"],
    ["Labour Party", "Ministry of Defence"],
    ["London"],
  ],
  [
    "Ursula von der Leyen met Bashar al-Assad's envoy in Damascus.",
    ["Ursula von der Leyen", "Bashar al-Assad"],
    [],
    ["Damascus"],
  ],
  ["Shares in Tokyo rose before 9:30 AM EST on Monday.", [], [], ["Tokyo"]],
  ["Erdogan Says Ankara Working On Date Of Summit With Moscow", ["Erdogan"], [], ["Ankara", "Moscow"]],
  ["The Kremlin said the talks would resume in Minsk.", [], ["Kremlin"], ["Minsk"]],
  ["Crowds gathered near the Kremlin walls on Saturday.", [], [], ["Kremlin"]],
  ["Talks on the corridors will continue on Friday. (AP) KJM", [], ["Associated Press"], []],
  ["Rescue workers search the rubble in Gaziantep. REUTERS/Umit Bektas/File Photo", [], [], ["Gaziantep"]],
  ["Firefighters battle a blaze in Fresno on Monday. (AP Photo/Noah Berger)", [], ["Associated Press"], ["Fresno"]],
  ["Marchers cross Tower Bridge. Photo by Kirsty Wigglesworth", [], [], ["Tower Bridge"]],
  ["Thousands gathered in Phoenix on Sunday.", [], [], ["Phoenix"]],
  [
    "Saudi Arabian Foreign Minister Faisal bin Farhan Al-Saud arrived in Cairo. Faisal bin Farhan said the talks were useful.",
    ["Faisal bin Farhan Al-Saud"],
    [],
    ["Saudi Arabia", "Cairo"],
  ],
  [
    "The Denver Police Department closed the road. A Police Department spokesman said it reopened later.",
    [],
    ["Denver Police Department"],
    [],
  ],
  ["Crowds marked the day Dr. Martin Luther King Jr. spoke in Memphis.", ["Martin Luther King Jr."], [], ["Memphis"]],
  ["Wreaths were laid at the Lincoln Memorial on Monday.", [], [], ["Lincoln Memorial"]],
  [
    "The hurler was sent off in a Munster final. The rock was found on the Nullarbor Plain.",
    [],
    [],
    ["Munster", "Nullarbor Plain"],
  ],
  [
    "Members met on Monday. The Ashanti Regional Minister, Mr Kofi Mensah, will meet them next week.",
    ["Kofi Mensah"],
    [],
    [],
  ],
  [
    "The Kenya Red Cross sent teams. Money will go to the Red Cross, she said. The Turkish Red Crescent helped.",
    [],
    ["Kenya Red Cross", "Turkish Red Crescent"],
    [],
  ],
  ["Malmö FF beat Rosenborg BK in Stockholm.", [], ["Malmö FF", "Rosenborg BK"], ["Stockholm"]],
  ["Shares on the Stock Exchange of Thailand fell.", [], ["Stock Exchange of Thailand"], []],
  ["Lt Col Shahriar Hossain Chowdhury said the border was calm.", ["Shahriar Hossain Chowdhury"], [], []],
  ["Students filled the Plaza de Mayo and marched again in Puerto Madryn.", [], [], ["Plaza de Mayo", "Puerto Madryn"]],
  [
    "The Intergovernmental Authority on Development welcomed the deal. Jane Okafor MP and Tom Reilly SC spoke later.",
    ["Jane Okafor", "Tom Reilly"],
    ["Intergovernmental Authority on Development"],
    [],
  ],
  ["The march ended at the 16th Street Mall near Union Square.", [], [], ["16th Street Mall", "Union Square"]],
  [
    "The Oakland Tribune reported that Turkish newspaper Sabah had the story, the FT said.",
    [],
    ["Oakland Tribune", "Sabah", "FT"],
    [],
  ],
  [
    "A spokesman told The Arizona Republic that a group called Anonymous had joined.",
    [],
    ["Arizona Republic", "Anonymous"],
    [],
  ],
];

describe("findActors recognises people, organisations and places", () => {
  for (const [text, people, orgs, places] of cases) {
    test(text, () => {
      const { actors } = findActors(testDoc(text));
      expect(named(actors, "person")).toEqual(people);
      expect(named(actors, "organization")).toEqual(orgs);
      expect(named(actors, "place")).toEqual(places);
    });
  }
});

describe("findActors links mentions within an article", () => {
  const text = [
    "Turkish Foreign Minister Mevlut Cavusoglu met his Greek counterpart, Nikos Dendias, in Ankara on Monday.",
    "Cavusoglu said the talks were frank. The Turkish minister later met Dendias again, and he praised the mood.",
    "Ankara demanded guarantees, while the European Union urged calm and the bloc offered talks.",
    "Senator Elizabeth Warren criticised the plan. She said it was too late.",
  ].join("\n");
  const doc = testDoc(text);
  const analysis = findActors(doc);
  const byName = (n: string) => analysis.actors.find((a) => a.name === n) as Actor;
  const at = (phrase: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(phrase, i + 1);
    return actorAt(analysis, i, i + phrase.length);
  };

  test("titles become roles, not parts of names", () => {
    const role = byName("Mevlut Cavusoglu").roles[0];
    expect(role?.title).toBe("Foreign Minister");
    expect(role?.of).toBe("Turkey");
    expect(role?.asOf).toBe("2021-03-04");
    expect(byName("Elizabeth Warren").roles[0]?.title).toBe("Senator");
  });
  test("a surname joins the full name", () => {
    expect(at("Cavusoglu said")).toBe(byName("Mevlut Cavusoglu").id);
    expect(at("Dendias again")).toBe(byName("Nikos Dendias").id);
  });
  test("a role description joins the person holding the role", () => {
    expect(at("The Turkish minister")).toBe(byName("Mevlut Cavusoglu").id);
    expect(at("the bloc")).toBe(byName("European Union").id);
  });
  test("pronouns resolve to the subject of their sentence, with gender from given names", () => {
    expect(at("he praised")).toBe(byName("Mevlut Cavusoglu").id);
    expect(at("She said")).toBe(byName("Elizabeth Warren").id);
  });
  test("a capital acting for its country links to it", () => {
    const ankara = byName("Ankara");
    expect(ankara.kind).toBe("place");
    expect(ankara.standsFor).toBe(byName("Turkey")?.id ?? null);
    expect(ankara.mentions.some((m) => m.via === "metonym")).toBe(true);
  });
  test("every mention span lies inside the text and covers its words", () => {
    for (const a of analysis.actors) {
      for (const m of a.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    }
  });
});

describe("abbreviated titles", () => {
  test("stay out of the name and become the spelled-out role", () => {
    const doc = testDoc(
      "Sgt. Stephen Warneke said the suspect fled. Lt. Col. Jane Doe and Gov. Doug Ducey spoke later. " +
        "Capt. Mark Smith was injured, Det. Maria Lopez said.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Stephen Warneke", ["Sergeant"]],
      ["Jane Doe", ["Lieutenant Colonel"]],
      ["Doug Ducey", ["Governor"]],
      ["Mark Smith", ["Captain"]],
      ["Maria Lopez", ["Detective"]],
    ]);
  });
});

describe("other names of cities", () => {
  test("an exonym or older spelling is the same place", () => {
    const places = findActors(testDoc("Envoys flew from Kiev to Bombay, then on to Kyiv.")).actors.filter(
      (a) => a.kind === "place",
    );
    expect(places.map((p) => [p.name, p.aliases])).toEqual([
      ["Kyiv", ["Kiev"]],
      ["Mumbai", ["Bombay"]],
    ]);
  });

  test("every city with other names is in the generated list", () => {
    const cities = new Set(CITY_LINES.split("\n").map((l) => l.split("\t")[0]));
    expect(Object.keys(CITY_ALIASES).filter((c) => !cities.has(c))).toEqual([]);
  });
});

describe("a paper by the last word of its name", () => {
  test("is the paper named last before it, never a person", () => {
    const doc = testDoc(
      "The Huffington Post said its reporter was held. According to the Washington Post, officers entered. " +
        '"It was tense," Jane Lowery told the Post. The Post said she was released.',
    );
    const { actors } = findActors(doc);
    expect(named(actors, "person")).toEqual(["Jane Lowery"]);
    const post = actors.find((a) => a.name === "Washington Post");
    expect(post?.aliases).toEqual(["Post"]);
    expect(post?.mentions.map((m) => m.text)).toEqual(["Washington Post", "Post", "Post"]);
    expect(actors.find((a) => a.name === "Huffington Post")?.aliases).toEqual([]);
  });
});

describe("bodies named with 'of the' and a portfolio opening a sentence", () => {
  const orgsOf = (text: string) =>
    findActors(testDoc(text))
      .actors.filter((a) => a.kind === "organization")
      .map((a) => a.name);

  test("a body's head word, 'of the' and the rest of its name, down to a title that closes it", () => {
    expect(
      orgsOf(
        "The Office of the Mining Commissioner said talks would resume. She studied at the University of the " +
          "South Pacific. The Office of the Prime Minister said nothing.",
      ),
    ).toEqual(["Office of the Mining Commissioner", "University of the South Pacific", "Office of the Prime Minister"]);
    // a seat after "for the" is no part of the body's name
    expect(orgsOf("She was elected to the Legislative Assembly for the Camp constituency.")).toEqual([
      "Legislative Assembly",
    ]);
  });

  test("an appositive saying what body a name is makes it an organisation", () => {
    const doc = testDoc(
      "The Jogorku Kenesh, Kyrgyzstan's parliament, is due to meet. The rally was called by Ata Jurt, an alliance " +
        "of opposition parties. Ak Shumkar, a civic group, objected. Aigul Bekova, a party member, spoke.",
    );
    expect(findActors(doc).actors.map((a) => [a.kind, a.name])).toEqual([
      ["organization", "Jogorku Kenesh"],
      ["place", "Kyrgyzstan"],
      ["organization", "Ata Jurt"],
      ["organization", "Ak Shumkar"],
      ["person", "Aigul Bekova"],
    ]);
  });

  test("a portfolio opening a sentence before a body's head word stays in its name", () => {
    const doc = testDoc(
      "Interior Ministry spokesman Bakyt Jumaliev said police would not use force. Health workers left.",
    );
    const actors = findActors(doc).actors;
    expect(actors.map((a) => [a.kind, a.name])).toEqual([
      ["organization", "Interior Ministry"],
      ["person", "Bakyt Jumaliev"],
    ]);
  });

  test("an associate professor's abbreviated title", () => {
    const doc = testDoc("The gap is where bacteria multiply, said Assoc Prof Mei Ling Tan.");
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([["Mei Ling Tan", ["Associate Prof"]]]);
  });
});

describe("company names", () => {
  test("a stock symbol or short form in brackets after a name is that organisation", () => {
    const doc = testDoc(
      "Shares of Acme Widgets Inc. (ACMW, Financial) slid 15% on Wednesday. The insurer Harbor Mutual Corp " +
        "(HBM.N: Quote) held steady, and the Eastern Growers Alliance (EGRA) said nothing.",
    );
    const orgs = findActors(doc).actors.filter((a) => a.kind === "organization");
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([
      ["Acme Widgets Inc.", ["ACMW"]],
      ["Harbor Mutual Corp", ["HBM.N"]],
      ["Eastern Growers Alliance", ["EGRA"]],
    ]);
  });

  test("a short name in brackets after an organisation's name is that organisation, in capitals or not", () => {
    const doc = testDoc(
      "The Ghana Institute of Geological Studies (Gigeos) recorded the tremor. A Gigeos official, Kofi Mensah, " +
        "said more were likely.",
    );
    const orgs = findActors(doc).actors.filter((a) => a.kind === "organization");
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([["Ghana Institute of Geological Studies", ["Gigeos"]]]);
  });

  test("after 'the', a city's or region's name and a capitalised plural name a team, not a place's people", () => {
    const doc = testDoc(
      "The Bisons beat the Winnipeg Jets after the Halifax Mooseheads lost. The Ohio Republicans met, and the " +
        "Cayman Islands voted.",
    );
    const teams = findActors(doc)
      .actors.filter((a) => a.subtype === "team")
      .map((a) => a.name);
    expect(teams).toEqual(["Winnipeg Jets", "Halifax Mooseheads"]);
  });

  test("a caterer's, a bakery's or a trading house's name is an organisation's", () => {
    const doc = testDoc("Meals came from Silver Ladle Catering and Sunrise Bakery, and Harbour Trading paid.");
    const orgs = findActors(doc).actors.filter((a) => a.kind === "organization");
    expect(orgs.map((o) => o.name)).toEqual(["Silver Ladle Catering", "Sunrise Bakery", "Harbour Trading"]);
  });

  test("a company with and without its corporate ending is one organisation", () => {
    const doc = testDoc("Brightline Holdings Inc said profit rose. Brightline Holdings expects more next year.");
    const orgs = findActors(doc).actors.filter((a) => a.kind === "organization");
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([["Brightline Holdings Inc", ["Brightline Holdings"]]]);
  });

  test("a company's short name without its Malaysian ending is the company, not a person", () => {
    const doc = testDoc(
      "Plantation group Sinar Ladang Bhd said profit tripled. An analyst, Nora Aziz, said Sinar Ladang's " +
        "results were strong. Maju Jaya Sdn Bhd bid too.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind, a.aliases])).toEqual([
      ["Sinar Ladang Bhd", "organization", ["Sinar Ladang"]],
      ["Nora Aziz", "person", []],
      ["Maju Jaya Sdn Bhd", "organization", []],
    ]);
  });

  test("money and business abbreviations are not organisations", () => {
    const doc = testDoc("The retailer posted EPS of nine cents before its IPO, and its ESG score rose.");
    expect(findActors(doc).actors.filter((a) => a.kind === "organization")).toEqual([]);
  });
});

describe("titles with a portfolio", () => {
  test("the portfolio after 'of' belongs to the title, not to a name", () => {
    const doc = testDoc(
      "Minister of Foreign Affairs Sergei Lavrov met Minister of Finance Ishaq Dar, while President of " +
        "Russia Vladimir Putin stayed away.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind !== "place");
    expect(people.map((p) => [p.kind, p.name, p.roles.map((r) => r.title)])).toEqual([
      ["person", "Sergei Lavrov", ["Minister of Foreign Affairs"]],
      ["person", "Ishaq Dar", ["Minister of Finance"]],
      ["person", "Vladimir Putin", ["President of Russia"]],
    ]);
  });
});

describe("a title then a comma", () => {
  test("names the person after the comma, not a word that qualifies a group", () => {
    const doc = testDoc(
      "Cuts would hit the Prime Minister, Cabinet ministers and their staff. He met the party leader, Smith, " +
        "on Monday. The minister, Defence officials said, had left.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([["Smith", ["party leader"]]]);
  });
});

describe("sports teams", () => {
  test("are organisations, even named after a city or a person; the city and the person stay apart", () => {
    const doc = testDoc(
      "Bayern Munich beat Augsburg in Munich. Chelsea Clinton watched Chelsea lose to West Ham United, while the " +
        "Lakers beat the Boston Celtics. Liverpool FC fans gathered in Liverpool.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind, a.subtype])).toEqual([
      ["Bayern Munich", "organization", "team"],
      ["Augsburg", "place", "city"],
      ["Munich", "place", "city"],
      ["Chelsea Clinton", "person", null],
      ["Chelsea", "organization", "team"],
      ["West Ham United", "organization", "team"],
      ["Los Angeles Lakers", "organization", "team"],
      ["Boston Celtics", "organization", "team"],
      ["Liverpool FC", "organization", "team"],
      ["Liverpool", "place", "city"],
    ]);
  });
});

describe("surnames that open with a particle", () => {
  test("written without the given name are the same person", () => {
    const doc = testDoc(
      "Head coach Erik ten Hag dropped him. The forward was banished by Ten Hag. Virgil van Dijk scored " +
        "late, and the defender Van Dijk said he was happy.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.aliases])).toEqual([
      ["Erik ten Hag", ["Ten Hag"]],
      ["Virgil van Dijk", ["Van Dijk"]],
    ]);
  });
});

describe("a sentence of many names is no title-case line", () => {
  test("names unknown to the lists in a short sentence with verbs and nouns in lower case", () => {
    const doc = testDoc("The State Governor, Tengiz Shavgulidze, visited Zeda Khideshi on Thursday morning.");
    expect(findActors(doc).actors.map((a) => [a.kind, a.name])).toContainEqual(["person", "Tengiz Shavgulidze"]);
  });
});

describe("county officers, district heads, towns with a state's abbreviation or between places, eateries", () => {
  test("each is found with its kind and role", () => {
    const doc = testDoc(
      "Carbon County Coroner Rita Vasquez said an autopsy would follow. Sabu Raijua District Head Nikodemus " +
        "Heke will visit. The head of the conservation section, Sutrisno, told ANTARA a team was sent. Raymond " +
        "Ochoa of North Platte, Neb., was stranded on the road between Laramie and Rawlins, and the Silver Sage " +
        "Cafe stayed open.",
    );
    const actors = findActors(doc).actors;
    const of = (name: string) => actors.find((a) => a.name === name);
    expect([of("Carbon County")?.kind, of("Rita Vasquez")?.roles.map((r) => r.title)]).toEqual([
      "place",
      ["County Coroner"],
    ]);
    expect(of("Nikodemus Heke")?.roles.map((r) => r.title)).toEqual(["District Head"]);
    expect(of("Sutrisno")?.kind).toBe("person");
    expect(["North Platte", "Laramie", "Rawlins"].map((n) => of(n)?.kind)).toEqual(["place", "place", "place"]);
    expect(of("Silver Sage Cafe")?.kind).toBe("organization");
    // a headland named "Head", a province's abbreviation between commas before "said" (the province, no speaker)
    const more = findActors(
      testDoc("The Koko Head Avenue exit was shut. The centre in Trenton, Ont., said so."),
    ).actors;
    expect(more.map((a) => [a.kind, a.name])).toEqual([
      ["place", "Koko Head Avenue"],
      ["place", "Trenton"],
      ["place", "Ontario"],
    ]);
  });
});

describe("a known body's bare name after a local one of that name", () => {
  test("'the Supreme Court' after the Nevada Supreme Court is that court; alone it is the known one", () => {
    const local = testDoc(
      "The Nevada Supreme Court on Monday revived the suit. The Supreme Court reversed 5-2. The Ohio Senate met. " +
        "The Senate vote was 20-13.",
    );
    expect(named(findActors(local).actors, "organization")).toEqual(["Nevada Supreme Court", "Ohio Senate"]);
    const alone = findActors(testDoc("The Supreme Court heard the case on Monday.")).actors;
    expect(alone.map((a) => [a.name, a.country])).toEqual([["Supreme Court", null]]);
  });
});

describe("a word describing a known place at a sentence's start", () => {
  test("'Neighbouring Botswana', 'Landlocked Eswatini', 'Flood-hit Mozambique' are the places", () => {
    const doc = testDoc(
      "Neighbouring Botswana sent maize. Landlocked Eswatini needs fuel. Flood-hit Mozambique asked for aid.",
    );
    expect(findActors(doc).actors.map((a) => [a.kind, a.name])).toEqual([
      ["place", "Botswana"],
      ["place", "Eswatini"],
      ["place", "Mozambique"],
    ]);
  });
});

describe("national legislatures named in their own languages", () => {
  test("the Riigikogu, the Sejm, the Lok Sabha and the Verkhovna Rada are bodies of their countries", () => {
    const doc = testDoc(
      "The Riigikogu voted 63-28. The Sejm rejected it. The Lok Sabha adjourned. The Verkhovna Rada met.",
    );
    expect(findActors(doc).actors.map((a) => [a.kind, a.name, a.country])).toEqual([
      ["organization", "Riigikogu", "Estonia"],
      ["organization", "Sejm", "Poland"],
      ["organization", "Lok Sabha", "India"],
      ["organization", "Verkhovna Rada", "Ukraine"],
    ]);
  });
});

describe("transport operators named by what they run", () => {
  test("'Midland Trains' and 'Lothian Buses' are firms", () => {
    const doc = testDoc(
      "The Midland Trains service from Derby struck a tractor. Richard Hale, managing director of Midland Trains, " +
        "said he was shocked. Lothian Buses diverted its routes.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual(["Midland Trains", "Lothian Buses"]);
  });
});

describe("a weekday after a place's name, and a councillor's title in short", () => {
  test("'at Lakeport City Hall Wednesday' names no one; 'Coun. X' is a councillor; 'Emmanuel Monday' a person", () => {
    const doc = testDoc(
      "Dana Morrow spoke at Lakeport City Hall Wednesday. The chair, Coun. Allan Hubbard, agreed. " +
        "Emmanuel Monday said the plan had failed.",
    );
    const actors = findActors(doc).actors;
    expect(actors.filter((a) => a.kind === "person").map((a) => [a.name, a.roles.map((r) => r.title)])).toEqual([
      ["Dana Morrow", []],
      ["Allan Hubbard", ["chair", "Councillor"]],
      ["Emmanuel Monday", []],
    ]);
  });
});

describe("a title with where its holder serves, before the name", () => {
  test("'A leader in Mepe, X,' is a leader; 'The mining agent, X,' an agent; 'Fighting in Kabul, X said' neither", () => {
    const roles = (text: string) =>
      findActors(testDoc(text))
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]);
    expect(roles("A leader in Mepe, Kofi Dzansi, accused the agency.")).toEqual([["Kofi Dzansi", ["leader"]]]);
    expect(roles("The mining agent, Jerry Kollie, admitted it.")).toEqual([["Jerry Kollie", ["agent"]]]);
    expect(roles("Fighting in Kabul, Jane Doe said, was fierce.")).toEqual([["Jane Doe", []]]);
  });

  test("'Commissioner of Mombasa Port Authority X' holds the title of that body", () => {
    const people = findActors(testDoc("Commissioner of Mombasa Port Authority Rahim Odhiambo said so."))
      .actors.filter((a) => a.kind === "person")
      .map((a) => [a.name, a.roles.map((r) => [r.title, r.of])]);
    expect(people).toEqual([["Rahim Odhiambo", [["Commissioner", "Mombasa Port Authority"]]]]);
  });
});

describe("a titled person whose surname is a place's head word", () => {
  test("'Dr Helen Firth' and 'Mayor Ian Bay' are people", () => {
    const doc = testDoc("Dr Helen Firth, an epidemiologist, said speed mattered. Mayor Ian Bay agreed.");
    expect(findActors(doc).actors.map((a) => [a.kind, a.name])).toEqual([
      ["person", "Helen Firth"],
      ["person", "Ian Bay"],
    ]);
  });
});

describe("names of the Gulf and the Levant", () => {
  test("a camp named for its river, a contracting firm, and a wilayat's governor", () => {
    const doc = testDoc(
      "Fighting broke out in Nahr al-Hasan in 2007. Workers of Qamar Star Contracting went on strike. " +
        "The Wali of Sumail, Sheikh Hamed bin Saif Al Rawahi, visited.",
    );
    const actors = findActors(doc).actors;
    expect(actors.map((a) => [a.kind, a.name, a.roles.map((r) => r.title)])).toEqual([
      ["place", "Nahr al-Hasan", []],
      ["organization", "Qamar Star Contracting", []],
      ["person", "Hamed bin Saif Al Rawahi", ["Wali of Sumail"]],
    ]);
  });
});

describe("known bodies of the United States", () => {
  test("Cal Fire is the state's fire agency, not a person, and its chief speaks for himself", () => {
    const doc = testDoc(
      'The blaze was 20 percent contained, according to Cal Fire. "The wind keeps pushing it," Cal Fire Battalion ' +
        'Chief Dev Marlow said. "It is too early to say what started it," he said.',
    );
    const actors = findActors(doc);
    expect(actors.actors.map((a) => [a.kind, a.name])).toEqual([
      ["organization", "Cal Fire"],
      ["person", "Dev Marlow"],
    ]);
  });
});

describe("a body's name over 'and'", () => {
  test("a utility's two services and a department's two portfolios are one name; two bodies stay two", () => {
    const doc = testDoc(
      "The Sohag Water and Wastewater Company said the pipe was replaced. The provincial Labour and Social " +
        "Welfare Department sent aid. Thames Water and the Environment Agency met. Labour and the Greens objected.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Sohag Water and Wastewater Company",
      "Labour and Social Welfare Department",
      "Thames Water",
      "Environment Agency",
      "Labour Party",
      "Australian Greens",
    ]);
  });
  test("a firm's two trades before its legal form are one name; an acronym before 'and' is a body of its own", () => {
    const doc = testDoc(
      "Coastal Gas and Electric Co. said the line was cut. Talks between the IBEW and Halloran Seating Systems " +
        "broke down on Sunday.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Coastal Gas and Electric Co.",
      "IBEW",
      "Halloran Seating Systems",
    ]);
  });
});

describe("known names with lower-case words, and bodies named after them", () => {
  test("a known place with a lower-case word that is no particle is one place, inside a body's name too", () => {
    const doc = testDoc(
      "Neema Kilonzo, a lecturer at the University of Dar es Salaam, flew from Dar es Salaam to Frankfurt am Main.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["University of Dar es Salaam"]);
    expect(named(actors, "place")).toEqual(["Dar es Salaam", "Frankfurt am Main"]);
  });
  test("a body goes on after 'of' to a country's name of several words, not past a name that goes on", () => {
    const doc = testDoc(
      "The Chamber of Mines of South Africa and the Bank of Papua New Guinea met the Bank of New York Mellon.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Chamber of Mines of South Africa",
      "Bank of Papua New Guinea",
      "Bank of New York Mellon",
    ]);
  });
  test("chambers of commerce: the portfolio after the last 'of' joins its second part", () => {
    const doc = testDoc(
      "The Federation of Kenyan Chambers of Commerce and Industry (FKCCI) wrote to the Associated Chambers of " +
        "Commerce of Zambia.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Federation of Kenyan Chambers of Commerce and Industry",
      "Associated Chambers of Commerce of Zambia",
    ]);
  });
  test("a place's name of several words counts as one word before a utility's two services", () => {
    const doc = testDoc(
      "The Addis Ababa Water and Sewerage Authority and the Nakuru Electric Utility restored the supply.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Addis Ababa Water and Sewerage Authority",
      "Nakuru Electric Utility",
    ]);
  });
  test("a sport and a country go on to their own head word past a word of who the members are", () => {
    const doc = testDoc("The Uganda Football Players Association and Netball Kenya backed the players.");
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Uganda Football Players Association",
      "Netball Kenya",
    ]);
  });
});

describe("states' adjectives, health departments and branches", () => {
  test("a state's adjective of two words names the state, not a body with the acronym after it", () => {
    const doc = testDoc(
      "Crews backed by South Australian CFS units held the line, and Western Australian crews rested.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["CFS"]);
    expect(named(actors, "place")).toEqual(["South Australia", "Western Australia"]);
  });
  test("a state and 'Health' are its health department; a health district is a body", () => {
    const doc = testDoc("Tasmania Health and the Northern Rivers Local Health District said the ward would reopen.");
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Tasmania Health",
      "Northern Rivers Local Health District",
    ]);
  });
  test("the town between a body and a branch's title is a place, and the title is the body's", () => {
    const doc = testDoc(
      "Graziers near Tallawang are struggling. Country Women's Association Tallawang branch president Ruth Ogilvie said feed was short.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["Tallawang"]);
    const ruth = actors.find((a) => a.name === "Ruth Ogilvie");
    expect(ruth?.roles.map((r) => [r.title, r.of])).toEqual([["branch president", "Country Women's Association"]]);
  });
});

describe("amounts, styles, rivers, prefixes and offices before a comma", () => {
  test("a currency's letter and an amount name no one", () => {
    const doc = testDoc(
      "The court granted Mr Adeyemi-Bello N100 million bail in the N2.1 billion case. Fares rose to Ksh.48.",
    );
    const actors = findActors(doc).actors;
    expect(actors.map((a) => a.name)).toEqual(["Adeyemi-Bello"]);
  });
  test("a currency's code and an amount name no one", () => {
    const doc = testDoc(
      "Mr Kossi Amouzou said fees would rise from CFA10 to CFA50 and the loan of CFA40 billion stood.",
    );
    expect(findActors(doc).actors.map((a) => a.name)).toEqual(["Kossi Amouzou"]);
  });
  test("a club named the French way, with its noun first, is a body", () => {
    const doc = testDoc("Stade Bamenda were fined on Monday, the federation said.");
    expect(named(findActors(doc).actors, "organization")).toEqual(["Stade Bamenda"]);
  });
  test("'Comrade' is a style before a name", () => {
    const doc = testDoc("Comrade Osagie Ehanire, the union's chairman, said the strike would go on.");
    expect(named(findActors(doc).actors, "person")).toEqual(["Osagie Ehanire"]);
  });
  test("a river named with its noun first is a place; a prefix before a known place is no part of it", () => {
    const doc = testDoc("Ex-Iloilo residents fled as the River Benue rose. The Anti-Doping Agency met.");
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["Iloilo", "River Benue"]);
    expect(named(actors, "organization")).toEqual(["Anti-Doping Agency"]);
  });
  test("an article alone before 'police' names no body", () => {
    const doc = testDoc("A police spokesman said two men were held.");
    expect(findActors(doc).actors).toEqual([]);
  });
  test("'Head of' and a field, and a director-general after a body's initials, are titles", () => {
    const doc = testDoc(
      "The league's Head of Compliance, Tunde Olaleye, said so. NCDC Director-General, Dr. Chidi Okafor, agreed.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["NCDC"]);
    expect(named(actors, "person")).toEqual(["Tunde Olaleye", "Chidi Okafor"]);
  });
});

describe("names hyphened with lower-case links, and a body of a part of the country", () => {
  test("French towns and islands are whole places; 'of the South' ends a body's name", () => {
    const doc = testDoc(
      "Fishermen on Ile-à-Vache and in Saint-Jean-de-Luz lost their nets, the Departmental Directorate of " +
        "Agriculture of the South said.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["Ile-à-Vache", "Saint-Jean-de-Luz"]);
    expect(named(actors, "organization")).toEqual(["Departmental Directorate of Agriculture of the South"]);
  });
});

describe("lists of places after a place preposition", () => {
  test("every name of a list closed by 'and' is a place; not people who act after a place", () => {
    const doc = testDoc(
      "Most cases are in Faza, Kizingitini, Mbwajumwali and Tchundwa, where families use wells. Boats took " +
        "their catch to neighbouring Kandoodhoo and Vilufushi. Vines around Satov, Hnanice and Havraniky froze. " +
        "After talks in Geneva, Okonjo and Mbeki agreed to meet.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual([
      "Faza",
      "Kizingitini",
      "Mbwajumwali",
      "Tchundwa",
      "Kandoodhoo",
      "Vilufushi",
      "Satov",
      "Hnanice",
      "Havraniky",
      "Geneva",
    ]);
  });
});

describe("a body based somewhere, a utility's agency", () => {
  test("what is based somewhere is a body; a water and sanitation agency is one name", () => {
    const doc = testDoc(
      "The ship's owner, Murmansk-based Arktika Trawl, said the captain was relieved. London-based artist " +
        "John Smith watched. The National Water and Sanitation Agency (ANA) said the river was low.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["Arktika Trawl", "National Water and Sanitation Agency"]);
    expect(named(actors, "person")).toEqual(["John Smith"]);
  });
});

describe("bodies and places named in Spanish, Portuguese, French or Italian", () => {
  test("a body's head word opens its name; 'Gran' opens a place's", () => {
    const doc = testDoc(
      "The Cabildo de Lanzarote said ferries of Líneas Romero would resume from Gran Canaria. The Ministerio de " +
        "Salud agreed.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["Cabildo de Lanzarote", "Líneas Romero", "Ministerio de Salud"]);
    expect(named(actors, "place")).toEqual(["Gran Canaria"]);
    expect(named(actors, "person")).toEqual([]);
    // a Spanish article before a word that is no given name: a place, or a body where it speaks
    const more = findActors(testDoc("Ferries to La Graciosa stopped and Los Gigantes was cut off. La Liga said so."));
    expect(more.actors.map((a) => [a.kind, a.name])).toEqual([
      ["place", "La Graciosa"],
      ["place", "Los Gigantes"],
      ["organization", "La Liga"],
    ]);
  });
});

describe("Sarawak's chiefs and Iban names", () => {
  test("'anak' joins a name to the father's; Penghulu, Tuai Rumah and Datuk Patinggi stand before names", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          "Penghulu Jimbun anak Tungku said the longhouse was lost. Tuai Rumah Sibat anak Jelani said the children " +
            "were saved. Chief Minister Datuk Patinggi Abang Johari Openg visited.",
        ),
      )
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles).toEqual({
      "Jimbun anak Tungku": ["Penghulu"],
      "Sibat anak Jelani": ["Tuai Rumah"],
      "Abang Johari Openg": ["Chief Minister"],
    });
    const places = findActors(testDoc("Fire destroyed Rumah Sibat at Nanga Merit on Sunday.")).actors;
    expect(named(places, "place")).toEqual(["Rumah Sibat", "Nanga Merit"]);
  });
});

describe("titles written without their stop", () => {
  test("CM, Lt Governor and Lt Gen are roles, spelled out", () => {
    const doc = testDoc(
      "Gen Z voters backed Lt Gen Manoj Pande. Delhi CM Arvind Kejriwal met Lt Governor VK Saxena on Monday.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => [r.title, r.of])])).toEqual([
      ["Manoj Pande", [["Lieutenant General", null]]],
      ["Arvind Kejriwal", [["Chief Minister", "Delhi"]]],
      ["VK Saxena", [["Lieutenant Governor", null]]],
    ]);
  });
});

describe("political parties", () => {
  test("go by their short forms, and a party's members are not a person", () => {
    const doc = testDoc(
      "Tory MPs sent an angry message to the prime minister. Labour and the Lib Dems said the Conservatives " +
        "had failed, while Republicans in Congress and the BJP stayed quiet.",
    );
    const { actors } = findActors(doc);
    expect(named(actors, "person")).toEqual([]);
    expect(actors.filter((a) => a.kind === "organization").map((a) => [a.name, a.subtype, a.aliases])).toEqual([
      ["Conservative Party", "party", ["Tory", "Conservatives"]],
      ["Labour Party", "party", ["Labour"]],
      ["Liberal Democrats", "party", ["Lib Dems"]],
      ["Republican Party", "party", ["Republicans"]],
      ["Congress", "government", []],
      ["Bharatiya Janata Party", "party", ["BJP"]],
    ]);
  });

  test("what a title holder owns is not the holder", () => {
    const doc = testDoc("Minutes before Prime Minister's Questions began, Christian Wakeford defected.");
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.length])).toEqual([["Christian Wakeford", 0]]);
  });
});

describe("a month that is also a given name", () => {
  test("opens a name after a title, and a title stated twice is one role with its owner", () => {
    const doc = testDoc(
      "Gov. Jan Brewer spoke on Jan. 5. Arizona Gov. Jan Brewer said she would decide soon, and singer June Carter agreed.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => [r.title, r.of])])).toEqual([
      ["Jan Brewer", [["Governor", "Arizona"]]],
      ["June Carter", [["singer", null]]],
    ]);
  });
});

describe("names written with and without accents", () => {
  test("are one person", () => {
    const doc = testDoc("Recep Tayyip Erdoğan spoke by phone on Monday. Mr. Erdogan said he was pleased.");
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.aliases])).toEqual([["Recep Tayyip Erdoğan", ["Erdogan"]]]);
  });
});

describe("places named by an administrative noun", () => {
  test("a name a place noun governs or follows is a place, and a later mention of it stays that place", () => {
    const doc = testDoc(
      "The quake jolted Kashmar in the province of Khorasan Razavi and Jishishan county, near Zendehjan village. " +
        "Khorasan Razavi's Red Crescent Society sent rescuers.",
    );
    const { actors } = findActors(doc);
    expect(named(actors, "person")).toEqual([]);
    // Kashmar, a city of about 100,000 people, is in the gazetteer
    expect(actors.filter((a) => a.kind === "place").map((a) => [a.name, a.subtype, a.mentions.length])).toEqual([
      ["Kashmar", "city", 1],
      ["Khorasan Razavi", "region", 2],
      ["Jishishan", "region", 1],
      ["Zendehjan", "city", 1],
    ]);
  });
});

describe("provinces and states of other countries", () => {
  test("are places with their country", () => {
    const doc = testDoc(
      "Floods swept through Yunnan and Guizhou this week. In Nigeria, gunmen struck two villages in Zamfara, " +
        "and protests spread from Maharashtra to Karnataka.",
    );
    const places = findActors(doc).actors.filter((a) => a.kind === "place");
    expect(places.map((a) => [a.name, a.subtype, a.country])).toEqual([
      ["Yunnan", "region", "China"],
      ["Guizhou", "region", "China"],
      ["Nigeria", "country", "Nigeria"],
      ["Zamfara", "region", "Nigeria"],
      ["Maharashtra", "region", "India"],
      ["Karnataka", "region", "India"],
    ]);
  });

  test("a province that is a common word is not one on its own", () => {
    // Delta, Plateau and Rivers are Nigerian states; Central and Western are regions of several countries
    for (const word of ["Delta", "Plateau", "Rivers", "Central", "Western"])
      expect(gazetteer().names.get(word)).toBe(undefined);
    expect(gazetteer().names.get("Zamfara")?.country).toBe("Nigeria");
  });
});

describe("country names with 'and'", () => {
  test("are read whole", () => {
    const doc = testDoc(
      "Ministers from Bosnia and Herzegovina and from Trinidad and Tobago met in Antigua and Barbuda. " +
        "Britain and France sent envoys.",
    );
    expect(named(findActors(doc).actors, "place")).toEqual([
      "Bosnia and Herzegovina",
      "Trinidad and Tobago",
      "Antigua and Barbuda",
      "United Kingdom",
      "France",
    ]);
  });
});

describe("a surname that is also a place", () => {
  test("is the person named in full before it, unless a place word goes with it", () => {
    const doc = testDoc(
      'County sheriff Mark Houston said two men were held. "We moved fast," Houston said. ' +
        "Houston added that a third man fled to Houston. The sheriff flew to Houston city hall.",
    );
    const { actors } = findActors(doc);
    const sheriff = actors.find((a) => a.name === "Mark Houston");
    expect(sheriff?.mentions.map((m) => m.via)).toEqual(["name", "surname", "surname"]);
    expect(actors.find((a) => a.kind === "place" && a.name === "Houston")?.mentions.length).toBe(2);
  });
});

describe("a body's name before the title of its office", () => {
  test("'The NEBU Chairman, Prof. X,': the body, and the chairman named after the comma", () => {
    const { actors } = findActors(testDoc("The NEBU Chairman, Prof. Maurice Ekpo, had assured voters last week."));
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ["NEBU", "organization"],
      ["Maurice Ekpo", "person"],
    ]);
    expect(actors[1]?.roles.map((r) => [r.title, r.of])).toEqual([["Chairman", "NEBU"]]);
    // a scope word after a body's initials opens the title ("Regional Chairman"), not a place's name
    const scoped = findActors(testDoc("The UDP Regional Chairman, Kojo Mensah, dismissed the claim.")).actors;
    expect(scoped.map((a) => [a.name, a.roles.map((r) => [r.title, r.of])])).toEqual([
      ["UDP", []],
      ["Kojo Mensah", [["Regional Chairman", "UDP"]]],
    ]);
    // a police rank in initials before the commander's name, and a region's office, which names no body
    const ranked = findActors(
      testDoc("The Volta Regional Police Commander, DCOP Ama Serwaa, said the road was reopened on Monday."),
    ).actors;
    expect(ranked.find((a) => a.name === "Ama Serwaa")?.kind).toBe("person");
    expect(ranked.some((a) => a.name.includes("DCOP"))).toBe(false);
  });
});

describe("a surname that is also a body's head word", () => {
  test("after a person's title, names up to 'Mills' are a person's, not a mill's", () => {
    const kinds = (text: string) => findActors(testDoc(text)).actors.map((a) => [a.name, a.kind]);
    expect(
      kinds("The run-off was between Professor Kwesi Evans Boadu Mills of the Unity Congress and a rival."),
    ).toContainEqual(["Kwesi Evans Boadu Mills", "person"]);
    expect(kinds("The assembly rejected President K.E.B. Mills' nominee.")).toContainEqual(["K.E.B. Mills", "person"]);
    expect(kinds("Workers at the Rolling Mills went on strike.")).not.toContainEqual(["Rolling Mills", "person"]);
  });
});

describe("Chinese and Korean names", () => {
  test("the family name, which comes first, is the person on later mention", () => {
    const doc = testDoc(
      "President Xi Jinping hosted his South Korean counterpart, President Moon Jae-in, in Beijing on Monday. " +
        "Xi said trade between the two countries would grow, and Moon thanked his host. Kim Jong-un did not attend.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.mentions.filter((m) => m.via === "surname").map((m) => m.text)])).toEqual([
      ["Xi Jinping", ["Xi"]],
      ["Moon Jae-in", ["Moon"]],
      ["Kim Jong-un", []],
    ]);
  });

  test("a name after 'surnamed' is a person's surname, whatever else the word is", () => {
    const doc = testDoc(
      '"Without the bike I cannot work," said a courier surnamed Song, who works in Longgang. A driver surnamed Hu agreed.',
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => p.name)).toEqual(["Song", "Hu"]);
  });

  test("a family name that is also an English word opens a sentence before a given name of syllables", () => {
    const doc = testDoc(
      "Fans booed the board. Oh Dae-ryun said the vote was rigged. Song Hye-jin, a lawmaker, agreed. " +
        "Oh, the chairman said, nothing would change.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => p.name)).toEqual(["Oh Dae-ryun", "Song Hye-jin"]);
  });

  test("a Wade-Giles given name of longer syllables is whole: Chen Shui-bian, Wu Kuo-hsiung", () => {
    const doc = testDoc(
      "Bureau director Wu Kuo-hsiung said the quarry had broken its permit. Former president Chen Shui-bian " +
        "visited the site. Wu said the road would reopen.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => p.name)).toEqual(["Wu Kuo-hsiung", "Chen Shui-bian"]);
  });

  test("a capitalised word with a hyphenated lower-case tail after a non-name still splits", () => {
    const doc = testDoc("The US-led coalition and Russia-backed forces clashed.");
    expect(findActors(doc).actors.map((a) => a.name)).toEqual(["United States", "Russia"]);
  });
});

describe("places named only by where they stand", () => {
  test("a lone unknown name after 'in' or 'near' is a place, and names before a plural place noun are places", () => {
    const doc = testDoc(
      "The minister toured relief camps in Dhemaji on Sunday and later stopped near Tezpur, where two more " +
        "people had drowned in the Morigaon and Darrang districts overnight.",
    );
    const places = findActors(doc).actors.filter((a) => a.kind === "place");
    expect(places.map((a) => [a.name, a.subtype])).toEqual([
      ["Dhemaji", "city"],
      ["Tezpur", "city"],
      ["Morigaon", "region"],
      ["Darrang", "region"],
    ]);
  });

  test("a word after 'in' that is a common word, a given name or a surname of the story is no place", () => {
    const doc = testDoc(
      "Senator Maria Cantwell spoke on Monday. Voters showed confidence in Cantwell and in Congress, " +
        "and trust in Justice remained low in Seattle after the vote on the new budget plans.",
    );
    expect(named(findActors(doc).actors, "place")).toEqual(["Seattle"]);
  });

  test("a name before a comma and a state or country is a town, even when it is also a given name or a word", () => {
    const doc = testDoc(
      "The storm made landfall near Augusta, Georgia, and shut schools in Mobile, Alabama, while Grace Hill, " +
        "a nurse from Reading, Pennsylvania, said the roads were closed.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["Augusta", "Georgia", "Mobile", "Alabama", "Reading", "Pennsylvania"]);
    expect(named(actors, "person")).toEqual(["Grace Hill"]);
  });

  test("towns below the city list that world news names often are known", () => {
    const doc = testDoc(
      "Envoys met in Geneva on Tuesday, weeks after the forum in Davos, to discuss aid for Idlib and Goma.",
    );
    expect(findActors(doc).actors.map((a) => [a.name, a.country])).toEqual([
      ["Geneva", "Switzerland"],
      ["Davos", "Switzerland"],
      ["Idlib", "Syria"],
      ["Goma", "DR Congo"],
    ]);
  });
});

describe("names of departments with 'of'", () => {
  test("run past 'of' to the end of the name, and a title after them stays a title", () => {
    const doc = testDoc(
      "Work will start in May, according to the Illinois Department of Transportation. Ohio Department of " +
        "Health Director Amy Acton said testing would expand across the state within weeks.",
    );
    const { actors } = findActors(doc);
    expect(named(actors, "organization")).toEqual([
      "Illinois Department of Transportation",
      "Ohio Department of Health",
    ]);
    expect(actors.find((a) => a.name === "Amy Acton")?.roles.map((r) => r.title)).toEqual(["Director"]);
  });
});

describe("local titles", () => {
  test("Alderman, Assemblywoman and Supervisor are roles", () => {
    const doc = testDoc(
      "Alderman Ralph Hanauer voted against the plan on Thursday, while Assemblywoman Grace Meng and county " +
        "Supervisor Hilda Solis backed it after a long debate about the cost of the new bridge.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Ralph Hanauer", ["Alderman"]],
      ["Grace Meng", ["Assemblywoman"]],
      ["Hilda Solis", ["Supervisor"]],
    ]);
  });
});

describe("cities in a story about sport", () => {
  test("a city that opens one known team's name is that team when the story names a team", () => {
    const doc = testDoc(
      "Liverpool beat Newcastle United 4-2 at Anfield on Saturday, and Newcastle now trail Aston Villa by " +
        "six points, while Manchester was quiet after the weekend of matches across the country.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.subtype, a.mentions.length])).toEqual([
      ["Liverpool FC", "team", 1],
      ["Newcastle United", "team", 2],
      ["Aston Villa", "team", 1],
      ["Manchester", "city", 1],
    ]);
  });

  test("a club's name alone after 'and' is not joined to the name before it", () => {
    const doc = testDoc("Hibs moved above Dunmore and Rangers in the table after the 3-1 win on Saturday.");
    expect(named(findActors(doc).actors, "organization")).not.toContain("Dunmore and Rangers");
  });

  test("stays the city in a story that names no team", () => {
    const doc = testDoc(
      "Thousands marched through Liverpool on Saturday to protest against the cuts to local services.",
    );
    expect(findActors(doc).actors.map((a) => [a.name, a.subtype])).toEqual([["Liverpool", "city"]]);
  });
});

describe("US party and state tags", () => {
  test("are no organisations, and the leader's title is one role", () => {
    const doc = testDoc(
      "Senate Majority Leader Chuck Schumer, D-N.Y., and Rep. Matt Gaetz, R-Fla., spoke in Springfield, Ill., " +
        "on Monday about the spending bill that the chamber passed late on Saturday night.",
    );
    const { actors } = findActors(doc);
    // (the state of the town, abbreviated after it, is a place; the party's tags name none)
    expect(actors.map((a) => a.name)).toEqual(["Senate", "Chuck Schumer", "Matt Gaetz", "Springfield", "Illinois"]);
    expect(actors.find((a) => a.name === "Chuck Schumer")?.roles.map((r) => [r.title, r.of])).toEqual([
      ["Majority Leader", "Senate"],
    ]);
  });

  test("a state written out in the tag is a place, and one abbreviated with initials is nothing", () => {
    const doc = testDoc(
      "Sen. Rachel Austin, R-Texas, agreed to stand down on Tuesday, while Rep. Tom Reyes of N.J. said the " +
        "bill would fail.",
    );
    expect(findActors(doc).actors.map((a) => [a.name, a.kind])).toEqual([
      ["Rachel Austin", "person"],
      ["Texas", "place"],
      ["Tom Reyes", "person"],
    ]);
  });
});

describe("bodies named in Spanish and Portuguese, and bodies named with a portfolio or a country", () => {
  test("are organisations; a hill's community in Portuguese is a place; a short name joins its long one", () => {
    const doc = testDoc(
      "Minera Cordillera del Norte suspended work, Defensoria del Pueblo said, and Radio Cadena del Sur reported " +
        "it. A hillside collapsed onto the Morro do Cedro community. Officials of the Ministry of Justice and " +
        "Labour met, while the US Federal Reserve held rates. Saucedo of President Ramon Ortiz' Movement for " +
        "Renewal spoke. The High Court of Justice struck down the law; lawmakers would override High Court rulings.",
    );
    const found = Object.fromEntries(findActors(doc).actors.map((a) => [a.name, [a.kind, a.aliases]]));
    expect(found).toMatchObject({
      "Minera Cordillera del Norte": ["organization", []],
      "Defensoria del Pueblo": ["organization", []],
      "Radio Cadena del Sur": ["organization", []],
      "Morro do Cedro": ["place", []],
      "Ministry of Justice and Labour": ["organization", []],
      "US Federal Reserve": ["organization", []],
      "Ramon Ortiz": ["person", []],
      "High Court of Justice": ["organization", ["High Court"]],
    });
  });
});

describe("styles and offices of the Gulf and South Asia", () => {
  test("styles are no part of names nor actors alone; a district office's town is a place", () => {
    const doc = testDoc(
      "Undersecretary for Port Affairs Shaikh Faisal bin Rashid Al Nouri said the berth was ready, in line with " +
        "the directives of His Royal Highness Prince Hamad bin Saud Al Nouri. HH the Amir issued a decree. Haji " +
        "Gul Zaman Afridi, president of the traders, spoke. Mawlawi Abdul Wahid Sarwari, head of the department, " +
        "agreed. Deputy Commissioner Multan Tariq Mehmood Khan held talks. Banque du Levant said it would sell " +
        "dollars, Reporters Without Borders said.",
    );
    const found = Object.fromEntries(
      findActors(doc).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({
      "Faisal bin Rashid Al Nouri": ["person", ["Undersecretary for Port Affairs"]],
      "Hamad bin Saud Al Nouri": ["person", ["Prince"]],
      "Gul Zaman Afridi": ["person", ["president"]],
      "Abdul Wahid Sarwari": ["person", ["head of the department"]],
      Multan: ["place", []],
      "Tariq Mehmood Khan": ["person", ["Deputy Commissioner"]],
      "Banque du Levant": ["organization", []],
      "Reporters Without Borders": ["organization", []],
    });
    const airlines = findActors(testDoc("Gulf Air and Riyadh Air will add routes, the airlines said."));
    expect(airlines.actors.map((a) => [a.name, a.kind])).toEqual([
      ["Gulf Air", "organization"],
      ["Riyadh Air", "organization"],
    ]);
  });
});

describe("relatives named by a first name alone", () => {
  test("after an owner's noun of kin, or with their kinship after the name", () => {
    const kinds = Object.fromEntries(
      findActors(
        testDoc(
          "Relatives waited outside, among them Haddad's wife Rasha, who said she had not seen him. Nour, the " +
            "mother of one of the young men, waited at the gate. Her son Karim said so. Islamic Jihad said it would boycott.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(kinds).toEqual({
      Haddad: "person",
      Rasha: "person",
      Nour: "person",
      Karim: "person",
      "Islamic Jihad": "organization",
    });
  });
});

describe("parties and services of the United Kingdom and Ireland", () => {
  test("are organisations the lists know", () => {
    const kinds = Object.fromEntries(
      findActors(
        testDoc(
          "Plaid Cymru group leader Gwen Morris said the budget was hard. The Alliance Party and the Ulster " +
            "Unionist Party backed the move, while the DUP refused. Met Éireann issued a red warning.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(kinds).toEqual({
      "Plaid Cymru": "organization",
      "Gwen Morris": "person",
      "Alliance Party": "organization",
      "Ulster Unionist Party": "organization",
      "Democratic Unionist Party": "organization",
      "Met Éireann": "organization",
    });
  });
});

describe("a lede in capitals", () => {
  test("reads its first words in the case the text writes them elsewhere; an acronym it never writes so stays", () => {
    const kinds = Object.fromEntries(
      findActors(
        testDoc(
          "A CORK coroner has called for change after a patient died on a trolley in Cork, her family said. " +
            "DAFU-PF won the vote in Harare, officials said.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(kinds).toEqual({ Cork: "place", "DAFU-PF": "organization", Harare: "place" });
  });
});

describe("East Asian names and bodies", () => {
  test("'A-chin' is a given name, 'Ts.' a Mongolian initial; procuratorates and hurals are bodies", () => {
    const doc = testDoc(
      "Fish farmer Lin A-mei said the dikes failed. The Fuyang District People's Procuratorate charged him. " +
        "The State Great Hural met as Prime Minister Kh. Batbayar spoke.",
    );
    const found = Object.fromEntries(findActors(doc).actors.map((a) => [a.name, a.kind]));
    expect(found).toEqual({
      "Lin A-mei": "person",
      "Fuyang District People's Procuratorate": "organization",
      "State Great Hural": "organization",
      "Kh. Batbayar": "person",
    });
  });
});

describe("South Asian styles and district officers", () => {
  test("Smt, Shri and Adv are styles; IIC, CDO and fire officers are titles", () => {
    const doc = testDoc(
      '"The fire started from a split AC unit," said Chief Fire Officer Bikash Ranjan Mohanty. Kalinga Nagar IIC ' +
        'Sudhir Kumar Behera said no arrest had been made. "Rain is still falling," CDO Thapa said. Smt Lalita ' +
        "Marbaniang spoke. Adv Manoj Pattnaik argued. Shri Hari Prasad agreed.",
    );
    const found = Object.fromEntries(
      findActors(doc)
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(found).toEqual({
      "Bikash Ranjan Mohanty": ["Chief Fire Officer"],
      "Sudhir Kumar Behera": ["IIC"],
      Thapa: ["CDO"],
      "Lalita Marbaniang": [],
      "Manoj Pattnaik": [],
      "Hari Prasad": [],
    });
  });
});

describe("Malay and Thai names", () => {
  test("a father's style after 'bin' stays in the name; Awang, Dayang, Ustaz are styles; 'Chan-o-cha' is whole", () => {
    const doc = testDoc(
      "Director of Marine Awang Haji Rosli bin Haji Salleh spoke. Dayang Siti Aminah binti Haji Omar agreed. " +
        "Ustaz Zulkifli Hamid prayed. Governor Somkid Wong-a-phan ordered the army in.",
    );
    const found = Object.fromEntries(
      findActors(doc).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({
      "Rosli bin Haji Salleh": ["person", ["Director of Marine"]],
      "Siti Aminah binti Haji Omar": ["person", []],
      "Zulkifli Hamid": ["person", []],
      "Somkid Wong-a-phan": ["person", ["Governor"]],
    });
  });
});

describe("Pacific parties and prime ministers", () => {
  test("a party named 'Pati', a party 'X-led', and 'PM' before a name", () => {
    const doc = testDoc(
      "PM Kila Wari survived the vote as the Vanua Pati-led coalition held, and the Vanua Pati gloated.",
    );
    const found = Object.fromEntries(
      findActors(doc).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({ "Kila Wari": ["person", ["Prime Minister"]], "Vanua Pati": ["organization", []] });
  });
});

describe("American legislators' tags and offices", () => {
  test("a home town of several words in a party tag is a place; 'pro Tem' is part of the title; a possessive ends a name", () => {
    const doc = testDoc(
      "Sen. Alma Quintero-Ruiz, D-Los Angeles, chairs the panel. Senate President pro Tem Walt Brenner, D-San " +
        "Francisco, scheduled a vote. Rep. Tom Hargrove (R-Eden Prairie) objected. Gov. Gray Mathis' Department " +
        "of Finance put the gap at $38 billion.",
    );
    const found = Object.fromEntries(
      findActors(doc).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({
      "Alma Quintero-Ruiz": ["person", ["Senator"]],
      "Los Angeles": ["place", []],
      Senate: ["organization", []],
      "Walt Brenner": ["person", ["President pro Tem"]],
      "San Francisco": ["place", []],
      "Tom Hargrove": ["person", ["Representative"]],
      "Eden Prairie": ["place", []],
      "Gray Mathis": ["person", ["Governor"]],
      "Department of Finance": ["organization", []],
    });
  });
});

describe("styles and bodies of African news", () => {
  test("styles before names are no part of them nor roles; a paramount chief's is a role", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          "Mallam Sani Bala said the vaccine was safe. Ato Tesfaye Abebe said prices rose. Maitre Odile Ngono spoke " +
            "for the farmers. Kgosi Thato Molefe agreed. The Rt Rev Peter Banda and Paramount Chief Musa Kpaka met.",
        ),
      ).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({
      "Sani Bala": ["person", []],
      "Tesfaye Abebe": ["person", []],
      "Odile Ngono": ["person", []],
      "Thato Molefe": ["person", []],
      "Peter Banda": ["person", []],
      "Musa Kpaka": ["person", ["Paramount Chief"]],
    });
  });

  test("a company named once with its legal form is that company without it, though its first word is a place", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          "Linz Energie GmbH supplies two million customers. The Linz Energie crisis deepened on Monday, and Linz " +
            "Energie asked the state for help.",
        ),
      ).actors.map((a) => [a.name, [a.kind, a.aliases]]),
    );
    expect(found).toEqual({ "Linz Energie GmbH": ["organization", ["Linz Energie"]] });
  });

  test("a known body with 'of' inside its name; currencies and medicines in capitals are no bodies", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          "Barrister Ngozi Eze told the court the Economic Community of West African States (ECOWAS) had paid. " +
            "The farmers seek FCFA 2 million. Patients on ARVs need a CD4 count.",
        ),
      ).actors.map((a) => [a.name, [a.kind, a.aliases]]),
    );
    expect(found).toEqual({
      "Ngozi Eze": ["person", []],
      ECOWAS: ["organization", ["Economic Community of West African States"]],
    });
  });

  test("a known body with 'the' inside its name, a fellowship, a mine's shaft and a region's initials", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          "Officials from Save the Children and the UN Children's Fund said the SNNPR was hit. Workers at Mufulira " +
            "Shaft struck. The Evangelical Fellowship of Zambia prayed.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(found).toEqual({
      "Save the Children": "organization",
      UNICEF: "organization",
      "Southern Nations Nationalities and People's Region": "place",
      "Mufulira Shaft": "place",
      "Evangelical Fellowship of Zambia": "organization",
    });
  });
});

describe("names of the Middle East", () => {
  test("gates, mounds, springs and fields; the article joined to its letter; the Gulf's legal forms and styles", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          "Families waited at the Bab al-Hawa gate near Tel Abyad. Shelling hit Ain Issa and Deir ez-Zor. The deal " +
            "between Gulf Marine Services WLL and Oman Flour Mills SAOG covers the South Pars Field. HE Salim Al " +
            "Mannai attended, and Eng. Khalid Al Hajri spoke. (DHA Photo)",
        ),
      ).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({
      "Bab al-Hawa": ["place", []],
      "Tel Abyad": ["place", []],
      "Ain Issa": ["place", []],
      "Deir ez-Zor": ["place", []],
      "Gulf Marine Services WLL": ["organization", []],
      "Oman Flour Mills SAOG": ["organization", []],
      "South Pars Field": ["place", []],
      "Salim Al Mannai": ["person", []],
      "Khalid Al Hajri": ["person", ["Engineer"]],
      DHA: ["organization", []],
    });
  });
});

describe("a body's name and 'of' after it", () => {
  test("a government named for what it stands for; a ministry already whole and a person after 'of' end the name", () => {
    const doc = testDoc(
      "The Interior Ministry of the Government of National Accord said the truce held. The Presidency Council of " +
        "Fayez Serraj met. The Federation of Thai Industries and the Department of Land Affairs agreed.",
    );
    expect(findActors(doc).actors.map((a) => [a.name, a.kind])).toEqual([
      ["Interior Ministry", "organization"],
      ["Government of National Accord", "organization"],
      ["Presidency Council", "organization"],
      ["Fayez Serraj", "person"],
      ["Federation of Thai Industries", "organization"],
      ["Department of Land Affairs", "organization"],
    ]);
  });
});

describe("a line in title case", () => {
  test("names a body no list knows only when the story names it again; a person's full name stays", () => {
    const doc = testDoc(
      "Fire Guts Longtime Oak Park Diner as Owner Vows to Rebuild\n\nGeorgia Lane, Crown Counsel\n\n" +
        "A fire gutted the Corner Grill on Madison Street early Tuesday, the Oak Park Fire Department said.\n\n" +
        "The Oak Park Fire Department sent 30 firefighters.",
    );
    const names = findActors(doc).actors.map((a) => a.name);
    expect(names).not.toContain("Fire Guts Longtime Oak Park Diner");
    expect(names).not.toContain("Owner");
    expect(names).toContain("Georgia Lane");
    expect(names).toContain("Oak Park Fire Department");
  });
});

describe("Canada's legislators and departments", () => {
  test("a provincial legislator's title, a landowner, and a federal department named in full", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          "Progressive Conservative MPP Dana Kerr called the aid pitiful. Landowner Robert Gaunt said he would " +
            "appeal. Fisheries and Oceans Canada said stocks fell.",
        ),
      ).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({
      "Progressive Conservative": ["organization", []],
      "Dana Kerr": ["person", ["MPP"]],
      "Robert Gaunt": ["person", ["Landowner"]],
      "Fisheries and Oceans Canada": ["organization", []],
    });
  });
});

describe("the place a story is filed from", () => {
  test("is a place of the story when its dateline is set aside from the body", async () => {
    const { cleanArticle } = await import("../article/clean-article.js");
    const doc = cleanArticle(
      "Quake damage halts factories\n\nOSAKA (Kyodo) -- Manufacturers said Friday it will take weeks to restore " +
        "production lines damaged by last week's earthquakes.\n\nThe companies did not give figures.",
      { id: "t", referenceDate: null },
    );
    expect(doc.dateline).toBe("Osaka");
    const places = findActors(doc).actors.filter((a) => a.kind === "place");
    expect(places.map((a) => a.name)).toEqual(["Osaka"]);
    // and the country written after it, up to the dash
    const other = cleanArticle(
      "Fishermen still wait for boats\n\nTACLOBAN, Leyte, Philippines – Four months after the typhoon, fishermen " +
        "are still waiting for the boats they were promised.\n\nOfficials did not comment.",
      { id: "t", referenceDate: null },
    );
    const named = findActors(other).actors.filter((a) => a.kind === "place");
    expect(named.map((a) => a.name)).toContain("Philippines");
  });
});

describe("engineers of public works", () => {
  test("an executive engineer's title ends the board's name and opens the person's", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc("Contacted, Sylhet Water Development Board Executive Engineer Md Rafiqul Islam said the dyke held."),
      ).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(found).toEqual({
      "Sylhet Water Development Board": ["organization", []],
      "Md Rafiqul Islam": ["person", ["Executive Engineer"]],
    });
  });
});

describe("a person by the role they hold", () => {
  const filler = "The petitioner said the station had kept no record of the arrest that night. ".repeat(9);
  test("'the judge' stands for the only judge named, even paragraphs before; of two, only one named just before", () => {
    const described = (text: string) =>
      findActors(testDoc(text))
        .actors.filter((a) => a.mentions.some((m) => m.via === "description"))
        .map((a) => a.name);
    expect(
      described(`Justice Anil Varma passed the order.\n\n${filler}\n\nThe judge said the burden was on the police.`),
    ).toEqual(["Anil Varma"]);
    expect(
      described(
        `Justice Anil Varma passed the order, and Justice Rekha Iyer agreed.\n\n${filler}\n\nThe judge said the burden was on the police.`,
      ),
    ).toEqual([]);
  });
});

describe("a company by what it is", () => {
  test("'the company' and 'the chipmaker' stand for the company named last before them", () => {
    const doc = testDoc(
      "Shares of Nvidia rose 4% on Thursday after the chipmaker beat forecasts, while Intel Corp fell. " +
        "The company said it would cut 5,000 jobs. Later, the European Commission said the group would be fined.",
    );
    const { actors } = findActors(doc);
    const described = (name: string) =>
      actors
        .find((a) => a.name === name)
        ?.mentions.filter((m) => m.via === "description")
        .map((m) => m.text);
    expect(described("Nvidia")).toEqual(["the chipmaker"]);
    expect(described("Intel")).toEqual(["The company"]);
    expect(described("European Commission")).toEqual([]);
  });
});

describe("names of colleges, societies and agencies with 'of'", () => {
  test("are one organisation, and their short form in brackets joins them", () => {
    const doc = testDoc(
      "The Royal College of Nursing (RCN) and the American Society of Clinical Oncology met on Monday. " +
        "The RCN said talks with the Food and Drug Administration would continue next month, Erik ten Hag " +
        "and Manchester United said nothing.",
    );
    const orgs = findActors(doc).actors.filter((a) => a.kind === "organization");
    expect(orgs.map((a) => [a.name, a.mentions.length])).toEqual([
      ["Royal College of Nursing", 3],
      ["American Society of Clinical Oncology", 1],
      ["Food and Drug Administration", 1],
      ["Manchester United", 1],
    ]);
  });
});

describe("ministers and secretaries by portfolio", () => {
  test("keep their portfolio in the role", () => {
    const doc = testDoc(
      "Health Secretary Steve Barclay said the offer was final, while Shadow Home Secretary Yvette Cooper and " +
        "Energy Secretary Jennifer Granholm spoke at length about the budget on Tuesday evening.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Steve Barclay", ["Health Secretary"]],
      ["Yvette Cooper", ["Shadow Home Secretary"]],
      ["Jennifer Granholm", ["Energy Secretary"]],
    ]);
  });

  test("Britain's junior portfolios too, and no body named for them", () => {
    const doc = testDoc(
      "The Communities Secretary, Alan Brook, spoke. Schools Minister Ruth Dale and Pensions Minister Ian Holt agreed.",
    );
    expect(findActors(doc).actors.map((p) => [p.kind, p.name, p.roles.map((r) => r.title)])).toEqual([
      ["person", "Alan Brook", ["Communities Secretary"]],
      ["person", "Ruth Dale", ["Schools Minister"]],
      ["person", "Ian Holt", ["Pensions Minister"]],
    ]);
  });
});

describe("a title in an appositive after the name", () => {
  test("is the person's role, with the owner before it or after 'of'", () => {
    const doc = testDoc(
      "Helen Clark, New Zealand's prime minister, met Kofi Annan, the secretary general of the United Nations, " +
        "and Mary Barra, chief executive of General Motors. Maria Lopez, a spokeswoman for the city, said the " +
        "road would reopen. John Smith, the president's brother, declined to comment. Juan Ramón de la Fuente, 72, " +
        "a former ambassador to the United Nations, will take over the ministry.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => [r.title, r.of])])).toEqual([
      ["Helen Clark", [["prime minister", "New Zealand"]]],
      ["Kofi Annan", [["secretary general", "United Nations"]]],
      ["Mary Barra", [["chief executive", "General Motors"]]],
      ["Maria Lopez", [["spokeswoman", null]]],
      ["John Smith", []],
      ["Juan Ramón de la Fuente", [["former ambassador", "United Nations"]]],
    ]);
  });
});

describe("plural nouns that open a sentence", () => {
  test("are groups of people, not a person named so", () => {
    const doc = testDoc(
      "The talks in Geneva ended without a deal on Friday. Diplomats said they would resume next month, and " +
        "Analysts expect little progress. Residents of the border towns fear new fighting.",
    );
    expect(findActors(doc).actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("a surname that is a common word", () => {
  test("opening a sentence before 'said' is the person named before, and nothing when no one is", () => {
    const doc = testDoc(
      "Coach Ian Banks praised his players after the match in Leeds on Sunday. Banks said it was their best " +
        'game of the season. "We were brilliant," Banks said. Young said nothing, and Officials said little.',
    );
    const { actors } = findActors(doc);
    expect(actors.find((a) => a.name === "Ian Banks")?.mentions.filter((m) => m.via === "surname")).toHaveLength(2);
    expect(actors.map((a) => a.name)).toEqual(["Ian Banks", "Leeds"]);
  });

  test("a month that is also a surname is the person named before, and the month otherwise", () => {
    const named = testDoc(
      "Prime Minister Theresa May faced a revolt on Tuesday. May told parliament she would not resign, and " +
        "in May the vote was lost.",
    );
    const may = findActors(named).actors.find((a) => a.name === "Theresa May");
    expect(may?.mentions.map((m) => m.text)).toEqual(["Theresa May", "May", "she"]);
    const none = testDoc("Exports rose sharply in April. May told a different story, with sales falling.");
    expect(findActors(none).actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("surnames of two words", () => {
  test("written without the given names are the same person", () => {
    const doc = testDoc(
      "Mexican President Andrés Manuel López Obrador criticised the ruling on Monday in Mexico City. López " +
        "Obrador said the court had overstepped its powers in the case brought by the opposition.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.aliases])).toEqual([["Andrés Manuel López Obrador", ["López Obrador"]]]);
  });
});

describe("a known organisation ending a long unknown run", () => {
  test("is named on its own", () => {
    const doc = testDoc(
      "The excerpt of the interview was released on the Morning Politics Extra Twitter feed on Sunday evening, " +
        "hours before the club responded to the claims in a short statement.",
    );
    expect(findActors(doc).actors.map((a) => [a.name, a.kind])).toContainEqual(["Twitter", "organization"]);
  });
});

describe("what a person does, before the name", () => {
  test("makes a person of a name of ordinary words, and is no part of the name when it opens the sentence", () => {
    const doc = testDoc(
      "Golfer Tiger Woods withdrew from the tournament on Friday, and tennis player Rafael Nadal pulled out " +
        "too. Rapper Ice Cube and billionaire Mark Cuban watched from the stands. Woods said his back hurt.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((a) => a.name)).toEqual(["Tiger Woods", "Rafael Nadal", "Ice Cube", "Mark Cuban"]);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(["Tiger Woods", "Woods", "his"]);
  });

  test("a run of ordinary words with no such word before it stays no one", () => {
    const doc = testDoc("Fans at the Golden Gate cheered as Rising Star won the race, officials said.");
    expect(named(findActors(doc).actors, "person")).toEqual([]);
  });
});

describe("names with a possessive inside", () => {
  test("keep a plural's mark, and 'People's' or 'Children's' opens the name", () => {
    const doc = testDoc(
      "The Grain Growers' Association and the People's Liberation Army were named in the Children's Hospital " +
        "report, and the farmers' leaders said nothing.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Grain Growers' Association",
      "People's Liberation Army",
      "Children's Hospital",
    ]);
  });
});

describe("districts of public services and centres", () => {
  test("a school or water district is a body, a district of a country a place; 'Centers for' runs on", () => {
    const doc = testDoc(
      "Voters in the Oakfield Community School District and the Metropolitan Water District objected, officials " +
        "in Swat District said, and the Centers for Disease Control and Prevention agreed.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual([
      "Oakfield Community School District",
      "Metropolitan Water District",
      "Centers for Disease Control and Prevention",
    ]);
    expect(named(actors, "place")).toEqual(["Swat District"]);
  });
});

describe("administrative units named with a capitalised noun", () => {
  test("are places, and a known place with its unit's noun is that place", () => {
    const doc = testDoc(
      "Rescuers reached Longtan Township in Anshun City, in Guizhou Province, on Friday. Guizhou has had " +
        "three quakes this year, and officials in Puding County said roads were cut.",
    );
    const places = findActors(doc).actors.filter((a) => a.kind === "place");
    expect(places.map((a) => [a.name, a.subtype])).toEqual([
      ["Longtan Township", "city"],
      ["Anshun", "city"],
      ["Guizhou", "region"],
      ["Puding County", "region"],
    ]);
    expect(places[1]?.mentions.map((m) => m.text)).toEqual(["Anshun City"]);
    expect(places[2]?.mentions.map((m) => m.text)).toEqual(["Guizhou Province", "Guizhou"]);
  });

  test("sums of money, firms named by their trade, units, canyons and names said twice", () => {
    const doc = testDoc(
      "Net profit rose to RM148.6 million from RM46.2 million, and tickets cost KSh2,000. A Southern Cross " +
        "Coachlines bus crashed near Walla Walla, and the Crash Investigation Unit came. Marlow Brothers " +
        "Contractors won the tender, Pinnacle Securities Research said. Snow closed Emigration Canyon and " +
        "roads in southern NSW.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ["Southern Cross Coachlines", "organization"],
      ["Walla Walla", "place"],
      ["Crash Investigation Unit", "organization"],
      ["Marlow Brothers Contractors", "organization"],
      ["Pinnacle Securities Research", "organization"],
      ["Emigration Canyon", "place"],
      ["New South Wales", "place"],
    ]);
  });

  test("a town too small for the list of cities is a place, unless someone of that name is in the story", () => {
    const doc = testDoc(
      "A Peterhead skipper was fined on Monday. George Buchan, of Queen Street, Peterhead, admitted it, and " +
        "the fish went to a merchant in Belmont. Lawyer Ana Tolentino said Tolentino would appeal.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ["Peterhead", "place"],
      ["George Buchan", "person"],
      ["Belmont", "place"],
      ["Ana Tolentino", "person"],
    ]);
  });

  test("mills and jewellers are firms; Iceland is not an island; a Philippine city goes without 'City'", () => {
    const doc = testDoc(
      "Workers at Matabeleland Textile Mills struck, and Gulf Star Jewellers said sales rose. Climbers on " +
        "Island Peak turned back. Police in Lapu-Lapu arrested two.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ["Matabeleland Textile Mills", "organization"],
      ["Gulf Star Jewellers", "organization"],
      ["Island Peak", "place"],
      ["Lapu-Lapu", "place"],
    ]);
  });

  test("an honorific titles a name of common words; a plural in -men inside a name; initials closing a paragraph", () => {
    const doc = testDoc(
      "The company's human resources manager, Mrs Precious Nyathi, said talks failed. The Scottish " +
        "Fishermen's Federation objected. Police have arrested 312 suspects this year. (RMCL)",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind, a.roles.map((r) => r.title)])).toEqual([
      ["Precious Nyathi", "person", ["human resources manager"]],
      ["Scottish Fishermen's Federation", "organization", []],
    ]);
  });

  test("bodies named on after 'of the' or 'for'; a port's name with 'of'; a surname that is a firm's head word", () => {
    const doc = testDoc(
      "The Armed Forces of the Philippines and the People's Alliance for Credible Elections met in Port of " +
        "Spain, and Gov. Janet Mills joined Matabeleland Textile Mills.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ["Armed Forces of the Philippines", "organization"],
      ["People's Alliance for Credible Elections", "organization"],
      ["Port of Spain", "place"],
      ["Janet Mills", "person"],
      ["Matabeleland Textile Mills", "organization"],
    ]);
  });

  test("court titles, governing executives and Roman numerals", () => {
    const doc = testDoc(
      "Senior Resident Magistrate Joyce Wambui denied bail, and defence lawyer John Kamau objected. The Health " +
        "Service Executive said beds were full. Class XII students sat the paper again.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind, a.roles.map((r) => r.title)])).toEqual([
      ["Joyce Wambui", "person", ["Senior Resident Magistrate"]],
      ["John Kamau", "person", ["defence lawyer"]],
      ["Health Service Executive", "organization", []],
    ]);
  });

  test("a capitalised occupation opening a sentence is no part of the name after it", () => {
    const doc = testDoc("Meteorologist Dale Hunt said the storm would pass. Commuter Angela Reyes was late.");
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((a) => [a.name, a.roles.map((r) => r.title)])).toEqual([
      ["Dale Hunt", ["Meteorologist"]],
      ["Angela Reyes", []],
    ]);
  });

  test("an area is a place, and a police or military command an organisation", () => {
    const doc = testDoc(
      "Residents of Ijebu North Local Government Area fled on Monday, and people across the Greater Toronto " +
        "Area felt the quake. The Lagos State Police Command said two men were held by the Ikeja Area Command.",
    );
    const { actors } = findActors(doc);
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ["Ijebu North Local Government Area", "place"],
      ["Greater Toronto Area", "place"],
      ["Lagos State Police Command", "organization"],
      ["Ikeja Area Command", "organization"],
    ]);
  });

  test("a city's name and a region's noun is the region around the city", () => {
    const doc = testDoc("Drones struck Odesa Oblast overnight, and officials in Odesa said the port was hit.");
    const places = findActors(doc).actors.filter((a) => a.kind === "place");
    expect(places.map((a) => [a.name, a.subtype])).toEqual([
      ["Odesa Oblast", "region"],
      ["Odessa", "city"],
    ]);
  });

  test("an island's name and a town's noun is its town, not the island", () => {
    const doc = testDoc("Bins overflowed in Corfu Town on Monday, and hoteliers across Corfu warned of cancellations.");
    const places = findActors(doc).actors.filter((a) => a.kind === "place");
    expect(places.map((a) => [a.name, a.subtype, a.aliases])).toEqual([
      ["Corfu Town", "city", []],
      ["Corfu", "region", []],
    ]);
  });

  test("an unknown name and 'City' is a city, or the club in a story about sport", () => {
    const city = testDoc("Police in Tuanjie City said the bridge had collapsed on Monday.");
    expect(named(findActors(city).actors, "place")).toEqual(["Tuanjie City"]);
    const doc = testDoc("Harwick City beat Dunmore Rovers 2-1 at home on Saturday.");
    expect(named(findActors(doc).actors, "place")).toEqual([]);
  });
});

describe("local public bodies", () => {
  test("an unknown name before 'police', or a region before 'council', is the body", () => {
    const doc = testDoc(
      "Thames Valley police closed the road, and Oxfordshire county council opened a rest centre. Denver " +
        "police said nothing.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["Thames Valley police", "Oxfordshire county council"]);
    expect(named(actors, "place")).toEqual(["Denver"]);
  });
});

describe("names of bodies and companies", () => {
  test("a body named after a place is a body, and a French elided article stays in the name", () => {
    const doc = testDoc(
      "The Democratic Party of Cape Verde and the Democratic Party of Côte d'Ivoire boycotted the vote.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Democratic Party of Cape Verde",
      "Democratic Party of Côte d'Ivoire",
    ]);
  });

  test("a name after what kind of body it is is that body", () => {
    const doc = testDoc("The farm lobby Copa-Cogeca and the airline Cathay Pacific both asked for help on Monday.");
    expect(named(findActors(doc).actors, "organization")).toEqual(["Copa-Cogeca", "Cathay Pacific"]);
  });

  test("names joined by '&' and names ending in a trade word are firms", () => {
    const doc = testDoc(
      "Marks & Spencer hired the law firm Hallam & Ross after Dunmore Capital and Tayside Partners sold their stakes.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Marks & Spencer",
      "Hallam & Ross",
      "Dunmore Capital",
      "Tayside Partners",
    ]);
  });

  test("names ending in what a firm makes or does are firms, and where analysts work is a body", () => {
    const doc = testDoc(
      "Shares in Brennock Foods and Tavira Logistics rose after Quillon Labs said it would buy both. Analysts at " +
        "Halloran said the price was high, and an economist at Mirabel Kent agreed. The Natural History Museum " +
        "and the Securities and Exchange Commission declined to comment.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Brennock Foods",
      "Tavira Logistics",
      "Quillon Labs",
      "Halloran",
      "Mirabel Kent",
      "Natural History Museum",
      "Securities and Exchange Commission",
    ]);
  });

  test("a portfolio opened by a word that is also a given name, and portfolios of land, power and sport", () => {
    const roles = (text: string) =>
      findActors(testDoc(text)).actors.map((a) => [a.name, a.kind, a.roles.map((r) => r.title)]);
    expect(roles("The Minister of Land Affairs, Thabo Mokoena, has promised to speed it up.")).toEqual([
      ["Thabo Mokoena", "person", ["Minister of Land Affairs"]],
    ]);
    expect(roles("Power Minister Tunde Ade and Sport Minister Ann Lee agreed.")).toEqual([
      ["Tunde Ade", "person", ["Power Minister"]],
      ["Ann Lee", "person", ["Sport Minister"]],
    ]);
  });

  test("a body named with 'on' or 'for' goes on after a further 'of'", () => {
    const doc = testDoc(
      "The Commission on Restitution of Land Rights has received 8,000 claims, and the National Committee for " +
        "Control of Viral Hepatitis agreed. The Committee on Tuesday of last week met.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Commission on Restitution of Land Rights",
      "National Committee for Control of Viral Hepatitis",
    ]);
    expect(named(findActors(doc).actors, "person")).toEqual([]);
  });

  test("three words, 'and' and a body's head word are one body, unless a given name is among them", () => {
    const doc = testDoc(
      "The Norwegian Water Resources and Energy Directorate said the dam was safe. Minister Anna Berg Olsen and " +
        "Energy Directorate staff met on Monday.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual(["Norwegian Water Resources and Energy Directorate"]);
    expect(named(findActors(doc).actors, "person")).toEqual(["Anna Berg Olsen"]);
  });

  test("a company's short name without its trade word and legal form is the same company", () => {
    const doc = testDoc(
      "The court ordered Hokkaido Electric Power Co. to halt the restart. Hokkaido Electric said it would appeal.",
    );
    const orgs = findActors(doc).actors.filter((a) => a.kind === "organization");
    expect(orgs.map((a) => a.mentions.map((m) => m.text))).toEqual([
      ["Hokkaido Electric Power Co.", "Hokkaido Electric"],
    ]);
  });

  test("a company goes by the first word of its name", () => {
    const doc = testDoc("Shares in Halvard Energy AG fell 18% on Tuesday. Halvard said demand had weakened.");
    const org = findActors(doc).actors.find((a) => a.kind === "organization");
    expect([org?.name, org?.mentions.map((m) => m.text)]).toEqual([
      "Halvard Energy AG",
      ["Halvard Energy AG", "Halvard"],
    ]);
  });

  test("a known company with its legal form is that company; an unknown one keeps the form in its name", () => {
    const doc = testDoc("Siemens AG agreed to buy Halvard AB, and Apple Inc. said it had no plans to bid.");
    const orgs = findActors(doc).actors.filter((a) => a.kind === "organization");
    expect(orgs.map((a) => [a.name, a.subtype])).toEqual([
      ["Siemens", "company"],
      ["Halvard AB", null],
      ["Apple", "company"],
    ]);
  });
});

describe("portfolios of two parts", () => {
  test("run through 'and' to the end of the body's name", () => {
    const doc = testDoc(
      "The Office of Management and Budget and the Ministry of Foreign Affairs and Trade objected, while the " +
        "National Agency for Food and Drug Administration and Control sealed 14 shops.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Office of Management and Budget",
      "Ministry of Foreign Affairs and Trade",
      "National Agency for Food and Drug Administration and Control",
    ]);
  });
});

describe("more people and places by their context", () => {
  test("fire and police chiefs' titles stay out of the name", () => {
    const doc = testDoc(
      "Crews were called at 2:30 a.m., according to Fire Chief Greg Tomasik and Police Chief Ann Lee.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Greg Tomasik", ["Fire Chief"]],
      ["Ann Lee", ["Police Chief"]],
    ]);
  });

  test("legislators' and judges' titles, and a plaintiff, stay out of the name", () => {
    const doc = testDoc(
      "The local MLA Ravi Desai said the ruling was fair, and Presiding Judge Kenji Mori read it out in a full " +
        "courtroom. Plaintiff Kazuko Hirano, 81, wept as the verdict was read.",
    );
    expect(named(findActors(doc).actors, "person")).toEqual(["Ravi Desai", "Kenji Mori", "Kazuko Hirano"]);
  });

  test("a name of two or three foreign words after 'in' is a place, and 'confidence in' a person is not", () => {
    const doc = testDoc(
      "Waves crashed ashore in Heng Fa Chuen on Friday, and villagers in Tai O were moved. Confidence in " +
        "Mark Carney grew. Organisers said the rally would go ahead.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["Heng Fa Chuen", "Tai O"]);
    expect(named(actors, "person")).toEqual(["Mark Carney"]);
  });
});

describe("waterfront places and party adjectives", () => {
  test("a quay or a beach closes a place's name, and 'Liberal Democrat MP' is the party and a title", () => {
    const doc = testDoc("Liberal Democrat MP Helen Morgan said the water had reached Frankwell Quay and Brean Beach.");
    expect(findActors(doc).actors.map((a) => [a.name, a.kind])).toEqual([
      ["Liberal Democrats", "organization"],
      ["Helen Morgan", "person"],
      ["Frankwell Quay", "place"],
      ["Brean Beach", "place"],
    ]);
  });
});

describe("small places by what surrounds them", () => {
  test("a site's town, a town joined to a known one, a town 'nearby' and a name with lower-case links", () => {
    const doc = testDoc(
      "Forecasters at the Storm Prediction Center in Norman warned of more storms. Hospitals in Tulsa and " +
        "Pawhuska treated 37 people, two men were pulled from the mud at nearby Berrow, and a family in " +
        "Weston-super-Mare was moved. A farmer from West Flanders said the roads were shut.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["Storm Prediction Center"]);
    expect(named(actors, "place")).toEqual([
      "Norman",
      "Tulsa",
      "Pawhuska",
      "Berrow",
      "Weston-super-Mare",
      "West Flanders",
    ]);
    expect(named(actors, "person")).toEqual([]);
  });

  test("a given name right after a place preposition is a town, unless someone in the story bears it", () => {
    const doc = testDoc(
      "Tourists were put up in hotels in Manali after the slide. Flooding near Katherine cut the highway, " +
        "and Laura Bennett, a nurse, said she had faith in Rosa. Flooding in Laura closed the road.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["Manali", "Katherine"]);
    expect(named(actors, "person")).toEqual(["Laura Bennett"]);
  });

  test("a region that is also a given name opens a person's name", () => {
    const doc = testDoc(
      "Brittany Volkov, a teacher, said the school would reopen. Police in Brittany agreed, and the mayor " +
        "returns to Brittany Tuesday.",
    );
    expect(findActors(doc).actors.map((a) => [a.name, a.kind])).toEqual([
      ["Brittany Volkov", "person"],
      ["Brittany", "place"],
    ]);
  });

  test("'Co-operation' is one word, so the body's full name is known", () => {
    const doc = testDoc("The Organization for Security and Co-operation in Europe sent observers.");
    expect(named(findActors(doc).actors, "organization")).toEqual(["OSCE"]);
  });
});

describe("city names as English news writes them", () => {
  test("without transliteration marks or accents", () => {
    const doc = testDoc("Flights from Thane and Allahabad to Sao Paulo and Bogota were cancelled.");
    expect(findActors(doc).actors.map((a) => [a.name, a.kind])).toEqual([
      ["Thane", "place"],
      ["Allahabad", "place"],
      ["São Paulo", "place"],
      ["Bogotá", "place"],
    ]);
  });
});

describe("known cities", () => {
  test("of more than 50,000 people, and a name of common words is a city when it has two of them", () => {
    const doc = testDoc("The outbreak spread from Long Beach to Dehra Dun and Grand Rapids.");
    expect(named(findActors(doc).actors, "place")).toEqual(["Long Beach", "Dehra Dun", "Grand Rapids"]);
  });

  test("a given name that is a town's, and a town's name right after it, are a person's names", () => {
    const doc = testDoc("Irving Berlin wrote it, and Allen Taylor sang it. Flooding hit Jackson and Madison.");
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Irving Berlin", "Allen Taylor"]);
    expect(named(actors, "place")).toEqual(["Jackson", "Madison"]);
  });

  test("after an honorific, a city's name is someone's surname", () => {
    const doc = testDoc("Mr Bradford said the club would appeal, and Dr. Lincoln agreed.");
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Bradford", "Lincoln"]);
    expect(named(actors, "place")).toEqual([]);
  });
});

describe("words that open a sentence", () => {
  test("a plural of people before a verb of saying is no one's name, but a party's name or a title's owner is", () => {
    const doc = testDoc(
      "Villagers said the river rose within minutes. Evacuees told reporters they had lost everything. " +
        "Nationals leader Sarah Quill said the Greens would back the bill.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Sarah Quill"]);
    expect(named(actors, "organization")).toEqual(["National Party of Australia", "Australian Greens"]);
  });
});

describe("titles with a rank, and legislators' short titles", () => {
  test("'Second Vice Foreign Minister' and 'MCA' are titles, and the ward before the title is a place", () => {
    const doc = testDoc(
      "Second Vice Foreign Minister Park Sang-woo met Vice Foreign Minister Enkhbold Tumurbaatar. Endo Ward MCA " +
        "Wesley Rotich said the hillside was cracking.",
    );
    const actors = findActors(doc).actors;
    const people = actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Park Sang-woo", ["Second Vice Foreign Minister"]],
      ["Enkhbold Tumurbaatar", ["Vice Foreign Minister"]],
      ["Wesley Rotich", ["Ward MCA"]],
    ]);
    expect(named(actors, "place")).toEqual(["Endo Ward"]);
  });

  test("a given name and a place's head word before a verb of saying is a person", () => {
    const doc = testDoc("Grace Park said the plan was sound, and Salim Ward agreed. Crowds filled Victoria Park.");
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Grace Park", "Salim Ward"]);
    expect(named(actors, "place")).toEqual(["Victoria Park"]);
  });
});

describe("honorifics written without a stop, and portfolios of three parts", () => {
  test("'Prof', 'Fr' and 'Revd' are no part of the name; a regent and a councillor hold titles", () => {
    const doc = testDoc(
      "Prof Helen Carver and Fr Rommel Abellana spoke after Revd Anne Lowe. Dompu Regent Arifin Yusuf and Cllr " +
        "Jane Hale agreed.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Helen Carver", []],
      ["Rommel Abellana", []],
      ["Anne Lowe", []],
      ["Arifin Yusuf", ["Regent"]],
      ["Jane Hale", ["Councillor"]],
    ]);
  });

  test("a body's portfolio runs on over its commas to the part after 'and'", () => {
    const doc = testDoc(
      "The Ministry of Agriculture, Fisheries and Food agreed, but talks in Paris, London and Berlin ended.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "organization")).toEqual(["Ministry of Agriculture, Fisheries and Food"]);
    expect(named(actors, "place")).toEqual(["Paris", "London", "Berlin"]);
  });
});

describe("towns that are clubs", () => {
  test("in a story about sport a town named as a side is the club, and stays the town after a place word", () => {
    const doc = testDoc(
      "Crewe beat Gillingham 2-1 on Saturday. Crewe's manager praised his striker after the late goal, and " +
        "fans travelled home to Crewe happy. Wrexham drew with Salford in the league.",
    );
    const actors = findActors(doc).actors;
    expect(actors.filter((a) => a.kind === "organization").map((a) => [a.name, a.mentions.length])).toEqual([
      ["Crewe", 2],
      ["Gillingham", 1],
      ["Wrexham", 1],
      ["Salford", 1],
    ]);
    expect(named(actors, "place")).toEqual(["Crewe"]);
  });

  test("outside a story about sport a town stays a town", () => {
    const doc = testDoc("Crewe beat its recycling target by 2-1 in the council's new ranking of towns.");
    expect(named(findActors(doc).actors, "organization")).toEqual([]);
  });
});

describe("foreign place names", () => {
  test("by the word that opens them, where a correspondent reports from, and in a list of areas", () => {
    const doc = testDoc(
      "Reporting from Deir el-Balah, our correspondent said strikes hit Beit Lahia and the slopes of Mount " +
        "Hermon. Flooding is likely in low-lying areas such as Tai O and Heng Fa Chuen.",
    );
    expect(named(findActors(doc).actors, "place")).toEqual([
      "Deir el-Balah",
      "Beit Lahia",
      "Mount Hermon",
      "Tai O",
      "Heng Fa Chuen",
    ]);
  });
});

describe("nicknames", () => {
  test("a nickname in quotation marks between a given name and a surname leaves the name whole", () => {
    const doc = testDoc('Robert "Bobby" Kessler, the union leader, objected. Kessler said the deal was unfair.');
    const person = findActors(doc).actors.find((a) => a.kind === "person");
    expect([person?.name, person?.mentions.length]).toEqual(["Robert Kessler", 2]);
  });
});

describe("bodies named in the ways news writes them", () => {
  test("an office named by its holder, a portfolio before a lower-case ministry, Ireland's parties and police", () => {
    const doc = testDoc(
      "The Pima County Medical Examiner's Office will identify him. The Interior ministry said 14 died, and " +
        "Health department officials agreed. Fianna Fáil and Sinn Féin criticised the Garda Síochána.",
    );
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Pima County Medical Examiner's Office",
      "Interior ministry",
      "Health department",
      "Fianna Fáil",
      "Sinn Féin",
      "Garda Síochána",
    ]);
  });

  test("a word of direction before a title is no body that holds it", () => {
    const doc = testDoc("Police were called to South General McMullen Drive around 11:40 p.m.");
    expect(named(findActors(doc).actors, "organization")).toEqual([]);
  });
});

describe("places by the kind of place their name ends in", () => {
  test("streets, freeways, reserves and a city's sides; 'S. Korea' is South Korea", () => {
    const doc = testDoc(
      "The shop on Harlan Drive was shut after a crash on the Gulf Freeway, and police on the West Side " +
        "closed the Corbett Tiger Reserve. S. Korea sent help.",
    );
    expect(named(findActors(doc).actors, "place")).toEqual([
      "Harlan Drive",
      "Gulf Freeway",
      "West Side",
      "Corbett Tiger Reserve",
      "South Korea",
    ]);
  });
});

describe("places named in passing", () => {
  test("where someone comes from, and names in a list that a plural place noun introduces, are places", () => {
    const doc = testDoc(
      "The patient, a 52-year-old farmer from Kallachi, was admitted on Monday. Schools were shut in six " +
        "panchayats, including Edachery, Purameri and Nadapuram. A letter from Whitlock arrived later.",
    );
    expect(named(findActors(doc).actors, "place")).toEqual(["Kallachi", "Edachery", "Purameri", "Nadapuram"]);
  });

  test("a name an appositive calls a village or a town is a place, but not a village elder", () => {
    const doc = testDoc(
      "Gunmen raided Ndomba, a farming village some 30 kilometres north of the border, on Thursday. " +
        "Residents fled to Kakuma, a town of 3,500 people. Samuel Otieno, a village elder, counted the dead.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["Ndomba", "Kakuma"]);
    expect(named(actors, "person")).toEqual(["Samuel Otieno"]);
  });

  test("a code of letters and a number is no organisation", () => {
    const doc = testDoc("A mobile BSL-3 laboratory was flown in, and two F-16 jets escorted the plane.");
    expect(findActors(doc).actors).toEqual([]);
  });

  test("district officials' titles are roles, and initials open the name", () => {
    const doc = testDoc("Schools will stay shut, District Collector P. Ramesh said on Friday.");
    const person = findActors(doc).actors.find((a) => a.kind === "person");
    expect([person?.name, person?.roles.map((r) => r.title)]).toEqual(["P. Ramesh", ["District Collector"]]);
  });
});

describe("people who go by their given name", () => {
  test("a given name alone after the full name is the same person, with or without a title before it", () => {
    const doc = testDoc(
      "Gen Somchai Wongsuwan led the march on Saturday. Gen Somchai told reporters the crowd was peaceful. " +
        "Pol Maj Gen Anucha Rattanaphon said police had warned the crowd. Opening batsman Nazrul Islam made 61, " +
        "and Nazrul said the pitch was still good.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, [...new Set(p.mentions.map((m) => m.text))]])).toEqual([
      ["Somchai Wongsuwan", ["Somchai Wongsuwan", "Somchai"]],
      ["Anucha Rattanaphon", ["Anucha Rattanaphon"]],
      ["Nazrul Islam", ["Nazrul Islam", "Nazrul"]],
    ]);
  });

  test("a given name two people share, or a word of a place's name, stays apart", () => {
    const doc = testDoc(
      "Ahmed Karimi and Ahmed Saleh met in Tunis. Ahmed said the talks went well. Tunis Mayor Souad Abderrahim " +
        "welcomed them.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.find((p) => p.name === "Ahmed Karimi")?.mentions.map((m) => m.text)).toEqual(["Ahmed Karimi"]);
    expect(people.find((p) => p.name === "Ahmed Saleh")?.mentions.map((m) => m.text)).toEqual(["Ahmed Saleh"]);
  });
});

describe("states, saints' institutions and more portfolios", () => {
  test("a name before 'State' is a state; a saint's or a sovereign's possessive stays in a name", () => {
    const doc = testDoc(
      "Cases rose in Benue State and Rivers State. Patients were taken to St Jude's Hospital, and students at " +
        "King's College marched. The Queen's speech was read.",
    );
    const actors = findActors(doc).actors;
    // a state the gazetteer knows keeps its name, "State" an alias of it
    expect(named(actors, "place")).toEqual(["Benue", "Rivers State"]);
    expect(named(actors, "organization")).toEqual(["St Jude's Hospital", "King's College"]);
    expect(named(actors, "person")).toEqual([]);
  });

  test("ministers and secretaries of more portfolios hold titles", () => {
    const doc = testDoc(
      "Infrastructure Minister Carmel Vella and Fisheries Minister Jone Tabua met Permanent Secretary Ana Ruiz.",
    );
    const people = findActors(doc).actors.filter((a) => a.kind === "person");
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Carmel Vella", ["Infrastructure Minister"]],
      ["Jone Tabua", ["Fisheries Minister"]],
      ["Ana Ruiz", ["Permanent Secretary"]],
    ]);
  });
});

describe("bodies whose names go on after 'for' or 'on', and people named once", () => {
  test("a body's head word that is also another body's short name opens a longer name", () => {
    const doc = testDoc(
      "The case went to the Commission for Conciliation, Mediation and Arbitration. The Commission on Elections " +
        "said it would recount. The Committee on Tuesday voted to adjourn. The Commission said it would act.",
    );
    // ("The Commission" alone is one of those named, not the European Commission of an article that names none)
    expect(named(findActors(doc).actors, "organization")).toEqual([
      "Commission for Conciliation, Mediation and Arbitration",
      "Commission on Elections",
    ]);
  });

  test("a body's head word alone is the one known body of the article named with it", () => {
    const doc = testDoc(
      'The Arab League condemned the violence. "We heard a blast," League chief executive Rosa Georgiou said.',
    );
    expect(named(findActors(doc).actors, "organization")).toEqual(["Arab League"]);
  });

  test("'Commission Chairman X' in a county's story is no European Commission; after it is named, 'the Commission' is", () => {
    const county = findActors(testDoc("Commission Chairman Wesley Harlan called it an easy vote.")).actors;
    expect(county.map((a) => a.name)).not.toContain("European Commission");
    const eu = testDoc('The European Commission fined the bank. "This is abuse," the Commission said.');
    const actors = findActors(eu);
    expect(findQuotes(eu, actors).map((q) => actors.byId.get(q.speakerId ?? "")?.name)).toEqual([
      "European Commission",
    ]);
  });

  test("a name alone with an age after it, or a relative's between commas, is a person", () => {
    const doc = testDoc(
      "Queues formed on Nevsky Prospekt. Svetlana, 47, a nurse, said prices had doubled. The activist's " +
        "husband, Ruslan, said he would appeal.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Svetlana", "Ruslan"]);
    expect(named(actors, "place")).toEqual(["Nevsky Prospekt"]);
  });
});

describe("Irish counties and plural openers before 'who'", () => {
  test("'Co' before a name is a county; 'Villagers who spoke' are no one's name", () => {
    const doc = testDoc(
      "Villagers who spoke to reporters said they had been woken by a bang. The crash happened near Bailieborough, " +
        "Co Cavan, and a second in Co. Kerry. Murphy Co. Ltd said it would help.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual([]);
    expect(named(actors, "place")).toEqual(["Bailieborough", "Co Cavan", "Co. Kerry"]);
  });
});

describe("words that open places, and firms by their trade", () => {
  test("saints' parishes, Spanish saints' towns, villages and settlements by the word that opens them", () => {
    const doc = testDoc(
      "Fires spread to St Andrew and St Elizabeth. Voters in San Remigio and Barangay Poblacion queued, and " +
        "settlers from Kiryat Arba and Ma'ale Amos protested near Kampung Sayap. Santa Ono said it was fine.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual([
      "St Andrew",
      "St Elizabeth",
      "San Remigio",
      "Barangay Poblacion",
      "Kiryat Arba",
      "Ma'ale Amos",
      "Kampung Sayap",
    ]);
    expect(named(actors, "person")).toEqual(["Santa Ono"]);
  });

  test("'The' opens a known name inside a sentence; carriers and shipyards are firms; grounds are places", () => {
    const doc = testDoc(
      "The court in The Hague ruled. Baltic Gas Carriers ordered two ships from Mokpo Shipbuilding. Fans " +
        "packed Semple Grounds.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "place")).toEqual(["The Hague", "Semple Grounds"]);
    expect(named(actors, "organization")).toEqual(["Baltic Gas Carriers", "Mokpo Shipbuilding"]);
  });
});

describe("plural titles, a first surname, and 'and' after a word passed over", () => {
  test("'Justices' and 'Senators' are titles; a Spanish name goes by its first surname; 'Soldiers and' opens nothing", () => {
    const doc = testDoc(
      "Justices Miriam Naor and Uri Shoham concurred. The state security chief, Rogelio Ibarra Zúñiga, said the raid was " +
        "planned. Ibarra added that 14 people were held. Soldiers and National Guard troops made the arrests.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Miriam Naor", "Uri Shoham", "Rogelio Ibarra Zúñiga"]);
    expect(actors.find((a) => a.name === "Miriam Naor")?.roles.map((r) => r.title)).toEqual(["Justice"]);
    expect(actors.find((a) => a.name === "Rogelio Ibarra Zúñiga")?.mentions.map((m) => m.text)).toContain("Ibarra");
    expect(named(actors, "organization")).toEqual(["National Guard"]);
  });
});

describe("prosecutors by office, parties by their members, and the pronoun 'I' before a period", () => {
  test("'Attorney' after a county is a title; 'Christian Democrats' is a party; 'so have I. Eskom' holds no initial", () => {
    const doc = testDoc(
      "Ramsey County Attorney Joan Pruitt said the two men would be charged. The Christian Democrats and the Free " +
        'Democrats backed the bill. "The workers are tired, and so have I. Transnet has the money," Thabo Mokoena said.',
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Joan Pruitt", "Thabo Mokoena"]);
    expect(actors.find((a) => a.name === "Joan Pruitt")?.roles.map((r) => r.title)).toEqual(["County Attorney"]);
    expect(named(actors, "place")).toEqual(["Ramsey County"]);
    expect(named(actors, "organization")).toEqual(expect.arrayContaining(["Christian Democrats", "Free Democrats"]));
  });
});

describe("a portfolio's end before its holder's name", () => {
  test("past the portfolio's words, two capitalised words are the holder, given name known or not", () => {
    const doc = testDoc(
      "Minister of Petroleum Resources Diezani Alison-Madueke said output rose. Minister of Foreign Affairs " +
        "Sergei Lavrov disagreed.",
    );
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Diezani Alison-Madueke", "Sergei Lavrov"]);
    expect(actors.find((a) => a.name === "Diezani Alison-Madueke")?.roles.map((r) => r.title)).toEqual([
      "Minister of Petroleum Resources",
    ]);
  });

  test("'the' before a minister's or a secretary's portfolio is part of the title", () => {
    const doc = testDoc("Minister for the Environment Lee Kim spoke. Secretary of the Treasury Janet Yellen agreed.");
    const actors = findActors(doc).actors;
    expect(named(actors, "person")).toEqual(["Lee Kim", "Janet Yellen"]);
    expect(actors.find((a) => a.name === "Lee Kim")?.roles.map((r) => r.title)).toEqual([
      "Minister for the Environment",
    ]);
  });
});

describe("titles with two parts, ranks and portfolios in apposition", () => {
  const rolesOf = (text: string) =>
    Object.fromEntries(
      findActors(testDoc(text))
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );

  test("a minister's portfolio of two parts before the holder's name", () => {
    const roles = rolesOf(
      "The Minister for Foreign Affairs and Trade Karen Walsh spoke to reporters about the visit on Monday. " +
        "Minister for the Environment and Water Resources Lim Boon Keat said that the haze was getting worse.",
    );
    expect(roles).toEqual({
      "Karen Walsh": ["Minister for Foreign Affairs and Trade"],
      "Lim Boon Keat": ["Minister for the Environment and Water Resources"],
    });
    // a holder named before "and" ends the portfolio
    expect(
      rolesOf(
        "US Secretary of State Linda Moss and British Foreign Secretary Tom Hale (L) during a meeting in the afternoon.",
      ),
    ).toEqual({ "Linda Moss": ["Secretary of State"], "Tom Hale": ["Foreign Secretary"] });
  });

  test("a rank or a scope before a title is part of it, in capitals or not", () => {
    const roles = rolesOf(
      "The board's general manager Tom Fenwick said so. County Commissioner Ruth Ames agreed, and the " +
        "returning officer, Peter Kamau, counted. Honorary secretary Ravi Menon was re-elected.",
    );
    expect(roles).toEqual({
      "Tom Fenwick": ["general manager"],
      "Ruth Ames": ["County Commissioner"],
      "Peter Kamau": ["returning officer"],
      "Ravi Menon": ["Honorary secretary"],
    });
  });

  test("a party or body before the title in apposition, a body named after its description, offices of state", () => {
    expect(
      rolesOf(
        "Mr Brennan, a Fianna Fáil TD for Kildare North since 1997, resigned. Jana Kovářová, an ODS deputy from " +
          "Brno, agreed. Ivo Marić, the former chief executive of the state road company Hrvatske Ceste, was " +
          "jailed. Rosa T. Lim, treasurer of Lakeside Bank & Trust Co., spoke. The Taoiseach, Mr Liam Dwyer, " +
          "and Fine Gael's spokeswoman on the marine, Ms Aoife Nolan, spoke. Dr Ali Juma, the Mbeya District " +
          "Medical Officer, spoke last.",
      ),
    ).toEqual({
      Brennan: ["TD"],
      "Jana Kovářová": ["deputy"],
      "Ivo Marić": ["former chief executive"],
      "Rosa T. Lim": ["treasurer"],
      "Liam Dwyer": ["Taoiseach"],
      "Aoife Nolan": ["spokeswoman on the marine"],
      "Ali Juma": ["District Medical Officer"],
    });
  });

  test("diplomats' titles, titles to be held or held no longer, and an office that goes on after its title", () => {
    expect(
      rolesOf(
        "They met on Monday. President-elect Talant Osmonov will visit. Chief negotiator Anil Perera flew home. " +
          "Its counsellor, Timur Sadykov, protested. Former foreign minister Ravi Kumar spoke, and so did his " +
          "foreign minister-designate, Lucia Ferraro. Omid Rahimi, Iran's special envoy for Caspian affairs, " +
          "and Ana Pinto, deputy head of mission at Portugal's embassy in Canberra, agreed.",
      ),
    ).toEqual({
      "Talant Osmonov": ["President-elect"],
      "Anil Perera": ["Chief negotiator"],
      "Timur Sadykov": ["counsellor"],
      "Ravi Kumar": ["former foreign minister"],
      "Lucia Ferraro": ["foreign minister-designate"],
      "Omid Rahimi": ["special envoy"],
      "Ana Pinto": ["deputy head of mission"],
    });
  });

  test("the words up to initials in brackets that spell them are one body's name", () => {
    const { actors } = findActors(
      testDoc(
        "The army and the Free Tigers of Upper Kassala (FTUK) met. The Alliance for Rural Renewal (ARR) and " +
          "the Council of Elders (CE) stayed away. The FTUK said so.",
      ),
    );
    expect(actors.map((a) => [a.kind, a.name, a.aliases])).toEqual([
      ["organization", "Free Tigers of Upper Kassala", ["FTUK"]],
      ["organization", "Alliance for Rural Renewal", ["ARR"]],
      ["organization", "Council of Elders", ["CE"]],
    ]);
  });

  test("a portfolio after 'of', a participle that goes on with the office, a ruler's style, a fellow", () => {
    expect(
      rolesOf(
        "They met. Foreign Affairs Minister Ana Tupou led. Sione Fifita, Tonga's Minister Assisting the " +
          "Premier, spoke. H.H. Sheikh Khalid bin Saqr, Minister of Foreign Affairs, agreed. Mari Sato, a senior " +
          "research fellow at the Kyoto Institute, said so. The ministry's director for treaties and maritime " +
          "affairs, Sutanto, said more.",
      ),
    ).toEqual({
      "Ana Tupou": ["Foreign Affairs Minister"],
      "Sione Fifita": ["Minister"],
      "Khalid bin Saqr": ["Minister of Foreign Affairs"],
      "Mari Sato": ["senior research fellow"],
      Sutanto: ["director for treaties and maritime affairs"],
    });
  });

  test("a title given or held after the name; a body's initials, a named body or 'head of X' before the name", () => {
    expect(
      rolesOf(
        "They met. His deputy, Jan Nowak, has been named acting director. Tom Bell was appointed foreign " +
          'minister. "It is late," said Ann Lee, who has been acting mayor since June. A spokeswoman for the Lagos ' +
          "Port Authority (LPA), Ada Obi, spoke. The acting director of the Santa Rosa hospital, Dr. Luis " +
          "Pena, agreed. The ministry's former head of procurement, Ivo Kralj, was jailed. The MP, Harm " +
          "Visser, said so.",
      ),
    ).toEqual({
      "Jan Nowak": ["deputy", "acting director"],
      "Tom Bell": ["foreign minister"],
      "Ann Lee": ["acting mayor"],
      "Ada Obi": ["spokeswoman for the Lagos Port Authority"],
      "Luis Pena": ["acting director of the Santa Rosa hospital"],
      "Ivo Kralj": ["former head of procurement"],
      "Harm Visser": ["MP"],
    });
  });

  test("'who became the authority's director', school heads, prosecuting attorneys, upazila officers", () => {
    expect(
      rolesOf(
        "They met. Rosa Ortiz, who became the authority's executive director in January, spoke. " +
          '"We ran," said headmaster Abdul Karim. Maui Prosecuting Attorney Lani Kahale agreed. Patgram Upazila ' +
          "Nirbahi Officer (UNO) Nasima Begum said so. Forests Minister Ben Carr spoke.",
      ),
    ).toEqual({
      "Rosa Ortiz": ["executive director"],
      "Abdul Karim": ["headmaster"],
      "Lani Kahale": ["Prosecuting Attorney"],
      "Nasima Begum": ["Upazila Nirbahi Officer"],
      "Ben Carr": ["Forests Minister"],
    });
  });

  test("initials with stops before a name are a person's; before a body's head word, a body's", () => {
    const { actors } = findActors(
      testDoc("They met on Monday. Envoys met S.P. Kandasamy on Thursday, and the U.S. Navy said nothing."),
    );
    expect(actors.map((a) => [a.kind, a.name])).toEqual([
      ["person", "S.P. Kandasamy"],
      ["organization", "U.S. Navy"],
    ]);
  });

  test("a suffix after a comma, Filipino bodies, and a constituency named by a place and a direction", () => {
    const { actors } = findActors(
      testDoc(
        "Bangko Sentral ng Pilipinas Governor Ramon M. Cruz, Jr. said rates would fall. Mr Brennan, a TD for " +
          "Kildare North, agreed.",
      ),
    );
    expect(actors.map((a) => [a.kind, a.name])).toEqual([
      ["organization", "Bangko Sentral ng Pilipinas"],
      ["person", "Ramon M. Cruz, Jr."],
      ["person", "Brennan"],
      ["place", "Kildare North"],
    ]);
  });

  test("a title in the plural before given names: 'Councilors Pete Lucero and Ken Sanchez'", () => {
    // ("Kings North", a riding in brackets after a member's name, names no king)
    expect(
      findActors(testDoc("Critic Wanda Tingley (Kings North) called the package a joke.")).actors.map((a) => a.name),
    ).toEqual(["Wanda Tingley"]);
    const { actors } = findActors(testDoc("Councilors Tomas Vigil and Ken Sandoval voted against the bonds."));
    expect(actors.map((a) => [a.name, a.roles.map((r) => r.title)])).toEqual([
      ["Tomas Vigil", ["Councilor"]],
      ["Ken Sandoval", []],
    ]);
  });

  test("'and' inside a body's name: a service of two trades after a place, a council of two places", () => {
    const { actors } = findActors(
      testDoc(
        "The Northern Ireland Fire and Rescue Service took 400 calls. Newry City and Mourne District Council " +
          "opened a rest centre.",
      ),
    );
    expect(actors.filter((a) => a.kind === "organization").map((a) => a.name)).toEqual([
      "Northern Ireland Fire and Rescue Service",
      "Newry City and Mourne District Council",
    ]);
  });

  test("a utility and a cooperative: 'Ontario Hydro', 'Kootenai Electric Cooperative'", () => {
    const { actors } = findActors(
      testDoc(
        "Ontario Hydro sent 300 crews on Friday. The Salmon River Electric Cooperative restored power to 900 homes.",
      ),
    );
    expect(actors.map((a) => [a.kind, a.name])).toEqual([
      ["organization", "Ontario Hydro"],
      ["organization", "Salmon River Electric Cooperative"],
    ]);
  });

  test("a place known by a possessive name keeps it inside a body's name: 'Hawke's Bay Regional Council'", () => {
    const { actors } = findActors(testDoc("The Hawke's Bay Regional Council voted on Tuesday to close the pool."));
    expect(actors.map((a) => [a.kind, a.name])).toEqual([["organization", "Hawke's Bay Regional Council"]]);
  });

  test("a list of words that a known place is among, opening the sentence, is a list of places", () => {
    const { actors } = findActors(testDoc("Varnby, Holvedre and Copenhagen agreed to share the cost of the bridge."));
    expect(actors.map((a) => [a.kind, a.name])).toEqual([
      ["place", "Varnby"],
      ["place", "Holvedre"],
      ["place", "Copenhagen"],
    ]);
  });

  test("a city's part named with a hyphened direction is one place: 'Ibadan North-East'", () => {
    const { actors } = findActors(
      testDoc("Cases were recorded in Kumasi North-East and Kumasi South-West local government areas."),
    );
    expect(actors.map((a) => [a.kind, a.name])).toEqual([
      ["place", "Kumasi North-East"],
      ["place", "Kumasi South-West"],
    ]);
  });

  test("the words of the unit an office serves, after the unit's own name, are part of the title", () => {
    expect(
      rolesOf(
        "Tamba District Officer Musa Kpaka said it. Ondo Island Council President Ali Rasheed agreed. Interior " +
          "Ministry spokesman Ruslan Temirov said nothing, and Apple CEO Tim Cook left.",
      ),
    ).toEqual({
      "Musa Kpaka": ["District Officer"],
      "Ali Rasheed": ["Island Council President"],
      "Ruslan Temirov": ["Interior Ministry spokesman"],
      "Tim Cook": ["CEO"],
    });
  });

  test("a scope word after a capitalised word ends the owner's name instead", () => {
    const doc = testDoc("Dane County Sheriff Kalvin Barrett said the road was closed.");
    const barrett = findActors(doc).actors.find((a) => a.name === "Kalvin Barrett");
    expect(barrett?.roles.map((r) => [r.title, r.of])).toEqual([["County Sheriff", "Dane County"]]);
  });

  test("a title with its portfolio or body before a comma and the name", () => {
    const roles = rolesOf(
      "In Kano, the Commissioner for Health, Musa Abdullahi, said cases rose. The Director-General of the " +
        "WHO, Tedros Adhanom, agreed.",
    );
    expect(roles["Musa Abdullahi"]).toEqual(["Commissioner for Health"]);
    expect(roles["Tedros Adhanom"]?.[0]).toMatch(/^Director-General of the WHO/);
  });

  test("a title before a body in lower case that 'the' opens, closed by the comma before the name", () => {
    const roles = rolesOf(
      "The chairman of the local council, Nurali Boboev, said the pipe was broken. The spokesperson for the " +
        "police, Vesna Trajkovska, said the nets were seized.",
    );
    expect(roles["Nurali Boboev"]).toEqual(["chairman of the local council"]);
    expect(roles["Vesna Trajkovska"]).toEqual(["spokesperson for the police"]);
  });

  test("two honorifics or a Spanish degree's between the title's comma and the name; a scope after an owner", () => {
    const roles = rolesOf(
      "Its director, Prof. Dr. Zlatko Arsovski, said the trout had gone. Oats will arrive, said the director of " +
        "the Carabaya Agrarian Agency, Ing. Ruben Apaza. NDMA's regional coordinator for CRR, Modou Bah, said it. " +
        "District Administrator Mamello Khoarai spoke.",
    );
    expect(roles["Zlatko Arsovski"]).toEqual(["director"]);
    expect(roles["Ruben Apaza"]).toEqual(["director of the Carabaya Agrarian Agency"]);
    expect(roles["Modou Bah"]).toEqual(["regional coordinator for CRR"]);
    expect(roles["Mamello Khoarai"]).toEqual(["District Administrator"]);
    expect(roles.Ing).toBeUndefined();
  });

  test("a local title no list holds, in apposition before or after the name", () => {
    const roles = rolesOf(
      "Zurab Chkheidze, the gamgebeli of Oni Municipality, said a doctor was sent. The community's teniente " +
        "gobernador, Felix Condori, said herds were lost. The Alkalo of Kerr Jeng, Ebrima Jallow, said the " +
        "wind came suddenly.",
    );
    expect(roles["Zurab Chkheidze"]).toEqual(["gamgebeli"]);
    expect(roles["Felix Condori"]).toEqual(["teniente gobernador"]);
    expect(roles["Ebrima Jallow"]).toEqual(["Alkalo of Kerr Jeng"]);
    // a local title glossed in brackets
    expect(rolesOf("Rune Eriksen, ordfører (mayor) of Berlevåg, said the bay was lucky.")["Rune Eriksen"]).toEqual([
      "mayor",
    ]);
    // an unlisted title glossed in brackets by a listed one, and what it is of, which is no one
    const trustee = "The State Trustee (Governor) of Upper Tavra and Kvemo Dolini, Levan Sikharulidze, came.";
    expect(rolesOf(trustee)["Levan Sikharulidze"]).toEqual([
      "State Trustee (Governor) of Upper Tavra and Kvemo Dolini",
    ]);
    expect(
      findActors(testDoc(trustee))
        .actors.filter((a) => a.kind === "person")
        .map((a) => a.name),
    ).toEqual(["Levan Sikharulidze"]);
    // a place or a group after a preposition is no title, nor the plural of an English word
    const others = rolesOf(
      "The firm owns plantations in the peninsula, Sabah and Sarawak. One of the survivors, Juma Kigosi, said " +
        "he waited. The survivors, Ali Rono and Tom Bett, said nothing.",
    );
    expect([others.Sabah, others["Juma Kigosi"], others["Ali Rono"]]).toEqual([undefined, [], []]);
  });

  test("a portfolio in lower case is part of the title; an owner in lower case is not", () => {
    const roles = rolesOf(
      "Dr Grace Okello, the ministry's commissioner for disease surveillance, said it. The central bank's " +
        "assistant governor for monetary policy, Dr Anong Sirikit, spoke. Jane Roe, a spokeswoman for the " +
        "city, said no. John Kamau, chief economist at Stanbic Bank, said so.",
    );
    expect(roles["Grace Okello"]).toEqual(["commissioner for disease surveillance"]);
    expect(roles["Anong Sirikit"]).toEqual(["assistant governor for monetary policy"]);
    expect(roles["Jane Roe"]).toEqual(["spokeswoman"]);
    expect(roles["John Kamau"]).toEqual(["chief economist"]);
  });

  test("a rank before the name and an office in apposition after it are both roles", () => {
    const roles = rolesOf(
      "Atty. Ramon Reyes, the provincial election supervisor, said turnout was high. Lt Col Aziz Rahman, " +
        "commanding officer of the battalion, said so.",
    );
    expect(roles["Ramon Reyes"]).toEqual(["Attorney", "provincial election supervisor"]);
    expect(roles["Aziz Rahman"]).toEqual(["Lieutenant Colonel", "commanding officer"]);
  });

  test("the words that narrow an occupation before a name, and an honorific between them", () => {
    const roles = rolesOf(
      "Political analyst Dr. Cecilia Uy said the vote was close. Health Minister Dr. Zweli Khumalo agreed. " +
        "The club's sporting director Mattias Berg spoke, and rural fire officer Graeme Hurle said so. " +
        "Peter Wafula, a driver carrying fuel to Kigali, waited. Interpol spokeswoman Trenna Kowal said no.",
    );
    expect(roles["Cecilia Uy"]).toEqual(["Political analyst"]);
    expect(roles["Zweli Khumalo"]).toEqual(["Health Minister"]);
    expect(roles["Mattias Berg"]).toEqual(["sporting director"]);
    expect(roles["Graeme Hurle"]).toEqual(["rural fire officer"]);
    expect(roles["Peter Wafula"]).toEqual(["driver"]);
    expect(roles["Trenna Kowal"]).toEqual(["spokeswoman"]);
  });

  test("trades before a name, a legislator, an office of a region, a body with a word before its name", () => {
    const roles = rolesOf(
      "Fish farm worker Ann Tulloch said the nets tore. Herder D.Bold said the hay was late. Legislator Chen " +
        "Kuo-liang agreed. Dr Kwame Asare, Northern Regional Director of Health Services, said so. Lim Sothea, " +
        "director of the provincial Department of Agriculture, said the salt was lost.",
    );
    expect(roles["Ann Tulloch"]).toEqual(["farm worker"]);
    expect(roles["D.Bold"]).toEqual(["Herder"]);
    expect(roles["Chen Kuo-liang"]).toEqual(["Legislator"]);
    expect(roles["Kwame Asare"]).toEqual(["Northern Regional Director of Health Services"]);
    expect(roles["Lim Sothea"]).toEqual(["director"]);
  });

  test("professions by their ending, sports positions and a title that narrows another", () => {
    const roles = rolesOf(
      "Team leader and glaciologist Dr Arjun Shrestha said the lake grew. Rishi Paudel, senior divisional " +
        "hydrologist at the department, agreed. Kandy skipper Nuwan Bandara scored, and fly-half Sudath Herath " +
        "converted. Rajan Pillai, general manager of Al Noor Electronics, said sales rose.",
    );
    expect(roles["Arjun Shrestha"]).toEqual(["glaciologist"]);
    expect(roles["Rishi Paudel"]).toEqual(["senior divisional hydrologist"]);
    expect(roles["Nuwan Bandara"]).toEqual(["skipper"]);
    expect(roles["Sudath Herath"]).toEqual(["fly-half"]);
    expect(roles["Rajan Pillai"]).toEqual(["general manager"]);
  });

  test("an office before a comma and a rank or title written with the name: both are roles", () => {
    const roles = rolesOf(
      "The Chief of Army Staff, Lt. Gen. Samuel Adeyemi, visited the troops. The Mayor of Port Antonio, " +
        "Councillor Grace Mullings, said roads were cut. The Minister of Health, Dr. Bayo Ekanem, spoke.",
    );
    expect(roles["Samuel Adeyemi"]).toEqual(["Chief of Army Staff", "Lieutenant General"]);
    expect(roles["Grace Mullings"]).toEqual(["Mayor of Port Antonio", "Councillor"]);
    expect(roles["Bayo Ekanem"]).toEqual(["Minister of Health"]);
  });

  test("a title after 'is the' or 'became the' is the person's role; a noun that is no role is none", () => {
    const roles = rolesOf(
      "Aminah Hassan is the new president of the Malaysian Squash Confederation after a vote on Sunday. " +
        "Jane Okafor is a resident of Lagos, and Tom Reyes became the chief executive of Norland Line last year.",
    );
    expect(roles["Aminah Hassan"]).toEqual(["new president"]);
    expect(roles["Jane Okafor"]).toEqual([]);
    expect(roles["Tom Reyes"]).toEqual(["chief executive"]);
  });

  test("an occupation in lower case after a name is the person's role, with the words that narrow it", () => {
    const roles = rolesOf(
      "Abdul Karimi, a researcher at the Kabul Centre for Strategic Studies, said the deal was good. " +
        "Lucia Ferreyra, 52, a chemistry lecturer, agreed. Maria Quintero, a nurse from Rosario, came too. " +
        "Ines Carvalho, the planetary scientist who led the search, was there. " +
        "Camila Ortega, president of the University Federation of Buenos Aires, spoke. " +
        "John Dorsey, a victim of the attack, said nothing.",
    );
    expect(roles["Abdul Karimi"]).toEqual(["researcher"]);
    expect(roles["Lucia Ferreyra"]).toEqual(["chemistry lecturer"]);
    expect(roles["Maria Quintero"]).toEqual(["nurse"]);
    expect(roles["Ines Carvalho"]).toEqual(["planetary scientist"]);
    expect(roles["Camila Ortega"]).toEqual(["president"]);
    expect(roles["John Dorsey"]).toEqual([]);
    const more = rolesOf(
      "Ernesto Vidal, rector of the University of Rosario (UNR), spoke. Ramesh Tiwari, president of the Mayur " +
        "Vihar residents' association, said no. They met Dr Anil Mehra, medical superintendent of the hospital.",
    );
    expect([more["Ernesto Vidal"], more["Ramesh Tiwari"], more["Anil Mehra"]]).toEqual([
      ["rector"],
      ["president"],
      ["medical superintendent"],
    ]);
  });

  test("an occupation in lower case before a name is the person's role, with a word that narrows it", () => {
    const roles = rolesOf(
      "Harbour town shop owner Maria Lindqvist said trade slowed. The body of 67-year-old farmer Tomas Berglund " +
        "was found. Union branch chairperson Petrus Nakale said so, and goalie Anna Kowalczyk made 31 saves. " +
        "Police said victim Jonas Weber was 40.",
    );
    expect(roles["Maria Lindqvist"]).toEqual(["shop owner"]);
    expect(roles["Tomas Berglund"]).toEqual(["farmer"]);
    expect(roles["Petrus Nakale"]).toEqual(["branch chairperson"]);
    expect(roles["Anna Kowalczyk"]).toEqual(["goalie"]);
    expect(roles["Jonas Weber"]).toEqual([]);
  });

  test("a title or occupation before a comma, an honorific and the name", () => {
    const roles = rolesOf(
      "Silver Ladle's director, Mr Tan Wei Ming, said the firm would help. The Commissioner of Police, Mr. Musa " +
        "Bello, urged calm. A trader, Mrs. Bisi Adeyemi, said she hid. His lawyer, Park Ji-hoon, said they " +
        "would appeal.",
    );
    expect(roles["Tan Wei Ming"]).toEqual(["director"]);
    expect(roles["Musa Bello"]).toEqual(["Commissioner of Police"]);
    expect(roles["Bisi Adeyemi"]).toEqual(["trader"]);
    expect(roles["Park Ji-hoon"]).toEqual(["lawyer"]);
  });

  test("an occupation after a name and an age, or before 'and' saying more", () => {
    const roles = rolesOf(
      "Aigul Sadykova, a 52-year-old teacher from Naryn, came by bus. Bakyt Osmonov, a former parliament " +
        "deputy and one of the movement's leaders, spoke.",
    );
    expect(roles["Aigul Sadykova"]).toEqual(["teacher"]);
    expect(roles["Bakyt Osmonov"]).toEqual(["former parliament deputy"]);
  });

  test("a lawyer's title in the Philippines before a name", () => {
    expect(rolesOf("Atty. Ramon Delos Reyes said the count was clean.")).toEqual({ "Ramon Delos Reyes": ["Attorney"] });
  });

  test("a consul general before a name", () => {
    expect(rolesOf("Consul General Maria Santos said the consulate was open.")).toEqual({
      "Maria Santos": ["Consul General"],
    });
  });

  test("an occupation after a name, narrowed by the words around it, an owner before it or a body after it", () => {
    const roles = rolesOf(
      '"We will stay out," said Tapio Rinne, the chief shop steward at the docks. Ilse Varga, a sheet-metal ' +
        "assembler who has worked at the plant for years, agreed. Noel Quarry, a Tacoma economist who tracks " +
        'the trade, disagreed. "I lost it all," said Rui Seixal, a beekeeper from the hills. "It will pass," ' +
        "said Devan Pooran, Kestrix's head of operations. Ewan Dallow, convener of the fans' network Terrace " +
        "Voices, said it was fair. Stan Wozniak, president of the Harbour Crane Union local that represents " +
        'the crews, was angry. "Too early," said Gail Tirrell, the TSB\'s lead investigator. Levan Gvaramia, ' +
        "the leader of the opposition Free Kartli Union, said he would run. Dale Ruiz, a crane operator who " +
        "works nights, watched.",
    );
    expect(roles).toEqual({
      "Tapio Rinne": ["chief shop steward"],
      "Ilse Varga": ["sheet-metal assembler"],
      "Noel Quarry": ["economist"],
      "Rui Seixal": ["beekeeper"],
      "Devan Pooran": ["head of operations"],
      "Ewan Dallow": ["convener"],
      "Stan Wozniak": ["president"],
      "Gail Tirrell": ["lead investigator"],
      "Levan Gvaramia": ["leader"],
      "Dale Ruiz": ["crane operator"],
    });
  });

  test("a broadcaster's caption sets the role apart with a slash: 'Name / Democratic Party lawmaker'", () => {
    const roles = rolesOf(
      'Lawmakers questioned the board.\n\n"The league belongs to the fans."\nYoon Tae-seok / Democratic Party lawmaker\n\n' +
        "The board denied any wrongdoing.",
    );
    expect(roles).toEqual({ "Yoon Tae-seok": ["lawmaker"] });
  });

  test("trades named by what they grow, lay or broker; a body's initials in mixed case after it", () => {
    const roles = rolesOf(
      "Tadeu Rocha, 52, a bricklayer who spent four days in bed, said so. In the valley, winegrower Ines Vale, 61, " +
        'agreed. In the port, customs broker Jorge Quispe said truckers were relieved. "We knew," said Lia Prado, ' +
        "an epidemiologist at the University of Tarija (UnT).",
    );
    expect(roles).toEqual({
      "Tadeu Rocha": ["bricklayer"],
      "Ines Vale": ["winegrower"],
      "Jorge Quispe": ["customs broker"],
      "Lia Prado": ["epidemiologist"],
    });
    // opening a sentence, the trade is the person's title, not a word of the name
    expect(rolesOf("Officials agreed. Winegrower Mateo Vidal said so.")).toEqual({ "Mateo Vidal": ["Winegrower"] });
  });

  test("ranks of courts and programmes before a title; a portfolio in lower case before the body an office is at", () => {
    const roles = rolesOf(
      "Special Judge Anand Verma heard the case. Additional Public Prosecutor Meena Iyer objected. Resident " +
        "District Commissioner Okello Musoke spoke. Program Manager Jallah Kollie agreed. Prosecuting counsel " +
        "Ada Obi replied. Tuula Rinne, director of logistics at Kestrel Foods, said so.",
    );
    expect(roles).toEqual({
      "Anand Verma": ["Special Judge"],
      "Meena Iyer": ["Additional Public Prosecutor"],
      "Okello Musoke": ["Resident District Commissioner"],
      "Jallah Kollie": ["Program Manager"],
      "Ada Obi": ["Prosecuting counsel"],
      "Tuula Rinne": ["director of logistics"],
    });
  });

  test("a title before a name with an honorific, its initials, the body it is at or what it is in charge of", () => {
    const roles = rolesOf(
      "The Chairman of Kwali Area Council, Hon. Musa Dangana, described the crash as sad. The Deputy Chief " +
        "Executive of GRIDCO in charge of Operations, Mr Kofi Asante, said the lines were safe. The District " +
        "Chief Executive (DCE) for Tano East, Mr Yaw Boakye, said the council met. A joint secretary at the " +
        "Ministry of Water Supply, Ram Bahadur Thapa, said money was set aside. The case was prosecuted by State " +
        "Counsel Ms. Nilmini Perera, who told the court it was clear. Deputy Akim of Taraz Serik Omarov said " +
        "the city was ready.",
    );
    expect(roles).toEqual({
      "Musa Dangana": ["Chairman of Kwali Area Council"],
      "Kofi Asante": ["Deputy Chief Executive of GRIDCO in charge of Operations"],
      "Yaw Boakye": ["District Chief Executive for Tano East"],
      "Ram Bahadur Thapa": ["joint secretary at the Ministry of Water Supply"],
      "Nilmini Perera": ["State Counsel"],
      "Serik Omarov": ["Deputy Akim of Taraz"],
    });
  });
});

describe("honours, bodies and places named by their last word", () => {
  const kinds = (text: string) =>
    Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]));

  test("a Malaysian honour before a name is neither the name nor a role", () => {
    const found = kinds(
      "Datuk Seri Rahim Yusof said on Monday that the council would meet again. Tan Sri Lim Ah Kow agreed with him.",
    );
    expect(found["Rahim Yusof"]).toEqual(["person", []]);
    expect(found["Lim Ah Kow"]).toEqual(["person", []]);
  });

  test("a name alone with an age in apposition, or the name someone gives, is a person's", () => {
    const found = kinds(
      '"I have an exam at nine," said Maaike, a 19-year-old student from Haren. "It is nice," said a pensioner ' +
        "who gave only her first name, Zdenka. A driver identified only as Arnaud said the road was shut.",
    );
    expect([found.Maaike?.[0], found.Zdenka?.[0], found.Arnaud?.[0]]).toEqual(["person", "person", "person"]);
    // and a name alone after a verb of saying, with what the person does in apposition
    const more = kinds('"We walked for days," said Rawan, a retired nurse from Sirte. Tobruk, a port, was calm.');
    expect([more.Rawan?.[0], more.Tobruk?.[0]]).toEqual(["person", "place"]);
    expect(found.Haren?.[0]).toBe("place");
  });

  test("legal forms of several words, in lower case or after a comma close a company's name, which goes without them", () => {
    const actors = findActors(
      testDoc(
        "Workers at Kovacs Fekrendszer Kft. walked out. Ostravske Teplo s.r.o. raised prices. Lipa Polska sp. z o.o. " +
          "opened a store. Grupo Norteno S.A.B. de C.V. said it would appeal. Edesur Caribe, S.A. cut power. The deal " +
          "with Adler Defence GmbH & Co. KG was signed.\n\nLipa Polska said sales rose. Edesur Caribe said the cuts " +
          "would end. Grupo Norteno declined to comment. Adler Defence will deliver in 2025. Ostravske Teplo agreed.",
      ),
    ).actors;
    expect(actors.map((a) => [a.kind, a.name, a.aliases])).toEqual([
      ["organization", "Kovacs Fekrendszer Kft.", []],
      ["organization", "Ostravske Teplo s.r.o.", ["Ostravske Teplo"]],
      ["organization", "Lipa Polska sp. z o.o.", ["Lipa Polska"]],
      ["organization", "Grupo Norteno S.A.B. de C.V.", ["Grupo Norteno"]],
      ["organization", "Edesur Caribe, S.A.", ["Edesur Caribe"]],
      ["organization", "Adler Defence GmbH & Co. KG", ["Adler Defence"]],
    ]);
  });

  test("a day's name before a month's is a date, though 'Sunday' is a given name; a compound of peoples' names is whose a company is", () => {
    const found = kinds(
      "Three days after the elections of Sunday October 25, the count began. Sunday Okafor, a trader, said prices " +
        "rose. The mine is owned by the Anglo-Dutch Royal Dutch Shell and the Anglo-Swiss Glencore.",
    );
    expect(Object.keys(found).sort()).toEqual(["Glencore", "Royal Dutch Shell", "Sunday Okafor"]);
  });

  test("a directorate ends a body's name before its head's name", () => {
    const found = kinds(
      "The head of the ministry's Communicable Diseases Directorate Hana Abu Rumman said 40 pupils were ill.",
    );
    expect(found["Hana Abu Rumman"]?.[0]).toBe("person");
    expect(found["Communicable Diseases Directorate"]?.[0]).toBe("organization");
  });

  test("a confederation is a body; a place's name goes on after 'del' or 'do'", () => {
    const found = kinds(
      "Rahim Yusof is the new president of the Malaysian Squash Confederation. The quake struck Surigao del " +
        "Sur on Tuesday and was felt in Rio Grande do Sul.",
    );
    expect(found["Malaysian Squash Confederation"]?.[0]).toBe("organization");
    expect(found["Surigao del Sur"]?.[0]).toBe("place");
    expect(found["Rio Grande do Sul"]?.[0]).toBe("place");
    expect(Object.keys(found).filter((n) => n.startsWith("del ") || n.startsWith("do "))).toEqual([]);
  });

  test("a ferry line is a company, a cove a place", () => {
    const found = kinds("Ferry operator Norland Line said on Tuesday that the crossing to Seal Cove would reopen.");
    expect(found["Norland Line"]?.[0]).toBe("organization");
    expect(found["Seal Cove"]?.[0]).toBe("place");
  });
});

describe("small places by where people come from and live", () => {
  const kinds = (text: string) => Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, a.kind]));

  test("a name after a resident's article is a place, even a given name; 'from' after an age or a trade", () => {
    const found = kinds(
      "A Carlton man was hurt when his truck rolled over. An Ardmore resident called the police. Grace Obi, 47, " +
        "from Ikotun, said the road flooded every year, and a cloth trader from Mushin said the same.",
    );
    expect(found.Carlton).toBe("place");
    expect(found.Ardmore).toBe("place");
    expect(found.Ikotun).toBe("place");
    expect(found.Mushin).toBe("place");
    expect(found["Grace Obi"]).toBe("person");
  });

  test("a name after 'from' in apposition to a name alone may be a body's: no place is made of it", () => {
    const found = kinds("Jane Doe, from Oxfam, said the aid was late.");
    expect(found.Oxfam).not.toBe("place");
  });

  test("a name after a place preposition is not who speaks", () => {
    const found = kinds("Shopkeepers at the market in Kembangan said prices had doubled.");
    expect(found.Kembangan).toBe("place");
  });

  test("corners and bazaars close places' names; a word before a known city is a part of it", () => {
    const found = kinds(
      "Most of the patients live near Tysons Corner, officials said. The guide waited in Anarkali Bazaar. The " +
        "firm has shops in Karama and Bur Dubai.",
    );
    expect(found["Tysons Corner"]).toBe("place");
    expect(found["Anarkali Bazaar"]).toBe("place");
    expect(found["Bur Dubai"]).toBe("place");
  });
});

describe("bodies by sport, country and district; ranks, portfolios and Arabic names", () => {
  const kinds = (text: string) =>
    Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]));

  test("a body named with 'of' goes on to the country it serves", () => {
    const found = kinds("The Chamber of Commerce of Botswana said exports fell. The Bank of England said rates held.");
    expect(found["Chamber of Commerce of Botswana"]?.[0]).toBe("organization");
    expect(found["Bank of England"]?.[0]).toBe("organization");
  });

  test("a sport and a country or state name the sport's body, unless a head word of its own follows", () => {
    const found = kinds(
      "Cycling Ireland said the race would go ahead. Canada Soccer fined the club. The Selangor Hockey " +
        "Association met on Monday. He played rugby in Australia.",
    );
    expect(found["Cycling Ireland"]?.[0]).toBe("organization");
    expect(found["Canada Soccer"]?.[0]).toBe("organization");
    expect(found["Selangor Hockey Association"]?.[0]).toBe("organization");
    expect(found.Australia?.[0]).toBe("place");
  });

  test("a portfolio of two parts before a minister's title; a head word inside a title names no body", () => {
    const found = kinds(
      "Lands and Natural Resources Minister Grace Mensah visited the site. The Deputy Chief Executive Officer " +
        "of the authority, Kofi Boateng, said work would resume.",
    );
    expect(found["Grace Mensah"]).toEqual(["person", ["Lands and Natural Resources Minister"]]);
    expect(Object.keys(found).filter((n) => n.includes("Executive"))).toEqual([]);
  });

  test("British police ranks as written without stops; a neighbour is no part of a name", () => {
    const found = kinds(
      "Det Sgt Helen Marsh said officers had made an arrest. Neighbour Colin Askew, 70, said he heard glass break.",
    );
    expect(found["Helen Marsh"]).toEqual(["person", ["Det Sgt"]]);
    expect(found["Colin Askew"]?.[0]).toBe("person");
  });

  test("'bint' inside an Arabic name; 'Al' and a word after a known place and 'and' is a place", () => {
    const found = kinds("Dr Aisha bint Salim Al Habsi said turnout was high in Muscat and Al Batinah.");
    expect(found["Aisha bint Salim Al Habsi"]?.[0]).toBe("person");
    expect(found["Al Batinah"]?.[0]).toBe("place");
  });
});

describe("islands, hospitals, nurses, sums and bodies written as one word", () => {
  const kinds = (text: string) =>
    Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]));

  test("an island before a verb of saying is a place, even after a given name; Park stays a surname", () => {
    const found = kinds("Residents of Marlon Island say the ferry is late. Grace Park said the council would act.");
    expect(found["Marlon Island"]?.[0]).toBe("place");
    expect(found["Grace Park"]?.[0]).toBe("person");
  });

  test("a title of one word before a body's head word is part of its name; 'Sister' is no part of a name", () => {
    const found = kinds(
      "Patients at Kundiawa Memorial General Hospital waited for hours. Nurses' leader Sister Ruth Kapi-Lau said " +
        "wards were short of gloves.",
    );
    expect(found["Kundiawa Memorial General Hospital"]?.[0]).toBe("organization");
    expect(found["Ruth Kapi-Lau"]?.[0]).toBe("person");
  });

  test("a Gulf currency before a sum is no body; a word of two capitalised parts is a body's name", () => {
    const found = kinds(
      "He was fined BD5,000 and KD1,200. WeatherWatch said snow was likely; Douglas MacArthur agreed.",
    );
    expect(Object.keys(found).filter((n) => /\d/.test(n))).toEqual([]);
    expect(found.WeatherWatch?.[0]).toBe("organization");
    expect(found["Douglas MacArthur"]?.[0]).toBe("person");
  });

  test("a plural of people inside a name makes a body; a compass point and a known place make a place", () => {
    const found = kinds(
      "United Growers Canterbury chairman Ian Hale said losses were high. South Otago farmers counted dead " +
        "lambs. Tom Waters Jr said little.",
    );
    expect(found["United Growers Canterbury"]?.[0]).toBe("organization");
    expect(found["South Otago"]?.[0]).toBe("place");
    expect(found["Tom Waters Jr"]?.[0]).toBe("person");
  });

  test("a word before a known city makes a place only where a place is expected", () => {
    const found = kinds("LaToya Jackson chairs the board. The firm has shops in Karama and Bur Dubai.");
    expect(found["LaToya Jackson"]?.[0]).toBe("person");
    expect(found["Bur Dubai"]?.[0]).toBe("place");
  });
});

describe("occupations before names, honorifics between, and long owners in appositives", () => {
  const roles = (text: string) =>
    Object.fromEntries(
      findActors(testDoc(text))
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );

  test("a vet, an expert, a co-ordinator and a committee head before their names", () => {
    const found = roles(
      "Gore veterinarian Dr Hana Rule said lambs were at risk. Bird Trust forest expert Tomas Vahi agreed. " +
        "Rural Support Trust co-ordinator Ellen Marr said calls doubled. Society action committee head Rita " +
        "Dsouza said so.",
    );
    expect(found["Hana Rule"]).toEqual(["veterinarian"]);
    expect(found["Tomas Vahi"]).toEqual(["forest expert"]);
    expect(found["Ellen Marr"]).toEqual(["co-ordinator"]);
    expect(found["Rita Dsouza"]).toEqual(["committee head"]);
  });

  test("a title before 'Sister' is the nurse's role; a lower-case owner of six words closes the appositive", () => {
    const found = roles(
      'Nurses Association branch president Sister Ruth Kapi said wards were short. "It is enough," said Kadri ' +
        "Sepp, head of the board's nature conservation department.",
    );
    expect(found["Ruth Kapi"]).toEqual(["branch president"]);
    expect(found["Kadri Sepp"]).toEqual(["head"]);
  });
});

describe("party members' towns, initials with small letters, currency codes and acronyms in capitals", () => {
  const kinds = (text: string) =>
    Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.aliases]]));

  test("'a Keene Democrat' names the legislator's town", () => {
    const found = kinds("Rep. Ann Lowe, a Dover Democrat who sponsored the bill, said so. A Republican objected.");
    expect(found.Dover?.[0]).toBe("place");
    expect(Object.keys(found).filter((n) => n.includes("Democrat ") || n === "Dover Democrat")).toEqual([]);
  });

  test("a body named by a word of two capitalised parts and a state; initials before the name they stand for", () => {
    const found = kinds(
      "DfT orders rail review. WorkSafe Victoria said falls remained the leading cause of deaths. The " +
        "Department for Transport (DfT) said the review would report in May.",
    );
    expect(found["WorkSafe Victoria"]?.[0]).toBe("organization");
    expect(found["Department for Transport"]).toEqual(["organization", ["DfT"]]);
  });

  test("a currency's code before a sum is no body; a firm's 'PLC' is part of its name", () => {
    const found = kinds("She paid KD 1,200 for the operation. Kelani Tea Estates PLC slipped into the red.");
    expect(found.KD).toBeUndefined();
    expect(found["Kelani Tea Estates PLC"]?.[0]).toBe("organization");
  });

  test("a word in capitals joins the name written in prose only where the story writes it so", () => {
    const found = kinds(
      "KASEMPA Copper Mines will cut 300 jobs. Kasempa Copper Mines said prices had halved. CFMEU Victoria " +
        "said it would strike.",
    );
    expect(found["Kasempa Copper Mines"]?.[0]).toBe("organization");
    expect(Object.keys(found).filter((n) => n.startsWith("Cfmeu"))).toEqual([]);
  });
});

describe("homes after an age", () => {
  test("'Name, 27, of Place' gives the person's home", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc("The dead were named as Rondell Best, 27, of Kamarang, and Marlon Hinds, 35, of Wismar."),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(found.Kamarang).toBe("place");
    expect(found.Wismar).toBe("place");
    expect(found["Rondell Best"]).toBe("person");
  });
});

describe("towns by journeys, rural trades and legislators' tags", () => {
  const kinds = (text: string) => Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, a.kind]));

  test("both ends of 'from X to Y'; a town before a rural trade; a state legislator's town tag", () => {
    const found = kinds(
      "A nurse who commutes from Kimironko to Remera said fares had doubled. Tapanui sheep farmer Ross Hale " +
        "said he lost 400 lambs. Rep. Ann Voss, R-Palmer, said so. Google engineer Jane Roe said no.",
    );
    expect(found.Kimironko).toBe("place");
    expect(found.Remera).toBe("place");
    expect(found.Tapanui).toBe("place");
    expect(found.Palmer).toBe("place");
    expect(found.Google).toBe("organization");
    expect(found["Ross Hale"]).toBe("person");
  });

  test("a sentence opening with farmers of a thing names no town; one farmer of a town does", () => {
    const found = kinds(
      "Salt farmers in Kampot said the rain came early. Dairy farmers protested. Otautau sheep farmer Ross Hale " +
        "said so. Balclutha veterinarian Ann Roe agreed.",
    );
    expect(found.Salt).toBeUndefined();
    expect(found.Dairy).toBeUndefined();
    expect(found.Otautau).toBe("place");
    expect(found.Balclutha).toBe("place");
  });
});

describe("currencies, processors and port officers", () => {
  const kinds = (text: string) => Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, a.kind]));

  test("a country's letters before the dollar sign are its currency, not the country", () => {
    const found = kinds("He borrowed 2 million riels (about US$500). The fund gave NZ$40 million to Fiji and the US.");
    expect(found.NZ).toBeUndefined();
    expect(found.Fiji).toBe("place");
    // the United States itself is still named at the end
    expect(findActors(testDoc("He paid US$500 for it.")).actors).toEqual([]);
  });

  test("seafood and food processors are companies; a port controller is an office", () => {
    const found = kinds(
      "The plant stays shut after Harbourview Seafoods and Gander Packers cut their quotas. Port Controller " +
        "Captain Ann Roe-Smith said the wharf was safe.",
    );
    expect(found["Harbourview Seafoods"]).toBe("organization");
    expect(found["Gander Packers"]).toBe("organization");
    expect(found["Port Controller"]).toBeUndefined();
    const roe = findActors(testDoc("Port Controller Captain Ann Roe-Smith said the wharf was safe.")).actors[0];
    expect(roe?.name).toBe("Ann Roe-Smith");
    expect(roe?.roles.map((r) => r.title).join(" ")).toMatch(/^Port Controller/);
  });
});

describe("a body's branch in a country, and clubs by their heads", () => {
  test("'Oxfam Australia' is a body; 'Llanbradach Dynamos' a club; a given name before a country stays a person's", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          "Oxfam Australia said aid was late. The striker played against Cwmbran Dynamos and Rhosgoch Rovers. " +
            "Grace Ghana, a teacher, said so.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(found["Oxfam Australia"]).toBe("organization");
    expect(found["Cwmbran Dynamos"]).toBe("organization");
    expect(found["Grace Ghana"]).toBe("person");
  });
});

describe("islands, inlets and ships", () => {
  const kinds = (text: string) => Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, a.kind]));

  test("the island a place is on, the coast of an island, where someone lives, a sound and a cay", () => {
    const found = kinds(
      "The boat ran aground near Fresh Creek, Andros, on Sunday night off the east coast of Unst. A deckhand who " +
        "lives at Gutcher said the ferry had left Potter's Cay for the Great Sound.",
    );
    expect(found.Andros).toBe("place");
    expect(found.Unst).toBe("place");
    expect(found.Gutcher).toBe("place");
    expect(found["Potter's Cay"]).toBe("place");
    expect(found["Great Sound"]).toBe("place");
  });

  test("no region after a place when a clause of the person goes on, nor a state's abbreviation", () => {
    const found = kinds("In Kabul, Karzai, speaking to reporters, said so. They met in Springfield, Ill., on Monday.");
    expect(found.Karzai).not.toBe("place");
    expect(found["Ill."]).toBeUndefined();
  });

  test("a ship's name after its prefix or its noun names no actor", () => {
    const found = kinds(
      "Passengers left the mailboat MV Island Pride near Nassau. The cruise ship Coral Princess docked in " +
        "Yokohama, and the freighter Baltic Star sailed. The carrier Delta said flights were full.",
    );
    expect(Object.keys(found).sort()).toEqual(["Delta", "Nassau", "Yokohama"]);
  });
});

describe("names after a father's initial, codes after sums, parts of towns", () => {
  test("'G.Bat-Erdene' after 'said' is a person; a currency's code after a sum is no body; the West End a place", () => {
    const found = Object.fromEntries(
      findActors(
        testDoc(
          '"We have no fuel," said G.Bat-Erdene, a herder. Hay rose from 6,000 MNT to 15,000 MNT. Ts.Ganzorig ' +
            "agreed. Ferries serve the West End, and U.S. and St.Louis officials met.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(found["G.Bat-Erdene"]).toBe("person");
    expect(found["Ts.Ganzorig"]).toBe("person");
    expect(found.MNT).toBeUndefined();
    expect(found["West End"]).toBe("place");
    expect(found["St.Louis"]).not.toBe("person");
  });
});

describe("a corps", () => {
  test("closes a body's name, whatever place word stands inside it", () => {
    const names = findActors(
      testDoc("The Federal Road Safety Corps said the road was shut. The US Army Corps of Engineers agreed."),
    ).actors.map((a) => `${a.kind}:${a.name}`);
    expect(names).toEqual(["organization:Federal Road Safety Corps", "organization:US Army Corps of Engineers"]);
  });
});

describe("titles of India, Nigeria and the police; islands and lakes; short names of bodies", () => {
  const found = (text: string) =>
    Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]));

  test("Sarpanch, Conservator, Chief Medical Director and Sector Commander are titles", () => {
    const f = found(
      "Sarpanch Mangal Patil of Shirur said so, said Conservator Suresh Naik. The Chief Medical " +
        "Director of the hospital, Dr Ibrahim Salihu, said so. The Sector Commander, Mr Olu Adebayo, agreed.",
    );
    expect(f["Mangal Patil"]).toEqual(["person", ["Sarpanch"]]);
    expect(f["Suresh Naik"]?.[1]).toEqual(["Conservator"]);
    expect(f["Ibrahim Salihu"]?.[0]).toBe("person");
    expect(f["Olu Adebayo"]).toEqual(["person", ["Sector Commander"]]);
    expect(Object.keys(f)).not.toContain("Medical Director");
  });

  test("a name at a place near another, or on its outskirts, is a place; a ferry terminal is one", () => {
    const f = found(
      "A tanker exploded at Gegu, near Lokoja. In 2014, a blast at Felele, on the outskirts of Lokoja, killed 19. " +
        "Visitors take a boat from Changi Point Ferry Terminal.",
    );
    expect(f.Gegu?.[0]).toBe("place");
    expect(f.Felele?.[0]).toBe("place");
    expect(f["Changi Point Ferry Terminal"]?.[0]).toBe("place");
  });

  test("Malay and Irish words open places; a name at a place another place locates is one", () => {
    const f = found("A tree fell on the boardwalk at Chek Jawa on Pulau Ubin. Lough Erne rose. Bukit Timah was dry.");
    expect(f["Chek Jawa"]?.[0]).toBe("place");
    expect(f["Pulau Ubin"]?.[0]).toBe("place");
    expect(f["Lough Erne"]?.[0]).toBe("place");
    expect(f["Bukit Timah"]?.[0]).toBe("place");
  });

  test("an initial before a word, a management and a hardware store name bodies", () => {
    const f = found("NParks said the park would reopen. Vermont Emergency Management and Valley Hardware agreed.");
    expect(f.NParks?.[0]).toBe("organization");
    expect(f["Vermont Emergency Management"]?.[0]).toBe("organization");
    expect(f["Valley Hardware"]?.[0]).toBe("organization");
    expect(found("Tairawhiti Civil Defence said the road was shut.")["Tairawhiti Civil Defence"]?.[0]).toBe(
      "organization",
    );
  });
});

describe("double surnames after a title, reeves, housewives and moors", () => {
  test("a title keeps a double surname whole though each part names a place", () => {
    const names = findActors(
      testDoc('"It was going," Fire Chief Roger Ames-Poole said. Chief Ames-Poole said crews moved six boats.'),
    ).actors.map((a) => `${a.kind}:${a.name}`);
    expect(names).toEqual(["person:Roger Ames-Poole"]);
  });

  test("Reeve is a title, a housewife an occupation before a name; a moor is a place", () => {
    const f = Object.fromEntries(
      findActors(
        testDoc(
          "Reeve Arie Vos said council would meet. Housewife Wong Mei-ling said so. Drivers on Alston Moor waited.",
        ),
      ).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(f["Arie Vos"]).toEqual(["person", ["Reeve"]]);
    expect(f["Wong Mei-ling"]).toEqual(["person", ["Housewife"]]);
    expect(f["Alston Moor"]?.[0]).toBe("place");
    const kinds = findActors(testDoc("Forty residents of Tapanui spent the night in a hall.")).actors.map(
      (a) => a.kind,
    );
    expect(kinds).toEqual(["place"]);
    const listed = findActors(
      testDoc("Residents of Seil, Easdale and Luing walked. A tourist from Gurugram waited."),
    ).actors.map((a) => `${a.kind}:${a.name}`);
    expect(listed).toEqual(["place:Seil", "place:Easdale", "place:Luing", "place:Gurugram"]);
  });
});

describe("national departments and a Malaysian chief minister", () => {
  test("a portfolio before a country's name is its department; Menteri Besar is a title", () => {
    const f = Object.fromEntries(
      findActors(
        testDoc("Environment Canada issued a warning. Kelantan Menteri Besar Ahmad Yakob visited. Canada agreed."),
      ).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect(f["Environment Canada"]).toEqual(["organization", []]);
    expect(f["Ahmad Yakob"]).toEqual(["person", ["Menteri Besar"]]);
    expect(f.Canada?.[0]).toBe("place");
  });
});

describe("farms, fleets, joggers, provinces after a town, short names in brackets and places told by their setting", () => {
  const kinds = (text: string) =>
    Object.fromEntries(
      findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title), a.aliases]]),
    );

  test("a farm and a fleet are bodies; a jogger and an angler are no part of a name", () => {
    const f = kinds(
      "Crews were called to Glen Willow Farm at dawn. A spokesman for the Pacific Fleet said ships were out. " +
        "Jogger Anna Berg-Lund said the sand was black. Angler Tom Fenn agreed.",
    );
    expect(f["Glen Willow Farm"]?.[0]).toBe("organization");
    expect(f["Pacific Fleet"]?.[0]).toBe("organization");
    expect(f["Anna Berg-Lund"]?.slice(0, 2)).toEqual(["person", ["Jogger"]]);
    expect(f["Tom Fenn"]?.slice(0, 2)).toEqual(["person", ["Angler"]]);
  });

  test("a province's abbreviation after a town is no place; a word in brackets after a body's name is its short name", () => {
    const f = kinds(
      "The Rescue Coordination Centre in Halifax, N.S., and the base in Trenton, Ont., said crews were out. " +
        "The Public Works Authority (Ashghal) said pumps had failed. The project cost DKK 200 million.",
    );
    expect(f.Ont).toBeUndefined();
    expect(f.Trenton?.[0]).toBe("place");
    expect(f["Public Works Authority"]?.[2]).toEqual(["Ashghal"]);
    expect(f.DKK).toBeUndefined();
  });

  test("a place by the beach an appositive names, the parts of a town, a hill and a journey's start", () => {
    const f = kinds(
      "Oil washed up along Solvik Strandpark, the city's most popular beach. Water was cut in parts of Bathsheba " +
        "and in Horse Hill. Maria Kollie, 43, said she came from Paynesville on Sunday. Graham Hill said no.",
    );
    expect(f["Solvik Strandpark"]?.[0]).toBe("place");
    expect(f.Bathsheba?.[0]).toBe("place");
    expect(f["Horse Hill"]?.[0]).toBe("place");
    expect(f.Paynesville?.[0]).toBe("place");
    expect(f["Graham Hill"]?.[0]).toBe("person");
  });
});

describe("titles named by the office's field or seat", () => {
  const found = (text: string) =>
    Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]));

  test("a town, a field of work or a board before the title is part of it", () => {
    const f = found(
      "Town Manager Dana Hill-Roy said the road would open. Emergency Management Director Curt Pell said the " +
        "river was rising. Police Public Relations Officer Ade Oni confirmed it. District Medical Officer Dr Eli " +
        "Marwa said two died. Board secretary Ravi Dwivedi said results were out.",
    );
    expect(f["Dana Hill-Roy"]?.[1]).toEqual(["Town Manager"]);
    expect(f["Curt Pell"]?.[1]).toEqual(["Emergency Management Director"]);
    expect(f["Ade Oni"]?.[1]).toEqual(["Police Public Relations Officer"]);
    expect(f["Eli Marwa"]?.[1]).toEqual(["District Medical Officer"]);
    expect(f["Ravi Dwivedi"]?.[1]).toEqual(["Board secretary"]);
  });

  test("but not the end of a body's name after 'of', nor a force named by its scope", () => {
    const f = found(
      "Ohio Department of Emergency Management Director Amy Acton spoke. Malaita Provincial Police Commander " +
        "Wilson Tome said a gun was found.",
    );
    expect(f["Ohio Department of Emergency Management"]?.[0]).toBe("organization");
    expect(f["Amy Acton"]?.[1]).toEqual(["Director"]);
    expect(f["Malaita Provincial Police"]?.[0]).toBe("organization");
    expect(f["Wilson Tome"]?.[1]).toEqual(["Provincial Police Commander"]);
  });
});

describe("clinics, health inspectors, families' homes and Spanish names of land and water", () => {
  const kinds = (text: string) =>
    Object.fromEntries(findActors(testDoc(text)).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]));

  test("a clinic is a body; 'Health' before a title is part of it; families come from a place", () => {
    const f = kinds(
      "Six patients were treated at Lobamba Clinic. Senior Health Inspector Musa Dube said samples were taken. " +
        "Families from Ejit spent the night in classrooms.",
    );
    expect(f["Lobamba Clinic"]?.[0]).toBe("organization");
    expect(f["Musa Dube"]?.[1]).toEqual(["Senior Health Inspector"]);
    expect(f.Health).toBeUndefined();
    expect(f.Ejit?.[0]).toBe("place");
  });

  test("streets, bays, ponds and wetlands named in Malay, Thai and Bengali, and a town's name opening another's", () => {
    const f = kinds(
      "Residents waded along Jalan Kebon Sirih on Thursday. The council will upgrade Teluk Batik beach. " +
        "A shop in Nong Saeng was robbed. Water broke the embankment of Dekar Haor. " +
        "Workers at the Cerro Negro copper mine went on strike.",
    );
    expect([
      f["Jalan Kebon Sirih"]?.[0],
      f["Teluk Batik"]?.[0],
      f["Nong Saeng"]?.[0],
      f["Dekar Haor"]?.[0],
      f["Cerro Negro"]?.[0],
    ]).toEqual(["place", "place", "place", "place", "place"]);
  });

  test("American roads and a mount abbreviated are places", () => {
    const f = kinds(
      "Storms damaged homes along Cumberland Pike and in Mt. Harlan. The pickup was found near the Osage Turnpike.",
    );
    expect([f["Cumberland Pike"]?.[0], f["Mt. Harlan"]?.[0], f["Osage Turnpike"]?.[0]]).toEqual([
      "place",
      "place",
      "place",
    ]);
    // a given name before a road's or a field's head that is also a surname makes a person's name
    const people = kinds("Defense attorney Karen Pike said her client was sorry. Sally Field attended the gala.");
    expect([people["Karen Pike"]?.[0], people["Sally Field"]?.[0]]).toEqual(["person", "person"]);
  });

  test("a gulf, a pass and a bay opened by their Spanish word are places", () => {
    const f = kinds(
      "Boats left the Golfo Dulce at dawn. Trucks queued at Paso Canoas on Friday. Divers reached Bahía Ballena.",
    );
    expect([f["Golfo Dulce"]?.[0], f["Paso Canoas"]?.[0], f["Bahía Ballena"]?.[0]]).toEqual([
      "place",
      "place",
      "place",
    ]);
  });
});

describe("names of three capitalised parts, co-ops and the towns firefighters come from", () => {
  test("are a body, a body and places", () => {
    const f = Object.fromEntries(
      findActors(
        testDoc(
          "KazAvtoZhol, the road operator, said work had stopped. A blast tore through the Portage River Farmers " +
            "Co-op on Tuesday. Firefighters from Bradner, Luckey, and Stony Ridge helped. Volunteers from Red Cross " +
            "and Oxfam helped too.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(f.KazAvtoZhol).toBe("organization");
    expect(f["Portage River Farmers Co-op"]).toBe("organization");
    expect([f.Bradner, f.Luckey, f["Stony Ridge"]]).toEqual(["place", "place", "place"]);
    expect(f.Oxfam).not.toBe("place");
  });
});

describe("ages in brackets", () => {
  test("make a name alone a person's, but not a count after a body or place a preposition governs", () => {
    const f = Object.fromEntries(
      findActors(
        testDoc(
          "The injured, K. R. Nagaraju (45), his son Manjunath (12) and Gowramma (60), were admitted. Orders rose " +
            "at Tumkoor (14) this week.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect([f.Manjunath, f.Gowramma]).toEqual(["person", "person"]);
    expect(f.Tumkoor).not.toBe("person");
  });
});

describe("an appositive's title with the body it is at", () => {
  test("after a lower-case remit or an owner in capitals, the body after 'at' or 'with' closes it", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          'Duncan Gillies, head of roads and amenity services at Argyll and Bute Council, said no. "Boil it," ' +
            "said Dr Cora Hynes, Director of Public Health with the Western Health Board.",
        ),
      ).actors.map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles["Duncan Gillies"]).toEqual(["head"]);
    expect(roles["Cora Hynes"]).toEqual(["Director of Public Health"]);
  });
});

describe("councils named after a riding, a vale or a borough", () => {
  test("keep 'of' inside the name", () => {
    const names = findActors(
      testDoc("East Riding of Yorkshire Council said the house was safe. The Vale of Glamorgan Council agreed."),
    ).actors.map((a) => [a.name, a.kind]);
    expect(names).toEqual([
      ["East Riding of Yorkshire Council", "organization"],
      ["Vale of Glamorgan Council", "organization"],
    ]);
  });
});

describe("a place's possessive before a department", () => {
  test("owns it, while a holder's title names an office", () => {
    const kinds = findActors(
      testDoc(
        "Yukon's Department of Highways and Public Works said the ferry would resume. The Sheriff's Department " +
          "said no. The Medical Examiner's Office agreed.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Yukon", "place"],
      ["Department of Highways and Public Works", "organization"],
      ["Sheriff's Department", "organization"],
      ["Medical Examiner's Office", "organization"],
    ]);
  });
});

describe("bodies opened by an ordinary word, and portfolios before 'department'", () => {
  test("keep their first word, or are bodies, not places", () => {
    const kinds = Object.fromEntries(
      findActors(
        testDoc(
          "Emergency Medical Services met the vessel at the dock. Most Labour Party members agreed. An official " +
            "of the Water Resources department admitted the funds were late.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(kinds["Emergency Medical Services"]).toBe("organization");
    expect(kinds["Most Labour Party"]).toBeUndefined();
    expect(kinds["Water Resources"]).toBe("organization");
  });
});

describe("clerks, treasurers and registrars", () => {
  test("are titles, before a name or in apposition", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          "The council's Town Clerk, Marie Tari, said the roof was leaking. Treasurer Ann Bell agreed. Registrar " +
            "Tom Oduya said the list was closed.",
        ),
      ).actors.map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles).toEqual({ "Marie Tari": ["Town Clerk"], "Ann Bell": ["Treasurer"], "Tom Oduya": ["Registrar"] });
  });
});

describe("island places in French and in keys, Bhutan's local titles and Vietnam written in Vietnamese", () => {
  test("are places and titles", () => {
    const f = Object.fromEntries(
      findActors(
        testDoc(
          "Tourists at Vallée de Mai and Anse Volbert were moved. Carts on Ambergris Caye and Caye Caulker were " +
            "idle. Dzongdag Tashi Penjor visited. Gup Ugyen Dorji agreed. The flood hit Việt Nam.",
        ),
      ).actors.map((a) => [a.name, [a.kind, a.roles.map((r) => r.title)]]),
    );
    expect([f["Vallée de Mai"]?.[0], f["Anse Volbert"]?.[0]]).toEqual(["place", "place"]);
    expect([f["Ambergris Caye"]?.[0], f["Caye Caulker"]?.[0]]).toEqual(["place", "place"]);
    expect(f["Tashi Penjor"]?.[1]).toEqual(["Dzongdag"]);
    expect(f["Ugyen Dorji"]?.[1]).toEqual(["Gup"]);
    expect(f.Vietnam?.[0]).toBe("place");
  });
});

describe("an unknown name before a local office", () => {
  test("is the place the office governs, while one before a firm's title is the firm", () => {
    const f = Object.fromEntries(
      findActors(
        testDoc(
          "Lhuentse Dzongdag Tashi Penjor said the bridge was safe. Kisumu Governor Jane Oduya agreed. Zentrix " +
            "Chief Executive Dave Calm said so.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect([f.Lhuentse, f.Kisumu, f.Zentrix]).toEqual(["place", "place", "organization"]);
  });
});

describe("a given name with an accent alone, after the full name", () => {
  test("is that person, as Icelandic stories call people", () => {
    const people = findActors(
      testDoc(
        'Sheep farmer Halldóra Sveinsdóttir saw the bear on Sunday.\n\n"Nobody wanted to shoot it," Halldóra said.',
      ),
    ).actors.filter((a) => a.kind === "person");
    expect(people.map((a) => [a.name, a.aliases])).toEqual([["Halldóra Sveinsdóttir", ["Halldóra"]]]);
  });
});

describe("a court report's names", () => {
  test("a word in capitals for emphasis is no one; the home after an age is a place; a magistrate's court is a body", () => {
    const f = Object.fromEntries(
      findActors(
        testDoc(
          "A GANG who robbed post offices has been jailed. Tom Rudd, 29, of Kelby Chapel, was jailed for nine " +
            "years. Ann Kemble, 41, of Hollowbury, was cleared. They appeared at the Kilbride Resident Magistrate's Court.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(f).toEqual({
      "Tom Rudd": "person",
      "Kelby Chapel": "place",
      "Ann Kemble": "person",
      Hollowbury: "place",
      "Kilbride Resident Magistrate's Court": "organization",
    });
  });

  test("a brotherhood is a body; two bodies' initials joined by a hyphen are one body's", () => {
    const f = Object.fromEntries(
      findActors(testDoc("The Farmers' Brotherhood said prices fell. The strike goes on, ABCA-TEC said.")).actors.map(
        (a) => [a.name, a.kind],
      ),
    );
    expect(f).toEqual({ "Farmers' Brotherhood": "organization", "ABCA-TEC": "organization" });
  });
});

describe("titles with 'of', American councilors, two-word portfolios and styles as first names", () => {
  test("give each holder the whole title", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          "Registrar of Voters Ellen Marsh said the count was fair. Director of Public Health Tom Ruse agreed. Town " +
            "Councilor Rob Kaye disagreed. Civil Defence Minister Pita Rangi said so. The plan was backed by Prime " +
            "Minister Sheikh Rahima. Emergency controller Mere Tawhai said no one was hurt.",
        ),
      )
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles).toEqual({
      "Ellen Marsh": ["Registrar of Voters"],
      "Tom Ruse": ["Director of Public Health"],
      "Rob Kaye": ["Town Councilor"],
      "Pita Rangi": ["Civil Defence Minister"],
      "Sheikh Rahima": ["Prime Minister"],
      "Mere Tawhai": ["Emergency controller"],
    });
  });
});

describe("a portfolio of two words before a minister's title, and an occupation with whom it serves", () => {
  test("are the holder's title, not an organisation", () => {
    const actors = findActors(
      testDoc(
        "Public Enterprises Minister Alan Erskine spoke first. Water Resources Minister Ann Lebo agreed. Lawyer " +
          "for the traders, Brian Simba, welcomed the ruling.",
      ),
    ).actors;
    expect(actors.map((a) => [a.name, a.kind, a.roles.map((r) => r.title)])).toEqual([
      ["Alan Erskine", "person", ["Public Enterprises Minister"]],
      ["Ann Lebo", "person", ["Water Resources Minister"]],
      ["Brian Simba", "person", ["Lawyer for the traders"]],
    ]);
  });
});

describe("a college named with its city, and a working group with its remit", () => {
  test("are one body each", () => {
    const orgs = findActors(
      testDoc(
        "Kellsbridge College Dublin said fees would rise. Staff at Imperial College London agreed. The Joint Working " +
          "Group on Fisheries met in May. He studied at Kellsbridge College in Dublin.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(orgs).toEqual([
      ["Kellsbridge College Dublin", "organization"],
      ["Imperial College London", "organization"],
      ["Joint Working Group on Fisheries", "organization"],
      ["Kellsbridge College", "organization"],
      ["Dublin", "place"],
    ]);
  });
});

describe("naval ranks, advisers and coach companies", () => {
  test("are titles before names, and a company's head word", () => {
    const actors = findActors(
      testDoc(
        "Commodore Rafi Alamgir said the river would be cleared. Chief Adviser Fakir Ahmad agreed. Petty Officer " +
          "Rena Castel said two men were missing. A bus of Kariba Star Coaches overturned.",
      ),
    ).actors.map((a) => [a.name, a.kind, a.roles.map((r) => r.title).join()]);
    expect(actors).toEqual([
      ["Rafi Alamgir", "person", "Commodore"],
      ["Fakir Ahmad", "person", "Chief Adviser"],
      ["Rena Castel", "person", "Petty Officer"],
      ["Kariba Star Coaches", "organization", ""],
    ]);
  });
});

describe("a student, a partner, a professor and an undersecretary of state in apposition", () => {
  test("hold those roles", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          "Carla Pardo, a partner at Caracas-based consultancy Verdex, said so. Amina Ben Sala, a 22-year-old student from " +
            "Manouba, agreed. Kamel Saidi, a retired law professor, won. Chea Vutha, an undersecretary of state at the " +
            "ministry, said so.",
        ),
      )
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles).toEqual({
      "Carla Pardo": ["partner"],
      "Amina Ben Sala": ["student"],
      "Kamel Saidi": ["retired law professor"],
      "Chea Vutha": ["undersecretary of state"],
    });
  });
});

describe("a body named after what kind of firm it is, or before 'party'", () => {
  test("is an organisation, while an operator of a raft is a person", () => {
    const kinds = Object.fromEntries(
      findActors(
        testDoc(
          "Nadia Karim, candidate of the Qalb Watan party, lost. The smelter Alvena cut output. The Colombian " +
            "utility Isagera said so. Raft operator Elio Cruzado said the river stays.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(kinds).toEqual({
      "Nadia Karim": "person",
      "Qalb Watan": "organization",
      Alvena: "organization",
      Isagera: "organization",
      "Elio Cruzado": "person",
    });
  });
});

describe("regions of the world, communities of states and languages", () => {
  test("are places, bodies and nothing", () => {
    const kinds = Object.fromEntries(
      findActors(
        testDoc(
          "Floods hit the Pacific Northwest on Monday. The East African Community met. The report was published in " +
            "Tamil and English. Hotels in Kandy were full.",
        ),
      ).actors.map((a) => [a.name, a.kind]),
    );
    expect(kinds).toEqual({ "Pacific Northwest": "place", "East African Community": "organization", Kandy: "place" });
  });
});

describe("a lead's first words in capitals", () => {
  test("name no body by their initials", () => {
    const names = findActors(
      testDoc("GARDAÍ ARE investigating clashes outside the Department of Finance in Dublin yesterday."),
    ).actors.map((a) => a.name);
    expect(names).toEqual(["Department of Finance", "Dublin"]);
  });
});

describe("a list of trades before a body's head word, places a plural noun governs, police ranks and styles", () => {
  test("are one body, places, titles and no title", () => {
    const actors = findActors(
      testDoc(
        "The Volta Cocoa, Coffee and Sheanut Farmers Association said prices rose. The storm hit the wilayats of " +
          "Al Rumais and Al Khadra. The Police Public Relations Officer in the state, SP Kabir Danladi, said divers " +
          "were deployed. Hon. Yakubu Tanko spoke.",
      ),
    ).actors.map((a) => [a.name, a.kind, a.roles.map((r) => r.title).join("; ")]);
    expect(actors).toEqual([
      ["Volta Cocoa, Coffee and Sheanut Farmers Association", "organization", ""],
      ["Al Rumais", "place", ""],
      ["Al Khadra", "place", ""],
      ["Kabir Danladi", "person", "Police Public Relations Officer in the state; SP"],
      ["Yakubu Tanko", "person", ""],
    ]);
  });
});

describe("a point of the compass opening a name of no one's, and a pilgrim's style", () => {
  test("are a region and no part of the name", () => {
    const actors = findActors(
      testDoc(
        "Schools in Muscat, North Al Rumais and South Al Rumais closed. West Kodiri was hit. Alhaji Musa Bellow " +
          "said so. Central Americans waited.",
      ),
    ).actors.map((a) => [a.name, a.kind, a.roles.length]);
    expect(actors).toEqual([
      ["Muscat", "place", 0],
      ["North Al Rumais", "place", 0],
      ["South Al Rumais", "place", 0],
      ["West Kodiri", "place", 0],
      ["Musa Bellow", "person", 0],
    ]);
  });
});

describe("coastguards and branches", () => {
  test("are bodies", () => {
    const kinds = findActors(
      testDoc(
        "Stornoway Coastguard said the ferry was safe. The Marine Accident Investigation Branch will look into it.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Stornoway Coastguard", "organization"],
      ["Marine Accident Investigation Branch", "organization"],
    ]);
  });
});

describe("an appositive of two offices joined by 'and a'", () => {
  test("gives the person both", () => {
    const roles = findActors(
      testDoc("Petros Alexiou, a cardiologist and a board member of the doctors' union, said the strike would go on."),
    ).actors.map((a) => [a.name, a.roles.map((r) => r.title)]);
    expect(roles).toEqual([["Petros Alexiou", ["cardiologist", "board member"]]]);
  });
});

describe("an office in lower case right before a rank", () => {
  test("is the person's office beside the rank", () => {
    const roles = findActors(
      testDoc("Matabeleland North police spokesperson Inspector Mandla Nkomo confirmed the accident."),
    )
      .actors.filter((a) => a.kind === "person")
      .map((a) => [a.name, a.roles.map((r) => r.title)]);
    expect(roles).toEqual([["Mandla Nkomo", ["police spokesperson", "Inspector"]]]);
  });
});

describe("an office of a body's unit in lower case", () => {
  test("keeps the unit in the title, but not a body the office is at", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          "Dr Jean Claude Niyonzima, the head of the bean research programme at RAB, said so. Rishi Paudel, " +
            "senior divisional hydrologist at the department, agreed.",
        ),
      )
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles).toEqual({
      "Jean Claude Niyonzima": ["head of the bean research programme"],
      "Rishi Paudel": ["senior divisional hydrologist"],
    });
  });
});

describe("a name in its own script in brackets before an appositive", () => {
  test("does not hide the appositive's title", () => {
    const roles = findActors(testDoc("Wu Mei-hua (吳美華), a section chief at the agency, said seizures rose."))
      .actors.filter((a) => a.kind === "person")
      .map((a) => [a.name, a.roles.map((r) => r.title)]);
    expect(roles).toEqual([["Wu Mei-hua", ["section chief"]]]);
  });
});

describe("mountain ranges named in Spanish or Portuguese", () => {
  test("are places, while a country or a company that opens so keeps its kind", () => {
    const kinds = findActors(
      testDoc(
        "The fire burned in the Serra de Alvares for six days. Sierra Leone sent help. Sierra Nevada Corporation said.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Serra de Alvares", "place"],
      ["Sierra Leone", "place"],
      ["Sierra Nevada Corporation", "organization"],
    ]);
  });
});

describe("the name an appositive office is of", () => {
  test("is a body, whatever its words look like", () => {
    const kinds = findActors(
      testDoc(
        '"Rates will fall," said Sebastião Arruda Nunes, secretary-general of Força Laboral. Ann Lee, wife of John Smith, said.',
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Sebastião Arruda Nunes", "person"],
      ["Força Laboral", "organization"],
      ["Ann Lee", "person"],
      ["John Smith", "person"],
    ]);
  });
});

describe("a name before a harbour or a crossing, and a home after an age in brackets", () => {
  test("are places", () => {
    const kinds = findActors(
      testDoc(
        "The trawlers were brought to the Kankesan harbour this morning. Two people died at the Kiberu crossing. " +
          "Bev Tullock (68), of Mosgill, waited.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Kankesan", "place"],
      ["Kiberu", "place"],
      ["Bev Tullock", "person"],
      ["Mosgill", "place"],
    ]);
  });
});

describe("initials in brackets that are not the name's own", () => {
  test("stand for the body they follow wherever they come back", () => {
    const orgs = findActors(
      testDoc("The Agriculture and Livestock Service (SAG) said farmers lost cattle. SAG officials visited the farms."),
    ).actors.map((a) => [a.name, a.aliases]);
    expect(orgs).toEqual([["Agriculture and Livestock Service", ["SAG"]]]);
  });
});

describe("a ringleader opening a sentence", () => {
  test("is what the person was, not part of the name", () => {
    const people = findActors(testDoc("Ringleader Carl Madden, 34, was jailed for 14 years. Madden said nothing."))
      .actors.filter((a) => a.kind === "person")
      .map((a) => [a.name, a.aliases]);
    expect(people).toEqual([["Carl Madden", ["Madden"]]]);
  });
});

describe("places reckoned from, headed for, or sited at", () => {
  test("a direction of a name, a journey's end after 'bound for', a site 'at' a name, a head of a place's name", () => {
    const kinds = findActors(
      testDoc(
        "Gunmen attacked a police post at Korvanu on Sunday. The camp lies 30 kilometres north-east of Telmarah. " +
          "A ferry bound for Oskavi capsized. Homes near Birch Point flooded. Thieves robbed a shop in Haddon " +
          "Green, Stockport, in May. Councillor Mele Tavita of Nuvali ward objected. Rain hit North Al Rimaya.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Korvanu", "place"],
      ["Telmarah", "place"],
      ["Oskavi", "place"],
      ["Birch Point", "place"],
      ["Haddon Green", "place"],
      ["Stockport", "place"],
      ["Mele Tavita", "person"],
      ["Nuvali", "place"],
      ["North Al Rimaya", "place"],
    ]);
  });
});

describe("a name after a noun and its preposition", () => {
  test("is not who speaks: where a leader comes from, whom a spokesman speaks for", () => {
    const kinds = findActors(
      testDoc(
        "A youth leader from Dalmuri said the herders fled. A spokesman for Verantis said the plant was shut. " +
          "Hana, a mother of two from Kelbaro, wept. Herders from Tanna and elders from Marla met.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Dalmuri", "place"],
      ["Verantis", "organization"],
      ["Kelbaro", "place"],
      ["Tanna", "place"],
      ["Marla", "place"],
    ]);
  });
});

describe("provinces written without their accents", () => {
  test("are the provinces: 'Hai Phong' for Hải Phòng, 'Quang Ninh' for Quảng Ninh, 'Lodz' for Łódź", () => {
    const places = findActors(
      testDoc("Trucks now reach Hai Phong in two hours. Quang Ninh gained most. Ewa lives in Lodz."),
    )
      .actors.filter((a) => a.kind === "place")
      .map((a) => a.aliases[0] ?? a.name);
    expect(places).toEqual(["Hai Phong", "Quang Ninh", "Lodz"]);
  });
});

describe("a body's portfolio that holds a party's name, and companies' legal forms in words", () => {
  test("'Ministry of Social Affairs and Labour' is one body; 'Limited' and 'Pvt' close a company's name", () => {
    const kinds = findActors(
      testDoc(
        "The Ministry of Social Affairs and Labour said the deal was signed. Workers at Kalira Spinners Limited " +
          "struck. Mehra Cables Pvt Ltd won the contract. Labour won the vote.",
      ),
    ).actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Ministry of Social Affairs and Labour", "organization"],
      ["Kalira Spinners Limited", "organization"],
      ["Mehra Cables Pvt Ltd", "organization"],
      ["Labour Party", "organization"],
    ]);
  });
});

describe("a name a noun of land governs", () => {
  test("'the Vigezzo valley', 'the Melezzo river', 'the border hamlet of Ribellasca' are places", () => {
    const kinds = findActors(
      testDoc("Floods hit the Vordena valley. The Mellaro river burst its banks near the border hamlet of Ribasca."),
    ).actors.map((a) => [a.name, a.kind, a.subtype]);
    expect(kinds).toEqual([
      ["Vordena", "place", "region"],
      ["Mellaro", "place", "region"],
      ["Ribasca", "place", "city"],
    ]);
  });
});

describe("sites and people of a country", () => {
  test("a name before a mine, a dam or what a deposit yields is a place; 'Sri Lankans' name no one", () => {
    const kinds = findActors(
      testDoc(
        "Trucks queue between the Tavar Tolgan coal deposit and the border. Ore leaves the Ukhan Khudal mine at " +
          "Tavar Tolgan. Water rose behind the Shirova dam. The 100,000 Sri Lankans working there were thanked. " +
          "Bail was set against a deposit of Lm2,000.",
      ),
    ).actors.map((a) => [a.name, a.kind, a.subtype]);
    expect(kinds).toEqual([
      ["Tavar Tolgan", "place", "landmark"],
      ["Ukhan Khudal", "place", "landmark"],
      ["Shirova", "place", "landmark"],
    ]);
  });
});

describe("titles of a service's offices", () => {
  test("a listed title with 'of the' inside it, before the holder's name", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          "Justice of the Peace Louise Bertrand-Roy imposed the fine, and Leader of the Opposition Kwame Asare spoke.",
        ),
      )
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles).toEqual({
      "Louise Bertrand-Roy": ["Justice of the Peace"],
      "Kwame Asare": ["Leader of the Opposition"],
    });
  });

  test("an engineer's style without its stop; Myanmar's style of a woman", () => {
    const roles = Object.fromEntries(
      findActors(
        testDoc(
          "Eng Faisal Al-Rawdhi said the plant would reopen, Daw Khin Myat Noe agreed and Kelvin Tan Eng Hoon spoke.",
        ),
      )
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    // (and a syllable of a Chinese name after the given name)
    expect(roles).toEqual({ "Faisal Al-Rawdhi": ["Engineer"], "Khin Myat Noe": [], "Kelvin Tan Eng Hoon": [] });
  });

  test("two words of a title joined by a hyphen", () => {
    const roles = Object.fromEntries(
      findActors(testDoc("Lieutenant-Colonel Nurlan Abdyrov said so, and Air Vice-Marshal Sam Ezeobi agreed."))
        .actors.filter((a) => a.kind === "person")
        .map((a) => [a.name, a.roles.map((r) => r.title)]),
    );
    expect(roles).toEqual({ "Nurlan Abdyrov": ["Lieutenant-Colonel"], "Sam Ezeobi": ["Air Vice-Marshal"] });
  });

  test("two field's words before an office's head word, after a rank; the area in brackets after a title", () => {
    const people = (text: string) =>
      Object.fromEntries(
        findActors(testDoc(text))
          .actors.filter((a) => a.kind === "person")
          .map((a) => [a.name, a.roles.map((r) => r.title)]),
      );
    expect(
      people(
        "Chief Environmental Health Officer, Clyde Brathwaite, said the fogging would start. Chief Technical " +
          "Officer Ama Kyerewaa agreed.",
      ),
    ).toEqual({
      "Clyde Brathwaite": ["Chief Environmental Health Officer"],
      "Ama Kyerewaa": ["Chief Technical Officer"],
    });
    expect(
      people(
        "The Medical Officer of Health (North-East), Dr Annette Straughn, said cases rose. The DCP (South) Arjun " +
          "Mehrotra said an FIR was filed.",
      ),
    ).toEqual({
      "Annette Straughn": ["Medical Officer of Health (North-East)"],
      "Arjun Mehrotra": ["DCP (South)"],
    });
  });
});

describe("bodies named with 'of' and firms' short names", () => {
  test("a division of a department; a firm by its name without its form and a second trade", () => {
    const { actors } = findActors(
      testDoc(
        "Crews left after the state Division of Forestry warned of the fire. Kelvale Forge & Tool Co. will close " +
          "its plant, Walter Pfeiffer, Kelvale Forge's president, said.",
      ),
    );
    expect(actors.map((a) => [a.kind, a.name, a.aliases])).toEqual([
      ["organization", "Division of Forestry", []],
      ["organization", "Kelvale Forge & Tool Co.", ["Kelvale Forge"]],
      ["person", "Walter Pfeiffer", []],
    ]);
  });
});

describe("a society's short name", () => {
  test("a society goes by its name without the word, one organisation", () => {
    const { actors } = findActors(
      testDoc("The Tonga Red Cross Society sent volunteers. A Tonga Red Cross spokesman said aid would arrive."),
    );
    expect(actors.map((a) => [a.kind, a.name, a.aliases])).toEqual([
      ["organization", "Tonga Red Cross Society", ["Tonga Red Cross"]],
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { findActors } from "../actors/find-actors.js";
import { testDoc } from "../actors/test-doc.js";
import { findQuotes } from "./find-quotes.js";

/** Each case: text, then the quotes expected as [opening words, speaker's name or null]. */
const cases: readonly (readonly [string, string, readonly (readonly [string, string | null])[]])[] = [
  [
    "quote, X said",
    '"We will appeal the verdict," defence lawyer Maria Gonzalez said outside the court.',
    [["We will appeal", "Maria Gonzalez"]],
  ],
  [
    "quote, said X with title",
    '"We will not be intimidated," said Chancellor Olaf Scholz on Tuesday.',
    [["We will not", "Olaf Scholz"]],
  ],
  [
    "X said: quote",
    'Amazon founder Jeff Bezos, who stepped down in 2021, said: "Our customers are our north star."',
    [["Our customers", "Jeff Bezos"]],
  ],
  [
    "X said that quote",
    'The mayor, Karen Bass, said that "no family should sleep on the street."',
    [["no family", "Karen Bass"]],
  ],
  [
    "according to X",
    'The deal is "dead in the water", according to union leader Mick Lynch.',
    [["dead in the water", "Mick Lynch"]],
  ],
  [
    "adverb between speaker and verb",
    '"The numbers speak for themselves," Tesla boss Elon Musk bluntly told investors.',
    [["The numbers", "Elon Musk"]],
  ],
  [
    "inverted with role description",
    'Coach Pep Guardiola praised his side. "We were brilliant," noted the Manchester City manager.',
    [["We were brilliant", "Pep Guardiola"]],
  ],
  [
    "appositive speaker",
    '"They cannot keep moving the goalposts," the union\'s general secretary, Sharon Graham, complained.',
    [["They cannot", "Sharon Graham"]],
  ],
  [
    "a portfolio's holder named again by the portfolio",
    "Minister of Finance Nirmala Rao presented the budget. Police said two men fled.\n\n" +
      'The finance minister said the plan "will work". Punjab Chief Minister Ali Raza toured the site. Traffic was ' +
      'slow.\n\nThe chief minister said the repairs would be done "within a week".',
    [
      ["will work", "Nirmala Rao"],
      ["within a week", "Ali Raza"],
    ],
  ],
  [
    "a description beside a name is that person's, not the body it names",
    '"We respect the ruling," said Trade Minister Anna Holt.\n' +
      '"Nobody is above the law," Tom Ekwueme, the Oxfam spokesman, told reporters.\n' +
      "Oxfam said it was following the case closely. Markets were calm.",
    [
      ["We respect", "Anna Holt"],
      ["Nobody is above", "Tom Ekwueme"],
    ],
  ],
  [
    "pronoun speaker",
    'Serena Williams won in Melbourne on Saturday. "It is an amazing feeling," she told the crowd.',
    [["It is an amazing", "Serena Williams"]],
  ],
  [
    "pronoun picks the subject of the previous sentence",
    'Judge Robert Hale questioned the witness, Thomas Reed, for an hour. "The court has heard enough," he said.',
    [["The court", "Robert Hale"]],
  ],
  [
    "partial quote in reported speech",
    'Treasury Secretary Janet Yellen said inflation remained "unacceptably high" in March.',
    [["unacceptably high", "Janet Yellen"]],
  ],
  [
    "partial quote after has warned that",
    'Central bank governor Andrew Bailey has warned that prices were "still rising too fast".',
    [["still rising", "Andrew Bailey"]],
  ],
  [
    "second quote in the paragraph continues",
    '"It was a mistake," Johnson admitted. "I take full responsibility."',
    [
      ["It was a mistake", "Johnson"],
      ["I take full", "Johnson"],
    ],
  ],
  [
    "bare quote in the next paragraph continues",
    '"There is no military solution," Antonio Guterres told the council.\n"The fighting must stop now."',
    [
      ["There is no", "Antonio Guterres"],
      ["The fighting", "Antonio Guterres"],
    ],
  ],
  [
    "speaker stated in the next sentence",
    'Prices are expected to rise. "We have no choice but to pass on costs." Unilever chief executive Alan Jope said on Thursday.',
    [["We have no choice", "Alan Jope"]],
  ],
  ["unnamed official", '"The talks are at a very delicate stage," a senior EU official said.', [["The talks", null]]],
  [
    "unnamed sources with a verb before",
    'Western diplomats insist the sanctions are "working as intended".',
    [["working as intended", null]],
  ],
  ["tweeted", 'Musk tweeted that the share price was "too high imo".', [["too high imo", "Musk"]]],
  [
    "by voicing: the sentence subject speaks",
    'Senator Bernie Sanders angered party leaders by voicing "deep concerns" about the bill.',
    [["deep concerns", "Bernie Sanders"]],
  ],
  [
    "a clause after the quote does not credit it",
    'Powell said rates would stay "higher for longer," but markets expected cuts.',
    [["higher for longer", "Powell"]],
  ],
  [
    "single quote marks",
    "'We have done everything we could,' said goalkeeper Jordan Pickford. 'Now it is up to the fans.'",
    [
      ["We have done", "Jordan Pickford"],
      ["Now it is up", "Jordan Pickford"],
    ],
  ],
  [
    "curly marks",
    "\u201cThe evidence is overwhelming,\u201d prosecutor Michael Brennan told the jury.",
    [["The evidence", "Michael Brennan"]],
  ],
  [
    "a spokesman for someone speaks for them",
    '"We will study the proposal carefully," said a spokesman for Prime Minister Rishi Sunak.',
    [["We will study", "Rishi Sunak"]],
  ],
  [
    "a spokesperson for an organisation speaks for it",
    '"Funding has been doubled," a spokesperson for the Environment Agency said.',
    [["Funding has been doubled", "Environment Agency"]],
  ],
  [
    "a spokesperson for a body whose name runs past what is known of it speaks for the body",
    'A spokesperson for the Environment Agency, Flood and Coastal Risk said it was "investing a record sum" this year.',
    [["investing a record sum", "Environment Agency"]],
  ],
  [
    "'the spokesperson' later is the spokesperson named before, speaking for the same person",
    "A spokesperson for Health Minister Mark Butler said the plan was funded.\n\n" +
      'The spokesperson said the government was "not going to walk away" from the deal.',
    [["not going to walk away", "Mark Butler"]],
  ],
  [
    "'the statement' is the statement named before, speaking for its author",
    "Shares of Harbor Crest Hotels fell 4%. Harbor Crest Hotels said in a statement that it was cooperating " +
      'fully.\n\n"The safety of our guests is our highest priority," the statement said.',
    [["The safety of our guests", "Harbor Crest Hotels"]],
  ],
  [
    "'the statement' someone sent a station speaks for its sender, not for the station",
    "The parent company, Keystone Holdings, is based in Troy. A company spokeswoman, Dana Whitmore, sent " +
      'KTVB 7 a statement on Monday.\n\n"This was an extremely difficult decision," the statement said.',
    [["This was an extremely difficult decision", "Dana Whitmore"]],
  ],
  [
    "what someone calls a thing is their word; what a thing is called is its name",
    'Coach Dean Halloran criticised the decision, which he called "soft". The new stand was called "The Terrace".',
    [
      ["soft", "Dean Halloran"],
      ["The Terrace", null],
    ],
  ],
  [
    "a long subject that opens with the person who speaks",
    "Hannah Vogel of the Bavarian branch of the Friends of the Earth federation (BUND) said the vote showed the " +
      'state had "left municipalities alone" to fight.',
    [["left municipalities alone", "Hannah Vogel"]],
  ],
  [
    "a nickname in marks is no quotation",
    'Robert "Bobby" Kessler, the union leader, said there would be "no more sweetheart deals" this year.',
    [["no more sweetheart deals", "Robert Kessler"]],
  ],
  [
    "a speaker with a long appositive and a relative clause before the verb",
    'Ruth Adebayo, chief executive of the Hospitals Federation, which represents 200 trusts, said: "Every strike ' +
      'day costs millions."',
    [["Every strike day costs millions", "Ruth Adebayo"]],
  ],
  [
    "a quotation in single marks that goes on in the next paragraph",
    "The walker, Ann Pryce, told the paper: 'I have walked there a hundred times. The sand was dry.\n\n" +
      "'Then the water was all the way round.'",
    [
      ["I have walked there", "Ann Pryce"],
      ["Then the water", "Ann Pryce"],
    ],
  ],
  [
    "a speaker named as a label before a colon",
    "What the managers said\n\nVisiting boss Mark Dyer: 'We were nowhere near it in the first half.'",
    [["We were nowhere near it", "Mark Dyer"]],
  ],
  [
    "a name after a description in lower case and a comma, after the verb",
    '"The rebels attacked at night," said army spokesman for the region, Captain Jules Okello. "Our units ' +
      'are pursuing them."',
    [
      ["The rebels attacked", "Jules Okello"],
      ["Our units", "Jules Okello"],
    ],
  ],
  [
    "the first name with a comma after it, before an appositive that names a company",
    'Ms Lim Hui Min, an analyst at Crestbridge Securities Partners, said: "The results beat our forecast."',
    [["The results beat", "Lim Hui Min"]],
  ],
  [
    "a body's spokesperson speaks for the body",
    '"We regret the disruption," a Home Office spokesperson said.',
    [["We regret the disruption", "Home Office"]],
  ],
  [
    "sources close to someone are unnamed",
    '"The deal is done," sources close to club president Joan Laporta said.',
    [["The deal is done", null]],
  ],
  [
    "an unnamed group earlier in the clause does not make the named speaker unnamed",
    'Asked whether executives were trying to oust him, Ronaldo said: "I don\'t care."',
    [["I don't care", "Ronaldo"]],
  ],
  [
    "a description after a clause names the story's subject, not the last name in the clause",
    'Luka Modric scored twice. Modric was named man of the match. Asked about coach Carlo Ancelotti, the 38-year-old said: "He trusts me."',
    [["He trusts me", "Luka Modric"]],
  ],
  [
    "a question closed by its own mark, then the asker named in a sentence of their own",
    'Rosa Ayuso runs a rental shop. "Is it my fault the council has not delivered them?" Ayuso asked. "I have guests arriving Friday."',
    [
      ["Is it my fault", "Rosa Ayuso"],
      ["I have guests", "Rosa Ayuso"],
    ],
  ],
  [
    "a description after a quotation with an apostrophe names the subject of the sentence before it",
    'Inspector Wil Guerrero said carts were impounded. "They were told twice," Guerrero said. Tourist Dale Whitcomb watched as a cart was towed. "We walked back. Nobody told us it wasn\'t legal," the 58-year-old said.',
    [
      ["They were told twice", "Wil Guerrero"],
      ["We walked back", "Dale Whitcomb"],
    ],
  ],
  [
    "a body's capitalised name that no list knows is that body, not a description of the body named before",
    'Rescuers from the Emergency Management Agency reached the village. The National Environmental Agency said the mudflow was "a natural dam of fallen trees".',
    [["a natural dam", "National Environmental Agency"]],
  ],
  [
    "a second verb after 'and' speaks for the body named as the subject of the sentence's first verb",
    'The Disaster Agency said its team had assessed the damage in Kerr Jeng, Maria Lopez and Kudang and described the situation as "very serious".',
    [["very serious", "Disaster Agency"]],
  ],
  [
    "a capitalised title after 'the' is its holder's; 'the MP' is a parliamentary representative",
    'The Seyfo of Niamina East, Sainey Kinteh, appealed for help. "These are farmers," the Seyfo said. The Parliamentary Representative for St Philip North, Roland Fleming, wrote twice. "Every dry season we have the same story," the MP said.',
    [
      ["These are farmers", "Sainey Kinteh"],
      ["Every dry season", "Roland Fleming"],
    ],
  ],
  [
    "'he' after a man whose given name English lists give to women; 'the spokeswoman' after a communications manager",
    'Matti Kangas, head herder of the cooperative, told reporters the herd was lost. "We were out all night," he said. VR\'s communications manager Sanna Heikkila said the driver braked. "A train needs a kilometre to stop," the spokeswoman said.',
    [
      ["We were out all night", "Matti Kangas"],
      ["A train needs", "Sanna Heikkila"],
    ],
  ],
  ["a name, its appositive and the verb", 'Penny Wong, the foreign minister, said: "Soon."', [["Soon", "Penny Wong"]]],
  [
    "a possessive noun is not the cue",
    'U.S. District Judge Amit Mehta said Navarro\'s claims were "not a get-out-of-jail-free card."',
    [["not a get-out", "Amit Mehta"]],
  ],
  [
    "adding: a second quote",
    '"We stand with our allies," Antony Blinken told reporters, adding: "But civilians must be protected."',
    [
      ["We stand", "Antony Blinken"],
      ["But civilians", "Antony Blinken"],
    ],
  ],
  [
    "a description of the person just named",
    "Virgil van Dijk was stunned. 'Nobody saw it coming,' said the Dutch defender.",
    [["Nobody saw", "Virgil van Dijk"]],
  ],
  [
    "organisation before a title",
    '"We are going to approach this acknowledging our mistake," Boeing Chief Executive Dave Calhoun said.',
    [["We are going", "Dave Calhoun"]],
  ],
  [
    "a colon closing the paragraph above",
    'The chancellor, Rachel Reeves, told the Commons:\n"We will not gamble with the public finances."',
    [["We will not gamble", "Rachel Reeves"]],
  ],
  [
    "a demonym description takes the subject of the sentence before",
    'Real Madrid coach Carlo Ancelotti praised Vinicius Jr. "He is the best player in the world," the Italian said.',
    [["He is the best", "Carlo Ancelotti"]],
  ],
  [
    "a sentence-initial organisation name",
    'Federal Reserve Chair Jerome Powell said the bank was "prepared to adjust."',
    [["prepared to adjust", "Jerome Powell"]],
  ],
  [
    "an organisation noun does not continue the previous speaker",
    '"We will respond," Smith said. "Any attack will be answered," the ministry said in a statement.',
    [
      ["We will respond", "Smith"],
      ["Any attack", null],
    ],
  ],
  ["it said", '"The product is safe," it said.', [["The product", null]]],
  [
    "a paragraph reporting a person's words credits the quotation opening the next",
    'Police Chief Ana Ruiz said her officers acted within the rules.\n"We protect everyone\'s right to march. That includes today."',
    [["We protect", "Ana Ruiz"]],
  ],
  [
    "'her' of someone unnamed teaches no gender to the person named before it",
    'Agency director Roslan Idrisa said 27 were rescued while a woman travelling with her husband was missing.\n"The search will go on," he said.',
    [["The search will go on", "Roslan Idrisa"]],
  ],
  [
    "'Cr' is a councillor's title",
    'The motion was moved by Councillor Kalo Tavai.\n"The council is not one man\'s," Cr Tavai told reporters.',
    [["The council is not", "Kalo Tavai"]],
  ],
  [
    "'he' is the subject named last, not the one a possessive before it refers to",
    '"The water came in," said Karim Badi, a father of five.\nHis neighbour, Salem Maqbal, said three cars were lost. "We have lost the cars," he said.',
    [
      ["The water came in", "Karim Badi"],
      ["We have lost the cars", "Salem Maqbal"],
    ],
  ],
  [
    "the same, when a participle's clause with a number opens that paragraph",
    'Union leader Petros Alexiou spoke first.\nAddressing about 1,500 protesters outside the ministry, Alexiou warned of more stoppages.\n"The government talks about sacrifices.',
    [["The government talks", "Petros Alexiou"]],
  ],
  [
    "a possessive pronoun before the speaker's name is whose they are",
    'Farmer Karim Uddin was shot on Monday. "Who will feed the children now?" said his wife Nasima Akter.',
    [["Who will feed", "Nasima Akter"]],
  ],
  [
    "a reporting verb before another verb of the subject is the cue",
    'The union suspended Sean Kelly. In a statement, the GAA said it welcomed the ruling, which "reaffirms our rules."',
    [["reaffirms", "GAA"]],
  ],
  [
    "a body's short name in brackets closing the subject, or before the comma closing its appositive",
    'Harbour Zinc Mining (HZM) said the claim was "not credible" at all. The mine\'s owner, Ridgeline Copper ' +
      'Mining (RCM), said the demand was "not sustainable" this year.',
    [
      ["not credible", "Harbour Zinc Mining"],
      ["not sustainable", "Ridgeline Copper Mining"],
    ],
  ],
  [
    "'Madam' is a woman's honorific, not part of her name, and 'she' after it is her",
    'Madam Siti Aminah Yusof, 34, said her son had eaten at a party.\n"He vomited the whole night," she said.',
    [["He vomited", "Siti Aminah Yusof"]],
  ],
  [
    "a town after a resident's name and 'of' is where they live, not who speaks",
    'Resident Marlon Grant of Seaview said the river rose "faster than anybody could run."',
    [["faster than anybody", "Marlon Grant"]],
  ],
  [
    "a sentence reporting a person's words credits the quotation opening the next sentence of its paragraph",
    'Dr Samuel Bello runs the clinic.\nHe said most patients recover at home. "Transfusion is rarely needed."\n' +
      'The crowd cheered. "We are full every night."',
    [
      ["Transfusion", "Samuel Bello"],
      ["We are full", null],
    ],
  ],
  [
    "a paragraph about a person without a reporting verb credits nothing",
    'Police Chief Ana Ruiz arrived at the scene at noon.\n"We protect everyone\'s right to march."',
    [["We protect", null]],
  ],
  [
    "a name before its appositive role",
    '"We expect an answer within days," Penny Wong, Australia\'s foreign minister, told reporters in Canberra.',
    [["We expect", "Penny Wong"]],
  ],
  [
    "a role description resolves to the person holding it",
    'Foreign Minister Penny Wong met her counterpart in Jakarta. Indonesia had shown a "genuine willingness" to talk, Australia\'s foreign minister said.',
    [["genuine willingness", "Penny Wong"]],
  ],
  [
    "a lead names the role before the person",
    'Greece\'s prime minister says the two countries share "a common goal" in the region.\nKyriakos Mitsotakis said the talks in Athens had gone well.',
    [["a common goal", "Kyriakos Mitsotakis"]],
  ],
  [
    "a newspaper only carries the words of the person",
    'Finance Minister Robert Habeck has said the budget was "balanced," calling the cuts "painful," the Financial Times reported.',
    [
      ["balanced", "Robert Habeck"],
      ["painful", "Robert Habeck"],
    ],
  ],
  [
    "a seat of power speaks",
    '"The president has no plans to travel," the Kremlin said.\n"The date will be agreed later," the Kremlin\'s statement reads.',
    [
      ["The president", "Kremlin"],
      ["The date", "Kremlin"],
    ],
  ],
  [
    "X did something, saying ... would: the subject speaks, not the one who would act",
    "Spanish Prime Minister Pedro Sanchez rejected the tariff plan on Friday, saying the European Union would " +
      'answer "with one voice" if the duties went ahead.',
    [["with one voice", "Pedro Sanchez"]],
  ],
  [
    "a speech announced with a colon",
    'Labour leader Keir Starmer will tell the party conference in Liverpool: "This is the moment to rebuild."',
    [["This is the moment", "Keir Starmer"]],
  ],
  [
    "a party and state tag after the name",
    'Senate Minority Leader Mitch McConnell, R-Ky., said the vote was "a step back for the country." ' +
      "Democrats in the House of Representatives had urged colleagues to back the measure.",
    [["a step back", "Mitch McConnell"]],
  ],
  [
    "a quotation is not credited to the next sentence's subject unless it only says who spoke",
    'The outcome was "a big victory for working families." Republican leader Mitch McConnell of Kentucky urged ' +
      'colleagues to back the measure. "We did our job," Speaker Kevin McCarthy told reporters. "Now we rest." ' +
      "Rep. Matt Gaetz said.",
    [
      ["a big victory", null],
      ["We did our job", "Kevin McCarthy"],
      ["Now we rest", "Matt Gaetz"],
    ],
  ],
  [
    "the company said, after the company is named",
    'Boeing shares fell on Monday. "We are taking the right steps," the company said in a statement after the ' +
      "planemaker delivered fewer jets than expected in the first quarter.",
    [["We are taking", "Boeing"]],
  ],
  [
    "a participle after the credit of an earlier quotation speaks for that credit's speaker",
    "The regional chairman, Kojo Mensah, dismissed the claim. " +
      '"Nobody was intimidated in Tain. The UDP saw that the people of Tain would reject them," he said, ' +
      'adding that the party would accept the results "whichever way they go".',
    [
      ["Nobody was intimidated", "Kojo Mensah"],
      ["whichever way they go", "Kojo Mensah"],
    ],
  ],
  [
    "a participle after a comma speaks for the sentence's subject, across an earlier quotation",
    "Labour leader Keir Starmer said the government had 'lost control' of the NHS, adding: 'Patients are " +
      "paying the price.'",
    [
      ["lost control", "Keir Starmer"],
      ["Patients are paying", "Keir Starmer"],
    ],
  ],
  [
    "a body named again by the last word of its name speaks, across a clause after the quotation",
    'The Kenya Nurses Association met on Monday. In a statement, the association said it was "unacceptable" ' +
      'that nurses continued to work "without gloves or masks".',
    [
      ["unacceptable", "Kenya Nurses Association"],
      ["without gloves", "Kenya Nurses Association"],
    ],
  ],
  [
    "a company and a chamber named by their trade",
    'Toronto-based Redcliff Gold said it was "disappointed" by the ruling. The Harbour Business Chamber said ' +
      'the change would make the island "even less competitive".',
    [
      ["disappointed", "Redcliff Gold"],
      ["even less competitive", "Harbour Business Chamber"],
    ],
  ],
  [
    "a statement that reads, after the body by which it was reported",
    "Two people died overnight. This was reported by the Kharkiv Regional Military Administration on " +
      'Telegram. "The enemy attacked the village with drones," the statement reads.',
    [["The enemy attacked", "Kharkiv Regional Military Administration"]],
  ],
  [
    "a police rank of the force before the name",
    '"The driver lost control on a sharp bend," said Deputy Superintendent of Police Ramesh Babu Adhikari, ' +
      "chief of the district police office.",
    [["The driver lost", "Ramesh Babu Adhikari"]],
  ],
  [
    "a body in apposition or before one, closed by its comma, speaks; a body 'it' calls a thing",
    'The peacekeeping force, KFOR, said its troops were "closely following" the situation. Mill Creek Dairy, a ' +
      'unit of Hartley Foods of Lancaster, said it was "disappointed". The Office for Kosovo condemned what it ' +
      'called "brutal violence".',
    [
      ["closely following", "KFOR"],
      ["disappointed", "Mill Creek Dairy"],
      ["brutal violence", "Office for Kosovo"],
    ],
  ],
  [
    "a second verb of the pronoun that opens the sentence",
    "Health minister Grace Phiri visited the camp. She thanked nurses who had travelled by boat to reach the " +
      'villages and said the government would "not rest until every case is treated."',
    [["not rest", "Grace Phiri"]],
  ],
  [
    "a body named before speaks as 'it' or as 'the operator'; an apology is speech",
    "The Westgate Hospital Group moved patients to Mercy University Hospital. It apologised to families " +
      '"for the distress caused". Driver Ann Lee was hurt when a Redline Coachlines bus crashed, she told the ' +
      'Nine Network.\n\nThe operator said it was "devastated".',
    [
      ["for the distress", "Westgate Hospital Group"],
      ["devastated", "Redline Coachlines"],
    ],
  ],
  [
    "'the operator' named far from the company is still the company, not the person named last",
    "The coach, operated by Redline Coachlines, left the highway near Holbrook just after 4am on Monday. " +
      "Eleven passengers were taken to hospital in Albury, and two were flown to Canberra with head injuries. " +
      "Police closed the highway for six hours while crash investigators examined the scene and the wreck " +
      "was lifted onto a truck. Relatives gathered at the hospital through the morning, and a counsellor was " +
      "sent from Wagga. The road reopened at noon, and traffic was slow until the evening, police said. " +
      "Investigators will look at the driver's hours, the coach's brakes and the state of the road surface, " +
      "a report on which is due next month. The stretch has seen three serious crashes in five years, and " +
      "locals have asked for a lower limit " +
      'was towed away. A passenger, Priya Raman, said she had woken up "on the ceiling". She told the Nine ' +
      'Network the driver had stopped twice for coffee.\n\nThe operator said it was "devastated".',
    [
      ["on the ceiling", "Priya Raman"],
      ["devastated", "Redline Coachlines"],
    ],
  ],
  [
    "the person a sentence opens with, leading into the quotation with a colon; 'according to the centre'",
    "Resident Marisol Quintero put it bluntly at a meeting on Tuesday night: \"We keep hearing 'low risk.' A " +
      'man died."\n\nThe case went to court. John Smith\'s lawyer filed a motion on Monday: "This is a ' +
      'travesty." The Glacier Monitoring Centre said the lake had grown.\n\nThe lake holds "about 61 million ' +
      'cubic metres", according to the centre.',
    [
      ["We keep hearing", "Marisol Quintero"],
      ["This is a travesty", null],
      ["about 61 million", "Glacier Monitoring Centre"],
    ],
  ],
  [
    "a family name written first says nothing of gender, so 'she' finds the analyst",
    "Tan Wei Ling, an analyst at Pinnacle Securities, said the results were strong.\n\n" +
      '"Costs are rising," she said.',
    [["Costs are rising", "Tan Wei Ling"]],
  ],
  [
    "blaming, recording and putting a figure at words credit them; putting up a sign does not",
    'The Roads Authority blamed "a faulty signal cable" for the delays. The weather service recorded "more ' +
      'than 80 millimetres overnight" at the airport. Nadia Petrov, of the Insurance Council, put the bill at ' +
      '"well over $2 million".\n\nWorkers put up "no entry" signs.',
    [
      ["a faulty signal cable", "Roads Authority"],
      ["more than 80 millimetres", null],
      ["well over $2 million", "Nadia Petrov"],
      ["no entry", null],
    ],
  ],
  [
    "a place after a preposition says where the subject is, not who speaks",
    'The Fisheries Board at Lautoka recorded "the lowest catch in a decade" last year.',
    [["the lowest catch", "Fisheries Board"]],
  ],
  [
    "a utility named by its home, even a home that is also a given name",
    'Kenya Power reported "scattered outages" after the storm, and Delta Water said pressure was low.',
    [["scattered outages", "Kenya Power"]],
  ],
  [
    "'the chamber' is a body whose name has 'of'; 'the district' is the school district",
    'The Chamber of Mines of Botswana said output fell. The chamber described the year as "the hardest in ' +
      'memory".\n\nTulsa Public Schools closed for the day. The district said classes would resume "on Monday".',
    [
      ["the hardest in memory", "Chamber of Mines of Botswana"],
      ["on Monday", "Tulsa Public Schools"],
    ],
  ],
  [
    "'the Ministry', capitalised alone, is the ministry named before",
    "The Ministry of Health, Sport and Culture said two clinics would merge. In a statement, the Ministry " +
      'said the new clinic would have "a doctor on call every night".',
    [["a doctor on call", "Ministry of Health, Sport and Culture"]],
  ],
  [
    "a mining firm whose lead sets its first word in capitals is one firm, which 'the company' stands for",
    "KASEMPA Copper Mines Plc will cut 300 jobs. Kasempa Copper Mines, which employs 1,900 people, said " +
      'prices had halved. The company said the cuts were "painful but necessary".',
    [["painful but necessary", "Kasempa Copper Mines"]],
  ],
  [
    "a firm's name with its legal form keeps the common word it opens with",
    'Home Counties Bakeries Ltd said it would offer "any support they need".',
    [["any support they need", "Home Counties Bakeries Ltd"]],
  ],
  [
    "'the hospital' is the hospital named before; a verb of a relative clause in the subject is not the cue",
    "Patients were turned away from Kundiawa General Hospital on Monday. The hospital said in a notice that " +
      'only "emergency cases" would be seen.\n\nThe Latvian Bird Society, whose volunteers recorded the nests ' +
      'in May, said the maps were "years out of date".',
    [
      ["emergency cases", "Kundiawa General Hospital"],
      ["years out of date", "Latvian Bird Society"],
    ],
  ],
  [
    "a thing that opens the sentence and says is no person described",
    '"We wait for hours," said Dana Whitcombe.\n\nThe ferry system says the timetable will hold "through at ' +
      'least Friday."',
    [
      ["We wait for hours", "Dana Whitcombe"],
      ["through at least Friday", null],
    ],
  ],
  [
    "a name after a verb of saying whose first word is an English word; a time between a subject and its verb",
    '"I did not work from March until June," said Innocent Habimana-Gatete, who rides a moto-taxi.\n\n' +
      'The Guyana Geology and Mines Commission yesterday described the deaths as "a preventable tragedy".\n\n' +
      'The Friends of the Harbour Trams described the rise as "regrettable but understandable".',
    [
      ["I did not work", "Innocent Habimana-Gatete"],
      ["a preventable tragedy", "Guyana Geology and Mines Commission"],
      ["regrettable but understandable", "Friends of the Harbour Trams"],
    ],
  ],
  [
    "people of a cause named in apposition to 'a group' speak: 'Alaskans for the Dividend'",
    'A residents\' group, Islanders for the Ferry, called the timetable "a disgrace". Citizens for Clean ' +
      'Water said it was "too little, too late".',
    [
      ["a disgrace", "Islanders for the Ferry"],
      ["too little, too late", "Citizens for Clean Water"],
    ],
  ],
  [
    "a place after the speaker's noun and its preposition is where an unnamed speaker comes from",
    '"We want the trucks back," said one vendor from Marla who sells fish. "Enough," said Tevita Lomu from Suva.',
    [
      ["We want the trucks", null],
      ["Enough", "Tevita Lomu"],
    ],
  ],
  [
    "what someone describes a thing as, or brands it, is their word; a participle's words are what is said",
    "The Ministry of Health raised pay in May. Deputy minister Tomas Orlov described the strike as " +
      '"unjustified," saying the ministry had already paid. ' +
      'Union leader Ana Ruiz branded the offer "an insult".',
    [
      ["unjustified", "Tomas Orlov"],
      ["an insult", "Ana Ruiz"],
    ],
  ],
  [
    "a speaker described with where they work in lower case, then named; one described and not named",
    '"Our men were deployed to protect lives," said the police spokesman in the state, Chidi Eke. ' +
      '"We left at dawn," said a farmer in the area, who declined to be named.',
    [
      ["Our men were deployed", "Chidi Eke"],
      ["We left at dawn", null],
    ],
  ],
  [
    "a description with names of its own, then the speaker's name closing the sentence",
    '"We produce the wealth of this country," said the leader of the Cerro Verde union, Ramiro Quispe Mamani.\n\n' +
      '"The people are tired," said the FALPO spokesman in Duarte province, Juan Ramon Almanzar.\n\n' +
      '"The company remains open to dialogue," said the statement, signed by the human resources manager, Natalia Simmons.',
    [
      ["We produce the wealth", "Ramiro Quispe Mamani"],
      ["The people are tired", "Juan Ramon Almanzar"],
      ["The company remains open", "Natalia Simmons"],
    ],
  ],
  [
    "a clause opened by 'since' after the quotation is no cue",
    'Colvin Hinds spoke to reporters at the gate. He said the company had "refused to even sit at the table" since the union wrote to it in December.',
    [["refused to even sit", "Colvin Hinds"]],
  ],
  [
    "the name a described speaker gives",
    '"We have no doctors left," said a resident of the village, who asked to be identified only as Ko Htun. ' +
      '"It is over," said a woman who gave her name as Mary Okello.',
    [
      ["We have no doctors", "Ko Htun"],
      ["It is over", "Mary Okello"],
    ],
  ],
  [
    "a speaker's label over a paragraph that is only the quotation",
    'The judge gave her ruling on Tuesday.\n\nRowan Gillam, Crown Counsel\n\n"The court accepted the evidence. We respect the decision."',
    [["The court accepted", "Rowan Gillam"]],
  ],
  [
    "labels over two quotations each",
    'The judge gave her ruling on Tuesday.\n\nRowan Gillam, Crown Counsel\n\n"The court accepted the evidence."\n\n' +
      'Anna Berg, Defence Counsel\n\n"We will appeal."\n\nThe hearing ended at noon.',
    [
      ["The court accepted", "Rowan Gillam"],
      ["We will appeal", "Anna Berg"],
    ],
  ],
  [
    "a name after a clause a participle opens; a lawyer after his client's possessive; a body speaking through its officer",
    'Asked whether the league feared sanctions, Thabo Rantsho said: "That is a question for the referees." ' +
      'Rantsho\'s lawyer, Advocate Lineo Mokete, dismissed the claim. "My client asks the court to enforce the rules," he ' +
      "said. The Maseru Sports Commission said through its public relations officer, Palesa Nthako, that it was " +
      'monitoring the situation and urged the parties to "resolve their differences".',
    [
      ["That is a question", "Thabo Rantsho"],
      ["My client asks", "Lineo Mokete"],
      ["resolve their differences", "Palesa Nthako"],
    ],
  ],
  [
    "a name after a phrase that sets the scene, with a document read in it; an airline named for its country",
    "Marisa Delacourt was cleared on Tuesday.\n\nIn a statement read outside her home, Delacourt said she was " +
      '"innocent of the crimes I was charged with" and felt vindicated.\n\nIn a statement, Air Canada said it ' +
      '"has been taking steps to further strengthen security" at its cargo sheds.',
    [
      ["innocent of the crimes", "Marisa Delacourt"],
      ["has been taking steps", "Air Canada"],
    ],
  ],
  [
    "a speaker's label with a spaced dash and a remark in brackets over the quotation",
    'The council will meet on Friday.\n\nDelmer Ruiz - Attorney for Ana Polanco\n"The council is not above the law."\n\n' +
      'Ines Cattouse - Chairwoman, Hopkins Village Council (on phone)\n"We will follow the procedure."',
    [
      ["The council is not", "Delmer Ruiz"],
      ["We will follow", "Ines Cattouse"],
    ],
  ],
  [
    "a speaker's label under a paragraph that is only the quotation, as a broadcaster captions it",
    'Lawmakers questioned the board for seven hours.\n\n"The league does not belong to its board. It belongs to the fans."\n' +
      "Yoon Tae-seok / Democratic Party lawmaker\n\n" +
      '"We followed every rule."\nMarta Ilves, Professor, Tallinn University\n\nThe board denied any wrongdoing.',
    [
      ["The league does not", "Yoon Tae-seok"],
      ["We followed every rule", "Marta Ilves"],
    ],
  ],
  [
    "a name is not speech",
    'Thousands joined a Telegram channel called "Free Minsk" on Sunday.',
    [["Free Minsk", null]],
  ],
];

describe("findQuotes attributes each pattern", () => {
  for (const [name, text, expected] of cases) {
    test(name, () => {
      const doc = testDoc(text);
      const actors = findActors(doc);
      const quotes = findQuotes(doc, actors);
      expect(quotes.map((q) => q.text.slice(0, expected[quotes.indexOf(q)]?.[0].length ?? 10))).toEqual(
        expected.map((e) => e[0]),
      );
      quotes.forEach((q, i) => {
        const want = (expected[i] as readonly [string, string | null])[1];
        const got = q.speakerId ? (actors.byId.get(q.speakerId)?.name ?? null) : null;
        expect(got, q.text).toBe(want);
      });
    });
  }
});

describe("findQuotes bounds and kinds", () => {
  test("an unclosed quotation stops at its sentence end", () => {
    const doc = testDoc(
      'Putin said the protests were paid for. "They heard the signal and started work. By coincidence, the meeting fell on a holiday.',
    );
    const [q] = findQuotes(doc, findActors(doc));
    expect(q?.text).toBe("They heard the signal and started work.");
  });
  test("a quotation cut off with the text runs to its end, with the speaker before it", () => {
    const doc = testDoc(
      '"Nobody was hurt," Dana Cole said.\n"They can march where they like. That is their right, but blocking the ro',
    );
    const qs = findQuotes(doc, findActors(doc));
    expect(qs[1]?.text).toBe("They can march where they like. That is their right, but blocking the ro");
    expect(qs[1]?.speaker).toBe("Dana Cole");
  });
  test("a linked headline that opens with a quotation is no quotation", () => {
    const doc = testDoc(
      "Rescuers reached the village on Tuesday.\n'Nothing is left' - Floods sweep through mountain valley\nThe river rose overnight.",
    );
    expect(findQuotes(doc, findActors(doc))).toEqual([]);
  });
  test("a quotation carried over two paragraphs is one speaker's", () => {
    const doc = testDoc(
      '"We will rebuild every home," the governor, Gavin Newsom, said.\n"We will rebuild the schools.\n"And we will do it this year," he added.',
    );
    const quotes = findQuotes(doc, findActors(doc));
    expect(quotes.map((q) => q.text)).toEqual([
      "We will rebuild every home,",
      "We will rebuild the schools.",
      "And we will do it this year,",
    ]);
    expect(new Set(quotes.map((q) => q.speakerId)).size).toBe(1);
  });
  test("apostrophes are not quotation marks", () => {
    const doc = testDoc("The players' union said it didn't expect the '90s rules to return, and Russia's team agreed.");
    expect(findQuotes(doc, findActors(doc))).toEqual([]);
  });
  test("a short uncredited term is a scare quote with no speaker", () => {
    const doc = testDoc('The summit will mark the start of an "interim capability" for the shield.');
    const [q] = findQuotes(doc, findActors(doc));
    expect(q?.kind).toBe("scare");
    expect(q?.speakerId).toBeNull();
  });
  test("cue and speaker spans point into the text", () => {
    const text = '"Markets will calm down," Christine Lagarde told reporters in Frankfurt.';
    const doc = testDoc(text);
    const [q] = findQuotes(doc, findActors(doc));
    expect(q && text.slice(q.span.start, q.span.end)).toBe("Markets will calm down,");
    expect(q?.cue).toBe("told reporters");
    expect(q?.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe("Christine Lagarde");
  });
});

describe("a noun of nationality as the speaker", () => {
  test("stands for the person named before it", () => {
    const doc = testDoc(
      'Newcastle manager Eddie Howe said his side had been punished for their mistakes. "We gave them too much," ' +
        "the Englishman said after the defeat at Anfield on Saturday evening.",
    );
    const actors = findActors(doc);
    const [q] = findQuotes(doc, actors);
    expect(actors.byId.get(q?.speakerId ?? "")?.name).toBe("Eddie Howe");
    expect(actors.actors.map((a) => a.name)).not.toContain("Englishman");
  });
});

describe("an unnamed source", () => {
  test("ends with its head word, not with the clause that describes it", () => {
    const doc = testDoc(
      'The government, which has cut spending sharply this year, said the strike was "politically motivated". ' +
        'Two senior officials who asked not to be named said the plan was "dead".',
    );
    const quotes = findQuotes(doc, findActors(doc));
    expect(quotes.map((q) => [q.speakerId, q.speaker])).toEqual([
      [null, "The government"],
      [null, "Two senior officials"],
    ]);
  });
  test("a Chinese family name that a Western list holds as a woman's name does not make its bearer a woman", () => {
    const doc = testDoc(
      "Governor Tom Hale arrived in the county on Thursday.\n\n" +
        '"We found a girl under the school," said Ma Haobo, a team leader.\n\n' +
        '"The altitude is the problem," he said.\n\n' +
        '"We need more tents," said Lin Zhenyu, a volunteer. "The nights are cold," he added.',
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(quotes.map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null)).toEqual([
      "Ma Haobo",
      "Ma Haobo",
      "Lin Zhenyu",
      "Lin Zhenyu",
    ]);
  });
  test("'he' after 'a spokesman for the firm, Mr. X,' is X, not the firm", () => {
    const doc = testDoc(
      "Gunmen attacked the pumping station on Monday.\n\n" +
        'A spokesman for Delta Gas in Warri, Mr. Tonye Briggs, confirmed that output had been shut in "as a precaution".\n\n' +
        '"We are in touch with the security agencies," he said.',
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(quotes.map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null)).toEqual([
      "Tonye Briggs",
      "Tonye Briggs",
    ]);
  });
  test("'he' after 'X, a spokesman for the ministry,' is X, not the ministry", () => {
    const doc = testDoc(
      "Tarvo Lindqvist, a spokesman for the Energy Ministry, described the outage as grave.\n\n" +
        '"Demand has exceeded our forecasts by a third," he told reporters on Wednesday.',
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(quotes.map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null)).toEqual(["Tarvo Lindqvist"]);
  });
  test("a plural's apostrophe closes a single-marked quotation when another one opens after it", () => {
    const doc = testDoc(
      "The Vessa Mining Company said it \u2018deeply regrets\u2019 the death of the driver and called the strike \u2018an unlawful action\u2019.\n\n" +
        "The \u2018miners\u2019 union said the \u2018talks\u2019 would go on.",
    );
    const quotes = findQuotes(doc, findActors(doc));
    expect(quotes.map((q) => q.text)).toEqual(["deeply regrets", "an unlawful action"]);
  });
  test("'a spokesman for the mayor, X,' is X when the mayor is someone else", () => {
    const doc = testDoc(
      "Mayor Tomas Reyna was abroad when the river burst its banks.\n\n" +
        'A spokesman for the mayor, Ilario Benz, said Reyna had been "in constant contact" with the rescue teams.',
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(quotes.map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null)).toEqual(["Ilario Benz"]);
  });
  test("'the leader of the council, X,' is X; 'a source close to the president, X,' is not X", () => {
    const doc = testDoc(
      'The leader of the council, Cllr Olwen Trefor, told members the authority had "run out of easy options".\n\n' +
        'The chief executive of the trust, Dr Basil Okonjo, said the wards were "full every night".\n\n' +
        'A source close to the governor, Ramon Ezeala, said the plan was "finished".',
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(quotes.map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null)).toEqual([
      "Olwen Trefor",
      "Basil Okonjo",
      null,
    ]);
  });
});

describe("a body with its short name and a relative clause before the verb", () => {
  test("'The X Federation (XAFE), which represents 12,000 workers, described ...' is the federation", () => {
    const doc = testDoc(
      "The Kalahari Federation of Public Sector Unions (KAFEPUSU), which represents close to 12,000 workers, " +
        'described the plan as "a disaster for every farm."',
    );
    const actors = findActors(doc);
    const [q] = findQuotes(doc, actors);
    expect(actors.byId.get(q?.speakerId ?? "")?.name).toBe("Kalahari Federation of Public Sector Unions");
  });
});

describe("district officers and their towns", () => {
  test("'District Coordination Officer (DCO) Pirwala X' is X of Pirwala, whom 'the DCO' names", () => {
    const doc = testDoc(
      "District Coordination Officer (DCO) Pirwala Tariq Mehmood Jaffar said a help desk was set up.\n\n" +
        '"Our first priority is the injured," the DCO said.\n\nMedical Superintendent of DHQ Hospital Pirwala Dr ' +
        'Imran Baloch said 27 injured were brought in. "Most have fractures," he said.',
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(quotes.map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null)).toEqual([
      "Tariq Mehmood Jaffar",
      "Imran Baloch",
    ]);
    expect(actors.actors.filter((a) => a.kind === "person").map((a) => [a.name, a.roles.map((r) => r.title)])).toEqual([
      ["Tariq Mehmood Jaffar", ["District Coordination Officer"]],
      ["Imran Baloch", ["Medical Superintendent of DHQ Hospital Pirwala"]],
    ]);
    expect(actors.actors.find((a) => a.name === "Pirwala")?.kind).toBe("place");
  });
});

describe("the initials of a title as the speaker", () => {
  test("a title never spelled out with its initials still goes by them ('the DC' of a Deputy Commissioner)", () => {
    const doc = testDoc(
      "Deputy Commissioner Md Karim Uddin visited the spot on Tuesday.\n\nSuperintendent of Police Anwar Hossain " +
        'said two boats were missing.\n\n"More will be given if needed," the DC said. "We are searching," the SP told ' +
        "reporters.",
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(quotes.map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null)).toEqual([
      "Md Karim Uddin",
      "Anwar Hossain",
    ]);
  });
  test("stand for the person who holds the title, and name no body", () => {
    const doc = testDoc(
      "Mr Kofi Adjei-Boateng, the District Chief Executive (DCE) for Yendi, said the Assembly had money for " +
        'boreholes.\n\nMadam Ama Serwaa, a trader, said the water was dirty.\n\n"The water must come first," the DCE ' +
        "said.",
    );
    const actors = findActors(doc);
    const quotes = findQuotes(doc, actors);
    expect(actors.byId.get(quotes[0]?.speakerId ?? "")?.name).toBe("Kofi Adjei-Boateng");
    expect(actors.actors.filter((a) => a.kind === "organization")).toEqual([]);
    expect(actors.byId.get(quotes[0]?.speakerId ?? "")?.roles.map((r) => r.title)).toEqual([
      "District Chief Executive",
    ]);
  });
});

/** The names of the speakers of the quotes of `text`, in order. */
const speakers = (text: string) => {
  const doc = testDoc(text);
  const actors = findActors(doc);
  return findQuotes(doc, actors).map((q) => actors.byId.get(q.speakerId ?? "")?.name ?? null);
};

describe("a body's speakers named by a noun", () => {
  test("'the department' is the department named before, not the State Department it may also mean", () => {
    expect(
      speakers(
        "The Department of Marine and Ports Services said the filter failed. The department apologised for " +
          '"any inconvenience caused" to passengers.',
      ),
    ).toEqual(["Department of Marine and Ports Services"]);
  });

  test("'the statement' speaks for the body that issued it", () => {
    expect(
      speakers(
        "The Roads Authority says the bridge will stay shut.\n\nIn a statement on Tuesday, the authority said " +
          'crews had found "deep cracks in the deck."\n\n"Safety of the public comes first," the statement said.',
      ),
    ).toEqual(["Roads Authority", "Roads Authority"]);
  });

  test("'the spokeswoman' is the body a spokeswoman spoke for; 'the agency' the body named before", () => {
    expect(
      speakers(
        "A Hepburn Shire Council spokeswoman said the pool would close.\n\n" +
          '"Council has to weigh the cost of one facility," the spokeswoman said.',
      ),
    ).toEqual(["Hepburn Shire Council"]);
    expect(
      speakers(
        "Vermont Emergency Management opened a shelter on Tuesday.\n\n" +
          '"Anyone who had damage should document it," the agency said in a statement.',
      ),
    ).toEqual(["Vermont Emergency Management"]);
  });

  test("'A spokeswoman said' right after a body's sentence speaks for that body", () => {
    expect(
      speakers(
        "The Northern Health Trust said it had opened 18 extra beds. A spokeswoman said the trust " +
          '"apologises to any patient who has had a long wait".',
      ),
    ).toEqual(["Northern Health Trust"]);
    expect(speakers('Police arrested two men on Monday. A spokesman said "enquiries are continuing".')).toEqual([null]);
  });

  test("a place before a resident's noun and a name is no speaker: the person named is", () => {
    expect(
      speakers(
        "West Dawson resident Arlo Shaw, who commutes by ferry, said the delay hurt.\n\n" +
          '"Every year it is the same story," he said.',
      ),
    ).toEqual(["Arlo Shaw"]);
  });
});

describe("a body's speaker with a place or a short name after it", () => {
  test("a town and its province's abbreviation between the body and 'said'", () => {
    expect(
      speakers(
        'The Rescue Coordination Centre in Trenton, Ont., said a crew saw the men "waving a tarp from the ice" ' +
          "on Saturday.",
      ),
    ).toEqual(["Rescue Coordination Centre"]);
    // a town and its state written out
    expect(
      speakers('The Weather Service office in Augusta, Georgia, said the storm was "moving fast" on Saturday.'),
    ).toEqual(["Weather Service"]);
  });

  test("a short name in brackets between the body and 'said'", () => {
    expect(
      speakers('The Public Works Authority (Ashghal) said tankers had worked "round the clock" since Friday.'),
    ).toEqual(["Public Works Authority"]);
  });
});

describe("a woman of a man's surname", () => {
  test("'Mrs' before the surname is not the man named before, and speaks for herself", () => {
    const doc = testDoc(
      "That is the fear of pensioner Dennis Harrowby-Kemp, whose bungalow stands near the edge.\n\n" +
        '"We were told it would see us out," said Mrs Harrowby-Kemp, 71.\n\nMr Harrowby-Kemp said he would stay.',
    );
    const actors = findActors(doc);
    const speaker = actors.byId.get(findQuotes(doc, actors)[0]?.speakerId ?? "");
    expect(speaker?.name).not.toBe("Dennis Harrowby-Kemp");
    expect(speaker?.aliases).toContain("Mrs Harrowby-Kemp");
    const dennis = actors.actors.find((a) => a.name === "Dennis Harrowby-Kemp");
    expect(dennis?.mentions.length).toBe(3);
  });
});

describe("a pronoun after a body's unnamed spokeswoman", () => {
  test("is the body's, over a woman named before", () => {
    expect(
      speakers(
        'Shopkeeper Rosa Dunn said water came under her door.\n\n"I have never seen it like that," she said.\n\n' +
          "A spokeswoman for Goldfields Mining Ltd said work in the pit stopped for four hours.\n\n" +
          '"There was no damage to the pit walls," she said.',
      ),
    ).toEqual(["Rosa Dunn", "Goldfields Mining Ltd"]);
  });
});

describe("a speaker named by what they are", () => {
  test("'the diplomat' is the counsellor, 'the former lawmaker' the former member of parliament", () => {
    expect(
      speakers(
        "Its counsellor, Timur Sadykov, sent a note.\n\n" +
          '"Bishkek will see this as an unfriendly act," the diplomat said.\n\n' +
          "Reza Karimi, a former member of parliament who sat on its security committee, spoke too.\n\n" +
          '"They want to sign in July," the former lawmaker said.',
      ),
    ).toEqual(["Timur Sadykov", "Reza Karimi"]);
  });

  test("who is named in a relative clause inside the subject does not speak for it", () => {
    expect(
      speakers(
        'The Popular Alliance, whose leader Tendai Moyo pulled out of the run-off, said it was "deeply ' +
          'disappointed". Tom Bell, who met Ali Khan on Monday, said it was "very good".',
      ),
    ).toEqual(["Popular Alliance", "Tom Bell"]);
  });
});

describe("a speaker named after the quotation's paragraph", () => {
  test("'That was the verdict of X', 'So says X', 'That's how X described' under a paragraph of quotation", () => {
    expect(
      speakers(
        "The ministry signed the deal on Thursday.\n\n" +
          '"It is a good pipeline on paper."\n\n' +
          "That was the verdict of Nikos Andreou, who follows gas markets in Athens.\n\n" +
          '"Every winter we see older people in hospital."\n\n' +
          "So says Dr Mere Tane, a virologist in Wellington.\n\n" +
          '"The whole house shook."\n\n' +
          "That's how Lena Borrow, who lives by the tracks, described the crash.",
      ),
    ).toEqual(["Nikos Andreou", "Mere Tane", "Lena Borrow"]);
  });

  test("a holder described and named in the next paragraph; 'the analyst' is the analyst named before", () => {
    expect(
      speakers(
        '"Cheap crude does not help us," the president of the United Steelworkers (USW) local said.\n\n' +
          "The local's president, Hector Ruiz, said two units were idle.\n\n" +
          '"It is a warning shot," said Kim Ji-won, an analyst at Hana Securities.\n\n' +
          "Tom Bell, a teacher, said he was worried.\n\n" +
          '"The bigger risk is the referral," the analyst said.\n\n' +
          'The Kenya Red Cross said it had delivered "rice, blankets and cooking pots" to the families.\n\n' +
          "Jane Roe, who runs a shop, said she was grateful.",
      ),
    ).toEqual(["Hector Ruiz", "Kim Ji-won", "Kim Ji-won", "Kenya Red Cross"]);
  });

  test("a pronoun no one named before is the holder described before it and named next", () => {
    expect(
      speakers(
        "The acting chief executive of Vardar Gas said her company had secured the route.\n\n" +
          '"The hardest part was the paperwork," she said.\n\n' +
          "Elena Petrovska, who has run Vardar Gas since July, said a tender would follow.",
      ),
    ).toEqual(["Elena Petrovska"]);
  });
});

describe("a speaker described by a noun and named in the next paragraph", () => {
  test("'an ICRC spokeswoman told reporters' then 'The spokeswoman, X, said': X, over the body", () => {
    expect(
      speakers(
        "The International Committee of the Red Cross (ICRC) flew the men home.\n\n" +
          '"The three men are in good condition," an ICRC spokeswoman told reporters.\n\n' +
          "The spokeswoman, Ana Restrepo, said the trip took six hours.\n\n" +
          '"We did not start this," a Cambodian brigade commander said by telephone.\n\n' +
          "The commander, Colonel Sok Dara of Brigade 12, said shells had landed in the village.",
      ),
    ).toEqual(["Ana Restrepo", "Sok Dara"]);
  });
});

describe("more speakers named after their quotation", () => {
  test("'the presiding judge said' then 'Judge X said'; 'a senior Christian Democrat MP told' then 'The MP, X,'", () => {
    expect(
      speakers(
        "The court sentenced Emir Hadzic, a former interior minister, on Thursday.\n\n" +
          '"The defendant steered the contract," the presiding judge said.\n\n' +
          "Judge Amra Hodzic said the court had the papers.\n\n" +
          '"This was never only about the war," a senior Christian Democrat MP told reporters.\n\n' +
          "The MP, Harm Visser, said his party would fight.",
      ),
    ).toEqual(["Amra Hodzic", "Harm Visser"]);
  });

  test("a quotation opening the paragraph under 'X, who ..., said ...' is X's", () => {
    expect(
      speakers(
        "Cllr Frank Dolan, who represents Kirkdale on the city council, said residents had waited too long.\n\n" +
          '"People round here have been living with gunshots all summer."',
      ),
    ).toEqual(["Frank Dolan"]);
  });

  test("so is one under 'X, a long appositive, said ...', running on over two paragraphs", () => {
    expect(
      speakers(
        "But Cllr Carys Pugh, chairman of the Tenby Hospital Action Group and a member of the county council, said " +
          "the town had heard such assurances before.\n\n\u201cThey tell us it is about safety. Ask a family in " +
          "Saundersfoot.\n\n\u201cTenby is the biggest town in the county. People here have had enough.\u201d",
      ),
    ).toEqual(["Carys Pugh", "Carys Pugh"]);
  });
});

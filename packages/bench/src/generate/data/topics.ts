// Story templates. Slots: {A} {B} countries, {Ad} {Bd} their demonyms, {city} where it happens, {org} and
// {orgS} an organisation (full and short), {issue} the matter at stake, {p0}..{p3} people at first mention
// (later mentions are shortened by the renderer), {day} a weekday, {n} a small and {N} a large number,
// {year} an earlier year, {month} a month name.
export interface TopicTemplate {
  readonly id: string;
  readonly issues: readonly string[];
  readonly headlines: readonly string[];
  readonly leads: readonly string[];
  readonly facts: readonly string[];
  readonly quotes: readonly string[];
}

export const TOPICS: readonly TopicTemplate[] = [
  {
    id: "talks",
    issues: [
      "the missile shield",
      "the gas pipeline",
      "the border dispute",
      "the nuclear programme",
      "the fishing rights",
    ],
    headlines: [
      "{A}, {B} fail to resolve row over {issue}",
      "{A} and {B} still at odds over {issue}",
      "Talks on {issue} end without a deal",
      "{orgS} presses {A} and {B} to settle {issue}",
    ],
    leads: [
      "{A} and {B} failed to resolve a rift over {issue} on {day} but agreed to press on with negotiations aimed at reaching a deal.",
      "Officials from {A} and {B} remained deeply at odds over {issue} after talks in {city} on {day}, with {p0} warning that time was running out.",
      "Talks between {A} and {B} on {issue} ended in {city} on {day} without a breakthrough, despite pressure from {org}.",
    ],
    facts: [
      "{A} has demanded legally binding guarantees over {issue}, but {B} has so far offered only political assurances.",
      "The two sides first clashed over {issue} in {year}, and a series of meetings since then has failed to narrow the gap.",
      "{p1} met {p0} for about {n} hours at the foreign ministry in {city}, according to officials.",
      "Diplomats said a compromise could be reached before a summit planned for {month}, although neither side has moved on the main points.",
      "{org} has offered to mediate, and its envoy is expected to visit both capitals next month.",
      "Trade between the two countries reached {N} million dollars last year, making the dispute costly for both.",
      "{p2} said after the meeting that the talks had been frank and that a further round would take place in {month}.",
      "Analysts said domestic politics in {A} made any concession on {issue} difficult before elections due in {year}.",
    ],
    quotes: [
      "On {issue}, we do not agree yet.",
      "But we all agreed that it is important to keep on trying, to keep on talking, and to keep on listening to each other's concerns.",
      "We need clear guarantees that it is not targeted against us.",
      "Our position has not changed. We are ready to talk, but not under pressure.",
      "It is well known that we do not agree on all issues, but it is also clear that we are committed to continue discussing all issues at all times.",
      "The door remains open. I think at the end of the day we can reach a solution.",
      "We have lost a lot of time already. We cannot wait for ever.",
      "There will only be security on our continent with {B}, not against {B}.",
      "I would expect us to make steady progress. It would be hard work but I'm still optimistic.",
    ],
  },
  {
    id: "protest",
    issues: ["the election result", "fuel prices", "the new labour law", "corruption", "the pension reform"],
    headlines: [
      "Thousands protest in {city} over {issue}",
      "Police detain {n} dozen as protests over {issue} spread",
      "{Ad} opposition vows more rallies over {issue}",
    ],
    leads: [
      "Thousands of people marched through {city} on {day} to protest against {issue}, in the largest demonstration the {Ad} capital has seen in years.",
      "Police in {city} detained dozens of protesters on {day} as anger over {issue} spilled onto the streets for a third day.",
      "Opposition leaders in {A} called for fresh rallies on {day} after a protest against {issue} drew tens of thousands in {city}.",
    ],
    facts: [
      "Around {N} people have been arrested in three days of demonstrations, according to a rights group.",
      "Organisers said more than {N} people had pledged online to attend the next protest on Saturday afternoon.",
      "Riot police blocked the main avenue leading to parliament, and several metro stations were closed.",
      "{p0} accused foreign governments of funding the protests, a claim the organisers rejected.",
      "{org} urged the authorities in {A} to respect the right to peaceful assembly.",
      "The government has said it will not withdraw the measure, which it says is needed to balance the budget by {month}.",
      "Similar protests in {year} forced the resignation of the then prime minister.",
    ],
    quotes: [
      "We are not afraid. We will come back every day until they listen.",
      "People have the right to express their views, but violence will not be tolerated.",
      "This is not about one law. It is about how this country is governed.",
      "The authorities must release everyone detained for peacefully expressing their opinion.",
      "They say it was a fair vote. Nobody here believes that.",
      "We call on all sides to show restraint and to start a genuine dialogue.",
      "The government has heard the people, and we are ready to discuss the details.",
    ],
  },
  {
    id: "attack",
    issues: ["the northern province", "the border region", "the port city", "the mountain district"],
    headlines: [
      "At least {n} killed in attack in {issue} of {A}",
      "{Ad} forces say they repelled assault in {issue}",
      "Bombing in {city} kills {n}, wounds dozens",
    ],
    leads: [
      "At least {n} people were killed and dozens wounded on {day} when gunmen attacked a checkpoint in {issue} of {A}, officials said.",
      "A car bomb exploded near a crowded market in {city} on {day}, killing at least {n} people, police and hospital sources said.",
      "{Ad} troops clashed with armed fighters in {issue} on {day} in the heaviest fighting since {month}, the army said.",
    ],
    facts: [
      "No group immediately claimed responsibility for the attack.",
      "The army said it had killed {n} militants and lost three soldiers in the fighting.",
      "{org} condemned the violence and called for an independent investigation.",
      "Hospitals in {city} appealed for blood donors as the number of wounded rose to more than {N}.",
      "The region has seen repeated attacks since {year}, when a ceasefire collapsed.",
      "{p1} said that reinforcements had been sent and that a curfew would be imposed from {day} night.",
      "Aid agencies said about {N} families had fled their homes in the past week.",
    ],
    quotes: [
      "This cowardly attack will not go unpunished.",
      "We heard a huge explosion and then shooting. People were running everywhere.",
      "The situation is under control and the security forces are pursuing the attackers.",
      "We condemn in the strongest terms this attack on civilians.",
      "Our teams are working around the clock, but the hospitals are overwhelmed.",
      "Those responsible must be brought to justice.",
    ],
  },
  {
    id: "sanctions",
    issues: ["its nuclear programme", "human rights abuses", "the annexation", "arms shipments"],
    headlines: [
      "{B} imposes new sanctions on {A} over {issue}",
      "{A} vows response to {Bd} sanctions",
      "{orgS} weighs fresh penalties against {A}",
    ],
    leads: [
      "{B} on {day} announced new sanctions against {A} over {issue}, freezing the assets of {n} officials and banning exports of sensitive technology.",
      "{A} said on {day} it would retaliate against sanctions imposed by {B} over {issue}, calling the measures illegal.",
      "Members of {org} discussed new penalties against {A} over {issue} in {city} on {day}, diplomats said.",
    ],
    facts: [
      "The measures target banks, shipping companies and {n} senior officials accused of involvement in {issue}.",
      "{A}'s currency fell by {n} percent against the dollar after the announcement.",
      "Earlier rounds of sanctions, imposed in {year}, cut {A}'s oil exports by about a third.",
      "{p0} summoned the {Bd} ambassador to protest against the decision.",
      "Diplomats said further measures could follow in {month} if there was no change in policy.",
      "{org} is expected to review the sanctions regime at a meeting next month.",
    ],
    quotes: [
      "These sanctions are illegal and will only hurt ordinary people.",
      "We will respond in a way that protects our national interests.",
      "The pressure will continue until we see real change on the ground.",
      "Sanctions are not an end in themselves. The door to diplomacy remains open.",
      "We have shown before that we can withstand this kind of pressure.",
      "Nobody wants a confrontation, but we cannot look the other way.",
    ],
  },
  {
    id: "deal",
    issues: ["the merger", "the takeover bid", "the supply contract", "the joint venture"],
    headlines: [
      "{orgS} agrees {N} million dollar deal in {A}",
      "Shares jump as {orgS} confirms {issue}",
      "{Ad} regulator clears {issue} with conditions",
    ],
    leads: [
      "{org} said on {day} it had agreed {issue} worth about {N} million dollars, creating one of the largest groups of its kind in {A}.",
      "Shares in {org} rose {n} percent in {city} on {day} after the company confirmed {issue} with a {Bd} rival.",
      "Regulators in {A} on {day} approved {issue} involving {org}, on condition that it sells part of its business.",
    ],
    facts: [
      "The deal is expected to close in {month}, subject to the approval of shareholders.",
      "The combined company would employ about {N} people in {n} countries.",
      "{p2} said the group would keep its headquarters in {city} and that there were no plans for job cuts.",
      "Analysts said the price valued the company at about {n} times its annual earnings.",
      "Unions in {A} said they would seek guarantees for workers at the group's {n} plants.",
      "The company first approached its rival in {year}, but talks broke down over the price.",
    ],
    quotes: [
      "This is a great day for our customers, our employees and our shareholders.",
      "We see this deal as a strong basis for growth in the coming years.",
      "Our concern is jobs. We want written guarantees, not promises.",
      "The conditions we have set will protect competition and consumers.",
      "The price is fair, and the strategic logic is compelling.",
      "We will keep investing in {A}. Nothing changes for our staff.",
    ],
  },
  {
    id: "ruling",
    issues: ["the corruption case", "the election appeal", "the extradition request", "the land dispute"],
    headlines: [
      "Court in {city} rules on {issue}",
      "{Ad} judges reject appeal in {issue}",
      "Verdict in {issue} sparks anger in {A}",
    ],
    leads: [
      "A court in {city} on {day} ruled in {issue}, ordering a retrial and releasing {n} defendants on bail.",
      "Judges in {A} rejected an appeal on {day} in {issue}, a decision that lawyers for the defence said they would challenge.",
      "The highest court in {A} delivered its verdict in {issue} on {day}, after a trial that lasted {n} months.",
    ],
    facts: [
      "The case has been closely watched by {org}, which sent observers to the hearings.",
      "{p0} was first charged in {year} and has denied any wrongdoing.",
      "Prosecutors had sought a sentence of {n} years in prison.",
      "Supporters gathered outside the court building in {city} and chanted slogans as the verdict was read.",
      "The defence has {n} days to lodge an appeal with the constitutional court.",
      "Legal experts said the ruling could set a precedent for about {N} similar cases.",
    ],
    quotes: [
      "Justice has been done. The court has looked at the evidence and nothing else.",
      "This verdict is political, and we will appeal it.",
      "My client is innocent and he will be cleared.",
      "The ruling shows that nobody is above the law.",
      "We respect the decision of the court, even if we do not agree with it.",
    ],
  },
  {
    id: "aid",
    issues: ["the floods", "the drought", "the earthquake", "the cholera outbreak"],
    headlines: [
      "{org} appeals for aid after {issue} in {A}",
      "Death toll from {issue} in {A} rises to {n}",
      "{B} pledges help as {A} struggles with {issue}",
    ],
    leads: [
      "{org} on {day} appealed for {N} million dollars to help people affected by {issue} in {A}, where {n} people have died.",
      "The death toll from {issue} in {A} rose to {n} on {day}, officials said, as rescue teams reached remote villages.",
      "{B} said on {day} it would send emergency supplies and a medical team to {A} to help with {issue}.",
    ],
    facts: [
      "More than {N} people have been forced from their homes, according to the authorities.",
      "Roads and bridges were damaged, cutting off several districts from {city}.",
      "{p2} said that clean water and shelter were the most urgent needs.",
      "The government declared a state of emergency in {n} provinces.",
      "It is the worst disaster to hit the country since {year}.",
      "Aid workers warned that the rainy season, due to start in {month}, could make matters worse.",
    ],
    quotes: [
      "The needs are enormous and we are racing against time.",
      "We have lost everything. Our house, our animals, our fields.",
      "The government is doing everything it can to reach those in need.",
      "We call on the international community to act now, before it is too late.",
      "Our teams are on the ground, but access remains very difficult.",
    ],
  },
];

/** Background sentences that fit any story; they pad an article to a realistic length. */
export const BACKGROUND: readonly string[] = [
  "The meeting was the first at this level since {month} {year}.",
  "Officials in {city} declined to comment on the details.",
  "{org} said it was following the situation closely.",
  "Relations between {A} and {B} have been strained since {year}.",
  "The {Ad} government has faced growing criticism at home over its handling of {issue}.",
  "{p3} said the coming weeks would be decisive for {A}.",
  "Opposition parties in {A} accused the government of mishandling {issue}.",
  "The news was widely covered in {Bd} media, where commentators described it as a turning point.",
  "Earlier this year, {A} and {B} signed a memorandum on energy and transport cooperation.",
  "A spokesman for {org} said a statement would be issued later in the day.",
  "Markets in {city} were little changed after the announcement.",
  "The {Ad} parliament is due to debate {issue} on {day} next week.",
  "Both governments have come under pressure from business groups to find a quick settlement.",
  "Previous efforts, in {year} and again last year, ended without agreement.",
  "It was not immediately clear how the decision would affect {issue}.",
  "Diplomats in {city} said privately that they expected little progress before {month}.",
  "{B} has so far refused to comment publicly, saying it did not want to prejudge the outcome.",
  "The issue is expected to feature at the next meeting of {org} in {month}.",
  "According to figures released in {month}, about {N} people live in the areas concerned.",
  "Several newspapers in {A} called on the government to act faster.",
  "The {Bd} embassy in {city} said it had no information beyond what had been published.",
  "Observers noted that the tone of the statements had hardened since {year}.",
];

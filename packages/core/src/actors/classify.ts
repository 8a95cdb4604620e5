// Word-level judgements for the name finder: what an unknown capitalised run is, whether a sentence
// opener is a plain word, whether a place acts ("Moscow demanded").
import { DOTTED_STATES, STATE_ABBREVIATIONS } from "../text/abbreviations.js";
import type { Candidate } from "./candidate.js";
import { UNIT_OF_PLACE } from "./chunks.js";
import { DEPARTMENT_PORTFOLIOS } from "./data/organizations.js";
import { PLACE_OPENERS, REGION_DEMONYMS, REGION_PARTS } from "./data/places.js";
import { countryOrState, factsOf } from "./facts.js";
import type { Gazetteer } from "./gazetteer.js";
import { matchKnown, matchTitle, PORTFOLIO_WORDS, surnameHead } from "./segment.js";
import { type Token, tokenAt } from "./tokens.js";

/** A capitalised sentence opener that is only a common word: "Despite", "Top", "Seeking". */
export function isPlainWord(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  const t = ts[i] as Token;
  return (
    factsOf(g, t).common &&
    !factsOf(g, t).nameStart &&
    factsOf(g, t).demonym === undefined &&
    matchTitle(g, ts, i, to) < 0 &&
    !factsOf(g, t).given
  );
}

/** A romanised given name of two syllables joined by a hyphen: "Seung-min", "Se-hoon", "Ying-jeou". */
const SYLLABLES = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}$/u;

/**
 * "Oh Seung-min", "Song Young-gil", "Ma Ying-jeou": a family name written first that is also an English word, before
 * a given name of two syllables, is no word opening a sentence.
 */
export function familyNameFirst(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  const next = ts[i + 1];
  return i + 1 < to && g.surnamesFirst.has((ts[i] as Token).text) && next !== undefined && SYLLABLES.test(next.text);
}

/** A sum written with the symbol of its currency before the number: "RM148.6", "Rs500", "KSh2,000", "Tk50". */
const CURRENCY_AMOUNT =
  /^(?:RM|Rs|Rp|KSh|Ksh|Sh|TSh|Tsh|USh|Ush|Tk|Rf|Nu|Dhs?|SR|QR|AED|RMB|Rmb|NT|BD|KD|OMR|QAR|SAR)\d/;

/** Plurals of words for people: "Villagers", "Neighbors", "Residents", "Guardians", "Activists", "Evacuees". */
const PEOPLE_PLURAL = /^[A-Z][a-z]{2,}(?:ers|ors|ents|ants|ians|ists|ees)$/;
/** Verbs of saying right after a lone name: "Villagers said", "Banks told MPs", "Grace Park said". */
export const SAYS: ReadonlySet<string> = new Set([
  "said",
  "say",
  "says",
  "told",
  "added",
  "insisted",
  "argued",
  "noted",
  "wrote",
  "explained",
  "reported",
  "warned",
]);

/**
 * A capitalised plural of a common word or an occupation opening a sentence: "Villagers said", "Neighbors
 * heard", "Farmers blocked"; not a name ("Williams", "Brussels").
 */
export function isPluralWord(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  const t = ts[i] as Token;
  const lower = t.lower;
  if (!lower.endsWith("s") || lower.endsWith("ss") || lower.length < 5 || factsOf(g, t).entry !== undefined)
    return false;
  const singular = lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  // a verb after it, not a title: "Nationals leader David Littleproud"
  const next = ts[i + 1];
  if (!next?.word || next.cap || g.roleNouns.has(next.lower) || g.occupations.has(next.lower)) return false;
  // "Villagers said", "Neighbors said", "Villagers who spoke": a word of people by what they are or do, before a
  // verb of saying or "who"
  const people = PEOPLE_PLURAL.test(t.text) && (SAYS.has(next.lower) || next.lower === "who");
  return (
    (g.common.has(singular) || g.occupations.has(singular) || people) &&
    !factsOf(g, t).nameStart &&
    !factsOf(g, t).given &&
    matchTitle(g, ts, i, to) < 0
  );
}

/** A capitalised word of what someone does that is no title: "Golfer" of "Golfer Tiger Woods won". */
export function isOccupation(g: Gazetteer, ts: readonly Token[], i: number, to: number): boolean {
  const t = ts[i] as Token;
  return (
    (g.occupations.has(t.lower) || TRADE_NAME.test(t.lower)) && !factsOf(g, t).nameStart && matchTitle(g, ts, i, to) < 0
  );
}

/** Trades named by what their people grow, lay, make, work, keep or broker: "winegrower", "bricklayer". */
export const TRADE_NAME = /^[a-z]{2,}(?:grower|layer|maker|worker|keeper|broker|smith|monger)$/;

/** Initials with a small letter between capitals: "DoE", "DfT", "DoJ". */
const MIXED_INITIALS = /^[A-Z][a-z][A-Z]{1,2}$/;
/** Codes of currencies written apart from the sum: "KD 1,200", "Rs 500", "USD 40". */
const CURRENCY_CODE =
  /^(?:KD|BD|OMR|QAR|SAR|AED|USD|EUR|GBP|RM|Rs|Tk|KSh|Ksh|Shs|UGX|TZS|ZAR|NGN|GHS|PKR|INR|LKR|NZD|AUD|CAD|SGD|HKD|DKK|SEK|NOK|ISK|CHF|JPY|CNY|RMB|KRW|TWD|THB|MYR|IDR|VND|BDT|NPR|EGP|KES|ETB|BRL|MXN|ARS|TRY|RUB|UAH|PLN|CZK|HUF|RON|ILS|JOD|KWD|BHD|FJD|PGK|JMD|TTD|BBD|BSD|XCD|XOF|XAF)$/;
/** A word of two capitalised parts or more, of three letters or more each: "MetService", "KazAvtoZhol". */
const INITIALS_AND_WORD = /^[A-Z]{1,2}[A-Z][a-z]{3,}$/;
const INNER_CAPITAL = /^([A-Z][a-z]{2,})(?:[A-Z][a-z]{2,})+$/;
/** First parts of surnames written with a capital inside: "MacArthur", "VanDyke", "FitzGerald". */
const NAME_PREFIXES = new Set(["Mac", "Van", "Von", "Fitz", "Del", "Della", "Des", "Ter", "Ten", "Dos", "Das"]);

/** Sports whose governing bodies are named with their country or state: "Rugby Australia", "Canada Soccer". */
export const SPORTS: ReadonlySet<string> = new Set(
  (
    "archery athletics badminton baseball basketball bowls boxing canoe canoeing cricket curling cycling diving equestrian fencing " +
    "football golf gymnastics handball hockey judo karate lacrosse netball rowing rugby sailing skating skiing " +
    "soccer softball squash surfing swimming taekwondo tennis triathlon volleyball weightlifting wrestling"
  ).split(" "),
);

/**
 * Whether tokens `[from, from + 2)` are a sport and a known country or state, either way round: the sport's
 * governing body there ("Basketball Saskatchewan", "USA Swimming").
 */
export function sportBody(g: Gazetteer, ts: readonly Token[], from: number): boolean {
  const a = ts[from];
  const b = ts[from + 1];
  if (!a?.cap || !b?.cap || a.possessive) return false;
  return (
    (SPORTS.has(a.lower) && countryOrState(g, b) && !b.possessive) || (countryOrState(g, a) && SPORTS.has(b.lower))
  );
}

/** Particles that open surnames written without the given name ("Van Dijk", "Ten Hag", "Di Maria"). */
const SURNAME_PARTICLES = new Set(["van", "von", "de", "der", "den", "ten", "ter", "di", "da", "dos"]);

/** Nouns of small settlements and parts of towns: "the hamlet of Ribellasca", "the suburb of Kasarani". */
const SETTLEMENT_NOUNS = ["hamlet", "suburb", "settlement", "neighbourhood", "neighborhood", "locality"];

/** Lower-case nouns of administrative places that follow or govern a name. */
const PLACE_NOUNS = new Set([
  "province",
  "county",
  "district",
  "prefecture",
  "governorate",
  "oblast",
  "region",
  "state",
  "city",
  "town",
  "village",
  "municipality",
  "township",
  "canton",
  "department",
  "panchayat",
  "taluk",
  "tehsil",
  "mandal",
  // Oman's provinces, Bangladesh's sub-districts, France's and Vietnam's communes, Louisiana's and Jamaica's parishes
  "wilayat",
  "upazila",
  "commune",
  "parish",
  "emirate",
  // "the Kankesanthurai harbour", "the Kibera crossing"
  "harbour",
  "harbor",
  "jetty",
  "crossing",
  "junction",
  // "Councillor X of Freswota ward", "the Kilimani ward": a town's or a county's electoral division
  "ward",
  // "the Vigezzo valley", "the Melezzo river", "the border hamlet of Ribellasca", "the suburb of Kasarani"
  "valley",
  "river",
  ...SETTLEMENT_NOUNS,
]);
const CITY_NOUNS = new Set(["city", "town", "village", "municipality", "township", "panchayat", ...SETTLEMENT_NOUNS]);
/**
 * Nouns of land whose name follows "of": "the east coast of Yell", "the island of Unst", "the outskirts of Kigali",
 * "parts of Bathsheba".
 */
const LAND_OF_NOUNS = new Set([
  "coast",
  "island",
  "isle",
  "shores",
  "outskirts",
  "suburbs",
  "streets",
  "parts",
  // "the old quarter of Misfat Al Abriyeen", "the centre of Kumasi"
  "quarter",
  "centre",
  "center",
]);
/** Sites that a name before them places: "the Ukhaa Khudag mine", "the Shiroro dam". */
const SITES_AFTER = new Set(["mine", "mines", "deposit", "oilfield", "gasfield", "coalfield", "dam", "reservoir"]);
/** What stands at a border, after the name of the place it stands at: "the Wajajah border post". */
const BORDER_SITES = new Set(["post", "posts", "crossing", "crossings", "checkpoint", "point", "town"]);
/** What a mine or a field yields, between its name and the site: "the Tavan Tolgoi coal deposit". */
const YIELDS = new Set([
  "coal",
  "gold",
  "copper",
  "iron",
  "diamond",
  "uranium",
  "oil",
  "gas",
  "lithium",
  "nickel",
  "zinc",
  "tin",
  "silver",
  "bauxite",
  "phosphate",
  "salt",
  "emerald",
  "cobalt",
]);

/** The site noun after the name ending before `to`, perhaps after what it yields; lower-case words only. */
function siteNounAfter(ts: readonly Token[], to: number): Token | undefined {
  const a = ts[to];
  if (!a?.word || a.cap) return undefined;
  if (SITES_AFTER.has(a.lower)) return a;
  const b = ts[to + 1];
  // "the Al Wajajah border post", "the Hatta and Al Wajajah border posts"
  if (a.lower === "border" && b?.word && !b.cap && BORDER_SITES.has(b.lower)) return b;
  return YIELDS.has(a.lower) && b?.word && !b.cap && SITES_AFTER.has(b.lower) ? b : undefined;
}

/** Plurals of the place nouns, after names joined by "and": "Barpeta and Nagaon districts". */
const PLACE_NOUNS_PLURAL = new Map<string, "city" | "region">([
  ["provinces", "region"],
  ["counties", "region"],
  ["districts", "region"],
  ["prefectures", "region"],
  ["governorates", "region"],
  ["regions", "region"],
  ["states", "region"],
  ["cities", "city"],
  ["towns", "city"],
  ["villages", "city"],
  ["municipalities", "city"],
  ["townships", "city"],
  ["panchayats", "city"],
  ["taluks", "region"],
  ["tehsils", "region"],
  ["mandals", "region"],
  ["areas", "region"],
  ["wilayats", "region"],
  ["upazilas", "region"],
  ["communes", "city"],
  ["parishes", "region"],
  ["emirates", "region"],
  ["cantons", "region"],
  ["oblasts", "region"],
  ["suburbs", "city"],
  ["boroughs", "city"],
]);
/** A people's adjective or its plural: "American", "Americans", "Kenyans". */
function isPeopleWord(g: Gazetteer, word: string): boolean {
  const one = word.endsWith("s") ? word.slice(0, -1) : word;
  return g.demonyms.has(word) || g.demonyms.has(one) || REGION_DEMONYMS.has(word) || REGION_DEMONYMS.has(one);
}

/**
 * The kind of place of the plural place noun that governs the list the name at `from` is in: "the wilayats of
 * Al Musannah and Al Suwaiq", "the districts of Kasese, Bundibugyo and Ntoroko".
 */
function pluralGoverning(ts: readonly Token[], from: number): "city" | "region" | undefined {
  let k = from - 1;
  while (k > 0 && ((ts[k] as Token).cap || (ts[k] as Token).text === "," || (ts[k] as Token).lower === "and")) k--;
  const of = ts[k];
  const noun = ts[k - 1];
  if (of?.lower !== "of" || !noun?.word || noun.cap) return undefined;
  return PLACE_NOUNS_PLURAL.get(noun.lower);
}

/** Place nouns an appositive may describe a name by: "Mabuo, a farming village north of Beni". */
const APPOSITIVE_TOWN_NOUNS = new Set([...CITY_NOUNS, "hamlet", "suburb", "settlement", "borough"]);
const APPOSITIVE_PLACE_NOUNS = new Set([
  ...PLACE_NOUNS,
  ...APPOSITIVE_TOWN_NOUNS,
  "island",
  // "Bondi, the city's most popular beach", "Kelly Cove, a sheltered bay"
  "beach",
  "bay",
  "cove",
  "lake",
  "river",
  "harbour",
  "harbor",
  "resort",
  "peninsula",
  "valley",
  "neighbourhood",
  "neighborhood",
]);
/** Words that may follow the noun of such an appositive; any other word makes the noun a modifier ("a village elder"). */
const AFTER_APPOSITIVE_NOUN = new Set([
  "of",
  "in",
  "on",
  "near",
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "some",
  "about",
  "around",
  "roughly",
  "just",
  "that",
  "which",
  "where",
  "with",
  "outside",
  "close",
  "along",
  "home",
  "and",
]);

const APPOSITIVE_BREAKS = new Set(["for", "of", "at", "from", "to", "with", "in", "on", "by", "the", "who", "and"]);

/**
 * Whether the name ending before `to` is described as a place by the appositive after it: "Mabuo, a farming
 * village some 30 kilometres north of Beni", "Pulaski, a town of 3,500". Not "Khan, a village elder".
 */
function describedAsPlace(g: Gazetteer, ts: readonly Token[], to: number): "city" | "region" | null {
  const article = ts[to + 1]?.lower;
  if (ts[to]?.text !== "," || (article !== "a" && article !== "an" && article !== "the")) return null;
  for (let k = to + 2; k < to + 6; k++) {
    const t = ts[k];
    // "Bondi, the city's most popular beach": the owner of the noun is no head
    if (article === "the" && t?.possessive) continue;
    // "a spokeswoman for the city": the head is what the person does
    if (!t?.word || t.cap || APPOSITIVE_BREAKS.has(t.lower) || g.occupations.has(t.lower)) return null;
    if (!APPOSITIVE_PLACE_NOUNS.has(t.lower)) continue;
    const next = ts[k + 1];
    if (next?.word && !AFTER_APPOSITIVE_NOUN.has(next.lower)) return null;
    return APPOSITIVE_TOWN_NOUNS.has(t.lower) ? "city" : "region";
  }
  return null;
}

/** Who speaks for someone: "a spokesman for X". */
const SPOKES_NOUNS = new Set(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"]);

/** People named by the place they work at: "analysts at Jefferies", "a researcher at Lumen Labs". */
const EMPLOYEES = new Set(
  [
    "analyst",
    "economist",
    "strategist",
    "researcher",
    "scientist",
    "professor",
    "lecturer",
    "executive",
    "employee",
    "engineer",
    "trader",
    "banker",
    "partner",
    "fellow",
  ].flatMap((w) => [w, `${w}s`]),
);

/** Prepositions after which a lone unknown name is a place: "camps in Hojai", "a bridge near Nimatighat". */
const LOCATIVES = new Set(["in", "near", "outside", "nearby"]);
/** Nouns of things that stand somewhere: "a plant in Georgetown", "the Storm Prediction Center in Norman". */
const SITE_NOUNS = new Set([
  "headquarters",
  "office",
  "offices",
  "plant",
  "factory",
  "base",
  "hospital",
  "court",
  "school",
  "airport",
  "station",
  "hotel",
  "prison",
  "camp",
  "port",
  "embassy",
  "consulate",
  "campus",
  "warehouse",
  "mine",
  "post",
  "checkpoint",
  "depot",
  "barracks",
  "clinic",
  "jetty",
  "dam",
  "refinery",
  "quarry",
]);

/** Whether the name at `from` follows "in" after a site: "the plant in Norman", "the Prediction Center in Norman". */
function locatedIn(g: Gazetteer, ts: readonly Token[], from: number): boolean {
  const p1 = tokenAt(ts, from - 1);
  const p2 = tokenAt(ts, from - 2);
  if (!p2) return false;
  if (p1?.lower === "in") return p2.cap ? g.orgHeads.has(p2.text) : SITE_NOUNS.has(p2.lower);
  // "a police post at Todach", "the treatment plant at Daboase": a site at a name ("analysts at Jefferies" work
  // for a firm)
  return p1?.lower === "at" && !p2.cap && SITE_NOUNS.has(p2.lower);
}

/**
 * "area" after a name that it makes a place's: "the Al Hamra area", "Sharjah's Al Nahda area who", not "the Banff
 * and Buchan area committee" (a body or an office of the area).
 */
function areaAfter(ts: readonly Token[], to: number): Token | undefined {
  const a = ts[to];
  if (a?.lower !== "area" || a.cap) return undefined;
  return AREA_BODIES.has(ts[to + 1]?.lower ?? "") ? undefined : a;
}

/** Nouns that make "area" before them a modifier: "area committee", "area manager", "area code". */
const AREA_BODIES = new Set([
  "committee",
  "committees",
  "council",
  "councils",
  "board",
  "boards",
  "manager",
  "managers",
  "commander",
  "commanders",
  "command",
  "director",
  "directors",
  "coordinator",
  "chief",
  "office",
  "offices",
  "code",
  "codes",
  "team",
  "teams",
  "network",
  "forum",
  "partnership",
  "representative",
  "representatives",
  "meeting",
  "plan",
]);

/** Whether the name at `from` stands after a place preposition, or after "and" and a name that does: "in Deira and X". */
function placeContext(ts: readonly Token[], from: number): boolean {
  const p1 = tokenAt(ts, from - 1);
  if (p1 && LOCATIVES.has(p1.lower)) return true;
  const p3 = tokenAt(ts, from - 3);
  return p1?.lower === "and" && tokenAt(ts, from - 2)?.cap === true && p3 !== undefined && LOCATIVES.has(p3.lower);
}

/**
 * Whether the name at `from` (up to `to`) and a known place are the ends of a stretch: "between Laramie and
 * Rawlins", "between Rawlins and Laramie", even when the name is also a given name.
 */
function betweenPlaces(g: Gazetteer, ts: readonly Token[], from: number, to: number): boolean {
  const known = (k: number) => {
    const t = ts[k];
    return t?.cap === true && (matchKnown(g, ts, k, ts.length)?.[0].kind === "place" || g.towns.has(t.text));
  };
  if (tokenAt(ts, from - 1)?.lower === "between") return ts[to]?.lower === "and" && known(to + 1);
  // ("between Indonesia and Republic of the Congo": a name that goes on past "of" is not whole)
  return (
    tokenAt(ts, from - 1)?.lower === "and" &&
    tokenAt(ts, from - 3)?.lower === "between" &&
    ts[to]?.lower !== "of" &&
    known(from - 2)
  );
}

/** Whether the name at `from` is joined by "and" to a known place after "in" or "near": "in Tulsa and Pawhuska". */
function andPlace(g: Gazetteer, ts: readonly Token[], from: number): boolean {
  const p1 = tokenAt(ts, from - 1);
  const p2 = tokenAt(ts, from - 2);
  const p3 = tokenAt(ts, from - 3);
  if ((p1?.lower !== "and" && p1?.lower !== "or") || !p2?.cap || !p3) return false;
  return factsOf(g, p2).entry?.kind === "place" && LOCATIVES.has(p3.lower);
}

/** Whether token `k` is "Al" or "El" before another word of the name ending at `to`: "Al Batinah", "El Bayadh". */
function arabicArticle(ts: readonly Token[], k: number, to: number): boolean {
  const t = ts[k] as Token;
  return (t.text === "Al" || t.text === "El") && k + 1 < to;
}

/** A direction on the compass, in one word or hyphened: "north", "north-east", "southwest", "east-northeast". */
const DIRECTION = /^(?:(?:north|south|east|west)-?)?(?:(?:north|south)-?(?:east|west)?|east|west)$/;

/** Heads of place names that are also surnames, which make a place only after an ordinary word. */
const SURNAME_PLACE_HEADS = new Set(["Hill", "Cliff", "Cliffs", "Ridge", "Pike", "Field"]);

/** Words of direction that open place names: "West Flanders", "North Kivu". */
const COMPASS = new Set([
  "north",
  "south",
  "east",
  "west",
  "upper",
  "lower",
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
]);

/** Capitalised plurals of regions' nouns, closing a second name after "and": "South West Regions". */
const PLURAL_REGIONS = new Set(["Regions", "Provinces", "Districts", "Counties", "Governorates", "Territories"]);

/** Whether "the" and a title (of up to three words) and a comma stand right before token `from`: "The MP, X". */
function titleBeforeComma(g: Gazetteer, ts: readonly Token[], from: number): boolean {
  if (tokenAt(ts, from - 1)?.text !== ",") return false;
  for (let s = from - 2; s >= Math.max(1, from - 4); s--)
    if (tokenAt(ts, s - 1)?.lower === "the" && matchTitle(g, ts, s, from - 1) === from - 1) return true;
  return false;
}

/** Languages whose names are no people's adjective in the gazetteer: "in Tamil", "in Swahili". */
const LANGUAGES = new Set(
  (
    "English Tamil Sinhala Sinhalese Swahili Kiswahili Hindi Urdu Bengali Bangla Punjabi Gujarati Marathi Telugu " +
    "Kannada Malayalam Nepali Mandarin Cantonese Tagalog Filipino Amharic Tigrinya Hausa Yoruba Igbo Zulu Xhosa " +
    "Afrikaans Farsi Persian Dari Pashto Kurdish Hebrew Arabic Latin Esperanto Catalan Basque Galician Welsh Gaelic " +
    "Irish Maori Samoan Tongan Fijian Malay Bahasa Khmer Lao Burmese Tibetan Uyghur Kazakh Uzbek Kyrgyz Tajik Turkmen"
  ).split(" "),
);

/** Nouns after which "in" names a person: "confidence in Mark Carney", "a stake in Elon Musk's firm". */
const TRUST_NOUNS = new Set(["interest", "confidence", "faith", "trust", "belief", "role", "part", "stake", "hope"]);

/** People named by where they live: "a Sandy man", "an Alta resident". */
const RESIDENT_NOUNS = new Set([
  "man",
  "woman",
  "boy",
  "girl",
  "teenager",
  "teen",
  "couple",
  "family",
  "resident",
  "native",
  "mother",
  "father",
  "pensioner",
  "grandmother",
  "grandfather",
  "toddler",
]);

/** Occupations of the country and the street that a town's name goes before: "a Clinton sheep farmer". */
const RURAL_OCCUPATIONS = new Set(
  "farmer farmers grower growers veterinarian vet fisherman fishermen rancher shepherd crofter publican shopkeeper".split(
    " ",
  ),
);

const PLURAL_TRADES = new Set(["farmers", "growers", "fishermen"]);

/** People said to come from a place: "a 39-year-old man from Cheruvannur", "a farmer from Maruthonkara". */
const FROM_PEOPLE: ReadonlySet<string> = new Set([
  // "she came from Paynesville on Sunday", "families who fled from Kibati": a journey's start
  "came",
  "travelled",
  "traveled",
  "fled",
  "drove",
  "walked",
  "returned",
  ...RESIDENT_NOUNS,
  ...RURAL_OCCUPATIONS,
  "child",
  "children",
  // "Firefighters from Bradner, Luckey and Stony Ridge" (volunteers and crews come from bodies as often)
  "firefighters",
  "families",
  "households",
  "residents",
  "worker",
  "workers",
  "student",
  "students",
  "teacher",
  "villager",
  "villagers",
  "people",
  "trader",
  "traders",
  "vendor",
  "vendors",
  // "a tourist from Gurugram", "pilgrims from Kerala"
  "tourist",
  "tourists",
  "visitor",
  "visitors",
  "pilgrim",
  "pilgrims",
  "migrant",
  "migrants",
  "passenger",
  "passengers",
  // "a youth leader from Muglad", "herders from Todach", "survivors from Kalehe"
  "leader",
  "leaders",
  "elder",
  "elders",
  "youths",
  "herder",
  "herders",
  "survivor",
  "survivors",
]);

/**
 * Whether the name at `from`..`to` is an end of a journey: "commutes from Kicukiro to Kacyiru" (neither word a given
 * name).
 */
function routeEnd(g: Gazetteer, ts: readonly Token[], from: number, to: number): boolean {
  const p1 = tokenAt(ts, from - 1);
  const next = ts[to];
  const other =
    p1?.lower === "from" && next?.lower === "to" ? ts[to + 1] : p1?.lower === "to" ? tokenAt(ts, from - 2) : undefined;
  // ("from Al Hamra to Jebel Shams": an Arabic article before a word is no given name)
  if (!other?.cap || other.caps || factsOf(g, other).given) return false;
  if (factsOf(g, ts[from] as Token).given && !arabicArticle(ts, from, to)) return false;
  if (p1?.lower === "to") return tokenAt(ts, from - 3)?.lower === "from";
  return true;
}

/**
 * Whether a lower-case rural occupation, perhaps after one word that narrows it, follows `to`: "Clinton sheep
 * farmer". Opening a sentence (`opening`), only one person of the trade will do: "Salt farmers", "Dairy farmers"
 * farm what the capitalised word says.
 */
function ruralOccupationAfter(g: Gazetteer, ts: readonly Token[], to: number, opening: boolean): boolean {
  const a = ts[to];
  if (!a?.word || a.cap) return false;
  const trade = RURAL_OCCUPATIONS.has(a.lower) ? a : ts[to + 1];
  if (trade !== a && (!trade?.word || trade.cap || !RURAL_OCCUPATIONS.has(trade.lower) || g.occupations.has(a.lower)))
    return false;
  return !opening || !PLURAL_TRADES.has(trade?.lower ?? "");
}

/** "Reporting from Deir el-Balah": where a correspondent files from. */
const REPORTING = new Set(["reporting", "writing", "speaking", "broadcasting"]);

/**
 * Whether the name at `from`..`to` says where someone lives: "A Sandy man was hurt", "an Alta resident". A given
 * name is no one's there: no one is "a John man".
 */
function residentOf(ts: readonly Token[], from: number, to: number): boolean {
  const p1 = tokenAt(ts, from - 1);
  const next = ts[to];
  return (
    (p1?.lower === "a" || p1?.lower === "an") &&
    next !== undefined &&
    next.word &&
    !next.cap &&
    RESIDENT_NOUNS.has(next.lower)
  );
}

/** Nouns of living somewhere that stand between a place and a person's name: "West Dawson resident Arlo Shaw". */
const RESIDENT_TITLES = new Set(["resident", "residents", "native", "homeowner", "landowner", "villager"]);

/** Whether a resident's noun and a capitalised name follow the name ending at `to`: "West Dawson resident Arlo". */
function residentBeforeName(ts: readonly Token[], to: number): boolean {
  const noun = ts[to];
  const name = ts[to + 1];
  return !!noun?.word && !noun.cap && RESIDENT_TITLES.has(noun.lower) && !!name?.word && name.cap && !name.caps;
}

/**
 * Whether the name at `from` is said to be where someone comes from: "a 39-year-old man from Cheruvannur", "a
 * fish trader from Lutoboka", and after an age in apposition, "Ana Tuilau, 52, from Sabeto,".
 */
function fromPlace(ts: readonly Token[], from: number): boolean {
  const p1 = tokenAt(ts, from - 1);
  const p2 = tokenAt(ts, from - 2);
  if ((p1?.lower !== "from" && p1?.lower !== "of") || p2 === undefined) return false;
  // "Forty residents of Cheung Chau", "the islanders of Unst"
  if (p1.lower === "of" && INHABITANTS.has(p2.lower)) return true;
  if (p1.lower === "from" && (FROM_PEOPLE.has(p2.lower) || /-year-old$/.test(p2.lower) || REPORTING.has(p2.lower)))
    return true;
  // "a father of three from Bab al-Tabbaneh", "a mother of two from Kisii"
  if (
    p1.lower === "from" &&
    (/^\d{1,2}$/.test(p2.text) || SMALL_NUMBERS.has(p2.lower)) &&
    tokenAt(ts, from - 3)?.lower === "of" &&
    PARENTS.has(tokenAt(ts, from - 4)?.lower ?? "")
  )
    return true;
  // a name alone before ", from" may be a body's ("Jane Doe, from Oxfam,"): an age says it is a person's home,
  // after "from" or "of" ("Rondell Best, 27, of Bartica")
  const p3 = tokenAt(ts, from - 3);
  return p2.text === "," && p3 !== undefined && /^\d{1,3}$/.test(p3.text) && tokenAt(ts, from - 4)?.text === ",";
}

const SMALL_NUMBERS = new Set("one two three four five six seven eight nine ten eleven twelve".split(" "));
const PARENTS = new Set(["father", "mother", "grandfather", "grandmother"]);

/** Verbs and nouns of a journey before "to" and the place it ends at: "flew to X", "a trip to X". */
const JOURNEY_TO = new Set(
  (
    "travelled traveled travelling traveling travel travels flew fly flies flying went go goes going headed heading " +
    "returned returning return returns moved sailed drove walked trekked marched journeyed evacuated relocated " +
    "airlifted ferried rushed trip trips journey visit visits flight flights voyage route road ferry"
  ).split(" "),
);

/** Words before "for" and the place a journey heads to: "a ferry bound for X", "left for X". */
const LEAVES_FOR = new Set(
  "bound headed heading left leaves leaving departed departing sailed sailing set sets setting".split(" "),
);

/** Verbs whose object is a place reached: "visited X", "toured X", "reached X". */
const VISITS = new Set(["visited", "visiting", "toured", "touring", "reached", "reaching"]);

/**
 * Whether the name at `from` is where a journey ends: "flew to X", "a visit to X", "the minister visited X", or
 * one of a list of such places ("visited Oni, Ambrolauri and X").
 */
function destination(ts: readonly Token[], from: number): boolean {
  const ends = (k: number) => {
    const p1 = tokenAt(ts, k - 1);
    if (p1 === undefined || !p1.word || p1.cap) return false;
    if (VISITS.has(p1.lower)) return true;
    const p2 = tokenAt(ts, k - 2);
    if (p2?.word !== true || p2.cap) return false;
    return (p1.lower === "to" && JOURNEY_TO.has(p2.lower)) || (p1.lower === "for" && LEAVES_FOR.has(p2.lower));
  };
  if (ends(from)) return true;
  let k = from - 1;
  const link = tokenAt(ts, k);
  if (link?.text !== "," && link?.lower !== "and" && link?.lower !== "or") return false;
  for (; k > 0 && k > from - 12; k--) {
    const t = ts[k - 1] as Token;
    if (t.cap && t.word && !t.possessive) {
      if (ends(k - 1)) return true;
    } else if (t.text !== ",") return false;
  }
  return false;
}

/**
 * Whether the capitals at `from` in brackets are the initials of the title just before them: "District Chief
 * Executive (DCE)".
 */
function titleInitials(g: Gazetteer, ts: readonly Token[], from: number, to: number): boolean {
  const letters = (ts[from] as Token).text;
  if (ts[from - 1]?.text !== "(" || ts[to]?.text !== ")" || letters.length < 2 || letters.length > 5) return false;
  const start = from - 1 - letters.length;
  if (start < 0) return false;
  for (let k = 0; k < letters.length; k++) if ((ts[start + k] as Token).text[0] !== letters[k]) return false;
  return matchTitle(g, ts, start, from - 1) === from - 1;
}

/** Two or three initials, each with its stop: "S.P.", "J.R.R.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** A name after the initial of the father's name: "G.Bat-Erdene", "Ts.Ganzorig", "D.Oyunchimeg". */
const INITIAL_NAME =
  /^(?!(?:St|Mt|Ft|Dr|Mr|Ms|Sr|Jr|Pt|No|Co|Gov|Sen|Rep)\.)\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;

/** Words that go on from a place and its region to when or how something happened: "near X, Y, on Sunday". */
const WHEN_AFTER = new Set([
  "on",
  "in",
  "at",
  "late",
  "early",
  "last",
  "this",
  "yesterday",
  "today",
  "overnight",
  "after",
  "before",
  "during",
  "when",
  "where",
]);

/**
 * Whether the name at `from`..`to` after "at" is located by what follows it: another place after "on" or "in"
 * ("at Chek Jawa on Pulau Ubin"), or ", near" or ", on the outskirts of" ("exploded at Gegu, near Lokoja").
 */
function atPlaceNear(g: Gazetteer, ts: readonly Token[], from: number, to: number): boolean {
  if (tokenAt(ts, from - 1)?.lower !== "at") return false;
  const next = ts[to];
  const where = ts[to + 1];
  // ("at Anfield on Saturday": a day is no place)
  if ((next?.lower === "on" || next?.lower === "in") && where?.cap && !where.caps && !factsOf(g, where).nonName)
    return true;
  const after = ts[to + 1]?.lower;
  return next?.text === "," && (after === "near" || (after === "on" && ts[to + 3]?.lower === "outskirts"));
}

/** People of a place: "residents of Cheung Chau". */
const INHABITANTS = new Set(["residents", "inhabitants", "villagers", "islanders", "natives", "people", "citizens"]);

/** Verbs of living somewhere: "who lives at Gutcher", "a man living in Mosgiel". */
const LIVES = new Set(["lives", "live", "lived", "living", "resides", "reside", "resided", "settled"]);

/** Whether the name at `from` is where someone lives: "who lives at Gutcher". */
function livesAt(ts: readonly Token[], from: number): boolean {
  const p1 = tokenAt(ts, from - 1);
  return (p1?.lower === "at" || p1?.lower === "in") && LIVES.has(tokenAt(ts, from - 2)?.lower ?? "");
}

/**
 * Whether the name at `from` (up to `to`) follows a place named after "in", "near" or "outside" and a comma, and
 * a full stop, or a comma and when it happened, close it: the island, region or state the place is in ("near
 * Fresh Creek, Andros, on Sunday"). The place before is one the gazetteer knows or one a place's head word ends ("Creek", "Bay").
 */
function regionAfterPlace(g: Gazetteer, ts: readonly Token[], from: number, to: number): boolean {
  const after = ts[to]?.text;
  // ("In Kabul, Karzai, speaking to reporters, said": a person between commas goes on with a clause of their own)
  const closes = after === "." || (after === "," && WHEN_AFTER.has(ts[to + 1]?.lower ?? ""));
  // ("in Springfield, Ill., on Monday": a state's abbreviation is none)
  if (tokenAt(ts, from - 1)?.text !== "," || !closes || (ts[to - 1] as Token).text.endsWith(".")) return false;
  let k = from - 2;
  const end = k;
  while (k >= 0 && end - k < 4 && (ts[k] as Token).word && (ts[k] as Token).cap) k--;
  if (k === end || !LOCATIVES.has(tokenAt(ts, k)?.lower ?? "")) return false;
  const last = ts[end] as Token;
  return g.placeHeads.has(last.text) || (k + 1 === end && factsOf(g, last).entry?.kind === "place");
}

/**
 * Whether the name at `from` is in a list that a plural place noun introduces: "nine panchayats, including
 * Maruthonkara, Ayanchery and Villiappally", "districts bordering Kerala, including Mysuru".
 */
function inPlaceList(ts: readonly Token[], from: number): boolean {
  let k = from - 1;
  // back over the names, commas and "and" of the list to its opening word
  while (k >= 0 && ((ts[k] as Token).cap || (ts[k] as Token).text === "," || (ts[k] as Token).lower === "and")) k--;
  const opener = ts[k];
  // "Residents of Seil, Easdale and Luing": a list of the places its people live in
  if (opener?.lower === "of" && k < from - 1 && INHABITANTS.has(ts[k - 1]?.lower ?? "")) return true;
  // "Firefighters from Bradner, Luckey, and Stony Ridge": a list of the places they came from
  if (opener?.lower === "from" && FROM_PEOPLE.has(ts[k - 1]?.lower ?? "")) return true;
  // "in Faza, Kizingitini, Mbwajumwali and Tchundwa", "to neighbouring Kandoodhoo and Vilufushi", "vineyards
  // around Satov, Hnanice and Havraniky": a list closed by "and" after a place preposition
  // ("After talks in Geneva, Okonjo and Mbeki agreed": people who act after the list)
  if (opener && LIST_OPENERS.has(opener.lower)) {
    let e = from;
    while (e < ts.length && ((ts[e] as Token).cap || (ts[e] as Token).text === "," || (ts[e] as Token).lower === "and"))
      e++;
    const next = ts[e]?.lower ?? "";
    // (a comma after the first name and a verb of people after the last: a clause opening after a place)
    let first = k + 1;
    while (first < e && (ts[first] as Token).cap) first++;
    const clause = ts[first]?.text === "," && (SAYS.has(next) || AGENT_WORDS.has(next));
    // ("... and Republic of the Congo": a name that goes on past "of" is not whole)
    if (someIn(ts, k + 1, e - 1, (t) => t.lower === "and") && !clause && next !== "of") return true;
  }
  if (!opener || (opener.lower !== "including" && !(opener.lower === "as" && ts[k - 1]?.lower === "such")))
    return false;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (PLACE_NOUNS_PLURAL.has((ts[j] as Token).lower)) return true;
  return false;
}

/**
 * Whether the word at `from` is one of a list of three words or more, set apart by commas and closed by "and",
 * that a known place is among and no given name: "Carndonagh, Clonmany, Buncrana and Burnfoot".
 */
function listWithPlace(g: Gazetteer, ts: readonly Token[], from: number): boolean {
  let k = from;
  while (k >= 2 && (ts[k - 1] as Token).text === "," && (ts[k - 2] as Token).cap) k -= 2;
  let e = from;
  let closed = false;
  for (;;) {
    const sep = ts[e + 1];
    if (sep?.text === "," && ts[e + 2]?.cap) e += 2;
    else if (!closed && (sep?.lower === "and" || (sep?.text === "," && ts[e + 2]?.lower === "and"))) {
      const last = sep.lower === "and" ? e + 2 : e + 3;
      if (!ts[last]?.cap) break;
      e = last;
      closed = true;
    } else break;
    if (closed) break;
  }
  if (!closed || (e - k) / 2 < 2) return false;
  // (the known place after a word no list knows: "After talks in Geneva, Okonjo and Mbeki agreed" opens with the
  // place and goes on with people)
  let known = false;
  let unknown = false;
  for (let i = k; i <= e; i++) {
    const t = ts[i] as Token;
    if (!t.word || t.lower === "and") continue;
    if (!t.cap || t.possessive || (ts[i + 1]?.cap && ts[i + 1]?.word)) return false;
    const f = factsOf(g, t);
    if (f.entry?.kind === "place") known ||= unknown;
    else if (f.entry !== undefined || f.given || f.common) return false;
    else unknown = true;
  }
  return known;
}

/** Spanish articles that open places' names: "La Graciosa", "Las Palmas", "Los Gigantes". */
const ARTICLE_OPENERS = new Set(["La", "Las", "Los"]);

/** A word made of an English prefix, a hyphen and a word in small letters: "Ex-banker", "Co-founder". */
const PREFIXED_WORD = /^(?:Ex|Co|Anti|Pro|Non|Self|Vice|Post|Pre|Semi|Multi|Cross|Mid|Well|Over|Under|Re)-\p{Ll}+$/u;

/** Head words that open bodies' names in Spanish, Portuguese, French, Italian and German. */
const FOREIGN_BODY_HEADS = new Set(
  (
    "Cabildo Ayuntamiento Consejo Junta Ministerio Ministério Ministère Ministero Secretaría Secretaria Instituto " +
    "Institut Istituto Servicio Serviço Servizio Fundación Fundação Fondation Fondazione Asociación Associação " +
    "Comisión Comissão Commissione Dirección Direção Direzione Gobierno Governo Gouvernement Prefeitura Câmara " +
    "Mairie Préfecture Comune Regione Diputación Generalitat Policía Polícia Ejército Banco Universidad " +
    "Universidade Università Université Tribunal Tribunale Corte Juzgado Partido Sindicato Confederación Federación " +
    "Compañía Companhia Empresa Grupo Corporación Líneas Naviera Transportes Agencia Agência Agenzia Autoridad Conselho " +
    "Defensoría Defensoria Fiscalía Procuraduría Contraloría Registraduría Superintendencia Asamblea Congreso Senado " +
    "Minera Mineradora Mineração Radio Rádio Televisión Televisão Coordinadora Coordenação Movimiento Movimento " +
    "Sociedad Sociedade Cooperativa Consorcio Constructora Construtora Distribuidora Petróleos Aerolíneas Ferrocarriles " +
    "Cámara Colegio Caja Bolsa Fuerzas Guardia Gendarmería Prefectura Frente Alianza Unión União " +
    "Banque Caisse Société Compagnie Conseil Cour Assemblée Parti Mouvement Rassemblement Agence Syndicat " +
    "Fédération Confédération " +
    // sports clubs named the French, Spanish and Portuguese way: "Stade Renard", "Deportivo Saprissa",
    // "Olympique Lyonnais"
    "Stade Olympique Deportivo Deportiva Atlético " +
    // German: "Deutsche Wohnen", "Deutsche Bahn", "Bundesamt für Statistik", "Verband der Automobilindustrie"
    "Deutsche Deutscher Deutsches Bundesamt Bundesanstalt Verband Verein Stiftung Gesellschaft " +
    // Filipino, Malay and Indonesian: "Bangko Sentral ng Pilipinas", "Kementerian Kesihatan", "Badan SAR Nasional"
    "Bangko Sangguniang Kagawaran Komisyon Kementerian Badan Dinas Jabatan Lembaga Majlis Dewan"
  ).split(" "),
);

/** Whether the word opens a body's name in another language: "Ministerio de Salud", "Bangko Sentral". */
export function opensForeignBody(word: string): boolean {
  return FOREIGN_BODY_HEADS.has(word);
}

/** Words before a list of places: "in Faza, Pate and Siyu", "to neighbouring Kandoodhoo and Vilufushi". */
const LIST_OPENERS = new Set(["in", "near", "around", "neighbouring", "neighboring", "nearby"]);

/** Prepositions after which a name before ", <state or country>" is a town: "in Augusta, Georgia". */
const TOWN_BEFORE = new Set(["in", "near", "outside", "from", "at", "of"]);

/** Whether a known country or first-level division (one or two words) starts at `k`: "Georgia", "New Mexico". */
function stateAt(g: Gazetteer, ts: readonly Token[], k: number): boolean {
  const a = ts[k];
  if (!a?.cap) return false;
  // "North Platte, Neb.", "Trenton, Ont.", "Albany, N.Y.": a state's or province's abbreviation with its stop
  const dotted = a.text.endsWith(".") || (ts[k + 1]?.text === "." && ts[k + 1]?.start === a.end);
  if (dotted && (STATE_ABBREVIATIONS.has(a.text.replace(/\./g, "").toLowerCase()) || DOTTED_STATES.test(a.text)))
    return true;
  const b = ts[k + 1];
  const e = (b?.cap ? g.names.get(`${a.text} ${b.text}`) : undefined) ?? factsOf(g, a).entry;
  return e !== undefined && e.kind === "place" && (e.subtype === "country" || e.subtype === "region");
}

/** Whether a known town or city, a whole name, starts at token `k`: "Stockport", "Cape Town". */
function townAt(g: Gazetteer, ts: readonly Token[], k: number): boolean {
  const a = ts[k];
  if (!a?.cap || a.caps) return false;
  const b = ts[k + 1];
  const two = b?.cap ? g.names.get(`${a.text} ${b.text}`) : undefined;
  const e = two ?? factsOf(g, a).entry;
  const end = two ? k + 2 : k + 1;
  return e?.kind === "place" && e.subtype === "city" && !ts[end]?.cap && !factsOf(g, a).given;
}

/** Nouns of kinds of bodies that name the body right after them: "the farm lobby Copa-Cogeca". */
const BODY_NOUNS = new Set([
  "lobby",
  "union",
  "consortium",
  "startup",
  "airline",
  "carrier",
  "insurer",
  "lender",
  "carmaker",
  "automaker",
  "chipmaker",
  "retailer",
  "watchdog",
  "regulator",
  "militia",
  "conglomerate",
  // "consultancy Vértice Energía", "utility Isagen", "smelters Alcasa and Venalum", "steelmaker Sidor"
  "consultancy",
  "utility",
  "smelter",
  "smelters",
  "steelmaker",
  "refiner",
  "manufacturer",
  "exporter",
  "party",
  // "its subsidiary Aguas de Bogotá", "the supermarket chain Lotte Super"
  "subsidiary",
  "affiliate",
  "chain",
]);

/** Whether "a" or "an", up to two words and a kind of body (GROUP_NOUNS, BODY_NOUNS) end just before token `k`. */
function kindOfBodyBefore(ts: readonly Token[], k: number): boolean {
  const noun = tokenAt(ts, k - 1);
  if (!noun?.word || noun.cap || !(GROUP_NOUNS.has(noun.lower) || BODY_NOUNS.has(noun.lower))) return false;
  for (let j = k - 2; j >= k - 4 && j >= 0; j--) {
    const t = ts[j] as Token;
    if (t.lower === "a" || t.lower === "an") return true;
    if (!t.word) return false;
  }
  return false;
}

/** What a firm owns, after its name's possessive: "Saucon Forge's president", "Halvorsen Marine's shareholders". */
const FIRM_OWNS = new Set([
  "president",
  "chairman",
  "chairwoman",
  "ceo",
  "shareholders",
  "headquarters",
  "plant",
  "factory",
  "mill",
  "workforce",
  "employees",
  "subsidiary",
]);

/** Nouns after a name that say it is a body's: "the Qalb Tounes party", "Khmer Rouge guerrillas". */
const BODY_NOUNS_AFTER = new Set(["party", "movement", "militia", "guerrillas", "faction"]);

const MEDIA_NOUNS = new Set(["newspaper", "daily", "tabloid", "broadcaster", "magazine", "weekly", "paper"]);

/** Whether a media noun stands just before token `i`: "the Turkish newspaper Sabah". */
export function afterMediaNoun(ts: readonly Token[], i: number): boolean {
  const p = ts[i - 1];
  return p !== undefined && i > 0 && MEDIA_NOUNS.has(p.lower);
}
const GROUP_NOUNS = new Set([
  "group",
  "groups",
  "organization",
  "organisation",
  "movement",
  "collective",
  "network",
  "coalition",
  "company",
  "firm",
  "charity",
]);

/** ", 52,": an age between commas after a name, or in brackets. */
function ageAfter(ts: readonly Token[], from: number, to: number): boolean {
  const open = ts[to]?.text;
  const close = ts[to + 2]?.text;
  if (!/^\d{1,3}$/.test(ts[to + 1]?.text ?? "")) return false;
  if (open === "," && close === ",") return true;
  // "his son Manjunath (12) and Gowramma (60)", as South Asian papers write ages; not "sales at Infosys (12)"
  return open === "(" && close === ")" && !PREPOSITIONS_BEFORE_BODY.has(tokenAt(ts, from - 1)?.lower ?? "");
}

/** ", a 19-year-old student": an age in apposition after a name. */
function agedAfter(ts: readonly Token[], to: number): boolean {
  return (
    ts[to]?.text === "," &&
    /^(?:a|an)$/.test(ts[to + 1]?.lower ?? "") &&
    /^\d{1,3}-year-old$/.test(ts[to + 2]?.lower ?? "")
  );
}

/** '"...," said Hanan, a teacher who ...': a name alone after a verb of saying, with an occupation in apposition. */
function workAfterSaid(g: Gazetteer, ts: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !SAYS.has(tokenAt(ts, from - 1)?.lower ?? "") || ts[to]?.text !== ",") return false;
  if (!/^(?:a|an)$/.test(ts[to + 1]?.lower ?? "")) return false;
  const noun = ts[to + 2]?.lower ?? "";
  const after = ts[to + 3]?.lower ?? "";
  return g.occupations.has(noun) || (!ts[to + 2]?.cap && g.occupations.has(after));
}

/** "who gave only her first name, Vera", "identified only as Ko Zaw": the name someone gives. */
function nameGivenBefore(ts: readonly Token[], from: number): boolean {
  const p1 = tokenAt(ts, from - 1)?.lower;
  if (p1 !== "," && p1 !== "as") return false;
  const p2 = tokenAt(ts, from - 2)?.lower ?? "";
  const p3 = tokenAt(ts, from - 3)?.lower ?? "";
  return p2 === "name" || (p1 === "as" && (p2 === "identified" || (p2 === "only" && p3 === "identified")));
}

/** Words before a name that make a number in brackets after it a count of the body's or place's, not an age. */
const PREPOSITIONS_BEFORE_BODY = new Set(["at", "in", "of", "from", "for", "by", "with", "to", "on"]);

/** Nouns of kin and partners before a name in apposition: "his wife, Dina,". */
const RELATIVES = new Set([
  "wife",
  "husband",
  "son",
  "daughter",
  "mother",
  "father",
  "brother",
  "sister",
  "widow",
  "widower",
  "partner",
  "fiancee",
  "fiancé",
  "fiancée",
  "grandmother",
  "grandfather",
  "niece",
  "nephew",
  "cousin",
]);

/**
 * "his wife, Dina,": a relative's name between commas; "Shaqqura's wife Samah,", "her son Omar said": an owner's
 * relative named right after the noun; "Fatma, the mother of one of the young men,": a name with its kinship after it.
 */
function relativeBefore(ts: readonly Token[], from: number, to: number): boolean {
  if (tokenAt(ts, from - 1)?.text === "," && RELATIVES.has(tokenAt(ts, from - 2)?.lower ?? "") && ts[to]?.text === ",")
    return true;
  const noun = tokenAt(ts, from - 1);
  const owner = tokenAt(ts, from - 2);
  if (noun && RELATIVES.has(noun.lower) && (owner?.possessive || OWNERS.has(owner?.lower ?? ""))) return true;
  return (
    ts[to]?.text === "," &&
    ts[to + 1]?.lower === "the" &&
    RELATIVES.has(ts[to + 2]?.lower ?? "") &&
    ts[to + 3]?.lower === "of"
  );
}

/** Possessive pronouns before a relative's noun: "her son", "their daughter". */
const OWNERS = new Set(["his", "her", "their", "my", "our", "whose"]);

/** Whether `test` holds for a token from `from` up to `to` (its index counted from `from`); no list is copied. */
function someIn(ts: readonly Token[], from: number, to: number, test: (t: Token, k: number) => boolean): boolean {
  for (let i = from; i < Math.min(to, ts.length); i++) if (test(ts[i] as Token, i - from)) return true;
  return false;
}

/** Whether `test` holds for every token from `from` up to `to`. */
const everyIn = (ts: readonly Token[], from: number, to: number, test: (t: Token, k: number) => boolean) =>
  !someIn(ts, from, to, (t, k) => !test(t, k));

/** A word without its full stops: "PM" of "P.M."; most words have none, and are returned as they are. */
const withoutStops = (word: string) => (word.includes(".") ? word.replace(/\./g, "") : word);

/** What `classifyUnknown` makes of an unknown name: the fields of a candidate it may set. */
export type Classification = Partial<Pick<Candidate, "kind" | "subtype" | "via" | "gender" | "personish" | "placeish">>;

/** Titles that end the name of an office rather than a person's name: "Regional Minister", "County Commissioner". */
const OFFICE_HEADS = new Set([
  "Minister",
  "Secretary",
  "Governor",
  "Commissioner",
  "Superintendent",
  "Mayor",
  "Chairman",
  "Chairperson",
  "Commander",
]);

/** Bodies an appositive may say a name is, besides the group and body nouns: "Kyrgyzstan's parliament". */
const APPOSITIVE_BODIES = new Set(["parliament", "legislature", "alliance", "party", "agency", "ministry", "council"]);

/**
 * Whether an appositive after the name that ends at `to` says what body it is: "The Jogorku Kenesh,
 * Kyrgyzstan's parliament,", "For Reforms, an alliance of opposition parties", "the PSPD, a civic group,".
 */
function bodyInAppositionAfter(g: Gazetteer, ts: readonly Token[], to: number): boolean {
  if (ts[to]?.text !== ",") return false;
  let j = to + 1;
  const det = ts[j];
  if (!det) return false;
  // "a", "an", "the", or an owner: "Kyrgyzstan's", "the country's"
  if (det.lower === "a" || det.lower === "an" || det.lower === "the") j++;
  if (ts[j]?.possessive) j++;
  if (j === to + 1) return false;
  // ("Estudios Técnicos, a San Juan consulting firm": the place it is in, in capitals, before what kind)
  while (j < to + 5 && ts[j]?.cap && ts[j]?.word && !ts[j]?.possessive) j++;
  // up to two words that say what kind: "a civic group", "the main opposition party"
  for (let k = j; k < j + 3 && k < ts.length; k++) {
    const t = ts[k] as Token;
    if (!t.word || t.cap) return false;
    if (GROUP_NOUNS.has(t.lower) || BODY_NOUNS.has(t.lower) || APPOSITIVE_BODIES.has(t.lower)) {
      const after = ts[k + 1];
      return (
        after === undefined || !after.word || after.lower === "of" || after.lower === "that" || after.lower === "which"
      );
    }
    if (g.titles.has(t.lower) || g.occupations.has(t.lower)) return false;
  }
  return false;
}

/** One syllable of pinyin: an initial, perhaps, and a final. */
const PINYIN_SYLLABLE =
  "(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)";
/** A given name of one to three syllables of pinyin, capitalised: "Jianjun", "Qiang", "Jinping", "Xiaoming". */
const PINYIN_SYLLABLES = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,3}$`);
const isPinyinName = (word: string) => /^[A-Z][a-z]+$/.test(word) && PINYIN_SYLLABLES.test(word.toLowerCase());

/**
 * The gender the first name of `[from, to)` suggests; none for a family name written first ("Tan Wei Ling",
 * "Park Geun-hye"), which a Western list may hold as a given name of either gender.
 */
function genderOfName(g: Gazetteer, ts: readonly Token[], from: number, to: number): "m" | "f" | null {
  const first = ts[from] as Token;
  const second = ts[from + 1];
  // three parts the last of them a short syllable ("Tan Wei Ling", "Lee Hsien Loong"; not "Lee Harvey Oswald"),
  // or two with a hyphen ("Park Geun-hye")
  const last = ts[to - 1] as Token;
  // ("Ma Jianjun", "Li Qiang": a given name in pinyin; "Ma" and "Li" in a Western list are women's names)
  const familyFirst =
    g.surnamesFirst.has(first.text) &&
    second !== undefined &&
    from + 1 < to &&
    ((to - from === 3 && last.text.length <= 5) ||
      (to - from === 2 && (second.text.includes("-") || isPinyinName(second.text))));
  return familyFirst ? null : factsOf(g, first).gender;
}

/**
 * Whether the word at `from` is where the person named just before comes from: "Desmond Chambers of Bath said",
 * "resident Ana Ruiz of Trinityville" (a town too small for the gazetteer, and maybe an ordinary word).
 */
function homeAfterName(g: Gazetteer, ts: readonly Token[], from: number): boolean {
  const of = tokenAt(ts, from - 1);
  const surname = tokenAt(ts, from - 2);
  const given = tokenAt(ts, from - 3);
  return (
    of?.lower === "of" &&
    surname !== undefined &&
    given !== undefined &&
    surname.cap &&
    !surname.caps &&
    given.cap &&
    factsOf(g, given).given === true &&
    !g.orgHeads.has(surname.text) &&
    !g.orgOfHeads.has(surname.text)
  );
}

/**
 * Whether the name at `from` is the home of the person named before it with their age: "Dean Fielding, 29, of
 * Heaton Chapel", "a woman, 54, of Bury".
 */
function homeAfterAge(ts: readonly Token[], from: number): boolean {
  if (tokenAt(ts, from - 1)?.lower !== "of" || tokenAt(ts, from - 2)?.text !== ",") return false;
  // ("Bev Tulloch (68), of Mosgiel": the age in brackets)
  const bracketed = tokenAt(ts, from - 3)?.text === ")" && tokenAt(ts, from - 5)?.text === "(";
  const age = tokenAt(ts, from - (bracketed ? 4 : 3))?.text ?? "";
  return /^\d{1,3}$/.test(age) && (bracketed || tokenAt(ts, from - 4)?.text === ",");
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The capitalised words that speak alone in a text, as a surname does: "Bolt" of "Bolt told reporters", "said
 * Bolt". Read once an article, for classifyUnknown.
 */
export function speakingWords(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const verb of SPEAKING_VERBS) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.length)) {
      // "Bolt told": the word before the verb, after no other capitalised word
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if (before?.[1]) out.add(before[1]);
      // "said Bolt", not "said Bolt Kettle"
      const after = WORD_AFTER.exec(text.slice(at + verb.length, at + verb.length + 40));
      if (after?.[1] && verb !== " added ") out.add(after[1]);
    }
  }
  return out;
}
const SPEAKING_VERBS = [" said ", " says ", " told ", " added "];
/** A capitalised word closing the text before a verb of saying, after no capitalised word. */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}\s]\s*|\s\p{Ll}[\p{L}'-]*\s)(\p{Lu}\p{Ll}+)$/u;
/** A capitalised word after a verb of saying, with no other capitalised word after it. */
const WORD_AFTER = /^(\p{Lu}\p{Ll}+)\b(?! \p{Lu})/u;

/** Classifies a run of unknown capitalised words. */
export function classifyUnknown(
  g: Gazetteer,
  ts: readonly Token[],
  from: number,
  to: number,
  titled: boolean,
  titleCase: boolean,
  speaking: ReadonlySet<string> = NO_WORDS,
): Classification | null {
  const first = ts[from] as Token;
  const last = ts[to - 1] as Token;
  const n = to - from;
  // "Ex-banker says", "Co-founder", "Anti-government": a prefix and an ordinary word in small letters name no one
  if (n === 1 && PREFIXED_WORD.test(first.text)) return null;
  // "GARDAÍ ARE investigating ...", "SCOTTISH football's ...": a lead's first words set in capitals, one of them an
  // ordinary word, name no body by their initials
  if (
    n > 1 &&
    first.opener &&
    everyIn(ts, from, to, (t) => t.caps) &&
    someIn(ts, from, to, (t) => factsOf(g, t).common) &&
    !matchKnown(g, ts, from, to)
  )
    return null;
  // "Sri Lankans", "New Zealanders": people of a country, in the plural, name no one
  if (n > 1 && n <= 3 && last.text.endsWith("s") && !last.possessive) {
    const people = ts
      .slice(from, to)
      .map((t) => t.text)
      .join(" ");
    if (isPeopleWord(g, people)) return null;
  }
  // named by what it is: "Turkish newspaper Sabah", "a group called Anonymous"
  const p1 = tokenAt(ts, from - 1);
  const p2 = tokenAt(ts, from - 2);
  // "a courier surnamed Chen", "a man surnamed Wang": the name is a person's, whatever else its word may be
  if (n <= 2 && p1?.lower === "surnamed" && !last.caps) return { kind: "person", gender: null, personish: true };
  if (afterMediaNoun(ts, from)) return { kind: "organization", subtype: "media" };
  // "analysts at Jefferies", "an economist at Capital Economics": where such people work is a firm or a body
  if (p1?.lower === "at" && p2 && EMPLOYEES.has(p2.lower) && !titled && factsOf(g, first).entry === undefined)
    return { kind: "organization", subtype: null };
  // "a spokesman for Fonterra said": whom a spokesperson speaks for, a word no one is given, is a body (one
  // named in full before is matched to that person by the merge)
  if (
    n === 1 &&
    p1?.lower === "for" &&
    p2 &&
    SPOKES_NOUNS.has(p2.lower) &&
    !titled &&
    factsOf(g, first).entry === undefined &&
    !factsOf(g, first).given &&
    !factsOf(g, first).common
  )
    return { kind: "organization", subtype: null };
  // "the farm lobby Copa-Cogeca", "the airline Cathay Pacific": a name after what kind of body it is
  if (p1?.word && !p1.cap && !p1.possessive && (GROUP_NOUNS.has(p1.lower) || BODY_NOUNS.has(p1.lower)))
    return { kind: "organization", subtype: null };
  // ("belonged to a Rustavi firm, Kartli Trans": after "a", a word or two, the kind and a comma, not a given name)
  if (!titled && p1?.text === "," && kindOfBodyBefore(ts, from - 1) && !factsOf(g, first).given)
    return { kind: "organization", subtype: null };
  if (!titled && ts[to]?.word && !ts[to]?.cap && BODY_NOUNS_AFTER.has(ts[to]?.lower ?? ""))
    return { kind: "organization", subtype: null };
  // "Walter Pfeiffer, Saucon Forge's president, said": what owns a firm's offices, plants or staff is a firm (not a
  // person's name, which begins with a given name)
  if (
    !titled &&
    last.possessive &&
    n > 1 &&
    FIRM_OWNS.has(ts[to]?.lower ?? "") &&
    !factsOf(g, first).given &&
    !factsOf(g, first).titleStart
  )
    return { kind: "organization", subtype: "company" };
  if (!titled && bodyInAppositionAfter(g, ts, to)) return { kind: "organization", subtype: null };
  // "Cabildo de Lanzarote", "Ministerio de Salud", "Líneas Romero": a body's head word in Spanish, Portuguese,
  // French or Italian opens its name
  if (n > 1 && !titled && FOREIGN_BODY_HEADS.has(first.text)) return { kind: "organization", subtype: null };
  // "Bank Sentosa Raya", "Bank Mandiri": a bank's name opening with the word, as Indonesia's and Malaysia's are
  // (not "Bank Holiday")
  if (n > 1 && !titled && first.text === "Bank" && !/^Holidays?$/.test((ts[from + 1] as Token).text))
    return { kind: "organization", subtype: "company" };
  // "Murmansk-based Arktika Trawl", "a Lagos-based Zenith Logistics": what is based somewhere is a body (the
  // hyphened word is split at the place, its rest kept as the lower case of the token between)
  if (!titled && p1?.lower === "-based" && !factsOf(g, first).given) return { kind: "organization", subtype: null };
  if (n === 2 && sportBody(g, ts, from)) return { kind: "organization", subtype: null };
  // "Minister Assisting the President": a participle after a title goes on with the office, and names no one
  if (n === 1 && titled && first.lower.length > 6 && first.lower.endsWith("ing") && factsOf(g, first).common)
    return null;
  // "North Macedonian officials", "West African leaders": a part of the world and a nationality describe, and name
  // no one; "South-East Europe": a part of a known region is a region
  const compassWord = n === 2 && (COMPASS.has(first.lower) || REGION_PARTS.has(first.text));
  if (compassWord && (g.demonyms.has(last.text) || REGION_DEMONYMS.has(last.text))) return null;
  if (compassWord && factsOf(g, last).entry?.kind === "place") return { kind: "place", subtype: "region" };
  // "WorkSafe Tasmania": a first word of two capitalised parts makes a body's name
  const innerFirst = n > 1 && !titled ? INNER_CAPITAL.exec(first.text) : null;
  if (innerFirst && !NAME_PREFIXES.has(innerFirst[1] as string)) return { kind: "organization", subtype: null };
  // "Environment Canada", "Health Canada", "Statistics Canada": a portfolio before a country is its department
  if (n === 2 && !titled && factsOf(g, last).entry?.subtype === "country" && DEPARTMENT_PORTFOLIOS.has(first.text))
    return { kind: "organization", subtype: "government" };
  // "Oxfam Australia", "Amnesty Kenya": a word that is no given name before a country is a body's branch there
  if (
    n === 2 &&
    !titled &&
    factsOf(g, last).entry?.subtype === "country" &&
    !factsOf(g, first).given &&
    !factsOf(g, first).common &&
    !COMPASS.has(first.lower) &&
    factsOf(g, first).entry === undefined
  )
    return { kind: "organization", subtype: null };
  // "South Otago", "Northern Ontario": a point of the compass and a known place is a part of that place
  if (n === 2 && !titled && COMPASS.has(first.lower) && factsOf(g, last).entry?.kind === "place")
    return { kind: "place", subtype: "region" };
  // "the West End", "the East End": a part of a town
  if (n === 2 && !titled && COMPASS.has(first.lower) && last.text === "End")
    return { kind: "place", subtype: "region" };
  // "North Al Batinah", "West Pokot", "East Mamprusi": a point of the compass opening a name of no one's given
  // names is a region's ("North Macedonian officials" and "West African leaders" are told apart above)
  if (
    n >= 2 &&
    !titled &&
    COMPASS.has(first.lower) &&
    !first.possessive &&
    !last.possessive &&
    !g.orgHeads.has(last.text) &&
    // ("North Al Batinah": an Arabic article before a word is no given name)
    !someIn(ts, from + 1, to, (t, k) => (factsOf(g, t).given && !arabicArticle(ts, from + 1 + k, to)) || t.caps) &&
    !SAYS.has(ts[to]?.lower ?? "") &&
    // ("Central Americans", "South Asian": people and their adjective)
    !isPeopleWord(g, last.text)
  )
    return { kind: "place", subtype: "region" };
  // "Federated Farmers Otago": a plural of people inside a name makes it a body's, not a person's
  if (
    !titled &&
    n >= 3 &&
    !factsOf(g, first).given &&
    !g.suffixes.has(last.text) &&
    // ("Staff Writers Nairobi": a credit line's staff, not a body)
    first.lower !== "staff" &&
    someIn(ts, from + 1, to - 1, (t) => PEOPLE_PLURAL.test(t.text) && !factsOf(g, t).given)
  )
    return { kind: "organization", subtype: null };
  const plain = everyIn(ts, from, to, (t) => !(t.caps && t.text.length > 1) && t.lower !== "of");
  // "in Augusta, Georgia", "from Mobile, Alabama": a name between a place preposition and a comma before a state
  // or country is a town there, even when it is also a given name or a word
  if (!titled && plain && n <= 3 && p1 && TOWN_BEFORE.has(p1.lower) && ts[to]?.text === "," && stateAt(g, ts, to + 1))
    return { kind: "place", subtype: "city" };
  // "a post office in Heaton Chapel, Stockport,": after "in" or "near", a name before a comma and a known town is
  // a part of that town
  if (!titled && plain && n <= 3 && p1 && LOCATIVES.has(p1.lower) && ts[to]?.text === "," && townAt(g, ts, to + 1))
    return { kind: "place", subtype: "city" };
  // "golfer Tiger Woods", "Rapper Ice Cube said": a name after what its bearer does is a person's, even when its
  // words are ordinary ones
  // ("Civil Defence controller Mere Tamatea": a title in lower case too)
  if (
    !titleCase &&
    plain &&
    n >= 2 &&
    n <= 3 &&
    p1?.word &&
    (g.occupations.has(p1.lower) || (!p1.cap && g.titles.has(p1.lower)))
  )
    return { kind: "person", gender: factsOf(g, first).gender, personish: true };
  // "the province of Khorasan Razavi", "Jishishan county", "Gansu province": a name a place noun governs
  const placeNoun = (t: Token | undefined) => (t?.word && !t.cap && PLACE_NOUNS.has(t.lower) ? t : undefined);
  // ("the east coast of Yell", "the outskirts of Kigali": a name a noun of land governs)
  const landNoun = (t: Token | undefined) => (t?.word && !t.cap && LAND_OF_NOUNS.has(t.lower) ? t : undefined);
  // "the Water Resources department", "the Public Works department": a portfolio before "department" is a body
  if (
    !titled &&
    (ts[to]?.lower === "department" || ts[to]?.lower === "ministry") &&
    everyIn(ts, from, to, (t) => PORTFOLIO_WORDS.has(t.text) || t.text === "and")
  )
    return { kind: "organization", subtype: "government" };
  const noun =
    placeNoun(ts[to]) ??
    areaAfter(ts, to) ??
    siteNounAfter(ts, to) ??
    (p1?.lower === "of" ? (placeNoun(p2) ?? landNoun(p2)) : undefined);
  // "400 kilometres east-northeast of Vanua Levu", "just north of Todach": what lies in a direction of a name is
  // reckoned from a place
  if (!titled && p1?.lower === "of" && p2?.word && !p2.cap && DIRECTION.test(p2.lower) && !first.possessive)
    return { kind: "place", subtype: n === 1 ? "city" : "region" };
  // "the wilayats of Al Musannah and Al Suwaiq": names a plural place noun governs
  const governed = titled ? undefined : pluralGoverning(ts, from);
  if (governed) return { kind: "place", subtype: governed };
  if (!titled && noun)
    return {
      kind: "place",
      subtype: CITY_NOUNS.has(noun.lower) ? "city" : SITES_AFTER.has(noun.lower) ? "landmark" : "region",
    };
  if (!titled && n <= 3 && !g.orgHeads.has(last.text) && homeAfterAge(ts, from))
    return { kind: "place", subtype: "city" };
  // ("Firefighters from Bradner, Luckey and Stony Ridge": a name of two words in such a list too)
  if (n > 1 && !titled && !first.possessive && !last.possessive && inPlaceList(ts, from))
    return {
      kind: "place",
      // ("Lake Pukaki", "South Sumatra": a lake, and the part of a known island; "West Tisbury" is a town)
      subtype:
        PLACE_OPENERS[first.text] ??
        (COMPASS.has(first.lower) && factsOf(g, last).entry?.kind === "place" ? "region" : "city"),
    };
  const described = titled || first.possessive || last.possessive ? null : describedAsPlace(g, ts, to);
  if (described) return { kind: "place", subtype: described };
  // "Barpeta and Nagaon districts": both names are places of the plural noun
  const plural = (t: Token | undefined) => (t?.word && !t.cap ? PLACE_NOUNS_PLURAL.get(t.lower) : undefined);
  const after = ts[to];
  // ("Al Dhahirah and Al Buraimi governorates": the second name may have two words)
  let second = to + 1;
  while (second < to + 3 && ts[second]?.cap && !ts[second]?.possessive) second++;
  const pluralNoun = plural(after) ?? (after?.lower === "and" && second > to + 1 ? plural(ts[second]) : undefined);
  if (!titled && pluralNoun) return { kind: "place", subtype: pluralNoun };
  if (p1 && p2 && (p1.lower === "called" || p1.lower === "named") && GROUP_NOUNS.has(p2.lower))
    return { kind: "organization", subtype: "group" };
  // "Janet Mills", "Gov. Janet Mills": a given name and a head word that is also a surname
  // ("President J.E.A. Mills", "Professor John Evans Atta Mills": names of a titled person up to the surname)
  if ((n === 2 || (titled && n <= 5)) && !first.possessive && surnameHead(g, ts, to - 1))
    return { kind: "person", gender: factsOf(g, first).gender, personish: true };
  if (g.orgHeads.has(last.text) && n > 1) return { kind: "organization", subtype: null };
  // "The Ashanti Regional Minister, Mr ...": a run that ends in a title is an office, not a name
  if (n > 1 && !titleCase && last.cap && !last.caps && OFFICE_HEADS.has(last.text)) return null;
  // "Brightwater & Lowe": names joined by "&" are a firm
  if (n > 2 && someIn(ts, from + 1, to - 1, (t) => t.text === "&")) return { kind: "organization", subtype: null };
  // ("Sharon Pike", "Sally Field": a given name before a head that is also a surname makes a person's name)
  // ("Dr Helen Firth": after a person's title, a given name and a head that is also a surname are a name)
  if (
    g.placeHeads.has(last.text) &&
    n > 1 &&
    !(SURNAME_PLACE_HEADS.has(last.text) && factsOf(g, first).given && !COMPASS.has(first.text)) &&
    !(titled && n === 2 && factsOf(g, first).given)
  )
    return { kind: "place", subtype: "landmark" };
  // "Horse Hill", "Signal Hill", "Gull Cliff": an ordinary word before a head that is also a surname ("Damon Hill"
  // has a given name)
  if (n === 2 && !titled && SURNAME_PLACE_HEADS.has(last.text) && isPlainWord(g, ts, from, to))
    return { kind: "place", subtype: "landmark" };
  // "Mount Kenya", "Deir el-Balah", "Beit Lahia": a word that opens place names
  // ("Santa Ono said": a place says nothing)
  const opens = n > 1 && !titled && !SAYS.has(ts[to]?.lower ?? "") ? PLACE_OPENERS[first.text] : undefined;
  if (opens) return { kind: "place", subtype: opens };
  // "La Graciosa", "Los Gigantes": a Spanish article and a word that is no given name name a place, or a body
  // where it acts ("La Liga said")
  if (n === 2 && !titled && ARTICLE_OPENERS.has(first.text) && !factsOf(g, last).given && !last.caps)
    return SAYS.has(ts[to]?.lower ?? "") ? { kind: "organization", subtype: null } : { kind: "place", subtype: "city" };
  // ("the North West and South West Regions", "the Eastern and Northern Provinces"): a name a plural region's noun
  // closes
  if (n > 1 && !titled && PLURAL_REGIONS.has(last.text)) return { kind: "place", subtype: "region" };
  // "the North West", "North East": points of the compass alone name a region, never a person
  if (n === 2 && !titled && everyIn(ts, from, to, (t) => COMPASS.has(t.lower) && !t.caps))
    return { kind: "place", subtype: "region" };
  // "Wagga Wagga", "Walla Walla", "Bora Bora": a word said twice names a place, not a person
  if (n === 2 && first.text === (ts[from + 1] as Token).text && !factsOf(g, first).given)
    return { kind: "place", subtype: "city" };
  const given = genderOfName(g, ts, from, to);
  const given0 = factsOf(g, first).given;
  // "3:22 PM UTC": clock words together are no organisation either
  if (everyIn(ts, from, to, (t) => g.notAcronyms.has(withoutStops(t.text)))) return null;
  // in a title-case line a run that opens with an ordinary word is a phrase: "Date Of Talks"
  if (titleCase && n > 1 && factsOf(g, first).common && !given0) return null;
  // "West Dawson resident Arlo Peterkin-Shaw": where the person named after it lives
  if (!titled && !first.possessive && !last.possessive && residentBeforeName(ts, to))
    return { kind: "place", subtype: "city" };
  if (n === 1) {
    // "Île-à-Vache", "Pointe-à-Pitre", "Port-de-Paix": a word that opens place names, hyphened to the rest
    const hyphened =
      !titled && first.text.includes("-") ? PLACE_OPENERS[first.text.split("-")[0] as string] : undefined;
    if (hyphened && /-\p{Ll}/u.test(first.text)) return { kind: "place", subtype: hyphened };
    // "Garibong-dong", "Jongno-gu", "Shinjuku-ku": a place and its unit's word
    if (!titled && UNIT_OF_PLACE.test(first.text)) return { kind: "place", subtype: "city" };
    // "Queen Street", "King Road": a title's word before a street's is no person's title
    if (titled && g.placeHeads.has(first.text)) return null;
    // "Chuck Schumer, D-N.Y.,", "Matt Gaetz, R-Fla.": a party and state tag, not a name; nor "of N.J."
    if (/^[DRI]-[A-Z]/.test(first.text) || DOTTED_STATES.test(first.text)) return null;
    // "the Public Works Authority (Ashghal)": a word in brackets right after a body's name is its short name
    if (
      !titled &&
      tokenAt(ts, from - 1)?.text === "(" &&
      ts[to]?.text === ")" &&
      g.orgHeads.has(tokenAt(ts, from - 2)?.text ?? "")
    )
      return { kind: "organization", subtype: null };
    // "RM148.6 million", "Rs500", "KSh2,000": a sum of money
    if (CURRENCY_AMOUNT.test(first.text)) return null;
    // "NZ$40", "HK$2 billion": letters before the dollar sign name a currency
    if (ts[to]?.text === "$" && ts[to]?.start === first.end) return null;
    // editor's initials after an agency credit closing the text: "... corridors. (AP) RUP"
    if (first.caps && tokenAt(ts, from - 1)?.text === ")" && !someIn(ts, to, ts.length, (t) => t.word)) return null;
    // "... against illegal drugs. (RMCL)": a reporter's initials in brackets closing a paragraph
    if (
      first.caps &&
      tokenAt(ts, from - 1)?.text === "(" &&
      tokenAt(ts, from - 2)?.text === "." &&
      ts[to]?.text === ")" &&
      !someIn(ts, to, ts.length, (t) => t.word)
    )
      return null;
    // "G.Bat-Erdene", "Ts.Ganzorig": a name written after the initial of the father's name, as in Mongolia
    if (!titled && INITIAL_NAME.test(first.text)) return { kind: "person", gender: null, personish: true };
    // "15,000 MNT", "500 USD": a currency's code after a sum
    if (first.caps && first.text.length === 3 && /^\d[\d,.]*$/.test(tokenAt(ts, from - 1)?.text ?? "")) return null;
    // "the District Chief Executive (DCE)": the initials of a person's title are no body
    if (first.caps && titleInitials(g, ts, from, to)) return null;
    // "DoE", "DfT": the initials of a department with a small letter for "of" or "for"
    if (!titled && MIXED_INITIALS.test(first.text)) return { kind: "organization", via: "acronym" };
    // "KD 1,200", "Rs 500": a currency's code before a sum
    if (CURRENCY_CODE.test(first.text) && /^\d/.test(ts[to]?.text ?? "")) return null;
    // "MetService", "JetBlue": a capital inside a word joins two words into a body's name ("McDonald", "MacArthur",
    // "DeShawn" are people's)
    const inner = INNER_CAPITAL.exec(first.text);
    if (!titled && inner && !NAME_PREFIXES.has(inner[1] as string)) return { kind: "organization", subtype: null };
    // "NParks", "JPMorgan": an initial or two before a capitalised word is a body's short name
    if (!titled && INITIALS_AND_WORD.test(first.text)) return { kind: "organization", subtype: null };
    // "MAX", "NEW": capitals of an ordinary word are no acronym
    const ordinary = first.text.length > 2 && factsOf(g, first).common;
    // "A GANG who terrorised ...", "TWO men": an ordinary word set in capitals for emphasis names no one
    if (first.caps && ordinary && !titled && factsOf(g, first).entry === undefined) return null;
    // "BSL-3", "F-16": a code with a number is no acronym of a body; "N.Y.", "Calif.": a state's abbreviation;
    // "Class XII": a Roman numeral
    if (
      first.caps &&
      !/^[IVX]{2,}$/.test(first.text) &&
      !STATE_ABBREVIATIONS.has(first.text.replace(/\./g, "").toLowerCase()) &&
      !DOTTED_STATES.test(first.text) &&
      // ("CIARA-CEC": two bodies' initials joined)
      first.text.split("-").every((part) => part.length <= 7) &&
      !/-\d/.test(first.text) &&
      !ordinary &&
      !g.notAcronyms.has(first.text.replace(/\./g, "")) &&
      !titled
    )
      return { kind: "organization", via: "acronym" };
    // "Yelena, 52, a teacher, said", "Zhakupov's wife, Dina, said", "said Femke, a 19-year-old student", "who
    // gave only her first name, Vera": a name alone with an age after it, a relative's name between commas, or
    // the name someone gives, is a person's
    if (
      !titled &&
      !first.possessive &&
      !factsOf(g, first).common &&
      (ageAfter(ts, from, to) ||
        relativeBefore(ts, from, to) ||
        agedAfter(ts, to) ||
        workAfterSaid(g, ts, from, to) ||
        nameGivenBefore(ts, from))
    )
      return { kind: "person", gender: factsOf(g, first).gender, personish: true };
    // "relief camps in Hojai": a place, unless the merge finds the word is someone's surname
    // "the Storm Prediction Center in Norman", "a factory in Georgetown": a place where something stands, even
    // when the word is also a given name
    if (!titled && !first.opener && !first.possessive && locatedIn(g, ts, from) && !factsOf(g, first).common)
      return { kind: "place", subtype: "city" };
    if (!titled && !first.possessive && (homeAfterName(g, ts, from) || homeAfterAge(ts, from)))
      return { kind: "place", subtype: "city" };
    // "Carndonagh, Clonmany, Buncrana and Burnfoot": a list of words that a known place is among
    if (!titled && listWithPlace(g, ts, from)) return { kind: "place", subtype: "city" };
    // "a Peterhead skipper", "Peterhead market": a town the gazetteer knows, unless it speaks or owns
    const town =
      !titled &&
      !first.possessive &&
      ((g.towns.has(first.text) && !SAYS.has(ts[to]?.lower ?? "")) ||
        residentOf(ts, from, to) ||
        routeEnd(g, ts, from, to) ||
        // ("near Fresh Creek, Andros, on Sunday": a given name too)
        regionAfterPlace(g, ts, from, to) ||
        betweenPlaces(g, ts, from, to) ||
        (!factsOf(g, first).common && ruralOccupationAfter(g, ts, to, first.opener)));
    const placeish =
      town ||
      (!titled &&
        !first.opener &&
        !first.possessive &&
        // ("published in English", "comments in Tamil": a language)
        !g.demonyms.has(first.text) &&
        !LANGUAGES.has(first.text) &&
        p1 !== undefined &&
        (LOCATIVES.has(p1.lower) ||
          fromPlace(ts, from) ||
          destination(ts, from) ||
          inPlaceList(ts, from) ||
          andPlace(g, ts, from) ||
          livesAt(ts, from) ||
          atPlaceNear(g, ts, from, to)) &&
        !factsOf(g, first).common &&
        // ("hotels in Manali", "flooding in Katherine": a given name too, right after a place preposition; the
        // merge keeps it apart from anyone of that given name in the story)
        // ("one vendor from Tanna": where such people come from, a given name too)
        (!factsOf(g, first).given ||
          (LOCATIVES.has(p1.lower) && !(p2 && TRUST_NOUNS.has(p2.lower))) ||
          fromPlace(ts, from)));
    return placeish ? { kind: "unknown", placeish } : { kind: titled ? "person" : "unknown", personish: titled };
  }
  // "Ministry of Defence", "Bank of England", "Gulf of Aden": people's names have no "of"
  if (someIn(ts, from, to, (t) => t.lower === "of" || t.lower === "for")) {
    return /^(Gulf|Sea|Bay|Isle|Cape|Strait|Lake|Mount)$/.test(first.text)
      ? { kind: "place", subtype: "region" }
      : { kind: "organization" };
  }
  // ("Medical Superintendent of DHQ Hospital Khanewal Dr X": a body's head word opens no one's name)
  if (titled && g.orgHeads.has(first.text) && !given0 && !factsOf(g, first).entry) return null;
  if (titled) return { kind: "person", gender: given, personish: true };
  // '"...," said Innocent Nshimiyimana': a name right after a verb of saying, ending in no English word, is the
  // speaker's, though its first word is one
  if (n >= 2 && p1 && SAYS.has(p1.lower) && !factsOf(g, last).common && !last.caps && !g.orgHeads.has(last.text))
    return { kind: "person", gender: given, personish: true };
  // "waves crashed ashore in Heng Fa Chuen", "flooding in Sha Tin", "areas such as Tai O": a name of two or
  // three words that are no English words, after a place preposition or in a list of places, is a place;
  // "confidence in Mark Carney" is not
  // ("the boardwalk at Chek Jawa on Pulau Ubin": a name after "at" that another place after "on" or "in" locates)
  const atPlace = atPlaceNear(g, ts, from, to);
  if (
    p1 !== undefined &&
    (LOCATIVES.has(p1.lower) ||
      atPlace ||
      // ("the mine at Tavan Tolgoi")
      (p1.lower === "at" && locatedIn(g, ts, from)) ||
      fromPlace(ts, from) ||
      // ("the road from Al Hamra to Jebel Shams")
      routeEnd(g, ts, from, to) ||
      inPlaceList(ts, from) ||
      andPlace(g, ts, from) ||
      (destination(ts, from) && !factsOf(g, first).given)) &&
    !first.opener &&
    n <= 3 &&
    !(p2 && TRUST_NOUNS.has(p2.lower)) &&
    everyIn(
      ts,
      from,
      to,
      (t, k) => (!factsOf(g, t).common || (k === 0 && COMPASS.has(t.lower))) && !t.possessive && !t.caps,
    ) &&
    !someIn(ts, from + 1, to, (t) => factsOf(g, t).given)
  )
    return { kind: "place", subtype: "city" };
  // "S.P. Thamilchelvan", "A.B. Bardhan": initials with stops before a name ("U.S. Navy" is a known place's body)
  if (
    DOTTED_INITIALS.test(first.text) &&
    factsOf(g, first).entry === undefined &&
    !g.orgHeads.has(last.text) &&
    !g.placeHeads.has(last.text) &&
    everyIn(ts, from + 1, to, (t) => t.cap && !t.caps)
  )
    return { kind: "person", gender: null, personish: true };
  if (someIn(ts, from, to, (t) => t.caps && t.text.length > 1 && !g.suffixes.has(t.text)))
    return { kind: "organization" };
  if (given0) return { kind: "person", gender: given, personish: true };
  // "Bur Dubai", "Bandar Lampung": a word that is no given name before a known place is a part of it or a place
  // named after it
  if (
    n === 2 &&
    !titleCase &&
    factsOf(g, last).entry?.kind === "place" &&
    !factsOf(g, first).common &&
    !factsOf(g, last).given &&
    placeContext(ts, from)
  )
    return { kind: "place", subtype: "city" };
  // "Ten Hag", "Van Dijk", "De Gea": a surname that opens with a particle, whatever its last word means
  if (!titleCase && !first.opener && n >= 2 && SURNAME_PARTICLES.has(first.lower))
    return { kind: "person", gender: null };
  // in a title-case headline every word is capitalised: only given names make a person there
  if (!titleCase && n <= 4 && !factsOf(g, last).common && !factsOf(g, first).common)
    return { kind: "person", gender: null };
  // "Usain Bolt ripped 0.11 seconds off ... Bolt told a news conference": a word that is no English word and no
  // name the lists know, then an English word that speaks alone elsewhere in the story, is a person's name
  if (
    !titleCase &&
    n === 2 &&
    !first.caps &&
    !last.caps &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    !factsOf(g, first).common &&
    factsOf(g, first).entry === undefined &&
    speaking.has(last.text)
  )
    return { kind: "person", gender: null, personish: true };
  // "Oh Seung-min", "Song Young-gil": a family name that is also an English word, before a given name of syllables
  if (!titleCase && n === 2 && familyNameFirst(g, ts, from, to)) return { kind: "person", gender: null };
  // "The MP, Harm Wiegersma, said": a name between commas after "the" and a title, whatever its first word means
  if (!titleCase && n <= 3 && !factsOf(g, last).common && ts[to]?.text === "," && titleBeforeComma(g, ts, from))
    return { kind: "person", gender: null, personish: true };
  return null;
}

const AGENT_WORDS = new Set([
  "said",
  "says",
  "has",
  "had",
  "have",
  "is",
  "was",
  "will",
  "would",
  "wants",
  "wanted",
  "warned",
  "demanded",
  "insisted",
  "insists",
  "accused",
  "rejected",
  "denied",
  "announced",
  "threatened",
  "refused",
  "responded",
  "argued",
  "claimed",
  "called",
  "urged",
  "signalled",
  "signaled",
  "vowed",
  "also",
  "says",
  "believes",
  "fears",
  "suggests",
  "suggested",
  "hopes",
  "hoped",
  "agreed",
  "sees",
  "saw",
  "could",
  "may",
  "might",
  "should",
]);

/** Whether the word after a place shows it acting: "Moscow demanded", "the Kremlin's position". */
export function isAgent(ts: readonly Token[], end: number): boolean {
  const prev = ts[end - 1] as Token;
  const next = ts[end];
  if (
    prev.possessive &&
    next &&
    /^(position|demands?|concerns?|response|reaction|decision|offer|stance|interest|threat|refusal|officials?|envoy)$/.test(
      next.lower,
    )
  )
    return true;
  return !!next && next.word && AGENT_WORDS.has(next.lower);
}

// Runs of capitalised tokens that may hold names, titles and known entities: "NATO Secretary General
// Anders Fogh Rasmussen", "Ministry of Defence", "Ursula von der Leyen".
import { opensForeignBody } from "./classify.js";
import { LEGAL_FORMS, TRADE_HEADS } from "./data/organizations.js";
import { REGION_PARTS } from "./data/places.js";
import { factsOf } from "./facts.js";
import { type Gazetteer, gazetteer } from "./gazetteer.js";
import { countryNameEnd, matchKnown, PORTFOLIO_WORDS } from "./segment.js";
import { codeAt, copyToken, type Token } from "./tokens.js";

/** Words of a town's or a county's name before "and" in a council's name: "Derry City and Strabane". */
const TOWN_WORDS: ReadonlySet<string> = new Set(["City", "Town", "County", "Borough"]);
/** The head words of councils named after two places. */
const COUNCIL_WORDS: ReadonlySet<string> = new Set(["Council", "Authority", "Corporation"]);

/** Words of trade, which may open a body's name before "and": "Securities and Exchange Commission". */
const TRADE_WORDS: ReadonlySet<string> = new Set(TRADE_HEADS);

/** Heads of the names of utilities that run two services: "Water and Wastewater Company", "Water and Sewerage Authority". */
const UTILITY_BODIES = new Set(["Company", "Corporation", "Authority", "Board", "Utility", "Agency"]);

/** The services a utility is named by, two joined by "and": "Power and Light", "Gas and Electric". */
export const SERVICES: ReadonlySet<string> = new Set([
  "Power",
  "Light",
  "Lighting",
  "Gas",
  "Electric",
  "Electricity",
  "Water",
  "Sewer",
  "Sewerage",
]);

/** A firm's legal forms, which close its name: "Inc.", "Co.", "Ltd". */
const COMPANY_FORMS: ReadonlySet<string> = new Set([...LEGAL_FORMS, "Co.", "Co"]);

/** Heads of the names of government departments, whose portfolios may be bodies' names too ("Labour"). */
const DEPARTMENT_HEADS = new Set(["Department", "Ministry", "Bureau", "Directorate", "Office"]);

/** A half-open range of token indexes. */
export interface Chunk {
  readonly from: number;
  readonly to: number;
}

// "of" joins the words around it only after these ("Secretary of State", "Ministry of Defence", "Gulf of Aden")
const OF_AFTER = new Set([
  // "MP for Bath Wera Hobhouse", "MLA for Kalgoorlie John Bowler": a seat's holder and the seat
  "mp",
  "mla",
  "mha",
  "mpp",
  "secretary",
  "minister",
  "undersecretary",
  "under-secretary",
  "chief",
  "head",
  "gulf",
  "sea",
  "isle",
  // "East Riding of Yorkshire Council", "Vale of Glamorgan", "Borough of Poole"
  "riding",
  "vale",
  "borough",
  "bay",
  "port",
  "bank",
  "republic",
  "kingdom",
  "state",
  "states",
  "house",
  "people's",
]);

/** Titles whose portfolio may follow "of the" or "for the". */
export const PORTFOLIO_HOLDERS: ReadonlySet<string> = new Set([
  "minister",
  "secretary",
  // "Undersecretary for Civil Aviation Affairs Shaikh Khalid": a deputy's title with its portfolio too
  "undersecretary",
  "under-secretary",
]);

/**
 * How many tokens from `j` ("of") a listed title with "of the" inside it goes on after the word before `j`
 * ("of the Peace" of "Justice of the Peace", "of the European Parliament" of "Member of the ..."), or 0.
 */
function titleWithOfThe(g: Gazetteer, tokens: readonly Token[], j: number): number {
  let text = `${(tokens[j - 1] as Token).lower} of the`;
  for (let k = j + 2; k < j + 5 && isNameWord(tokens[k]); k++) {
    text = `${text} ${(tokens[k] as Token).lower}`;
    if (g.titles.has(text)) return k + 1 - j;
  }
  return 0;
}

/** Bodies whose names go on after "on": "Commission on Elections", "Council on Foreign Relations". */
export const ON_AFTER: ReadonlySet<string> = new Set([
  // "Joint Working Group on Fisheries", "Task Force on Climate"
  "Group",
  "Force",
  "Authority",
  "Commission",
  "Committee",
  "Council",
  "Conference",
  "Panel",
]);

/** Presiding officers whose deputies are "pro tem": "President pro Tem", "Speaker pro Tempore". */
const PRESIDING = new Set(["president", "speaker"]);
/** Offices whose remit follows "of": "Director of Public Health", "Registrar of Companies". */
const REMIT_HOLDERS: ReadonlySet<string> = new Set(["director", "registrar", "controller", "comptroller", "inspector"]);

const TITLE_OF_PAIRS = new WeakMap<Gazetteer, ReadonlySet<string>>();

/**
 * Whether "of" between `before` and `after` is inside a title: a known one ("Registrar of Voters", "Chief of
 * Staff"), or an office and the words of a portfolio ("Director of Public Health").
 */
function titleOf(g: Gazetteer, before: Token, after: Token): boolean {
  if (REMIT_HOLDERS.has(before.lower) && PORTFOLIO_WORDS.has(after.text)) return true;
  let pairs = TITLE_OF_PAIRS.get(g);
  if (!pairs) {
    const found = new Set<string>();
    for (const t of g.titles) {
      const m = /(?:^| )(\S+) of (\S+)/.exec(t);
      if (m) found.add(`${m[1]} ${m[2]}`);
    }
    pairs = found;
    TITLE_OF_PAIRS.set(g, pairs);
  }
  return pairs.has(`${before.lower} ${after.lower}`);
}

/** Police ranks that "of" joins to their force, but not "for" to a portfolio: "Superintendent of Police". */
const OF_FORCE_AFTER = new Set(["commissioner", "superintendent"]);

/**
 * The index of "of" or "for" right after a minister's or a secretary's title in `[from, to)` ("Minister for the
 * Environment"), with only words of portfolios (and "the" first) after it up to `to`; or -1. ("Secretary of
 * State Hillary Clinton and ..." names the holder before "and".)
 */
function holderPortfolioStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k] as Token;
    if (t.text !== "of" && t.text !== "for") continue;
    if (!PORTFOLIO_HOLDERS.has((tokens[k - 1] as Token).lower)) return -1;
    const first = tokens[k + 1]?.text === "the" ? k + 2 : k + 1;
    for (let m = first; m < to; m++) if (!PORTFOLIO_WORDS.has((tokens[m] as Token).text)) return -1;
    return first < to ? k : -1;
  }
  return -1;
}

/**
 * Whether `[from, and)` and the words after "and" up to a minister's or secretary's title before `to` are all
 * words of portfolios: "Mines and Minerals Development Minister".
 */
function portfolioBeforeTitle(tokens: readonly Token[], from: number, and: number, to: number): boolean {
  for (let m = from; m < and; m++) if (!PORTFOLIO_WORDS.has((tokens[m] as Token).text)) return false;
  for (let m = and + 1; m < to; m++) {
    const t = tokens[m] as Token;
    if (PORTFOLIO_HOLDERS.has(t.lower)) return m > and + 1;
    if (!PORTFOLIO_WORDS.has(t.text)) return false;
  }
  return false;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Prefixes written in title case before a hyphen and a name: "Ex-Iloilo", "Anti-Duterte", "Pro-Kremlin". */
const NAME_PREFIXES_HYPHENED = new Set(["Ex", "EX", "Former", "Anti", "ANTI", "Pro", "PRO", "Non"]);
const ORDINAL = /^\d+(st|nd|rd|th)$/;

/** Words that close football clubs' names and also name a club alone: "Rangers", "United", "City". */
const CLUB_WORDS = new Set(["Rangers", "United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur"]);

/**
 * The index of the last "of" or "for" in `[from, to)`, when it stands right after a body's head word
 * ("Department of Health", "Federation of Indian Chambers of Commerce"), with only capitalised words after it up
 * to `to`; or -1.
 */
function portfolioStart(g: Gazetteer, tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 2; k > from; k--) {
    const t = tokens[k] as Token;
    if (t.text !== "of" && t.text !== "for") continue;
    if (!g.orgOfHeads.has((tokens[k - 1] as Token).text)) return -1;
    for (let m = k + 1; m < to; m++) if (!(tokens[m] as Token).cap && (tokens[m] as Token).text !== "and") return -1;
    return k;
  }
  return -1;
}

/**
 * Where a list of capitalised parts that opens at the comma `at` ends with "and" and its last part
 * (", Food and Rural Affairs"), or -1.
 */
function portfolioListEnd(tokens: readonly Token[], at: number): number {
  let k = at + 1;
  for (let parts = 0; parts < 4; parts++) {
    let w = k;
    while (w < tokens.length && w - k < 3 && isNameWord(tokens[w])) w++;
    if (w === k) return -1;
    const next = tokens[w];
    if (next?.text === ",") {
      k = w + 1;
      continue;
    }
    if (next?.text !== "and" || !isNameWord(tokens[w + 1])) return -1;
    let end = w + 1;
    while (end < tokens.length && end - w <= 3 && isNameWord(tokens[end])) end++;
    return end;
  }
  return -1;
}

function isNameWord(t: Token | undefined): boolean {
  // a capital, or digits then a capital ("3M", "7UP"); the regex only runs on tokens that start with a digit
  // and are not digits only ("2012")
  if (!t?.word) return false;
  if (t.cap) return !currencyAmount(t.text);
  return isDigit(codeAt(t.text, 0)) && !isNumber(t.text) && DIGITS_CAPITAL.test(t.text);
}

/**
 * "N100", "N2.1", "P2", "Ksh.48", "Rs500", "CFA40", "GH¢5": a currency's letters and an amount, which name no
 * one.
 */
const CURRENCY_AMOUNT =
  /^(?:N|P|K|R|Rs|Sh|Tk|Ksh|KSh|Kshs|Tsh|CFA|FCFA|GHS|GH¢|KES|UGX|TZS|ZAR|NGN|INR|PKR|LKR|NPR|BDT|Rp|RM|PHP|ETB|MWK|ZMW|Le)\.?\d[\d,.]*(?:m|bn|k)?$/;

/**
 * Whether a capitalised word is a currency amount (see CURRENCY_AMOUNT); the regex runs only where a digit follows
 * within the longest currency's letters and a stop.
 */
function currencyAmount(text: string): boolean {
  for (let k = 1; k <= 5; k++) if (isDigit(codeAt(text, k))) return CURRENCY_AMOUNT.test(text);
  return false;
}

const DIGITS_CAPITAL = /^\d+\p{Lu}/u;

/** Whether every token of `[from, to)` is a word of a portfolio: "Labour", "Social Welfare". */
function everyPortfolioWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (!PORTFOLIO_WORDS.has((tokens[m] as Token).text)) return false;
  return true;
}

/** Whether a word is digits only. */
function isNumber(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/** A given name of two romanised syllables joined by a hyphen: "Jae-in", "Jong-un", "Ing-wen", "Kuo-hsiung". */
const SYLLABLE_NAME =
  /^[A-Z][a-z]{0,5}-(?!(?:led|backed|based|owned|run|held|funded|born|made|style|linked|allied|aligned|era|wide)$)[a-z]{1,6}$/;

/**
 * The word of a Korean or Japanese unit of place after its name and a hyphen: "Garibong-dong", "Jongno-gu",
 * "Boeun-gun", "Sinchon-ri", "Jeju-do", "Sejong-ro", "Shinjuku-ku", "Kadena-cho", "Yomitan-son".
 */
export const UNIT_OF_PLACE = /^\p{Lu}\p{Ll}+-(?:dong|gu|gun|si|eup|myeon|ri|do|ro|gil|ku|cho|machi|mura|son|shi|ken)$/u;

const capWord = (p: string | undefined) => p !== undefined && /^\p{Lu}\p{Ll}/u.test(p);

/** Whether the token before `i` is a capitalised word right before it, not opening its sentence. */
function isNameBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  return !!prev && prev.word && prev.cap && !prev.possessive && t.start - prev.end === 1 && prev.text.length <= 6;
}

/**
 * Splits a hyphenated word into its capitalised part and the rest, so that "US-led" mentions the US and
 * "anti-NATO" mentions NATO, while "NATO-Russia" and "al-Assad" stay whole. Returns the tokens to use.
 */
export function splitHyphens(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.word && t.text.includes("-"))) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || !t.text.includes("-")) {
      out.push(t);
      continue;
    }
    // "Moon Jae-in", "Kim Jong-un", "Tsai Ing-wen": a romanised given name of two syllables after a surname
    if (SYLLABLE_NAME.test(t.text) && isNameBefore(tokens, i)) {
      out.push(t);
      continue;
    }
    // ("Garibong-dong", "Shinjuku-ku": a place and its unit's word, not after a surname as a given name is)
    if (UNIT_OF_PLACE.test(t.text)) {
      out.push(t);
      continue;
    }
    const parts = t.text.split("-");
    // "Prayut Chan-o-cha": a Thai surname of syllables in lower case after a capitalised first
    if (parts.length >= 3 && capWord(parts[0]) && parts.slice(1).every((p) => /^\p{Ll}{1,4}$/u.test(p))) {
      out.push(t);
      continue;
    }
    // "Weston-super-Mare", "Stratford-upon-Avon", "Southend-on-Sea", "Saint-Jean-de-Luz", "Île-à-Vache": a name
    // with short lower-case links inside
    const inner = parts.slice(1, -1);
    if (
      parts.length >= 3 &&
      capWord(parts[0]) &&
      capWord(parts.at(-1)) &&
      inner.every((p) => /^\p{Ll}{1,5}$/u.test(p) || capWord(p)) &&
      inner.some((p) => /^\p{Ll}/u.test(p))
    ) {
      out.push(copyToken(t, { cap: true }));
      continue;
    }
    // "BSL-3", "F-16", "Su-27": a code of letters and a number is one token, and no name; "President-elect",
    // "Prime Minister-designate": a title to be held is one word
    if (parts.length === 2 && /^(?:\d+|elect|designate)$/.test(parts[1] as string)) {
      out.push(t);
      continue;
    }
    const capped = parts.map((p) => p !== p.toLowerCase());
    const allCap = capped.every(Boolean);
    // ("Deir ez-Zor", "Ras an-Naqura", "Jisr ash-Shughur": the article assimilated to the letter after it)
    const lowParticle =
      parts.length === 2 &&
      /^(al|el|ad|as|ash|bin|ibn|abu|abd|ez|es|ed|en|an|ar|at|az|ech|et)$/i.test(parts[0] as string);
    if (lowParticle && capped[1]) {
      out.push(copyToken(t, { cap: true })); // "al-Assad", "el-Sisi": a name despite its lower-case particle
      continue;
    }
    // "Ex-Iloilo town mayor", "Anti-Duterte rally", "Pro-Kremlin media": a prefix in title case before a name is no
    // part of it
    const prefix = parts[0] as string;
    // (only before a name the lists know: "Anti-Corruption Agency", "World Anti-Doping Agency", "Non-Aligned
    // Movement" are one word of a name)
    if (
      parts.length === 2 &&
      capped[1] &&
      NAME_PREFIXES_HYPHENED.has(prefix) &&
      gazetteer().names.has(parts[1] as string)
    ) {
      const text = parts[1] as string;
      out.push(
        copyToken(t, {
          text,
          lower: text.toLowerCase(),
          start: t.start + prefix.length + 1,
          caps: text.length >= 2 && text === text.toUpperCase(),
          opener: false,
        }),
      );
      continue;
    }
    if (allCap || lowParticle || !capped.some(Boolean)) {
      out.push(t);
      continue;
    }
    // "Co-operation", "Co-op": a word that only opens with a capital, on a prefix of two letters
    if (parts.length === 2 && capped[0] && !capped[1] && /^\p{Lu}\p{Ll}$/u.test(parts[0] as string)) {
      out.push(t);
      continue;
    }
    // keep the capitalised run at the start ("US-led") or the end ("anti-NATO") as its own token
    let offset = 0;
    const bounds = parts.map((p) => {
      const b = { s: offset, e: offset + p.length };
      offset += p.length + 1;
      return b;
    });
    const first = capped.indexOf(true);
    let last = first;
    while (last + 1 < parts.length && capped[last + 1]) last++;
    const s = (bounds[first] as { s: number }).s;
    const e = (bounds[last] as { e: number }).e;
    const text = t.text.slice(s, e);
    const letters = text.replace(/[^\p{L}]/gu, "");
    out.push(
      copyToken(t, {
        text,
        lower: text.toLowerCase(),
        start: t.start + s,
        end: t.start + e,
        caps: letters.length >= 2 && letters === letters.toUpperCase(),
        possessive: last === parts.length - 1 ? t.possessive : false,
        opener: first === 0 ? t.opener : false,
      }),
    );
    // the lower-case rest is a plain word; it must not join the next name (its lower case keeps the rest, which
    // says what the name before is to the next: "Murmansk-based Arktika Trawl")
    const rest = t.text.slice(e).toLowerCase();
    out.push(
      copyToken(t, { text: "-", lower: rest, word: false, cap: false, caps: false, start: t.start + e, end: t.end }),
    );
  }
  return out;
}

// In a title-case line ("Minister Says Talks Are On Track") every word is capitalised: these words, which
// no name of a person, organisation or place holds, end a run there.
const TITLE_CASE_BREAKS = new Set(
  (
    "says said tells told warns urges calls asks is are was were be been has have had will would can could may " +
    "might should must to on in at from with after over as by about into amid ahead against during within without " +
    "than and but or not no its their his her this that these those who what why how when where if over considering " +
    "returning working meeting talks seeks wants plans vows set amid"
  ).split(" "),
);

/** Lower-case words with rules of their own inside a name: "Bank of Ghana", "Bosnia and Herzegovina". */
const INNER_LINKS = new Set(["of", "for", "and", "the", "on", "in", "to", "at"]);

/** The end of a known name that starts in the run `[from, at)` and goes on past `at`, or -1. */
function knownAcross(g: Gazetteer, tokens: readonly Token[], from: number, at: number): number {
  for (let k = from; k < at; k++) {
    const m = matchKnown(g, tokens, k, tokens.length);
    if (m && m[1] > at) return m[1];
  }
  return -1;
}

/** Verbs of speech: "Smith's Park said" is a person's park, not a place named so. */
const SPEECH_AFTER = new Set(["said", "says", "told", "added", "stated"]);

/**
 * Whether the possessive before `j` is part of a place's name that a place's head word at `j` closes: "Potter's
 * Cay", "Fisherman's Wharf", or of an office's court ("Resident Magistrate's Court"). A known name's possessive
 * is its own ("Kenya's Rift Valley").
 */
function possessivePlace(g: Gazetteer, tokens: readonly Token[], j: number): boolean {
  const owner = tokens[j - 1] as Token;
  const head = tokens[j];
  // ("Hawke's Bay Regional Council", "Martha's Vineyard Airport": a place the lists know by its possessive name,
  // whatever follows it)
  if (head?.cap && !owner.caps && g.names.get(`${owner.text}'s ${head.text}`)?.kind === "place") return true;
  return (
    head?.cap === true &&
    !head.caps &&
    // ("Kisutu Resident Magistrate's Court": an office's court)
    (g.placeHeads.has(head.text) || (head.text === "Court" && g.titles.has(owner.lower))) &&
    owner.cap &&
    !owner.caps &&
    factsOf(g, owner).entry === undefined &&
    !isNameWord(tokens[j + 1]) &&
    !SPEECH_AFTER.has(tokens[j + 1]?.lower ?? "")
  );
}

/** Legal forms of several words, as tokens: "de C.V." after "S.A.", "sp. z o.o.". */
const LEGAL_TAILS: readonly (readonly string[])[] = [
  ["de", "C.V."],
  ["de", "R.L."],
  ["sp.", "z", "o.o."],
  ["Sp.", "z", "o.o."],
];
/** Legal forms written in lower case, which no capital marks as part of a name: "Skoda Auto a.s.". */
const LOWER_FORMS: ReadonlySet<string> = new Set(LEGAL_FORMS.filter((f) => /^[a-z]/.test(f)));
/** Legal forms that may follow a company's name after a comma: "Edenorte Dominicana, S.A.", "Acme, Inc.". */
const COMMA_FORMS = new Set([
  "S.A.",
  "S.A.B.",
  "Inc.",
  "Inc",
  "LLC",
  "Ltd.",
  "Ltd",
  "S.L.",
  "S.R.L.",
  "S.p.A.",
  "N.V.",
]);

/** Where a legal form that starts at token `j` ends, or `j`. */
function legalTailEnd(tokens: readonly Token[], j: number): number {
  const before = tokens[j - 1]?.text ?? "";
  if (tokens[j]?.text === "," && COMMA_FORMS.has(tokens[j + 1]?.text ?? "") && !isNameWord(tokens[j + 2])) return j + 2;
  if (LOWER_FORMS.has(tokens[j]?.text ?? "")) return j + 1;
  for (const tail of LEGAL_TAILS) {
    if (tail[0] === "de" && !/^(?:S\.A\.(?:B\.)?|S\.|R\.L\.)$/.test(before)) continue;
    if (tail.every((w, k) => tokens[j + k]?.text === w)) return j + tail.length;
  }
  return j;
}

/**
 * Finds the capitalised runs among `tokens`; a possessive ends a run ("Russia's NATO ambassador"). In a
 * title-case line, verbs and function words end a run as well.
 */
export function findChunks(tokens: readonly Token[], g: Gazetteer, titleCase = false): Chunk[] {
  const chunks: Chunk[] = [];
  const breaks = (t: Token | undefined) => titleCase && t !== undefined && TITLE_CASE_BREAKS.has(t.lower);
  let i = 0;
  while (i < tokens.length) {
    // "16th Street Mall": an ordinal opens a name when a capitalised word follows
    const text = (tokens[i] as Token).text;
    const ordinal = isDigit(codeAt(text, 0)) && !isNumber(text) && ORDINAL.test(text) && isNameWord(tokens[i + 1]);
    if ((!isNameWord(tokens[i]) && !ordinal) || breaks(tokens[i])) {
      i++;
      continue;
    }
    const from = i;
    let j = i + 1;
    while (j < tokens.length && (!(tokens[j - 1] as Token).possessive || possessivePlace(g, tokens, j))) {
      const t = tokens[j] as Token;
      if (breaks(t)) break;
      if (isNameWord(t)) {
        j++;
        continue;
      }
      // "Grupo Fronterizo S.A.B. de C.V.", "Zabka Polska sp. z o.o.", "Edenorte Dominicana, S.A.": a legal form
      // of several words, or after a comma, closes the company's name
      const legal = legalTailEnd(tokens, j);
      if (legal > j) {
        j = legal;
        break;
      }
      // "Procter & Gamble", "Brightwater & Lowe": "&" joins the names around it into one
      if (t.text === "&" && isNameWord(tokens[j + 1])) {
        j += 2;
        continue;
      }
      // "Amando M. Tetangco, Jr.": a name's suffix after a comma, where no name goes on after it
      if (
        t.text === "," &&
        j - from >= 2 &&
        g.suffixes.has(tokens[j + 1]?.text ?? "") &&
        !isNameWord(tokens[j + 2]) &&
        !g.suffixes.has((tokens[j - 1] as Token).text)
      ) {
        j += 2;
        continue;
      }
      // "Department for Environment, Food and Rural Affairs": a portfolio of three parts or more runs on over
      // its commas to the part after "and"
      if (t.text === ",") {
        const listEnd = portfolioListEnd(tokens, j);
        if (listEnd > 0 && portfolioStart(g, tokens, from, j) > 0) {
          j = listEnd;
          continue;
        }
        // "Ghana Cocoa, Coffee and Sheanut Farmers Association", "Jakarta Manpower, Transmigration and Energy
        // Agency": a list of trades or portfolios that a body's head word closes, one word before the comma
        if (listEnd > 0 && j - from <= 3 && g.orgHeads.has((tokens[listEnd - 1] as Token).text)) {
          let words = true;
          for (let k = j + 1; k < listEnd; k++) {
            const w = tokens[k] as Token;
            if (w.text !== "," && w.text !== "and" && (!w.cap || w.caps || factsOf(g, w).given)) words = false;
          }
          if (words && !(tokens[j - 1] as Token).caps && factsOf(g, tokens[j - 1] as Token).entry === undefined) {
            j = listEnd;
            continue;
          }
        }
      }
      // "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": "and" joins inside a known name
      if (t.text === "and") {
        const known = knownAcross(g, tokens, from, j);
        if (known > j) {
          j = known;
          continue;
        }
        // "Securities and Exchange Commission", "Food and Drug Administration": an unknown word, "and", and
        // capitalised words up to an organisation's head word are one name
        const before = tokens[j - 1] as Token;
        // ("The Securities and Exchange Commission": the article is no word of the name)
        const first = (tokens[from] as Token).text === "The" ? from + 1 : from;
        // ("Addis Ababa Water and Sewerage Authority": a known place's name of several words counts as one word)
        const place = matchKnown(g, tokens, first, j);
        const head = place && place[0].kind === "place" && place[1] < j ? place[1] - 1 : first;
        let k = j + 1;
        while (k < tokens.length && isNameWord(tokens[k]) && !(tokens[k - 1] as Token).possessive) k++;
        // ("State Defence Logistics and Procurement Centre", "Norwegian Water Resources and Energy Directorate":
        // three words before "and" when none is a given name)
        // ("the UAW and Brenner Seating Systems": an acronym before "and" is a body of its own)
        let plain = j - head <= 2 && !(before.caps && before.text.length > 1);
        // (not two bodies: "United Bulawayo Hospitals and Mpilo Central Hospital")
        if (!plain && j - head === 3 && k - j <= 3 && !before.caps && !g.orgHeads.has(before.text)) {
          plain = true;
          // ("Northern Ireland Fire and Rescue Service": a known place's word is no given name here)
          for (let w = head; w < j; w++) {
            const f = factsOf(g, tokens[w] as Token);
            if (f.given && f.entry === undefined) plain = false;
          }
        }
        if (
          k > j + 1 &&
          plain &&
          g.orgHeads.has((tokens[k - 1] as Token).text) &&
          // "Motherwell and Rangers": a club's name alone after "and" is a second club
          !(k === j + 2 && CLUB_WORDS.has((tokens[j + 1] as Token).text)) &&
          !before.possessive &&
          // ("Labour and Social Welfare Department": a portfolio, though "Labour" alone is a party)
          (factsOf(g, before).entry === undefined ||
            (PORTFOLIO_WORDS.has(before.text) && DEPARTMENT_HEADS.has((tokens[k - 1] as Token).text))) &&
          // "the Council and Parliament" are two bodies; "Securities and Exchange Commission" is one, and so is
          // "Sohag Water and Wastewater Company", a utility's trade before "and" in a firm's or authority's name
          (!g.orgHeads.has(before.text) ||
            // ("Derry City and Strabane District Council": a council named after a city and a district)
            (TOWN_WORDS.has(before.text) && COUNCIL_WORDS.has((tokens[k - 1] as Token).text)) ||
            (TRADE_WORDS.has(before.text) &&
              (j - 1 === head ||
                UTILITY_BODIES.has((tokens[k - 1] as Token).text) ||
                // ("Pacific Gas and Electric Co.": two trades before the firm's legal form)
                COMPANY_FORMS.has((tokens[k - 1] as Token).text)))) &&
          !matchKnown(g, tokens, j + 1, k)
        ) {
          j = k;
          continue;
        }
        // ("Bahamas Power and Light said", "Kenya Power and Lighting"): a utility named by the two services it sells
        const service = tokens[j + 1] as Token | undefined;
        if (
          j - 1 > head &&
          SERVICES.has(before.text) &&
          service !== undefined &&
          SERVICES.has(service.text) &&
          !before.possessive &&
          factsOf(g, tokens[head] as Token).given !== true
        ) {
          j =
            k > j + 2 &&
            (UTILITY_BODIES.has((tokens[k - 1] as Token).text) || COMPANY_FORMS.has((tokens[k - 1] as Token).text))
              ? k
              : j + 2;
          continue;
        }
        // "Mines and Minerals Development Minister Maxwell Mwale": a portfolio of two parts before its title
        if (k > j + 2 && !before.possessive && portfolioBeforeTitle(tokens, from, j, k)) {
          j = k;
          continue;
        }
        // "Minister for the Environment and Water Resources Tan Wei Ming": a minister's or a secretary's
        // portfolio has two parts; segmenting the chunk splits the holder's name off it
        if (k > j + 2 && !before.possessive && holderPortfolioStart(tokens, from, j) > 0) {
          j = k;
          continue;
        }
        // "Department of Health and Social Care", "Office of Management and Budget": the portfolio after "of"
        // or "for" in a body's name has two parts
        const of = portfolioStart(g, tokens, from, j);
        const whole = of > 0 ? matchKnown(g, tokens, of - 1, j) : null;
        // ("Ministry of Social Affairs and Labour": a portfolio's word that is also a party's name)
        const knownAfter = of > 0 ? matchKnown(g, tokens, j + 1, k) : null;
        if (
          of > 0 &&
          k > j + 1 &&
          k - j <= 4 &&
          !before.possessive &&
          !(whole && whole[1] === j) &&
          (!knownAfter || everyPortfolioWord(tokens, j + 1, k))
        ) {
          j = k;
          continue;
        }
      }
      // "Save the Children", "Doctors without Borders": a known name with a lower-case word inside it
      if (t.text === "the" || t.text === "without" || t.text === "to" || t.text === "of" || t.text === "for") {
        const known = knownAcross(g, tokens, from, j);
        if (known > j) {
          j = known;
          continue;
        }
      }
      // "Senate President pro Tem John Burton": a presiding officer's "pro tem" inside the title
      if (
        t.text === "pro" &&
        /^Tem(?:pore)?$/.test(tokens[j + 1]?.text ?? "") &&
        PRESIDING.has((tokens[j - 1] as Token).lower)
      ) {
        j += 2;
        continue;
      }
      // "Bangko Sentral ng Pilipinas", "Sangguniang Panlalawigan ng Batangas": Filipino "ng" ("of") inside a body's
      // name that opens with a head word of another language
      if (t.text === "ng" && isNameWord(tokens[j + 1]) && opensForeignBody((tokens[from] as Token).text)) {
        j += 2;
        continue;
      }
      // lower-case particles and "of" only join when a capitalised word follows
      const prev = tokens[j - 1] as Token;
      // "Dar es Salaam", "Alphen aan den Rijn": a known name with lower-case words inside it that are no
      // particle (the words that join bodies' names, "of" and "and", have rules of their own)
      if (
        t.word &&
        !g.particles.has(t.text) &&
        !INNER_LINKS.has(t.text) &&
        (isNameWord(tokens[j + 1]) || ((tokens[j + 1] as Token | undefined)?.word && isNameWord(tokens[j + 2])))
      ) {
        const known = knownAcross(g, tokens, Math.max(from, j - 3), j);
        if (known > j) {
          j = known;
          continue;
        }
      }
      let k = j;
      while (k < tokens.length && k - j < 2 && (tokens[k] as Token).word && g.particles.has((tokens[k] as Token).text))
        k++;
      if (k > j && isNameWord(tokens[k]) && !prev.caps) {
        j = k + 1;
        continue;
      }
      // "Minister for the Environment", "Secretary of the Treasury": the article before a portfolio; "Office of
      // the Labour Commissioner", "University of the West Indies": the article after a body's head word and "of"
      // ("elected to the Assembly for the Camp constituency" names a seat)
      // (not after a name already whole: "the Interior Ministry of the Government of National Accord")
      const ofOrFor = t.text === "of" || t.text === "for";
      const whole =
        ofOrFor && prev.text === "Ministry" && PORTFOLIO_WORDS.has(tokens[j - 2]?.text ?? "") && j - 2 >= from;
      if (
        (t.text === "of" || t.text === "for") &&
        tokens[j + 1]?.text === "the" &&
        isNameWord(tokens[j + 2]) &&
        (PORTFOLIO_HOLDERS.has(prev.lower) || (t.text === "of" && g.orgOfHeads.has(prev.text) && !whole))
      ) {
        j += 3;
        continue;
      }
      // "Justice of the Peace Louise X", "Leader of the Opposition X": a listed title with "of the" inside it
      const listed = t.text === "of" && tokens[j + 1]?.text === "the" ? titleWithOfThe(g, tokens, j) : 0;
      if (listed > 0) {
        j += listed;
        continue;
      }
      // (nor before a person's name: "the Presidency Council of Faiez Serraj")
      const nextWord = tokens[j + 1];
      const surname = tokens[j + 2];
      const person =
        ofOrFor &&
        nextWord !== undefined &&
        surname !== undefined &&
        factsOf(g, nextWord).given &&
        !factsOf(g, nextWord).demonym &&
        !PORTFOLIO_WORDS.has(nextWord.text) &&
        isNameWord(surname) &&
        !factsOf(g, surname).common &&
        !factsOf(g, surname).orgHead &&
        !factsOf(g, surname).placeHead;
      if (
        (t.text === "of" || t.text === "for") &&
        isNameWord(tokens[j + 1]) &&
        !person &&
        (OF_AFTER.has(prev.lower) ||
          g.orgOfHeads.has(prev.text) ||
          (t.text === "of" && (OF_FORCE_AFTER.has(prev.lower) || titleOf(g, prev, tokens[j + 1] as Token))))
      ) {
        j += 2;
        continue;
      }
      // "Chamber of Mines of Zambia", "Council of Churches of Kenya", "Departmental Directorate of Agriculture of the
      // South": a body named with "of" goes on after a second "of" to the country, state or part of the country it
      // serves
      // ("Chamber of Mines of South Africa": a country's name of several words)
      const country = t.text === "of" && isNameWord(tokens[j + 1]) ? countryNameEnd(g, tokens, j + 1) : -1;
      const serves =
        country > 0
          ? country - j
          : t.text === "of" && tokens[j + 1]?.text === "the" && REGION_PARTS.has(tokens[j + 2]?.text ?? "")
            ? 3
            : 0;
      if (serves > 0) {
        let named = false;
        for (let k = from + 1; k < j - 1 && !named; k++)
          named = (tokens[k] as Token).text === "of" && g.orgOfHeads.has((tokens[k - 1] as Token).text);
        if (named) {
          j += serves;
          continue;
        }
      }
      // "Commission on Restitution of Land Rights", "Committee for the Protection of Journalists": a body named with
      // "on" or "for" goes on after "of"
      if (t.text === "of" && isNameWord(tokens[j + 1]) && j - from <= 6) {
        let named = false;
        for (let k = from + 1; k < j - 1 && !named; k++) {
          const w = (tokens[k] as Token).text;
          const head = (tokens[k - 1] as Token).text;
          named = (w === "on" && ON_AFTER.has(head)) || (w === "for" && g.orgOfHeads.has(head));
        }
        if (named) {
          j += 2;
          continue;
        }
      }
      // "Alaskans for the Dividend", "Citizens for Responsibility": people of a cause, named for what they want
      if (
        t.text === "for" &&
        j - 1 === from &&
        /^\p{Lu}\p{Ll}+(?:ans|ers|ens|ists|ents|ents|ians|ors)$/u.test(prev.text) &&
        (isNameWord(tokens[j + 1]) || (tokens[j + 1]?.text === "the" && isNameWord(tokens[j + 2])))
      ) {
        j += tokens[j + 1]?.text === "the" ? 3 : 2;
        continue;
      }
      // "Liberation Tigers of Tamil Eelam (LTTE)", "Movement for Democratic Change (MDC)": the words up to the
      // initials in brackets that spell them are one name
      const spelled = spelledUpTo(tokens, from, j);
      if (spelled > j) {
        j = spelled;
        continue;
      }
      // "Commission on Elections", "Committee on Foreign Affairs", but not "the Committee on Tuesday"
      if (
        t.text === "on" &&
        ON_AFTER.has(prev.text) &&
        isNameWord(tokens[j + 1]) &&
        !factsOf(g, tokens[j + 1] as Token).nonName
      ) {
        j += 2;
        continue;
      }
      break;
    }
    // "at Ottawa City Hall Wednesday", "in Parliament Monday": a weekday after a place's or a body's name, as
    // North American papers date without "on", is no part of it
    // ("Good Friday", "Super Tuesday" are days' names; "Emmanuel Monday" a person's)
    if (
      j - from >= 2 &&
      WEEKDAYS.has((tokens[j - 1] as Token).text) &&
      !(j - from === 2 && factsOf(g, tokens[j - 2] as Token).given) &&
      !DAY_NAMERS.has((tokens[j - 2] as Token).text)
    )
      j--;
    // "(AA Photo)", "Reuters Pictures": a photo credit's last word is no part of the agency's name
    if (j - from >= 2 && /^(?:Photos?|Pictures|Images)$/.test((tokens[j - 1] as Token).text)) j--;
    // "Jane Smith MP", "Fergal Brennan-Whyte SC": letters after a name are no part of it
    const end = j - from >= 3 && POST_NOMINALS.has((tokens[j - 1] as Token).text) && !(tokens[j - 2] as Token).caps;
    chunks.push({ from, to: end ? j - 1 : j });
    i = j;
  }
  return chunks;
}

/** The days of the week. */
const WEEKDAYS = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
/** Words that name a day of the week as a holiday or an event: "Good Friday", "Super Tuesday", "Bloody Sunday". */
const DAY_NAMERS = new Set(
  "Good Black Ash Super Holy Easter Palm Maundy Bloody Cyber Giving Shrove Clean Great Fat Blue Red Green Low Trinity Whit Mothering".split(
    " ",
  ),
);

/** Small words inside a body's name that its initials may leave out. */
const SPELL_LINKS = new Set(["of", "for", "and", "the", "on", "in", "de", "&"]);

/**
 * The end of the name words and small words from `j` (a small word inside a run of names that opens at `from`) up
 * to initials in brackets that spell the whole run's capitalised words, with or without its small words:
 * "Liberation Tigers of Tamil Eelam (LTTE)". `j` when there are none.
 */
function spelledUpTo(tokens: readonly Token[], from: number, j: number): number {
  if (!SPELL_LINKS.has((tokens[j] as Token).text)) return j;
  let k = j;
  while (k < tokens.length && k - from < 12 && (isNameWord(tokens[k]) || SPELL_LINKS.has((tokens[k] as Token).text)))
    k++;
  if (k === j || tokens[k]?.text !== "(" || tokens[k + 2]?.text !== ")" || !isNameWord(tokens[k - 1])) return j;
  const letters = (tokens[k + 1] as Token).text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3 || letters !== letters.toUpperCase()) return j;
  let caps = "";
  let all = "";
  for (let m = from; m < k; m++) {
    const w = (tokens[m] as Token).text;
    const initial = w.charAt(0).toUpperCase();
    all += initial;
    if (!SPELL_LINKS.has(w)) caps += initial;
  }
  return letters === caps || letters === all ? k : j;
}

/** Letters written after a person's name: a seat in a parliament, a rank at the bar, an honour, a degree. */
const POST_NOMINALS: ReadonlySet<string> = new Set(
  "MP MEP MSP MLA MPP MHA TD QC KC SC OBE MBE CBE KBE DBE PhD".split(" "),
);

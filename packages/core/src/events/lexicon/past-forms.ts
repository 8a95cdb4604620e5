// Words that end as a verb in the past does and are none, and the words before an "-ed" word that make it an
// adjective: shared by the readers that look for a sentence's verb (the lead's fallback event, the dated
// happenings the lexicon does not type) and by the tense of time expressions.

/** Lower-case words in "-ed" that are no verb in the past here: nouns and adjectives ("seed", "a hundred"). */
export const NOT_PAST_ED: readonly string[] = [
  "need",
  "needs",
  "speed",
  "feed",
  "seed",
  "breed",
  "bred",
  "deed",
  "greed",
  "weed",
  "creed",
  "steed",
  "sled",
  "wed",
  "embed",
  "indeed",
  "proceed",
  "succeed",
  "exceed",
  "red",
  "bed",
  "shed",
  "hundred",
  "based",
  "related",
  "armed",
  "united",
  "limited",
  "detailed",
  "advanced",
  "concerned",
  "interested",
  "supposed",
  "used",
  "skilled",
  "talented",
  "qualified",
  "experienced",
  "balanced",
  "noted",
  "renowned",
  "aged",
  "tired",
  "naked",
  "wicked",
  "sacred",
  "rugged",
  "ragged",
  "beloved",
  "learned",
  "alleged",
];

/** Words before an "-ed" word that make it an adjective or a noun: "a fixed rate", "the wounded", "most wanted". */
export const ADJECTIVE_BEFORE_ED: readonly string[] = [
  "a",
  "an",
  "the",
  "of",
  "for",
  "by",
  "with",
  "more",
  "most",
  "less",
  "least",
  "very",
  "so",
  "too",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "this",
  "that",
  "these",
  "those",
];

/**
 * Past tenses and past participles of common English verbs that do not end in "-ed" (the regular ones are read
 * by their ending). Words that are as often nouns or adjectives in news ("left", "set", "cost", "read", "lead",
 * "found", "bound", "lay") are not listed.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  (
    "arose awoke beat became began begun bent bet bit bitten bled blew blown bore borne broke broken brought " +
    "built burnt bought caught chose chosen came clung crept cut dealt did dug dived done drew drawn drank " +
    "drunk drove driven ate eaten fell fallen fed felt fought fled flung flew flown forbade forbidden forgot " +
    "forgotten forgave forgiven froze frozen got gotten gave given went gone ground grew grown hung had heard " +
    "hid hidden hit held hurt kept knelt knew known laid led lent lost made meant met mistook overcame " +
    "overran overtook oversaw paid proved proven put quit ran rang risen rose rode ridden said sat saw seen " +
    "sought sold sent shook shaken shot shut shrank sang sung sank sunk slept slid spoke spoken sped spent " +
    "spun split spread sprang stood stole stolen stuck stung struck stricken strove swore sworn swept swam " +
    "swum swung took taken taught tore torn told thought threw thrown thrust understood undertook undertaken " +
    "underwent upheld wore worn wove woven wept won wound withdrew withdrawn withheld withstood wrote written " +
    "woke woken " +
    // regular forms of four letters, which the test by ending leaves out with "need", "seed" and "feed"
    "died tied lied vied owed eyed"
  ).split(" "),
);

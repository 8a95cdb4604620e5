// Word lists for time expressions in news English. Data only: the recognisers and the tense rules read it.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const MONTH_PATTERN = "january|february|march|april|may|june|july|august|september|october|november|december";
export const WEEKDAY_PATTERN = "sunday|monday|tuesday|wednesday|thursday|friday|saturday";

/** Words that make a sentence worth handing to the date parser at all. */
export const TRIGGER = new RegExp(
  `\\b(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|tonight|tomorrow|last night|last evening|this (?:morning|afternoon|evening)|week|weekend|month|year|ago|(?:last|this|next|past|coming) (?:summer|winter|spring|autumn|fall)|(?:day|week|month|year)s? (?:later|earlier|afterwards)|christmas|easter|halloween|thanksgiving|new year's|boxing day|valentine's day|labor day|memorial day|good friday|patrick's day|1[89]\\d\\d|20\\d\\d|\\d{1,2}/\\d{1,2})\\b`,
  "i",
);

/** Words that only chrono's calendar parsers read: month names and numeric dates. */
export const CALENDAR_TRIGGER = new RegExp(
  `\\b(?:${MONTH_PATTERN.replace(/\b[a-z]/g, (c) => c.toUpperCase())}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?|\\b\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}\\b`,
  "g",
);

/** Relative units with the offset each modifier gives. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  yesterday: -1,
  "last night": -1,
  "last evening": -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
};

/** "by" right before a time expression, perhaps with a clock time: a deadline ("by Tuesday", "by 6 a.m. Wednesday"). */
export const DEADLINE_BY = String.raw`\bby(?:\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?))?$`;

/**
 * Cues before a time expression that put it in the future: a modal, or a verb of intent governing an
 * infinitive that the expression belongs to ("pledged to attend the protest on Saturday").
 */
export const FUTURE_CUES = new RegExp(
  String.raw`\b(?:will|shall|'ll|won't|is to|are to|is due|are due|due to|due on|due in|due by|due(?=\s*$)|scheduled|set to|set for|planned for|going to|upcoming|ahead of|before|next|expected to|expects? to|would)\b|${DEADLINE_BY}|\b(?:plan|plans|planned|planning|pledged?|pledging|vow(?:ed|s)? to|promis(?:e|ed|es|ing)|intend(?:s|ed)?|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|call(?:s|ed)? for|invit(?:e|es|ed)|want(?:s|ed)?|seek(?:s|ing)?|agreed|decided|urged?)\s+(?:\w+\s+){0,3}to\s+\w+`,
  "i",
);

/** Cues that keep an expression in the past even after an intent verb: "failed to", "managed to". */
export const PAST_CUES =
  /\b(?:fail(?:ed|s)?|tried|managed|refused|was|were|had|did|last|earlier|ago|since|previous|former)\b/i;

/** Hours in words: "at two in the morning", "shortly before eleven o'clock". */
const HOUR_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
/**
 * An hour or a time of the day the story's day holds: "at about 4pm", "at 5 am", "around 10.30pm", "about 2:15
 * p.m.", "at two in the morning", "at about eleven o'clock at night", "shortly before eleven o'clock", "at dawn",
 * "the same night", "through the night".
 */
export const CLOCK = new RegExp(
  [
    "\\b(?:at\\s+)?(?:(?:about|around|approximately)\\s+)?\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:[ap]\\.m\\.|[ap]m\\b)",
    `\\b(?:at|before|after)\\s+(?:about\\s+|around\\s+)?${HOUR_WORD}(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b`,
    `\\b(?:at|before|after)\\s+(?:about\\s+|around\\s+)?${HOUR_WORD}\\s+o'clock\\b`,
    "\\bat\\s+(?:dawn|dusk|daybreak|sunrise|sunset|midnight|noon|first\\s+light)\\b",
    "\\b(?:the\\s+same|that)\\s+(?:night|evening|afternoon|morning)\\b",
    "\\bthrough\\s+the\\s+night\\b",
  ].join("|"),
  "i",
);

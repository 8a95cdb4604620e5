// Renders one outlet's article about a story: its own layout, debris, spelling, quote marks and small changes
// of wording in the shared statements, as the same wire copy looks after several newsrooms have edited it.

import { BOTTOM_DEBRIS, MID_DEBRIS, TOP_DEBRIS } from "./data/debris.js";
import type { OutletEntry } from "./data/outlets.js";
import { BACKGROUND } from "./data/topics.js";
import type { Rng } from "./prng.js";
import { MONTHS, type Person, type Story } from "./story.js";

export const LAYOUTS = [
  "wire-one-line",
  "blank-separated",
  "dateline-lines",
  "magazine",
  "outlet-first",
  "web",
] as const;
export type Layout = (typeof LAYOUTS)[number];

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const SPELLINGS: readonly (readonly [string, string])[] = [
  ["defence", "defense"],
  ["programme", "program"],
  ["labour", "labor"],
  ["organisation", "organization"],
  ["centre", "center"],
];
const CONTRACTIONS: readonly (readonly [string, string])[] = [
  ["do not", "don't"],
  ["cannot", "can't"],
  ["It is", "It's"],
  ["We will", "We'll"],
  ["will not", "won't"],
  ["I am", "I'm"],
];

interface Style {
  readonly american: boolean;
  readonly curly: boolean;
  readonly contract: boolean;
}

/** Applies an outlet's house style and small edits to a statement. */
function varyQuote(text: string, style: Style, rng: Rng): string {
  let out = text;
  for (const [uk, us] of SPELLINGS) out = style.american ? out.replaceAll(uk, us) : out.replaceAll(us, uk);
  for (const [full, short] of CONTRACTIONS) out = style.contract ? out.replaceAll(full, short) : out;
  if (rng.chance(0.15)) out = out.replace(/^(But|And|So) (\w)/, (_m, _w, c: string) => c.toUpperCase());
  if (rng.chance(0.1)) out = out.replace(/ (really|still|already|very) /, " ");
  return out;
}

function fullName(p: Person): string {
  return `${p.first} ${p.last}`;
}

/** The first mention of a person, as a news lead names them. */
function introduce(p: Person, rng: Rng): string {
  if (p.title === "analyst") return `political analyst ${fullName(p)}`;
  const adjective = p.affiliationAdjective ? `${p.affiliationAdjective} ` : "";
  return rng.chance(0.8)
    ? `${adjective}${p.title} ${fullName(p)}`
    : `${fullName(p)}, the ${adjective}${p.title.toLowerCase()},`;
}

class Writer {
  private readonly introduced = new Set<number>();
  private lastSpeaker = -1;
  constructor(
    private readonly story: Story,
    private readonly rng: Rng,
    private readonly style: Style,
  ) {}

  /** Refers to person `i`: introduced in full the first time, then by family name or pronoun. */
  refer(i: number, allowPronoun: boolean): string {
    const p = this.story.people[i]!;
    if (!this.introduced.has(i)) {
      this.introduced.add(i);
      return introduce(p, this.rng);
    }
    if (allowPronoun && this.lastSpeaker === i && this.rng.chance(0.6)) return p.female ? "she" : "he";
    return p.last;
  }

  fill(template: string): string {
    return tidy(this.fillSlots(template));
  }

  private fillSlots(template: string): string {
    const s = this.story;
    return template
      .replace(/\{p(\d)\}/g, (_m, d: string) => this.refer(Number(d), false))
      .replaceAll("{Ad}", s.a.demonym)
      .replaceAll("{Bd}", s.b.demonym)
      .replaceAll("{A}", s.a.name)
      .replaceAll("{B}", s.b.name)
      .replaceAll("{city}", s.city)
      .replaceAll("{orgS}", s.org.short.replace(/^the /, ""))
      .replaceAll("{org}", s.org.name)
      .replaceAll("{issue}", s.issue)
      .replaceAll("{day}", weekday(s))
      .replaceAll("{n}", String(s.numbers.n))
      .replaceAll("{N}", s.numbers.big.toLocaleString("en-US"))
      .replaceAll("{year}", String(s.numbers.earlier))
      .replaceAll("{month}", s.numbers.month);
  }

  quoteParagraph(q: { speaker: number; text: string }): string {
    const [open, close] = this.style.curly ? ["\u201c", "\u201d"] : ['"', '"'];
    const text = varyQuote(this.fill(q.text), this.style, this.rng);
    const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [text];
    const withComma = (t: string) => t.replace(/\.$/, ",");
    const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    const speaker = this.refer(q.speaker, true);
    this.lastSpeaker = q.speaker;
    const form = this.rng.int(0, 5);
    const verb = this.rng.pick(["said", "said", "told reporters", "told a news conference", "added", "stated"]);
    let out: string;
    if (form === 0 && sentences.length > 1) {
      const rest = sentences.slice(1).join("").trim();
      out = `${open}${withComma(sentences[0]!.trim())}${close} ${speaker} ${verb}. ${open}${rest}${close}`;
    } else if (form === 1) out = `${cap(speaker)} ${verb}: ${open}${text}${close}`;
    else if (form === 2 && !/^(he|she)$/.test(speaker)) out = `${open}${withComma(text)}${close} said ${speaker}.`;
    else out = `${open}${withComma(text)}${close} ${speaker} ${verb}.`;
    out = tidy(out);
    return this.style.curly ? out.replace(/(\w)'(\w)/g, "$1\u2019$2") : out;
  }
}

/** Capitalises the start and drops the comma of an apposition that ends a clause. */
function tidy(text: string): string {
  const t = text.replace(/,([.:,])/g, "$1");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function weekday(s: Story): string {
  return WEEKDAYS[new Date(Date.UTC(s.date.year, s.date.month - 1, s.date.day)).getUTCDay()]!;
}

function longDate(s: Story): string {
  return `${MONTHS[s.date.month - 1]} ${s.date.day}, ${s.date.year}`;
}

function debris(line: string, outlet: OutletEntry, s: Story, rng: Rng): string {
  return line
    .replaceAll("{outlet}", outlet.name)
    .replaceAll("{agency}", outlet.agency)
    .replaceAll("{year}", String(s.date.year))
    .replaceAll("{n}", String(rng.int(0, 250)));
}

/** The body paragraphs: a lead, then statements and facts, until the article reaches `target` characters. */
function bodyParagraphs(story: Story, rng: Rng, writer: Writer, target: number): string[] {
  const paragraphs = [writer.fill(rng.pick(story.topic.leads))];
  const facts = [
    ...rng.sample(story.topic.facts, story.topic.facts.length),
    ...rng.sample(BACKGROUND, BACKGROUND.length),
  ];
  const quotes = story.quotes.filter(() => rng.chance(0.85));
  let length = paragraphs[0]!.length;
  let fi = 0;
  let qi = 0;
  while (length < target && (fi < facts.length || qi < quotes.length)) {
    // Spread the statements over the whole length, as a reporter does.
    const quotesLeft = quotes.length - qi;
    const takeQuote =
      quotesLeft > 0 && (fi >= facts.length || rng.chance(quotesLeft / (quotesLeft + (target - length) / 250)));
    let p = takeQuote ? writer.quoteParagraph(quotes[qi++]!) : writer.fill(facts[fi++]!);
    if (!takeQuote && fi < facts.length && rng.chance(0.35)) p += ` ${writer.fill(facts[fi++]!)}`;
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs;
}

/** Renders one outlet's article about `story` in `layout`. */
export function renderArticle(story: Story, outlet: OutletEntry, layout: Layout, reporter: string, rng: Rng): string {
  const style: Style = {
    american: rng.chance(0.5),
    curly: layout === "outlet-first" || rng.chance(0.3),
    contract: rng.chance(0.3),
  };
  const writer = new Writer(story, rng, style);
  const headline = writer.fill(rng.pick(story.topic.headlines));
  // The headline names nobody, so the lead introduces everyone afresh.
  const body = bodyParagraphs(story, rng, writer, rng.int(3000, 4200));
  const top = debris(rng.pick(TOP_DEBRIS), outlet, story, rng);
  const bottom = rng.sample(BOTTOM_DEBRIS, rng.int(1, 3)).map((l) => debris(l, outlet, story, rng));
  if (layout !== "wire-one-line" && body.length > 6 && rng.chance(0.4)) {
    body.splice(rng.int(3, body.length - 2), 0, rng.pick(MID_DEBRIS));
  }
  const city = story.city;
  switch (layout) {
    case "wire-one-line":
      return `. | . |\n|\n. |\nby Staff Writers ${city} (${outlet.agency}) ${longDate(story)} ${body.join(" ")}\n${bottom.join("\n")}\n|\n. |\n|\n`;
    case "blank-separated":
      return `${headline}\n\n${top}\n\n${body.join("\n\n")}\n\n${bottom.join("\n\n")}\n`;
    case "dateline-lines":
      return `${city.toUpperCase()} - ${body.join("\n")}\n${bottom.join("\n")}\n`;
    case "magazine": {
      const [p0, p1] = story.people;
      const day = String(story.date.day).padStart(2, "0");
      const caption = `${p0!.first} ${p0!.last} and ${p1!.first} ${p1!.last} (L) during a meeting in ${city}, ${day} ${MONTHS[story.date.month - 1]} ${story.date.year}. ${outlet.agency}/BGNES`;
      const meta = `World | ${longDate(story)}, ${weekday(story)} // ${String(rng.int(7, 22)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}|  views`;
      const tags = `Tags: ${[story.a.name, story.b.name, story.org.short.replace(/^the /, ""), story.issue, `${p0!.first} ${p0!.last}`].join(", ")}`;
      return `${headline}\n\n${meta}\n\n${caption}\n\n${body.join("\n\n")}\n\n${bottom.join("\n\n")}\n\n${tags}\n\n\n» Related Articles:\n`;
    }
    case "outlet-first":
      return `${outlet.name}\n\n${headline}\n\n${body[0]} ${body.slice(1, 3).join(" ")}\n${body.slice(3).join("\n")}\n\n${bottom.join("\n")}\n`;
    case "web": {
      return `Home | World | News\n${headline}\nBy ${reporter}, ${outlet.name}\nPublished ${longDate(story)}\n${top}\n\n${body.join("\n\n")}\n\n${bottom.join("\n")}\n`;
    }
  }
}

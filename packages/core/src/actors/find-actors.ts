// Stage text -> actors: finds the people, organisations and places of an article in its headline, body
// paragraphs and captions (never in debris or metadata lines) and merges their mentions into actors.
import { STOPWORDS } from "../corpus/stopwords.js";
import type { CleanDoc } from "../pipeline/context.js";
import type { Actor, Role } from "../schema/actor.js";
import type { Span } from "../schema/common.js";
import { firstStartingAt, holdsWord, isWholeAt } from "../text/search.js";
import { joined, none, remembered, sharedIds, strings } from "../text/share.js";
import type { Candidate } from "./candidate.js";
import { findChunks, splitHyphens } from "./chunks.js";
import { SAYS, speakingWords } from "./classify.js";
import { addContextRoles, findDescriptions } from "./context-roles.js";
import { factsOf } from "./facts.js";
import { type Gazetteer, gazetteer } from "./gazetteer.js";
import type { ActorAnalysis, IndexedMention } from "./lookup.js";
import { type Draft, mergeCandidates, withoutCorporateForm } from "./merge.js";
import { resolvePronouns } from "./pronouns.js";
import { kindCandidate, knownCandidate, segmentChunk } from "./segment.js";
import { copyToken, type Token, tokenAt, tokenize } from "./tokens.js";

export type { ActorAnalysis, IndexedMention } from "./lookup.js";
export {
  actorAt,
  holderBefore,
  lastOrganizationBefore,
  lastPersonBefore,
  mentionsIn,
  personIn,
  salientPersonBefore,
} from "./lookup.js";

const PERSON_AFTER = new Set([
  "said",
  "says",
  "told",
  "added",
  "warned",
  "insisted",
  "who",
  "noted",
  "stated",
  "argued",
  "wrote",
  "tweeted",
  "countered",
  "complained",
  "acknowledged",
  "explained",
  "replied",
  "admitted",
  "himself",
  "herself",
]);
const PERSON_POSSESSIONS = new Set([
  "regime",
  "government",
  "administration",
  "wife",
  "husband",
  "son",
  "daughter",
  "family",
  "supporters",
  "spokesman",
  "spokeswoman",
  "office",
  "comments",
  "remarks",
  "lawyer",
  "lawyers",
  "party",
  "father",
  "mother",
  "campaign",
  "aides",
  "aide",
  "presidency",
  "successor",
  "predecessor",
  "resignation",
  "death",
]);

/** Prepositions between a noun and the name it is of: "a leader from X", "the head of X", "a spokesman for X". */
const OWNER_PREPOSITIONS = new Set(["from", "of", "for", "at"]);

/** Marks a lone unknown word as a person when the words around it say so: "Assad's regime", "Smith said". */
function markPersonish(ts: readonly Token[], first: number, index: number, c: Candidate): void {
  // "Students at a centre in Aliganj said": a name after a place preposition is not who speaks
  if (c.kind !== "unknown" || c.placeish) return;
  const t = ts[index] as Token;
  const next = ts[index + 1];
  // "A youth leader from Muglad said", "the head of Ecowas said": a name after a noun and its preposition is not
  // who speaks; the noun is
  const prep = tokenAt(ts, first - 1);
  const noun = tokenAt(ts, first - 2);
  if (prep && OWNER_PREPOSITIONS.has(prep.lower) && noun?.word && !noun.cap && !noun.possessive) return;
  if (t.possessive && next && PERSON_POSSESSIONS.has(next.lower)) c.personish = true;
  else if (!t.possessive && next?.word && PERSON_AFTER.has(next.lower)) c.personish = true;
  // "Head of the agency's Sabu conservation section, Sutrisno, told ANTARA": a name in apposition between
  // commas, then a verb of saying, is the speaker's
  else if (
    !t.possessive &&
    // ("in Trenton, Ont., said": a province's abbreviation)
    !t.text.endsWith(".") &&
    next?.text === "," &&
    tokenAt(ts, first - 1)?.text === "," &&
    SAYS.has(ts[index + 2]?.lower ?? "")
  )
    c.personish = true;
}

/**
 * Whether the name at token `i` (ending at offset `end`) credits a photograph: "REUTERS/Jane Doe/File Photo",
 * "(AP Photo/Jane Doe)", "Photo: Getty Images/Jane Doe", "Photo by Jane Doe".
 */
function isCredit(ts: readonly Token[], i: number, end: number): boolean {
  const prev = tokenAt(ts, i - 1);
  if (prev?.text === "/" && prev.end === (ts[i] as Token).start) return true;
  const next = ts[firstStartingAt(ts, end)];
  if (next?.text === "/" && next.start === end) return true;
  const before = tokenAt(ts, i - 2);
  return (
    !!prev &&
    !!before &&
    (prev.text === ":" || prev.lower === "by") &&
    /^(photo|photos|photograph|picture|image|credit|video)$/.test(before.lower)
  );
}

const isDigitLed = (text: string) => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;

/** Whether `name` is written in a paragraph of the story's body other than `span` (a headline repeated is not). */
function namedElsewhere(doc: CleanDoc, name: string, span: Span): boolean {
  for (let at = doc.folded.indexOf(name); at >= 0; at = doc.folded.indexOf(name, at + 1)) {
    if (at >= span.start && at < span.end) continue;
    if (doc.paragraphs.some((p) => at >= p.start && at + name.length <= p.end)) return true;
  }
  return false;
}

function readUnit(
  g: Gazetteer,
  doc: CleanDoc,
  span: Span,
  paragraph: number,
  out: Candidate[],
  speaking?: ReadonlySet<string>,
): readonly Token[] {
  const tokens = tokenize(doc.folded, span.start, span.end);
  const split = doc.folded.slice(span.start, span.end).includes("-") ? splitHyphens(tokens) : tokens;
  const ts = paragraph >= 0 ? unshoutedLede(doc.folded, split) : split;
  const indexOf = (c: Candidate) => firstStartingAt(ts, c.start);
  const descriptions = findDescriptions(g, ts, paragraph);
  const taken = (c: Candidate) => descriptions.some((d) => c.start < d.end && d.start < c.end);
  const here: Candidate[] = [];
  // ("allAfrica.com: Sierra Leone: APC Agents Walk Out": the words after a line's last colon are its headline)
  let from = 0;
  for (let k = ts.length - 1; k > 0; k--)
    if ((ts[k] as Token).text === ":") {
      from = k + 1;
      break;
    }
  let words = 0;
  let capped = 0;
  for (let k = from; k < ts.length; k++) {
    const t = ts[k] as Token;
    if (!t.word) continue;
    words++;
    if (t.cap) capped++;
  }
  // ("The State Governor, Tengiz Shavgulidze, visited the village.": a sentence of names has verbs and nouns in
  // lower case; a title-case line leaves only its small words so, and numbers; asked only of the few units mostly
  // capitalised)
  let titleCase = words >= 3 && words <= 25 && capped / words > 0.6;
  for (let k = from; k < ts.length && titleCase; k++) {
    const t = ts[k] as Token;
    titleCase = !t.word || t.cap || STOPWORDS.has(t.lower) || isDigitLed(t.text);
  }
  for (const chunk of findChunks(ts, g, titleCase)) {
    for (const c of segmentChunk(g, ts, chunk, paragraph, titleCase, speaking)) {
      if (c.describes && taken(c)) continue;
      // ("Fire Guts Longtime Oak Park Diner", "APC Agents Walk Out"): in a line of title case, where verbs are
      // capitalised too, a body or a common word no list knows counts only when the text names it elsewhere
      // (a person's full name is kept: "Rowan Gillett, Crown Counsel" over a quotation)
      const i = indexOf(c);
      if (
        titleCase &&
        !c.entry &&
        (c.kind === "organization" || (!c.text.includes(" ") && factsOf(g, ts[i] as Token).common)) &&
        !namedElsewhere(doc, c.text, span)
      )
        continue;
      if (!c.entry && isCredit(ts, i, c.end)) continue;
      if (ts[i]?.start === c.start) {
        let last = i;
        while (last + 1 < ts.length && (ts[last + 1] as Token).start < c.end) last++;
        markPersonish(ts, i, last, c);
      }
      here.push(c);
    }
  }
  addContextRoles(g, ts, here, indexOf);
  out.push(...here, ...descriptions);
  return ts;
}

function slugOf(name: string): string {
  return (
    (/[\u0080-\uffff]/.test(name) ? name.normalize("NFKD") : name)
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "actor"
  );
}

/** The slug of a name, kept for the names met before: the same few thousand come back article after article. */
const slug = remembered(slugOf, 20_000);

function toActors(doc: CleanDoc, drafts: readonly Draft[]): { actors: Actor[]; ids: Map<Draft, string> } {
  const ids = new Map<Draft, string>();
  const used = new Set<string>();
  // one "articleId/" for the article, which each id extends
  const prefix = `${doc.id}/`;
  for (const d of drafts) {
    let id = joined(prefix, slug(d.name));
    for (let n = 2; used.has(id); n++) id = joined(prefix, slug(d.name), `-${n}`);
    used.add(id);
    ids.set(d, id);
  }
  const byName = new Map(drafts.map((d) => [d.name, d]));
  const asOf = doc.published?.value ?? null;
  // what the actors of an article repeat is held once: the article id list, empty lists, mention texts
  const articleIds = sharedIds([doc.id]);
  const text = strings();
  const actors = drafts.map((d): Actor => {
    const target = d.standsForName ? byName.get(d.standsForName) : undefined;
    const roles: Role[] =
      d.roles.length === 0
        ? none()
        : d.roles.map((r) => ({
            title: text(r.title),
            of: r.of === null ? null : text(r.of),
            asOf,
            articleId: doc.id,
            span: { start: r.start, end: r.end },
          }));
    // the filtered list keeps room to grow that an actor never uses: its aliases are copied out exactly
    const aliases = [...d.aliases].filter((a) => a !== d.name).map(text);
    // a seat of power that acts ("the Kremlin said") is the government it houses; "the Kremlin walls" stay a place
    const acts = d.kind === "place" && d.subtype === "landmark" && d.mentions.some((m) => m.via === "metonym");
    return {
      id: ids.get(d) as string,
      name: text(d.name),
      kind: acts ? "organization" : d.kind,
      subtype: acts ? "government" : d.subtype,
      aliases: aliases.length > 0 ? aliases.slice() : none(),
      articleIds,
      roles,
      mentions: d.mentions
        .map((m) => ({
          articleId: doc.id,
          span: { start: m.start, end: m.end },
          text: text(doc.raw.slice(m.start, m.end)),
          via: m.via,
        }))
        .sort((a, b) => a.span.start - b.span.start),
      country: d.country,
      standsFor: target && target !== d ? (ids.get(target) ?? null) : null,
    };
  });
  return { actors, ids };
}

/**
 * "Wien Energie GmbH ... the Wien Energie crisis": where a company is named with its legal form, its name without
 * the form is that company wherever the story writes it, though its first word is a place's ("Wien") and the rest
 * would read as a person's: the candidates inside each such mention give way to the company's.
 */
function shortCompanyNames(doc: CleanDoc, cands: Candidate[]): void {
  const shorts = new Set<string>();
  for (const c of cands) {
    if (c.kind !== "organization") continue;
    const short = withoutCorporateForm(c.text);
    if (short !== c.text && short.includes(" ")) shorts.add(short);
  }
  for (const short of shorts) {
    for (let at = doc.folded.indexOf(short); at >= 0; at = doc.folded.indexOf(short, at + short.length)) {
      const end = at + short.length;
      // a whole name: no letter on either side, and not the long form itself
      if (!isWholeAt(doc.folded, at, end)) continue;
      if (cands.some((c) => c.kind === "organization" && c.start <= at && c.end >= end)) continue;
      const inside = cands.filter((c) => c.start >= at && c.end <= end);
      if (inside.length === 0) continue;
      const ts = tokenize(doc.folded, at, end);
      if (ts.length === 0) continue;
      // in the place of the first of them, so that the candidates keep the text's order
      const first = cands.indexOf(inside[0] as Candidate);
      for (const c of inside.slice(1)) cands.splice(cands.indexOf(c), 1);
      cands[first] = kindCandidate(ts, 0, ts.length, (inside[0] as Candidate).paragraph, "organization", "company");
    }
  }
}

/**
 * "TOKYO (Kyodo) --": the place a story is filed from, set aside from the body as its dateline, is a place of the
 * story when the gazetteer knows it; so are the province and the country written after it.
 */
function datelinePlace(g: Gazetteer, doc: CleanDoc, out: Candidate[]): void {
  const span = doc.meta.dateline;
  if (!span || !doc.dateline) return;
  if (doc.paragraphs.some((p) => span.start >= p.start && span.start < p.end)) return;
  const e = g.names.get(doc.dateline);
  if (e?.kind === "place") {
    const ts = tokenize(doc.folded, span.start, span.end);
    if (ts.length > 0) out.push(knownCandidate(ts, 0, ts.length, -1, e, "name"));
  }
  // ("GUIUAN, Eastern Samar, Philippines –"): the province and the country after it, up to the dash
  const lead = doc.folded.slice(span.end, span.end + 90);
  const dash = lead.search(/\s[-\u2013\u2014]|[(\n]/);
  const after = /^(?:,\s*[^,]{2,40}){1,2}/.exec(dash < 0 ? lead : lead.slice(0, dash));
  if (!after) return;
  let at = span.end;
  for (const part of after[0].split(",").slice(1)) {
    at = doc.folded.indexOf(part, at);
    const name = part.trim();
    const start = at + part.indexOf(name);
    at += part.length;
    const known = g.names.get(name);
    if (known?.kind !== "place") continue;
    const ts = tokenize(doc.folded, start, start + name.length);
    if (ts.length > 0) out.push(knownCandidate(ts, 0, ts.length, -1, known, "name"));
  }
}

/**
 * Finds the people, organisations and places of an article and merges their mentions into actors.
 *
 * @example
 * const { actors } = findActors(doc);
 * actors.find((a) => a.name === "Sergei Lavrov")?.roles[0]?.title; // "Foreign Minister"
 */
/**
 * A paragraph's first words set in capitals as a lede's style ("KIRKBY arsonist jailed", "A CORK coroner has",
 * "GULF Air will fly"), read in the case the text writes them elsewhere, when it does ("Kirkby", "Cork"): an
 * acronym the text never writes otherwise ("ZANU-PF won") stays as it is.
 */
function unshoutedLede(folded: string, ts: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < 2 && k < ts.length; k++) {
    const t = ts[k] as Token;
    if (!t.word || !t.caps || t.text.length < 3 || !/^\p{Lu}+$/u.test(t.text)) continue;
    const title = `${t.text.charAt(0)}${t.text.slice(1).toLowerCase()}`;
    if (!holdsWord(folded, title)) continue;
    out ??= [...ts];
    out[k] = copyToken(t, { text: title, lower: title.toLowerCase(), caps: false });
  }
  return out ?? ts;
}

export function findActors(doc: CleanDoc): ActorAnalysis {
  const g = gazetteer();
  const cands: Candidate[] = [];
  const body: (readonly Token[])[] = [];
  const speaking = speakingWords(doc.folded);
  if (doc.meta.headline) readUnit(g, doc, doc.meta.headline, -1, cands, speaking);
  doc.paragraphs.forEach((p, i) => {
    body.push(readUnit(g, doc, p, i, cands, speaking));
  });
  for (const c of doc.captions) readUnit(g, doc, c.span, -1, cands, speaking);
  datelinePlace(g, doc, cands);
  shortCompanyNames(doc, cands);
  const drafts = mergeCandidates(g, cands, doc.folded);
  resolvePronouns(body, drafts);
  const { actors, ids } = toActors(doc, drafts);
  const mentions: IndexedMention[] = [];
  for (const a of actors)
    for (const m of a.mentions) mentions.push({ start: m.span.start, end: m.span.end, actorId: a.id, via: m.via });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const gender = new Map<string, "m" | "f" | null>();
  for (const d of drafts) if (d.kind === "person") gender.set(ids.get(d) as string, d.gender);
  return { actors, mentions, byId: new Map(actors.map((a) => [a.id, a])), gender, paragraphTokens: body };
}

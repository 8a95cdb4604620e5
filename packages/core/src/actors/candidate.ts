// The shape the recognition steps hand to the merging step.
import type { ActorKind, ActorSubtype, MentionVia } from "../schema/actor.js";
import type { Entry } from "./gazetteer.js";

/** A title read next to a name: "Foreign Minister" of Russia. */
export interface RoleHint {
  readonly title: string;
  readonly of: string | null;
  readonly start: number;
  readonly end: number;
}

/** One mention found in the text, before mentions are merged into actors. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** The name as written, without title or possessive. */
  readonly text: string;
  /** "unknown" for a lone capitalised word that only context can place. */
  kind: ActorKind | "unknown";
  subtype: ActorSubtype | null;
  readonly entry: Entry | null;
  via: MentionVia;
  role: RoleHint | null;
  /**
   * An office set off by a comma before the title of the name: "Mayor of Morant Bay" in "The Mayor of Morant
   * Bay, Councillor X", "Chief of Army Staff" in "The Chief of Army Staff, Lt. Gen. X".
   */
  office?: RoleHint;
  gender: "m" | "f" | null;
  /** Said or shown to act as a person: followed by "said", "'s regime", preceded by a title. */
  personish: boolean;
  /** Used as the one who acts: "Moscow demanded", "the Kremlin said". */
  agent: boolean;
  /** A lone unknown word where a place is named: "relief camps in Hojai". A place unless it is someone's surname. */
  placeish?: boolean;
  /** A common word opening a sentence before "said": only the surname of someone named before ("Banks said"). */
  surnameOnly?: boolean;
  /** Index of the paragraph, or -1 for the headline and captions. */
  readonly paragraph: number;
  /** For a description ("the Russian minister"): the role words and owner it names. */
  readonly describes?: { readonly noun: string; readonly of: string | null };
}

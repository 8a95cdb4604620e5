// Linking across articles. `buildCorpus` links a batch; `createLinker` links one article at a time (add,
// remove) with exactly the same result. The pure pieces are exported for a store that links incrementally:
// blocking keys, pairwise decisions, assembly.
export { type ActorNode, actorNode, actorsMatch, isBareSurname, variantsMatch } from "./actor-match.js";
export { assembleCorpus } from "./assemble.js";
export { buildCorpus } from "./build-corpus.js";
export { type EventProfile, eventLookupKeys, eventProfile, eventsMatch } from "./event-match.js";
export { articleKeys } from "./keys.js";
export { createLinker, type LinkedArticle, type Linker, type LinkState } from "./linker.js";
export { acronymOf, foldName, quoteWords, translitKey } from "./normalize.js";
export { type QuoteNode, quoteNode, quotesMatch, type Wording, wordingOf, wordingsMatch } from "./quote-match.js";

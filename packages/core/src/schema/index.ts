export * from "./actor.js";
export * from "./article.js";
export * from "./common.js";
export * from "./corpus.js";
export * from "./event.js";
export * from "./quote.js";

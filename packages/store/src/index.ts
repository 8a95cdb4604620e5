export type { Backend, InsertRows, Write, WriteWork } from "./backend.js";
export { D1Dialect } from "./d1-dialect.js";
export { STORE_ERROR_CODES, StoreError, type StoreErrorCode } from "./errors.js";
export { coreLinking, type Linking } from "./linking.js";
export { type Migration, migrate, splitStatements } from "./migrate.js";
export type {
  ActorDetail,
  ActorFilter,
  DateRange,
  EventFilter,
  Page,
  PageRequest,
  QuoteFilter,
  StoreQueries,
  TimelineItem,
} from "./query.js";
export { firstDay, foldForSearch, lastDay } from "./rows.js";
export type { EntityKind, StoreSchema } from "./schema.js";
export {
  type ArticleInput,
  AUTO_BATCH,
  autoBatchSize,
  type CorpusStore,
  createStore,
  type IngestOptions,
  type IngestResult,
  type IngestStatus,
  type StoreOptions,
} from "./store.js";

/** The blocklist check's public surface. */
export { run, runBlocklists, type BlocklistDetails, type BlocklistOptions } from './run.ts';
export { BLOCKLISTS, blocklistById } from './registry.ts';
export { decodeAnswer, type Decoded, type DecodedStatus } from './decode.ts';
export {
  listsThatMatter,
  PROVIDER_ADVICE,
  type Portal,
  type ProviderAdvice,
} from './provider-lists.ts';
export { selfTestKeys, zoneFor, type LookupKey } from './query-names.ts';
export type { BlocklistRow, SelfTestResult } from './lookup.ts';
export type {
  Access,
  Blocklist,
  CodeKind,
  CodeMatch,
  Delist,
  KeyType,
  ReturnCode,
  Severity,
} from './types.ts';

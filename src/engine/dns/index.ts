/**
 * The DNS layer's public surface, for src/engine/index.ts, the app and the CLI. The codecs
 * (wire.ts, json-api.ts, zone-message.ts) stay internal except to the local DoH server.
 */
export * from './types.ts';
export { zoneResolver, type Zone, type ZoneEntry } from './zone.ts';
export { createDohResolver, type DohResolverOptions } from './doh.ts';
export { DEFAULT_DOH_ENDPOINTS, customEndpoint, type DohEndpoint } from './doh-endpoints.ts';
export type { DohFormat, DohRequestInit, DohResponse, FetchLike } from './doh-request.ts';
export { normaliseName, toQueryName } from './names.ts';
export { withTimeout } from './with-timeout.ts';
export {
  withCache,
  servedFromCache,
  type CacheOptions,
  type CachingResolver,
} from './with-cache.ts';
export { withQueryLog, errorText, type QueryLog, type QueryListener } from './with-query-log.ts';
export { disabledResolver } from './disabled-resolver.ts';
export { recordText, answerTexts } from './record-text.ts';
export {
  createResolverStack,
  type ResolverStack,
  type ResolverStackOptions,
} from './resolver-stack.ts';

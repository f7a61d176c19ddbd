/**
 * The engine's public surface: what the app, the CLI and the worker use.
 */
export type * from './parse/types.ts';
export type * from './classify/types.ts';
export type * from './dns/types.ts';
export type * from './checks/types.ts';
export {
  REASONS,
  REASON_FAMILIES,
  isReason,
  reasonFamily,
  type ReasonFamily,
} from './vocabulary/reasons.ts';
export { DnsError } from './dns/types.ts';
export { zoneResolver, type Zone } from './dns/zone.ts';
export { parseBounce } from './parse/parse-bounce.ts';
export { looksLikeOutlookMsg } from './parse/detect.ts';
export { classify } from './classify/classify.ts';
export { refusingProvider } from './classify/refusing-provider.ts';
export { diagnose, type Diagnosis } from './diagnose.ts';
// The wizard's steps 3 to 5 as one pure function of the diagnosis and the wizard state.
export { basisOf, flowOf, treeInput, type FlowState, type FlowView } from './flow/flow.ts';

// DNS: the resolvers and the wrappers around them (caching, timeouts, query log).
export {
  createDohResolver,
  createResolverStack,
  customEndpoint,
  DEFAULT_DOH_ENDPOINTS,
  disabledResolver,
  withCache,
  withTimeout,
  withQueryLog,
  servedFromCache,
  errorText,
  normaliseName,
  toQueryName,
  recordText,
  answerTexts,
  ok,
  nxdomain,
  nodata,
  type ZoneEntry,
  type DohResolverOptions,
  type DohEndpoint,
  type DohFormat,
  type DohRequestInit,
  type DohResponse,
  type FetchLike,
  type CacheOptions,
  type CachingResolver,
  type QueryLog,
  type QueryListener,
  type ResolverStack,
  type ResolverStackOptions,
} from './dns/index.ts';

// Checks: what each is (checks.ts), run them (in parallel, each reported as it finishes) and
// read their details.
export { CHECKS, CHECK_IDS, DNS_CHECK_IDS, checkById, isCheckId } from './checks/checks.ts';
export { runChecks, runCheck } from './checks/run-checks.ts';
export {
  checkAnswers,
  CHECKS_READING_ANSWERS,
  sendsBulk,
  type CheckAnswers,
} from './checks/answers.ts';
export type { AddressDetails } from './checks/address/index.ts';
export type { SpfDetails } from './checks/spf/index.ts';
export type { DkimDetails } from './checks/dkim/index.ts';
export type { DmarcDetails } from './checks/dmarc/index.ts';
export type { ReverseDnsDetails } from './checks/reverse-dns/index.ts';
export type { BlocklistDetails, BlocklistRow } from './checks/blocklists/index.ts';
export type { TlsPolicyDetails, FetchText, FetchTextResult } from './checks/tls-policy/index.ts';
export type { BulkSenderDetails } from './checks/bulk-sender/index.ts';

// The wizard's logic: the decision tree, sender details, the content check, the checklist.
export * from './tree/index.ts';
export * from './sender/index.ts';
export * from './report/index.ts';
// Sending services (ESPs and platforms used to send) and forwarding: recognising them in a
// bounce, and what they change in the fix. serviceBounceName is the batch export's column too.
export * from './senders/index.ts';
export * from './forwarding/index.ts';
// From the modules themselves, not the content check's index: its code loads when it runs.
export { inspectMessage, type ContentItem } from './checks/content/inspect.ts';
export { originalMessageIn } from './checks/content/original.ts';
export type { ContentDetails } from './checks/content/run.ts';
export { REASON_INFO, type ReasonInfo } from './rules/reason-info.ts';

// Many bounces at once: sending services' feeds and exports, logs, and the triage of a batch.
export * from './feeds/index.ts';
export * from './batch/index.ts';

/** Public surface of the DMARC check. */
export { run, type DmarcDetails } from './run.ts';
export {
  alignment,
  type AlignmentInput,
  type AlignmentResult,
  type IdentifierAlignment,
} from './alignment.ts';
export { treeWalk, walkNames, selectOrgDomain, type TreeWalk } from './tree-walk.ts';
export { dmarcLookup, queryDmarc, type DmarcLookup, type LookupResult } from './lookup.ts';
export { discoverPolicy, applyPolicy, type AppliedPolicy, type PolicyOutcome } from './policy.ts';
export {
  parseDmarcRecord,
  isDmarcRecord,
  type DmarcRecord,
  type DmarcIssue,
  type Policy,
} from './record.ts';
export { parseReportUri, parseReportUris, type ReportUri } from './report-uri.ts';
export {
  checkReportDestinations,
  authorizationName,
  type ReportDestination,
} from './report-destinations.ts';
export { rfc7489View, type Rfc7489View } from './rfc7489-view.ts';
export { cleanRecord } from './fixes.ts';
